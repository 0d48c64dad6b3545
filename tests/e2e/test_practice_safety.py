"""Ways into and out of a run: the step list, Escape, the library, closing, long words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.core.session import Phase
from tests.helpers.window import Trainer, build_trainer


def _open(trainer: Trainer, routine_id: str = "e2e-practice") -> None:
    assert trainer.window.open_routine_by_id(routine_id)


def _click_step(trainer: Trainer, row: int) -> None:
    step_list = trainer.window.practice.step_list
    rect = step_list.visualItemRect(step_list.item(row))
    QTest.mouseClick(step_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_step_when_nothing_runs_shows_it_without_starting(trainer: Trainer) -> None:
    _open(trainer)
    practice = trainer.window.practice
    _click_step(trainer, 2)
    assert trainer.window.controller.state().phase is Phase.IDLE
    assert not trainer.window.controller.timer_active
    assert trainer.prompts.cautions_shown == []  # nothing started, nothing to acknowledge
    assert practice.previewed_step == 2
    assert "Step 3 of 3: Stroke the back of the hand" in practice.timer_panel.step_title.text()
    assert "wrist to the knuckles" in practice.timer_panel.instruction.text()
    assert practice.current_scene is not None and practice.current_scene.zones == ("back.hand",)


def test_starting_after_choosing_a_step_goes_through_the_cautions(trainer: Trainer) -> None:
    _open(trainer)
    _click_step(trainer, 1)
    trainer.window.practice.start_action.trigger()
    assert trainer.prompts.cautions_shown == ["e2e-practice"]
    assert trainer.window.controller.state().phase is Phase.GET_READY
    assert trainer.window.practice.previewed_step is None


def test_clicking_a_step_during_a_run_goes_to_it(trainer: Trainer) -> None:
    _open(trainer)
    trainer.window.practice.start_action.trigger()
    trainer.run_for(4)
    _click_step(trainer, 2)
    state = trainer.window.controller.state()
    assert state.phase is Phase.WORK and state.step_index == 2


def test_escape_asks_and_keeping_going_loses_nothing(trainer: Trainer) -> None:
    _open(trainer)
    practice = trainer.window.practice
    practice.start_action.trigger()
    trainer.run_for(5)
    before = trainer.window.controller.state()
    trainer.prompts.stop = False
    QTest.keyClick(practice.step_list, Qt.Key.Key_Escape)
    after = trainer.window.controller.state()
    assert trainer.prompts.stops_asked == [1]
    assert after.phase is before.phase and after.step_index == before.step_index
    assert not after.paused and trainer.window.controller.timer_active
    assert abs(after.routine_elapsed - before.routine_elapsed) < 1e-6
    trainer.prompts.stop = True
    QTest.keyClick(practice.step_list, Qt.Key.Key_Escape)
    assert trainer.window.controller.state().phase is Phase.STOPPED


def test_escape_while_paused_asks_and_stays_paused(trainer: Trainer) -> None:
    _open(trainer)
    practice = trainer.window.practice
    practice.start_action.trigger()
    trainer.window.controller.pause()
    trainer.prompts.stop = False
    QTest.keyClick(practice.step_list, Qt.Key.Key_Escape)
    assert trainer.window.controller.state().paused


def test_going_back_to_the_library_mid_routine_asks(trainer: Trainer) -> None:
    _open(trainer)
    trainer.window.practice.start_action.trigger()
    trainer.prompts.stop = False
    trainer.window.practice.library_action.trigger()
    assert trainer.window.current_page() is trainer.window.practice
    assert trainer.window.controller.state().phase is Phase.GET_READY
    trainer.prompts.stop = True
    trainer.window.practice.library_action.trigger()
    assert trainer.window.current_page() is trainer.window.picker


def test_opening_another_routine_mid_routine_asks(trainer: Trainer) -> None:
    _open(trainer)
    trainer.window.practice.start_action.trigger()
    trainer.prompts.stop = False
    assert trainer.window.open_routine_by_id("e2e-partner")
    assert trainer.window.controller.routine is not None
    assert trainer.window.controller.routine.id == "e2e-practice"


def test_closing_the_window_mid_routine_asks(trainer: Trainer) -> None:
    _open(trainer)
    trainer.window.practice.start_action.trigger()
    trainer.prompts.stop = False
    event = QCloseEvent()
    trainer.window.closeEvent(event)
    assert not event.isAccepted()
    assert trainer.window.controller.state().phase is Phase.GET_READY
    assert trainer.window.controller.timer_active
    trainer.prompts.stop = True
    event = QCloseEvent()
    trainer.window.closeEvent(event)
    assert event.isAccepted()


def test_closing_when_nothing_runs_does_not_ask(trainer: Trainer) -> None:
    _open(trainer)
    event = QCloseEvent()
    trainer.window.closeEvent(event)
    assert event.isAccepted() and trainer.prompts.stops_asked == []


# ------------------------------------------------------------------- long words

WORD = "Massage" * 685  # 4,795 characters without a break
SHORT = "Massage" * 27  # as long as a title may be


def _long_word_routine(folder: Path) -> Path:
    text = f"""\
