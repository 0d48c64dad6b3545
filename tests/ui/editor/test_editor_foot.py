"""The editor follows the routine's map: a foot routine offers the foot's views, feet
and zones, and its preview draws the foot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from handtrainer.core.loader import load_routine_file
from handtrainer.core.model import Origin, View
from tests.helpers.foot_routine import write_foot_routine
from tests.helpers.window import Trainer
from tests.ui.editor.conftest import page_of, point_of, reload_library
from tests.ui.editor.test_editor_flow import choose, type_into


def items(combo: object) -> list[str]:
    assert isinstance(combo, QComboBox)
    return [combo.itemData(i) for i in range(combo.count())]


def test_a_foot_routine_edits_on_the_foot(qtbot: QtBot, trainer: Trainer, user_dir: Path) -> None:
    write_foot_routine(user_dir)
    reload_library(qtbot, trainer, user_dir)
    window = trainer.window
    window.picker.select_routine("foot-test")
    window.editing.edit()
    page = page_of(trainer)
    form = page.step_form
    assert items(form.widgets["view"]) == ["sole", "top"]
    hand = form.widgets["hand"]
    assert isinstance(hand, QComboBox) and hand.itemText(0) == "Each foot in turn"
    diagram = page.picker.diagram
    assert diagram.scene().view is View.SOLE and "foot.sole" in diagram.scene().zones
    assert form.add_zone.findData("foot.heel") > 0 and form.add_zone.findData("palm.center") < 0
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=point_of(diagram, "foot.heel"))
    assert "foot.heel" in page.draft.value(0, "zones")
    choose(form.widgets["view"], "top")
    assert diagram.scene().view is View.TOP
    assert form.add_zone.findData("leg.shin") > 0
    added = page.draft.add_step()
    assert page.draft.value(added, "view") == "top"  # a new step keeps the view before it


def test_a_new_routine_on_the_foot(qtbot: QtBot, trainer: Trainer, user_dir: Path) -> None:
    QTest.keySequence(trainer.window, "Ctrl+N")
    page = page_of(trainer)
    routine_form, form = page.routine_form.widgets, page.step_form.widgets
    assert items(form["view"]) == ["palm", "back"]
    type_into(qtbot, routine_form["title"], "Warm feet")
    type_into(qtbot, routine_form["summary"], "Strokes for tired feet.")
    choose(routine_form["map"], "foot")
    assert items(form["view"]) == ["sole", "top"]
    choose(form["view"], "sole")
    type_into(qtbot, form["title"], "Stroke the sole")
    type_into(qtbot, form["instruction"], "Stroke from the heel to the toes.")
    choose(form["technique"], "stroke")
    page.step_form.add_path.activated.emit(page.step_form.add_path.findData("foot.heel"))
    page.step_form.add_path.activated.emit(page.step_form.add_path.findData("foot.ball"))
    assert page.picker.diagram.scene().path == ("foot.heel", "foot.ball")
    QTest.keySequence(page, "Ctrl+S")
    saved = user_dir / "warm-feet.yaml"
    assert saved.is_file(), page.status.text()
    result = load_routine_file(saved, Origin.USER)
    assert result.ok, [str(p) for p in result.problems]
    assert result.routine is not None and result.routine.map.value == "foot"
    assert result.routine.steps[0].path == ("foot.heel", "foot.ball")


def test_the_hand_field_is_called_foot_on_the_foot(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    QTest.keySequence(trainer.window, "Ctrl+N")
    page = page_of(trainer)
    form = page.step_form
    assert form.widgets["hand"].accessibleName() == "Hand"
    choose(page.routine_form.widgets["map"], "foot")
    assert form.widgets["hand"].accessibleName() == "Foot"
    assert page.draft.value(0, "view") == "sole"  # the blank step moved to the foot's sole
    page.draft.undo_stack.undo()  # one undo takes the map and the views back together
    assert page.draft.value(0, "view") == "palm"
    assert form.widgets["hand"].accessibleName() == "Hand"


def test_the_routine_fields_say_feet_on_the_foot(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    QTest.keySequence(trainer.window, "Ctrl+N")
    page = page_of(trainer)
    fields = page.routine_form.widgets
    audience, order = fields["audience"], fields["order"]
    assert isinstance(audience, QComboBox) and isinstance(order, QComboBox)

    def words() -> list[str]:
        return [audience.itemText(i) for i in range(audience.count())] + [
            str(order.itemText(i)) + " " + str(order.itemData(i, Qt.ItemDataRole.ToolTipRole))
            for i in range(order.count())
        ]

    assert words()[:3] == ["Your own hands", "A partner's hands", "A baby's hands"]
    choose(fields["map"], "foot")
    assert words()[:3] == ["Your own feet", "A partner's feet", "A baby's feet"]
    assert "Foot by foot" in words()[4]
    assert not [w for w in words() if "hand" in w.lower()]
    assert items(audience) == ["self", "partner", "infant"]  # the values are the same
    page.draft.undo_stack.undo()
    assert words()[:3] == ["Your own hands", "A partner's hands", "A baby's hands"]
