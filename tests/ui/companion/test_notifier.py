"""The real tray icon where the platform has one, the in-window notice where it has none."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from handtrainer.core.resources import app_icon_path
from handtrainer.ui.companion.companion_settings import CompanionSettings, CompanionSettingsStore
from handtrainer.ui.companion.notifier import QtNotifier

_TRAY_PROBE = r"""
from PySide6.QtCore import ClassInfo, Property, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu

from handtrainer.core.resources import app_icon_path
from handtrainer.ui.companion.notifier import QtNotifier

app = QApplication([])


@ClassInfo({"D-Bus Interface": "org.kde.StatusNotifierWatcher"})
class Watcher(QDBusAbstractAdaptor):
    # A stand-in tray host: the StatusNotifierWatcher that KDE, GNOME's AppIndicator
    # extension, waybar and others provide, as far as Qt asks it.
    def _yes(self):
        return True

    def _items(self):
        return []

    def _version(self):
        return 0

    IsStatusNotifierHostRegistered = Property(bool, _yes)
    RegisteredStatusNotifierItems = Property("QStringList", _items)
    ProtocolVersion = Property(int, _version)

    @Slot(str)
    def RegisterStatusNotifierItem(self, service):
        print("item registered", flush=True)
        app.quit()

    @Slot(str)
    def RegisterStatusNotifierHost(self, service):
        pass


host = QObject()
Watcher(host)
bus = QDBusConnection.sessionBus()
assert bus.registerObject("/StatusNotifierWatcher", host)
assert bus.registerService("org.kde.StatusNotifierWatcher")

notifier = QtNotifier(QIcon(str(app_icon_path())))
print("tray", notifier.has_tray(), flush=True)
menu = QMenu()
menu.addAction("Quit")
print("shown", notifier.show_tray(menu, "Hand Trainer", lambda: None), flush=True)
print("visible", notifier.tray.isVisible(), flush=True)
QTimer.singleShot(20_000, app.quit)  # a safety net only; the registration ends it
app.exec()
"""


def test_the_real_tray_icon_with_a_status_notifier_host(tmp_path: Path) -> None:
    import os
    import shutil
    import subprocess
    import sys

    xvfb, bus = shutil.which("xvfb-run"), shutil.which("dbus-run-session")
    if xvfb is None or bus is None:
        pytest.skip("needs xvfb-run and dbus-run-session for a desktop with a tray host")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run(
        [xvfb, "-a", bus, "--", sys.executable, "-c", _TRAY_PROBE],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        check=False,
    )
    if done.returncode and (
        "could not connect to display" in done.stderr or "platform plugin" in done.stderr
    ):
        pytest.skip(f"the xcb platform does not start here: {done.stderr[-300:]}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "tray True",
        "shown True",
        "visible True",
        "item registered",
    ], done.stderr


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
    path = tmp_path / "companion.json"
    path.write_text(
        '{"reminders/enabled": "perhaps", "reminders/kind": "sometimes",'
        ' "reminders/every_minutes": "2", "reminders/work_start": "25:00",'
        ' "reminders/times": "08:00,xx,20:30", "reminders/days": "0,1,9",'
        ' "tray/keep_in_tray": "true"}',
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


def test_desktop_notifications_start_the_routine_when_clicked(qtbot: QtBot, tmp_path: Path) -> None:
    from handtrainer.ui.companion.desktop_notifications import DesktopNotifications

    fake = tmp_path / "notify-send"
    # A stand-in for notify-send --wait: records its arguments, answers "clicked".
    fake.write_text(
        f'#!/bin/sh\nprintf "%s\\n" "$@" > "{tmp_path}/args"\necho default\n', encoding="utf-8"
    )
    fake.chmod(0o755)
    parent = QWidget()
    qtbot.addWidget(parent)
    desktop = DesktopNotifications("Hand Trainer", "Start", parent, program=str(fake))
    notifier = QtNotifier(QIcon(str(app_icon_path())), parent, desktop)
    assert notifier.has_desktop_notifications()
    clicked: list[bool] = []
    notifier.notify("Hand Trainer", "Time for your hands", lambda: clicked.append(True))
    qtbot.waitUntil(lambda: clicked == [True], timeout=10_000)
    args = (tmp_path / "args").read_text(encoding="utf-8").splitlines()
    assert args[-2:] == ["Hand Trainer", "Time for your hands"]
    assert "--wait" in args and "--action=default=Start" in args


def test_a_notification_program_that_fails_falls_back(qtbot: QtBot, tmp_path: Path) -> None:
    from handtrainer.ui.companion.desktop_notifications import DesktopNotifications

    parent = QWidget()
    qtbot.addWidget(parent)
    desktop = DesktopNotifications("H", "Start", parent, program=str(tmp_path / "missing"))
    with qtbot.waitSignal(desktop.failed, timeout=10_000):
        desktop.notify("H", "T", lambda: None)
    assert not desktop.available
    notifier = QtNotifier(QIcon(str(app_icon_path())), parent, desktop)
    seen: list[str] = []
    notifier.windowNotice.connect(lambda _title, text, _click: seen.append(text))
    notifier.notify("H", "in the window", lambda: None)
    assert seen == ["in the window"]


_LOCK_PROBE = r"""
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from handtrainer.ui.companion.screen_lock import ScreenLockWatcher

app = QCoreApplication([])
watcher = ScreenLockWatcher()
print("listening", watcher.listening, flush=True)
seen = []

def send(value):
    msg = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    )
    msg.setArguments([value])
    QDBusConnection.sessionBus().send(msg)

def changed(locked):
    seen.append(locked)
    send(False) if locked else app.quit()

watcher.lockedChanged.connect(changed)
send(True)
QTimer.singleShot(20_000, app.quit)  # a safety net only; the signals end it
app.exec()
print("seen", seen, flush=True)
"""


def test_the_screen_lock_is_followed_over_dbus(tmp_path: Path) -> None:
    import os
    import shutil
    import subprocess
    import sys

    runner = shutil.which("dbus-run-session")
    if runner is None:
        pytest.skip("dbus-run-session is not installed")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [runner, "--", sys.executable, "-c", _LOCK_PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["listening True", "seen [True, False]"]


def test_without_a_bus_the_screen_counts_as_unlocked(qtbot: QtBot) -> None:
    from handtrainer.ui.companion.screen_lock import ScreenLockWatcher

    watcher = ScreenLockWatcher(listen=False)
    assert not watcher.is_locked()
    with qtbot.waitSignal(watcher.lockedChanged, timeout=1000):
        watcher.set_locked(True)
    assert watcher.is_locked()
