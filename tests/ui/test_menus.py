"""The menus: platform standard keys, a Practice menu that is never empty, Help."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.ui.dialogs.about import AboutDialog, ShortcutsDialog
from handtrainer.ui.main_window import MainWindow
from tests.helpers.window import build_trainer

FIXTURES = Path(__file__).parents[1] / "e2e" / "routines"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    library = load_library([FIXTURES], include_user=False, bundled_dir=tmp_path / "none")
    return build_trainer(qtbot, tmp_path, library).window


def test_standard_actions_use_the_platform_keys(window: MainWindow) -> None:
    standard = QKeySequence.StandardKey
    for action, key in (
        (window.menus.open_action, standard.Open),
        (window.menus.print_action, standard.Print),
        (window.menus.quit_action, standard.Quit),
        (window.menus.full_screen_action, standard.FullScreen),
    ):
        bindings = QKeySequence.keyBindings(key)
        if bindings:
            assert action.shortcuts() == bindings, action.text()
        else:
            assert action.shortcuts(), action.text()
    assert not window.menus.settings_action.shortcut().isEmpty()


def test_practice_menu_is_filled_before_any_routine_and_names_library_once(
    window: MainWindow,
) -> None:
    window.menus.practice.aboutToShow.emit()
    texts = [a.text() for a in window.menus.practice.actions() if not a.isSeparator()]
    assert texts, "the Practice menu is empty"
    every_text = [
        a.text().replace("&", "")
        for menu in (window.menus.file, window.menus.practice, window.menus.view)
        for a in menu.actions()
    ]
    assert sum("library" in t.lower() for t in every_text) == 1, every_text


def test_help_menu_offers_shortcuts_and_about(qtbot: QtBot, window: MainWindow) -> None:
    names = [a.objectName() for a in window.menus.help.actions()]
    assert names == ["keyboard-shortcuts", "about"]
    window.show_shortcuts()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    keys = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert "Quit" in keys and "Open routine file" in keys
    # No routine was opened yet, and the practice keys are listed all the same.
    assert window.current_page() is window.picker
    practice_keys = {
        a.text().replace("&", ""): a
        for a in window.practice.actions()
        if not a.shortcut().isEmpty()
    }
    assert practice_keys and set(practice_keys) <= set(keys)
    dialog.reject()
    window.show_about()
    about = window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    assert isinstance(about, QDialog)
    about.reject()


def test_export_says_where_the_sheet_went_and_opens_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QToolButton

    from handtrainer.ui.dialogs import print_actions

    opened: list[str] = []
    monkeypatch.setattr(
        print_actions, "ask_sheet_options", lambda parent: print_actions.SheetOptions("A4", False)
    )
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    target = tmp_path / "sheet.pdf"
    window.prompts.pdf_path = target  # type: ignore[attr-defined]
    assert window.open_routine_by_id("e2e-practice")
    assert window.export_pdf() == target
    assert target.read_bytes()[:5] == b"%PDF-"
    assert str(target) in window.statusBar().currentMessage()
    button = window.findChild(QToolButton, "open-saved-sheet")
    assert button is not None and button.isVisible()
    button.click()
    assert opened == [str(target)]
