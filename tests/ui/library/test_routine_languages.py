"""The library shows each routine in the person's language, and says when it cannot."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from handtrainer.core.library import RoutineLibrary
from handtrainer.core.loader import load_routine_text
from handtrainer.core.localize import original
from handtrainer.core.model import Routine
from handtrainer.ui.library.library_model import LibraryModel, LibrarySources
from handtrainer.ui.library.picker import RoutinePicker
from tests.helpers.routine_samples import routine_text, write
from tests.helpers.window import build_trainer

GERMAN = """\
translations:
  de:
    title: Eine Routine
    summary: Eine Zusammenfassung.
    steps:
      - title: Drücken
        instruction: Drücken Sie die Mitte.
"""
PARTLY = "translations:\n  de:\n    title: Halb übersetzt\n"


def routine(text: str, name: str) -> Routine:
    result = load_routine_text(text, Path(f"{name}.yaml"))
    assert result.routine is not None, [str(p) for p in result.problems]
    return result.routine


def library() -> RoutineLibrary:
    return RoutineLibrary(
        (
            routine(routine_text("translated") + GERMAN, "translated"),
            routine(routine_text("partly", "Partly") + PARTLY, "partly"),
            routine(routine_text("english", "Only English"), "english"),
        )
    )


def test_the_library_holds_each_routine_in_the_persons_language() -> None:
    model = LibraryModel(library(), language="de_DE")
    translated = model.get("translated")
    assert translated is not None and translated.title == "Eine Routine"
    assert translated.steps[0].instruction == "Drücken Sie die Mitte."
    assert original(translated).title == "A routine"  # the file's own, for the editor
    english = model.get("english")
    assert english is not None and english.title == "Only English"
    assert english.shown is not None and not english.shown.translated
    # Set again (an edit, an added file): still shown in German, and the same rows.
    model.set_library(RoutineLibrary(tuple(original(r) for r in model.library().routines)))
    assert model.get("translated") is translated
    assert LibraryModel(library()).get("translated").title == "A routine"  # type: ignore[union-attr]


def test_routines_read_in_the_background_arrive_translated(qtbot: QtBot, tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    write(bundled, "translated.yaml", routine_text("translated") + GERMAN)
    model = LibraryModel(language="de")
    sources = LibrarySources(bundled_dir=bundled, include_user=False, environ={}, cache_file=None)
    with qtbot.waitSignal(model.loadingChanged, timeout=10_000, check_params_cb=lambda b: not b):
        model.load(sources, watch=False)
    assert [r.title for r in model.library().routines] == ["Eine Routine"]


def test_the_picker_says_when_a_routine_is_not_in_your_language(qtbot: QtBot) -> None:
    picker = RoutinePicker(LibraryModel(library(), language="de"))
    qtbot.addWidget(picker)
    picker.select_routine("english")
    text = picker.detail.plain_text()
    assert "Not translated into German; shown in English." in text
    picker.select_routine("partly")
    assert "Partly translated into German; some text is shown in English." in (
        picker.detail.plain_text()
    )
    picker.select_routine("translated")
    assert "translated into" not in picker.detail.plain_text()
    english, partly = picker.library().get("english"), picker.library().get("partly")
    assert english is not None and partly is not None
    assert "Not in German" in picker._details(english)
    assert "Partly in German" in picker._details(partly)
    assert "Not translated into German" in picker._describe(english)
    # In the routine's own language there is nothing to say.
    english_picker = RoutinePicker(LibraryModel(library(), language="en"))
    qtbot.addWidget(english_picker)
    english_picker.select_routine("translated")
    assert "translated into" not in english_picker.detail.plain_text()


def test_practice_page_and_sheet_get_the_one_shown_routine(qtbot: QtBot, tmp_path: Path) -> None:
    trainer = build_trainer(qtbot, tmp_path, library(), language="de")
    window = trainer.window
    assert window.open_routine_by_id("translated")
    loaded = window.controller.routine
    assert loaded is not None and loaded.title == "Eine Routine"
    assert loaded is window.library.get("translated")
    assert window.routine_in_view() is loaded


def test_search_finds_a_routine_by_its_own_title_as_well_as_the_shown_one(qtbot: QtBot) -> None:
    picker = RoutinePicker(LibraryModel(library(), language="de"))
    qtbot.addWidget(picker)

    def found(text: str) -> list[str]:
        picker.search.setText(text)
        return sorted(r.id for r in picker.visible_routines())

    assert found("eine routine") == ["translated"]  # as shown
    assert found("a routine") == ["translated"]  # as the file has it, in English
    assert found("drücken") == ["translated"]  # a step title, shown in German
    assert found("press") == ["english", "partly", "translated"]  # and as the files have it
    assert found("halb") == ["partly"] and found("partly") == ["partly"]
    assert found("only english") == ["english"]
    assert found("nothing like this") == []
