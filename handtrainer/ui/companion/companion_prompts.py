"""The companion's dialogs, behind one small service that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from handtrainer.core.history import PracticeEntry

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


class CompanionPrompts:
    """Real dialogs for the History page and the tray."""

    def csv_save_path(self, parent: QWidget, suggested: str) -> Path | None:
        """Ask where to export the history as CSV; None when cancelled."""
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("CompanionPrompts", "Export practice history"),
            suggested,
            translate("CompanionPrompts", "CSV files (*.csv)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")

    def confirm_delete(self, parent: QWidget, entry: PracticeEntry) -> bool:
        """Ask before removing a session from the history."""
        answer = QMessageBox.question(
            parent,
            translate("CompanionPrompts", "Delete session"),
            translate(
                "CompanionPrompts", "Remove this session of “{title}” from your practice history?"
            ).format(title=entry.routine_title),
        )
        return answer == QMessageBox.StandardButton.Yes

    def tell_once(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the user something once (the caller remembers that it did)."""
        QMessageBox.information(parent, title, text)
