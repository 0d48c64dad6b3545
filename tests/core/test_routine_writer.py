"""Routines written by the editor read back the same, and hand-written files keep their comments."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("ruamel.yaml", reason="pip install -e . brings ruamel.yaml")

from handtrainer.core import routine_writer
from handtrainer.core.library import load_library
from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import Origin, PracticePlan, Pressure, Routine, Weekday
from handtrainer.core.resources import bundled_routines_dir
from handtrainer.core.routine_document import RoutineDocument
from handtrainer.core.routine_writer import (
    SCHEMA_COMMENT,
    RoutineWriteError,
    routine_to_yaml,
    save_routine,
    seconds_text,
    write_text_atomically,
)
from handtrainer.core.validate import parse_duration

BUNDLED = load_library(include_user=False).routines

COMMENTED = """\
# My routine for Sam, written by hand.
handtrainer: 1
title: Evening hands   # short and calm
summary: A calm evening routine.
tags: [evening]
steps:
  # Start warm.
  - title: Warm up
    instruction: Rub the palms together.
    technique: rub
    hand: both
    duration: 30s   # half a minute is enough
  - title: Press the centre
    instruction: Press the centre of the palm.
    technique: press
    zones: [palm.center]
    duration: 20s   # hold it
"""


def load(text: str, name: str = "evening.yaml") -> Routine:
    result = load_routine_text(text, Path(name))
    assert result.ok, [str(p) for p in result.problems]
    assert result.routine is not None
    return result.routine


@pytest.mark.parametrize("routine", BUNDLED, ids=lambda r: r.id)
def test_every_bundled_routine_reads_back_the_same(routine: Routine) -> None:
    text = routine_to_yaml(routine)
    result = load_routine_text(text, Path(f"{routine.id}.yaml"))
    assert result.ok and result.problems == ()
    assert result.routine == routine
    assert text.startswith(SCHEMA_COMMENT)
    assert max(len(line) for line in text.splitlines()[1:]) <= 100
    assert not any(line.endswith(" ") for line in text.splitlines())


@pytest.mark.parametrize("routine", BUNDLED, ids=lambda r: r.id)
def test_every_bundled_file_opens_editable_and_unchanged(routine: Routine) -> None:
    assert routine.path is not None
    original = routine.path.read_text("utf-8")
    document = RoutineDocument(original, routine.path, Origin.BUNDLED)
    assert not document.read_only, document.read_only_reason
    first, rest = document.render(routine).split("\n", 1)
    assert first.startswith(SCHEMA_COMMENT)
    assert rest == original


def test_the_schema_line_names_the_installed_schema() -> None:
    path = Path(routine_to_yaml(BUNDLED[0]).splitlines()[0].removeprefix(SCHEMA_COMMENT))
    assert path.is_absolute() and path.is_file() and path.name == "routine.schema.json"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(30, "30s"), (60, "1m"), (90, "1m30s"), (2.5, "2.5s"), (0.1, "0.1s"), (1e-05, "0.00001s")],
)
def test_lengths_are_written_readably(seconds: float, text: str) -> None:
    assert seconds_text(seconds) == text
    assert parse_duration(text) == seconds


def test_a_changed_dose_keeps_every_comment() -> None:
    document = RoutineDocument(COMMENTED, Path("evening.yaml"))
    assert not document.read_only
    routine = document.routine
    assert routine is not None
    steps = list(routine.steps)
    steps[1] = replace(steps[1], duration=45.0, pressure=Pressure.LIGHT)
    text = document.render(replace(routine, steps=tuple(steps)))
    for comment in (
        "# My routine for Sam, written by hand.",
        "title: Evening hands   # short and calm",
        "  # Start warm.",
        "duration: 30s   # half a minute is enough",
        "# hold it",
    ):
        assert comment in text
    assert "duration: 45s" in text and "pressure: light" in text
    assert load(text).steps[1].duration == 45.0
    # only the changed step's lines differ (plus the schema line at the top)
    changed = set(text.splitlines()) ^ set(COMMENTED.splitlines())
    assert {line.strip()[:12] for line in changed} == {
        SCHEMA_COMMENT[:12],
        "duration: 20",
        "duration: 45",
        "pressure: li",
    }


def test_reordering_steps_keeps_their_comments_with_them() -> None:
    document = RoutineDocument(COMMENTED, Path("evening.yaml"))
    routine = document.routine
    assert routine is not None
    swapped = replace(routine, steps=routine.steps[::-1])
    text = document.render(swapped)
    assert load(text) == swapped
    assert text.index("# hold it") < text.index("# half a minute is enough")


def test_new_fields_go_where_the_format_puts_them() -> None:
    document = RoutineDocument(COMMENTED, Path("evening.yaml"))
    routine = document.routine
    assert routine is not None
    plan = PracticePlan("Sam", 14, "twice a day", (Weekday.MONDAY,), "Go gently.")
    changed = replace(routine, plan=plan, cautions=("Stop if it hurts.",))
    text = document.render(changed)
    assert load(text) == changed
    assert text.index("tags:") < text.index("cautions:") < text.index("plan:")
    assert text.index("plan:") < text.index("steps:")
    assert "# My routine for Sam" in text


def test_an_id_is_added_when_saved_under_another_name(tmp_path: Path) -> None:
    document = RoutineDocument(COMMENTED, Path("evening.yaml"))
    routine = document.routine
    assert routine is not None
    target = tmp_path / "copy-for-sam.yaml"
    save_routine(routine, target, document)
    saved = load(target.read_text("utf-8"), target.name)
    assert saved.id == "evening" and saved == routine


def test_removing_and_adding_steps() -> None:
    document = RoutineDocument(COMMENTED, Path("evening.yaml"))
    routine = document.routine
    assert routine is not None
    fewer = replace(routine, steps=routine.steps[1:])
    assert load(document.render(fewer)) == fewer
    more = replace(routine, steps=(*routine.steps, routine.steps[0]))
    assert load(document.render(more)) == more


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (COMMENTED.replace("zones: [palm.center]", "zones: [palm.center, palm.center]"), "drop"),
        (
            COMMENTED.replace("[palm.center]", "[palm.center,  # the centre\n  palm.thenar]"),
            "lose the comment '# the centre'",
        ),
        (COMMENTED.replace("technique: press", "technique: presss"), "has errors"),
    ],
    ids=["repeated-zone", "comment-in-a-list", "errors"],
)
def test_files_the_editor_cannot_keep_whole_open_read_only(text: str, reason: str) -> None:
    document = RoutineDocument(text, Path("evening.yaml"))
    assert document.read_only
    assert document.read_only_reason is not None and reason in document.read_only_reason


@pytest.mark.parametrize(
    "title",
    ["yes", "No", "on", "1:30", "=", "~", "null", "12", "3.5", "#hash", "a: b", "- dash", "x\ny"],
)
def test_text_that_looks_like_something_else_stays_text(title: str) -> None:
    routine = replace(BUNDLED[0], title=title)
    assert load(routine_to_yaml(routine), f"{routine.id}.yaml") == routine


_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=300,
).map(str.strip)


@settings(max_examples=150, deadline=None)
@given(title=_text, summary=_text, note=_text)
def test_any_text_reads_back_the_same(title: str, summary: str, note: str) -> None:
    if not (title and summary):
        return
    routine = replace(
        BUNDLED[0],
        title=title[:200],
        summary=summary,
        plan=PracticePlan(note=note) if note else None,
    )
    result = load_routine_text(routine_to_yaml(routine), Path(f"{routine.id}.yaml"))
    assert result.routine == routine, result.problems


def test_saving_checks_before_writing(tmp_path: Path) -> None:
    target = tmp_path / "bad.yaml"
    broken = replace(BUNDLED[0], title="")  # an empty title does not load
    with pytest.raises(RoutineWriteError):
        save_routine(broken, target)
    assert not target.exists()


def test_writing_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.yaml"
    write_text_atomically(target, "first\n")
    assert target.read_text() == "first\n"

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(routine_writer.os, "replace", fail)
    with pytest.raises(OSError):
        write_text_atomically(target, "second\n")
    assert target.read_text() == "first\n"
    assert os.listdir(tmp_path) == ["r.yaml"]


def test_a_saved_bundled_copy_validates(tmp_path: Path) -> None:
    from handtrainer.commands.library_commands import cmd_validate

    for routine in BUNDLED[:5]:
        save_routine(routine, tmp_path / f"{routine.id}.yaml")
    assert bundled_routines_dir().is_dir()

    from argparse import Namespace

    assert cmd_validate(Namespace(paths=[tmp_path])) == 0
