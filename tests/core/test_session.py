"""The session state machine, driven by a fake clock."""

from __future__ import annotations

import pytest

from handtrainer.core.model import Hand, Order, Routine, Side, Step, Technique
from handtrainer.core.session import (
    Cue,
    CueKind,
    Phase,
    Session,
    SessionSettings,
)
from tests.helpers.clock import FakeClock


def timed(title: str, seconds: float, hand: Hand = Hand.EACH, rest: float = 0.0) -> Step:
    return Step(title, "Do it.", Technique.RUB, hand=hand, duration=seconds, rest=rest)


def counted(
    title: str, repeat: int, pace: float, hand: Hand = Hand.EACH, rest: float = 0.0
) -> Step:
    return Step(title, "Do it.", Technique.CLENCH, hand=hand, repeat=repeat, pace=pace, rest=rest)


def routine(*steps: Step, order: Order = Order.STEP_BY_STEP) -> Routine:
    return Routine("test", "Test", "A test routine.", tuple(steps), order=order)


QUIET = SessionSettings(get_ready_seconds=0, switch_seconds=0, countdown_seconds=0)


def kinds(cues: list[Cue]) -> list[CueKind]:
    return [cue.kind for cue in cues]


def make(r: Routine, settings: SessionSettings = QUIET) -> tuple[Session, FakeClock]:
    clock = FakeClock()
    return Session(r, settings, clock), clock


def work_path(session: Session) -> list[tuple[int | None, Side | None]]:
    return [(s.step_index, s.side) for s in session.plan.segments if s.phase is Phase.WORK]


# --- the plan -------------------------------------------------------------------------


def test_each_step_runs_lead_hand_then_switch_then_other() -> None:
    r = routine(timed("A", 10), timed("B", 20, hand=Hand.BOTH, rest=4), timed("C", 5, Hand.LEFT))
    settings = SessionSettings(get_ready_seconds=3, switch_seconds=2, rest_between_steps=1)
    session, _ = make(r, settings)
    layout = [(s.phase, s.step_index, s.side, s.duration) for s in session.plan.segments]
    assert layout == [
        (Phase.GET_READY, 0, Side.RIGHT, 3),
        (Phase.WORK, 0, Side.RIGHT, 10),
        (Phase.SWITCH, 0, Side.LEFT, 2),
        (Phase.WORK, 0, Side.LEFT, 10),
        (Phase.REST, 0, Side.LEFT, 1),
        (Phase.WORK, 1, Side.BOTH, 20),
        (Phase.REST, 1, Side.BOTH, 5),
        (Phase.WORK, 2, Side.LEFT, 5),
    ]
    assert session.state().routine_total == 3 + 10 + 2 + 10 + 1 + 20 + 5 + 5


def test_left_lead_hand_goes_first() -> None:
    session, _ = make(routine(timed("A", 10)), SessionSettings(lead_hand=Side.LEFT))
    assert work_path(session) == [(0, Side.LEFT), (0, Side.RIGHT)]


def test_hand_by_hand_runs_the_list_on_one_hand_then_the_other() -> None:
    r = routine(
        timed("warm", 10, Hand.BOTH),
        timed("A", 10),
        timed("mid", 10, Hand.BOTH),
        timed("B", 10, rest=2),
        timed("shake", 10, Hand.BOTH),
        timed("end", 10, Hand.BOTH),
        order=Order.HAND_BY_HAND,
    )
    session, _ = make(r, SessionSettings(get_ready_seconds=0, switch_seconds=4))
    assert work_path(session) == [
        (0, Side.BOTH),
        (1, Side.RIGHT),
        (2, Side.BOTH),
        (3, Side.RIGHT),
        (1, Side.LEFT),
        (3, Side.LEFT),
        (4, Side.BOTH),
        (5, Side.BOTH),
    ]
    phases = [s.phase for s in session.plan.segments]
    assert phases.count(Phase.SWITCH) == 1
    assert phases.index(Phase.SWITCH) == 5  # after B's rest on the first hand
    assert phases.count(Phase.REST) == 2  # B's rest, once per hand


