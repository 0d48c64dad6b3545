"""The desk companion, wired onto the trainer window: history, reminders, tray.

``install_companion`` is called once by app.py (and by tests, with their own
history file, prompts, notifier, clock and timers); it adds the History page
and its menu item, records every run of a routine, runs the reminders, puts
the icon in the tray when there is one, and adds the Reminders section to the
settings dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from handtrainer.core.history import PracticeEntry
from handtrainer.core.history_summary import PlanTarget, minutes_per_day
from handtrainer.core.model import BodyMap, Routine
from handtrainer.core.schedule import Reminder
from handtrainer.core.suggestions import favourites_first, suggest_routine
from handtrainer.core.wording import format_seconds
from handtrainer.ui.companion import autostart
from handtrainer.ui.companion.companion_prompts import CompanionPrompts
from handtrainer.ui.companion.companion_settings import CompanionSettings, CompanionSettingsStore
from handtrainer.ui.companion.history_service import HistoryService
from handtrainer.ui.companion.notifier import Notifier, QtNotifier
from handtrainer.ui.companion.reminder_service import ReminderService, local_now
from handtrainer.ui.companion.screen_lock import ScreenLockWatcher
from handtrainer.ui.companion.session_recorder import SessionRecorder
from handtrainer.ui.companion.tray_menu import TrayMenu

if TYPE_CHECKING:
    from handtrainer.ui.companion.history_page import HistoryPage
    from handtrainer.ui.main_window import MainWindow
    from handtrainer.ui.timers import TimerFactory

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def plan_targets(window: MainWindow) -> list[PlanTarget]:
    """The routines of the library that carry a practice plan."""
    targets = []
    for routine in window.library.library().routines:
        plan = routine.plan
        if plan is not None and plan.times_per_week:
            targets.append(
                PlanTarget(routine.id, routine.title, plan.times_per_week, plan.for_whom)
            )
    return targets


class Companion(QObject):
    """Holds the companion's parts for one window."""

    def __init__(
        self,
        window: MainWindow,
        history: HistoryService,
        prompts: CompanionPrompts,
        notifier: Notifier,
        settings_store: CompanionSettingsStore,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = local_now,
        timers: TimerFactory | None = None,
        screen_lock: ScreenLockWatcher | None = None,
    ) -> None:
        super().__init__(window)
        self.screen_lock = screen_lock or ScreenLockWatcher(self, listen=False)
        self.window = window
        self.history = history
        self.prompts = prompts
        self.notifier = notifier
        self.settings_store = settings_store
        self.settings: CompanionSettings = settings_store.load()
        self._today = today
        self._page: HistoryPage | None = None
        self._return_to: QWidget | None = None
        self._entries: list[PracticeEntry] = []
        self._notice: QWidget | None = None
        controller = window.controller
        self.recorder = SessionRecorder(controller, history, clock=controller.clock, parent=self)
        history.noticeChanged.connect(window.statusBar().showMessage)
        history.entriesLoaded.connect(self._on_entries)

        self.history_action = QAction(translate("Companion", "Practice &history"), window)
        self.history_action.setObjectName("show-history")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setToolTip(translate("Companion", "Practice history (Ctrl+H)"))
        self.history_action.triggered.connect(lambda _checked=False: self.show_history())
        window.addAction(self.history_action)
        window.menus.view.addAction(self.history_action)

        self.reminders = ReminderService(
            self.settings.schedule,
            busy=lambda: self.recorder.running,
            locked=self.screen_lock.is_locked,
            now=now,
            timers=timers,
            parent=self,
        )
        self.reminders.reminderDue.connect(self._on_reminder)
        self.tray_menu = TrayMenu(self, window)
        self.in_tray = notifier.show_tray(
            self.tray_menu, translate("Companion", "Hand Trainer"), self.open_window
        )
        window.close_to_tray = self._close_to_tray
        window.closed.connect(self.close)
        self._apply_quit_policy()
        history.refresh()

    # -- the History page --------------------------------------------------------------

    @property
    def page(self) -> HistoryPage:
        """The History page, made when first shown."""
        if self._page is None:
            from handtrainer.ui.companion.history_page import HistoryPage

            self._page = HistoryPage(self.history, self.prompts, self._today, self.window.stack)
            self._page.backRequested.connect(self._back)
            self._page.message.connect(self.window.statusBar().showMessage)
            self.window.stack.addWidget(self._page)
        return self._page

    def show_history(self) -> None:
        """Show the History page (a running routine carries on behind it)."""
        page = self.page
        current = self.window.current_page()
        if current is not page:
            self._return_to = current
        page.set_plans(plan_targets(self.window))
        page.refresh()
        self.window.stack.setCurrentWidget(page)
        page.sessions_view.setFocus()

    def _back(self) -> None:
        target = self._return_to
        if target is None or target is self.window.picker or self.window.stack.indexOf(target) < 0:
            self.window.show_library()
        else:
            self.window.stack.setCurrentWidget(target)

    def _on_entries(self, entries: list[PracticeEntry]) -> None:
        self._entries = list(entries)

    def minutes_today(self) -> float:
        """Minutes practised today, as last read from the history."""
        today = self._today()
        return minutes_per_day(self._entries, today, today)[0][1]

    # -- routines to offer ---------------------------------------------------------------

    def _favourite_ids(self) -> frozenset[str]:
        store = self.window.library.favourites
        return store.ids() if store is not None else frozenset()

    def favourites(self) -> list[Routine]:
        """The favourite routines, for the tray."""
        return favourites_first(self.window.library.library().routines, self._favourite_ids())

    def last_routine(self) -> Routine | None:
        """The routine practised last (this run, or as the history remembers)."""
        library = self.window.library
        if self.recorder.last_routine is not None:
            return library.get(self.recorder.last_routine.id) or self.recorder.last_routine
        for entry in self._entries:
            found = library.get(entry.routine_id)
            if found is not None:
                return found
        return None

    def suggestion(self, reminder: Reminder) -> Routine | None:
        """The routine a reminder offers."""
        return suggest_routine(
            self.window.library.library().routines,
            reminder.suggestion,
            self._favourite_ids(),
            length=self.window.routine_seconds,
        )

    def start(self, routine: Routine) -> None:
        """Bring the window up and start ``routine`` (not while another one runs)."""
        self.open_window()
        if self.recorder.running:
            return
        self.window.open_routine(routine)
        self.window.start_routine()

    def open_window(self) -> None:
        """Show the window, in front."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    # -- reminders -----------------------------------------------------------------------

    def _on_reminder(self, reminder: Reminder) -> None:
        routine = self.suggestion(reminder)
        if routine is None:
            text = translate("Companion", "Time for a short hand massage.")
        else:
            length = format_seconds(self.window.routine_seconds(routine))
            if routine.map is BodyMap.FOOT:
                text = translate(
                    "Companion", "Time for your feet: “{title}” ({length}). Click to start."
                )
            else:
                text = translate(
                    "Companion", "Time for your hands: “{title}” ({length}). Click to start."
                )
            text = text.format(title=routine.title, length=length)
        self.notifier.notify(
            translate("Companion", "Hand Trainer"),
            text,
            (lambda: self.start(routine)) if routine is not None else self.open_window,
        )

    def window_notice(self, title: str, text: str, on_click: Callable[[], None]) -> None:
        """A reminder where there is no tray: a small non-blocking box in the window."""
        from PySide6.QtWidgets import QMessageBox

        if self._notice is not None:
            self._notice.close()
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setObjectName("reminder-notice")
        start = box.addButton(translate("Companion", "Start"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Companion", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        start.clicked.connect(lambda _checked=False: on_click())
        box.destroyed.connect(lambda _obj=None: setattr(self, "_notice", None))
        self._notice = box
        self.window.statusBar().showMessage(text)
        box.show()

    def snooze(self) -> None:
        """No reminders for an hour."""
        self.reminders.snooze(timedelta(hours=1))
        self.window.statusBar().showMessage(
            translate("Companion", "Reminders snoozed for an hour.")
        )

    # -- settings, tray, quitting ------------------------------------------------------------

    def settings_section(self) -> QWidget:
        """A fresh Reminders section for the settings dialog."""
        from handtrainer.ui.companion.reminder_settings import ReminderSettingsSection

        current = CompanionSettings(
            self.settings.schedule,
            self.settings.keep_in_tray,
            self.settings.told_about_tray,
            autostart.is_enabled(),
        )
        return ReminderSettingsSection(
            current,
            self.apply_settings,
            has_tray=self.notifier.has_tray(),
            has_notifications=self.notifier.has_desktop_notifications(),
        )

    def apply_settings(self, settings: CompanionSettings) -> None:
        """Use, save and act on new settings."""
        if settings.start_at_login != autostart.is_enabled():
            problem = autostart.set_enabled(settings.start_at_login)
            if problem:
                self.window.statusBar().showMessage(
                    translate("Companion", "Could not change starting at login: {problem}").format(
                        problem=problem
                    )
                )
        self.settings = settings
        self.settings_store.save(settings)
        self.reminders.set_schedule(settings.schedule)
        self._apply_quit_policy()

    def _apply_quit_policy(self) -> None:
        # Living in the tray, the program ends only by Quit, not when its last window goes.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not (self.settings.keep_in_tray and self.in_tray))

    def _close_to_tray(self) -> bool:
        """Closing the window: hide it in the tray when asked to (and say so the first time)."""
        if not (self.settings.keep_in_tray and self.in_tray):
            return False
        if self.recorder.running:
            self.window.show_library()  # as a real close would: the run ends, recorded as stopped
        if not self.settings.told_about_tray:
            self.notifier.notify(
                translate("Companion", "Hand Trainer"),
                translate(
                    "Companion",
                    "Hand Trainer keeps running in the tray and will remind you. "
                    "Choose Quit in its menu to end it.",
                ),
                self.open_window,
            )
            self.apply_settings(
                CompanionSettings(
                    self.settings.schedule,
                    self.settings.keep_in_tray,
                    True,
                    self.settings.start_at_login,
                )
            )
        return True

    def quit(self) -> None:
        """Quit for good (the tray's Quit)."""
        self.window.quit_application()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def close(self) -> None:
        """Finish writing the history (the window closed, or the program quits)."""
        self.recorder.end_run()
        self.history.close()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)


