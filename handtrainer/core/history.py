"""The practice history: every session, kept in an SQLite file in the user data folder.

Pure Python, no Qt. A session is written as it goes: a row when it starts, an
update after every step, and its outcome at the end, so a crash or a kill
leaves what was done, marked unfinished. The file is in WAL mode, so each of
these tiny writes is one short append and readers never wait for writers.

``started_at`` is the wall-clock time, for the record only; the practised
seconds come from the caller, who measures them on a monotonic clock.

The database carries a schema version (``PRAGMA user_version``) and upgrades
itself step by step. A damaged file is moved aside (never deleted) and a new
one started, with a :attr:`PracticeHistory.notice` saying so; if not even that
works, the history lives in memory for this run. Nothing here raises into the
caller for a database problem.

A connection belongs to the thread that opened it: the window does all of this
on one worker thread (``handtrainer.ui.companion.history_service``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

log = logging.getLogger(__name__)

#: The schema this program writes; older files are upgraded to it on open.
SCHEMA_VERSION = 2

FILE_NAME = "history.sqlite3"


class Outcome(StrEnum):
    """How a session ended. ``UNFINISHED`` until it ends: a crash leaves it so."""

    UNFINISHED = "unfinished"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True)
class PracticeEntry:
    """One recorded session."""

    id: int
    routine_id: str
    routine_title: str
    started_at: datetime
    practised_seconds: float
    steps_done: int
    steps_total: int
    outcome: Outcome

    @property
    def day(self) -> date:
        """The day it started on, in the local time of the start."""
        return self.started_at.date()


def default_history_path() -> Path:
    """Where the history is kept: ``history.sqlite3`` in the user data folder."""
    from handtrainer.core.paths import user_data_dir

    return user_data_dir() / FILE_NAME


# --- schema and upgrades ---------------------------------------------------------------


def _create_v1(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE IF NOT EXISTS sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            routine_id TEXT NOT NULL,
            routine_title TEXT NOT NULL,
            started_at TEXT NOT NULL,
            practised_seconds REAL NOT NULL DEFAULT 0,
            steps_done INTEGER NOT NULL DEFAULT 0,
            steps_total INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL DEFAULT 'unfinished'
        )"""
    )