def test_wait_before_each_step_except_the_first() -> None:
    r = routine(timed("A", 10), timed("B", 10), timed("C", 10, Hand.BOTH))
    session, _ = make(r, SessionSettings(wait_before_each_step=True, get_ready_seconds=5))
    phases = [s.phase for s in session.plan.segments]
    assert phases == [
        Phase.GET_READY,
        Phase.WORK, Phase.SWITCH, Phase.WORK,
        Phase.WAITING, Phase.WORK, Phase.SWITCH, Phase.WORK,
        Phase.WAITING, Phase.WORK,
    ]  # fmt: skip


@pytest.mark.parametrize("order", list(Order))
@pytest.mark.parametrize("between", [0.0, 3.0])
def test_routine_work_seconds_agrees_with_the_plan(order: Order, between: float) -> None:
    r = routine(
        timed("A", 10, rest=5),
        counted("B", 4, 2.5, Hand.BOTH, rest=1),
        timed("C", 7, Hand.RIGHT, rest=2),
        timed("D", 3, Hand.EACH, rest=9),
        order=order,
    )
    settings = SessionSettings(get_ready_seconds=0, switch_seconds=0, rest_between_steps=between)
    session, _ = make(r, settings)
    runs = sum(1 for s in session.plan.segments if s.phase is Phase.REST) + 1
    # rest_between_steps comes on top of the routine's own length, once between runs.
    assert session.plan.total == pytest.approx(r.work_seconds + between * (runs - 1))


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        SessionSettings(lead_hand=Side.BOTH)
    with pytest.raises(ValueError):
        SessionSettings(switch_seconds=-1)


# --- running ----------------------------------------------------------------------


def test_runs_through_with_cues_in_order() -> None:
    r = routine(timed("A", 10), counted("B", 3, 1.5, Hand.BOTH))
    settings = SessionSettings(get_ready_seconds=5, switch_seconds=5, countdown_seconds=3)
    session, clock = make(r, settings)
    assert session.state().phase is Phase.IDLE
    session.start()
    assert session.state().phase is Phase.GET_READY
    cues = session.update()
    assert cues == [Cue(CueKind.GET_READY, 0, Side.RIGHT, None, 0.0)]
    clock.advance(5)
    assert kinds(session.update()) == [CueKind.STEP_STARTED]
    clock.advance(7)
    assert session.update() == [Cue(CueKind.COUNTDOWN, 0, Side.RIGHT, 3, 12.0)]
    clock.advance(3)
    assert kinds(session.update()) == [CueKind.COUNTDOWN, CueKind.COUNTDOWN, CueKind.SWITCH_HANDS]
    state = session.state()
    assert (state.phase, state.side, state.next_side, state.hand_pass) == (
        Phase.SWITCH, Side.LEFT, Side.LEFT, 2,
    )  # fmt: skip
    clock.advance(5)
    assert kinds(session.update()) == [CueKind.STEP_STARTED]
    assert session.state().side is Side.LEFT
    clock.advance(10)
    cues = session.update()
    # countdown pips of the left hand, then the counted step (4.5 s: too short for pips).
    assert [(c.kind, c.value) for c in cues] == [
        (CueKind.COUNTDOWN, 3),
        (CueKind.COUNTDOWN, 2),
        (CueKind.COUNTDOWN, 1),
        (CueKind.STEP_STARTED, None),
        (CueKind.REPETITION, 1),
    ]
    assert [c.at for c in cues] == [27, 28, 29, 30, 30]
    clock.advance(1.5)
    assert session.update() == [Cue(CueKind.REPETITION, 1, Side.BOTH, 2, 31.5)]
    assert session.state().repetition == 2
    assert session.state().repetitions == 3
    clock.advance(2.9)
    assert [c.value for c in session.update()] == [3]
    assert session.state().repetition == 3
    clock.advance(0.1)
    assert session.update() == [Cue(CueKind.FINISHED, None, None, None, 34.5)]
    state = session.state()
    assert state.phase is Phase.FINISHED
    assert (state.progress, state.routine_remaining, state.steps_done) == (1.0, 0.0, 3)
    clock.advance(100)
    assert session.update() == []


