"""The running session as a Qt object: one precise wake-up at a time, signals out.

The core ``Session`` knows when its display next changes
(``seconds_to_next_event``); the controller arms one single-shot timer for that
moment, reads the session when it fires, and tells the widgets. Paused, idle
or finished, no timer runs at all, so the window costs no CPU.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from handtrainer.core.model import Routine
from handtrainer.core.session import Clock, Phase, Session, SessionSettings, SessionState
from handtrainer.ui.timers import QtTimerFactory, TimerFactory

# Wake a hair after the event so the clock has surely passed it when we read it.
_WAKE_SLACK_MS = 2


class SessionController(QObject):
    """Runs one routine's ``Session`` and reports every change.

    Widgets follow ``stateChanged``; cue players follow ``cueEmitted``;
    ``routineChanged`` says a different routine was loaded.
    """

    stateChanged = Signal(object)  # SessionState
    cueEmitted = Signal(object)  # Cue
    routineChanged = Signal(object)  # Routine
    unloaded = Signal()  # the routine was put away (back to the library, window closed)

    def __init__(
        self,
        clock: Clock = time.monotonic,
        timers: TimerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timers = timers or QtTimerFactory()  # shared with widgets that animate in step
        self._timer = self.timers.single_shot(self, "session-wake")
        self._timer.timeout.connect(self.wake)
        self._session: Session | None = None

    # -- what is loaded -------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        """The session being run, if a routine is loaded."""
        return self._session

    @property
    def routine(self) -> Routine | None:
        """The loaded routine, if any."""
        return self._session.routine if self._session else None

    def state(self) -> SessionState | None:
        """The session's state now (without advancing it)."""
        return self._session.state() if self._session else None

    def load(self, routine: Routine, settings: SessionSettings) -> None:
        """Load a routine ready to start (any running session is dropped)."""
        self._timer.stop()
        self._session = Session(routine, settings, clock=self._clock)
        self.routineChanged.emit(routine)
        self._publish()

    def apply_settings(self, settings: SessionSettings) -> None:
        """Use new settings; a session that has not started yet picks them up now."""
        session = self._session
        if session is None:
            return
        if session.state().phase in (Phase.IDLE, Phase.FINISHED, Phase.STOPPED):
            self._session = Session(session.routine, settings, clock=self._clock)
            self._publish()

    def unload(self) -> None:
        """Forget the routine (back to the library)."""
        self._timer.stop()
        had_session, self._session = self._session is not None, None
        if had_session:
            self.unloaded.emit()

    @property
    def clock(self) -> Clock:
        """The monotonic clock the session runs on."""
        return self._clock

    @property
    def timer_active(self) -> bool:
        """True while a wake-up is armed (never when paused, idle or finished)."""
        return bool(self._timer.isActive())

    # -- commands: plain words, each followed by a refresh --------------------------

    def start(self) -> None:
        """Start (or start again) from the beginning."""
        self._command(lambda s: s.start())

    def pause(self) -> None:
        """Pause the running session."""
        self._command(lambda s: s.pause())

    def resume(self) -> None:
        """Resume a paused session."""
        self._command(lambda s: s.resume())

    def toggle_pause(self) -> None:
        """Pause when running, resume when paused."""
        self._command(lambda s: s.toggle_pause())

    def next(self) -> None:
        """Go to the next step (or hand)."""
        self._command(lambda s: s.next())

    def previous(self) -> None:
        """Go back to the previous step (or hand)."""
        self._command(lambda s: s.previous())

    def restart_step(self) -> None:
        """Start the current step again."""
        self._command(lambda s: s.restart_step())

    def extend(self, seconds: float = 30.0) -> None:
        """Give the step under way more time."""
        self._command(lambda s: s.extend(seconds))

    def jump_to(self, step_index: int) -> None:
        """Go to a step of the routine."""
        self._command(lambda s: s.jump_to(step_index))

    def stop(self) -> None:
        """Stop the session."""
        self._command(lambda s: s.stop())

    def proceed(self) -> None:
        """Carry on when the session waits for the user before a step."""
        self._command(lambda s: s.proceed())

    def wake(self) -> None:
        """Read the clock, pass on what happened, and arm the next wake-up."""
        self._publish()

    # -- inner workings ------------------------------------------------------------

    def _command(self, action: Callable[[Session], None]) -> None:
        if self._session is None:
            return
        action(self._session)
        self._publish()

    def _publish(self) -> None:
        session = self._session
        if session is None:
            return
        cues = session.update()
        state = session.state()
        self._arm(session)
        self.stateChanged.emit(state)
        for cue in cues:
            self.cueEmitted.emit(cue)

    def _arm(self, session: Session) -> None:
        delay = session.seconds_to_next_event()
        if delay is None:
            self._timer.stop()
            return
        self._timer.start(max(0, math.ceil(delay * 1000)) + _WAKE_SLACK_MS)
