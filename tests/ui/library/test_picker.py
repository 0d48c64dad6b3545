"""The routine picker: listing, search, filters, marks and failed files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from handtrainer.core.library import FailedFile, RoutineLibrary
from handtrainer.core.model import Audience, Hand, Origin, Routine, Step, Technique
from handtrainer.core.problems import Problem
from handtrainer.ui.library.picker import RoutinePicker


def _routine(
    rid: str,
    title: str,
    seconds: float,
    *,
    audience: Audience = Audience.SELF,
    tags: tuple[str, ...] = (),
    origin: Origin = Origin.BUNDLED,
    step_title: str = "Rub",
) -> Routine:
    step = Step(step_title, "Do it.", Technique.RUB, hand=Hand.BOTH, duration=seconds)
    return Routine(
        rid, title, f"Summary of {title}.", (step,), audience=audience, tags=tags, origin=origin
    )


ROUTINES = (
    _routine("desk", "Desk reset", 120, tags=("desk", "quick")),
    _routine("evening", "Evening calm", 600, tags=("calm",), step_title="Stroke the palm"),
    _routine("partner", "Partner massage", 1500, audience=Audience.PARTNER, tags=("calm",)),
    _routine("mine", "My own routine", 200, origin=Origin.USER),
    _routine("override", "Replaced routine", 200, origin=Origin.USER),
)
BROKEN = Path("/routines/broken.yaml")
LIBRARY = RoutineLibrary(
    routines=ROUTINES,
    failures=(
        FailedFile(
            BROKEN, (Problem(BROKEN, 7, 5, "a step needs a duration or repeat"),), Origin.USER
        ),
    ),
    notices=(),
    overridden=frozenset({"override"}),
)


@pytest.fixture
def picker(qtbot: QtBot) -> RoutinePicker:
    widget = RoutinePicker()
    qtbot.addWidget(widget)
    widget.set_library(LIBRARY)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _titles(picker: RoutinePicker) -> list[str]:
    return [routine.title for routine in picker.visible_routines()]


def test_lists_every_routine(picker: RoutinePicker) -> None:
    assert len(_titles(picker)) == len(ROUTINES)
    assert picker.current_routine() is not None


def test_search_as_you_type(picker: RoutinePicker, qtbot: QtBot) -> None:
    qtbot.keyClicks(picker.search, "calm")
    assert sorted(_titles(picker)) == ["Evening calm", "Partner massage"]
    picker.search.clear()
    qtbot.keyClicks(picker.search, "stroke PALM")  # step titles too, any case, every word
    assert _titles(picker) == ["Evening calm"]
    qtbot.keyClicks(picker.search, " nothing-like-this")
    assert _titles(picker) == []
    assert picker.empty_label.isVisible()
    assert not picker.open_button.isEnabled()


def test_filters_by_audience_tag_and_length(picker: RoutinePicker) -> None:
    picker.audience.setCurrentIndex(picker.audience.findData(Audience.PARTNER.value))
    assert _titles(picker) == ["Partner massage"]
    picker.audience.setCurrentIndex(0)
    picker.tag.setCurrentIndex(picker.tag.findData("desk"))
    assert _titles(picker) == ["Desk reset"]
    picker.tag.setCurrentIndex(0)
    picker.length.setCurrentIndex(1)  # under 5 min
    assert sorted(_titles(picker)) == ["Desk reset", "My own routine", "Replaced routine"]
    picker.length.setCurrentIndex(2)  # 5 to 15 min
    assert _titles(picker) == ["Evening calm"]
    picker.length.setCurrentIndex(3)  # longer
    assert _titles(picker) == ["Partner massage"]


def test_user_and_overriding_routines_are_marked(picker: RoutinePicker) -> None:
    from handtrainer.ui.library.picker import Role

    marks = {
        picker.model.item(row).data(Role.ROUTINE).id: picker.model.item(row).data(Role.MARK)
        for row in range(picker.model.rowCount())
    }
    assert marks["desk"] == ""
    assert marks["mine"] == "Your routine"
    assert marks["override"] == "Replaces a bundled routine"


def test_failed_files_are_listed_with_their_errors(picker: RoutinePicker) -> None:
    assert picker.failures_box.isVisible()
    assert "(1)" in picker.failures_box.title()
    assert picker.failure_lines() == [f"{BROKEN}:7:5: a step needs a duration or repeat"]


def test_no_failures_no_section(qtbot: QtBot) -> None:
    widget = RoutinePicker()
    qtbot.addWidget(widget)
    widget.set_library(RoutineLibrary(ROUTINES, (), (), frozenset()))
    widget.show()
    assert not widget.failures_box.isVisible()


def test_enter_and_double_click_open_the_routine(picker: RoutinePicker, qtbot: QtBot) -> None:
    picker.select_routine("evening")
    picker.view.setFocus()
    with qtbot.waitSignal(picker.routineActivated, timeout=1000) as blocker:
        QTest.keyClick(picker.view, Qt.Key.Key_Return)
    assert blocker.args[0].id == "evening"
    index = picker.view.currentIndex()
    rect = picker.view.visualRect(index)
    with qtbot.waitSignal(picker.routineActivated, timeout=1000) as blocker:
        # A real double-click is a click followed by the double-click event.
        QTest.mouseClick(picker.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(picker.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0].id == "evening"


def test_select_clears_filters_that_hide_the_routine(picker: RoutinePicker, qtbot: QtBot) -> None:
    qtbot.keyClicks(picker.search, "desk")
    assert picker.select_routine("partner")
    assert picker.search.text() == ""
    assert picker.current_routine().id == "partner"


def test_rendering_the_list_does_not_fail(picker: RoutinePicker) -> None:
    image = picker.grab()
    assert not image.isNull()
