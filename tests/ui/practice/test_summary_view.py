"""The summary says what happened: praise for a routine done, facts for one skipped."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from handtrainer.core.model import Hand, Routine, Step, Technique
from handtrainer.core.practice_record import ran_in_full
from handtrainer.ui.practice.summary_view import SummaryView


def _routine() -> Routine:
    steps = tuple(
        Step(
            title=f"Step {i}",
            instruction="Work.",
            hand=Hand.BOTH,
            technique=Technique.RUB,
            duration=40,
        )
        for i in range(4)
    )
    return Routine(id="r", title="Four steps", summary="", steps=steps)


def test_a_routine_skipped_through_is_not_praised(qtbot: QtBot) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(_routine(), practised_seconds=11, steps_done=4, planned_seconds=170)
    assert view.heading.text() == "Routine ended early"
    assert "Well done" not in view.heading.text() + view.details.text()
    assert "11 s of 2 min 50 s" in view.details.text()
    assert "Steps reached: 4 of 4" in view.details.text()
    assert not view.mark.isVisibleTo(view)


def test_a_routine_done_in_full_is(qtbot: QtBot) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(_routine(), practised_seconds=170, steps_done=4, planned_seconds=170)
    assert view.heading.text() == "Well done"
    assert "all 4" in view.details.text()
    assert view.mark.isVisibleTo(view)


def test_ran_in_full_needs_every_step_and_most_of_the_time() -> None:
    assert ran_in_full(160, 4, 4, 170)
    assert not ran_in_full(100, 4, 4, 170)
    assert not ran_in_full(170, 3, 4, 170)
