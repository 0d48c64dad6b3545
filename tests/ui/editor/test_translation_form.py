"""The editor's Languages tab: each text beside its translation, typed, undone, saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from handtrainer.core.loader import load_routine_file
from handtrainer.core.model import Origin
from tests.helpers.window import Trainer
from tests.ui.editor.conftest import page_of, reload_library
from tests.ui.editor.test_draft_translations import TEXT
from tests.ui.editor.test_editor_flow import type_into


def open_translated(qtbot: QtBot, trainer: Trainer, user_dir: Path) -> Path:
    path = user_dir / "two.yaml"
    path.write_text(TEXT, "utf-8")
    reload_library(qtbot, trainer, user_dir)
    routine = trainer.window.library.get("two")
    assert routine is not None
    trainer.window.editing.edit(routine)
    return path


def test_a_translation_is_typed_beside_the_original_and_saved_in_place(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    path = open_translated(qtbot, trainer, user_dir)
    page = page_of(trainer)
    form = page.translation_form
    page.right.setCurrentWidget(page.right.widget(2))
    assert form.current_language() == "de"
    title = form.edits[(None, "tr.de.title")]
    assert title.text() == "Zwei Schritte"  # type: ignore[union-attr]
    type_into(qtbot, form.edits[(1, "tr.de.title")], "Reiben")
    type_into(qtbot, form.edits[(1, "tr.de.notes")], "Bleiben Sie sanft.")
    assert page.draft.value(1, "tr.de.title") == "Reiben"
    QTest.keySequence(page, "Ctrl+S")
    saved = path.read_text("utf-8")
    for kept in ("# the English title", "# checked by Anna", "# the German word"):
        assert kept in saved
    assert "      - title: Reiben\n        notes: Bleiben Sie sanft.\n" in saved
    routine = load_routine_file(path, Origin.USER).routine
    assert routine is not None and routine.translation("de") is not None
    german = routine.translation("de")
    assert german is not None and german.steps is not None
    assert german.steps[1].title == "Reiben"
    page.draft.undo_stack.undo()  # the notes
    assert page.draft.value(1, "tr.de.notes") == ""
    assert form.edits[(1, "tr.de.notes")].toPlainText() == ""  # type: ignore[union-attr]


def test_a_language_is_added_from_the_form(qtbot: QtBot, trainer: Trainer, user_dir: Path) -> None:
    open_translated(qtbot, trainer, user_dir)
    page = page_of(trainer)
    form = page.translation_form
    type_into(qtbot, form.new_language, "FR")
    form.add_button.click()
    assert form.add_problem.text().startswith("'FR' is not a language code (did you mean 'fr'?)")
    assert page.draft.languages() == ["de"]
    type_into(qtbot, form.new_language, "en")
    form.add_button.click()
    assert "written in 'en' already" in form.add_problem.text()
    type_into(qtbot, form.new_language, "fr")
    form.add_button.click()
    assert page.draft.languages() == ["de", "fr"] and form.current_language() == "fr"
    assert form.edits[(None, "tr.fr.title")].text() == ""  # type: ignore[union-attr]
    type_into(qtbot, form.edits[(None, "tr.fr.title")], "x" * 201)
    assert not page.draft.result.ok
    assert "at most 200" in form.bindings[0].problems.text()
    page.draft.undo_stack.undo()
    page.draft.undo_stack.undo()
    assert page.draft.languages() == ["de"] and form.current_language() == "de"
