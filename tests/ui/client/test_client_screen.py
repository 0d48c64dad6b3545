"""The client screen: follows the practice page, large, and never shows therapist notes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.core.model import Audience, BodyMap, Side
from handtrainer.core.session import Phase
from handtrainer.ui.client.client_screen import ClientScreen, whose_hand
from tests.helpers.window import Trainer, build_trainer

FIXTURES = Path(__file__).parents[2] / "e2e" / "routines"
ROOT = Path(__file__).resolve().parents[3]

NOTED = """\
handtrainer: 1
id: noted
title: With notes
summary: A routine whose steps carry notes for the therapist.
audience: partner
steps:
  - title: Stroke the back
    instruction: Stroke the back of your partner's hand towards the fingertips.
    hand: each
    view: back
    technique: stroke
    zones: [back.hand]
    duration: 20s
    notes: THERAPIST-ONLY watch the wrist angle
  - title: Press the palm
    instruction: Press the centre of your partner's palm.
    hand: each
    technique: press
    zones: [palm.center]
    duration: 20s
"""


@pytest.fixture
def trainer(qtbot: QtBot, tmp_path: Path) -> Trainer:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "noted.yaml").write_text(NOTED, encoding="utf-8")
    library = load_library([folder, FIXTURES], include_user=False, bundled_dir=tmp_path / "none")
    trainer = build_trainer(qtbot, tmp_path, library)
    assert trainer.window.open_routine_by_id("noted")
    return trainer


def _client(trainer: Trainer) -> ClientScreen:
    trainer.window.toggle_client_screen()
    screen = trainer.window.client_screen
    assert screen is not None and screen.isVisible()
    return screen


def _all_text(screen: ClientScreen) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in screen.findChildren(QLabel))


def test_f5_opens_and_closes_it_and_the_menu_follows(trainer: Trainer) -> None:
    screen = _client(trainer)
    assert trainer.window.menus.client_action.isChecked()
    screen.activateWindow()  # a key pressed in the client screen, as its user would
    QApplication.processEvents()
    QTest.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible()
    assert not trainer.window.menus.client_action.isChecked()
    trainer.window.toggle_client_screen()
    assert screen.isVisible()
    trainer.window.toggle_client_screen()
    assert not screen.isVisible()


def test_it_follows_next_previous_and_pause_and_never_shows_notes(trainer: Trainer) -> None:
    screen = _client(trainer)
    practice = trainer.window.practice
    assert "THERAPIST-ONLY" in practice.therapist_notes.text()
    practice.start_action.trigger()
    trainer.run_for(8)
    assert "Stroke the back" in screen.step_title.text()
    assert screen.countdown.text().startswith("0:")
    assert "THERAPIST-ONLY" not in _all_text(screen)
    practice.next_action.trigger()
    practice.next_action.trigger()
    assert "Press the palm" in screen.step_title.text()
    practice.previous_action.trigger()
    assert "Stroke the back" in screen.step_title.text()
    practice.start_action.trigger()  # pause
    assert screen.countdown.text().startswith("Paused")
    assert "THERAPIST-ONLY" not in _all_text(screen)


def test_next_says_whose_hand_when_the_step_goes_on_with_the_other(trainer: Trainer) -> None:
    # "Next: Stroke the back" under "Step 1 of 2: Stroke the back" read as the same
    # step named again; the practice page says "— Left hand", the client screen whose.
    screen = _client(trainer)
    trainer.window.practice.start_action.trigger()
    trainer.run_for(8)
    state = trainer.window.controller.state()
    assert state.phase is Phase.WORK and state.step_index == 0
    assert state.next_step_index == 0 and state.next_side not in (None, state.side)
    whose = whose_hand(state.next_side, Audience.PARTNER, BodyMap.HAND)
    assert screen.next_label.text() == f"Next: Stroke the back — {whose}"


def _arrow_pixels(image: QImage, row: int) -> int:
    """How many pixels of one row have the arrow's colour (a strong orange red)."""
    count = 0
    for x in range(image.width()):
        colour = image.pixelColor(x, row)
        if colour.red() > 150 and colour.green() < 110 and colour.blue() < 80:
            count += 1
    return count