def _add_day_v2(db: sqlite3.Connection) -> None:
    """Version 2 keeps the local day apart, so the chart's query needs no date parsing."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(sessions)")}
    if "day" not in columns:
        db.execute("ALTER TABLE sessions ADD COLUMN day TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE sessions SET day = substr(started_at, 1, 10) WHERE day = ''")
    db.execute("CREATE INDEX IF NOT EXISTS sessions_by_day ON sessions(day)")


#: target version -> the step that brings a database from the version before up to it
UPGRADES: dict[int, Callable[[sqlite3.Connection], None]] = {1: _create_v1, 2: _add_day_v2}


def upgrade(db: sqlite3.Connection, current: int = SCHEMA_VERSION) -> int:
    """Bring the database up to ``current``, one step per version, each in a transaction.

    Returns the version it had. A file from a newer program is left as it is.
    """
    old = int(db.execute("PRAGMA user_version").fetchone()[0])
    for target in range(old + 1, current + 1):
        with db:
            UPGRADES[target](db)
            db.execute(f"PRAGMA user_version = {target:d}")
    return old


class DamagedDatabase(Exception):
    """The file is not a readable practice history."""


def _connect(path: Path | str) -> sqlite3.Connection:
    db = sqlite3.connect(str(path), timeout=2.0, isolation_level=None)
    try:
        mode = db.execute("PRAGMA journal_mode=WAL").fetchone()
        if str(path) != ":memory:" and (mode is None or str(mode[0]).lower() != "wal"):
            log.info("history %s is not in WAL mode (%s)", path, mode)
        # NORMAL in WAL mode: a committed session survives a crash of the program.
        db.execute("PRAGMA synchronous=NORMAL")
        check = db.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise DamagedDatabase(str(check[0] if check else "no answer"))
        upgrade(db)
        columns = {row[1] for row in db.execute("PRAGMA table_info(sessions)")}
        if not {"routine_id", "started_at", "outcome", "day"} <= columns:
            raise DamagedDatabase("the sessions table lacks its columns")
    except sqlite3.DatabaseError as error:
        db.close()
        raise DamagedDatabase(str(error)) from error
    except BaseException:
        db.close()
        raise
    return db


def _move_aside(path: Path, stamp: str) -> Path:
    """Rename the damaged file (and its WAL companions) beside itself; return the new name."""
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while kept.exists():
        number += 1
        kept = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    os.replace(path, kept)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            with contextlib.suppress(OSError):
                os.replace(companion, kept.with_name(kept.name + suffix))
    return kept


# --- the history ---------------------------------------------------------------------------

_COLUMNS = (
    "id, routine_id, routine_title, started_at, practised_seconds, steps_done, steps_total, outcome"
)


def _entry(row: Sequence[object]) -> PracticeEntry | None:
    """A row as an entry; None for a row that cannot be read (kept, but not shown)."""
    try:
        started = datetime.fromisoformat(str(row[3]))
        outcome = Outcome(str(row[7]))
        return PracticeEntry(
            id=int(row[0]),  # type: ignore[call-overload]
            routine_id=str(row[1]),
            routine_title=str(row[2]),
            started_at=started,
            practised_seconds=max(0.0, float(row[4])),  # type: ignore[arg-type]
            steps_done=int(row[5]),  # type: ignore[call-overload]
            steps_total=int(row[6]),  # type: ignore[call-overload]
            outcome=outcome,
        )
    except (TypeError, ValueError):
        return None


class PracticeHistory:
    """The record of practice in one SQLite file (or in memory when the file cannot be used).

    ``notice`` is a sentence for the user when something about the file went
    wrong (moved aside, not writable); None when all is well.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_history_path()
        self.notice: str | None = None
        self.in_memory = False
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return _connect(self.path)
        except DamagedDatabase as damage:
            return self._start_afresh(str(damage))
        except (OSError, sqlite3.Error) as error:
            return self._in_memory(
                f"The practice history at {self.path} cannot be opened ({error}); "
                "this session's practice is kept only until the program closes."
            )

    def _start_afresh(self, reason: str) -> sqlite3.Connection:
        log.warning("practice history %s is damaged: %s", self.path, reason)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        try:
            kept = _move_aside(self.path, stamp)
            db = _connect(self.path)
        except (OSError, sqlite3.Error, DamagedDatabase) as error:
            return self._in_memory(
                f"The practice history at {self.path} is damaged and could not be set "
                f"aside ({error}); this session's practice is kept only until the "
                "program closes."
            )
        self.notice = (
            f"The practice history was damaged; it was kept as {kept.name} "
            "and a new history was started."
        )
        return db

    def _in_memory(self, notice: str) -> sqlite3.Connection:
        log.warning("%s", notice)
        self.notice = notice
        self.in_memory = True
        return _connect(":memory:")

    # --- writing: each call is one small transaction -------------------------------------

    def _write(self, sql: str, params: Sequence[object]) -> sqlite3.Cursor | None:
        try:
            with self._db:
                return self._db.execute(sql, params)
        except sqlite3.Error as error:
            # A full disk or a locked file must not stop a practice: say so, carry on.
            log.warning("could not write the practice history: %s", error)
            self.notice = f"The practice history could not be written: {error}"
            return None

    def begin(
        self,
        routine_id: str,
        routine_title: str,
        steps_total: int,
        started_at: datetime | None = None,
    ) -> int | None:
        """Record that a session started; its id, or None if it could not be written."""
        when = (started_at or datetime.now()).astimezone()
        cursor = self._write(
            "INSERT INTO sessions (routine_id, routine_title, started_at, day, steps_total,"
            " outcome) VALUES (?, ?, ?, ?, ?, ?)",
            (
                routine_id,
                routine_title,
                when.isoformat(timespec="seconds"),
                when.date().isoformat(),
                int(steps_total),
                Outcome.UNFINISHED.value,
            ),
        )
        return None if cursor is None or cursor.lastrowid is None else int(cursor.lastrowid)

    def update(self, entry_id: int, practised_seconds: float, steps_done: int) -> None:
        """Record progress of a session under way (after a step, on pause)."""
        self._write(
            "UPDATE sessions SET practised_seconds = ?, steps_done = ? WHERE id = ?",
            (max(0.0, float(practised_seconds)), int(steps_done), entry_id),
        )

    def end(
        self, entry_id: int, outcome: Outcome, practised_seconds: float, steps_done: int
    ) -> None:
        """Record how a session ended."""
        self._write(
            "UPDATE sessions SET practised_seconds = ?, steps_done = ?, outcome = ? WHERE id = ?",
            (max(0.0, float(practised_seconds)), int(steps_done), Outcome(outcome).value, entry_id),
        )

    def delete(self, entry_id: int) -> bool:
        """Remove one entry; True when there was one."""
        cursor = self._write("DELETE FROM sessions WHERE id = ?", (entry_id,))
        return cursor is not None and cursor.rowcount > 0

    # --- reading --------------------------------------------------------------------------

    def entries(self, since: date | None = None) -> list[PracticeEntry]:
        """Every readable entry, newest first; only those from day ``since`` on if given."""
        sql = f"SELECT {_COLUMNS} FROM sessions"
        params: tuple[object, ...] = ()
        if since is not None:
            sql += " WHERE day >= ?"
            params = (since.isoformat(),)
        sql += " ORDER BY id DESC"
        try:
            rows = self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            log.warning("could not read the practice history: %s", error)
            self.notice = f"The practice history could not be read: {error}"
            return []
        found = [entry for entry in map(_entry, rows) if entry is not None]
        # By the moment they started (aware times compare across offsets), then as written.
        found.sort(key=lambda entry: (entry.started_at, entry.id), reverse=True)
        return found

    def close(self) -> None:
        """Close the file (a checkpoint folds the WAL back into it)."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
