"""A therapist fills in the client program in the editor; the file and the sheet carry it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from handtrainer.core.loader import load_routine_file
from handtrainer.core.model import Origin, PracticePlan, Weekday
from tests.helpers.window import Trainer
from tests.ui.editor.conftest import page_of
from tests.ui.editor.test_editor_flow import type_into


def test_the_client_program_is_saved_with_the_routine(
    qtbot: QtBot, trainer: Trainer, user_dir: Path, tmp_path: Path
) -> None:
    window = trainer.window
    window.picker.select_routine("desk-reset")
    window.editing.duplicate()
    page = page_of(trainer)
    page.right.setCurrentIndex(1)  # the Routine tab
    form = page.routine_form
    type_into(qtbot, form.widgets["plan.for"], "Sam")
    type_into(qtbot, form.widgets["plan.how_often"], "twice a day")
    type_into(qtbot, form.widgets["plan.times_per_week"], "14")
    form.day_boxes["monday"].click()
    form.day_boxes["thursday"].click()
    type_into(qtbot, form.widgets["plan.note"], "Gently on the right thumb.")
    trainer.prompts.save_path = tmp_path / "for-sam.yaml"
    page.actions_by_name["save-as"].trigger()
    routine = load_routine_file(tmp_path / "for-sam.yaml", Origin.EXTRA).routine
    assert routine is not None
    assert routine.plan == PracticePlan(
        "Sam", 14, "twice a day", (Weekday.MONDAY, Weekday.THURSDAY), "Gently on the right thumb."
    )
    assert not page.draft.is_modified()
    form.widgets["plan.times_per_week"].setFocus()
    type_into(qtbot, form.widgets["plan.times_per_week"], "100")
    problems = form.bindings["plan.times_per_week"].problems
    assert problems.isVisibleTo(page) and "too many" in problems.text()
    QTest.keySequence(page, "Ctrl+Z")
    assert not problems.isVisibleTo(page)
