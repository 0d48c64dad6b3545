"""The screen stays awake while a routine runs and may sleep when it is paused, done or
stopped: the logic with a fake bus, and the real D-Bus calls on a private session bus."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
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


def _child(scenario: str, folder: Path) -> dict[str, object]:
    """Run a real-bus scenario in a process of its own (see screen_saver_child.py)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(Path(__file__).resolve().parents[3]), env.get("PYTHONPATH")])
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.cues.screen_saver_child", scenario, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        preexec_fn=die_with_us,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_real_calls_reach_the_screen_saver(session_bus: str, tmp_path: Path) -> None:
    seen = _child("calls", tmp_path)
    assert seen["registered"] and seen["inhibited"] and seen["released"]
    assert seen["saver"] == [["Inhibit", "Hand Trainer", "A routine is running"], ["UnInhibit", 42]]


def test_the_window_keeps_the_screen_awake_only_while_a_routine_runs(
    session_bus: str, tmp_path: Path
) -> None:
    seen = _child("window", tmp_path)
    assert seen["registered"] and seen["steps"] == [True] * 7
    assert [c[0] for c in seen["saver"]] == ["Inhibit", "UnInhibit", "Inhibit", "UnInhibit"]


def test_a_connection_made_after_closing_is_let_go_at_once(qtbot: QtBot) -> None:
    """The trainer closed while the bus connection was still being made off the GUI thread."""
    from handtrainer.ui.cues import screen_awake

    owner = QObject()
    bus = screen_awake._QtBus(owner, "unix:path=/nonexistent/bus")
    let_go: list[str] = []
    bus._disconnect = lambda: let_go.append("gone") if bus._bus is not None else None  # type: ignore[method-assign]
    replies: list[object] = []
    bus._waiting.append(("Inhibit", ["Hand Trainer", "why"], replies.append))
    bus._connecting = True  # as if the thread were still connecting
    bus.close()
    bus._on_connected(object())  # the thread's connection arrives after all
    assert let_go == ["gone"] and bus._bus is None
    assert replies == [None]  # the call waiting for it is told it failed
    bus("Inhibit", ["Hand Trainer", "why"], replies.append)  # closed: no new connection
    assert replies == [None, None] and not bus._connecting
