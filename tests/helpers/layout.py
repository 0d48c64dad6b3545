"""Finding text that does not fit: a longer translation squeezed into an English-sized place."""

from __future__ import annotations


def cut_off(root: object) -> list[str]:
    """The visible widgets under ``root`` whose text does not fit the room they have."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QCheckBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QPushButton,
        QRadioButton,
        QStyle,
        QStyleOptionComboBox,
        QTabBar,
        QToolButton,
        QWidget,
    )

    assert isinstance(root, QWidget)
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
            if (
                isinstance(widget, QToolButton)
                and widget.toolButtonStyle().name == "ToolButtonIconOnly"
            ):
                continue
            buttons = QPushButton | QCheckBox | QRadioButton | QToolButton
            if isinstance(widget, buttons) and widget.width() + 1 < need:
                found.append(f"{name} {widget.text()!r}: {widget.width()} < {need}")
        elif isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            if widget.wordWrap():
                need_h = widget.heightForWidth(widget.width())
                if need_h > 0 and widget.height() + 1 < need_h:
                    found.append(
                        f"{name} {widget.text()[:50]!r}: height {widget.height()} < {need_h}"
                    )
            elif widget.width() + 1 < widget.sizeHint().width():
                found.append(
                    f"{name} {widget.text()[:50]!r}: {widget.width()} < {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            # the choice shown, in the room the style leaves it beside the arrow (else "…")
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            room = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            need = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if not widget.itemIcon(widget.currentIndex()).isNull():
                need += widget.iconSize().width() + 4
            if room.width() - 2 + 1 < need:
                found.append(f"{name} {widget.currentText()!r}: {room.width() - 2} < {need}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() + 1 < widget.tabSizeHint(i).width():
                    found.append(f"tab {widget.tabText(i)!r}: {widget.tabRect(i).width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if widget.width() < need:
                found.append(f"group {widget.title()!r}: {widget.width()} < {need}")
    return found
