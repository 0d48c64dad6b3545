"""The blocking dialogs the window asks, behind one small service tests replace.

The window never calls ``QFileDialog`` or ``exec()`` itself: it asks a
``Prompts`` object in plain words ("which routine files?", "were the cautions
acknowledged?"). ``Prompts`` says what can be asked; ``QtPrompts`` asks with
real dialogs, and tests hand the window a fake that answers at once. The dialog
classes are imported when first asked for, not before the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

from handtrainer.core.model import Routine
from handtrainer.ui.preferences import Preferences

if TYPE_CHECKING:
    from handtrainer.ui.dialogs.cue_settings import CueTesting

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


class Prompts(Protocol):
    """The questions the window asks, in plain words."""

    def open_routine_files(self, parent: QWidget) -> list[Path]:
        """Routine files to add; empty when cancelled."""
        ...

    def acknowledge_cautions(self, parent: QWidget, routine: Routine) -> bool:
        """True when the user acknowledged the routine's cautions."""
        ...

    def edit_preferences(
        self,
        parent: QWidget,
        prefs: Preferences,
        *,
        sections: Sequence[Callable[[], QWidget]] = (),
        cues: CueTesting | None = None,
    ) -> Preferences | None:
        """New preferences, or None when cancelled (``sections``: extra tabs to make)."""
        ...

    def pdf_save_path(self, parent: QWidget, suggested: str) -> Path | None:
        """Where to save a routine sheet as PDF; None when cancelled."""
        ...

    def confirm_stop(self, parent: QWidget, routine: Routine, step_number: int | None) -> bool:
        """True to stop the routine under way (its place is lost); False to keep going."""
        ...

    def confirm_restart(self, parent: QWidget) -> bool:
        """True to restart now for the new language; False to see it at the next start."""
        ...

    def show_message(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the user something that needs their attention."""
        ...

    def show_error(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the user something went wrong."""
        ...


class QtPrompts:
    """Real dialogs, shown modally over ``parent``."""

    def open_routine_files(self, parent: QWidget) -> list[Path]:
        """Ask for routine files to add; an empty list when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        names, _filter = QFileDialog.getOpenFileNames(
            parent,
            translate("Prompts", "Open routine files"),
            "",
            translate("Prompts", "Routine files (*.yaml *.yml);;All files (*)"),
        )
        return [Path(name) for name in names]

    def acknowledge_cautions(self, parent: QWidget, routine: Routine) -> bool:
        """Show the routine's cautions; True when the user acknowledged them."""
        from handtrainer.ui.dialogs.cautions_dialog import CautionsDialog

        dialog = CautionsDialog(routine, parent)
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()

    def edit_preferences(
        self,
        parent: QWidget,
        prefs: Preferences,
        *,
        sections: Sequence[Callable[[], QWidget]] = (),
        cues: CueTesting | None = None,
    ) -> Preferences | None:
        """Show the settings dialog; the new preferences, or None when cancelled."""
        from handtrainer.ui.dialogs.settings_dialog import SettingsDialog

        made = [make() for make in sections]  # fresh each time: the dialog owns them
        dialog = SettingsDialog(prefs, parent, sections=made, cues=cues)
        try:
            return dialog.preferences() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def pdf_save_path(self, parent: QWidget, suggested: str) -> Path | None:
        """Ask where to save a routine sheet as PDF; None when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("Prompts", "Export routine sheet"),
            suggested,
            translate("Prompts", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def confirm_stop(self, parent: QWidget, routine: Routine, step_number: int | None) -> bool:
        """Ask before a routine under way is stopped; keeping going is the default."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        where = (
            translate("Prompts", "You are on step {n} of {total}.").format(
                n=step_number, total=len(routine.steps)
            )
            if step_number is not None
            else ""
        )
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("Prompts", "Stop the routine?"), "", parent=parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title is routine text, not markup
        box.setText(translate("Prompts", "Stop “{title}”?").format(title=routine.title))
        box.setInformativeText(
            " ".join([where, translate("Prompts", "Stopping loses your place.")]).strip()
        )
        stop = box.addButton(translate("Prompts", "Stop"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("Prompts", "Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        try:
            box.exec()
            return box.clickedButton() is stop
        finally:
            box.deleteLater()

    def confirm_restart(self, parent: QWidget) -> bool:
        """Offer to restart for the new language; later is the default."""
        from handtrainer.ui.dialogs.settings_restart import restart_box

        box = restart_box(parent)
        try:
            box.exec()
            return box.buttonRole(box.clickedButton()) == box.ButtonRole.AcceptRole
        finally:
            box.deleteLater()

    def show_message(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the user something that needs their attention."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def show_error(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the user something went wrong."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)
