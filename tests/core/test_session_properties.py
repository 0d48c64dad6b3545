"""Property-based tests of the session: random routines, settings and event sequences."""

from __future__ import annotations

import math
import random
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handtrainer.core.model import Hand, Order, Routine, Side, Step, Technique
from handtrainer.core.session import (
    Cue,
    CueKind,
    Phase,
    Session,
    SessionSettings,
    SessionState,
)
from tests.helpers.clock import FakeClock

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RUNNING = {Phase.GET_READY, Phase.WORK, Phase.SWITCH, Phase.REST, Phase.WAITING}
TOL = 1e-6


# Quarter seconds keep hypothesis' shrinking readable; uneven times come from the advances.
seconds = st.integers(1, 40).map(lambda n: n / 4)


@st.composite
def steps(draw: st.DrawFn) -> Step:
    hand = draw(st.sampled_from(list(Hand)))
    rest = draw(st.sampled_from([0.0, 0.0, 1.5, 4.0]))
    if draw(st.booleans()):
        return Step("t", "i", Technique.RUB, hand=hand, duration=draw(seconds), rest=rest)
    repeat = draw(st.integers(1, 6))
    pace = draw(st.sampled_from([0.5, 1.0, 1.5, 2.0, 3.0]))
    return Step("c", "i", Technique.CLENCH, hand=hand, repeat=repeat, pace=pace, rest=rest)


routines = st.builds(
    lambda s, order: Routine("r", "R", "S", tuple(s), order=order),
    st.lists(steps(), min_size=1, max_size=5),
    st.sampled_from(list(Order)),
)

session_settings = st.builds(
    SessionSettings,
    lead_hand=st.sampled_from([Side.LEFT, Side.RIGHT]),
    get_ready_seconds=st.sampled_from([0.0, 3.0, 5.0]),
    switch_seconds=st.sampled_from([0.0, 2.5, 5.0]),
    rest_between_steps=st.sampled_from([0.0, 1.0]),
    wait_before_each_step=st.booleans(),
    countdown_seconds=st.integers(0, 3),
)

advance = st.tuples(
    st.just("advance"),
    st.floats(0.0, 12.0) | st.floats(0.0, 90.0) | st.sampled_from([0.0, 0.5, 1.0]),
)
STILL = {"pause", "resume", "toggle", "update", "proceed", "stop"}
NAVIGATION = {"next", "previous", "restart", "jump", "start"}
command = st.sampled_from(sorted(STILL | NAVIGATION - {"jump"})).map(lambda name: (name, 0.0))
jump = st.tuples(st.just("jump"), st.integers(0, 4).map(float))
# Most sequences start the session: commands on an idle session do little.
events = st.tuples(
    st.booleans(), st.lists(st.one_of(advance, advance, command, jump), max_size=40)
).map(lambda pair: [("start", 0.0), *pair[1]] if pair[0] else pair[1])


def work_path(session: Session) -> list[tuple[int | None, Side | None]]:
    return [(s.step_index, s.side) for s in session.plan.segments if s.phase is Phase.WORK]


def check_consistent(session: Session, state: SessionState) -> None:
    """The state is in range and describes a place in the plan."""
    plan = session.plan
    assert 0.0 <= state.progress <= 1.0
    assert state.routine_remaining >= 0.0
    assert state.routine_total == pytest.approx(plan.total)
    assert state.routine_elapsed + state.routine_remaining == pytest.approx(plan.total)
    assert 0.0 <= state.segment_remaining <= state.segment_duration + TOL
    assert 0 <= state.steps_done <= len(work_path(session))
    if state.phase not in RUNNING:
        assert state.step_index is None and state.side is None
        return
    position = state.routine_elapsed
    into = state.segment_duration - state.segment_remaining
    matches = [
        s
        for s in plan.segments
        if (s.phase, s.step_index, s.side) == (state.phase, state.step_index, state.side)
        and s.duration == state.segment_duration
        and math.isclose(s.start + into, position, abs_tol=TOL)
    ]
    assert matches, f"{state} is nowhere in the plan"
    if state.phase is Phase.WORK:
        assert state.step_remaining == state.segment_remaining
        if state.repetitions is not None:
            assert state.repetition is not None
            assert 1 <= state.repetition <= state.repetitions
    else:
        assert state.repetition is None


