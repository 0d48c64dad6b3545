"""The practice history seen from the window: every database call on one worker thread.

The GUI thread only queues small jobs (start a record, note a step, end it,
delete, read); one worker thread owns the SQLite connection and runs them in
order, so a slow disk or a file locked by another copy of the program never
stalls the window. Results come back as queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from handtrainer.core.history import Outcome, PracticeEntry, PracticeHistory
from handtrainer.core.history_summary import write_csv

log = logging.getLogger(__name__)


class HistoryService(QObject):
    """Queues practice-history work on a worker thread and reports back.

    Records are named by a key the caller picks (``begin`` returns it at once),
    so the GUI never waits for the database to hand out a row id.
    """

    entriesLoaded = Signal(object)  # list[PracticeEntry], newest first
    noticeChanged = Signal(str)  # something about the file the user should know
    exported = Signal(str, str)  # path, and the error ("" when it worked)

    def __init__(
        self,
        path: Path | None = None,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._now = now  # the wall clock that stamps each record (a test passes its own)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history")
        self._history: PracticeHistory | None = None  # touched only on the worker
        self._rows: dict[int, int | None] = {}  # key -> row id, worker only
        self._next_key = 0
        self._closed = False
        self._lock = threading.Lock()
        self.notice: str | None = None

    # -- the worker side --------------------------------------------------------------

    def _open(self) -> PracticeHistory:
        if self._history is None:
            self._history = PracticeHistory(self._path)
        return self._history

    def _submit(self, job: Callable[[PracticeHistory], Any]) -> Future[Any]:
        def run() -> Any:
            history = self._open()
            try:
                return job(history)
            except Exception:  # a bug in a job must not kill the worker
                log.exception("practice history job failed")
                return None
            finally:
                if history.notice and history.notice != self.notice:
                    self.notice = history.notice
                    self.noticeChanged.emit(history.notice)

        with self._lock:
            if self._closed:
                done: Future[Any] = Future()
                done.set_result(None)
                return done
            return self._executor.submit(run)

    # -- what the window asks ----------------------------------------------------------

    def begin(self, routine_id: str, title: str, steps_total: int) -> int:
        """Start a record now; returns the key to name it by."""
        self._next_key += 1
        key = self._next_key
        started = self._now()

        def job(history: PracticeHistory) -> None:
            self._rows[key] = history.begin(routine_id, title, steps_total, started_at=started)

        self._submit(job)
        return key

    def update(self, key: int, practised_seconds: float, steps_done: int) -> None:
        """Note progress of a session under way."""

        def job(history: PracticeHistory) -> None:
            row = self._rows.get(key)
            if row is not None:
                history.update(row, practised_seconds, steps_done)

        self._submit(job)

    def end(self, key: int, outcome: Outcome, practised_seconds: float, steps_done: int) -> None:
        """Record how a session ended, then reload the entries."""

        def job(history: PracticeHistory) -> None:
            row = self._rows.pop(key, None)
            if row is not None:
                history.end(row, outcome, practised_seconds, steps_done)

        self._submit(job)
        self.refresh()

    def delete(self, entry_id: int) -> None:
        """Remove one entry, then reload the entries."""
        self._submit(lambda history: history.delete(entry_id))
        self.refresh()

    def refresh(self) -> None:
        """Read every entry; they arrive through ``entriesLoaded``."""

        def job(history: PracticeHistory) -> None:
            entries: list[PracticeEntry] = history.entries()
            self.entriesLoaded.emit(entries)

        self._submit(job)

    def export_csv(self, path: Path) -> None:
        """Write every entry to ``path`` as CSV; ``exported`` tells how it went."""

        def job(history: PracticeHistory) -> None:
            try:
                write_csv(reversed(history.entries()), path)
            except OSError as error:
                self.exported.emit(str(path), str(error))
            else:
                self.exported.emit(str(path), "")

        self._submit(job)

    def read_now(self, timeout: float = 10.0) -> list[PracticeEntry]:
        """Wait for the queue and read the entries (for export and tests, not for painting)."""
        result = self._submit(lambda history: history.entries()).result(timeout)
        return list(result or [])

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every queued job has run."""
        self._submit(lambda history: None).result(timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Finish the queued writes and close the file (at quit)."""

        def job(history: PracticeHistory) -> None:
            history.close()
            self._history = None

        future = self._submit(job)
        with self._lock:
            self._closed = True
        future.result(timeout)
        self._executor.shutdown(wait=True)
