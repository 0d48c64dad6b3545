"""The editor from the keyboard alone: its tool bar buttons take no Tab focus, so each of
them has a key, Close editor too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.helpers.window import Trainer
from tests.ui.editor.conftest import edit


@pytest.mark.timeout(60)
def test_every_tool_bar_action_has_a_key_and_close_editor_closes(trainer: Trainer) -> None:
    window = trainer.window
    page = edit(trainer, "desk-reset")
    for action in page.toolbar.actions():
        if action.isSeparator():
            continue
        button = page.toolbar.widgetForAction(action)
        reachable = bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus)
        assert reachable or not action.shortcut().isEmpty(), action.objectName()
    # From a text field, as a person leaves after reading a step.
    title = page.step_form.widgets["title"]
    title.setFocus()
    QApplication.processEvents()
    QTest.keyClick(title, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.picker  # nothing changed: it closes at once
    assert not window.editing.is_open()
    assert QApplication.focusWidget() is window.picker.view
