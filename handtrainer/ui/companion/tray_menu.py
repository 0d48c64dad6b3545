"""The tray icon's menu: start the last or a favourite routine, snooze, today, open, quit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QMenu, QWidget

from handtrainer.core.model import Routine
from handtrainer.core.wording import format_seconds

if TYPE_CHECKING:
    from handtrainer.ui.companion.companion import Companion

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


#: How many favourite routines the menu lists.
MAX_FAVOURITES = 6


class TrayMenu(QMenu):
    """Rebuilt each time it opens, so it always names the routines of the moment."""

    def __init__(self, companion: Companion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tray-menu")
        self._companion = companion
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Fill the menu from the companion's state now."""
        companion = self._companion
        self.clear()
        # Favourites first, then the routine practised last if it is not one of them.
        favourites = companion.favourites()[:MAX_FAVOURITES]
        for routine in favourites:
            self._start_item(
                translate("TrayMenu", "Start “{title}”").format(title=routine.title),
                routine,
                "start-fav",
            )
        last = companion.last_routine()
        if last is not None and last.id not in {r.id for r in favourites}:
            self._start_item(
                translate("TrayMenu", "Start “{title}” again").format(title=last.title),
                last,
                "start-last",
            )
        self.addSeparator()
        due = companion.reminders.next_due()
        if due is not None:
            when = due.astimezone(companion.reminders.reminders.zone)
            moment = QDateTime(
                QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)
            )
            info = self.addAction(
                translate("TrayMenu", "Next reminder: {when}").format(
                    when=QLocale().toString(moment, QLocale.FormatType.ShortFormat)
                )
            )
            info.setObjectName("tray-next")
            info.setEnabled(False)
            skip = self.addAction(translate("TrayMenu", "Skip the next reminder"))
            skip.setObjectName("tray-skip")
            skip.triggered.connect(lambda _c=False: companion.reminders.skip())
        snooze = self.addAction(translate("TrayMenu", "Snooze reminders for an hour"))
        snooze.setObjectName("tray-snooze")
        snooze.triggered.connect(lambda _c=False: companion.snooze())
        minutes = companion.minutes_today()
        today = self.addAction(
            translate("TrayMenu", "Today: {time} practised").format(
                time=format_seconds(60 * minutes)
            )
            if minutes > 0
            else translate("TrayMenu", "Today: no practice yet")
        )
        today.setObjectName("tray-today")
        today.triggered.connect(lambda _c=False: self._show_history())
        show = self.addAction(translate("TrayMenu", "Open Hand Trainer"))
        show.setObjectName("tray-open")
        show.triggered.connect(lambda _c=False: companion.open_window())
        self.addSeparator()
        quit_action = self.addAction(translate("TrayMenu", "Quit"))
        quit_action.setObjectName("tray-quit")
        quit_action.triggered.connect(lambda _c=False: companion.quit())

    def _start_item(self, text: str, routine: Routine, name: str) -> None:
        action = self.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _c=False: self._companion.start(routine))

    def _show_history(self) -> None:
        self._companion.open_window()
        self._companion.show_history()
