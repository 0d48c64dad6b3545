"""The editor's Alt letters: within what shows at once (the menu bar, the tool bars, the
diagram's modes and one tab of the fields), none used twice and none taken from the menu
bar, in English and in German, on a hand and a foot routine, for a timed and a counted
step; so Alt+F (Alt+D in German) opens the File menu every time (it took turns with
the fields that had the letter too)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handtrainer.ui.editor.editor_page import EditorPage
from tests.helpers.foot_routine import write_foot_routine
from tests.helpers.german import german_interface
from tests.helpers.mnemonics import MNEMONIC, clashes, menu_letters, shown_texts
from tests.helpers.window import Trainer, build_trainer
from tests.ui.editor.conftest import page_of, reload_library


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture(params=["en", "de"])
def trainer_in(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> Iterator[Trainer]:
    language = str(request.param)
    with german_interface() if language == "de" else contextlib.nullcontext():
        trainer = build_trainer(qtbot, tmp_path, None, language=language)
        user_dir = tmp_path / "user-routines"
        user_dir.mkdir()
        write_foot_routine(user_dir)
        reload_library(qtbot, trainer, user_dir)
        yield trainer
        trainer.window.library.stop()
        trainer.window.controller.unload()


def _problems(trainer: Trainer, page: EditorPage, where: str) -> list[str]:
    _settle()
    taken = menu_letters(trainer.window.menuBar())
    found = clashes(shown_texts(trainer.window), taken)
    return [f"{where}: {problem}" for problem in found]


@pytest.mark.timeout(90)
@pytest.mark.parametrize("routine_id", ["desk-reset", "foot-test"])
def test_the_editor_uses_each_alt_letter_once(trainer_in: Trainer, routine_id: str) -> None:
    window = trainer_in.window
    assert window.picker.select_routine(routine_id)
    window.editing.edit()
    page = page_of(trainer_in)
    problems = []
    page.right.setCurrentIndex(0)
    for index in range(page.draft.step_count()):  # timed and counted steps
        page.select_step(index)
        problems += _problems(trainer_in, page, f"step {index + 1}")
    if page.left.count() > 1:
        page.left.setCurrentIndex(1)  # the step library beside the step's fields
        problems += _problems(trainer_in, page, "step library")
        page.left.setCurrentIndex(0)
    page.right.setCurrentIndex(1)
    problems += _problems(trainer_in, page, "routine")
    page.right.setCurrentIndex(2)
    problems += _problems(trainer_in, page, "languages")
    page.translation_form.new_language.setText("fr")
    page.translation_form.add_button.click()
    problems += _problems(trainer_in, page, "a translation")
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.timeout(60)
def test_alt_and_the_file_menu_letter_opens_the_file_menu_from_each_tab(
    trainer_in: Trainer,
) -> None:
    window = trainer_in.window
    assert window.picker.select_routine("desk-reset")
    window.editing.edit()
    page = page_of(trainer_in)
    file_menu = window.menuBar().actions()[0]
    letter = MNEMONIC.findall(file_menu.text())[0].upper()
    key = Qt.Key(ord(letter))
    for tab, field in enumerate(
        (
            page.step_form.widgets["title"],
            page.routine_form.widgets["title"],
            page.translation_form.own_language,
        )
    ):
        page.right.setCurrentIndex(tab)
        field.setFocus()
        _settle()
        for _ in range(3):  # a letter used twice takes turns: the menu, then a field...
            QTest.keyClick(field, key, Qt.KeyboardModifier.AltModifier)
            _settle()
            popup = QApplication.activePopupWidget()
            assert popup is file_menu.menu(), (page.right.tabText(tab), QApplication.focusWidget())
            popup.close()
            field.setFocus()
            _settle()