def test_late_update_walks_every_boundary_with_true_times() -> None:
    r = routine(timed("A", 10, rest=3), timed("B", 4, Hand.BOTH))
    settings = SessionSettings(get_ready_seconds=2, switch_seconds=1, countdown_seconds=0)
    session, clock = make(r, settings)
    session.start()
    clock.advance(3600)  # the machine slept
    cues = session.update()
    assert [(c.kind, c.at) for c in cues] == [
        (CueKind.GET_READY, 0),
        (CueKind.STEP_STARTED, 2),
        (CueKind.SWITCH_HANDS, 12),
        (CueKind.STEP_STARTED, 13),
        (CueKind.REST, 23),
        (CueKind.STEP_STARTED, 26),
        (CueKind.FINISHED, 30),
    ]


def test_a_session_is_under_way_only_while_it_runs_unpaused() -> None:
    session, clock = make(routine(timed("A", 10, hand=Hand.BOTH)))
    assert not session.state().under_way  # loaded, not started
    session.start()
    session.update()
    assert session.state().under_way
    session.pause()
    assert not session.state().under_way
    session.resume()
    clock.advance(60)
    session.update()
    assert session.state().phase is Phase.FINISHED and not session.state().under_way


def test_pause_freezes_time() -> None:
    session, clock = make(routine(timed("A", 10)))
    session.start()
    clock.advance(4)
    session.pause()
    session.update()
    before = session.state()
    assert before.paused
    assert session.seconds_to_next_event() is None
    clock.advance(500)
    assert session.update() == []
    after = session.state()
    assert after == before
    session.resume()
    clock.advance(1)
    state = session.state()
    assert not state.paused
    assert state.segment_remaining == pytest.approx(5)
    assert state.routine_elapsed == pytest.approx(5)


def test_waiting_holds_until_proceed_and_does_not_count() -> None:
    r = routine(timed("A", 10, Hand.BOTH), timed("B", 10, Hand.BOTH))
    session, clock = make(r, SessionSettings(get_ready_seconds=0, wait_before_each_step=True))
    session.start()
    clock.advance(10)
    assert kinds(session.update()) == [CueKind.STEP_STARTED, CueKind.COUNTDOWN, CueKind.COUNTDOWN,
                                       CueKind.COUNTDOWN, CueKind.WAITING]  # fmt: skip
    state = session.state()
    assert (state.phase, state.step_index, state.routine_elapsed) == (Phase.WAITING, 1, 10)
    assert session.seconds_to_next_event() is None
    clock.advance(60)
    assert session.update() == []
    assert session.state() == state
    session.proceed()
    cue = session.update()[0]
    assert (cue.kind, cue.step_index, cue.at) == (CueKind.STEP_STARTED, 1, 10)
    clock.advance(10)
    assert session.update()[-1] == Cue(CueKind.FINISHED, None, None, None, 20.0)


def test_seconds_to_next_event_wakes_for_whole_seconds_beats_and_ends() -> None:
    r = routine(counted("A", 4, 1.5, Hand.BOTH), timed("B", 2.25, Hand.BOTH))
    session, clock = make(r)
    assert session.seconds_to_next_event() is None
    session.start()
    session.update()
    # The routine's clock (8.25 s left) shows 0:09 until 0.25 s have passed.
    assert session.seconds_to_next_event() == pytest.approx(0.25)
    clock.advance(0.25)
    # Step shows 0:06 until 1 s; routine 0:08 until 1.25 s; next beat at 1.5 s.
    assert session.seconds_to_next_event() == pytest.approx(0.75)
    clock.advance(0.75)
    assert session.seconds_to_next_event() == pytest.approx(0.25)
    clock.advance(0.25)
    assert session.seconds_to_next_event() == pytest.approx(0.25)  # the beat at 1.5 s
    clock.advance(0.25)
    assert session.update()[-1].value == 2
    clock.advance(4.5)  # 6.0: the end of A
    assert session.state().step_index == 1
    assert session.seconds_to_next_event() == pytest.approx(0.25)
    clock.advance(2.25)
    assert session.seconds_to_next_event() is None  # finished


