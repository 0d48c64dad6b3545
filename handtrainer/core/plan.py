"""A routine compiled into the flat list of timed segments a session walks through.

Pure Python, no Qt. The plan is where the order of hands is decided, so the
session only has to walk a list:

* an optional GET_READY count, then each *step run* in order;
* ``step-by-step``: an ``each`` step is the lead hand, a SWITCH pause, the other
  hand; ``left``/``right``/``both`` steps are one segment on that side;
* ``hand-by-hand``: every step on the lead hand, a SWITCH pause, every step on
  the other hand. Steps with ``hand: both`` run once, both hands at once: in the
  first round, except the ``both`` steps that end the routine (a final shake-out),
  which run after the second round. Steps with ``hand: left``/``right`` follow the
  routine's order and run on each hand like ``each`` steps;
* after each step run a REST of ``step.rest + rest_between_steps`` seconds when
  that is positive, except after the last run (the routine is over);
* with ``wait_before_each_step`` a WAITING segment (no duration) before every
  step run but the first: pressing Start is the go for the first step.

Zero-length pauses are left out. When the switch pause is zero the second hand's
work segment carries the switch-hands cue itself (``switch_cue``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from handtrainer.core.model import Hand, Order, Routine, Side


@dataclass(frozen=True)
class SessionSettings:
    """The user's choices that shape a session (not part of the routine file)."""

    lead_hand: Side = Side.RIGHT
    get_ready_seconds: float = 5.0
    switch_seconds: float = 5.0
    rest_between_steps: float = 0.0
    wait_before_each_step: bool = False
    countdown_seconds: int = 3

    def __post_init__(self) -> None:
        if self.lead_hand not in (Side.LEFT, Side.RIGHT):
            raise ValueError("lead_hand must be the left or the right hand")
        for name in ("get_ready_seconds", "switch_seconds", "rest_between_steps"):
            value = getattr(self, name)
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number of seconds, not {value!r}")
        if self.countdown_seconds < 0:
            raise ValueError("countdown_seconds must not be negative")


class Phase(StrEnum):
    """What the session is doing now."""

    IDLE = "idle"
    GET_READY = "get_ready"
    WORK = "work"
    SWITCH = "switch"
    REST = "rest"
    WAITING = "waiting"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of a session with a fixed length.

    ``start`` is the plan position (seconds from the start of the routine, waits
    excluded). For WORK, ``step_index``/``side`` are the step and hand worked; for
    GET_READY, SWITCH and WAITING they are the work that comes next; for REST the
    step just done. ``hand_pass`` is 1 or 2 (first or second hand of the step);
    ``lap`` is the round of a hand-by-hand routine (always 1 for step-by-step).
    """

    phase: Phase
    step_index: int | None
    side: Side | None
    hand_pass: int
    duration: float
    start: float
    lap: int = 1
    repetitions: int | None = None
    pace: float | None = None
    switch_cue: bool = False

    @property
    def end(self) -> float:
        """Plan position at which the segment is over."""
        return self.start + self.duration


@dataclass(frozen=True, slots=True)
class _Part:
    side: Side
    hand_pass: int


@dataclass(frozen=True, slots=True)
class _Run:
    """One step run: a step's work on one hand, both hands at once, or each hand in turn."""

    step_index: int
    parts: tuple[_Part, ...]
    lap: int
    switch_before: bool = False


@dataclass(frozen=True, slots=True)
class Plan:
    """The segments of one routine under one set of settings."""

    segments: tuple[Segment, ...]
    total: float

    @property
    def work_indices(self) -> tuple[int, ...]:
        """Indices of the WORK segments, in order."""
        return tuple(i for i, seg in enumerate(self.segments) if seg.phase is Phase.WORK)


def _step_by_step_runs(routine: Routine, lead: Side) -> list[_Run]:
    runs: list[_Run] = []
    for i, step in enumerate(routine.steps):
        parts: tuple[_Part, ...]
        if step.hand is Hand.EACH:
            parts = (_Part(lead, 1), _Part(lead.other(), 2))
        else:
            parts = (_Part(Side(step.hand.value), 1),)
        runs.append(_Run(i, parts, lap=1))
    return runs


def _hand_by_hand_runs(routine: Routine, lead: Side) -> list[_Run]:
    steps = routine.steps
    one_hand = [i for i, step in enumerate(steps) if step.hand is not Hand.BOTH]
    # Both-hands steps after the last one-hand step close the routine: run them last.
    closing = one_hand[-1] + 1 if one_hand else 0
    first = [
        _Run(i, (_Part(Side.BOTH, 1) if steps[i].hand is Hand.BOTH else _Part(lead, 1),), lap=1)
        for i in range(closing)
    ]
    second = [
        _Run(i, (_Part(lead.other(), 2),), lap=2, switch_before=(n == 0))
        for n, i in enumerate(one_hand)
    ]
    last = [_Run(i, (_Part(Side.BOTH, 1),), lap=2) for i in range(closing, len(steps))]
    return first + second + last


def compile_plan(routine: Routine, settings: SessionSettings) -> Plan:
    """Lay the routine out as segments under the user's settings."""
    lead = settings.lead_hand
    if routine.order is Order.HAND_BY_HAND:
        runs = _hand_by_hand_runs(routine, lead)
    else:
        runs = _step_by_step_runs(routine, lead)

    segments: list[Segment] = []
    position = 0.0

    def add(
        phase: Phase,
        step_index: int,
        part: _Part,
        duration: float,
        lap: int,
        repetitions: int | None = None,
        pace: float | None = None,
        switch_cue: bool = False,
    ) -> None:
        nonlocal position
        segments.append(
            Segment(
                phase,
                step_index,
                part.side,
                part.hand_pass,
                duration,
                position,
                lap,
                repetitions,
                pace,
                switch_cue,
            )
        )
        position += duration

    if runs and settings.get_ready_seconds > 0:
        first = runs[0]
        add(
            Phase.GET_READY, first.step_index, first.parts[0], settings.get_ready_seconds, first.lap
        )
    for r, run in enumerate(runs):
        step = routine.steps[run.step_index]
        if run.switch_before and settings.switch_seconds > 0:
            add(Phase.SWITCH, run.step_index, run.parts[0], settings.switch_seconds, run.lap)
        if r > 0 and settings.wait_before_each_step:
            add(Phase.WAITING, run.step_index, run.parts[0], 0.0, run.lap)
        for p, part in enumerate(run.parts):
            switching = p > 0 or run.switch_before
            if p > 0 and settings.switch_seconds > 0:
                add(Phase.SWITCH, run.step_index, part, settings.switch_seconds, run.lap)
            add(
                Phase.WORK,
                run.step_index,
                part,
                step.work_seconds,
                run.lap,
                repetitions=step.repeat if step.is_counted else None,
                pace=step.pace if step.is_counted else None,
                switch_cue=switching and settings.switch_seconds <= 0,
            )
        rest = step.rest + settings.rest_between_steps
        if r < len(runs) - 1 and rest > 0:
            add(Phase.REST, run.step_index, run.parts[-1], rest, run.lap)
    return Plan(tuple(segments), position)
