"""The timer panel's words for what to do now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from handtrainer.core.model import Hand, Pressure, Routine, Step, Technique
from handtrainer.core.session import Phase, Session, SessionSettings
from handtrainer.ui.practice.timer_panel import TimerPanel, work_text
from tests.helpers.clock import FakeClock


def _step(pressure: Pressure | None) -> Step:
    return Step("Press", "Press the point.", Technique.PRESS, pressure=pressure, duration=10)


def test_work_text_names_technique_and_pressure() -> None:
    assert work_text(_step(Pressure.FIRM)) == "Press · firm pressure"
    assert work_text(_step(Pressure.LIGHT)) == "Press · light pressure"


def test_work_text_without_pressure_is_the_technique_alone() -> None:
    assert work_text(_step(None)) == "Press"
    assert work_text(None) == "Work"


def _panel_for(step: Step, qtbot: QtBot) -> TimerPanel:
    panel = TimerPanel()
    qtbot.addWidget(panel)
    routine = Routine("r", "R", "A routine.", (step,))
    panel.set_state(Session(routine, clock=lambda: 0.0).state(), routine)
    return panel


def test_tradition_is_shown_apart_and_as_plain_text(qtbot: QtBot) -> None:
    step = Step(
        "Hold the thumb",
        "Hold it gently.",
        Technique.HOLD,
        duration=60,
        tradition="The thumb is <b>traditionally</b> linked with worry.",
    )
    panel = _panel_for(step, qtbot)
    assert panel.tradition.text() == "The thumb is <b>traditionally</b> linked with worry."
    assert panel.tradition.font().italic()
    assert not panel.tradition.isHidden()
    assert panel.tradition.textFormat() == Qt.TextFormat.PlainText


def test_no_tradition_line_for_a_step_without_one(qtbot: QtBot) -> None:
    panel = _panel_for(_step(None), qtbot)
    assert panel.tradition.isHidden()


def test_step_tooltip_shows_markup_as_written_and_the_notes() -> None:
    from handtrainer.ui.practice.step_list import step_tooltip

    step = Step(
        "Press", "Press <b>here</b> & there.", Technique.PRESS, duration=5, notes="Go slowly."
    )
    tooltip = step_tooltip(step)
    assert "&lt;b&gt;here&lt;/b&gt; &amp; there." in tooltip
    assert "<b>" not in tooltip
    assert "Notes: Go slowly." in tooltip


def _two_steps() -> Routine:
    first = Step("Rub the palms", "Rub.", Technique.RUB, hand=Hand.BOTH, duration=10, rest=5)
    second = Step("Shake out", "Shake.", Technique.SHAKE, hand=Hand.BOTH, duration=8)
    return Routine("r2", "Two", "Two steps.", (first, second))


def test_each_pause_says_what_it_is(qtbot: QtBot) -> None:
    routine = _two_steps()
    clock = FakeClock()
    session = Session(
        routine, SessionSettings(get_ready_seconds=3, wait_before_each_step=False), clock
    )
    panel = TimerPanel()
    qtbot.addWidget(panel)
    session.start()
    panel.set_state(session.state(), routine)
    # Getting ready for step 1: it is shown, and "Next" does not name it a second time.
    assert panel.phase_label.text() == "Get ready"
    assert "Rub the palms" in panel.step_title.text()
    assert panel.next_label.text() == ""
    clock.advance(3 + 1)
    panel.set_state(session.state(), routine)
    assert panel.next_label.text() == "Next: Shake out — Both hands"
    # The rest after step 1 shows step 2 coming up.
    clock.advance(9 + 1)
    state = session.state()
    assert state.phase is Phase.REST
    panel.set_state(state, routine)
    assert panel.phase_label.text().startswith("Rest")
    assert "Shake out" in panel.step_title.text()


def test_waiting_shows_the_coming_step_length_not_zero(qtbot: QtBot) -> None:
    routine = _two_steps()
    clock = FakeClock()
    settings = SessionSettings(
        get_ready_seconds=0, wait_before_each_step=True, rest_between_steps=0
    )
    session = Session(routine, settings, clock)
    panel = TimerPanel()
    qtbot.addWidget(panel)
    session.start()
    clock.advance(10 + 5 + 0.5)
    state = session.state()
    assert state.phase is Phase.WAITING
    panel.set_state(state, routine)
    assert panel.countdown.text() == "0:08"
    assert "Space" in panel.phase_label.text()


def test_a_foot_routine_says_foot_and_switch_feet(qtbot: QtBot) -> None:
    from tests.core.test_foot_wording import foot_routine

    routine = foot_routine()
    clock = FakeClock()
    settings = SessionSettings(get_ready_seconds=0, switch_seconds=5, wait_before_each_step=False)
    session = Session(routine, settings, clock)
    panel = TimerPanel()
    qtbot.addWidget(panel)
    session.start()
    panel.set_state(session.state(), routine)
    assert panel.side_badge.text() == "RIGHT FOOT"
    for _ in range(40):  # through the first side of step 1 to the switch
        clock.advance(1)
        if session.state().phase is Phase.SWITCH:
            break
    assert session.state().phase is Phase.SWITCH
    panel.set_state(session.state(), routine)
    assert panel.phase_label.text() == "Switch feet"
    assert panel.side_badge.text() == "LEFT FOOT"


def test_the_side_badge_shrinks_its_words_rather_than_cutting_them(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFontMetricsF

    from handtrainer.core.model import BodyMap, Side
    from handtrainer.ui.practice.timer_panel import SideBadge

    badge = SideBadge()
    qtbot.addWidget(badge)
    badge.set_side(Side.RIGHT, BodyMap.FOOT)
    wide = badge.words_font(1000)
    assert QFontMetricsF(wide).horizontalAdvance("RIGHT FOOT") < 1000
    for room in (60.0, 90.0, 120.0):
        font = badge.words_font(room)
        assert QFontMetricsF(font).horizontalAdvance(badge.text()) <= room, room
        assert font.pointSizeF() < wide.pointSizeF()
