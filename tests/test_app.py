"""The wiring place: the window gets its real collaborators, and the cue players come later."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from handtrainer import app
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
