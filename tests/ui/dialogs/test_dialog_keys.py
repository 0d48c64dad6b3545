"""The dialogs from the keyboard: Tab into the scrolled settings shows the control it
lands on; the shortcuts table has a name to be read by."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from handtrainer.ui.dialogs.about import ShortcutsDialog
from handtrainer.ui.dialogs.settings_dialog import SettingsDialog
from handtrainer.ui.preferences import Preferences


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _shown(widget: QWidget) -> bool:
    return not widget.visibleRegion().isEmpty()


@pytest.mark.timeout(30)
def test_tab_into_the_scrolled_settings_scrolls_to_the_control(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.width(), 260)  # a low screen: the settings scroll
    _settle()
    bar = dialog.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    last = dialog.therapist_name
    # Shift+Tab from OK, the view scrolled to the top: the last field comes into view.
    ok = next(b for b in dialog.buttons.findChildren(QPushButton) if b.text() == "OK")
    ok.setFocus()
    bar.setValue(0)
    _settle()
    assert not _shown(last)
    QTest.keyClick(ok, Qt.Key.Key_Backtab)
    _settle()
    assert dialog.focusWidget() is last and _shown(last)
    # Tab round from the last button, the view scrolled down: the first comes into view.
    restore = dialog.buttons.buttons()[-1]
    for button in dialog.buttons.buttons():
        if dialog.buttons.buttonRole(button) == dialog.buttons.ButtonRole.ResetRole:
            restore = button
    restore.setFocus()
    bar.setValue(bar.maximum())
    _settle()
    while dialog.focusWidget() is not dialog.lead_hand:
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        _settle()
        assert dialog.focusWidget() in (*dialog.buttons.buttons(), dialog.lead_hand)
    assert _shown(dialog.lead_hand)


@pytest.mark.timeout(30)
def test_the_shortcuts_table_is_named(qtbot: QtBot) -> None:
    action = QAction("&Quit")
    action.setShortcut("Ctrl+Q")
    dialog = ShortcutsDialog([action])
    qtbot.addWidget(dialog)
    assert dialog.table.accessibleName() == "Keyboard shortcuts"
