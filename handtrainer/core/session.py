"""The session state machine: runs one routine against an injected monotonic clock.

Pure Python, no Qt. The session never sleeps and never counts timer ticks: it
keeps the clock reading at which the current segment started (moved forward by
the time spent paused) and works everything out from the clock reading of the
moment. However late or irregular the calls to :meth:`Session.update`, the
routine ends after exactly its planned length of unpaused time, and a late call
walks through every boundary it missed, emitting their cues in order.

Times
    *Plan position* (``routine_elapsed``): where in the routine we are, in seconds
    of the plan (``Plan``); it moves back or forward when a command jumps.
    *Session time* (``Cue.at``): unpaused seconds since :meth:`Session.start`,
    waiting excluded; it never runs backwards within a run, whatever the commands.

Cues
    Every segment's start gives its cue (GET_READY, STEP_STARTED, SWITCH_HANDS,
    REST, WAITING). A counted step gives a REPETITION cue at the start of every
    repetition, the first included (value 1, at the same moment as STEP_STARTED),
    so a counter can say every number. A WORK segment at least twice as long as
    the countdown gives COUNTDOWN cues with the seconds left (3, 2, 1). FINISHED
    comes exactly once per run. Cues caused by commands are queued and returned by
    the next :meth:`Session.update`.

Commands
    ``next``: the next WORK segment (the other hand of an ``each`` step, then the
    next step), skipping pauses; from the last one it finishes the routine.
    ``previous``: the WORK segment before, however far into this one (restarting
    this one is ``restart_step``'s job, so the key does what its label says); from
    a rest or switch pause, the WORK segment just done; on the first, its start.
    ``restart_step``: the start of the current WORK segment (or the one just done,
    from a pause).
    ``extend(s)``: ``s`` more seconds for the work segment under way.
    ``jump_to(i)``: step ``i``'s first hand (in a hand-by-hand routine, on the hand
    of the current round when step ``i`` runs on it); when the session is not
    running it starts a new run there. Commands land on WORK directly, never on
    WAITING: pressing them is the go. They keep a paused session paused.
"""

from __future__ import annotations

import bisect
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from handtrainer.core.model import Routine, Side
from handtrainer.core.plan import Phase, Plan, Segment, SessionSettings, compile_plan

__all__ = [
    "Clock",
    "Cue",
    "CueKind",
    "Phase",
    "Session",
    "SessionSettings",
    "SessionState",
]

Clock = Callable[[], float]

# Rounding slack when turning times into whole seconds: 3.0000000001 s left is 3 s.
_EPS = 1e-9


class CueKind(StrEnum):
    """What a cue announces."""

    GET_READY = "get_ready"
    STEP_STARTED = "step_started"
    REPETITION = "repetition"
    COUNTDOWN = "countdown"
    SWITCH_HANDS = "switch_hands"
    REST = "rest"
    WAITING = "waiting"
    FINISHED = "finished"


@dataclass(frozen=True)
class Cue:
    """A moment a cue player may mark with a sound, a voice or an announcement.

    ``step_index``/``side``: for STEP_STARTED, REPETITION and COUNTDOWN the step and
    hand worked; for GET_READY, SWITCH_HANDS and WAITING the step and hand that come
    next; for REST the step and hand just done; None for FINISHED (whose ``value`` the
    window sets to 1 when the run went in full: ``practice_record.finished_in_full``).
    """

    kind: CueKind
    step_index: int | None
    side: Side | None
    value: int | None = None
    at: float = 0.0


_UNDER_WAY = frozenset({Phase.GET_READY, Phase.WORK, Phase.SWITCH, Phase.REST, Phase.WAITING})


@dataclass(frozen=True)
class SessionState:
    """Everything a display needs about the session at one moment."""

    phase: Phase
    paused: bool
    step_index: int | None
    side: Side | None
    hand_pass: int
    segment_remaining: float
    segment_duration: float
    step_remaining: float
    routine_elapsed: float
    routine_remaining: float
    routine_total: float
    progress: float
    repetition: int | None
    repetitions: int | None
    next_step_index: int | None
    next_side: Side | None
    steps_done: int

    @property
    def under_way(self) -> bool:
        """A routine is running and not paused (getting ready, working, switching, resting
        or waiting for the person): the screen should stay awake."""
        return self.phase in _UNDER_WAY and not self.paused


_ENTRY_CUE = {
    Phase.GET_READY: CueKind.GET_READY,
    Phase.WORK: CueKind.STEP_STARTED,
    Phase.SWITCH: CueKind.SWITCH_HANDS,
    Phase.REST: CueKind.REST,
    Phase.WAITING: CueKind.WAITING,
}


@dataclass(frozen=True, slots=True)
class _Beat:
    """A cue inside a segment, ``offset`` seconds after its start."""

    offset: float
    kind: CueKind
    value: int | None = None


