"""The step's ``rotation``: which way a circling step turns."""

from __future__ import annotations

from pathlib import Path

import pytest

from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import Rotation, Technique
from tests.helpers.routine_samples import routine_text


def _step(technique: str, rotation: str) -> str:
    return (
        "  - title: Circle\n    instruction: Circle the centre.\n"
        f"    technique: {technique}\n    zones: [palm.center]\n"
        f"    rotation: {rotation}\n    duration: 20s\n"
    )


@pytest.mark.parametrize("rotation", list(Rotation))
def test_rotation_is_read(rotation: Rotation) -> None:
    result = load_routine_text(routine_text(steps=_step("circle", rotation.value)), Path("r.yaml"))
    assert result.ok and result.routine is not None, [str(p) for p in result.problems]
    step = result.routine.steps[0]
    assert step.rotation is rotation and step.technique is Technique.CIRCLE
    assert not result.problems


def test_no_rotation_is_none() -> None:
    result = load_routine_text(routine_text(), Path("r.yaml"))
    assert result.routine is not None and result.routine.steps[0].rotation is None


def test_unknown_rotation_suggests() -> None:
    result = load_routine_text(routine_text(steps=_step("circle", "clockwize")), Path("r.yaml"))
    assert result.routine is None
    (problem,) = [p for p in result.problems if p.is_error]
    assert "did you mean 'clockwise'?" in problem.message


def test_rotation_on_a_technique_that_does_not_turn_warns() -> None:
    result = load_routine_text(routine_text(steps=_step("press", "clockwise")), Path("r.yaml"))
    assert result.ok and result.routine is not None
    (warning,) = result.problems
    assert not warning.is_error and "rotation" in warning.message and "press" in warning.message
