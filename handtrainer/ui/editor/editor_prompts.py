"""The questions the editor asks (unsaved changes, where to save, revert?), as a service.

The window's prompts answer them when they can (tests hand in a fake that does);
otherwise real dialogs ask.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

Answer = Literal["save", "discard", "cancel"]


@runtime_checkable
class EditorPrompts(Protocol):
    """What the editor asks, in plain words."""

    def ask_unsaved_changes(self, parent: QWidget, title: str) -> Answer:
        """Save, discard or keep editing a routine with unsaved changes."""
        ...

    def routine_save_path(self, parent: QWidget, suggested: str) -> Path | None:
        """Where to save a routine file; None when cancelled."""
        ...

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        """Yes or no."""
        ...

    def show_error(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the user something went wrong."""
        ...


def _ask(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """A message box's answer; its text is plain text (a title, path or problem is routine
    text, which Qt would take for markup when it looks like some)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    try:
        box.exec()
        return box.standardButton(box.clickedButton())
    finally:
        box.deleteLater()


class QtEditorPrompts:
    """Real dialogs, shown modally over ``parent``."""

    def ask_unsaved_changes(self, parent: QWidget, title: str) -> Answer:
        """Save, discard or keep editing."""
        buttons = QMessageBox.StandardButton
        answer = _ask(
            parent,
            QMessageBox.Icon.Question,
            translate("EditorPrompts", "Unsaved changes"),
            translate("EditorPrompts", "Save the changes to “%1”?").replace("%1", title),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return "save"
        return "discard" if answer == buttons.Discard else "cancel"

    def routine_save_path(self, parent: QWidget, suggested: str) -> Path | None:
        """Ask where to save a routine file."""
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("EditorPrompts", "Save routine as"),
            suggested,
            translate("EditorPrompts", "Routine files (*.yaml *.yml)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() in (".yaml", ".yml") else path.with_suffix(".yaml")

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        """Yes or no."""
        buttons = QMessageBox.StandardButton
        icon = QMessageBox.Icon.Question
        return _ask(parent, icon, title, text, buttons.Yes | buttons.No) == buttons.Yes

    def show_error(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the user something went wrong."""
        _ask(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)


def editor_prompts(window_prompts: object) -> EditorPrompts:
    """The window's prompts when they answer the editor's questions, else real dialogs."""
    if isinstance(window_prompts, EditorPrompts):
        return window_prompts
    return QtEditorPrompts()
