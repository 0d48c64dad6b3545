"""The words printed on a routine sheet: lengths, hands, audience.

Kept apart from the drawing so the phrasing can be read (and tested) on its own.
Every phrase goes through Qt's translation machinery.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from handtrainer.core.model import (
    Audience,
    Hand,
    Order,
    Routine,
    Side,
    Step,
    format_seconds,
)

_CONTEXT = "RoutineSheet"


def tr(text: str) -> str:
    """Translate a sheet phrase."""
    return QCoreApplication.translate(_CONTEXT, text)


def _number(value: float) -> str:
    """``3`` rather than ``3.0``; one decimal when it matters."""
    if abs(value - round(value)) < 1e-9:
        return str(round(value))
    return f"{value:.1f}"


def step_length(step: Step) -> str:
    """How long a step lasts: ``45 s``, ``10 × 3 s``, ``… per hand``, ``then rest 10 s``."""
    if step.is_counted and step.pace is not None:
        text = tr("{count} × {pace} s").format(count=step.repeat, pace=_number(step.pace))
        text += " " + tr("({total})").format(total=format_seconds(step.work_seconds))
    else:
        text = format_seconds(step.work_seconds)
    if step.hand is Hand.EACH:
        text = tr("{length} per hand").format(length=text)
    if step.rest > 0:
        text += ", " + tr("then rest {rest}").format(rest=format_seconds(step.rest))
    return text


def step_hands(step: Step, lead: Side = Side.RIGHT, order: Order = Order.STEP_BY_STEP) -> str:
    """Which hand a step works on, in words (``order`` is the routine's)."""
    if order is Order.HAND_BY_HAND and step.hand is not Hand.BOTH:
        # The whole routine runs on one hand, then again on the other.
        return tr("Each hand, one round per hand")
    if step.hand is Hand.LEFT:
        return tr("Left hand")
    if step.hand is Hand.RIGHT:
        return tr("Right hand")
    if step.hand is Hand.BOTH:
        return tr("Both hands together")
    first = tr("right") if lead is Side.RIGHT else tr("left")
    return tr("Each hand in turn ({first} first)").format(first=first)


def step_side(step: Step, lead: Side = Side.RIGHT) -> Side:
    """The hand the step's diagram shows: the lead hand for an ``each`` step."""
    if step.hand is Hand.LEFT:
        return Side.LEFT
    if step.hand is Hand.RIGHT:
        return Side.RIGHT
    if step.hand is Hand.BOTH:
        return Side.BOTH
    return lead


def audience(routine: Routine) -> str:
    """Whose hands the routine is for."""
    if routine.audience is Audience.PARTNER:
        return tr("For working on a partner's hands")
    return tr("For your own hands")


def routine_hands(routine: Routine) -> str:
    """Which hands the routine works, over all its steps."""
    hands = {step.hand for step in routine.steps}
    if routine.order is Order.HAND_BY_HAND and hands != {Hand.BOTH}:
        return tr("Both hands: the whole routine on one hand, then on the other")
    if not hands:
        return ""
    if hands == {Hand.BOTH}:
        return tr("Both hands together")
    if hands == {Hand.LEFT}:
        return tr("Left hand only")
    if hands == {Hand.RIGHT}:
        return tr("Right hand only")
    if Hand.EACH in hands:
        return tr("Both hands, one after the other")
    return tr("Both hands")


def total_length(routine: Routine) -> str:
    """The routine's length as a session runs it, with the default get-ready and switch pauses."""
    from handtrainer.core.session import Session

    seconds = Session(routine).state().routine_total
    return tr("about {length}").format(length=format_seconds(seconds))
