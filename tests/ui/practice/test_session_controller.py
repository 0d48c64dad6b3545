"""The session controller: one wake-up at a time, none while paused or finished."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.core.model import Hand, Routine, Side, Step, Technique
from handtrainer.core.session import Cue, CueKind, Phase, SessionSettings, SessionState
from handtrainer.ui.practice.session_controller import SessionController
from handtrainer.ui.timers import QtTimerFactory
from tests.helpers.clock import FakeClock
from tests.helpers.timers import ManualTimerFactory

ROUTINE = Routine(
    id="tiny",
    title="Tiny",
    summary="Two short steps.",
    steps=(
        Step("Rub the palm", "Rub it.", Technique.RUB, hand=Hand.EACH, duration=10.0),
        Step("Press the centre", "Press.", Technique.PRESS, hand=Hand.BOTH, repeat=4, pace=2.0),
    ),
)
SETTINGS = SessionSettings(lead_hand=Side.RIGHT, get_ready_seconds=3.0, switch_seconds=2.0)


@pytest.fixture
def parts(qtbot: QtBot) -> tuple[SessionController, FakeClock, ManualTimerFactory]:
    clock = FakeClock()
    timers = ManualTimerFactory()
    controller = SessionController(clock=clock, timers=timers)
    return controller, clock, timers


def _run_until(
    controller: SessionController, clock: FakeClock, timers: ManualTimerFactory, seconds: float
) -> None:
    """Advance the fake clock to each armed wake-up in turn, like the real timer would."""
    timer = timers.timers["session-wake"]
    end = clock.now + seconds
    while timer.isActive() and timer.interval_ms is not None:
        step = timer.interval_ms / 1000
        if clock.now + step > end:
            break
        clock.advance(step)
        timer.fire()
    clock.now = max(clock.now, end)


def test_loading_emits_the_idle_state_and_arms_nothing(parts) -> None:
    controller, _clock, timers = parts
    states: list[SessionState] = []
    controller.stateChanged.connect(states.append)
    controller.load(ROUTINE, SETTINGS)
    assert states and states[-1].phase is Phase.IDLE
    assert not controller.timer_active
    assert timers.active() == []


def test_start_arms_one_wake_up_at_the_next_second(parts) -> None:
    controller, _clock, timers = parts
    controller.load(ROUTINE, SETTINGS)
    controller.start()
    assert controller.state().phase is Phase.GET_READY
    assert controller.timer_active
    # The display changes at the next whole second of the get-ready count.
    assert timers.timers["session-wake"].interval_ms == pytest.approx(1000, abs=5)


def test_waking_advances_and_emits_cues_in_order(parts) -> None:
    controller, clock, timers = parts
    cues: list[Cue] = []
    controller.cueEmitted.connect(cues.append)
    controller.load(ROUTINE, SETTINGS)
    controller.start()
    _run_until(controller, clock, timers, 3.5)
    state = controller.state()
    assert state.phase is Phase.WORK
    assert state.side is Side.RIGHT
    kinds = [cue.kind for cue in cues]
    assert kinds[0] is CueKind.GET_READY
    assert CueKind.STEP_STARTED in kinds


def test_paused_and_finished_sessions_run_no_timer(parts) -> None:
    controller, clock, timers = parts
    controller.load(ROUTINE, SETTINGS)
    controller.start()
    controller.pause()
    assert controller.state().paused
    assert not controller.timer_active
    assert timers.active() == []
    controller.resume()
    assert controller.timer_active
    _run_until(controller, clock, timers, 200)
    assert controller.state().phase is Phase.FINISHED
    assert not controller.timer_active


def test_commands_publish_a_new_state(parts, qtbot: QtBot) -> None:
    controller, _clock, _timers = parts
    controller.load(ROUTINE, SETTINGS)
    controller.start()
    with qtbot.waitSignal(controller.stateChanged, timeout=1000) as blocker:
        controller.jump_to(1)
    assert blocker.args[0].step_index == 1
    controller.stop()
    assert controller.state().phase is Phase.STOPPED
    assert not controller.timer_active


def test_real_timer_factory_makes_a_precise_single_shot(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject, Qt

    owner = QObject()
    timer = QtTimerFactory().single_shot(owner, "x")
    assert timer.isSingleShot()
    assert timer.timerType() is Qt.TimerType.PreciseTimer
    assert not timer.isActive()


def test_real_timer_wakes_the_controller(qtbot: QtBot) -> None:
    """With the real clock and timer, the countdown moves on its own."""
    controller = SessionController()
    fast = SessionSettings(get_ready_seconds=0.05, switch_seconds=0.0)
    controller.load(ROUTINE, fast)
    controller.start()
    with qtbot.waitSignal(
        controller.cueEmitted,
        timeout=3000,
        check_params_cb=lambda cue: cue.kind is CueKind.STEP_STARTED,
    ):
        pass
    controller.stop()
