"""How a routine looks in the picker's list: title and length, summary, a quieter detail line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from handtrainer.core.model import Routine
from handtrainer.ui.fonts import scaled_font
from handtrainer.ui.library.routine_list import Role

Index = QModelIndex | QPersistentModelIndex


class RoutineDelegate(QStyledItemDelegate):
    """Draws a routine as a title line with its length, its summary, and a detail line.

    ``length`` gives the length text and ``details`` the detail line's parts, so the
    picker says the same as everywhere else.
    """

    def __init__(
        self,
        length: Callable[[Routine], str],
        details: Callable[[Routine], list[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._length = length
        self._details = details

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, int(option.fontMetrics.height() * 3.9) + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        routine = index.data(Role.ROUTINE)
        if not isinstance(routine, Routine):
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        palette = option.palette
        rect = option.rect.adjusted(10, 6, -10, -6)
        line = option.fontMetrics.height()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        painter.save()
        title_font = scaled_font(option.font, 1.15, bold=True)
        painter.setFont(title_font)
        painter.setPen(palette.color(group, text_role))
        title_rect = QRect(rect.left(), rect.top(), rect.width(), int(line * 1.3))
        length = self._length(routine)
        metrics_title = painter.fontMetrics()
        length_width = metrics_title.horizontalAdvance(length) + 8
        painter.drawText(
            title_rect.adjusted(0, 0, -length_width, 0),
            left,
            metrics_title.elidedText(
                routine.title, Qt.TextElideMode.ElideRight, title_rect.width() - length_width
            ),
        )
        painter.setFont(option.font)
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, length
        )

        # One line of summary keeps the list calm; the whole text is in the tooltip.
        summary_rect = QRect(rect.left(), title_rect.bottom() + 4, rect.width(), line)
        painter.drawText(
            summary_rect,
            left,
            option.fontMetrics.elidedText(
                " ".join(routine.summary.split()), Qt.TextElideMode.ElideRight, summary_rect.width()
            ),
        )

        details = self._details(routine)
        mark = index.data(Role.MARK)
        if mark:
            details.insert(0, str(mark))
        detail_font = QFont(option.font)
        detail_font.setPointSizeF(max(1.0, option.font.pointSizeF() * 0.92))
        painter.setFont(detail_font)
        if not selected:
            painter.setPen(palette.color(group, QPalette.ColorRole.PlaceholderText))
        detail_rect = QRect(rect.left(), rect.bottom() - line, rect.width(), line)
        painter.drawText(
            detail_rect,
            left,
            painter.fontMetrics().elidedText(
                " · ".join(details), Qt.TextElideMode.ElideRight, detail_rect.width()
            ),
        )
        painter.restore()
