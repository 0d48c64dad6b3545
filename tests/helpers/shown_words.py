"""Every word a widget tree shows or tells a screen reader, for tests of its wording."""

from __future__ import annotations

import re

# "hand", "hands", "Hand", "Hände", "Händen", "Handwechsel" ... but not the program's name
# ("Hand Trainer", and "handtrainer" in its folders).
HAND_WORD = re.compile(r"\bh[aä]nd(?!\s*trainer)", re.IGNORECASE)
FOOT_WORD = re.compile(r"\b(foot|feet|fu(ß|ss)|füße)", re.IGNORECASE)


def hand_words(texts: list[str]) -> list[str]:
    """The texts that speak of hands."""
    return [text for text in texts if HAND_WORD.search(text)]


def shown_words(root: object, rows: int = 200) -> list[str]:
    """Texts, tooltips, accessible names and descriptions, combo items, list rows and the
    text of text views, of ``root`` and every widget under it that would be shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QTextEdit,
        QWidget,
    )

    assert isinstance(root, QWidget)
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), rows)):
                index = model.index(row, 0)
                found += [str(model.data(index, role) or "") for role in roles]
    return [text for text in found if text]
