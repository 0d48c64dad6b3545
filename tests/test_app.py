"""The wiring place: the window gets its real collaborators, and the cue players come later."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot

from handtrainer import app, cli
from handtrainer.core.library import RoutineLibrary, load_library
from handtrainer.core.localize import original
from handtrainer.ui.cues import AnnouncementCuePlayer, SoundCuePlayer, VoiceCuePlayer
from handtrainer.ui.dialogs.prompts import QtPrompts


def test_build_window_hands_in_the_real_parts(qtbot: QtBot) -> None:
    window = app.build_window()
    qtbot.addWidget(window)
    assert isinstance(window.prompts, QtPrompts)
    assert window.controller.parent() is window
    assert window.cue_router.players == []  # nothing slow before the first paint


def test_cue_players_are_made_for_the_window(qtbot: QtBot) -> None:
    window = app.build_window()
    qtbot.addWidget(window)
    window.add_cue_players(app.make_cue_players(window, warm_up=False))
    kinds = [type(player) for player in window.cue_router.players]
    assert kinds == [SoundCuePlayer, VoiceCuePlayer, AnnouncementCuePlayer]


def test_no_cue_helpers_start_for_a_window_closed_already(qtbot: QtBot) -> None:
    """Closed before the slower work ran: no helper process may outlive the window."""
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert window.has_closed()
    app.after_first_paint(window, argparse.Namespace())
    assert window.cue_router.players == []
    ended: list[str] = []

    class Helper(AnnouncementCuePlayer):
        def shutdown(self) -> None:
            ended.append("ended")

    window.add_cue_players([Helper(window)])
    assert ended == ["ended"] and window.cue_router.players == []


def test_handtrainer_routine_hands_the_library_it_read_to_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The name is checked against the library before any window: read once, not twice."""
    seen: list[argparse.Namespace] = []
    monkeypatch.setattr(app, "run", lambda args: seen.append(args) or 0)
    assert cli.main(["desk-reset"]) == 0
    (args,) = seen
    assert isinstance(args.library, RoutineLibrary)
    assert args.library.get("desk-reset") is not None


def test_a_routine_asked_for_is_on_the_first_paint(qtbot: QtBot) -> None:
    """``handtrainer ROUTINE``: the practice page is made and current before the window shows."""
    library = load_library(include_user=False)
    window = app.build_window(library)
    qtbot.addWidget(window)
    app.open_requested(window, "desk-reset")
    assert window.current_page() is window.practice
    # The library's one routine, shown in the interface language.
    assert window.controller.routine is window.library.get("desk-reset")
    # (a view of the file: the file's own routine, with all its languages, is behind it)
    assert original(window.controller.routine) == library.get("desk-reset")
    assert window.picker.view.model().rowCount() == len(library.routines)


def test_the_window_paints_before_the_cue_machinery_is_imported() -> None:
    """The sound and speech players and the dialogs load after the first paint."""
    code = (
        "import sys; from handtrainer import app; from PySide6.QtWidgets import QApplication;"
        "a = QApplication([]); w = app.build_window();"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('handtrainer'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(result.stdout.split())
    assert "handtrainer.ui.main_window" in loaded
    for later in (
        "handtrainer.ui.cues.sound",
        "handtrainer.ui.cues.voice",
        "handtrainer.ui.cues.announcements",
        "handtrainer.ui.practice.practice_view",
        "handtrainer.ui.companion.companion",
        "handtrainer.ui.editor.editing",
        "handtrainer.core.loader",
    ):
        assert later not in loaded, later


def test_the_module_sources_pyside_read_are_let_go_after_start_up() -> None:
    import linecache

    import handtrainer.ui.main_window as window_module

    assert linecache.getlines(window_module.__file__)  # read, as PySide6's hook does
    assert window_module.__file__ in linecache.cache
    app.release_module_sources()
    assert window_module.__file__ not in linecache.cache
