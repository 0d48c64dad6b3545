"""The routine's steps, with the current one marked; click or Enter jumps to a step."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from handtrainer.core import wording
from handtrainer.core.model import Routine, Step, map_of
from handtrainer.core.session import SessionState
from handtrainer.ui.practice.step_delegate import StepDelegate
from handtrainer.ui.wrapping import breakable

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def step_tooltip(step: Step) -> str:
    """The instruction, and any notes for the therapist, escaped so a tooltip shows them as
    written: Qt would otherwise take text that looks like markup for rich text."""
    text = step.instruction
    if step.notes:
        text += "\n\n" + translate("StepList", "Notes: {notes}").format(notes=step.notes)
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


class StepList(QListWidget):
    """The steps of the loaded routine; it follows the session's state.

    Activating a step (click, Enter, double-click) emits ``stepActivated`` with
    its index; the list never moves the session itself.
    """

    stepActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step-list")
        self.setAccessibleName(translate("StepList", "Steps"))
        self.setToolTip(
            translate("StepList", "Click a step, or select it and press Enter, to go to it")
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        # Titles wrap on as many lines as they need, measured again when the width changes.
        self.setItemDelegate(StepDelegate(self))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setAlternatingRowColors(False)
        self.setSpacing(3)
        self._current: int | None = None
        self.itemClicked.connect(self._on_item_activated)
        self.itemActivated.connect(self._on_item_activated)

    def set_routine(self, routine: Routine) -> None:
        """Show the steps of a routine."""
        self.clear()
        self._current = None
        for index, step in enumerate(routine.steps):
            item = QListWidgetItem(self._item_text(index, step, current=False))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(step_tooltip(step))
            self.addItem(item)

    def current_step(self) -> int | None:
        """The step marked as current."""
        return self._current

    def set_state(self, state: SessionState, routine: Routine) -> None:
        """Mark the step the session is on."""
        index = state.step_index
        if index == self._current:
            return
        for row in range(self.count()):
            item = self.item(row)
            is_current = row == index
            item.setText(self._item_text(row, routine.steps[row], current=is_current))
            font = QFont(self.font())
            font.setBold(is_current)
            item.setFont(font)
        self._current = index
        if index is not None and 0 <= index < self.count():
            # Move the selection quietly: it shows the current step without emitting a jump.
            self.blockSignals(True)
            self.setCurrentRow(index)
            self.blockSignals(False)
            self.scrollToItem(self.item(index), QAbstractItemView.ScrollHint.EnsureVisible)
        else:
            self.clearSelection()

    def _item_text(self, index: int, step: Step, *, current: bool) -> str:
        marker = "▶ " if current else ""
        hands = wording.step_hand(step.hand, map_of(step.view))
        details = f"{wording.counted_length(step)} · {hands}"
        return breakable(f"{marker}{index + 1}. {step.title}\n{details}")

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int):
            self.stepActivated.emit(index)
