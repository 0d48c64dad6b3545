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
from handtrainer.ui.library.library_model import LibraryModel
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
    widget = RoutinePicker(LibraryModel(LIBRARY))
    qtbot.addWidget(widget)
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

    listing = picker.filter
    marks = {
        listing.index(row, 0).data(Role.ROUTINE).id: listing.index(row, 0).data(Role.MARK)
        for row in range(listing.rowCount())
    }
    assert marks["desk"] == ""
    assert marks["mine"] == "Your routine"
    assert marks["override"] == "Replaces a bundled routine"


def test_failed_files_are_listed_with_their_errors(picker: RoutinePicker) -> None:
    assert picker.failures_box.isVisible()
    assert "(1)" in picker.failures_box.title()
    assert picker.failure_lines() == [f"{BROKEN}:7:5: a step needs a duration or repeat"]


def test_no_failures_no_section(qtbot: QtBot) -> None:
    widget = RoutinePicker(LibraryModel(RoutineLibrary(ROUTINES, (), (), frozenset())))
    qtbot.addWidget(widget)
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


def test_down_from_the_search_goes_into_the_list_and_enter_opens(
    picker: RoutinePicker, qtbot: QtBot
) -> None:
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "calm")
    with qtbot.waitSignal(picker.routineActivated, timeout=1000) as blocker:
        QTest.keyClick(picker.search, Qt.Key.Key_Return)  # Enter in the search opens the first
    assert blocker.args[0].id in {"evening", "partner"}
    QTest.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.view.hasFocus()
    QTest.keyClick(picker.view, Qt.Key.Key_Down)
    second = picker.current_routine()
    with qtbot.waitSignal(picker.routineActivated, timeout=1000) as blocker:
        QTest.keyClick(picker.view, Qt.Key.Key_Return)
    assert blocker.args[0] is second


def test_selecting_shows_cautions_notes_sources_and_steps(qtbot: QtBot) -> None:
    step = Step("Stroke the palm", "Stroke slowly.", Technique.STROKE, duration=30, notes="Slow.")
    routine = Routine(
        "full",
        "Full routine",
        "Everything.",
        (step,),
        cautions=("Not on a wound.",),
        sources=("A good book.",),
        notes="For the therapist <b>only</b>.",
    )
    widget = RoutinePicker(LibraryModel(RoutineLibrary((routine,))))
    qtbot.addWidget(widget)
    assert widget.select_routine("full")
    text = widget.detail.plain_text()
    for part in ("Not on a wound.", "A good book.", "For the therapist <b>only</b>.", "Stroke"):
        assert part in text  # plain text, shown as written
    # One length everywhere: 30 s on each hand, with the get-ready and switch pauses.
    assert "1 min 10 s" in text


def test_notes_and_warnings_are_shown_beside_the_failed_files(qtbot: QtBot) -> None:
    warning = Problem(Path("/r/a.yaml"), 3, 7, "the zone palm.center is listed twice", "warning")
    library = RoutineLibrary(
        ROUTINES,
        notices=("cannot create your routines folder /nope: Permission denied",),
        warnings=(warning,),
    )
    widget = RoutinePicker(LibraryModel(library))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.failures_box.isVisible()
    lines = widget.notice_lines()
    assert any("cannot create your routines folder" in line for line in lines)
    assert any("/r/a.yaml:3:7: warning: the zone palm.center is listed twice" in x for x in lines)


def test_favourites_are_marked_kept_and_filtered(qtbot: QtBot, tmp_path: Path) -> None:
    from handtrainer.ui.library.favourites import FavouritesStore

    store = FavouritesStore(tmp_path / "state" / "favourites.json")
    widget = RoutinePicker(LibraryModel(LIBRARY, favourites=store))
    qtbot.addWidget(widget)
    widget.select_routine("evening")
    widget.favourite_button.click()
    assert store.is_favourite("evening")
    assert FavouritesStore(store.path).ids() == {"evening"}  # kept across restarts
    widget.favourites_only.setChecked(True)
    assert _titles(widget) == ["Evening calm"]
    widget.favourite_button.click()
    assert _titles(widget) == []


def test_the_user_folder_button_opens_it(qtbot: QtBot, tmp_path: Path) -> None:
    from handtrainer.ui.library.library_model import LibrarySources

    model = LibraryModel()
    with qtbot.waitSignal(model.loadingChanged, timeout=10_000, check_params_cb=lambda b: not b):
        model.load(LibrarySources(bundled_dir=tmp_path / "b", user_dir=tmp_path / "mine"))
    widget = RoutinePicker(model)
    qtbot.addWidget(widget)
    opened: list[str] = []
    widget.open_url = lambda url: opened.append(url.toLocalFile())
    widget.folder_button.click()
    assert opened == [str(tmp_path / "mine")]


def test_the_count_says_how_many_routines(picker: RoutinePicker) -> None:
    assert picker.count_label.text() == f"{len(ROUTINES)} routines"


def test_filters_hand_or_foot_routines(qtbot: QtBot, tmp_path: Path) -> None:
    from handtrainer.core.library import load_library
    from handtrainer.core.model import BodyMap
    from tests.helpers.foot_routine import write_foot_routine
    from tests.helpers.routine_samples import routine_text

    folder = tmp_path / "routines"
    write_foot_routine(folder)
    (folder / "hand.yaml").write_text(routine_text("hand", "On the hand"), encoding="utf-8")
    library = load_library([folder], include_user=False, bundled_dir=tmp_path / "none")
    picker = RoutinePicker(LibraryModel(library))
    qtbot.addWidget(picker)
    names = [picker.body_map.itemText(i) for i in range(picker.body_map.count())]
    assert names == ["Hands and feet", "Hands", "Feet"]
    assert sorted(_titles(picker)) == ["Foot test", "On the hand"]
    picker.body_map.setCurrentIndex(picker.body_map.findData(BodyMap.FOOT.value))
    assert _titles(picker) == ["Foot test"]
    picker.body_map.setCurrentIndex(picker.body_map.findData(BodyMap.HAND.value))
    assert _titles(picker) == ["On the hand"]
    assert picker.select_routine("foot-test")  # a filtered-out routine clears the filters
    assert picker.body_map.currentIndex() == 0


def test_the_list_says_once_when_it_has_painted_rows(qtbot: QtBot) -> None:
    empty = RoutinePicker(LibraryModel(RoutineLibrary(routines=(), failures=(), notices=())))
    qtbot.addWidget(empty)
    told: list[str] = []
    empty.view.rowsPainted.connect(lambda: told.append("empty"))
    empty.resize(900, 600)
    empty.show()
    qtbot.waitExposed(empty, timeout=5000)
    empty.view.repaint()
    assert told == []  # an empty list painted is not rows on screen

    full = RoutinePicker(LibraryModel(LIBRARY))
    qtbot.addWidget(full)
    full.view.rowsPainted.connect(lambda: told.append("rows"))
    full.resize(900, 600)
    with qtbot.waitSignal(full.view.rowsPainted, timeout=5000):
        full.show()
    full.view.repaint()
    full.view.repaint()
    assert told == ["rows"]
