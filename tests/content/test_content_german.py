"""The German text of the bundled routines: complete, in "Sie", and as careful as the English.

The English rules (no promise words, tradition worded as tradition, sentences short enough
to hear) hold for the translation too; the wording follows GLOSSARY-DE (see ROUTINE-I18N).
"""

from __future__ import annotations

import re

import pytest

from handtrainer.core.library import load_library
from handtrainer.core.localize import own_caution_positions, routine_in
from handtrainer.core.model import Routine, ShownLanguage

ROUTINES = sorted(load_library(include_user=False).routines, key=lambda r: r.id)


PROMISES = re.compile(
    r"\b(heil\w*|Heilung|kurier\w*|garantier\w*|beseitig\w*|verhinder\w*|behandelt)\b", re.I
)
DU = re.compile(r"\b(du|dich|dir|dein\w*)\b")  # lower case: "Sie" everywhere
TRADITION = re.compile(r"tradition", re.I)
MAX_SENTENCE_WORDS = 24


def language_of(routine: Routine) -> ShownLanguage:
    """Which language a routine from ``routine_in`` is shown in."""
    assert routine.shown is not None
    return routine.shown


GERMAN = [r for r in ROUTINES if language_of(routine_in(r, "de")).translated]


def german_texts(routine: Routine) -> list[tuple[str, str]]:
    shown = routine_in(routine, "de")
    found = [("title", shown.title), ("summary", shown.summary), ("notes", shown.notes)]
    # The routine's own cautions; the standard ones are the program's (its catalogue).
    own = own_caution_positions(routine)
    found += [("caution", shown.cautions[i]) for i in own]
    found += [("source", s) for s in shown.sources]
    for number, step in enumerate(shown.steps, 1):
        found += [
            (f"step {number} title", step.title),
            (f"step {number} instruction", step.instruction),
            (f"step {number} notes", step.notes),
            (f"step {number} tradition", step.tradition),
        ]
    return found


@pytest.mark.parametrize("routine", ROUTINES, ids=[r.id for r in ROUTINES])
def test_every_bundled_routine_has_its_whole_german_text(routine: Routine) -> None:
    german = language_of(routine_in(routine, "de"))
    assert german.complete, f"falls back to English: {german.missing}"


@pytest.mark.parametrize("routine", GERMAN, ids=[r.id for r in GERMAN])
def test_the_german_promises_nothing_and_says_sie(routine: Routine) -> None:
    for where, text in german_texts(routine):
        promise = PROMISES.search(text)
        assert promise is None, f"{where}: {promise.group(0)!r} in {text!r}"
        du = DU.search(text)
        assert du is None, f"{where}: {du.group(0)!r} (the reader is 'Sie')"


@pytest.mark.parametrize("routine", GERMAN, ids=[r.id for r in GERMAN])
def test_german_steps_read_aloud_like_the_english(routine: Routine) -> None:
    shown = routine_in(routine, "de")
    for number, (step, own) in enumerate(zip(shown.steps, routine.steps, strict=True), 1):
        assert step.title and len(step.title) <= 40, f"step {number} title: {step.title!r}"
        if own.tradition:
            assert TRADITION.search(step.tradition), f"step {number}: {step.tradition!r}"
        for sentence in re.split(r"(?<=[.!?])\s+", step.instruction.strip()):
            words = len(sentence.split())
            assert words <= MAX_SENTENCE_WORDS, f"step {number}: {words} words: {sentence!r}"
        assert step.instruction.strip().endswith((".", "!", "?")), f"step {number}"
