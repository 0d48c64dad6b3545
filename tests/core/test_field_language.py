"""Which language each shown text of a routine is in: what the voice reads it in."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from handtrainer.core.loader import load_routine_text
from handtrainer.core.localize import field_language, routine_in
from handtrainer.core.model import Routine

ROUTINE = """\
handtrainer: 1
title: Desk reset
summary: Two minutes.
steps:
  - title: Rub
    instruction: Rub your palms.
    technique: rub
    hand: both
    duration: 30s
  - title: Clench
    instruction: Clench, then open wide.
    technique: clench
    repeat: 10
    pace: 2s
"""


def loaded(text: str) -> Routine:
    result = load_routine_text(text, Path("desk.yaml"))
    assert result.ok and result.routine is not None, [str(p) for p in result.problems]
    return result.routine


def test_an_untranslated_routine_is_in_its_own_language_everywhere() -> None:
    english = routine_in(loaded(ROUTINE), "de")
    assert field_language(english, "title") == "en"
    assert field_language(english, "instruction", 1) == "en"
    # a routine never shown (straight from the loader) is in its own language too
    assert field_language(loaded(ROUTINE), "title", 0) == "en"


def test_a_partial_translation_says_field_by_field() -> None:
    partial = ROUTINE + "translations:\n  de:\n    title: Pause\n    steps:\n"
    partial += "      - title: Reiben\n        instruction: Reiben Sie.\n      - title: Faust\n"
    german = routine_in(loaded(partial), "de")
    assert german.steps[1].instruction == "Clench, then open wide."
    assert field_language(german, "title") == "de"
    assert field_language(german, "summary") == "en"
    assert [field_language(german, "title", n) for n in (0, 1)] == ["de", "de"]
    assert [field_language(german, "instruction", n) for n in (0, 1)] == ["de", "en"]
    # a translation without steps leaves every step in the routine's own language
    no_steps = routine_in(loaded(ROUTINE + "translations:\n  de:\n    title: Pause\n"), "de")
    assert field_language(no_steps, "title") == "de"
    assert field_language(no_steps, "title", 0) == "en"


def test_a_routine_written_in_german_is_german_for_an_english_reader() -> None:
    german = dataclasses.replace(loaded(ROUTINE), language="de")
    assert field_language(routine_in(german, "en"), "instruction", 0) == "de"
