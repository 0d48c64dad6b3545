"""The practice history on a real SQLite file in a temporary folder."""

from __future__ import annotations

import csv
import io
import os
import selectors
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from handtrainer.core import history_summary as summary
from handtrainer.core.history import (
    SCHEMA_VERSION,
    Outcome,
    PracticeEntry,
    PracticeHistory,
    default_history_path,
    upgrade,
)

UTC1 = timezone(timedelta(hours=1))


def at(day: int, hour: int = 9, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC1)


@pytest.fixture
def history(tmp_path: Path):
    h = PracticeHistory(tmp_path / "history.sqlite3")
    yield h
    h.close()


def test_a_session_is_written_as_it_goes(history: PracticeHistory, tmp_path: Path) -> None:
    entry_id = history.begin("desk-reset", "Desk reset", 5, started_at=at(2))
    assert entry_id is not None
    # Another connection (another process, a crash) sees the row at once, unfinished.
    other = PracticeHistory(tmp_path / "history.sqlite3")
    [row] = other.entries()
    assert (row.routine_id, row.routine_title, row.steps_total) == ("desk-reset", "Desk reset", 5)
    assert row.outcome is Outcome.UNFINISHED and row.practised_seconds == 0
    history.update(entry_id, 42.5, 2)
    assert other.entries()[0].practised_seconds == 42.5
    assert other.entries()[0].steps_done == 2
    history.end(entry_id, Outcome.FINISHED, 120.0, 5)
    [done] = other.entries()
    assert done.outcome is Outcome.FINISHED
    assert (done.practised_seconds, done.steps_done) == (120.0, 5)
    assert done.started_at == at(2)
    assert done.day == date(2026, 3, 2)
    other.close()


def test_the_file_is_in_wal_mode_with_the_current_schema(
    history: PracticeHistory, tmp_path: Path
) -> None:
    history.begin("a", "A", 1)
    db = sqlite3.connect(tmp_path / "history.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_the_default_file_is_in_the_user_data_folder() -> None:
    path = default_history_path()
    assert path.name == "history.sqlite3"
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])


def test_entries_newest_first_since_a_day_and_delete(history: PracticeHistory) -> None:
    ids = [history.begin(f"r{n}", f"R{n}", 3, started_at=at(n + 1)) for n in range(4)]
    assert [e.routine_id for e in history.entries()] == ["r3", "r2", "r1", "r0"]
    # Newest by when it started, whatever the order of writing or the UTC offset.
    history.begin("late-entry", "L", 1, started_at=at(1, hour=5))
    history.begin("other-zone", "Z", 1, started_at=datetime(2026, 3, 2, 8, 30, tzinfo=UTC))
    assert [e.routine_id for e in history.entries()][:3] == ["r3", "r2", "other-zone"]
    assert history.entries()[-1].routine_id == "late-entry"
    history.delete(5)
    history.delete(6)
    assert [e.routine_id for e in history.entries(since=date(2026, 3, 3))] == ["r3", "r2"]
    assert history.delete(ids[1]) is True
    assert history.delete(ids[1]) is False
    assert [e.routine_id for e in history.entries()] == ["r3", "r2", "r0"]


