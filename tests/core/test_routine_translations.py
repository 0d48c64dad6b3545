"""Routine translations: the loader's rules (at file:line), fallback, and the writer."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from handtrainer.core.loader import LoadResult, load_routine_text
from handtrainer.core.localize import (
    original,
    own_caution_positions,
    routine_in,
    translation_gaps,
)
from handtrainer.core.model import Routine, ShownLanguage
from handtrainer.core.routine_writer import check_reads_back, routine_to_yaml
from tests.helpers.routine_samples import write

HEAD = """\
handtrainer: 1
title: Desk reset
summary: Two minutes.
cautions:
  - injuries
  - Skip any area with a wound.
sources: [A leaflet.]
steps:
  - title: Rub
    instruction: Rub your palms.
    technique: rub
    hand: both
    duration: 30s
    notes: Keep it light.
  - title: Clench
    instruction: Clench, then open wide.
    technique: clench
    repeat: 10
    pace: 2s
"""  # 19 lines; a translations block starts on line 20

GERMAN = """\
translations:
  de:
    title: Schreibtisch-Pause
    summary: Zwei Minuten.
    cautions: [Lassen Sie wunde Stellen aus.]
    sources: [Ein Merkblatt.]
    steps:
      - title: Reiben
        instruction: Reiben Sie die Handflächen.
        notes: Bleiben Sie sanft.
      - title: Faust schließen
        instruction: Schließen Sie die Faust, dann öffnen Sie die Hand weit.
"""


def load(text: str) -> LoadResult:
    return load_routine_text(text, Path("desk.yaml"))


def loaded(text: str) -> Routine:
    result = load(text)
    assert result.ok and result.routine is not None, [str(p) for p in result.problems]
    return result.routine


def language_of(routine: Routine) -> ShownLanguage:
    assert routine.shown is not None
    return routine.shown


def test_a_complete_translation_is_held_and_shown() -> None:
    routine = loaded(HEAD + GERMAN)
    assert routine.language == "en"
    assert [t.language for t in routine.translations] == ["de"]
    shown = routine_in(routine, "de")
    assert shown.shown is not None
    assert shown.shown.complete and shown.shown.translated and shown.shown.shown == "de"
    assert shown.title == "Schreibtisch-Pause"
    assert [s.title for s in shown.steps] == ["Reiben", "Faust schließen"]
    assert shown.steps[0].notes == "Bleiben Sie sanft."
    assert shown.sources == ("Ein Merkblatt.",)
    # The standard caution keeps its place; the routine's own sentence is translated.
    assert shown.cautions[0] == routine.cautions[0]
    assert shown.cautions[1] == "Lassen Sie wunde Stellen aus."
    # Only text differs: zones, timings and the rest are the routine's own.
    assert [s.technique for s in shown.steps] == [s.technique for s in routine.steps]
    assert shown.work_seconds == routine.work_seconds
    assert shown.language == "de" and shown.translations == ()


def test_a_region_is_served_by_its_language_and_other_languages_fall_back() -> None:
    routine = loaded(HEAD + GERMAN)
    assert routine_in(routine, "de_AT").title == "Schreibtisch-Pause"
    assert language_of(routine_in(routine, "de-CH")).shown == "de"
    french = routine_in(routine, "fr")
    assert not language_of(french).translated and not language_of(french).complete
    assert language_of(french).shown == "en" and french.title == "Desk reset"
    english = routine_in(routine, "en-GB")
    assert language_of(english).complete and english.title == "Desk reset"


def test_a_shown_routine_keeps_its_file_and_is_shown_afresh() -> None:
    routine = loaded(HEAD + GERMAN)
    german = routine_in(routine, "de")
    assert original(german) is routine and original(routine) is routine
    again = routine_in(german, "fr")
    assert again.title == "Desk reset" and original(again) == routine
    assert again.translations == routine.translations  # shown as written: it is its own file
    assert routine_in(german, "de") == german


def test_a_routine_shown_as_written_is_held_once() -> None:
    routine = loaded(HEAD + GERMAN)
    english = routine_in(routine, "en-GB")
    assert original(english) is english and english == routine
    # Asked again, the very same routine; one note of its language for them all.
    assert routine_in(english, "en-GB") is english
    other = routine_in(loaded(HEAD), "en-GB")
    assert other.shown is english.shown
    assert routine_in(english, "de").title == "Schreibtisch-Pause"


def test_left_out_fields_fall_back_one_by_one() -> None:
    partial = """\