handtrainer: 1
id: long-word
title: Long {SHORT}
summary: A routine with a very long word.
steps:
  - title: Step {SHORT}
    instruction: Press {WORD} gently.
    tradition: Said {WORD}.
    technique: press
    hand: each
    zones: [palm.center]
    duration: 5s
  - title: Then {SHORT}
    instruction: Rub.
    technique: rub
    duration: 5s
"""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "long-word.yaml"
    path.write_text(text, encoding="utf-8")
    return folder


def test_a_very_long_word_never_widens_the_window_past_the_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    library = load_library(
        [_long_word_routine(tmp_path / "routines")], include_user=False, bundled_dir=tmp_path
    )
    trainer = build_trainer(qtbot, tmp_path / "state", library)
    window = trainer.window
    screen = window.screen().availableGeometry()
    window.fit_to_screen()  # the test helper sizes the window for a larger screen
    assert window.open_routine_by_id("long-word")
    window.practice.start_action.trigger()
    trainer.run_for(2)
    for _ in range(3):
        QTest.qWait(0)  # let layouts settle (no timer involved)
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.width() <= screen.width()
    assert window.practice.minimumSizeHint().width() <= screen.width()
    # The words are all there, only broken where they must be.
    shown = window.practice.timer_panel.instruction.text().replace("\u200b", "")
    assert WORD in shown


def test_the_default_size_fits_a_small_screen(qtbot: QtBot, tmp_path: Path) -> None:
    library = load_library([], include_user=False, bundled_dir=tmp_path)
    trainer = build_trainer(qtbot, tmp_path / "state", library)
    window = trainer.window
    screen = window.screen().availableGeometry()
    window.fit_to_screen(1200, 760)  # the size a first start asks for
    assert window.width() <= screen.width() and window.height() <= screen.height()
    window.resize(5000, 5000)  # as restored from a larger monitor
    window.fit_to_screen()
    assert window.width() <= screen.width() and window.height() <= screen.height()


def test_a_very_long_word_in_the_cautions_keeps_the_dialog_on_screen(qtbot: QtBot) -> None:
    from handtrainer.core.model import Routine, Step, Technique
    from handtrainer.ui.dialogs.cautions_dialog import CautionsDialog

    step = Step(title="Rub", instruction="Rub.", technique=Technique.RUB, duration=10)
    routine = Routine(
        id="long", title="Long", summary="", steps=(step,), cautions=(f"Stop {WORD}.",)
    )
    dialog = CautionsDialog(routine)
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().width() <= dialog.screen().availableGeometry().width()


def test_wrapping_keeps_every_character() -> None:
    from handtrainer.ui.wrapping import ZERO_WIDTH_SPACE, breakable, shortened

    assert breakable("short words stay as they are") == "short words stay as they are"
    wrapped = breakable(f"a {WORD} b")
    assert wrapped.replace(ZERO_WIDTH_SPACE, "") == f"a {WORD} b"
    assert max(len(part) for part in wrapped.split(ZERO_WIDTH_SPACE)) <= 14
    assert shortened("abcdef", 4) == "abc…" and shortened("abc", 4) == "abc"
