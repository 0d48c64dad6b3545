"""Runs the core reminder schedule with one Qt timer, and says when a reminder is due.

The timer comes from the timer factory, so tests fire it by hand with a fake
wall clock. It sleeps at most a quarter of an hour at a time, so a clock that
jumps (sleep, a time-zone or daylight-saving change) is noticed soon.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Signal

from handtrainer.core.schedule import Reminder, Reminders, ReminderSchedule
from handtrainer.ui.timers import QtTimerFactory, TimerFactory


def local_now() -> datetime:
    """The wall clock, with the local time zone."""
    return datetime.now().astimezone()


def local_zone() -> tzinfo:
    """The local time zone with its daylight-saving rules (a fixed offset if none is known)."""
    import os
    from zoneinfo import ZoneInfo

    name = os.environ.get("TZ", "").lstrip(":")
    try:
        if name:
            return ZoneInfo(name)
        with open("/etc/localtime", "rb") as rules:
            return ZoneInfo.from_file(rules, key="localtime")
    except (OSError, ValueError):
        zone = datetime.now().astimezone().tzinfo
        assert zone is not None
        return zone


class ReminderService(QObject):
    """Emits ``reminderDue`` when the schedule says so, unless busy or the screen is locked."""

    reminderDue = Signal(object)  # Reminder
    nextChanged = Signal(object)  # datetime | None: when the next reminder comes

    def __init__(
        self,
        schedule: ReminderSchedule,
        *,
        busy: Callable[[], bool],
        locked: Callable[[], bool] = lambda: False,
        now: Callable[[], datetime] = local_now,
        zone: tzinfo | None = None,
        timers: TimerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._busy = busy
        self._locked = locked
        self.reminders = Reminders(schedule, now, zone or local_zone())
        self._timer = (timers or QtTimerFactory()).single_shot(self, "reminder-wake")
        self._timer.timeout.connect(self.wake)
        self._arm()

    def set_schedule(self, schedule: ReminderSchedule) -> None:
        """Use a new schedule."""
        self.reminders.set_schedule(schedule)
        self._arm()

    def snooze(self, duration: timedelta = timedelta(hours=1)) -> None:
        """No reminders for a while; one comes at the end."""
        self.reminders.snooze(duration)
        self._arm()

    def skip(self) -> None:
        """Leave out the next reminder."""
        self.reminders.skip()
        self._arm()

    @property
    def zone(self) -> tzinfo:
        """The time zone reminders are set in."""
        return self.reminders.zone

    def next_due(self) -> datetime | None:
        """When the next reminder will come."""
        return self.reminders.next_due()

    def wake(self) -> None:
        """Ask the schedule; pass on a reminder that is due; sleep until the next."""
        reminder: Reminder | None = self.reminders.check(busy=self._busy(), locked=self._locked())
        self._arm()
        if reminder is not None:
            self.reminderDue.emit(reminder)

    def _arm(self) -> None:
        wait = self.reminders.seconds_to_wait()
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(max(1000, math.ceil(wait * 1000)))
        self.nextChanged.emit(self.reminders.next_due())
