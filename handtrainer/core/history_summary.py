"""What the practice history adds up to: streaks, minutes per day, totals, CSV.

Pure functions over :class:`~handtrainer.core.history.PracticeEntry` lists, so
the History page, ``handtrainer history`` and the tests all count alike.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from handtrainer.core.history import Outcome, PracticeEntry

#: A session shorter than this does not make a day count as practised.
MIN_PRACTICE_SECONDS = 1.0


@dataclass(frozen=True)
class Streaks:
    """Runs of consecutive days with practice.

    ``current`` counts back from today, or from yesterday when today has no
    practice yet (the streak is still alive until the day is over).
    """

    current: int
    longest: int


@dataclass(frozen=True)
class RoutineTotal:
    """All the practice of one routine (the title is the latest one recorded)."""

    routine_id: str
    title: str
    sessions: int
    finished: int
    seconds: float


def practice_days(entries: Iterable[PracticeEntry]) -> set[date]:
    """The days with any real practice on them."""
    return {e.day for e in entries if e.practised_seconds >= MIN_PRACTICE_SECONDS}


def streaks(entries: Iterable[PracticeEntry], today: date) -> Streaks:
    """The current and the longest streak of practice days."""
    days = practice_days(entries)
    longest = run = 0
    previous: date | None = None
    for day in sorted(days):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    day = today if today in days else today - timedelta(days=1)
    while day in days:
        current += 1
        day -= timedelta(days=1)
    return Streaks(current, longest)


def minutes_per_day(
    entries: Iterable[PracticeEntry], first: date, last: date
) -> list[tuple[date, float]]:
    """Minutes practised on every day from ``first`` to ``last``, both included."""
    by_day: dict[date, float] = {}
    for entry in entries:
        if first <= entry.day <= last:
            by_day[entry.day] = by_day.get(entry.day, 0.0) + entry.practised_seconds / 60
    days = (last - first).days + 1
    return [
        (first + timedelta(days=n), by_day.get(first + timedelta(days=n), 0.0))
        for n in range(max(0, days))
    ]


def totals_per_routine(entries: Sequence[PracticeEntry]) -> list[RoutineTotal]:
    """One total per routine, most practised first. ``entries`` newest first."""
    totals: dict[str, RoutineTotal] = {}
    for entry in entries:
        old = totals.get(entry.routine_id)
        finished = 1 if entry.outcome is Outcome.FINISHED else 0
        if old is None:
            totals[entry.routine_id] = RoutineTotal(
                entry.routine_id, entry.routine_title, 1, finished, entry.practised_seconds
            )
        else:
            totals[entry.routine_id] = RoutineTotal(
                old.routine_id,
                old.title,
                old.sessions + 1,
                old.finished + finished,
                old.seconds + entry.practised_seconds,
            )
    return sorted(totals.values(), key=lambda t: (-t.seconds, t.title))


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def sessions_this_week(entries: Iterable[PracticeEntry], routine_id: str, today: date) -> int:
    """Sessions of one routine with real practice, from Monday of this week to ``today``."""
    start = week_start(today)
    return sum(
        1
        for e in entries
        if e.routine_id == routine_id
        and start <= e.day <= today
        and e.practised_seconds >= MIN_PRACTICE_SECONDS
    )


@dataclass(frozen=True)
class PlanTarget:
    """A routine someone is meant to practise ``times_per_week`` times a week."""

    routine_id: str
    title: str
    times_per_week: int
    for_whom: str = ""


@dataclass(frozen=True)
class PlanProgress:
    """How this week stands against a plan: ``done`` of ``target``."""

    routine_id: str
    title: str
    for_whom: str
    done: int
    target: int


def plan_progress(
    entries: Sequence[PracticeEntry], plans: Iterable[PlanTarget], today: date
) -> list[PlanProgress]:
    """This week's sessions of every planned routine, against its target."""
    return [
        PlanProgress(
            plan.routine_id,
            plan.title,
            plan.for_whom,
            sessions_this_week(entries, plan.routine_id, today),
            plan.times_per_week,
        )
        for plan in plans
    ]


# --- export ------------------------------------------------------------------------------

CSV_FIELDS = (
    "id",
    "routine_id",
    "routine_title",
    "started_at",
    "practised_seconds",
    "steps_done",
    "steps_total",
    "outcome",
)


def entry_record(entry: PracticeEntry) -> dict[str, object]:
    """One entry as plain values (for CSV and JSON)."""
    return {
        "id": entry.id,
        "routine_id": entry.routine_id,
        "routine_title": entry.routine_title,
        "started_at": entry.started_at.isoformat(timespec="seconds"),
        "practised_seconds": round(entry.practised_seconds, 1),
        "steps_done": entry.steps_done,
        "steps_total": entry.steps_total,
        "outcome": entry.outcome.value,
    }


def _safe_cell(value: object) -> object:
    # A title starting with = + - @ would run as a formula in a spreadsheet.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_text(entries: Iterable[PracticeEntry]) -> str:
    """The entries as CSV with a header row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for entry in entries:
        writer.writerow({k: _safe_cell(v) for k, v in entry_record(entry).items()})
    return out.getvalue()


def write_csv(entries: Iterable[PracticeEntry], path: Path) -> None:
    """Write the entries as CSV, atomically: the file is whole or untouched."""
    text = csv_text(entries)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
