"""The German of the quick-points and baby routines: complete, in "Sie", tradition as tradition."""

from __future__ import annotations

import re

import pytest

from handtrainer.core.library import load_library
from handtrainer.core.localize import routine_in
from handtrainer.core.model import Routine

MINE = sorted(
    (
        r
        for r in load_library(include_user=False).routines
        if r.id.startswith(("quick-", "infant-hands-"))
    ),
    key=lambda r: r.id,
)
DU = re.compile(r"\b(du|dich|dir|dein\w*)\b")
PROMISES = re.compile(r"\b(heil\w*|Heilung|kurier\w*|garantier\w*|beseitig\w*)\b", re.I)


def test_all_eleven_are_here() -> None:
    assert len(MINE) == 11


@pytest.mark.parametrize("routine", MINE, ids=[r.id for r in MINE])
def test_the_whole_text_is_in_german(routine: Routine) -> None:
    german = routine_in(routine, "de")
    assert german.shown is not None and german.shown.complete, german.shown
    assert german.language == "de"
    texts = [german.title, german.summary, german.notes, *german.cautions, *german.sources]
    for step, own in zip(german.steps, routine.steps, strict=True):
        texts += [step.title, step.instruction, step.notes, step.tradition]
        assert step.title != own.title or step.title.isupper()  # really translated
        assert len(step.title) <= 40, step.title
        if own.tradition:
            assert re.search("tradition", step.tradition, re.I), step.tradition
    for text in texts:
        assert DU.search(text) is None, text  # the reader is "Sie"
        assert PROMISES.search(text) is None, text


@pytest.mark.parametrize("routine", MINE, ids=[r.id for r in MINE])
def test_only_the_text_differs(routine: Routine) -> None:
    german = routine_in(routine, "de")
    for step, own in zip(german.steps, routine.steps, strict=True):
        assert (step.zones, step.path, step.technique, step.work_seconds) == (
            own.zones,
            own.path,
            own.technique,
            own.work_seconds,
        )
    assert german.caution_ids == routine.caution_ids