def test_a_mark_past_the_fingertips_is_not_cut_off(qtbot: QtBot, tmp_path: Path) -> None:
    # No caption band above the client's diagram: a pull drawn out past the middle
    # fingertip lost its arrowhead at the window's edge.
    library = load_library([], include_user=False)
    routine = library.get("partner-five-strokes")
    assert routine is not None
    pull = next(i for i, s in enumerate(routine.steps) if s.technique.value == "pull")
    trainer = build_trainer(qtbot, tmp_path, library)
    assert trainer.window.open_routine_by_id(routine.id)
    screen = _client(trainer)
    screen.showNormal()
    screen.resize(1920, 1080)
    practice = trainer.window.practice
    practice.start_action.trigger()
    trainer.run_for(6)
    for _ in range(pull):
        practice.next_action.trigger()
    practice.start_action.trigger()  # pause: the still picture, the arrow at full length
    state = trainer.window.controller.state()
    assert state.step_index == pull and state.paused
    QApplication.processEvents()
    picture = screen.diagram.grab().toImage()
    top = next(y for y in range(picture.height()) if _arrow_pixels(picture, y))
    assert top < picture.height() // 10  # the arrow reaches up to the top ...
    assert top > 0  # ... and its head is drawn whole, not cut at the edge
    trainer.window.controller.unload()


def test_extend_gives_more_time_on_both_screens(trainer: Trainer) -> None:
    screen = _client(trainer)
    practice = trainer.window.practice
    practice.start_action.trigger()
    trainer.run_for(5 + 10)  # get ready, then into the first step
    before = trainer.window.controller.state().segment_remaining
    screen.buttons["extend"].click()
    after = trainer.window.controller.state().segment_remaining
    assert after == pytest.approx(before + 30)
    assert screen.countdown.text() == practice.timer_panel.countdown.text()


def test_walk_through_moves_without_the_timer_and_keeps_the_place(trainer: Trainer) -> None:
    screen = _client(trainer)
    window, practice = trainer.window, trainer.window.practice
    practice.start_action.trigger()
    trainer.run_for(5)
    practice.walk_action.trigger()
    assert practice.walking and window.controller.state().paused
    assert not window.controller.timer_active
    QTest.keyClick(practice.step_list, Qt.Key.Key_Right)
    assert practice.previewed_step == 1
    assert "Press the palm" in screen.step_title.text()
    assert screen.countdown.text() == "Walk-through"
    trainer.run_for(30)  # no time passes for a walk-through
    assert window.controller.state().step_index == 0
    practice.walk_action.trigger()  # back to timed practice, at the step walked to
    state = window.controller.state()
    assert not practice.walking and not state.paused
    assert state.step_index == 1 and state.phase is Phase.WORK


def test_pointing_names_the_zone_on_both_screens(trainer: Trainer) -> None:
    screen = _client(trainer)
    practice = trainer.window.practice
    practice.walk_action.trigger()
    practice.diagram.zoneClicked.emit("back.knuckles")  # as a click on the knuckles does
    assert practice.current_scene.zones == ("back.knuckles",)
    assert screen.pointed_label.text() == "Knuckles"
    assert screen.diagram.scene().zones == ("back.knuckles",)
    # A click on the diagram away from the hand clears it.
    corner = practice.diagram.rect().topLeft() + QPoint(3, 3)  # (0, 0) would mean the centre
    assert practice.diagram.zone_at(QPointF(corner)) is None
    QTest.mouseClick(practice.diagram, Qt.MouseButton.LeftButton, pos=corner)
    assert practice.pointed_zone is None
    assert screen.pointed_label.text() == ""


