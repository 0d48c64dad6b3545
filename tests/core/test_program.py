"""A routine as a client's program: for whom, how often, chosen days, the therapist's note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import ClientProgram, Weekday
from handtrainer.resources import assets_dir
from tests.helpers.routine_samples import routine_text


def with_program(block: str) -> str:
    head, steps = routine_text().split("steps:\n")
    return f"{head}program:\n{block}steps:\n{steps}"


def test_a_full_program_loads() -> None:
    text = with_program(
        "  for: Sam\n  how-often: twice a day\n  days: [monday, friday]\n"
        "  note: Gently on the right thumb.\n"
    )
    result = load_routine_text(text, Path("p.yaml"))
    assert result.ok, result.problems
    assert result.routine is not None
    assert result.routine.program == ClientProgram(
        "Sam", "twice a day", (Weekday.MONDAY, Weekday.FRIDAY), "Gently on the right thumb."
    )


def test_no_program_and_an_empty_one_are_the_same() -> None:
    plain = load_routine_text(routine_text(), Path("p.yaml")).routine
    empty = load_routine_text(with_program("  {}\n"), Path("p.yaml")).routine
    assert plain is not None and empty is not None
    assert plain.program is None and empty.program is None


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("  days: [mondy]\n", "day 'mondy' is not known (did you mean 'monday'?)"),
        ("  often: daily\n", "unknown field 'often' in the program"),
        ("  for: 12\n", "'for' must be text, not a number"),
    ],
)
def test_program_mistakes_are_named(block: str, message: str) -> None:
    result = load_routine_text(with_program(block), Path("p.yaml"))
    assert not result.ok
    assert any(message in p.message for p in result.errors), result.problems


def test_a_program_that_is_not_a_mapping_is_an_error() -> None:
    result = load_routine_text(with_program("  - Sam\n"), Path("p.yaml"))
    assert any("'program' must be a set of fields" in p.message for p in result.errors)


def test_a_day_twice_is_a_warning() -> None:
    result = load_routine_text(with_program("  days: [monday, monday]\n"), Path("p.yaml"))
    assert result.ok and result.routine is not None
    assert result.routine.program == ClientProgram(days=(Weekday.MONDAY,))
    assert [p.severity for p in result.problems] == ["warning"]


def test_the_schema_knows_the_program() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((assets_dir() / "routine.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    good = with_program("  for: Sam\n  days: [monday]\n")
    bad = with_program("  days: [mondy]\n")
    assert list(validator.iter_errors(yaml.safe_load(good))) == []
    assert list(validator.iter_errors(yaml.safe_load(bad)))
    assert schema["properties"]["program"]["properties"]["days"]["items"]["enum"] == [
        d.value for d in Weekday
    ]
