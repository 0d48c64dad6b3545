"""The recorder writes each run as the controller reports it: starts, steps, pauses, ends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.core.history import Outcome, PracticeEntry, PracticeHistory
from handtrainer.core.session import SessionSettings
from handtrainer.ui.companion.history_service import HistoryService
from handtrainer.ui.companion.session_recorder import SessionRecorder
from handtrainer.ui.practice.session_controller import SessionController
from tests.helpers.clock import FakeClock
from tests.helpers.routine_samples import VALID
from tests.helpers.timers import ManualTimerFactory

SETTINGS = SessionSettings(get_ready_seconds=0, switch_seconds=0)


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple]:
    from handtrainer.core.loader import load_routine_text

    routine = load_routine_text(VALID, Path("desk-reset.yaml")).routine
    assert routine is not None
    clock, timers = FakeClock(), ManualTimerFactory()
    controller = SessionController(clock=clock, timers=timers)
    history = HistoryService(tmp_path / "history.sqlite3")
    recorder = SessionRecorder(controller, history, clock=clock)
    yield routine, clock, controller, history, recorder, tmp_path / "history.sqlite3"
    history.close()


def entries(history: HistoryService, path: Path) -> list[PracticeEntry]:
    history.flush()
    record = PracticeHistory(path)
    try:
        return record.entries()
    finally:
        record.close()


def test_a_run_started_by_jumping_to_a_step_is_recorded(rig) -> None:
    routine, clock, controller, history, recorder, path = rig
    controller.load(routine, SETTINGS)
    assert not recorder.running and entries(history, path) == []
    controller.jump_to(1)  # not running: this starts a run there
    assert recorder.running
    clock.advance(4)
    controller.wake()
    controller.stop()
    [entry] = entries(history, path)
    assert entry.outcome is Outcome.STOPPED and entry.practised_seconds == 4
    assert entry.steps_done == 1 and entry.steps_total == 2


def test_paused_time_is_not_practice_and_a_pause_is_noted(rig) -> None:
    routine, clock, controller, history, recorder, path = rig
    controller.load(routine, SETTINGS)
    controller.start()
    clock.advance(10)
    controller.pause()
    [noted] = entries(history, path)
    assert noted.outcome is Outcome.UNFINISHED and noted.practised_seconds == 10
    clock.advance(500)
    controller.resume()
    clock.advance(5)
    controller.wake()
    controller.unload()  # back to the library mid-run
    [entry] = entries(history, path)
    assert entry.outcome is Outcome.STOPPED and entry.practised_seconds == 15
    assert not recorder.running


def test_loading_another_routine_ends_the_run(rig) -> None:
    routine, clock, controller, history, recorder, path = rig
    controller.load(routine, SETTINGS)
    controller.start()
    clock.advance(3)
    controller.load(routine, SETTINGS)
    [entry] = entries(history, path)
    assert entry.outcome is Outcome.STOPPED and entry.practised_seconds == 3
    assert recorder.last_routine is routine