def test_partner_hands_are_labelled_whose_and_can_be_turned(trainer: Trainer) -> None:
    screen = _client(trainer)
    assert "partner" in screen.hand_label.text()
    assert screen.turn_action.isVisible()
    screen.turn_action.trigger()
    assert screen.diagram.is_turned()
    # Turned, a zone is found where the client sees it.
    w, h = screen.diagram.width(), screen.diagram.height()
    for x in range(10, w, max(1, w // 30)):
        zone = screen.diagram.zone_at(QPointF(x, h / 2))
        if zone:
            screen.diagram.set_turned(False)
            assert screen.diagram.zone_at(QPointF(w - x, h - h / 2)) == zone
            break
    else:
        pytest.fail("no zone found across the middle of the diagram")
    assert whose_hand(Side.LEFT, Audience.SELF) == "your left hand"
    assert whose_hand(Side.LEFT, Audience.PARTNER) == "your partner’s left hand"
    assert whose_hand(Side.BOTH, Audience.INFANT) == "your baby’s hands"


def test_type_is_readable_across_a_room_at_full_hd(trainer: Trainer) -> None:
    screen = _client(trainer)
    screen.resize(1920, 1080)
    assert screen.instruction.font().pixelSize() >= 36
    assert screen.step_title.font().pixelSize() >= 50


def test_the_words_keep_clear_of_the_edge_and_of_the_buttons(trainer: Trainer) -> None:
    screen = _client(trainer)
    screen.resize(1920, 1080)
    for _ in range(3):
        QApplication.processEvents()  # the layout settles at the new size
    room = 1080 * 0.03
    for label in (screen.step_title, screen.instruction, screen.next_label):
        right = label.mapTo(screen, label.rect().topRight()).x()
        assert screen.width() - right >= room, label.objectName()
    diagram_right = screen.diagram.mapTo(screen, screen.diagram.rect().topRight()).x()
    words_left = screen.instruction.mapTo(screen, screen.instruction.rect().topLeft()).x()
    assert words_left - diagram_right >= room
    next_bottom = screen.next_label.mapTo(screen, screen.next_label.rect().bottomLeft()).y()
    buttons_top = min(b.mapTo(screen, b.rect().topLeft()).y() for b in screen.buttons.values())
    assert buttons_top - next_bottom >= room / 2


def test_closing_the_main_window_closes_the_client_screen(trainer: Trainer) -> None:
    screen = _client(trainer)
    trainer.window.close()
    assert not screen.isVisible()


def test_text_zoom_grows_every_view_and_is_remembered(trainer: Trainer) -> None:
    window = trainer.window
    size = window.practice.timer_panel.instruction.font().pointSizeF()
    window.menus.zoom_in_action.trigger()
    window.menus.zoom_in_action.trigger()
    assert window.text_zoom.factor() == 1.3  # two steps up from 100 %
    assert window.practice.timer_panel.instruction.font().pointSizeF() > size
    # a preference, saved like the others and offered in Settings
    assert window.preferences_store.load().text_size == 1.3
    window.menus.zoom_reset_action.trigger()
    assert window.text_zoom.factor() == 1.0
    assert window.preferences_store.load().text_size == 1.0


def test_the_text_size_is_set_in_settings(trainer: Trainer) -> None:
    from dataclasses import replace

    window = trainer.window
    trainer.prompts.new_preferences = replace(window.preferences, text_size=1.5)
    window.show_settings()
    assert window.text_zoom.factor() == 1.5
    assert window.preferences_store.load().text_size == 1.5


def test_a_text_size_kept_by_an_older_version_moves_into_the_preferences(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QByteArray

    from handtrainer.ui.preferences import PreferencesStore, WindowStateStore
    from tests.helpers.window import build_trainer

    WindowStateStore(tmp_path / "window-state.ini").save_state("text-zoom", QByteArray(b"1.75"))
    trainer = build_trainer(qtbot, tmp_path, None)
    assert trainer.window.text_zoom.factor() == 1.75
    assert PreferencesStore(tmp_path / "preferences.ini").load().text_size == 1.75
    assert WindowStateStore(tmp_path / "window-state.ini").state("text-zoom") is None


TWO_SCREENS = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
assert len(app.screens()) == 2, app.screens()
from handtrainer.core.library import load_library
from tests.helpers.window import build_trainer

class Bot:
    def addWidget(self, w, **k): pass
    def __getattr__(self, name): return lambda *a, **k: None

tmp = Path({tmp!r})
library = load_library([Path({fixtures!r})], include_user=False, bundled_dir=tmp / "none")
trainer = build_trainer(Bot(), tmp, library, show=False)
window = trainer.window
window.show()
app.processEvents()
window.toggle_client_screen()
client = window.client_screen
assert client.isFullScreen(), "not full screen"
assert client.screen() is not window.screen(), "on the same screen"
print("client on", client.screen().name(), "window on", window.screen().name())
window.close()
assert not client.isVisible()
"""


def test_with_two_screens_it_opens_full_screen_on_the_other(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "therapist", "x": 0, "y": 0, "width": 1920, "height": 1080},
                    {"name": "client", "x": 1920, "y": 0, "width": 1920, "height": 1080},
                ]
            }
        ),
        encoding="utf-8",
    )
    code = TWO_SCREENS.format(root=str(ROOT), tmp=str(tmp_path), fixtures=str(FIXTURES))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "client on client window on therapist" in done.stdout


def test_the_controls_hold_still_when_pause_becomes_resume(trainer: Trainer) -> None:
    practice = trainer.window.practice
    button, neighbour = practice.buttons["start-pause"], practice.buttons["next"]
    before = (button.width(), neighbour.x())
    practice.start_action.trigger()
    trainer.run_for(6)
    running = (button.width(), neighbour.x())
    practice.start_action.trigger()  # pause: the text becomes Resume
    QApplication.processEvents()
    assert practice.start_action.iconText() == "Resume"
    assert before == running == (button.width(), neighbour.x())


def test_a_foot_routine_shows_the_foot_and_says_whose_foot(qtbot: QtBot, tmp_path: Path) -> None:
    from handtrainer.core.model import View
    from tests.helpers.foot_routine import write_foot_routine

    folder = tmp_path / "routines"
    write_foot_routine(folder)
    library = load_library([folder], include_user=False, bundled_dir=tmp_path / "none")
    trainer = build_trainer(qtbot, tmp_path, library)
    assert trainer.window.open_routine_by_id("foot-test")
    practice = trainer.window.practice.diagram  # the practice page draws the foot too
    assert practice.scene().view is View.SOLE and practice.accessibleName() == "Foot diagram"
    screen = _client(trainer)
    assert screen.diagram.scene().view is View.SOLE
    assert "foot.sole" in screen.diagram.scene().zones
    assert screen.hand_label.text().endswith("foot")
    assert "partner" in screen.hand_label.text()
    assert whose_hand(Side.LEFT, Audience.SELF, body_map=BodyMap.FOOT) == "your left foot"
    assert whose_hand(Side.RIGHT, Audience.INFANT, BodyMap.FOOT) == "your baby’s right foot"
    assert screen.diagram.accessibleName() == "Foot diagram"
    assert "foot" in screen.turn_action.text()


def test_a_baby_s_routine_names_the_baby_s_hand_and_can_turn(qtbot: QtBot, tmp_path: Path) -> None:
    library = load_library(include_user=False)
    trainer = build_trainer(qtbot, tmp_path, library)
    assert trainer.window.open_routine_by_id("infant-hands-first-weeks")
    screen = _client(trainer)
    assert screen.hand_label.text().startswith("your baby’s ")
    assert "partner" not in _all_text(screen)
    assert screen.buttons["client-turn"].isVisibleTo(screen)  # shown across a table, too