# --- commands ---------------------------------------------------------------------


def test_next_visits_every_hand_then_finishes() -> None:
    r = routine(timed("A", 10), timed("B", 10, Hand.BOTH, rest=5), timed("C", 10))
    session, clock = make(r, SessionSettings())
    session.start()
    seen = []
    while session.state().phase is not Phase.FINISHED:
        session.next()
        state = session.state()
        if state.phase is Phase.WORK:
            seen.append((state.step_index, state.side))
        clock.advance(0.5)
    assert seen == [
        (0, Side.RIGHT),
        (0, Side.LEFT),
        (1, Side.BOTH),
        (2, Side.RIGHT),
        (2, Side.LEFT),
    ]
    assert kinds(session.update()).count(CueKind.FINISHED) == 1


def test_previous_goes_back_however_far_into_the_step() -> None:
    r = routine(timed("A", 10), timed("B", 10, Hand.BOTH))
    session, clock = make(r, SessionSettings(get_ready_seconds=0))
    session.start()
    clock.advance(10 + 5 + 8)  # 8 s into A on the left hand: Previous still goes back
    session.previous()
    state = session.state()
    assert (state.step_index, state.side, state.routine_elapsed) == (0, Side.RIGHT, 0)
    session.previous()  # nothing before the first: start of it
    assert session.state().routine_elapsed == 0


def test_restart_step_and_jump() -> None:
    r = routine(timed("A", 10), timed("B", 10), timed("C", 10))
    session, clock = make(r)
    session.start()
    clock.advance(25)  # B on the right hand, 5 s in
    session.restart_step()
    assert session.state().step_index == 1
    assert session.state().segment_remaining == 10
    session.jump_to(2)
    state = session.state()
    assert (state.step_index, state.side, state.routine_elapsed) == (2, Side.RIGHT, 40)
    session.jump_to(0)
    assert session.state().routine_elapsed == 0
    with pytest.raises(IndexError):
        session.jump_to(3)
    cues = session.update()
    assert [(c.kind, c.step_index) for c in cues][-3:] == [
        (CueKind.STEP_STARTED, 1),
        (CueKind.STEP_STARTED, 2),
        (CueKind.STEP_STARTED, 0),
    ]
    assert {c.at for c in cues[-3:]} == {25}


def test_stop_and_start_again() -> None:
    session, clock = make(routine(timed("A", 10)))
    session.start()
    clock.advance(3)
    session.next()
    session.stop()
    assert session.state().phase is Phase.STOPPED
    assert session.update() == []  # undelivered cues of an abandoned run are dropped
    clock.advance(3)
    session.start()
    state = session.state()
    assert (state.phase, state.side, state.routine_elapsed) == (Phase.WORK, Side.RIGHT, 0)
    assert session.update() == [Cue(CueKind.STEP_STARTED, 0, Side.RIGHT, None, 0.0)]


def test_zero_switch_pause_still_cues_the_switch() -> None:
    session, clock = make(
        routine(timed("A", 4)), SessionSettings(get_ready_seconds=0, switch_seconds=0)
    )
    session.start()
    clock.advance(4)
    cues = session.update()
    assert [(c.kind, c.side, c.at) for c in cues] == [
        (CueKind.STEP_STARTED, Side.RIGHT, 0),
        (CueKind.SWITCH_HANDS, Side.LEFT, 4),
        (CueKind.STEP_STARTED, Side.LEFT, 4),
    ]