def test_a_version_1_file_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, routine_id TEXT NOT NULL,"
        " routine_title TEXT NOT NULL, started_at TEXT NOT NULL, practised_seconds REAL NOT NULL"
        " DEFAULT 0, steps_done INTEGER NOT NULL DEFAULT 0, steps_total INTEGER NOT NULL"
        " DEFAULT 0, outcome TEXT NOT NULL DEFAULT 'unfinished')"
    )
    db.execute(
        "INSERT INTO sessions (routine_id, routine_title, started_at, practised_seconds,"
        " steps_done, steps_total, outcome) VALUES ('old', 'Old', '2025-11-02T08:00:00+01:00',"
        " 60, 3, 3, 'finished')"
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    history = PracticeHistory(path)
    assert history.notice is None
    [old] = history.entries(since=date(2025, 11, 2))
    assert (old.routine_id, old.outcome, old.day) == ("old", Outcome.FINISHED, date(2025, 11, 2))
    history.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_a_file_from_a_newer_program_is_not_downgraded(tmp_path: Path) -> None:
    db = sqlite3.connect(":memory:")
    assert upgrade(db) == 0
    db.execute("PRAGMA user_version = 99")
    assert upgrade(db) == 99
    assert db.execute("PRAGMA user_version").fetchone()[0] == 99


@pytest.mark.parametrize(
    "damage",
    [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000],
    ids=["garbage", "broken-header"],
)
def test_a_damaged_file_is_kept_aside_and_a_new_one_started(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(damage)
    history = PracticeHistory(path)
    assert history.notice is not None and "damaged" in history.notice
    assert not history.in_memory
    [kept] = list(tmp_path.glob("history.sqlite3.damaged-*"))
    assert kept.read_bytes() == damage  # never lost
    assert kept.name in history.notice
    assert history.begin("a", "A", 1) is not None
    assert len(history.entries()) == 1
    history.close()


def test_a_damaged_page_inside_a_real_database_is_noticed(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    h = PracticeHistory(path)
    for n in range(300):
        h.begin(f"routine-{n}", "A long title " * 20, 3, started_at=at(1 + n % 28))
    h.close()
    data = bytearray(path.read_bytes())
    assert len(data) > 8192
    data[4096 : 3 * 4096] = b"\x07" * 8192  # scribble over the second and third pages
    path.write_bytes(bytes(data))
    history = PracticeHistory(path)
    assert history.notice is not None
    assert list(tmp_path.glob("history.sqlite3.damaged-*"))
    history.close()


def test_an_unusable_folder_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    history = PracticeHistory(blocker / "history.sqlite3")
    assert history.in_memory and history.notice
    entry = history.begin("a", "A", 1)
    assert entry is not None and len(history.entries()) == 1


def test_a_write_that_fails_is_told_not_raised(history: PracticeHistory) -> None:
    history._db.close()  # as if the disk went away under us
    assert history.begin("a", "A", 1) is None
    history.update(1, 3.0, 1)
    assert history.entries() == []
    assert history.notice is not None


# --- kill -9 in the middle of a session -------------------------------------------------

_CHILD = r"""
import sys
from datetime import datetime
from handtrainer.core.history import Outcome, PracticeHistory

history = PracticeHistory(__import__("pathlib").Path(sys.argv[1]))
for n in range(2):
    entry = history.begin(f"earlier-{n}", f"Earlier {n}", 4)
    history.update(entry, 30.0, 2)
    history.end(entry, Outcome.FINISHED, 60.0, 4)
entry = history.begin("partial", "Partial", 6)
history.update(entry, 25.0, 2)
history.update(entry, 40.0, 3)
print("mid-session", flush=True)
sys.stdin.read()  # wait here until killed
"""


def test_kill_9_mid_session_keeps_earlier_sessions_and_the_partial_one(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        with selectors.DefaultSelector() as sel:
            assert child.stdout is not None
            sel.register(child.stdout, selectors.EVENT_READ)
            assert sel.select(timeout=60), "the child never reached the middle of a session"
            assert child.stdout.readline().strip() == b"mid-session"
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    history = PracticeHistory(path)
    entries = history.entries()
    history.close()
    assert history.notice is None
    assert [e.routine_id for e in entries] == ["partial", "earlier-1", "earlier-0"]
    partial = entries[0]
    assert partial.outcome is Outcome.UNFINISHED
    assert (partial.practised_seconds, partial.steps_done, partial.steps_total) == (40.0, 3, 6)
    assert all(e.outcome is Outcome.FINISHED and e.practised_seconds == 60 for e in entries[1:])


# --- what it adds up to ----------------------------------------------------------------------


def entry(n: int, day: date, seconds: float = 120, routine: str = "r", title: str = "R"):
    when = datetime(day.year, day.month, day.day, 8, tzinfo=UTC1)
    return PracticeEntry(n, routine, title, when, seconds, 1, 1, Outcome.FINISHED)


def test_streaks_count_back_from_today_or_yesterday() -> None:
    d = date(2026, 3, 10)
    days = [d - timedelta(days=k) for k in (1, 2, 3, 6, 7, 8, 9, 10)]
    entries = [entry(n, day) for n, day in enumerate(days)]
    assert summary.streaks(entries, today=d) == summary.Streaks(current=3, longest=5)
    assert summary.streaks([*entries, entry(99, d)], today=d).current == 4
    assert summary.streaks(entries, today=d + timedelta(days=1)).current == 0
    assert summary.streaks([], today=d) == summary.Streaks(0, 0)
    # A session with no practice in it (stopped at once) does not keep a streak alive.
    assert summary.streaks([entry(1, d, seconds=0)], today=d) == summary.Streaks(0, 0)


def test_minutes_per_day_fills_every_day() -> None:
    d = date(2026, 3, 10)
    entries = [entry(1, d, 90), entry(2, d, 30), entry(3, d - timedelta(days=2), 60)]
    per_day = summary.minutes_per_day(entries, d - timedelta(days=3), d)
    assert per_day == [
        (date(2026, 3, 7), 0.0),
        (date(2026, 3, 8), 1.0),
        (date(2026, 3, 9), 0.0),
        (date(2026, 3, 10), 2.0),
    ]


def test_totals_per_routine_most_practised_first() -> None:
    d = date(2026, 3, 10)
    entries = [
        entry(3, d, 60, "a", "A new title"),
        entry(2, d, 300, "b", "B"),
        entry(1, d, 60, "a", "A old title"),
    ]
    totals = summary.totals_per_routine(entries)
    assert totals[0] == summary.RoutineTotal("b", "B", 1, 1, 300)
    assert totals[1] == summary.RoutineTotal("a", "A new title", 2, 2, 120)


def test_sessions_this_week_count_from_monday() -> None:
    wednesday = date(2026, 3, 11)
    entries = [
        entry(1, wednesday),
        entry(2, date(2026, 3, 9)),  # Monday
        entry(3, date(2026, 3, 8)),  # Sunday before: last week
        entry(4, wednesday, routine="other"),
        entry(5, wednesday, seconds=0),
    ]
    assert summary.sessions_this_week(entries, "r", wednesday) == 2


def test_csv_export_round_trips_and_defuses_formulas(tmp_path: Path) -> None:
    entries = [entry(1, date(2026, 3, 1), title="=HYPERLINK(1)"), entry(2, date(2026, 3, 2))]
    out = tmp_path / "history.csv"
    summary.write_csv(entries, out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["1", "2"]
    assert rows[0]["routine_title"] == "'=HYPERLINK(1)"
    assert rows[1]["started_at"] == "2026-03-02T08:00:00+01:00"
    assert rows[1]["outcome"] == "finished"
    assert [p.name for p in tmp_path.iterdir()] == ["history.csv"]  # no temporary left


def test_plan_progress_counts_this_week_against_the_target() -> None:
    wednesday = date(2026, 3, 11)
    entries = [entry(n, wednesday) for n in range(5)]
    plans = [
        summary.PlanTarget("r", "R", 14, "Anna"),
        summary.PlanTarget("nothing-yet", "N", 3),
    ]
    assert summary.plan_progress(entries, plans, wednesday) == [
        summary.PlanProgress("r", "R", "Anna", 5, 14),
        summary.PlanProgress("nothing-yet", "N", "", 0, 3),
    ]
