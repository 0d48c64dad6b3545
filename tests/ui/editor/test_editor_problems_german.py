"""In a German interface the editor shows the checker's problems in German, each next
to the field it is about (found by the field the checker names, not by its words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from handtrainer.ui.editor.draft_state import blank_state, check_state, state_from_routine
from tests.helpers.german import german_interface
from tests.helpers.window import Trainer
from tests.ui.editor.conftest import page_of


def type_into(qtbot: QtBot, edit: object, text: str) -> None:
    """Replace what a one-line field holds by typing, as a person does."""
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, text)


@pytest.mark.timeout(60)
def test_a_new_routine_names_what_is_missing_by_field_in_german(qapp: object) -> None:
    state = blank_state()
    state["steps"][0]["duration"] = ""
    with german_interface():
        result = check_state(state, Path("neu.yaml"))
    assert result.messages(None, "title") == [
        "Routine: das Feld „title“ fehlt; es ist erforderlich"
    ]
    assert result.messages(0, "instruction") == [
        "Schritt 1: das Feld „instruction“ fehlt; es ist erforderlich"
    ]
    assert result.messages(0, "technique")[0].startswith("Schritt 1: das Feld „technique“ fehlt")
    assert result.messages(0, "duration")[0].startswith("Schritt 1: keine Länge angegeben")


@pytest.mark.timeout(60)
def test_a_warning_is_marked_in_german(trainer: Trainer) -> None:
    routine = trainer.window.library.get("desk-reset")
    assert routine is not None
    state = state_from_routine(routine)
    zone = "palm.center"
    state["steps"][0].update(view="palm", zones=[zone, zone])
    with german_interface():
        result = check_state(state, Path("desk-reset.yaml"))
    assert result.ok
    assert result.messages(0, "zones") == [f"Warnung: die Zone „{zone}“ steht zweimal in der Liste"]


@pytest.mark.timeout(60)
def test_the_editor_shows_a_field_problem_in_german(qtbot: QtBot, trainer: Trainer) -> None:
    window = trainer.window
    window.picker.select_routine("desk-reset")
    window.editing.edit()
    page = page_of(trainer)
    form = page.step_form
    with german_interface():
        type_into(qtbot, form.widgets["duration"], "3 Stunden")
        problems = form.bindings["duration"].problems
        assert problems.isVisibleTo(page)
        assert problems.text() == (
            "„duration“: „3 Stunden“ ist keine Dauer; schreiben Sie z. B. 30s, 1m oder 1m30s"
        )
        type_into(qtbot, form.widgets["title"], "")
        assert form.bindings["title"].problems.text() == (
            "Schritt 1: das Feld „title“ fehlt; es ist erforderlich"
        )


@pytest.mark.timeout(60)
def test_no_row_of_the_german_step_form_repeats_a_choice_as_its_label(qapp: object) -> None:
    # "Dauer: (•) Dauer ( ) Gezählt": the row's label said the same as its first choice.
    from PySide6.QtWidgets import QFormLayout, QLabel, QRadioButton

    from handtrainer.ui.editor.draft import RoutineDraft
    from handtrainer.ui.editor.step_form import StepForm

    def plain(text: str) -> str:
        return text.replace("&", "").rstrip(":").strip()

    with german_interface():
        form = StepForm(RoutineDraft(blank_state(), Path("neu.yaml")))
    repeats = []
    rows = form.form
    for row in range(rows.rowCount()):
        label = rows.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = rows.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None or not isinstance(label.widget(), QLabel):
            continue
        inner = field.layout()
        widgets = [inner.itemAt(i).widget() for i in range(inner.count())] if inner else []
        choices = {plain(w.text()) for w in widgets if isinstance(w, QRadioButton)}
        if plain(label.widget().text()) in choices:
            repeats.append(label.widget().text())
    assert plain(form.counted.text()) == "Gezählt"  # the German catalogue was in use
    assert repeats == []
    form.deleteLater()
