"""The child side of a cue host: JSON commands in on stdin, JSON messages out on stdout.

A thread reads stdin and hands each command to the Qt event loop of the main
thread, which runs the handler; every command is acknowledged once the handler
returns, so the window can tell a stuck engine from a busy one. End of input
(the window closed the pipe, or died) ends the host: at once, or, when the main
thread is stuck in an engine call and never gets to quit, a moment later from the
reading thread. An engine call that also keeps the GIL (libspeechd's, while
speech-dispatcher is stopped) stops that thread too: on Linux the kernel then ends
the host when the window dies.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

Handler = Callable[[dict[str, Any]], None]

# After the end of input, the main thread has this long to quit before the host leaves
# without it (an engine call that never returns must not keep an orphan alive).
EXIT_GRACE_S = 1.0


def send(message: dict[str, Any]) -> None:
    """Tell the window something (one line of JSON)."""
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


class _Inbox(QObject):
    arrived = Signal(object)
    closed = Signal()


def die_with_window() -> None:
    """On Linux, have the kernel kill this process when the window's process dies."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def run(make_handler: Callable[[QCoreApplication], Handler]) -> int:
    """Run a host: ``make_handler`` is called once the event loop runs."""
    die_with_window()
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
        time.sleep(EXIT_GRACE_S)
        os._exit(0)  # still here: the main thread is stuck (main() exits at once otherwise)

    def begin() -> None:
        handler.append(make_handler(app))
        threading.Thread(target=read, name="stdin", daemon=True).start()

    QTimer.singleShot(0, begin)
    return int(app.exec())