@FAST
@given(routines, session_settings, events, st.booleans())
def test_random_event_sequences_keep_every_promise(
    r: Routine, s: SessionSettings, sequence: list[tuple[str, float]], drain_always: bool
) -> None:
    clock = FakeClock()
    session = Session(r, s, clock)
    state = session.state()
    assert state.phase is Phase.IDLE
    finishes_seen = 0  # FINISHED states entered
    finished_cues = 0
    last_at: float | None = None  # Cue.at never runs backwards within a run
    unpaused = 0.0  # time this run was running unpaused (waits included): bounds Cue.at

    def collect(cues: list[Cue]) -> None:
        nonlocal finished_cues, last_at
        for cue in cues:
            if last_at is not None and cue.kind is not CueKind.FINISHED:
                assert cue.at >= last_at - TOL
            assert cue.at >= 0.0
            last_at = cue.at
            if cue.kind is CueKind.FINISHED:
                finished_cues += 1
                last_at = None  # the run is over; the next cue belongs to a new one

    for name, amount in sequence:
        before = state
        was_running = before.phase in RUNNING
        if name == "advance":
            clock.now += amount
            if was_running and not before.paused:
                unpaused += amount
        elif name == "update":
            collect(session.update())
        elif name == "toggle":
            session.toggle_pause()
        elif name == "restart":
            session.restart_step()
        elif name == "jump":
            session.jump_to(int(amount) % len(r.steps))
        else:
            getattr(session, name)()
        if name in {"start", "jump"} and not was_running:
            last_at = None  # a new run: its session time starts again at zero
            unpaused = 0.0
        if drain_always:
            cues = session.update()
            # Delivered at once, a cue is never later than the time that has passed.
            assert all(c.at <= unpaused + TOL for c in cues)
            collect(cues)
        state = session.state()
        check_consistent(session, state)
        if state.phase is Phase.FINISHED and before.phase is not Phase.FINISHED:
            finishes_seen += 1

        if name == "advance" and was_running:
            moved = state.routine_elapsed - before.routine_elapsed
            if before.paused or before.phase is Phase.WAITING:
                assert state == before  # pause and waiting freeze every time value
            elif state.phase in (Phase.FINISHED, Phase.WAITING):
                assert -TOL <= moved <= amount + TOL
            else:
                # Unpaused time moves the plan position by exactly the time that passed.
                assert moved == pytest.approx(amount, abs=TOL)
        elif (
            name in NAVIGATION
            and not (name == "start" and was_running)  # start while running does nothing
            and not (name == "restart" and before.phase is Phase.WAITING)
            and state.phase in RUNNING
            and state.phase is not Phase.WAITING
        ):
            # A command lands at the very start of a segment of the plan.
            assert state.segment_remaining == pytest.approx(state.segment_duration)
            if name == "next" and was_running:
                assert state.phase is Phase.WORK
                assert state.routine_elapsed >= before.routine_elapsed - TOL
            if name in {"previous", "restart"} and was_running:
                assert state.routine_elapsed <= before.routine_elapsed + TOL
        elif name in STILL and was_running and state.phase in RUNNING:
            # These never move the plan position.
            assert state.routine_elapsed == pytest.approx(before.routine_elapsed, abs=TOL)
        if name == "pause" and was_running and state.phase in RUNNING:
            assert state.paused

    collect(session.update())
    assert finished_cues == finishes_seen


@FAST
@given(routines, session_settings, st.lists(st.floats(0.0, 3.0), min_size=1, max_size=30))
def test_pressing_only_next_visits_every_hand_in_order(
    r: Routine, s: SessionSettings, waits: list[float]
) -> None:
    clock = FakeClock()
    session = Session(r, s, clock)
    session.start()
    started: list[tuple[int | None, Side | None]] = []
    for wait in [*waits, *[0.0] * 40]:
        clock.now += wait
        session.next()
        for cue in session.update():
            if cue.kind is CueKind.STEP_STARTED:
                started.append((cue.step_index, cue.side))
    assert session.state().phase is Phase.FINISHED
    # Each work segment starts exactly once, in plan order, whether time or Next moved on.
    assert started == work_path(session)
    for index, step in enumerate(r.steps):
        sides = {side for i, side in started if i == index}
        if step.hand is Hand.EACH or (r.order is Order.HAND_BY_HAND and step.hand is not Hand.BOTH):
            assert sides == {Side.LEFT, Side.RIGHT}


def cue_signature(cues: list[Cue]) -> list[tuple[CueKind, int | None, Side | None, int | None]]:
    return [(c.kind, c.step_index, c.side, c.value) for c in cues]


