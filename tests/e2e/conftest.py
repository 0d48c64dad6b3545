"""The real trainer window with a fake clock, manual timers and answering prompts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.core.model import Side
from handtrainer.ui.preferences import Preferences
from tests.helpers.cues import RecordingCuePlayer
from tests.helpers.window import Trainer, build_trainer

ROUTINES = Path(__file__).parent / "routines"


@pytest.fixture
def trainer(qtbot: QtBot, tmp_path: Path) -> Iterator[Trainer]:
    from handtrainer.core.library import load_library

    library = load_library([ROUTINES], include_user=False, bundled_dir=tmp_path / "no-bundled")
    preferences = Preferences(lead_hand=Side.RIGHT, get_ready_seconds=3, switch_seconds=2)
    trainer = build_trainer(
        qtbot, tmp_path, library, preferences=preferences, players=[RecordingCuePlayer()]
    )
    yield trainer
    trainer.window.controller.unload()
