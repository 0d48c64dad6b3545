"""The main window's wiring: files, settings, window state, cue notices, narrow layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from handtrainer.core.model import Routine, Side
from handtrainer.core.session import Phase
from handtrainer.ui.main_window import MainWindow
from handtrainer.ui.preferences import Preferences, PreferencesStore, WindowStateStore
from tests.helpers.window import Trainer, build_trainer

FIXTURES = Path(__file__).parents[1] / "e2e" / "routines"

GOOD_ROUTINE = """\
handtrainer: 1
id: dropped
title: Dropped routine
summary: Added by dropping the file on the window.
steps:
  - title: Shake out
    instruction: Shake both hands loosely.
    hand: both
    technique: shake
    duration: 10s
"""

BROKEN_ROUTINE = """\
handtrainer: 1
id: dropped-broken
title: Broken
summary: No steps at all.
steps: nope
"""


class SilentPlayer:
    """A cue player that cannot play, and says so."""

    def __init__(self) -> None:
        self.asked = 0

    def play(self, cue: object, state: object, routine: object) -> None:
        pass

    def unavailable_message(self) -> str | None:
        self.asked += 1
        return "Sounds are off: no audio output was found." if self.asked == 1 else None


@pytest.fixture
def trainer(qtbot: QtBot, tmp_path: Path) -> Trainer:
    from handtrainer.core.library import load_library

    library = load_library([FIXTURES], include_user=False, bundled_dir=tmp_path / "none")
    return build_trainer(qtbot, tmp_path, library, players=[SilentPlayer()])


@pytest.fixture
def window(trainer: Trainer) -> MainWindow:
    return trainer.window


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_a_broken_file_is_listed_while_the_others_work(window: MainWindow) -> None:
    lines = window.picker.failure_lines()
    assert any("broken.yaml:" in line for line in lines)
    assert window.picker.failures_box.isVisible()
    assert {r.id for r in window.picker.visible_routines()} == {"e2e-practice", "e2e-partner"}
    assert window.open_routine_by_id("e2e-partner")
    assert window.start_routine()
    assert window.controller.state().phase is Phase.GET_READY


def test_dropping_a_routine_file_adds_and_opens_it(trainer: Trainer, tmp_path: Path) -> None:
    window = trainer.window
    path = tmp_path / "dropped.yaml"
    path.write_text(GOOD_ROUTINE, encoding="utf-8")
    _drop(window, [path])
    assert window.controller.routine is None  # not from inside the drop handler
    trainer.fire("add-dropped-files")
    assert window.controller.routine is not None
    assert window.controller.routine.id == "dropped"
    assert window.current_page() is window.practice
    assert window.picker.library().get("dropped") is not None


def test_dropping_a_broken_file_shows_its_errors(trainer: Trainer, tmp_path: Path) -> None:
    window = trainer.window
    path = tmp_path / "dropped-broken.yaml"
    path.write_text(BROKEN_ROUTINE, encoding="utf-8")
    _drop(window, [path])
    trainer.fire("add-dropped-files")
    line = next(line for line in window.picker.failure_lines() if str(path) in line)
    assert line.startswith(f"{path}:")  # path:line:column: message
    assert window.current_page() is window.picker
    assert "could not be loaded" in window.statusBar().currentMessage()


def test_ctrl_o_asks_for_files_and_opens_one(trainer: Trainer, tmp_path: Path) -> None:
    window = trainer.window
    path = tmp_path / "opened.yml"
    path.write_text(GOOD_ROUTINE.replace("id: dropped", "id: opened"), encoding="utf-8")
    trainer.prompts.files_to_open = [path]
    window.picker.view.setFocus()
    QTest.keySequence(window, "Ctrl+O")
    assert window.controller.routine is not None
    assert window.controller.routine.id == "opened"


def test_settings_are_saved_and_used(trainer: Trainer, tmp_path: Path) -> None:
    window = trainer.window
    chosen = Preferences(lead_hand=Side.LEFT, get_ready_seconds=0, switch_seconds=3)
    trainer.prompts.new_preferences = chosen
    window.menus.settings_action.trigger()
    assert window.preferences == chosen
    assert PreferencesStore(tmp_path / "preferences.ini").load() == chosen
    window.open_routine_by_id("e2e-practice")
    window.start_routine()
    state = window.controller.state()
    assert state.phase is Phase.WORK  # no get-ready count any more
    assert state.side is Side.LEFT  # the left hand leads now


def test_window_state_is_kept_apart_from_preferences(window: MainWindow, tmp_path: Path) -> None:
    window.open_routine_by_id("e2e-practice")
    window.close()
    state_file = tmp_path / "window-state.ini"
    assert state_file.exists()
    assert WindowStateStore(state_file).geometry("main-window") is not None
    text = state_file.read_text(encoding="utf-8")
    assert "lead_hand" not in text
    prefs = tmp_path / "preferences.ini"
    assert not prefs.exists() or "geometry" not in prefs.read_text(encoding="utf-8")


def test_unavailable_cues_are_told_once_in_the_status_bar(window: MainWindow) -> None:
    assert window.statusBar().currentMessage() == "Sounds are off: no audio output was found."


def test_a_narrow_window_stacks_the_parts(window: MainWindow, qtbot: QtBot) -> None:
    window.open_routine_by_id("e2e-practice")
    splitter = window.practice.splitter
    assert splitter.orientation() == Qt.Orientation.Horizontal
    window.resize(480, 760)
    assert window.width() < window.practice.narrow_threshold(), window.minimumSizeHint()
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical, timeout=2000)
    window.resize(1300, 760)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal, timeout=2000)


def test_f11_toggles_full_screen(window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_ctrl_p_previews_the_routine_in_view(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import handtrainer.ui.dialogs.print_actions as print_actions

    shown: list[str] = []
    leads: list[Side] = []

    def preview(parent: object, routine: Routine, *, lead_hand: Side, **_names: object) -> None:
        shown.append(routine.id)
        leads.append(lead_hand)

    monkeypatch.setattr(print_actions, "show_print_preview", preview)
    window.picker.select_routine("e2e-partner")
    QTest.keySequence(window, "Ctrl+P")
    assert shown == ["e2e-partner"]
    window.open_routine_by_id("e2e-practice")
    QTest.keySequence(window, "Ctrl+P")
    assert shown == ["e2e-partner", "e2e-practice"]
    assert leads == [window.preferences.lead_hand] * 2


def test_every_focusable_control_has_an_accessible_name(window: MainWindow) -> None:
    window.open_routine_by_id("e2e-practice")
    window.start_routine()
    window.controller.stop()
    summary = window.summary
    for page in (window.picker, window.practice, summary):
        for widget in page.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page):
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                assert name, f"{type(widget).__name__} {widget.objectName()} has no name"


def test_space_is_not_eaten_by_the_step_list(window: MainWindow) -> None:
    window.open_routine_by_id("e2e-partner")
    window.practice.step_list.setFocus()
    QApplication.processEvents()
    QTest.keyClick(window.practice.step_list, Qt.Key.Key_Space)
    assert window.controller.state().phase is Phase.GET_READY


def test_handtrainer_routine_opens_it_ready_to_start(qtbot: QtBot, tmp_path: Path) -> None:
    import argparse

    from handtrainer import app

    win = build_trainer(qtbot, tmp_path, None, show=False).window
    app.load_library(win, argparse.Namespace(routines=[FIXTURES], routine="e2e-partner"))
    # The library is read on a worker thread; the routine opens once it is read.
    qtbot.waitUntil(lambda: win.current_page() is win.practice, timeout=10_000)
    assert win.current_page() is win.practice
    assert win.controller.routine.id == "e2e-partner"
    assert win.controller.state().phase is Phase.IDLE
    assert any(r.id == "e2e-practice" for r in win.picker.visible_routines())
