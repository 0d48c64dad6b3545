"""The Help menu's dialogs: About and the keyboard shortcuts list."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from handtrainer.ui.dialogs.about import AboutDialog, ShortcutsDialog, about_text, shortcut_rows


def test_about_names_version_licence_and_credits(qtbot: QtBot) -> None:
    dialog = AboutDialog("9.8.7")
    qtbot.addWidget(dialog)
    text = dialog.label.text()
    assert "9.8.7" in text
    assert "MIT" in text
    assert "reflexology" in text.lower() and "Jin Shin Jyutsu" in text
    assert "not medical advice" in about_text("1")


def test_shortcuts_list_comes_from_the_actions(qtbot: QtBot) -> None:
    open_action = QAction("&Open routine file…")
    open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
    plain = QAction("No keys")
    start = QAction("Start && pause")
    start.setShortcut(QKeySequence("Space"))
    rows = shortcut_rows([open_action, plain, start, open_action])
    assert rows == [("Open routine file", "Ctrl+O"), ("Start & pause", "Space")]
    dialog = ShortcutsDialog([open_action, start])
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 1).text() == "Space"
