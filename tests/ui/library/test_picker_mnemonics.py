"""The picker's Alt letters: none used twice, and none taken from the menu bar's (Alt+F
focused the 'Open routines folder' button instead of opening the File menu), in English
and in German, with the favourites shown."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.ui.library.favourites import FavouritesStore
from handtrainer.ui.library.library_model import LibraryModel
from handtrainer.ui.library.picker import RoutinePicker
from tests.helpers.german import german_interface
from tests.helpers.window import build_trainer

FIXTURES = Path(__file__).parents[2] / "e2e" / "routines"
_MNEMONIC = re.compile(r"&([^&\s])")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("language", ["en", "de"])
def test_picker_alt_letters_are_its_own(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    with german_interface() if language == "de" else contextlib.nullcontext():
        library = load_library([FIXTURES], include_user=False, bundled_dir=tmp_path / "none")
        window = build_trainer(qtbot, tmp_path, library, language=language).window
        menus = {
            letter.lower(): f"menu {a.text()!r}"
            for a in window.menuBar().actions()
            for letter in _MNEMONIC.findall(a.text())
        }
        store = FavouritesStore(tmp_path / "state" / "favourites.json")
        picker = RoutinePicker(LibraryModel(library, favourites=store, language=language))
        qtbot.addWidget(picker)
        picker.show()
        assert picker.select_routine("e2e-practice")
        problems = []
        for _ in range(2):  # Mark as favourite, then Unmark favourite
            picker.favourite_button.click()
            taken = dict(menus)
            for button in picker.findChildren(QAbstractButton):
                if not button.isVisibleTo(picker):
                    continue
                for letter in _MNEMONIC.findall(button.text()):
                    owner = taken.setdefault(letter.lower(), repr(button.text()))
                    if owner != repr(button.text()):
                        problems.append(f"{button.text()!r} and {owner} share Alt+{letter}")
        assert not problems, problems
