"""The reminder schedule, on a fake wall clock, across days, sleeps and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handtrainer.core.schedule import (
    EVERY_DAY,
    GRACE,
    LONGEST_WAIT,
    Reminders,
    ReminderSchedule,
    ScheduleKind,
    Suggestion,
    next_reminder,
)
from tests.helpers.clock import WallClock

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = [
    BERLIN,
    ZoneInfo("America/New_York"),
    ZoneInfo("Australia/Lord_Howe"),  # a half-hour change
    ZoneInfo("America/Santiago"),  # changes at midnight
    ZoneInfo("Asia/Kolkata"),  # no changes, a half-hour offset
    ZoneInfo("UTC"),
]


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone)  # type: ignore[misc]


EVERY_HOUR = ReminderSchedule(
    enabled=True, every_minutes=60, work_start=time(9), work_end=time(17), days=EVERY_DAY
)


# --- next reminder --------------------------------------------------------------------------


def test_every_n_minutes_within_working_hours() -> None:
    monday = local(BERLIN, 2026, 3, 2, 7, 0)
    schedule = ReminderSchedule(
        enabled=True, every_minutes=90, work_start=time(9), work_end=time(17, 30)
    )
    slots = []
    at = monday
    while (found := next_reminder(schedule, at, BERLIN)) and found.astimezone(
        BERLIN
    ).date() == monday.date():
        slots.append(found.astimezone(BERLIN).time())
        at = found
    assert slots == [time(10, 30), time(12), time(13, 30), time(15), time(16, 30)]


def test_chosen_days_only() -> None:
    friday_evening = local(BERLIN, 2026, 3, 6, 18, 0)
    weekdays = ReminderSchedule(
        enabled=True, every_minutes=60, work_start=time(9), work_end=time(17)
    )
    assert next_reminder(weekdays, friday_evening, BERLIN) == local(BERLIN, 2026, 3, 9, 10, 0)


def test_set_times_of_day() -> None:
    schedule = ReminderSchedule(
        enabled=True, kind=ScheduleKind.AT_TIMES, times=(time(20), time(8, 30)), days=EVERY_DAY
    )
    assert next_reminder(schedule, local(BERLIN, 2026, 3, 2, 8, 30), BERLIN) == local(
        BERLIN, 2026, 3, 2, 20, 0
    )
    assert next_reminder(schedule, local(BERLIN, 2026, 3, 2, 21, 0), BERLIN) == local(
        BERLIN, 2026, 3, 3, 8, 30
    )


def test_disabled_or_no_days_means_no_reminder() -> None:
    now = local(BERLIN, 2026, 3, 2, 8)
    assert next_reminder(ReminderSchedule(enabled=False), now, BERLIN) is None
    never = ReminderSchedule(enabled=True, days=frozenset())
    assert next_reminder(never, now, BERLIN) is None


def test_a_set_time_stays_on_the_wall_clock_across_daylight_saving() -> None:
    schedule = ReminderSchedule(
        enabled=True, kind=ScheduleKind.AT_TIMES, times=(time(8),), days=EVERY_DAY
    )
    saturday = local(BERLIN, 2026, 3, 28, 9)  # the clocks go forward on Sunday 29 March
    sunday = next_reminder(schedule, saturday, BERLIN)
    monday = next_reminder(schedule, sunday, BERLIN)
    assert sunday == local(BERLIN, 2026, 3, 29, 8) and monday == local(BERLIN, 2026, 3, 30, 8)
    assert sunday is not None and monday is not None
    assert monday - sunday == timedelta(hours=24)
    assert sunday - saturday.replace(hour=8).astimezone(UTC) == timedelta(hours=23)  # short day


def test_a_time_skipped_in_spring_comes_an_hour_later() -> None:
    schedule = ReminderSchedule(
        enabled=True, kind=ScheduleKind.AT_TIMES, times=(time(2, 30),), days=EVERY_DAY
    )
    found = next_reminder(schedule, local(BERLIN, 2026, 3, 29, 0), BERLIN)
    assert found is not None
    assert found.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 3, 29, 3, 30)


def test_a_time_that_happens_twice_in_autumn_comes_once() -> None:
    schedule = ReminderSchedule(
        enabled=True, every_minutes=30, work_start=time(1), work_end=time(4), days=EVERY_DAY
    )
    at = local(BERLIN, 2026, 10, 25, 0, 0)
    seen = []
    while (found := next_reminder(schedule, at, BERLIN)) and found.astimezone(BERLIN).day == 25:
        seen.append(found.astimezone(BERLIN).strftime("%H:%M"))
        at = found
    assert seen == ["01:30", "02:00", "02:30", "03:00", "03:30", "04:00"]


times_of_day = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
schedules = st.one_of(
    st.builds(
        ReminderSchedule,
        enabled=st.just(True),
        kind=st.just(ScheduleKind.EVERY),
        every_minutes=st.integers(5, 240),
        work_start=times_of_day,
        work_end=times_of_day,
        days=st.frozensets(st.integers(0, 6), min_size=1),
    ),
    st.builds(
        ReminderSchedule,
        enabled=st.just(True),
        kind=st.just(ScheduleKind.AT_TIMES),
        times=st.lists(times_of_day, min_size=1, max_size=5).map(tuple),
        days=st.frozensets(st.integers(0, 6), min_size=1),
    ),
)
instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)


@settings(max_examples=300, deadline=None)
@given(schedule=schedules, after=instants, zone=st.sampled_from(ZONES), probe=st.floats(0, 1))
def test_the_next_reminder_is_the_first_one_after(
    schedule: ReminderSchedule, after: datetime, zone: ZoneInfo, probe: float
) -> None:
    found = next_reminder(schedule, after, zone)
    if found is None:
        # Only an "every" schedule whose working day is shorter than one interval has none.
        assert schedule.kind is ScheduleKind.EVERY
        assert all(not schedule.wall_times(after.date() + timedelta(d)) for d in range(8))
        return
    assert found > after
    assert found - after <= timedelta(days=8)
    # Nothing in between: asking from any moment before it gives it again.
    between = after + (found - after) * probe
    if between < found:
        assert next_reminder(schedule, between, zone) == found
    # It is on the wall clock of a chosen day, unless a clock change moved it.
    wall = found.astimezone(zone)
    moved = wall.time().replace(second=0) not in schedule.wall_times(wall.date())
    if not moved:
        assert wall.weekday() in schedule.days
    else:
        assert schedule.kind is ScheduleKind.AT_TIMES


# --- reminders: snooze, skip, busy, sleep -------------------------------------------------


def reminders(start: datetime, schedule: ReminderSchedule = EVERY_HOUR):
    clock = WallClock(start)
    return clock, Reminders(schedule, clock, BERLIN)


def test_a_reminder_comes_when_its_time_has_come() -> None:
    clock, r = reminders(local(BERLIN, 2026, 3, 2, 9, 20))
    assert r.next_due() == local(BERLIN, 2026, 3, 2, 10)
    assert r.check() is None
    clock.advance(timedelta(minutes=40))
    reminder = r.check()
    assert reminder is not None and reminder.at == local(BERLIN, 2026, 3, 2, 10)
    assert reminder.suggestion is Suggestion.MORNING
    assert r.check() is None  # once
    assert r.next_due() == local(BERLIN, 2026, 3, 2, 11)


def test_the_wait_is_never_longer_than_a_quarter_hour() -> None:
    clock, r = reminders(local(BERLIN, 2026, 3, 2, 9, 20))
    assert r.seconds_to_wait() == LONGEST_WAIT.total_seconds()
    clock.advance(timedelta(minutes=35))
    assert r.seconds_to_wait() == 5 * 60
    _clock, off = reminders(local(BERLIN, 2026, 3, 2, 9), ReminderSchedule(enabled=False))
    assert off.seconds_to_wait() is None


def test_a_reminder_missed_while_asleep_is_not_fired_in_a_burst() -> None:
    clock, r = reminders(local(BERLIN, 2026, 3, 2, 9, 30))
    clock.advance(timedelta(hours=5, minutes=10))  # asleep from 9:30 to 14:40
    assert r.check() is None  # 10:00 to 14:00 all missed, and 14:00 is too old
    assert r.next_due() == local(BERLIN, 2026, 3, 2, 15)
    clock.advance(timedelta(minutes=20) + GRACE - timedelta(seconds=1))  # woken just late
    reminder = r.check()
    assert reminder is not None and reminder.at == local(BERLIN, 2026, 3, 2, 15)


def test_none_while_a_routine_runs_or_the_screen_is_locked() -> None:
    clock, r = reminders(local(BERLIN, 2026, 3, 2, 9, 59))
    clock.advance(timedelta(minutes=1))
    assert r.check(busy=True) is None
    clock.advance(timedelta(hours=1))
    assert r.check(locked=True) is None
    clock.advance(timedelta(hours=1))
    reminder = r.check()
    assert reminder is not None and reminder.at == local(BERLIN, 2026, 3, 2, 12)


def test_snooze_holds_reminders_for_an_hour_then_brings_one() -> None:
    clock, r = reminders(local(BERLIN, 2026, 3, 2, 10, 5))
    r.snooze(timedelta(hours=1))
    assert r.next_due() == local(BERLIN, 2026, 3, 2, 11, 5)
    clock.advance(timedelta(minutes=55))  # 11:00, inside the snooze
    assert r.check() is None
    clock.advance(timedelta(minutes=5))
    reminder = r.check()
    assert reminder is not None and reminder.at == local(BERLIN, 2026, 3, 2, 11, 5)
    assert r.next_due() == local(BERLIN, 2026, 3, 2, 12)


def test_skip_leaves_out_the_next_one() -> None:
    clock, r = reminders(local(BERLIN, 2026, 3, 2, 10, 5))
    r.skip()
    assert r.next_due() == local(BERLIN, 2026, 3, 2, 12)
    clock.advance(timedelta(minutes=56))
    assert r.check() is None
    clock.advance(timedelta(hours=1))
    assert r.check() is not None


def test_evening_reminders_suggest_a_slow_routine() -> None:
    schedule = ReminderSchedule(
        enabled=True, kind=ScheduleKind.AT_TIMES, times=(time(20),), days=EVERY_DAY
    )
    clock, r = reminders(local(BERLIN, 2026, 3, 2, 19), schedule)
    clock.advance(timedelta(hours=1))
    reminder = r.check()
    assert reminder is not None and reminder.suggestion is Suggestion.EVENING


steps = st.lists(
    st.tuples(
        st.one_of(
            st.integers(1, 20).map(lambda m: timedelta(minutes=m)),
            st.integers(1, 60).map(lambda h: timedelta(hours=h)),  # a sleep
        ),
        st.sampled_from(["check", "check", "check", "busy", "snooze", "skip"]),
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(schedule=schedules, start=instants, zone=st.sampled_from(ZONES), script=steps)
def test_never_a_burst_never_late_never_while_busy(
    schedule: ReminderSchedule, start: datetime, zone: ZoneInfo, script: list
) -> None:
    clock = WallClock(start)
    r = Reminders(schedule, clock, zone)
    fired: list[datetime] = []
    for delta, action in script:
        clock.advance(delta)
        if action == "snooze":
            r.snooze()
        elif action == "skip":
            r.skip()
        else:
            reminder = r.check(busy=action == "busy")
            if action == "busy":
                assert reminder is None
            if reminder is not None:
                assert reminder.at <= clock() and clock() - reminder.at <= GRACE
                fired.append(reminder.at)
                assert r.check() is None  # one per moment, never a burst
    assert fired == sorted(set(fired))


@settings(max_examples=100, deadline=None)
@given(schedule=schedules, start=instants, zone=st.sampled_from(ZONES))
def test_checked_every_minute_every_slot_comes_exactly_once(
    schedule: ReminderSchedule, start: datetime, zone: ZoneInfo
) -> None:
    clock = WallClock(start.replace(second=0, microsecond=0))
    r = Reminders(schedule, clock, zone)
    expected = []
    at = clock()
    end = clock() + timedelta(days=2)
    while (found := next_reminder(schedule, at, zone)) and found <= end:
        expected.append(found)
        at = found
    fired = []
    while clock() < end:
        clock.advance(timedelta(minutes=1))
        reminder = r.check()
        if reminder is not None:
            fired.append(reminder.at)
    assert fired == expected


@pytest.mark.parametrize(
    ("hour", "suggestion"),
    [
        (7, Suggestion.MORNING),
        (11, Suggestion.MORNING),
        (12, Suggestion.DAY),
        (17, Suggestion.DAY),
        (18, Suggestion.EVENING),
        (23, Suggestion.EVENING),
    ],
)
def test_suggestions_follow_the_time_of_day(hour: int, suggestion: Suggestion) -> None:
    from handtrainer.core.schedule import suggestion_for

    assert suggestion_for(datetime(2026, 3, 2, hour)) is suggestion


def test_bad_schedules_are_refused() -> None:
    with pytest.raises(ValueError):
        ReminderSchedule(every_minutes=1)
    with pytest.raises(ValueError):
        ReminderSchedule(days=frozenset({7}))
    assert date(2026, 3, 2).weekday() == 0  # the tests above count Monday as day 0


def test_the_suggested_routine_suits_the_moment_and_is_short() -> None:
    from handtrainer.core.model import Audience, Routine, Step, Technique
    from handtrainer.core.suggestions import suggest_routine

    def routine(rid: str, tags: tuple[str, ...], seconds: float, audience=Audience.SELF):
        step = Step("S", "I", Technique.RUB, duration=seconds)
        return Routine(rid, rid, "s", (step,), audience=audience, tags=tags)

    routines = [
        routine("long-evening", ("evening",), 900),
        routine("short-evening", ("relaxing",), 120),
        routine("brisk", ("energising",), 60),
        routine("partner-brisk", ("energising",), 30, Audience.PARTNER),
        routine("desk", ("desk",), 200),
        routine("desk-fav", ("desk",), 240),
    ]
    assert suggest_routine(routines, Suggestion.EVENING).id == "short-evening"
    assert suggest_routine(routines, Suggestion.MORNING).id == "brisk"
    assert suggest_routine(routines, Suggestion.DAY).id == "desk"
    assert suggest_routine(routines, Suggestion.DAY, favourites={"desk-fav"}).id == "desk-fav"
    # Favourites first, and among them the one that suits the moment.
    favourites = {"long-evening", "brisk"}
    assert suggest_routine(routines, Suggestion.EVENING, favourites).id == "long-evening"
    assert suggest_routine(routines, Suggestion.DAY, favourites).id == "brisk"
    assert suggest_routine([], Suggestion.DAY) is None