translations:
  de:
    title: Schreibtisch-Pause
    steps:
      - title: Reiben
      - {}
"""
    routine = loaded(HEAD + partial)
    german = routine_in(routine, "de")
    assert language_of(german).translated and not language_of(german).complete
    assert german.title == "Schreibtisch-Pause"
    assert german.summary == "Two minutes."
    assert german.steps[0].title == "Reiben"
    assert german.steps[0].instruction == "Rub your palms."
    assert language_of(german).missing == (
        "summary",
        "cautions",
        "sources",
        "step 1 instruction",
        "step 1 notes",
        "step 2 title",
        "step 2 instruction",
    )


def test_validate_warns_on_a_partial_translation_at_its_line(tmp_path: Path) -> None:
    from handtrainer.commands.library_commands import cmd_validate

    path = write(tmp_path, "desk.yaml", HEAD + "translations:\n  de:\n    title: Pause\n")
    out = io.StringIO()
    assert cmd_validate(argparse.Namespace(paths=[path]), out, io.StringIO()) == 0
    assert (
        f"{path}:21:3: warning: the 'de' translation is partial: summary, cautions, sources, "
        "steps are shown in the routine's own language ('en')"
    ) in out.getvalue()
    complete = write(tmp_path, "full.yaml", HEAD + GERMAN)
    out = io.StringIO()
    assert cmd_validate(argparse.Namespace(paths=[complete]), out, io.StringIO()) == 0
    assert ": warning:" not in out.getvalue()


def test_the_partial_warning_is_not_a_loader_problem() -> None:
    # A loader warning would open the file read-only in the editor.
    result = load(HEAD + "translations:\n  de:\n    title: Pause\n")
    assert result.ok and result.problems == ()
    assert result.routine is not None and len(translation_gaps(result.routine)) == 1


@pytest.mark.parametrize(
    ("block", "line", "column", "message"),
    [
        ("translations:\n  en: {}\n", 21, 3, "the routine is written in 'en'"),
        ("translations:\n  DE: {}\n", 21, 3, "'DE' is not a language code (did you mean 'de'?)"),
        ("translations:\n  pt_BR: {}\n", 21, 3, "(did you mean 'pt-BR'?)"),
        ("translations:\n  no: {}\n", 21, 3, "reads as yes/no in YAML; put it in quotes"),
        ("translations:\n  de: {}\n  de: {}\n", 22, 3, "appears twice (first on line 21)"),
        ("translations:\n  de:\n    zones: [palm.center]\n", 22, 5, "'zones' cannot be translated"),
        ("translations:\n  de:\n    tags: [a]\n", 22, 5, "'tags' comes from the routine itself"),
        ("translations:\n  de:\n    titel: T\n", 22, 5, "unknown field 'titel'"),
        (
            "translations:\n  de:\n    steps:\n      - title: A\n",
            23,
            7,
            "has 1 steps, the routine 2",
        ),
        (
            "translations:\n  de:\n    steps:\n      - duration: 5s\n      - {}\n",
            23,
            9,
            "'duration' cannot be translated in step 1 of the 'de' translation",
        ),
        ("translations:\n  de:\n    sources: [a, b]\n", 22, 14, "has 2 sources, the routine 1"),
        (
            "translations:\n  de:\n    cautions: [a, b]\n",
            22,
            15,
            "has 2 cautions, the routine 1 of its own; give one for each",
        ),
        ("translations:\n  de:\n    title: 123\n", 22, 12, "'title' must be text"),
        ("translations:\n  de:\n    title: ''\n", 22, 12, "'title' is empty"),
        ("translations:\n  de:\n    title: " + "x" * 201 + "\n", 22, 12, "at most 200"),
        ("translations:\n  de:\n    summary: " + "x" * 5001 + "\n", 22, 14, "at most 5000"),
        ("translations: [de]\n", 20, 15, "'translations' must be a set of languages"),
        ("translations:\n  de: Hallo\n", 21, 7, "must be a set of fields"),
        ("language: english\n", 20, 11, "'language' 'english' is not a language code"),
        ("language: de\ntranslations:\n  de: {}\n", 22, 3, "the routine is written in 'de'"),
    ],
)
def test_bad_translations_are_errors_at_their_line(
    block: str, line: int, column: int, message: str
) -> None:
    result = load(HEAD + block)
    assert not result.ok
    errors = [p for p in result.errors if message in p.message]
    assert errors, [str(p) for p in result.problems]
    assert (errors[0].line, errors[0].column) == (line, column)
    assert str(errors[0]).startswith(f"desk.yaml:{line}:{column}: ")


def test_translated_notes_of_a_step_without_notes_are_a_warning() -> None:
    block = "translations:\n  de:\n    steps:\n      - {}\n      - notes: Extra.\n"
    result = load(HEAD + block)
    assert result.ok
    assert [(p.line, p.severity) for p in result.problems] == [(24, "warning")]
    assert result.routine is not None
    assert routine_in(result.routine, "de").steps[1].notes == ""


def test_an_empty_step_entry_and_a_quoted_language_code_are_fine() -> None:
    block = 'translations:\n  "no":\n    title: Skrivebord\n    steps:\n      -\n      - {}\n'
    routine = loaded(HEAD + block)
    assert routine_in(routine, "no").title == "Skrivebord"
    assert routine_in(routine, "no").steps[0].title == "Rub"


def test_the_routines_own_cautions_are_found_among_the_standard_ones() -> None:
    routine = loaded(HEAD + GERMAN)
    assert own_caution_positions(routine) == (1,)


def test_a_translated_routine_is_written_and_reads_back_the_same() -> None:
    routine = loaded(HEAD.replace("handtrainer: 1\n", "handtrainer: 1\nlanguage: en-GB\n") + GERMAN)
    text = routine_to_yaml(routine)
    check_reads_back(text, routine)
    assert text.index("translations:") > text.index("steps:")
    assert "language: en-GB" in text
    assert "language:" not in routine_to_yaml(loaded(HEAD))


def test_the_schema_knows_translations() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import json

    import yaml

    from handtrainer.core.resources import assets_dir

    schema = json.loads((assets_dir() / "routine.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    good = yaml.safe_load(HEAD + "language: en\n" + GERMAN)
    assert list(validator.iter_errors(good)) == []
    for bad in (
        GERMAN.replace("    title: Schreibtisch-Pause", "    zones: [palm.center]"),
        GERMAN.replace("  de:", "  German:"),
    ):
        assert list(validator.iter_errors(yaml.safe_load(HEAD + bad)))
        assert not load(HEAD + bad).ok


def test_the_reading_language_is_asked_for_else_the_systems() -> None:
    from handtrainer.core.localize import reading_language

    assert reading_language("", {"LANG": "fr_FR.UTF-8"}) == "fr-FR"
    assert reading_language("", {"LANGUAGE": "de_AT:de", "LANG": "en_GB.UTF-8"}) == "de-AT"
    assert reading_language("", {"LC_ALL": "C", "LANGUAGE": "de"}) == "en"
    assert reading_language("", {"LC_ALL": "pt_BR.UTF-8", "LANG": "de_DE"}) == "pt-BR"
    assert reading_language("", {}) == "en"
    assert reading_language("de", {"LANG": "fr_FR.UTF-8"}) == "de"


def test_copies_of_a_routine_shown_translated_share_their_parts() -> None:
    first, second = loaded(HEAD + GERMAN), loaded(HEAD + GERMAN)
    shared: dict[object, object] = {}
    one, other = routine_in(first, "de", shared), routine_in(second, "de", shared)
    assert one.steps is other.steps and one.cautions is other.cautions
    assert one == routine_in(first, "de") and one.steps[0].title == "Reiben"
    # The same steps a line lower in their file keep their own places.
    moved = loaded("# a client's copy\n" + HEAD + GERMAN)
    lower = routine_in(moved, "de", shared)
    assert lower.steps == one.steps and lower.steps is not one.steps
    assert [s.pos for s in lower.steps] == [s.pos for s in moved.steps]
    assert [s.pos for s in lower.steps] != [s.pos for s in one.steps]
