"""The companion on the real window: reminders, the tray menu, closing to the tray, settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.core.model import Side
from handtrainer.core.schedule import EVERY_DAY, ReminderSchedule
from handtrainer.core.session import Phase
from handtrainer.ui.companion import autostart
from handtrainer.ui.companion.companion import Companion, install_companion
from handtrainer.ui.companion.companion_settings import CompanionSettings, CompanionSettingsStore
from handtrainer.ui.preferences import Preferences
from tests.helpers.clock import WallClock
from tests.helpers.companion_fakes import FakeCompanionPrompts, FakeNotifier
from tests.helpers.window import Trainer, build_trainer

ROUTINES = Path(__file__).parents[2] / "e2e" / "routines"
START = datetime(2026, 3, 2, 9, 50).astimezone()  # a Monday morning, local time
HOURLY = ReminderSchedule(
    enabled=True, every_minutes=60, work_start=time(9), work_end=time(17), days=EVERY_DAY
)


@pytest.fixture
def trainer(qtbot: QtBot, tmp_path: Path) -> Iterator[Trainer]:
    library = load_library([ROUTINES], include_user=False, bundled_dir=tmp_path / "none")
    prefs = Preferences(lead_hand=Side.RIGHT, get_ready_seconds=3, switch_seconds=2)
    trainer = build_trainer(qtbot, tmp_path, library, preferences=prefs)
    yield trainer
    trainer.window.controller.unload()


def companion_for(trainer: Trainer, tray: bool = True, settings: CompanionSettings | None = None):
    store = CompanionSettingsStore(trainer.folder / "companion.json")
    store.save(settings or CompanionSettings(schedule=HOURLY))
    notifier = FakeNotifier(tray=tray)
    clock = WallClock(START)
    companion = install_companion(
        trainer.window,
        trainer.folder / "history.sqlite3",
        FakeCompanionPrompts(),
        notifier=notifier,
        settings_store=store,
        now=clock,
        timers=trainer.timers,
    )
    return companion, notifier, clock


def fire_reminders(trainer: Trainer, clock: WallClock, delta: timedelta) -> None:
    clock.advance(delta)
    trainer.fire("reminder-wake")


def test_a_reminder_offers_a_routine_and_clicking_starts_it(trainer: Trainer) -> None:
    companion, notifier, clock = companion_for(trainer)
    assert companion.reminders.next_due() == datetime(2026, 3, 2, 10, 0).astimezone()
    fire_reminders(trainer, clock, timedelta(minutes=5))
    assert notifier.notified == []
    fire_reminders(trainer, clock, timedelta(minutes=6))
    [(text, _click)] = notifier.notified
    assert "Test practice" in text  # the only routine for one's own hands
    notifier.click_last()
    assert trainer.window.controller.state().phase is Phase.GET_READY
    assert companion.recorder.running
    # No reminder while the routine runs.
    fire_reminders(trainer, clock, timedelta(hours=1))
    assert len(notifier.notified) == 1
    companion.close()


def test_the_tray_menu_starts_the_last_routine_and_snoozes(trainer: Trainer, qtbot) -> None:
    companion, notifier, _clock = companion_for(trainer)
    menu = notifier.menu
    assert menu is not None
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == [
        "tray-next",
        "tray-skip",
        "tray-snooze",
        "tray-today",
        "tray-open",
        "tray-quit",
    ]
    today = menu.findChild(type(menu.actions()[0]), "tray-today")
    assert today.text() == "Today: no practice yet"
    skip = menu.findChild(type(menu.actions()[0]), "tray-skip")
    skip.trigger()
    assert companion.reminders.next_due() == datetime(2026, 3, 2, 11, 0).astimezone()
    trainer.window.open_routine_by_id("e2e-practice")
    trainer.window.start_routine()
    trainer.run_for(5)
    trainer.window.controller.stop()
    companion.history.refresh()
    # Earlier reads may still be on their way: wait for one that has the run in it.
    qtbot.waitUntil(lambda: companion.minutes_today() > 0, timeout=5000)
    menu.rebuild()
    start = menu.findChild(type(menu.actions()[0]), "start-last")
    assert start is not None and "Test practice" in start.text()
    assert "5 s" in menu.findChild(type(start), "tray-today").text()
    trainer.window.show_library()
    start.trigger()
    assert trainer.window.controller.state().phase is Phase.GET_READY
    trainer.window.controller.stop()
    menu.findChild(type(start), "tray-snooze").trigger()
    assert companion.reminders.next_due() == START + timedelta(hours=1)
    assert "snoozed" in trainer.window.statusBar().currentMessage()
    companion.close()


def test_favourites_are_offered_in_the_tray(trainer: Trainer, tmp_path: Path) -> None:
    from handtrainer.ui.library.favourites import FavouritesStore

    favourites = FavouritesStore(tmp_path / "favourites.json")
    favourites.set_favourite("e2e-partner", True)
    trainer.window.library.favourites = favourites
    companion, notifier, _clock = companion_for(trainer)
    notifier.menu.rebuild()
    first = notifier.menu.actions()[0]
    assert first.objectName() == "start-fav"
    assert first.text() == f"Start “{companion.favourites()[0].title}”"
    assert [r.id for r in companion.favourites()] == ["e2e-partner"]
    companion.close()


def test_closing_the_window_keeps_the_companion_in_the_tray(trainer: Trainer) -> None:
    settings = CompanionSettings(schedule=HOURLY, keep_in_tray=True)
    companion, notifier, _clock = companion_for(trainer, settings=settings)
    window = trainer.window
    window.open_routine_by_id("e2e-practice")
    window.start_routine()
    window.close()
    assert not window.isVisible()
    assert not companion.recorder.running  # a routine does not run on in a hidden window
    assert window.controller.routine is None
    assert len(notifier.notified) == 1 and "tray" in notifier.notified[0][0]
    assert companion.settings.told_about_tray
    assert CompanionSettingsStore(trainer.folder / "companion.json").load().told_about_tray
    companion.open_window()
    window.close()
    assert len(notifier.notified) == 1  # said once
    # The window's Quit quits for real.
    window.show()
    window.menus.quit_action.trigger()
    assert not window.isVisible()
    assert companion.history._closed


def test_without_a_tray_closing_closes(trainer: Trainer) -> None:
    settings = CompanionSettings(schedule=HOURLY, keep_in_tray=True)
    companion, notifier, _clock = companion_for(trainer, tray=False, settings=settings)
    assert not companion.in_tray
    trainer.window.close()
    assert notifier.notified == []
    assert companion.history._closed


def test_the_settings_section_saves_and_starts_at_login(trainer: Trainer, qtbot) -> None:
    companion, _notifier, _clock = companion_for(trainer)
    section = companion.settings_section()
    qtbot.addWidget(section)
    section.every.setValue(30)
    section.start_at_login.setChecked(True)
    section.apply()
    assert companion.settings.schedule.every_minutes == 30
    assert CompanionSettingsStore(trainer.folder / "companion.json").load() == companion.settings
    assert companion.reminders.next_due() == datetime(2026, 3, 2, 10, 0).astimezone()
    entry = autostart.autostart_path()
    assert entry.is_file() and "Exec=" in entry.read_text(encoding="utf-8")
    section = companion.settings_section()
    qtbot.addWidget(section)
    assert section.start_at_login.isChecked()
    section.start_at_login.setChecked(False)
    section.apply()
    assert not entry.exists()
    companion.close()


def test_the_settings_section_says_when_there_is_no_tray(trainer: Trainer, qtbot) -> None:
    companion, _notifier, _clock = companion_for(trainer, tray=False)
    section = companion.settings_section()
    qtbot.addWidget(section)
    assert section.no_tray is not None and "no tray" in section.no_tray.text()
    assert not section.keep_in_tray.isEnabled()
    companion.close()


def test_the_real_settings_dialog_includes_the_reminders(qtbot: QtBot) -> None:
    from handtrainer.ui.companion.reminder_settings import ReminderSettingsSection
    from handtrainer.ui.dialogs.settings_dialog import SettingsDialog

    applied: list[CompanionSettings] = []
    section = ReminderSettingsSection(CompanionSettings(), applied.append, has_tray=True)
    dialog = SettingsDialog(Preferences(), sections=[section])
    qtbot.addWidget(dialog)
    assert dialog.findChild(ReminderSettingsSection, "reminder-settings") is section
    section.enabled.setChecked(True)
    dialog.accept()
    assert applied and applied[0].schedule.enabled


def test_the_companion_is_a_companion(trainer: Trainer) -> None:
    companion, _n, _c = companion_for(trainer)
    assert isinstance(companion, Companion)
    assert trainer.window.findChild(type(companion.history_action), "show-history")
    companion.close()


def test_no_reminder_while_the_screen_is_locked(trainer: Trainer) -> None:
    companion, notifier, clock = companion_for(trainer)
    companion.screen_lock.set_locked(True)
    fire_reminders(trainer, clock, timedelta(minutes=11))
    assert notifier.notified == []
    companion.screen_lock.set_locked(False)
    fire_reminders(trainer, clock, timedelta(hours=1))
    assert len(notifier.notified) == 1
    companion.close()


def test_a_damaged_history_is_kept_aside_and_the_window_says_so(trainer: Trainer, qtbot) -> None:
    (trainer.folder / "history.sqlite3").write_bytes(b"not a database" * 50)
    with qtbot.waitSignal(trainer.window.statusBar().messageChanged, timeout=5000):
        companion, _notifier, _clock = companion_for(trainer)
    assert "damaged" in trainer.window.statusBar().currentMessage()
    assert list(trainer.folder.glob("history.sqlite3.damaged-*"))
    companion.close()


def test_settings_offer_the_reminders_tab(trainer: Trainer) -> None:
    companion_for(trainer)
    trainer.window.show_settings()
    assert trainer.prompts.settings_sections_offered == 1


def test_records_are_stamped_by_the_companion_clock_not_the_real_one(
    trainer: Trainer, qtbot
) -> None:
    companion, _notifier, _clock = companion_for(trainer)
    trainer.window.open_routine_by_id("e2e-practice")
    trainer.window.start_routine()
    trainer.run_for(5)
    trainer.window.controller.stop()
    companion.history.refresh()
    qtbot.waitUntil(lambda: bool(companion._entries), timeout=5000)
    assert companion._entries[0].started_at == START  # 2026-03-02, whatever today is
    assert companion.minutes_today() > 0
