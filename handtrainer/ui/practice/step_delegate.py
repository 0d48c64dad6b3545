"""How a step looks in the practice page's list: its title, wrapped on as many lines as it
needs, and a quieter line with its length and hands.

Qt's own item drawing sizes a wrapped item once and elides it later when the width
changes (a title cut mid-word, "Knead the middle line..."). Here the height always comes
from the same text layout the painting uses, at the list's width now.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex

_PAD_X, _PAD_Y = 6, 4
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)


def split_text(text: str) -> tuple[str, str]:
    """An item's text as (title, details): the details are its last line."""
    title, _sep, details = text.rpartition("\n")
    return (title, details) if title else (details, "")


def text_width(view: QWidget | None, fallback: int) -> int:
    """The width the text of an item has in ``view``: the item's width (its viewport, less
    a list's spacing on either side) less the padding, the width ``paint`` wraps it to."""
    width = view.viewport().width() if isinstance(view, QAbstractItemView) else fallback
    if isinstance(view, QListView):
        width -= 2 * view.spacing()
    return max(40, width - 2 * _PAD_X)


def needed_height(font: QFont, text: str, width: int) -> int:
    """The height an item's text takes when wrapped to ``width``."""
    title, details = split_text(text)
    metrics = QFontMetrics(font)
    height = metrics.boundingRect(QRect(0, 0, width, 100_000), _WRAP, title).height()
    if details:
        height += metrics.boundingRect(QRect(0, 0, width, 100_000), _WRAP, details).height()
    return height + 2 * _PAD_Y


class StepDelegate(QStyledItemDelegate):
    """Draws a step item as a wrapped title over a quieter detail line."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        font = index.data(Qt.ItemDataRole.FontRole)
        font = font if isinstance(font, QFont) else option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = text_width(option.widget, option.rect.width())
        return QSize(width, needed_height(font, text, width))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        title, details = split_text(option.text)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the selection and hover background, as the style draws it
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(role))
        drawn = painter.boundingRect(rect, _WRAP, title)
        painter.drawText(rect, _WRAP, title)
        if details:
            quiet = option.palette.color(role)
            if not selected:
                quiet = option.palette.color(QPalette.ColorRole.PlaceholderText)
            detail_font = QFont(option.font)
            detail_font.setBold(False)
            painter.setFont(detail_font)
            painter.setPen(quiet)
            painter.drawText(rect.adjusted(0, drawn.height(), 0, 0), _WRAP, details)
        painter.restore()
