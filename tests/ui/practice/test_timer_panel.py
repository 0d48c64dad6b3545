"""The timer panel's words for what to do now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from handtrainer.core.model import Pressure, Routine, Step, Technique
from handtrainer.core.session import Session
from handtrainer.ui.practice.timer_panel import TimerPanel, work_text


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
