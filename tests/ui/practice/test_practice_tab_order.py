"""Tab through the practice page as it reads: top to bottom, left to right. The Walk
through button at the top right came after the bottom row (it was made last), so Tab
into the page went to Library first, and Walk through came after Stop."""

from __future__ import annotations

import contextlib
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.ui.practice.practice_view import PracticeView
from tests.helpers.german import german_interface
from tests.helpers.window import Trainer, build_trainer

FIXTURES = Path(__file__).parents[2] / "e2e" / "routines"


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _box(page: PracticeView, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def _reads_before(a: QRect, b: QRect) -> bool:
    """``a`` comes first on the screen: above ``b``, or beside it on its left."""
    if a.bottom() < b.top():
        return True
    side_by_side = a.top() <= b.bottom() and b.top() <= a.bottom()
    return side_by_side and a.right() < b.left()


def _focus_order(page: PracticeView) -> list[QWidget]:
    """The page's controls in its focus chain, the order Tab follows into the page."""
    found, widget = [], page.nextInFocusChain()
    while widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _check(page: PracticeView, where: str) -> list[str]:
    order = _focus_order(page)
    names = [w.objectName() for w in order]
    problems = [
        f"{where}: Tab goes from {a.objectName()} to {b.objectName()}: {names}"
        for a, b in pairwise(order)
        if not _reads_before(_box(page, a), _box(page, b))
    ]
    # Coming in with no control focused, Tab starts at the top.
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    window = page.window()
    QTest.keyClick(window, Qt.Key.Key_Tab)
    _settle()
    if order and QApplication.focusWidget() is not order[0]:
        problems.append(f"{where}: the first Tab goes to {QApplication.focusWidget()}")
    # ...and goes round every control once.
    for expected in order[1:] + order[:1]:
        now = QApplication.focusWidget()
        assert now is not None
        QTest.keyClick(now, Qt.Key.Key_Tab)
        _settle()
        if QApplication.focusWidget() is not expected:
            problems.append(f"{where}: Tab from {now.objectName()} does not go to {names}")
            break
    return problems


@pytest.mark.timeout(60)
@pytest.mark.parametrize("language", ["en", "de"])
def test_tab_follows_the_screen(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    with german_interface() if language == "de" else contextlib.nullcontext():
        library = load_library([FIXTURES], include_user=False, bundled_dir=tmp_path / "none")
        trainer: Trainer = build_trainer(qtbot, tmp_path, library, language=language)
        window = trainer.window
        assert window.open_routine_by_id("e2e-practice")
        page = window.practice
        _settle()
        assert page.splitter.orientation() is Qt.Orientation.Horizontal
        problems = _check(page, "ready")
        assert window.start_routine()
        trainer.run_for(5)  # Previous, Next, Restart and +30 s can be used now
        problems += _check(page, "running")
        window.resize(640, 760)  # narrow: the parts stack (German's controls keep it wider)
        _settle()
        if language == "en":
            assert page.splitter.orientation() is Qt.Orientation.Vertical
        if page.splitter.orientation() is Qt.Orientation.Vertical:
            problems += _check(page, "stacked")
        assert not problems, "\n".join(problems)
        window.controller.unload()
