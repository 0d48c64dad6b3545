"""Writes each run of a routine into the practice history while it runs.

It only observes the session controller's signals: a run starts when the
session leaves idle (or a finished or stopped run), is noted after every step
and on pause, and ends when the routine finishes, is stopped, is replaced or is
put away. Practised time is unpaused, un-waiting time on the controller's
monotonic clock; a finished run takes the session's own end time exactly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from handtrainer.core.history import Outcome
from handtrainer.core.model import Routine
from handtrainer.core.practice_record import PracticeRecord
from handtrainer.core.session import Cue, CueKind, Phase, SessionState
from handtrainer.ui.companion.history_service import HistoryService
from handtrainer.ui.practice.session_controller import SessionController

_RESTING = (Phase.IDLE, Phase.FINISHED, Phase.STOPPED)


@dataclass
class _Run:
    key: int
    routine: Routine
    practised: float = 0.0
    counting_since: float | None = None  # clock reading while time counts as practice
    record: PracticeRecord = field(default_factory=PracticeRecord)  # the steps worked
    paused: bool = False


class SessionRecorder(QObject):
    """Keeps the history of the controller's runs; ``last_routine`` is the latest one run."""

    def __init__(
        self,
        controller: SessionController,
        history: HistoryService,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or controller)
        self._controller = controller
        self._history = history
        self._clock = clock
        self._run: _Run | None = None
        self.last_routine: Routine | None = None
        controller.stateChanged.connect(self._on_state)
        controller.cueEmitted.connect(self._on_cue)
        controller.routineChanged.connect(lambda _routine: self.end_run())
        controller.unloaded.connect(self.end_run)

    @property
    def running(self) -> bool:
        """True while a run is being recorded (a routine is under way)."""
        return self._run is not None

    def _on_state(self, state: SessionState) -> None:
        now = self._clock()
        run = self._run
        if run is None:
            routine = self._controller.routine
            if state.phase in _RESTING or routine is None:
                return
            key = self._history.begin(routine.id, routine.title, len(routine.steps))
            run = self._run = _Run(key, routine)
            self.last_routine = routine
        self._count(run, now)
        if state.phase is Phase.STOPPED:
            self._end(Outcome.STOPPED)
            return
        if state.phase in _RESTING:
            return  # FINISHED: its cue follows and ends the run with the exact time
        counting = not state.paused and state.phase is not Phase.WAITING
        run.counting_since = now if counting else None
        if state.paused and not run.paused:
            self._note(run)
        run.paused = state.paused

    def _on_cue(self, cue: Cue) -> None:
        run = self._run
        if run is None:
            return
        run.record.note(cue)
        if cue.kind is CueKind.FINISHED:
            run.practised = cue.at  # the session's own count of unpaused time
            run.counting_since = None
            self._end(Outcome.FINISHED)
        elif cue.kind is CueKind.STEP_STARTED:
            self._count(run, self._clock())
            self._note(run)

    def _count(self, run: _Run, now: float) -> None:
        if run.counting_since is not None:
            run.practised += max(0.0, now - run.counting_since)
            run.counting_since = now

    def _note(self, run: _Run) -> None:
        self._history.update(run.key, run.practised, run.record.steps_worked)

    def _end(self, outcome: Outcome) -> None:
        run, self._run = self._run, None
        if run is not None:
            self._history.end(run.key, outcome, run.practised, run.record.steps_worked)

    def end_run(self) -> None:
        """The routine was put away or replaced: a run under way counts as stopped."""
        run = self._run
        if run is not None:
            self._count(run, self._clock())
            run.counting_since = None
            self._end(Outcome.STOPPED)