@pytest.mark.parametrize(("seconds", "pips"), [(5.5, []), (6, [3, 2, 1]), (30, [3, 2, 1])])
def test_countdown_only_for_segments_twice_as_long(seconds: float, pips: list[int]) -> None:
    settings = SessionSettings(get_ready_seconds=0, countdown_seconds=3)
    session, clock = make(routine(timed("A", seconds, Hand.BOTH)), settings)
    session.start()
    clock.advance(seconds)
    cues = session.update()
    assert [c.value for c in cues if c.kind is CueKind.COUNTDOWN] == pips
    assert [c.at for c in cues if c.kind is CueKind.COUNTDOWN] == [seconds - p for p in pips]


def test_every_repetition_beats_including_the_first() -> None:
    session, clock = make(routine(counted("A", 4, 2.5, Hand.BOTH)))
    session.start()
    seen = []
    for _ in range(10):
        state = session.state()
        seen.append((state.repetition, state.repetitions))
        clock.advance(1.25)
    assert seen[:8] == [(1, 4), (1, 4), (2, 4), (2, 4), (3, 4), (3, 4), (4, 4), (4, 4)]
    beats = [(c.value, c.at) for c in session.update() if c.kind is CueKind.REPETITION]
    assert beats == [(1, 0), (2, 2.5), (3, 5), (4, 7.5)]


def test_cue_times_leave_out_pauses() -> None:
    session, clock = make(routine(timed("A", 10, Hand.BOTH), timed("B", 10, Hand.BOTH)))
    session.start()
    clock.advance(4)
    session.pause()
    clock.advance(100)
    session.resume()
    clock.advance(6)
    assert session.update()[-1] == Cue(CueKind.STEP_STARTED, 1, Side.BOTH, None, 10.0)
    assert session.state().routine_elapsed == 10


def test_commands_while_paused_stay_paused_at_the_start() -> None:
    session, clock = make(routine(timed("A", 10), timed("B", 10)))
    session.start()
    clock.advance(3)
    session.pause()
    session.next()
    clock.advance(50)
    state = session.state()
    assert state.paused
    assert (state.step_index, state.side, state.segment_remaining) == (0, Side.LEFT, 10)
    session.resume()
    clock.advance(2)
    assert session.state().segment_remaining == 8


def test_proceed_from_a_paused_wait_resumes() -> None:
    r = routine(timed("A", 10, Hand.BOTH), timed("B", 10, Hand.BOTH))
    session, clock = make(r, SessionSettings(get_ready_seconds=0, wait_before_each_step=True))
    session.start()
    clock.advance(12)
    session.pause()
    clock.advance(5)
    session.proceed()
    clock.advance(1)
    state = session.state()
    assert (state.phase, state.paused, state.step_index) == (Phase.WORK, False, 1)
    assert state.routine_elapsed == 11
    assert session.update()[-1].at == 10


def test_next_from_waiting_goes_on_and_commands_never_land_on_waiting() -> None:
    r = routine(timed("A", 10, Hand.BOTH), timed("B", 10, Hand.BOTH), timed("C", 10, Hand.BOTH))
    session, clock = make(r, SessionSettings(get_ready_seconds=0, wait_before_each_step=True))
    session.start()
    clock.advance(10)
    assert session.state().phase is Phase.WAITING
    session.next()
    assert (session.state().phase, session.state().step_index) == (Phase.WORK, 1)
    session.previous()
    assert (session.state().phase, session.state().step_index) == (Phase.WORK, 0)
    session.jump_to(2)
    assert (session.state().phase, session.state().step_index) == (Phase.WORK, 2)


