"""The practice page's step list: every title readable in full at every width."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.ui.practice.step_delegate import _PAD_X, needed_height, split_text, text_width
from handtrainer.ui.practice.step_list import StepList


@pytest.fixture(scope="module")
def routines():
    return load_library([], include_user=False).routines


def test_split_text_takes_the_last_line_as_details() -> None:
    assert split_text("3. Rub\nthe palm\n30 s · each hand") == (
        "3. Rub\nthe palm",
        "30 s · each hand",
    )
    assert split_text("just a title") == ("just a title", "")


def test_every_title_has_the_lines_it_needs_at_every_width(qtbot: QtBot, routines) -> None:
    steps = StepList()
    qtbot.addWidget(steps)
    steps.show()
    steps.resize(420, 600)
    short = []
    for routine in routines:
        steps.set_routine(routine)
        for width in (170, 230, 320, 460, 260, 190):  # narrowing and widening again
            steps.resize(width, 600)
            QApplication.processEvents()
            room = text_width(steps, width)
            for row in range(steps.count()):
                item = steps.item(row)
                height = steps.visualItemRect(item).height()
                needed = needed_height(item.font(), item.text(), room)
                if height < needed:
                    short.append((routine.id, width, row, height, needed))
    assert short == []


def test_every_item_is_as_tall_as_the_text_it_paints(qtbot: QtBot, routines) -> None:
    # The delegate paints an item's text wrapped to the item's own width (less its
    # padding); the list's spacing makes the item narrower than the viewport. Measured
    # at any other width, a title that just fits there wraps when painted and pushes its
    # length line out of the item ("12. Noch einmal Faust und strecken" lost its line).
    steps = StepList()
    qtbot.addWidget(steps)
    steps.show()
    short = []
    for routine in routines:
        steps.set_routine(routine)
        for width in range(170, 330, 3):
            steps.resize(width, 2000)  # tall: no scroll bar comes and goes
            QApplication.processEvents()
            for row in range(steps.count()):
                item = steps.item(row)
                rect = steps.visualItemRect(item)
                painted = needed_height(item.font(), item.text(), rect.width() - 2 * _PAD_X)
                if rect.height() < painted:
                    short.append((routine.id, width, row, rect.height(), painted))
    assert short == []


def test_a_long_title_wraps_onto_more_lines_when_narrow(qtbot: QtBot, routines) -> None:
    steps = StepList()
    qtbot.addWidget(steps)
    steps.show()
    routine = next(r for r in routines if any(len(s.title) > 24 for s in r.steps))
    row = next(i for i, s in enumerate(routine.steps) if len(s.title) > 24)
    steps.set_routine(routine)
    steps.resize(600, 600)
    QApplication.processEvents()
    wide = steps.visualItemRect(steps.item(row)).height()
    steps.resize(170, 600)
    QApplication.processEvents()
    assert steps.visualItemRect(steps.item(row)).height() > wide
