"""The child side of a cue host: JSON commands in on stdin, JSON messages out on stdout.

A thread reads stdin and hands each command to the Qt event loop of the main
thread, which runs the handler; every command is acknowledged once the handler
returns, so the window can tell a stuck engine from a busy one. End of input
(the window closed the pipe, or died) ends the host.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

Handler = Callable[[dict[str, Any]], None]


def send(message: dict[str, Any]) -> None:
    """Tell the window something (one line of JSON)."""
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


class _Inbox(QObject):
    arrived = Signal(object)
    closed = Signal()


def run(make_handler: Callable[[QCoreApplication], Handler]) -> int:
    """Run a host: ``make_handler`` is called once the event loop runs."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    inbox = _Inbox()
    handler: list[Handler] = []

    def dispatch(command: dict[str, Any]) -> None:
        if command.get("op") == "quit":
            app.quit()
            return
        if handler:
            try:
                handler[0](command)
            except Exception as error:  # report, never die on one bad command
                send({"ev": "error", "message": f"{type(error).__name__}: {error}"})
        ident = command.get("id")
        if isinstance(ident, int):
            send({"ack": ident})

    inbox.arrived.connect(dispatch)
    inbox.closed.connect(app.quit)

    def read() -> None:
        for line in sys.stdin:
            try:
                command = json.loads(line)
            except ValueError:
                continue
            if isinstance(command, dict):
                inbox.arrived.emit(command)
        inbox.closed.emit()

    def begin() -> None:
        handler.append(make_handler(app))
        threading.Thread(target=read, name="stdin", daemon=True).start()

    QTimer.singleShot(0, begin)
    return int(app.exec())