def test_hand_by_hand_jump_stays_on_the_hand_of_the_current_round() -> None:
    r = routine(timed("A", 10), timed("B", 10), timed("C", 10), order=Order.HAND_BY_HAND)
    session, _ = make(r, SessionSettings(get_ready_seconds=0))
    session.start()
    session.jump_to(2)
    assert (session.state().step_index, session.state().side) == (2, Side.RIGHT)
    session.next()  # the switch is skipped: the second round begins
    assert (session.state().step_index, session.state().side) == (0, Side.LEFT)
    session.jump_to(1)
    assert (session.state().step_index, session.state().side) == (1, Side.LEFT)
    assert session.state().hand_pass == 2


def test_jump_when_not_running_starts_there() -> None:
    session, clock = make(routine(timed("A", 10), timed("B", 10)), SessionSettings())
    session.jump_to(1)
    state = session.state()
    assert (state.phase, state.step_index, state.side) == (Phase.WORK, 1, Side.RIGHT)
    assert session.update() == [Cue(CueKind.STEP_STARTED, 1, Side.RIGHT, None, 0.0)]
    clock.advance(24.99)
    assert session.state().phase is Phase.WORK  # 10 s right, 5 s switch, 10 s left
    clock.advance(0.01)
    assert session.state().phase is Phase.FINISHED


def test_next_from_the_last_hand_finishes_once() -> None:
    session, clock = make(routine(timed("A", 10, Hand.BOTH)))
    session.start()
    session.next()
    session.next()
    clock.advance(30)
    assert kinds(session.update()) == [CueKind.STEP_STARTED, CueKind.FINISHED]
    assert session.state().phase is Phase.FINISHED
    session.start()  # starts over
    assert session.state().phase is Phase.WORK


def test_idle_state_names_the_first_step() -> None:
    session, _ = make(routine(timed("A", 10, Hand.LEFT), timed("B", 10)))
    state = session.state()
    assert (state.phase, state.step_index, state.progress) == (Phase.IDLE, None, 0)
    assert (state.next_step_index, state.next_side) == (0, Side.LEFT)
    assert state.routine_remaining == state.routine_total == 30
    assert session.seconds_to_next_event() is None


def test_a_pause_taken_while_waiting_carries_over_to_a_jump() -> None:
    r = routine(timed("A", 10, Hand.BOTH), timed("B", 10, Hand.BOTH))
    session, clock = make(r, SessionSettings(get_ready_seconds=0, wait_before_each_step=True))
    session.start()
    clock.advance(10)
    session.pause()
    clock.advance(30)
    session.next()  # goes on, still paused
    clock.advance(30)
    state = session.state()
    assert (state.phase, state.paused, state.step_index) == (Phase.WORK, True, 1)
    assert state.routine_elapsed == 10
    assert session.update()[-1] == Cue(CueKind.STEP_STARTED, 1, Side.BOTH, None, 10.0)
    session.resume()
    clock.advance(10)
    assert session.update()[-1] == Cue(CueKind.FINISHED, None, None, None, 20.0)


def test_extend_gives_the_step_more_time_and_counts_down_again() -> None:
    r = routine(timed("A", 10, Hand.BOTH), timed("B", 10, Hand.BOTH))
    session, clock = make(r, SessionSettings(get_ready_seconds=0, countdown_seconds=3))
    session.start()
    clock.advance(8)  # into A's closing countdown
    session.update()
    session.extend(30)
    state = session.state()
    assert state.step_index == 0
    assert state.segment_remaining == pytest.approx(32)
    clock.advance(31)
    assert session.state().step_index == 0
    countdowns = [c.value for c in session.update() if c.kind is CueKind.COUNTDOWN]
    assert countdowns == [3, 2, 1]  # given again at the new end
    clock.advance(1.5)
    assert session.state().step_index == 1


def test_extend_outside_work_does_nothing() -> None:
    r = routine(timed("A", 10, Hand.BOTH))
    session, _clock = make(r, SessionSettings(get_ready_seconds=3))
    session.extend(30)  # not started
    assert session.state().phase is Phase.IDLE
    session.start()
    session.extend(30)  # getting ready
    assert session.state().segment_remaining == pytest.approx(3)