@FAST
@given(routines, session_settings, st.integers(0, 2**32))
def test_cues_do_not_depend_on_when_update_is_called(
    r: Routine, s: SessionSettings, seed: int
) -> None:
    rng = random.Random(seed)
    s = replace(s, wait_before_each_step=False)
    reference_clock = FakeClock()
    reference = Session(r, s, reference_clock)
    reference.start()
    reference_clock.now += reference.plan.total + 1
    expected = reference.update()

    clock = FakeClock()
    session = Session(r, s, clock)
    session.start()
    cues: list[Cue] = []
    while session.state().phase is not Phase.FINISHED:
        clock.now += rng.choice([0.0, 0.001, 0.3, 0.999, 1.0, 2.7, 7.0])
        cues += session.update()
    assert cue_signature(cues) == cue_signature(expected)
    assert [c.at for c in cues] == pytest.approx([c.at for c in expected], abs=TOL)
    assert cues[-1].at == pytest.approx(session.plan.total, abs=TOL)


def thirty_minutes() -> Routine:
    steps = [
        Step("a", "i", Technique.RUB, hand=Hand.EACH, duration=97.3, rest=11.1),
        Step("b", "i", Technique.CLENCH, hand=Hand.BOTH, repeat=37, pace=2.9, rest=7.7),
        Step("c", "i", Technique.PRESS, hand=Hand.EACH, duration=123.45),
    ]
    return Routine("long", "Long", "S", tuple(steps * 3))


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 2**32), st.booleans())
def test_a_long_routine_ends_on_time_however_irregular_the_wake_ups(
    seed: int, with_pauses: bool
) -> None:
    rng = random.Random(seed)
    r = thirty_minutes()
    clock = FakeClock()
    session = Session(r, SessionSettings(), clock)
    total = session.plan.total
    assert 1700 < total < 2000
    session.start()
    unpaused = 0.0
    finished_at: float | None = None
    while finished_at is None:
        step = rng.choice([0.0001, 0.016, 0.25, 0.97, 1.003, 3.3, 12.0])
        if with_pauses and rng.random() < 0.05:
            session.pause()
            clock.now += rng.uniform(0, 600)
            session.resume()
        clock.now += step
        unpaused += step
        cues = session.update()
        if unpaused < total - TOL:
            assert session.state().phase is not Phase.FINISHED
        if cues and cues[-1].kind is CueKind.FINISHED:
            finished_at = cues[-1].at
    # Ends when its unpaused time reaches the planned length, not a tick later or sooner.
    assert finished_at == pytest.approx(total, abs=1e-6)
    assert unpaused - total < 12.0 + TOL


@FAST
@given(routines, session_settings, st.floats(0.0, 1.0))
def test_previous_anywhere_in_a_work_segment_goes_to_the_one_before(
    r: Routine, s: SessionSettings, into: float
) -> None:
    clock = FakeClock()
    session = Session(r, s, clock)
    session.start()
    work = work_path(session)
    # Walk forward with next, then back with previous, and see the same hands in reverse.
    forward = []
    while (state := session.state()).phase is not Phase.FINISHED:
        if state.phase is Phase.WORK:
            forward.append((state.step_index, state.side))
        if len(forward) == len(work):
            break
        session.next()
    backward = []
    while True:
        state = session.state()
        backward.append((state.step_index, state.side))
        if len(backward) == len(work):
            break
        clock.now += into * state.segment_duration * 0.99
        session.previous()
    assert forward == work
    assert backward == list(reversed(work))


def display(state: SessionState) -> tuple[object, ...]:
    """What a timer display shows: clocks in whole seconds, rounded up."""
    return (
        state.phase,
        state.step_index,
        state.side,
        math.ceil(state.segment_remaining - 1e-9),
        math.ceil(state.routine_remaining - 1e-9),
        state.repetition,
    )


@FAST
@given(routines, session_settings)
def test_seconds_to_next_event_is_exactly_when_something_changes(
    r: Routine, s: SessionSettings
) -> None:
    clock = FakeClock()
    session = Session(r, s, clock)
    session.start()
    session.update()
    wakes = 0
    while (delay := session.seconds_to_next_event()) is not None:
        assert delay > 0
        shown = display(session.state())
        clock.now += delay / 2
        assert session.update() == []  # nothing happens before the wake-up
        assert display(session.state()) == shown
        clock.now += delay / 2
        changed = session.update() or display(session.state()) != shown
        assert changed, "woke up for nothing"
        if session.state().phase is Phase.WAITING:
            session.proceed()
            session.update()
        wakes += 1
    assert session.state().phase is Phase.FINISHED
    # One wake-up per displayed second, beat and boundary; not a busy loop.
    assert wakes <= 3 * (session.plan.total + len(session.plan.segments)) + 10
