"""End to end: pick a routine, practise it through both hands and a counted step, finish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from handtrainer.core.model import Side
from handtrainer.core.session import CueKind, Phase
from tests.helpers.window import Trainer


def _pick(trainer: Trainer, qtbot: QtBot, routine_id: str) -> None:
    picker = trainer.window.picker
    assert picker.select_routine(routine_id)
    picker.view.setFocus()
    QTest.keyClick(picker.view, Qt.Key.Key_Return)
    assert trainer.window.current_page() is trainer.window.practice


def test_practice_from_picker_to_summary(trainer: Trainer, qtbot: QtBot) -> None:
    window = trainer.window
    _pick(trainer, qtbot, "e2e-practice")
    practice = window.practice
    panel = practice.timer_panel
    assert practice.title.text() == "Test practice"
    assert practice.step_list.count() == 3
    assert "each hand" in practice.step_list.item(0).text()
    assert "10 × 2 s" in practice.step_list.item(1).text()

    # Start: the cautions are asked for once, then the get-ready count runs.
    QTest.keyClick(practice.buttons["start-pause"], Qt.Key.Key_Space)
    assert trainer.prompts.cautions_shown == ["e2e-practice"]
    assert panel.phase_label.text() == "Get ready"
    assert panel.countdown.text() == "0:03"
    assert window.controller.timer_active

    # Work on the lead (right) hand.
    trainer.run_for(3.5)
    assert panel.phase_label.text() == "Rub"
    assert panel.side_badge.text() == "RIGHT HAND"
    assert practice.current_scene.side is Side.RIGHT
    assert practice.current_scene.zones == ("palm.center",)
    assert practice.step_list.current_step() == 0
    assert practice.step_list.currentRow() == 0
    assert panel.countdown.text() == "0:10"
    assert "Rub the centre of the palm" in panel.step_title.text()
    assert panel.next_label.text() == "Next: Rub the centre of the palm — Left hand"

    # The switch of hands, then the left hand.
    trainer.run_for(10)
    assert panel.phase_label.text() == "Switch hands"
    assert practice.current_scene.side is Side.LEFT
    trainer.run_for(2)
    assert panel.phase_label.text() == "Rub"
    assert panel.side_badge.text() == "LEFT HAND"
    assert practice.current_scene.side is Side.LEFT

    # The counted step: "4 of 10" after three full counts and a half.
    trainer.run_for(10 + 6.5)
    assert practice.step_list.current_step() == 1
    assert panel.repetition.text() == "4 of 10"
    assert panel.phase_label.text() == "Press"
    assert panel.side_badge.text() == "BOTH HANDS"
    assert practice.current_scene.side is Side.BOTH
    assert practice.current_scene.zones == ("palm.thenar",)

    # Pause: no timer runs and nothing moves however long we wait.
    QTest.keyClick(practice.step_list, Qt.Key.Key_Space)
    state = window.controller.state()
    assert state.paused
    assert not window.controller.timer_active
    assert trainer.timers.active() == []
    countdown = panel.countdown.text()
    trainer.clock.advance(60)
    window.controller.wake()
    assert panel.countdown.text() == countdown
    assert panel.phase_label.text().startswith("Paused")
    QTest.keyClick(practice.step_list, Qt.Key.Key_Space)
    assert not window.controller.state().paused

    # Jump with the step list.
    item = practice.step_list.item(2)
    rect = practice.step_list.visualItemRect(item)
    QTest.mouseClick(practice.step_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert practice.step_list.current_step() == 2
    assert practice.current_scene.side is Side.RIGHT
    assert str(practice.current_scene.view) == "back"

    # Finish: the summary shows.
    trainer.run_for(10)
    assert window.controller.state().phase is Phase.FINISHED
    assert not window.controller.timer_active
    assert window.current_page() is window.summary
    # Steps were jumped over, so the summary says how much was done, without praise.
    assert "Steps reached" in window.summary.details.text()
    assert window.summary.heading.text() == "Routine ended early"

    kinds = trainer.players[0].kinds()
    for kind in (
        CueKind.GET_READY,
        CueKind.STEP_STARTED,
        CueKind.SWITCH_HANDS,
        CueKind.REPETITION,
        CueKind.COUNTDOWN,
        CueKind.FINISHED,
    ):
        assert kind in kinds, kind
    assert kinds[-1] is CueKind.FINISHED

    # Practise again: cautions are not asked a second time.
    window.summary.again_button.click()
    assert trainer.prompts.cautions_shown == ["e2e-practice"]
    assert window.current_page() is practice
    assert window.controller.state().phase is Phase.GET_READY

    # Escape stops, a second Escape goes back to the library.
    QTest.keyClick(practice.step_list, Qt.Key.Key_Escape)
    assert window.controller.state().phase is Phase.STOPPED
    assert not window.controller.timer_active
    QTest.keyClick(practice.step_list, Qt.Key.Key_Escape)
    assert window.current_page() is window.picker


def test_cautions_not_acknowledged_do_not_start(trainer: Trainer, qtbot: QtBot) -> None:
    trainer.prompts.acknowledge = False
    _pick(trainer, qtbot, "e2e-practice")
    trainer.window.practice.start_action.trigger()
    assert trainer.window.controller.state().phase is Phase.IDLE
    assert not trainer.window.controller.timer_active
    assert "cautions" in trainer.window.statusBar().currentMessage()


def test_routine_without_cautions_starts_without_asking(trainer: Trainer, qtbot: QtBot) -> None:
    _pick(trainer, qtbot, "e2e-partner")
    trainer.window.practice.start_action.trigger()
    assert trainer.prompts.cautions_shown == []
    assert trainer.window.controller.state().phase is Phase.GET_READY


def test_keyboard_previous_next_restart(trainer: Trainer, qtbot: QtBot) -> None:
    _pick(trainer, qtbot, "e2e-practice")
    practice = trainer.window.practice
    controller = trainer.window.controller
    QTest.keyClick(practice, Qt.Key.Key_Space)
    trainer.run_for(4)
    assert controller.state().step_index == 0
    QTest.keyClick(practice.step_list, Qt.Key.Key_Right)
    after_next = controller.state()
    assert (after_next.step_index, after_next.side) != (
        0,
        Side.RIGHT,
    ) or after_next.phase is not Phase.WORK
    QTest.keyClick(practice.step_list, Qt.Key.Key_Left)
    back = controller.state()
    assert back.step_index == 0 and back.side is Side.RIGHT
    trainer.run_for(4)
    QTest.keyClick(practice.step_list, Qt.Key.Key_R)
    assert practice.timer_panel.countdown.text() == "0:10"


def test_step_list_enter_jumps(trainer: Trainer, qtbot: QtBot) -> None:
    _pick(trainer, qtbot, "e2e-practice")
    practice = trainer.window.practice
    practice.start_action.trigger()
    practice.step_list.setFocus()
    practice.step_list.setCurrentRow(1)
    QTest.keyClick(practice.step_list, Qt.Key.Key_Return)
    assert trainer.window.controller.state().step_index == 1
    assert practice.step_list.current_step() == 1


def test_tooltips_name_the_shortcuts(trainer: Trainer, qtbot: QtBot) -> None:
    _pick(trainer, qtbot, "e2e-partner")
    practice = trainer.window.practice
    expected = {
        "start-pause": "Space",
        "previous": "Left",
        "next": "Right",
        "restart-step": "R",
        "stop": "Esc",
    }
    for name, key in expected.items():
        assert f"({key})" in practice.buttons[name].toolTip(), name
        assert practice.buttons[name].accessibleName()
    window = trainer.window
    assert "Ctrl+O" in window.menus.open_action.toolTip()
    assert "Ctrl+P" in window.menus.print_action.toolTip()
    assert "F11" in window.menus.full_screen_action.toolTip()


def test_the_voice_praises_a_full_run_and_not_a_skip_through(
    trainer: Trainer, qtbot: QtBot
) -> None:
    window, voice = trainer.window, trainer.players[0]
    _pick(trainer, qtbot, "e2e-practice")
    window.start_routine()
    trainer.run_for(120)  # the whole routine, every step for its full time
    assert window.controller.state().phase is Phase.FINISHED
    assert window.summary.heading.text() == "Well done"
    assert voice.spoken[-1] == "Routine finished. Well done."

    window.summary.again_button.click()
    for _ in range(6):  # Next through every step and hand
        window.controller.next()
    trainer.run_for(1)
    assert window.controller.state().phase is Phase.FINISHED
    assert window.summary.heading.text() == "Routine ended early"
    assert voice.spoken[-1] == "Routine finished."


def test_the_start_button_is_left_alone_while_a_routine_runs(
    trainer: Trainer, qtbot: QtBot
) -> None:
    """Each tick used to give the button a new icon: a pixmap and a connection a second."""
    _pick(trainer, qtbot, "e2e-practice")
    practice = trainer.window.practice
    QTest.keyClick(practice.buttons["start-pause"], Qt.Key.Key_Space)
    trainer.run_for(3.5)  # working now: the button says Pause
    action = practice.start_action
    assert action.iconText() == "Pause"
    icon_key = action.icon().cacheKey()
    changes: list[None] = []
    action.changed.connect(lambda: changes.append(None))
    trainer.run_for(8)  # eight ticks of the same step
    assert changes == []
    assert action.icon().cacheKey() == icon_key
    QTest.keyClick(practice.buttons["start-pause"], Qt.Key.Key_Space)  # pause
    assert action.iconText() == "Resume" and action.icon().cacheKey() != icon_key
