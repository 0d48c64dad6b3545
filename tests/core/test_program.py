"""A client program's plan also says how often in words, on which days, with a note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import PracticePlan, Weekday
from handtrainer.core.resources import assets_dir
from tests.helpers.routine_samples import routine_text


def with_plan(block: str) -> str:
    head, steps = routine_text().split("steps:\n")
    return f"{head}plan:\n{block}steps:\n{steps}"


def test_a_full_plan_loads() -> None:
    text = with_plan(
        "  for: Sam\n  times_per_week: 14\n  how_often: twice a day\n"
        "  days: [monday, friday]\n  note: Gently on the right thumb.\n"
    )
    result = load_routine_text(text, Path("p.yaml"))
    assert result.ok, result.problems
    assert result.routine is not None
    assert result.routine.plan == PracticePlan(
        "Sam", 14, "twice a day", (Weekday.MONDAY, Weekday.FRIDAY), "Gently on the right thumb."
    )


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("  days: [mondy]\n", "day 'mondy' is not known (did you mean 'monday'?)"),
        ("  how_often: 12\n", "'how_often' must be text, not a number"),
        ("  note: ''\n", "'note' is empty"),
    ],
)
def test_plan_mistakes_are_named(block: str, message: str) -> None:
    result = load_routine_text(with_plan(block), Path("p.yaml"))
    assert not result.ok
    assert any(message in p.message for p in result.errors), result.problems


def test_a_day_twice_is_a_warning() -> None:
    result = load_routine_text(with_plan("  days: [monday, monday]\n"), Path("p.yaml"))
    assert result.ok and result.routine is not None
    assert result.routine.plan == PracticePlan(days=(Weekday.MONDAY,))
    assert [p.severity for p in result.problems] == ["warning"]


def test_the_schema_knows_the_new_plan_fields() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((assets_dir() / "routine.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    good = with_plan("  for: Sam\n  how_often: daily\n  days: [monday]\n  note: Hi.\n")
    bad = with_plan("  days: [mondy]\n")
    assert list(validator.iter_errors(yaml.safe_load(good))) == []
    assert list(validator.iter_errors(yaml.safe_load(bad)))
    assert schema["properties"]["plan"]["properties"]["days"]["items"]["enum"] == [
        d.value for d in Weekday
    ]