def _beats(segment: Segment, countdown: int) -> tuple[_Beat, ...]:
    """The cues of one segment, in time order (offset 0 first)."""
    beats: list[_Beat] = []
    if segment.switch_cue:
        beats.append(_Beat(0.0, CueKind.SWITCH_HANDS))
    beats.append(_Beat(0.0, _ENTRY_CUE[segment.phase]))
    if segment.phase is Phase.WORK:
        if segment.repetitions and segment.pace:
            beats += [
                _Beat((n - 1) * segment.pace, CueKind.REPETITION, n)
                for n in range(1, segment.repetitions + 1)
            ]
        if countdown > 0 and segment.duration >= 2 * countdown:
            beats += [
                _Beat(segment.duration - left, CueKind.COUNTDOWN, left)
                for left in range(countdown, 0, -1)
            ]
        beats.sort(key=lambda beat: beat.offset)  # stable: entry cues stay first
    return tuple(beats)


class Session:
    """One run (or several, after stop/start) of a routine, driven by a clock.

    Every method first reads the clock and brings the session up to date, so the
    state is never stale; cues passed on the way wait in a queue for update().
    """

    def __init__(
        self,
        routine: Routine,
        settings: SessionSettings = SessionSettings(),
        clock: Clock = time.monotonic,
    ) -> None:
        self.routine = routine
        self.settings = settings
        self._clock = clock
        self._plan: Plan = compile_plan(routine, settings)
        self._beats = [_beats(seg, settings.countdown_seconds) for seg in self._plan.segments]
        self._work = self._plan.work_indices
        self._repetition_offsets = [
            [beat.offset for beat in beats if beat.kind is CueKind.REPETITION]
            for beats in self._beats
        ]
        # Not running: IDLE, FINISHED or STOPPED; None while a run is under way.
        self._status: Phase | None = Phase.IDLE
        self._index = 0
        self._segment_clock = 0.0  # clock reading at the current segment's start (+ pauses)
        self._session_clock = 0.0  # clock reading at the run's start (+ pauses and waits)
        self._paused_at: float | None = None
        self._waiting_since: float | None = None
        self._beat_index = 0  # beats of the current segment already emitted
        self._finished_at = 0.0  # session time of the end, once FINISHED
        self._last_now = -math.inf
        self._queue: list[Cue] = []
        self._run_first_cue = 0  # where this run's cues start in the queue

    @property
    def plan(self) -> Plan:
        """The segments this session walks through."""
        return self._plan

    # --- commands -----------------------------------------------------------------

    def start(self) -> None:
        """Start a new run from the beginning (only when not already running)."""
        now = self._now()
        self._advance(now)
        if self._status is None:
            return
        self._begin(now)
        self._enter(0, now)
        self._advance(now)

    def pause(self) -> None:
        """Freeze every time value until :meth:`resume`."""
        now = self._now()
        self._advance(now)
        if self._status is None and self._paused_at is None:
            self._paused_at = now

    def resume(self) -> None:
        """Let time run again after :meth:`pause`."""
        now = self._now()
        if self._status is not None or self._paused_at is None:
            return
        if self._waiting_since is None:
            # While waiting time is frozen anyway; leaving the wait shifts the clocks.
            shift = now - self._paused_at
            self._segment_clock += shift
            self._session_clock += shift
        self._paused_at = None
        self._advance(now)

    def toggle_pause(self) -> None:
        """Pause when running, resume when paused."""
        if self._paused_at is None:
            self.pause()
        else:
            self.resume()

    def next(self) -> None:
        """Go to the next work segment; from the last one, finish."""
        now = self._now()
        self._advance(now)
        if self._status is not None:
            return
        target = self._next_work(self._index)
        if target is None:
            self._finish(now)
        else:
            self._go(target, now)

    def previous(self) -> None:
        """Back to the work segment before this one (the first: back to its start)."""
        now = self._now()
        self._advance(now)
        if self._status is not None:
            return
        segment = self._plan.segments[self._index]
        if segment.phase is Phase.GET_READY and self._index < self._work[0]:
            self._go(self._index, now)  # nothing before the first step: count again
            return
        self._go(self._previous_work(self._index), now)

    def restart_step(self) -> None:
        """Back to the start of the current work segment (from a pause: the one just done)."""
        now = self._now()
        self._advance(now)
        if self._status is not None:
            return
        segment = self._plan.segments[self._index]
        if segment.phase in (Phase.WORK, Phase.GET_READY):
            self._go(self._index, now)
        elif segment.phase in (Phase.REST, Phase.SWITCH):
            self._go(self._previous_work(self._index), now)

    def extend(self, seconds: float = 30.0) -> None:
        """Give the current work segment ``seconds`` more (the therapist's "+30 s").

        Counts already given stay given; counts and the closing countdown in the
        added time are given again as the clock reaches them. Outside work, nothing.
        """
        now = self._now()
        self._advance(now)
        if self._status is not None or seconds <= 0 or not math.isfinite(seconds):
            return
        if self._plan.segments[self._index].phase is not Phase.WORK:
            return
        self._segment_clock += seconds
        elapsed = max(0.0, self._segment_elapsed(now))
        due = sum(1 for beat in self._beats[self._index] if beat.offset <= elapsed + _EPS)
        self._beat_index = min(self._beat_index, due)  # offset-0 cues always count as given

    def jump_to(self, step_index: int) -> None:
        """Go to the first hand of step ``step_index``; start a run there if none is going."""
        if not 0 <= step_index < len(self.routine.steps):
            raise IndexError(f"no step {step_index} in a routine of {len(self.routine.steps)}")
        now = self._now()
        self._advance(now)
        candidates = [i for i in self._work if self._plan.segments[i].step_index == step_index]
        if not candidates:
            return
        target = candidates[0]
        if self._status is None:
            lap = self._plan.segments[self._index].lap
            same_lap = [i for i in candidates if self._plan.segments[i].lap == lap]
            target = same_lap[0] if same_lap else target
        else:
            self._begin(now)
        self._go(target, now)

    def stop(self) -> None:
        """Abandon the run and drop its undelivered cues; :meth:`start` begins again."""
        now = self._now()
        self._advance(now)
        if self._status is not None:
            return
        self._status = Phase.STOPPED
        self._paused_at = None
        self._waiting_since = None
        # Drop this run's undelivered cues (no "step started" after Stop); a finished
        # earlier run keeps its FINISHED.
        del self._queue[self._run_first_cue :]

    def proceed(self) -> None:
        """Leave WAITING and start the step (resuming if paused)."""
        now = self._now()
        self._advance(now)
        if self._status is not None or self._waiting_since is None:
            return
        self._leave_waiting(now)
        self._paused_at = None
        self._enter(self._index + 1, now)
        self._advance(now)

    # --- reading ------------------------------------------------------------------

    def update(self) -> list[Cue]:
        """Read the clock, advance, and return every cue since the last call, in order."""
        self._advance(self._now())
        cues, self._queue = self._queue, []
        self._run_first_cue = 0
        return cues

    def state(self) -> SessionState:
        """The session at the current clock reading (cues it passes wait for update())."""
        now = self._now()
        self._advance(now)
        total = self._plan.total
        if self._status is not None:
            return self._resting_state(self._status, total)
        segment = self._plan.segments[self._index]
        elapsed = min(self._segment_elapsed(now), segment.duration)
        segment_remaining = max(0.0, segment.duration - elapsed)
        position = min(segment.start + elapsed, total)
        working = segment.phase is Phase.WORK
        repetition = None
        if working and segment.repetitions and segment.pace:
            repetition = max(1, bisect.bisect_right(self._repetition_offsets[self._index], elapsed))
        upcoming = self._next_work(self._index)
        following = None if upcoming is None else self._plan.segments[upcoming]
        return SessionState(
            phase=segment.phase,
            paused=self._paused_at is not None,
            step_index=segment.step_index,
            side=segment.side,
            hand_pass=segment.hand_pass,
            segment_remaining=segment_remaining,
            segment_duration=segment.duration,
            step_remaining=segment_remaining if working else 0.0,
            routine_elapsed=position,
            routine_remaining=max(0.0, total - position),
            routine_total=total,
            progress=_fraction(position, total),
            repetition=repetition,
            repetitions=segment.repetitions if working else None,
            next_step_index=following.step_index if following else None,
            next_side=following.side if following else None,
            steps_done=bisect.bisect_left(self._work, self._index),
        )

    def seconds_to_next_event(self) -> float | None:
        """Seconds until a display or a cue would change; None when nothing will by itself."""
        now = self._now()
        self._advance(now)
        if self._status is not None or self._paused_at is not None:
            return None
        if self._waiting_since is not None:
            return None
        segment = self._plan.segments[self._index]
        elapsed = self._segment_elapsed(now)
        left = segment.duration - elapsed
        candidates = [
            left,
            _to_next_whole_second(left),
            _to_next_whole_second(self._plan.total - segment.start - elapsed),
        ]
        beats = self._beats[self._index]
        if self._beat_index < len(beats):
            candidates.append(beats[self._beat_index].offset - elapsed)
        return max(0.0, min(candidates))

    # --- internals ----------------------------------------------------------------

    def _next_work(self, index: int) -> int | None:
        """The first WORK segment after segment ``index``, if any."""
        after = bisect.bisect_right(self._work, index)
        return self._work[after] if after < len(self._work) else None

    def _previous_work(self, index: int) -> int:
        """The last WORK segment before segment ``index`` (``index`` itself if none)."""
        before = bisect.bisect_left(self._work, index)
        return self._work[before - 1] if before > 0 else index

    def _now(self) -> float:
        # A monotonic clock never goes back; if an injected one does, hold still.
        self._last_now = max(self._last_now, self._clock())
        return self._last_now

    def _resting_state(self, phase: Phase, total: float) -> SessionState:
        finished = phase is Phase.FINISHED
        first = self._plan.segments[self._work[0]] if self._work else None
        following = None if finished else first
        return SessionState(
            phase=phase,
            paused=False,
            step_index=None,
            side=None,
            hand_pass=1,
            segment_remaining=0.0,
            segment_duration=0.0,
            step_remaining=0.0,
            routine_elapsed=total if finished else 0.0,
            routine_remaining=0.0 if finished else total,
            routine_total=total,
            progress=1.0 if finished else 0.0,
            repetition=None,
            repetitions=None,
            next_step_index=following.step_index if following else None,
            next_side=following.side if following else None,
            steps_done=len(self._work) if finished else 0,
        )

    def _begin(self, now: float) -> None:
        self._status = None
        self._run_first_cue = len(self._queue)
        self._session_clock = now
        self._paused_at = None
        self._waiting_since = None

    def _reading(self, now: float) -> float:
        """The clock as far as the session is concerned: it stands still while paused."""
        return self._paused_at if self._paused_at is not None else now

    def _segment_elapsed(self, now: float) -> float:
        if self._waiting_since is not None:
            return 0.0
        return self._reading(now) - self._segment_clock

    def _session_time(self, clock_reading: float) -> float:
        return clock_reading - self._session_clock

    def _emit(self, kind: CueKind, segment: Segment | None, value: int | None, at: float) -> None:
        step = segment.step_index if segment else None
        side = segment.side if segment else None
        self._queue.append(Cue(kind, step, side, value, at))

    def _enter(self, index: int, clock_reading: float) -> None:
        """Make segment ``index`` current, starting at ``clock_reading``."""
        if index >= len(self._plan.segments):
            self._finish_at(clock_reading)
            return
        self._index = index
        self._segment_clock = clock_reading
        self._beat_index = 0
        if self._plan.segments[index].phase is Phase.WAITING:
            self._waiting_since = clock_reading
            self._emit_beats(clock_reading)

    def _emit_beats(self, clock_reading: float) -> None:
        """Emit the current segment's cues due by ``clock_reading``."""
        segment = self._plan.segments[self._index]
        beats = self._beats[self._index]
        elapsed = clock_reading - self._segment_clock
        while self._beat_index < len(beats) and beats[self._beat_index].offset <= elapsed + _EPS:
            beat = beats[self._beat_index]
            at = self._session_time(self._segment_clock + beat.offset)
            self._emit(beat.kind, segment, beat.value, at)
            self._beat_index += 1

    def _advance(self, now: float) -> None:
        """Walk the plan up to ``now``, emitting every cue passed, in order."""
        while self._status is None and self._waiting_since is None:
            reading = self._reading(now)
            self._emit_beats(reading)
            segment = self._plan.segments[self._index]
            if reading - self._segment_clock < segment.duration - _EPS:
                return
            # The boundary is where the segment ended, not where we noticed it.
            self._enter(self._index + 1, self._segment_clock + segment.duration)

    def _go(self, index: int, now: float) -> None:
        """A command moves to segment ``index`` now; session time carries on."""
        if self._waiting_since is not None:
            self._leave_waiting(now)
        self._enter(index, self._reading(now))
        self._advance(now)

    def _leave_waiting(self, now: float) -> None:
        assert self._waiting_since is not None
        self._session_clock += now - self._waiting_since
        self._waiting_since = None
        if self._paused_at is not None:
            self._paused_at = now  # the pause, as far as time goes, starts now

    def _finish(self, now: float) -> None:
        if self._waiting_since is not None:
            self._leave_waiting(now)
        self._finish_at(self._reading(now))

    def _finish_at(self, clock_reading: float) -> None:
        self._status = Phase.FINISHED
        self._finished_at = self._session_time(clock_reading)
        self._paused_at = None
        self._waiting_since = None
        self._emit(CueKind.FINISHED, None, None, self._finished_at)


def _fraction(part: float, whole: float) -> float:
    if whole <= 0:
        return 1.0
    return min(1.0, max(0.0, part / whole))


def _to_next_whole_second(remaining: float) -> float:
    """Seconds until a countdown shown in whole seconds (rounded up) changes."""
    if remaining <= 0:
        return math.inf
    frac = remaining - math.floor(remaining)
    return 1.0 if frac < _EPS else frac
