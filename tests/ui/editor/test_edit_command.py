"""``handtrainer edit ROUTINE`` opens the window on the editor for that routine."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer import app, cli
from tests.helpers.window import Trainer
from tests.ui.editor.conftest import page_of


def test_edit_asks_for_the_window_with_the_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[argparse.Namespace] = []
    monkeypatch.setattr(app, "run", lambda args: asked.append(args) or 0)
    assert cli.main(["edit", "desk-reset"]) == 0
    assert asked[0].routine == "desk-reset" and asked[0].edit is True


def test_edit_of_an_unknown_routine_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["edit", "desk-resett"]) == cli.EXIT_USAGE
    assert "desk-reset" in capsys.readouterr().err  # with a suggestion


def test_the_window_opens_the_editor(qtbot: QtBot, trainer: Trainer, tmp_path: Path) -> None:
    app.open_requested(trainer.window, "desk-reset", edit=True)
    page = page_of(trainer)
    assert page.draft.value(None, "id") == "desk-reset"
    file = tmp_path / "mine.yaml"
    file.write_text(
        "handtrainer: 1\ntitle: Mine\nsummary: S.\nsteps:\n"
        "  - title: T\n    instruction: I.\n    technique: rub\n    duration: 20s\n",
        "utf-8",
    )
    trainer.prompts.unsaved_answer = "discard"
    app.open_requested(trainer.window, str(file), edit=True)
    page = page_of(trainer)
    assert page.draft.value(None, "title") == "Mine" and page.draft.path == file
