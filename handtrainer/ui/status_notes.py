"""Notes in the window's status bar: each said once, never a dialog; and "saved to" with
a button that opens what was saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QStatusBar, QToolButton

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


class StatusNotes:
    """What the window tells the person in passing, in ``bar``."""

    def __init__(self, bar: QStatusBar) -> None:
        self._bar = bar
        self._told: set[str] = set()
        self._open_button: QToolButton | None = None

    def tell(self, message: str) -> None:
        """A lasting note (a reason for silence, a damaged file kept aside), each once."""
        if message in self._told:
            return
        self._told.add(message)
        self._bar.showMessage(" ".join(sorted(self._told)))

    def show(self, message: str) -> None:
        """A passing message (what an action just did)."""
        self._bar.showMessage(message)

    def saved(self, path: Path) -> None:
        """Say where the sheet went, with a button that opens it."""
        button = self._open_button
        if button is None:
            button = QToolButton(self._bar)
            button.setObjectName("open-saved-sheet")
            button.setText(translate("MainWindow", "Open the sheet"))
            self._bar.addPermanentWidget(button)
            button.clicked.connect(self._open_saved)
            self._open_button = button
        button.setProperty("path", str(path))
        button.show()
        self._bar.showMessage(translate("MainWindow", "Sheet saved to {path}").format(path=path))

    def _open_saved(self) -> None:
        button = self._open_button
        if button is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(button.property("path"))))
            button.hide()
