"""The timer panel's words for what to do now."""

from __future__ import annotations

from handtrainer.core.model import Pressure, Step, Technique
from handtrainer.ui.timer_panel import work_text


def _step(pressure: Pressure | None) -> Step:
    return Step("Press", "Press the point.", Technique.PRESS, pressure=pressure, duration=10)


def test_work_text_names_technique_and_pressure() -> None:
    assert work_text(_step(Pressure.FIRM)) == "Press · firm pressure"
    assert work_text(_step(Pressure.LIGHT)) == "Press · light pressure"


def test_work_text_without_pressure_is_the_technique_alone() -> None:
    assert work_text(_step(None)) == "Press"
    assert work_text(None) == "Work"
