"""The practice page for keyboard and screen-reader users: the names its buttons are
read by follow what the buttons show."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from tests.helpers.window import Trainer, build_trainer

FIXTURES = Path(__file__).parents[2] / "e2e" / "routines"


@pytest.fixture
def trainer(qtbot: QtBot, tmp_path: Path) -> Trainer:
    library = load_library([FIXTURES], include_user=False, bundled_dir=tmp_path / "none")
    return build_trainer(qtbot, tmp_path, library)


def _names_match(trainer: Trainer) -> None:
    for name, button in trainer.window.practice.buttons.items():
        assert button.accessibleName() == button.text(), name


@pytest.mark.timeout(30)
def test_button_names_follow_the_button_texts(trainer: Trainer) -> None:
    window = trainer.window
    assert window.open_routine_by_id("e2e-practice")
    practice = window.practice
    # Before the start, Stop reads "Library" (it goes back there): it is named so too.
    assert practice.buttons["stop"].text() == "Library"
    _names_match(trainer)
    assert window.start_routine()
    trainer.run_for(1)
    assert practice.buttons["stop"].text() == "Stop"
    assert practice.buttons["start-pause"].text() == "Pause"
    _names_match(trainer)
    # Walking through, Start reads "Timed" (back to the timer).
    practice.walk_action.trigger()
    assert practice.buttons["start-pause"].text() == "Timed"
    _names_match(trainer)
    practice.walk_action.trigger()
    assert practice.buttons["start-pause"].text() == "Pause"  # timed again, running
    _names_match(trainer)
