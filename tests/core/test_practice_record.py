"""The practice record counts the steps worked and the time practised."""

from __future__ import annotations

from handtrainer.core.model import Side
from handtrainer.core.practice_record import PracticeRecord
from handtrainer.core.session import Cue, CueKind


def test_counts_steps_once_and_keeps_the_latest_time() -> None:
    record = PracticeRecord()
    record.note(Cue(CueKind.STEP_STARTED, 0, Side.RIGHT, at=0.0))
    record.note(Cue(CueKind.STEP_STARTED, 0, Side.LEFT, at=12.0))
    record.note(Cue(CueKind.REPETITION, 0, Side.LEFT, value=2, at=20.5))
    record.note(Cue(CueKind.STEP_STARTED, 1, Side.RIGHT, at=25.0))
    assert record.steps_worked == 2
    assert record.practised_seconds == 25.0


def test_a_late_cue_never_takes_time_back() -> None:
    record = PracticeRecord()
    record.note(Cue(CueKind.REST, 0, Side.RIGHT, at=30.0))
    record.note(Cue(CueKind.GET_READY, 1, Side.RIGHT, at=10.0))
    assert record.practised_seconds == 30.0
    assert record.steps_worked == 0


def test_restart_forgets_the_last_run() -> None:
    record = PracticeRecord()
    record.note(Cue(CueKind.STEP_STARTED, 3, None, at=40.0))
    record.restart()
    assert record == PracticeRecord()
