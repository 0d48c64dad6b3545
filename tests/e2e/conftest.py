"""The real trainer window with a fake clock, manual timers and answering prompts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_support import ROUTINES, FakePrompts, Trainer
from pytestqt.qtbot import QtBot

from handtrainer.core.model import Side
from handtrainer.ui.main_window import MainWindow
from handtrainer.ui.practice.session_controller import SessionController
from handtrainer.ui.preferences import (
    CautionAcknowledgements,
    Preferences,
    PreferencesStore,
    WindowStateStore,
)
from handtrainer.ui.timers import ManualClock, ManualTimerFactory


@pytest.fixture
def trainer(qtbot: QtBot, tmp_path: Path) -> Iterator[Trainer]:
    from handtrainer.core.library import load_library
    from handtrainer.ui.cues import RecordingCuePlayer

    library = load_library([ROUTINES], include_user=False, bundled_dir=tmp_path / "no-bundled")
    clock = ManualClock()
    timers = ManualTimerFactory()
    prompts = FakePrompts()
    store = PreferencesStore(tmp_path / "preferences.ini")
    store.save(Preferences(lead_hand=Side.RIGHT, get_ready_seconds=3, switch_seconds=2))
    recorder = RecordingCuePlayer()
    window = MainWindow(
        library,
        controller=SessionController(clock=clock, timers=timers),
        prompts=prompts,
        preferences_store=store,
        window_state=WindowStateStore(tmp_path / "window-state.ini"),
        acknowledgements=CautionAcknowledgements(tmp_path / "acknowledged.json"),
        cue_players=[recorder],
    )
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    yield Trainer(window, clock, timers, prompts, [recorder])
    window.controller.unload()
