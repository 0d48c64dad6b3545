"""Ties one form widget to one field of the draft, with the checker's words beside it.

A binding writes the widget's value to the draft as the person types, and shows
the draft's value (after undo, redo, another step) without disturbing typing:
the widget is only refreshed when what it holds means something else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from handtrainer.ui.editor.draft import RoutineDraft

StepGetter = Callable[[], int | None]


def problem_label(parent: QWidget | None = None) -> QLabel:
    """The label under a field that shows its problems (hidden when there are none)."""
    label = QLabel(parent)
    label.setObjectName("field-problem")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #d64541;")  # reads on light and dark backgrounds
    label.hide()
    return label


class FittedCombo(QComboBox):
    """A drop-down that may shrink to the choice it shows, never below it.

    A plain one holds its longest choice as its least width (a German "erst in die
    eine, dann in die andere Richtung"), which pushes a narrow form wider than its pane;
    this one only needs its current words, and its list still shows every choice in full.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = self.fontMetrics().horizontalAdvance(self.currentText()) + 4
        if not self.itemIcon(self.currentIndex()).isNull():
            text += self.iconSize().width() + 4
        fitted = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(text, least.height()), self
        )
        return QSize(fitted.width(), least.height())

    def sizeHint(self) -> QSize:
        # The longest choice when there is room (the usual), at least the current one.
        return super().sizeHint().expandedTo(self.minimumSizeHint())


class Binding:
    """One widget and one draft field."""

    def __init__(
        self,
        draft: RoutineDraft,
        key: str,
        widget: QWidget,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        step: StepGetter,
        problems: QLabel,
    ) -> None:
        self.draft = draft
        self.key = key
        self.widget = widget
        self._read = read
        self._show = show
        self._step = step
        self.problems = problems
        self._refreshing = False

    def write(self) -> None:
        """The widget changed: tell the draft."""
        if self._refreshing:
            return
        step = self._step()
        if step is None and self.key.startswith("steps"):
            return
        if step is not None and step < 0:
            return
        self.draft.set_value(step, self.key, self._read())

    def refresh(self) -> None:
        """Show the draft's value and the field's problems."""
        step = self._step()
        if step is not None and not 0 <= step < self.draft.step_count():
            return
        value = self.draft.value(step, self.key)
        if self._read() != value:
            self._refreshing = True
            try:
                self._show(value)
            finally:
                self._refreshing = False
        messages = self.draft.result.messages(step, self.key)
        self.problems.setText("\n".join(messages))
        self.problems.setVisible(bool(messages))
        self.widget.setProperty("hasProblem", bool(messages))


def _split(text: str, separator: str) -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]


def bind_line(
    draft: RoutineDraft, key: str, edit: QLineEdit, step: StepGetter, problems: QLabel
) -> Binding:
    """A one-line text field."""
    binding = Binding(draft, key, edit, edit.text, lambda v: edit.setText(str(v)), step, problems)
    edit.textEdited.connect(binding.write)
    return binding


def bind_text(
    draft: RoutineDraft, key: str, edit: QPlainTextEdit, step: StepGetter, problems: QLabel
) -> Binding:
    """A text field of several lines."""
    binding = Binding(
        draft, key, edit, edit.toPlainText, lambda v: edit.setPlainText(str(v)), step, problems
    )
    edit.textChanged.connect(binding.write)
    return binding


def bind_combo(
    draft: RoutineDraft, key: str, combo: QComboBox, step: StepGetter, problems: QLabel
) -> Binding:
    """A choice; each item's data is the value written to the file ("" for none)."""

    def show(value: Any) -> None:
        index = combo.findData(value)
        if index < 0:  # a value the list does not know (from a file): show it as it is
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    binding = Binding(draft, key, combo, lambda: combo.currentData() or "", show, step, problems)
    combo.activated.connect(lambda _i: binding.write())
    return binding


def bind_list(
    draft: RoutineDraft,
    key: str,
    edit: QLineEdit | QPlainTextEdit,
    step: StepGetter,
    problems: QLabel,
    separator: str = ",",
) -> Binding:
    """A list typed as text: comma-separated on one line, or one item per line."""
    if isinstance(edit, QLineEdit):
        line = edit

        def read() -> list[str]:
            return _split(line.text(), separator)

        binding = Binding(
            draft, key, edit, read, lambda v: line.setText(f"{separator} ".join(v)), step, problems
        )
        line.textEdited.connect(binding.write)
        return binding
    text = edit

    def read_lines() -> list[str]:
        return _split(text.toPlainText(), "\n")

    binding = Binding(
        draft, key, edit, read_lines, lambda v: text.setPlainText("\n".join(v)), step, problems
    )
    text.textChanged.connect(binding.write)
    return binding
