"""Every menu item has an Alt letter, and no letter is used twice in one menu (nor in the
menu bar), in English and in German, whatever the Practice menu's items read just now."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.ui.main_window import MainWindow
from tests.helpers.german import german_interface
from tests.helpers.window import build_trainer

FIXTURES = Path(__file__).parents[1] / "e2e" / "routines"
_MNEMONIC = re.compile(r"&([^&\s])")


def _problems(where: str, texts: list[str]) -> list[str]:
    problems, seen = [], {}
    for text in texts:
        letters = _MNEMONIC.findall(text)
        if len(letters) != 1:
            problems.append(f"{where}: {text!r} has {len(letters)} Alt letters")
            continue
        letter = letters[0].lower()
        if letter in seen:
            problems.append(f"{where}: {text!r} and {seen[letter]!r} share Alt+{letter}")
        seen[letter] = text
    return problems


def _menu_problems(window: MainWindow) -> list[str]:
    bar = window.menuBar()
    problems = _problems("menu bar", [a.text() for a in bar.actions()])
    for top in bar.actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        menu.aboutToShow.emit()
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        problems += _problems(top.text(), texts)
    return problems


@pytest.mark.timeout(60)
@pytest.mark.parametrize("language", ["en", "de"])
def test_menu_items_have_distinct_alt_letters(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    with german_interface() if language == "de" else contextlib.nullcontext():
        library = load_library([FIXTURES], include_user=False, bundled_dir=tmp_path / "none")
        trainer = build_trainer(qtbot, tmp_path, library, language=language)
        window = trainer.window
        problems = _menu_problems(window)  # before any routine
        assert window.open_routine_by_id("e2e-practice")
        problems += _menu_problems(window)  # ready: Start, and Library for Stop
        assert window.start_routine()
        trainer.run_for(5)
        problems += _menu_problems(window)  # running: Pause, Stop
        window.practice.walk_action.trigger()
        problems += _menu_problems(window)  # walking through: Timed
        assert not problems, "\n".join(dict.fromkeys(problems))
        window.controller.unload()
