"""The History page and its calendar, fed directly with entries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from handtrainer.core.history import Outcome, PracticeEntry
from handtrainer.core.history_summary import PlanTarget
from handtrainer.ui.companion.history_page import HistoryPage
from handtrainer.ui.companion.practice_calendar import PracticeCalendar, level
from tests.helpers.companion_fakes import FakeCompanionPrompts

TODAY = date(2026, 3, 11)  # a Wednesday


class QuietHistory:
    """A history service stand-in: the page only connects to it and asks it."""

    class _Signal:
        def connect(self, _slot) -> None:
            pass

    entriesLoaded = _Signal()
    exported = _Signal()

    def __init__(self) -> None:
        self.deleted: list[int] = []

    def refresh(self) -> None:
        pass

    def delete(self, entry_id: int) -> None:
        self.deleted.append(entry_id)


def entry(n: int, day: date, seconds: float, routine: str = "desk") -> PracticeEntry:
    when = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)
    return PracticeEntry(n, routine, routine.title(), when, seconds, 3, 3, Outcome.FINISHED)


def test_figures_plans_and_tables(qtbot: QtBot) -> None:
    page = HistoryPage(QuietHistory(), FakeCompanionPrompts(), lambda: TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    entries = [
        entry(4, TODAY, 120),
        entry(3, TODAY - timedelta(days=1), 300, "anna"),
        entry(2, TODAY - timedelta(days=2), 60, "anna"),
        entry(1, TODAY - timedelta(days=9), 60),
    ]
    page.set_plans([PlanTarget("anna", "Anna's wrists", 14, "Anna")])
    page.show_entries(entries)
    assert page.figures["current-streak"].text() == "3 days"
    assert page.figures["longest-streak"].text() == "3 days"
    assert page.figures["today"].text() == "2 min"
    assert page.figures["this-week"].text() == "8 min"
    assert page.plans.text() == "Anna's wrists: 2 of 14 this week (for Anna)"
    assert page.sessions_model.rowCount() == 4 and page.totals_model.rowCount() == 2
    assert not page.delete_button.isEnabled()
    page.sessions_view.selectRow(1)
    assert page.delete_button.isEnabled()
    page.delete_selected()
    assert page._history.deleted == [3]  # type: ignore[attr-defined]
    assert page.calendar.accessibleDescription().startswith("4 days with practice, 9 minutes")


def test_an_empty_history_reads_well(qtbot: QtBot) -> None:
    page = HistoryPage(QuietHistory(), FakeCompanionPrompts(), lambda: TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    assert page.figures["current-streak"].text() == "0 days"
    assert not page.plans.isVisible()
    assert not page.export_button.isEnabled()


def test_the_calendar_follows_the_palette(qtbot: QtBot) -> None:
    assert [level(m) for m in (0, 0.5, 4, 9, 19, 45)] == [0, 1, 1, 2, 3, 4]
    calendar = PracticeCalendar()
    qtbot.addWidget(calendar)
    days = [(TODAY - timedelta(days=n), float(n % 25)) for n in range(60, -1, -1)]
    calendar.set_days(days, TODAY)
    calendar.resize(calendar.sizeHint())
    light_shades, light_text, _mark = calendar.colors()
    dark = QPalette(calendar.palette())
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#18191b"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
    ):
        dark.setColor(role, QColor(color))
    calendar.setPalette(dark)
    dark_shades, dark_text, _mark = calendar.colors()
    assert light_shades[0].lightness() > dark_shades[0].lightness()
    assert light_text != dark_text
    # More minutes, a stronger shade, on both palettes.
    for shades in (light_shades, dark_shades):
        distances = [abs(s.lightness() - shades[0].lightness()) for s in shades]
        assert distances == sorted(distances)
    assert calendar.accessibleDescription().startswith("58 days with practice")
    assert not calendar.grab().toImage().isNull()
