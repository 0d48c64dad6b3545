"""The optional ``plan:`` of a client program: for whom, and how often."""

from __future__ import annotations

from pathlib import Path

import pytest

from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import PracticePlan
from tests.helpers.routine_samples import VALID


def load(extra: str):
    return load_routine_text(VALID + extra, Path("sample.yaml"))


def test_a_routine_without_a_plan_has_none() -> None:
    result = load("")
    assert result.ok and result.routine is not None and result.routine.plan is None


def test_a_plan_is_read() -> None:
    result = load("plan:\n  for: Anna\n  times_per_week: 14\n")
    assert result.ok and result.routine is not None
    assert result.routine.plan == PracticePlan(for_whom="Anna", times_per_week=14)


def test_a_plan_may_name_only_the_frequency() -> None:
    result = load("plan: {times_per_week: 3}\n")
    assert result.routine is not None and result.routine.plan == PracticePlan("", 3)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("plan: twice a day\n", "'plan' must be a set of fields"),
        ("plan:\n  times_per_week: 0\n", "'times_per_week' must be more than 0"),
        ("plan:\n  times_per_week: 71\n", "too many"),
        ("plan:\n  times_per_week: often\n", "whole number"),
        ("plan:\n  whom: Anna\n", "unknown field 'whom' in the plan"),
        ("plan:\n  for: ''\n", "'for' is empty"),
    ],
)
def test_a_bad_plan_is_an_error_at_its_place(extra: str, message: str) -> None:
    result = load(extra)
    assert not result.ok
    assert any(message in problem.message for problem in result.problems), result.problems
