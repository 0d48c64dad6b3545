"""The editor on the real window: build, adapt, undo, check, save and find routines."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from handtrainer.core.loader import load_routine_file
from handtrainer.core.model import Origin, View
from tests.helpers.window import Trainer
from tests.ui.editor.conftest import page_of, point_of, reload_library, settle

if TYPE_CHECKING:
    from handtrainer.ui.editor.editor_page import EditorPage


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    else:
        widget.selectAll()
    QTest.keyClicks(widget, text)


def choose(combo: object, value: str) -> None:
    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_routine_from_nothing_by_clicking_the_diagram(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    window = trainer.window
    QTest.keySequence(window, "Ctrl+N")
    page = page_of(trainer)
    routine_form, step_form = page.routine_form.widgets, page.step_form.widgets
    type_into(qtbot, routine_form["title"], "Evening calm")
    type_into(qtbot, routine_form["summary"], "Two quiet minutes before sleep.")
    type_into(qtbot, step_form["title"], "Press the palm centre")
    type_into(qtbot, step_form["instruction"], "Press the centre of the palm and breathe.")
    choose(step_form["technique"], "press")

    diagram = page.picker.diagram
    for zone in ("palm.center", "palm.thenar"):
        qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=point_of(diagram, zone))
    assert page.draft.value(0, "zones") == ["palm.center", "palm.thenar"]
    assert diagram.scene().zones == ("palm.center", "palm.thenar")

    page.picker.path_mode.click()
    for zone in ("palm.heel", "palm.center"):
        qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=point_of(diagram, zone))
    assert page.draft.value(0, "path") == ["palm.heel", "palm.center"]
    assert diagram.scene().path == ("palm.heel", "palm.center")
    assert diagram.is_animated()  # the arrow moves at once
    assert page.length.text() == "Length: 1 min"  # 30 s on each hand

    QTest.keySequence(page, "Ctrl+S")
    saved = user_dir / "evening-calm.yaml"
    assert saved.is_file(), page.status.text()
    text = saved.read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    result = load_routine_file(saved, Origin.USER)
    assert result.ok and result.problems == ()

    reload_library(qtbot, trainer, user_dir)  # as after a restart
    found = window.library.get("evening-calm")
    assert found is not None and found.steps[0].path == ("palm.heel", "palm.center")
    assert found == result.routine


def test_editing_a_bundled_routine_saves_an_override_and_reverts(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    window = trainer.window
    bundled = window.library.get("desk-reset")
    assert bundled is not None and bundled.origin is Origin.BUNDLED
    window.picker.select_routine("desk-reset")
    QTest.keySequence(window, "Ctrl+Shift+E")
    page = page_of(trainer)
    assert "bundled routine" in page.banner.text()
    type_into(qtbot, page.step_form.widgets["duration"], "45s")
    assert page.draft.is_modified()
    QTest.keySequence(page, "Ctrl+S")
    copy = user_dir / "desk-reset.yaml"
    assert copy.is_file()
    assert "replaces the bundled routine" in page.banner.text()
    assert page.revert_button.isVisibleTo(page)

    reload_library(qtbot, trainer, user_dir)
    mine = window.library.get("desk-reset")
    assert mine is not None and mine.origin is Origin.USER
    assert mine.steps[0].duration == 45.0
    assert any("replaces the bundled routine" in n for n in window.library.library().notices)

    trainer.prompts.confirm_answer = True
    page.revert_button.click()
    assert not copy.exists()
    reload_library(qtbot, trainer, user_dir)
    back = window.library.get("desk-reset")
    assert back is not None and back.origin is Origin.BUNDLED and back == bundled


def test_duplicate_makes_a_new_routine_to_adapt(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    window = trainer.window
    window.picker.select_routine("desk-reset")
    window.findChild(object, "duplicate-routine")  # the menu entry exists
    window.editing.duplicate()
    page = page_of(trainer)
    assert page.draft.value(None, "id") == "desk-reset-copy"
    assert page.draft.is_modified()
    type_into(qtbot, page.step_form.widgets["duration"], "1m")
    QTest.keySequence(page, "Ctrl+S")
    saved = load_routine_file(user_dir / "desk-reset-copy.yaml", Origin.USER).routine
    assert saved is not None and saved.steps[0].duration == 60.0
    assert window.library.get("desk-reset") is not None


def test_undo_and_redo_across_several_edits(qtbot: QtBot, trainer: Trainer) -> None:
    window = trainer.window
    window.picker.select_routine("desk-reset")
    window.editing.edit()
    page = page_of(trainer)
    draft = page.draft
    original = draft.state
    type_into(qtbot, page.step_form.widgets["title"], "Warm up")  # one step for all the typing
    draft.toggle_zone(0, "palm.center")
    page.actions_by_name["add-step"].trigger()
    page.select_step(0)
    page.steps.setFocus()
    QTest.keyClick(page.steps, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    edited = draft.state
    assert draft.undo_stack.count() == 4
    assert edited["steps"][1]["title"] == "Warm up"
    for _ in range(4):
        QTest.keySequence(page, "Ctrl+Z")
    assert draft.state == original and not draft.is_modified()
    assert page.current_step() == 0  # each undo shows the step it changed
    assert page.step_form.widgets["title"].text() == original["steps"][0]["title"]
    for _ in range(4):
        QTest.keySequence(page, "Ctrl+Shift+Z")
    assert draft.state == edited
    assert page.current_step() == 1  # the moved step, where the last redo put it


def test_an_invalid_field_shows_its_message_and_blocks_nothing_else(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    window = trainer.window
    window.picker.select_routine("desk-reset")
    window.editing.edit()
    page = page_of(trainer)
    form = page.step_form
    type_into(qtbot, form.widgets["duration"], "3 hours")
    problems = form.bindings["duration"].problems
    assert problems.isVisibleTo(page)
    assert problems.text() == (
        "'duration': '3 hours' is not a length of time; write e.g. 30s, 1m or 1m30s"
    )
    type_into(qtbot, form.widgets["title"], "Still editable")
    assert page.draft.value(0, "title") == "Still editable"
    assert not form.bindings["title"].problems.isVisibleTo(page)
    assert "1 problem" in page.status.text()
    QTest.keySequence(page, "Ctrl+S")
    assert not (user_dir / "desk-reset.yaml").exists()
    assert "Not saved" in page.status.text()
    type_into(qtbot, form.widgets["duration"], "2m")
    assert not problems.isVisibleTo(page)
    assert page.draft.routine() is not None


def test_a_commented_hand_written_file_keeps_its_comments(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    text = (
        "# For Sam, after the wrist fracture.\n"
        "handtrainer: 1\n"
        "title: Sam's hands   # keep it short\n"
        "summary: Gentle work for Sam.\n"
        "steps:\n"
        "  # The warm-up first.\n"
        "  - title: Warm up\n"
        "    instruction: Rub the palms together.\n"
        "    technique: rub\n"
        "    hand: both\n"
        "    duration: 30s   # half a minute\n"
    )
    path = user_dir / "sams-hands.yaml"
    path.write_text(text, "utf-8")
    reload_library(qtbot, trainer, user_dir)
    window = trainer.window
    routine = window.library.get("sams-hands")
    assert routine is not None
    window.editing.edit(routine)
    page = page_of(trainer)
    assert not page.banner.isVisibleTo(page)
    type_into(qtbot, page.step_form.widgets["duration"], "40s")
    QTest.keySequence(page, "Ctrl+S")
    saved = path.read_text("utf-8")
    for comment in (
        "# For Sam, after the wrist fracture.",
        "# keep it short",
        "  # The warm-up first.",
        "duration: 40s   # half a minute",
    ):
        assert comment in saved


def test_a_file_it_cannot_keep_whole_opens_read_only(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    path = user_dir / "listed.yaml"
    path.write_text(
        "handtrainer: 1\ntitle: Listed\nsummary: S.\nsteps:\n"
        "  - title: T\n    instruction: I.\n    technique: rub\n    duration: 20s\n"
        "    zones: [palm.center,  # the middle\n      palm.thenar]\n",
        "utf-8",
    )
    reload_library(qtbot, trainer, user_dir)
    routine = trainer.window.library.get("listed")
    assert routine is not None
    before = path.read_text("utf-8")
    trainer.window.editing.edit(routine)
    page = page_of(trainer)
    assert "Read-only" in page.banner.text() and "# the middle" in page.banner.text()
    type_into(qtbot, page.step_form.widgets["title"], "Changed")
    QTest.keySequence(page, "Ctrl+S")
    assert path.read_text("utf-8") == before
    assert "Save As" in page.status.text()
    trainer.prompts.save_path = user_dir / "listed-copy.yaml"
    page.actions_by_name["save-as"].trigger()
    copy = load_routine_file(user_dir / "listed-copy.yaml", Origin.USER).routine
    assert copy is not None and copy.steps[0].title == "Changed"


def _unsaved_desk_reset(qtbot: QtBot, trainer: Trainer) -> EditorPage:
    """Desk reset open in the editor with a changed step title, and "cancel" the answer
    to the question about unsaved changes."""
    trainer.window.picker.select_routine("desk-reset")
    trainer.window.editing.edit()
    page = page_of(trainer)
    type_into(qtbot, page.step_form.widgets["title"], "Changed")
    trainer.prompts.unsaved_answer = "cancel"
    return page


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, trainer: Trainer) -> None:
    window = trainer.window
    page = _unsaved_desk_reset(qtbot, trainer)
    page.actions_by_name["close-editor"].trigger()
    assert window.current_page() is page
    window.close()
    assert window.isVisible()
    assert trainer.prompts.unsaved_asked == ["Desk reset", "Desk reset"]
    trainer.prompts.unsaved_answer = "discard"
    page.actions_by_name["close-editor"].trigger()
    settle()
    assert window.current_page() is window.picker


def test_playing_a_step_returns_to_the_editor(qtbot: QtBot, trainer: Trainer) -> None:
    window = trainer.window
    window.picker.select_routine("desk-reset")
    window.editing.edit()
    page = page_of(trainer)
    page.select_step(2)
    page.actions_by_name["play-step"].trigger()
    routine = window.controller.routine
    assert routine is not None and len(routine.steps) == 1
    assert routine.steps[0].title == page.draft.value(2, "title")
    window.show_library()  # Back
    assert window.current_page() is page
    page.actions_by_name["play-from-here"].trigger()
    state = window.controller.state()
    assert state is not None and window.controller.routine is not None
    assert len(window.controller.routine.steps) == page.draft.step_count()
    assert state.step_index == 2


def test_ctrl_z_in_a_text_field_undoes_the_routine(qtbot: QtBot, trainer: Trainer) -> None:
    window = trainer.window
    window.picker.select_routine("desk-reset")
    window.editing.edit()
    page = page_of(trainer)
    title = page.step_form.widgets["title"]
    before = page.draft.value(0, "title")
    type_into(qtbot, title, "Changed")
    assert page.draft.value(0, "title") == "Changed"
    QTest.keySequence(title, "Ctrl+Z")
    assert page.draft.value(0, "title") == before
    assert title.text() == before  # the field shows what the routine says
    QTest.keySequence(title, "Ctrl+Shift+Z")
    assert page.draft.value(0, "title") == title.text() == "Changed"


def test_every_focusable_control_of_the_editor_has_a_name(trainer: Trainer) -> None:
    from PySide6.QtWidgets import QWidget

    window = trainer.window
    window.editing.new_routine()
    page = page_of(trainer)
    for tab in (0, 1):
        page.right.setCurrentIndex(tab)
        page.left.setCurrentIndex(tab)
        for widget in page.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page):
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                assert name, f"{type(widget).__name__} {widget.objectName()} has no name"


def test_steps_by_keyboard_and_zones_by_list(qtbot: QtBot, trainer: Trainer) -> None:
    window = trainer.window
    window.picker.select_routine("desk-reset")
    window.editing.edit()
    page = page_of(trainer)
    count = page.draft.step_count()
    page.select_step(1)
    page.steps.setFocus()
    QTest.keyClick(page.steps, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.draft.step_count() == count + 1
    assert page.draft.step(2) == page.draft.step(1) and page.current_step() == 2
    QTest.keyClick(page.steps, Qt.Key.Key_Delete)
    assert page.draft.step_count() == count
    form = page.step_form
    index = form.add_zone.findData("palm.center")
    assert index > 0
    form.add_zone.activated.emit(index)
    assert "palm.center" in page.draft.value(page.current_step(), "zones")
    for zone in ("palm.heel", "palm.center"):
        form.add_path.activated.emit(form.add_path.findData(zone))
    assert page.draft.value(page.current_step(), "path")[-2:] == ["palm.heel", "palm.center"]
    choose(form.widgets["view"], "back")
    assert form.add_zone.findData("point.li4") > 0  # the list follows the view
    assert page.picker.diagram.scene().view.value == "back"


def test_hovering_names_a_zone_and_only_the_views_zones_are_found(
    qtbot: QtBot, trainer: Trainer
) -> None:
    from handtrainer.core.zones import ZONES, zone_name

    window = trainer.window
    window.editing.new_routine()
    page = page_of(trainer)
    diagram = page.picker.diagram
    qtbot.mouseMove(diagram, point_of(diagram, "palm.center"))
    assert diagram.toolTip() == zone_name("palm.center")
    assert diagram.scene().view.value == "palm"
    found = {
        diagram.zone_at(QPointF(x, y))
        for x in range(0, diagram.width(), 6)
        for y in range(0, diagram.height(), 6)
    } - {None}
    assert found and all(ZONES[z].views & {View.PALM} for z in found)


def test_a_new_routine_never_replaces_another_file_unasked(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    window = trainer.window
    for title in ("First one", "Second one"):
        window.editing.new_routine()
        page = page_of(trainer)
        type_into(qtbot, page.routine_form.widgets["title"], title)
        type_into(qtbot, page.routine_form.widgets["summary"], "A summary.")
        type_into(qtbot, page.routine_form.widgets["id"], "same-id")
        type_into(qtbot, page.step_form.widgets["title"], "Step")
        type_into(qtbot, page.step_form.widgets["instruction"], "Do it.")
        choose(page.step_form.widgets["technique"], "rub")
        trainer.prompts.confirm_answer = False
        QTest.keySequence(page, "Ctrl+S")
    assert sorted(p.name for p in user_dir.iterdir()) == ["same-id.yaml"]
    assert "First one" in (user_dir / "same-id.yaml").read_text("utf-8")
    assert "choose another id" in page.status.text()
    trainer.prompts.unsaved_answer = "discard"


def test_the_library_key_from_the_editor_leaves_it_as_close_editor_does(
    qtbot: QtBot, trainer: Trainer
) -> None:
    window = trainer.window
    page = _unsaved_desk_reset(qtbot, trainer)
    window.menus.library_action.trigger()  # View > Routine library, Ctrl+L
    assert window.current_page() is page and window.editing.is_open()
    assert trainer.prompts.unsaved_asked == ["Desk reset"]
    trainer.prompts.unsaved_answer = "discard"
    window.menus.library_action.trigger()
    settle()
    assert window.current_page() is window.picker
    assert not window.editing.is_open()  # not left behind, hidden, with its draft
