"""The editor's real dialogs: routine text (a title, a path, a problem) is shown as written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from handtrainer.ui.editor.editor_prompts import QtEditorPrompts

Button = QMessageBox.StandardButton
MARKUP = "<b>Warm</b> hands & <img src='x.png'>"


@pytest.fixture
def shown(qapp: QApplication) -> Iterator[list[tuple[Qt.TextFormat, str]]]:
    """Each message box shown, its text format and text; each is answered as soon as it shows
    (Discard, Yes or OK), by a timer that runs in the box's own event loop."""
    boxes: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        boxes.append((box.textFormat(), box.text()))
        buttons = box.standardButtons()
        for button in (Button.Discard, Button.Yes, Button.Ok):
            if buttons & button:
                box.button(button).click()
                return

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(answer)
    timer.start()
    yield boxes
    timer.stop()


def test_routine_text_in_the_editor_s_questions_is_plain_text(
    qtbot: QtBot, shown: list[tuple[Qt.TextFormat, str]]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    prompts = QtEditorPrompts()
    assert prompts.ask_unsaved_changes(parent, MARKUP) == "discard"
    assert prompts.confirm(parent, "Revert", f"Use “{MARKUP}” again?") is True
    prompts.show_error(parent, "Could not save", f"/home/a/{MARKUP}.yaml: Permission denied")
    assert len(shown) == 3
    assert all(text_format == Qt.TextFormat.PlainText for text_format, _text in shown)
    assert all(MARKUP in text for _format, text in shown)
