"""The screen stays awake while a routine runs and may sleep when it is paused, done or
stopped: the logic with a fake bus, and the real D-Bus calls on a private session bus."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import ClassInfo, QObject, Slot
from pytestqt.qtbot import QtBot

from handtrainer.core.session import Phase, Session, SessionSettings, SessionState
from handtrainer.ui.cues.screen_awake import ScreenAwake, qt_bus_call
from tests.helpers.audio import die_with_us
from tests.helpers.cue_fakes import FakeClock, cue_routine


def _state(phase: Phase, paused: bool = False) -> SessionState:
    idle = Session(cue_routine(), SessionSettings(), FakeClock()).state()
    return replace(idle, phase=phase, paused=paused)


class FakeBus:
    """Records calls; replies when the test says so."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[object]]] = []
        self.replies: list[Callable[[list[object] | None], None]] = []

    def __call__(self, method: str, args: list[object], on_reply) -> None:
        self.calls.append((method, args))
        if method == "Inhibit":
            self.replies.append(on_reply)

    def answer(self, value: list[object] | None) -> None:
        self.replies.pop(0)(value)


def test_inhibits_while_running_and_lets_go_when_paused_done_or_stopped(qtbot: QtBot) -> None:
    bus = FakeBus()
    awake = ScreenAwake(bus_call=bus)
    awake.follow(_state(Phase.IDLE))
    assert bus.calls == []
    awake.follow(_state(Phase.GET_READY))
    awake.follow(_state(Phase.WORK))  # still running: nothing new
    assert [m for m, _ in bus.calls] == ["Inhibit"]
    assert bus.calls[0][1][0] == "Hand Trainer"
    bus.answer([7])
    assert awake.inhibited
    for leaving in (_state(Phase.WORK, paused=True), _state(Phase.FINISHED), None):
        awake.follow(_state(Phase.WORK))
        if not awake.inhibited:
            bus.answer([8])
        awake.follow(leaving)
        assert not awake.inhibited
        assert bus.calls[-1][0] == "UnInhibit"
    assert ("UnInhibit", [7]) in bus.calls


def test_a_pause_before_the_reply_releases_at_once(qtbot: QtBot) -> None:
    bus = FakeBus()
    awake = ScreenAwake(bus_call=bus)
    awake.follow(_state(Phase.WORK))
    awake.follow(_state(Phase.WORK, paused=True))
    assert [m for m, _ in bus.calls] == ["Inhibit"]  # nothing to release yet
    bus.answer([3])
    assert bus.calls[-1] == ("UnInhibit", [3]) and not awake.inhibited


def test_no_session_bus_no_screen_saver_nothing_happens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert qt_bus_call(QObject()) is None
    awake = ScreenAwake()
    awake.follow(_state(Phase.WORK))
    awake.release()
    assert not awake.inhibited
    # a screen saver that is not there: the call fails and nothing is held
    bus = FakeBus()
    awake = ScreenAwake(bus_call=bus)
    awake.follow(_state(Phase.WORK))
    bus.answer(None)
    assert not awake.inhibited


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class FakeScreenSaver(QObject):
    """org.freedesktop.ScreenSaver as a desktop offers it."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[object, ...]] = []

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        self.calls.append(("Inhibit", application, reason))
        return 42

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        self.calls.append(("UnInhibit", cookie))


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        preexec_fn=die_with_us,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        daemon.kill()
        daemon.wait(timeout=10)
        if daemon.stdout is not None:
            daemon.stdout.close()


def test_real_calls_reach_the_screen_saver(qtbot: QtBot, session_bus: str) -> None:
    from PySide6.QtDBus import QDBusConnection

    service_bus = QDBusConnection.connectToBus(session_bus, f"fake-screensaver-{os.getpid()}")
    saver = FakeScreenSaver()
    try:
        assert service_bus.registerObject(
            "/org/freedesktop/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots
        )
        assert service_bus.registerService("org.freedesktop.ScreenSaver")
        awake = ScreenAwake()
        awake.follow(_state(Phase.WORK))
        qtbot.waitUntil(lambda: awake.inhibited, timeout=10_000)
        assert saver.calls == [("Inhibit", "Hand Trainer", "A routine is running")]
        awake.follow(_state(Phase.FINISHED))
        qtbot.waitUntil(lambda: len(saver.calls) == 2, timeout=10_000)
        assert saver.calls[1] == ("UnInhibit", 42)
        awake.close()  # before the private bus goes away
    finally:
        service_bus.unregisterService("org.freedesktop.ScreenSaver")
        QDBusConnection.disconnectFromBus(f"fake-screensaver-{os.getpid()}")


def test_the_window_keeps_the_screen_awake_only_while_a_routine_runs(
    qtbot: QtBot, session_bus: str, tmp_path
) -> None:
    from PySide6.QtDBus import QDBusConnection

    from handtrainer.core.library import load_library
    from tests.helpers.window import build_trainer

    name = f"fake-screensaver-window-{os.getpid()}"
    service_bus = QDBusConnection.connectToBus(session_bus, name)
    saver = FakeScreenSaver()
    try:
        service_bus.registerObject(
            "/org/freedesktop/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots
        )
        service_bus.registerService("org.freedesktop.ScreenSaver")
        routines = Path(__file__).resolve().parents[2] / "e2e" / "routines"
        library = load_library([routines], include_user=False, bundled_dir=tmp_path / "none")
        trainer = build_trainer(qtbot, tmp_path, library)
        window = trainer.window
        window.open_routine(library.get("practice") or library.routines[0])
        assert window.start_routine()
        qtbot.waitUntil(lambda: window.screen_awake.inhibited, timeout=10_000)
        window.controller.pause()
        assert not window.screen_awake.inhibited
        qtbot.waitUntil(lambda: ("UnInhibit", 42) in saver.calls, timeout=10_000)
        window.controller.resume()
        qtbot.waitUntil(lambda: window.screen_awake.inhibited, timeout=10_000)
        window.show_library()  # stopping by going back lets the screen sleep too
        assert not window.screen_awake.inhibited
        qtbot.waitUntil(lambda: len(saver.calls) == 4, timeout=10_000)
        assert [c[0] for c in saver.calls] == ["Inhibit", "UnInhibit", "Inhibit", "UnInhibit"]
        window.close()
    finally:
        service_bus.unregisterService("org.freedesktop.ScreenSaver")
        QDBusConnection.disconnectFromBus(name)
