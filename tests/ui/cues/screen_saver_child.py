"""The real D-Bus calls, run by ``test_screen_awake.py`` in a process of its own.

The test starts a private session bus and runs this module against it. The child
closes every connection it made when it exits, before the test stops that bus, so no
Qt D-Bus thread in the test run is ever left talking to a bus that went away (that
ended the whole run in a segmentation fault, now and then, at the bus's teardown).

    python -m tests.ui.cues.screen_saver_child calls|window FOLDER

prints one JSON line: what the fake screen saver was asked, and what the trainer saw.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication, QWidget

from handtrainer.core.session import Phase, Session, SessionSettings, SessionState
from handtrainer.ui.cues.screen_awake import ScreenAwake
from tests.helpers.cue_fakes import FakeClock, cue_routine

WAIT_S = 10.0


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class FakeScreenSaver(QObject):
    """org.freedesktop.ScreenSaver as a desktop offers it."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[object]] = []

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        self.calls.append(["Inhibit", application, reason])
        return 42

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        self.calls.append(["UnInhibit", cookie])


def wait_until(condition: Callable[[], bool]) -> bool:
    """Let Qt run until ``condition`` holds, for at most ``WAIT_S`` (a reply is awaited)."""
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents()
        time.sleep(0.005)
    return True


class _Bot:
    """What ``build_trainer`` asks of pytest-qt's qtbot, outside pytest."""

    def addWidget(self, widget: QWidget) -> None:
        self.widget = widget

    def waitExposed(self, widget: QWidget) -> None:
        wait_until(widget.isVisible)

    def waitUntil(self, condition: Callable[[], object], timeout: int = 0) -> None:
        wait_until(lambda: bool(condition()))


def _state(phase: Phase) -> SessionState:
    idle = Session(cue_routine(), SessionSettings(), FakeClock()).state()
    return replace(idle, phase=phase)


def calls(saver: FakeScreenSaver, _folder: Path) -> dict[str, object]:
    awake = ScreenAwake()
    awake.follow(_state(Phase.WORK))
    inhibited = wait_until(lambda: awake.inhibited)
    awake.follow(_state(Phase.FINISHED))
    wait_until(lambda: len(saver.calls) == 2)
    released = not awake.inhibited
    awake.close()
    return {"inhibited": inhibited, "released": released}


def window(saver: FakeScreenSaver, folder: Path) -> dict[str, object]:
    from handtrainer.core.library import load_library
    from tests.helpers.window import build_trainer

    routines = Path(__file__).resolve().parents[2] / "e2e" / "routines"
    library = load_library([routines], include_user=False, bundled_dir=folder / "none")
    trainer = build_trainer(_Bot(), folder, library)  # type: ignore[arg-type]
    win = trainer.window
    seen: list[bool] = []
    win.open_routine(library.get("practice") or library.routines[0])
    seen.append(win.start_routine())
    seen.append(wait_until(lambda: win.screen_awake.inhibited))
    win.controller.pause()
    seen.append(not win.screen_awake.inhibited)
    seen.append(wait_until(lambda: ["UnInhibit", 42] in saver.calls))
    win.controller.resume()
    seen.append(wait_until(lambda: win.screen_awake.inhibited))
    win.show_library()  # stopping by going back lets the screen sleep too
    seen.append(not win.screen_awake.inhibited)
    seen.append(wait_until(lambda: len(saver.calls) == 4))
    win.close()
    return {"steps": seen}


def main(argv: list[str]) -> int:
    scenario, folder = argv[0], Path(argv[1])
    app = QApplication([])
    name = f"fake-screensaver-{os.getpid()}"
    service_bus = QDBusConnection.connectToBus(os.environ["DBUS_SESSION_BUS_ADDRESS"], name)
    saver = FakeScreenSaver()
    registered = service_bus.registerObject(
        "/org/freedesktop/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots
    ) and service_bus.registerService("org.freedesktop.ScreenSaver")
    seen = {"calls": calls, "window": window}[scenario](saver, folder) if registered else {}
    print(json.dumps({"registered": registered, "saver": saver.calls, **seen}), flush=True)
    service_bus.unregisterService("org.freedesktop.ScreenSaver")
    QDBusConnection.disconnectFromBus(name)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
