"""The editor's plain state checks with the loader's checker, field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from handtrainer.core.library import load_library
from handtrainer.core.model import Routine
from handtrainer.ui.editor.draft_state import (
    blank_state,
    check_state,
    rough_length,
    slug,
    state_from_routine,
)

ROUTINES = load_library(include_user=False).routines


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_a_routine_shown_in_the_editor_checks_as_itself(routine: Routine) -> None:
    result = check_state(state_from_routine(routine), Path(f"{routine.id}.yaml"))
    assert result.ok and result.routine == routine
    assert rough_length(state_from_routine(routine)) == routine.work_seconds


def test_a_new_routine_names_what_is_missing_by_field() -> None:
    result = check_state(blank_state(), Path("new.yaml"))
    assert not result.ok
    assert result.messages(None, "title") == ["the routine has no 'title'; it is required"]
    assert result.messages(0, "instruction") == ["step 1 has no 'instruction'; it is required"]
    assert result.messages(0, "technique")[0].startswith("step 1 has no 'technique'")


def test_problems_land_on_their_field_in_the_validators_words() -> None:
    state = state_from_routine(ROUTINES[0])
    state["steps"][1]["duration"] = "3 hours"
    state["steps"][1]["repeat"] = ""
    state["steps"][1]["pace"] = ""
    state["steps"][0]["zones"] = ["point.li4x"]
    state["plan"]["days"] = ["mondy"]
    result = check_state(state, Path("r.yaml"))
    assert result.messages(1, "duration") == [
        "'duration': '3 hours' is not a length of time; write e.g. 30s, 1m or 1m30s"
    ]
    assert "unknown zone 'point.li4x'" in result.messages(0, "zones")[0]
    assert "day 'mondy' is not known" in result.messages(None, "plan.days")[0]
    assert result.step_has_problems(1) and not result.step_has_problems(2)


def test_counts_and_lengths_typed_as_numbers() -> None:
    state = state_from_routine(ROUTINES[0])
    state["steps"][0].update(duration="", repeat="12", pace="2")
    result = check_state(state, Path("r.yaml"))
    assert result.ok and result.routine is not None
    assert result.routine.steps[0].repeat == 12 and result.routine.steps[0].pace == 2.0
    state["steps"][0]["repeat"] = "twelve"
    assert check_state(state, Path("r.yaml")).messages(0, "repeat") == [
        "'repeat' must be a whole number, not text"
    ]


def test_ids_from_titles() -> None:
    assert slug("Evening hands, for Sam!") == "evening-hands-for-sam"
    assert slug("…") == "my-routine"
