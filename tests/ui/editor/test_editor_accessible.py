"""The editor's diagram keeps a name that says what a click does, for a hand routine and
a foot routine alike, whichever step is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.foot_routine import write_foot_routine
from tests.helpers.window import Trainer
from tests.ui.editor.conftest import edit, reload_library


@pytest.mark.timeout(60)
def test_the_editor_diagram_is_named_for_clicking(
    qtbot: QtBot, trainer: Trainer, user_dir: Path
) -> None:
    window = trainer.window
    page = edit(trainer, "desk-reset")
    for step in range(2):
        page.select_step(step)
        assert page.picker.diagram.accessibleName() == "Hand diagram: click a zone to mark it"
    assert "Highlighted" in page.picker.diagram.accessibleDescription()
    page.actions_by_name["close-editor"].trigger()  # nothing changed: it closes at once
    assert window.current_page() is not page

    write_foot_routine(user_dir)
    reload_library(qtbot, trainer, user_dir)
    page = edit(trainer, "foot-test")
    page.select_step(0)
    assert page.picker.diagram.accessibleName() == "Foot diagram: click a zone to mark it"
    # The practice page's diagram keeps its plain name.
    window.open_routine(window.library.library().get("desk-reset"))
    assert window.practice.diagram.accessibleName() == "Hand diagram"