def install_companion(
    window: MainWindow,
    history_path: Path | None = None,
    prompts: CompanionPrompts | None = None,
    *,
    notifier: Notifier | None = None,
    settings_store: CompanionSettingsStore | None = None,
    today: Callable[[], date] | None = None,
    now: Callable[[], datetime] = local_now,
    timers: TimerFactory | None = None,
    listen_for_lock: bool = True,
) -> Companion:
    """Add the companion to ``window``; the history is closed when the application quits."""
    if notifier is None:
        from handtrainer.core.resources import app_icon_path
        from handtrainer.ui.companion.desktop_notifications import DesktopNotifications

        desktop = DesktopNotifications(
            translate("Companion", "Hand Trainer"), translate("Companion", "Start"), window
        )
        notifier = QtNotifier(QIcon(str(app_icon_path())), window, desktop)
    companion = Companion(
        window,
        HistoryService(history_path, now=now),
        prompts or CompanionPrompts(),
        notifier,
        settings_store or CompanionSettingsStore(),
        today=today or (lambda: now().date()),  # one clock for the day and the records
        now=now,
        timers=timers,
        screen_lock=ScreenLockWatcher(window, listen=listen_for_lock),
    )
    if isinstance(notifier, QtNotifier):
        notifier.windowNotice.connect(companion.window_notice)
    window.settings_sections.append(companion.settings_section)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(companion.close)
    return companion
