"""The reminder schedule: when to remind, with snooze and skip, on an injected clock.

Pure Python, no Qt. Two kinds of schedule: every N minutes within working
hours, or at set times of day; either on chosen days of the week. Times are
wall-clock times in a given time zone, so a reminder set for 08:00 stays at
08:00 across a daylight-saving change. A set time that does not exist that day
(in the hour skipped in spring) comes as much later as the clocks moved (02:30
becomes 03:30); a time that happens twice (autumn) comes once, the first time.
An "every N minutes" slot inside the skipped hour simply drops out.

:class:`Reminders` decides, each time it is asked, whether a reminder is due.
It never fires a burst: reminders missed while the computer slept are dropped,
except that the latest one still comes if it is at most :data:`GRACE` old. No
reminder comes while a routine runs or the screen is locked; the slot passes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

#: A reminder noticed late by at most this much still comes (a timer woken late, a short sleep).
GRACE = timedelta(minutes=5)

#: The longest the caller should sleep before asking again, so a wall-clock jump is noticed.
LONGEST_WAIT = timedelta(minutes=15)

WEEKDAYS = frozenset(range(5))
EVERY_DAY = frozenset(range(7))


class ScheduleKind(StrEnum):
    """How the reminders are spread over a day."""

    EVERY = "every"  # every N minutes within working hours
    AT_TIMES = "at-times"  # at set times of day


class Suggestion(StrEnum):
    """What kind of routine suits the moment (the sources: brisk mornings, slow evenings)."""

    MORNING = "morning"
    DAY = "day"
    EVENING = "evening"


def suggestion_for(moment: datetime) -> Suggestion:
    """Brisk before noon, slow from six in the evening, short and easy in between."""
    if moment.hour < 12:
        return Suggestion.MORNING
    if moment.hour >= 18:
        return Suggestion.EVENING
    return Suggestion.DAY


@dataclass(frozen=True)
class ReminderSchedule:
    """When the person wants to be reminded. ``days``: 0 is Monday."""

    enabled: bool = False
    kind: ScheduleKind = ScheduleKind.EVERY
    every_minutes: int = 90
    work_start: time = time(9, 0)
    work_end: time = time(17, 30)
    times: tuple[time, ...] = (time(8, 30), time(20, 0))
    days: frozenset[int] = WEEKDAYS

    def __post_init__(self) -> None:
        if not 5 <= self.every_minutes <= 24 * 60:
            raise ValueError("every_minutes must be between 5 minutes and a day")
        if not self.days <= EVERY_DAY:
            raise ValueError("days are 0 (Monday) to 6 (Sunday)")

    def wall_times(self, day: date) -> list[time]:
        """The reminder times of one day, in order (none on a day not chosen)."""
        if not self.enabled or day.weekday() not in self.days:
            return []
        if self.kind is ScheduleKind.AT_TIMES:
            return sorted(set(self.times))
        start = self.work_start.hour * 60 + self.work_start.minute
        end = self.work_end.hour * 60 + self.work_end.minute
        # The first reminder comes one interval into the working day, not at its start.
        return [
            time(m // 60, m % 60)
            for m in range(start + self.every_minutes, end + 1, self.every_minutes)
        ]


def _exists(wall: datetime, zone: tzinfo) -> bool:
    """False for a wall-clock time skipped by a daylight-saving change."""
    back = wall.astimezone(UTC).astimezone(zone)
    return back.replace(tzinfo=None) == wall.replace(tzinfo=None)


def _instants(schedule: ReminderSchedule, day: date, zone: tzinfo) -> Iterator[datetime]:
    for wall_time in schedule.wall_times(day):
        wall = datetime.combine(day, wall_time, tzinfo=zone)  # fold 0: the first of a double
        if _exists(wall, zone):
            yield wall
        elif schedule.kind is ScheduleKind.AT_TIMES:
            # Skipped by the clock change: as much later as the clocks moved (fold 0 gives it).
            yield wall.astimezone(UTC).astimezone(zone)
        # An "every N minutes" slot in the gap just drops out: the next one follows soon.


def next_reminder(schedule: ReminderSchedule, after: datetime, zone: tzinfo) -> datetime | None:
    """The first reminder strictly after ``after`` (an aware datetime), in UTC; None if none.

    The days and times are read in ``zone``. Looks up to eight days ahead, which
    covers every weekly schedule. Everything is compared in UTC: Python compares
    two times of the same zone by their wall clocks, which is wrong across a change.
    """
    if not schedule.enabled:
        return None
    after = after.astimezone(UTC)
    local = after.astimezone(zone)
    for offset in range(-1, 9):  # from the day before: a gap may push a time past midnight
        day = local.date() + timedelta(days=offset)
        found = [u for at in _instants(schedule, day, zone) if (u := at.astimezone(UTC)) > after]
        if found:
            return min(found)
    return None


@dataclass(frozen=True)
class Reminder:
    """A reminder to practise now, with the kind of routine that suits the moment."""

    at: datetime
    suggestion: Suggestion


@dataclass
class Reminders:
    """Decides when a reminder is due; ask with :meth:`check` whenever woken.

    ``now`` is the injected wall clock (an aware datetime); ``zone`` the local time
    zone. Times it hands out are in UTC.
    """

    schedule: ReminderSchedule
    now: Callable[[], datetime]
    zone: tzinfo
    snoozed_until: datetime | None = None
    _next: datetime | None = field(default=None, init=False)
    _snooze_due: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self._next = next_reminder(self.schedule, self._now(), self.zone)

    def _now(self) -> datetime:
        return self.now().astimezone(UTC)

    def set_schedule(self, schedule: ReminderSchedule) -> None:
        """Use a new schedule from now on."""
        self.schedule = schedule
        self._next = next_reminder(schedule, self._now(), self.zone)

    def next_due(self) -> datetime | None:
        """When the next reminder will come (snooze included), if any."""
        if self.snoozed_until is not None:
            if self._snooze_due:
                return self.snoozed_until
            after = next_reminder(self.schedule, self.snoozed_until, self.zone)
            return after
        return self._next

    def seconds_to_wait(self) -> float | None:
        """How long the caller may sleep before asking again (never more than LONGEST_WAIT)."""
        due = self.next_due()
        if due is None and self.snoozed_until is None:
            return None
        now = self._now()
        wait = LONGEST_WAIT if due is None else min(LONGEST_WAIT, max(timedelta(0), due - now))
        return wait.total_seconds()

    def snooze(self, duration: timedelta = timedelta(hours=1)) -> None:
        """No reminders for ``duration``; then one comes, and the schedule carries on."""
        self.snoozed_until = self._now() + duration
        self._snooze_due = True

    def skip(self) -> None:
        """Leave out the next reminder."""
        if self.snoozed_until is not None:
            self._snooze_due = False
            return
        if self._next is not None:
            self._next = next_reminder(self.schedule, self._next, self.zone)

    def check(self, busy: bool = False, locked: bool = False) -> Reminder | None:
        """The reminder due now, if one is; every slot up to now is used up either way.

        ``busy``: a routine is running. ``locked``: the screen is locked.
        """
        now = self._now()
        due: datetime | None = None
        if self.snoozed_until is not None:
            if now < self.snoozed_until:
                return None
            if self._snooze_due:
                due = self.snoozed_until
            self._next = next_reminder(self.schedule, max(now, self.snoozed_until), self.zone)
            self.snoozed_until = None
            self._snooze_due = False
            # Slots that fell in the snooze are gone; the snooze's own reminder stands for them.
        if due is None and self._next is not None and self._next <= now:
            due = self._next
        if due is None:
            return None
        # Whatever happens to this one, the next is the first slot after now: never a burst.
        self._next = next_reminder(self.schedule, now, self.zone)
        if busy or locked or now - due > GRACE:
            return None
        return Reminder(due, suggestion_for(due.astimezone(self.zone)))
