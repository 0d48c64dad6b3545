"""Desktop notifications where there is no tray: ``notify-send`` run in the background.

libnotify's ``notify-send --wait --action`` shows a notification with a Start
action and prints the action's name when it is clicked. It runs as a QProcess,
so nothing waits on the notification daemon; one notification at a time (a new
reminder replaces an old one). Without ``notify-send``, ``available`` is False
and the companion shows its in-window notice instead.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, Signal

#: A notification left unanswered is withdrawn after this long (milliseconds).
EXPIRE_MS = 5 * 60 * 1000


class DesktopNotifications(QObject):
    """Sends a notification with a Start action; calls back when it is clicked."""

    failed = Signal(str)  # the notification could not be shown: why

    def __init__(
        self, app_name: str, start_label: str, parent: QObject | None = None, *, program: str = ""
    ) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._start_label = start_label
        self._program = program or shutil.which("notify-send") or ""
        self._process: QProcess | None = None
        self.available = bool(self._program)

    def notify(self, title: str, text: str, on_click: Callable[[], None]) -> None:
        """Show a notification; ``on_click`` runs when it (or its Start button) is clicked."""
        if self._process is not None:
            old, self._process = self._process, None
            old.finished.disconnect()
            old.finished.connect(old.deleteLater)
            old.kill()  # the daemon withdraws a notification whose sender has gone
        process = QProcess(self)
        process.setObjectName("desktop-notification")
        process.setProgram(self._program)
        process.setArguments(
            [
                f"--app-name={self._app_name}",
                "--icon=handtrainer",
                f"--expire-time={EXPIRE_MS}",
                f"--action=default={self._start_label}",
                f"--action=start={self._start_label}",
                "--wait",
                "--",
                title,
                text,
            ]
        )

        def finished(_code: int, _status: QProcess.ExitStatus) -> None:
            output = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
            if self._process is process:
                self._process = None
            process.deleteLater()
            if output.strip() in ("default", "start"):
                on_click()

        def error(problem: QProcess.ProcessError) -> None:
            if problem == QProcess.ProcessError.FailedToStart:
                self.available = False
                self.failed.emit(process.errorString())

        process.finished.connect(finished)
        process.errorOccurred.connect(error)
        self._process = process
        process.start()

    def close(self) -> None:
        """Withdraw a notification still showing (at quit)."""
        if self._process is not None:
            self._process.kill()
            self._process.waitForFinished(500)
            self._process = None
