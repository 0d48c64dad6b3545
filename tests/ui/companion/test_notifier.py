"""The real tray icon where the platform has one, the in-window notice where it has none."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from handtrainer.resources import app_icon_path
from handtrainer.ui.companion.companion_settings import CompanionSettings, CompanionSettingsStore
from handtrainer.ui.companion.notifier import QtNotifier


def test_the_real_tray_icon(qtbot: QtBot) -> None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this platform shows no system tray (offscreen or no tray host)")
    parent = QWidget()
    qtbot.addWidget(parent)
    notifier = QtNotifier(QIcon(str(app_icon_path())), parent)
    menu = QMenu(parent)
    menu.addAction("Quit")
    assert notifier.show_tray(menu, "Hand Trainer", lambda: None)
    assert notifier.tray is not None and notifier.tray.isVisible()
    assert notifier.tray.contextMenu() is menu
    notifier.tray.hide()


def test_without_a_tray_a_reminder_becomes_a_window_notice(qtbot: QtBot) -> None:
    from handtrainer.ui.companion.companion import Companion

    parent = QWidget()
    qtbot.addWidget(parent)
    notifier = QtNotifier(QIcon(str(app_icon_path())), parent)
    if notifier.has_tray():
        pytest.skip("this platform has a tray; the fallback is for desktops without one")
    assert not notifier.show_tray(QMenu(parent), "Hand Trainer", lambda: None)
    seen: list[tuple[str, str]] = []
    clicked: list[bool] = []
    notifier.windowNotice.connect(lambda title, text, on_click: seen.append((title, text)))
    notifier.windowNotice.connect(lambda _t, _x, on_click: on_click())
    notifier.notify("Hand Trainer", "Time for your hands", lambda: clicked.append(True))
    assert seen == [("Hand Trainer", "Time for your hands")] and clicked == [True]
    assert Companion.window_notice  # the companion shows it; see the next test


def test_the_window_notice_is_a_box_with_a_start_button(qtbot: QtBot, tmp_path: Path) -> None:
    from handtrainer.ui.companion.companion import Companion

    class Stand:
        window = QWidget()
        _notice = None

    stand = Stand()
    qtbot.addWidget(stand.window)
    stand.window.statusBar = lambda: type("Bar", (), {"showMessage": lambda *_a: None})()
    started: list[bool] = []
    Companion.window_notice(stand, "Hand Trainer", "Time", lambda: started.append(True))  # type: ignore[arg-type]
    box = stand.window.findChild(QMessageBox, "reminder-notice")
    assert box is not None and box.isVisible() and not box.isModal()
    [start] = [b for b in box.buttons() if b.text() == "Start"]
    start.click()
    assert started == [True]


def test_companion_settings_survive_odd_values(tmp_path: Path) -> None:
    path = tmp_path / "companion.ini"
    path.write_text(
        "[reminders]\nenabled=perhaps\nkind=sometimes\nevery_minutes=2\nwork_start=25:00\n"
        "times=08:00,xx,20:30\ndays=0,1,9\n[tray]\nkeep_in_tray=true\n",
        encoding="utf-8",
    )
    settings = CompanionSettingsStore(path).load()
    default = CompanionSettings()
    assert settings.schedule.enabled is default.schedule.enabled
    assert settings.schedule.kind is default.schedule.kind
    assert settings.schedule.every_minutes == 5  # clamped
    assert settings.schedule.work_start == default.schedule.work_start
    assert settings.schedule.days == frozenset({0, 1, 6})  # 9 clamped to Sunday
    assert settings.keep_in_tray is True
    store = CompanionSettingsStore(path)
    store.save(settings)
    assert store.load() == settings
