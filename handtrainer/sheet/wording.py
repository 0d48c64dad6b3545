"""The words printed on a routine sheet: lengths, hands, audience.

Kept apart from the drawing so the phrasing can be read (and tested) on its own.
Every phrase goes through Qt's translation machinery.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from handtrainer.core.model import Audience, Hand, Order, Routine, Side, Step
from handtrainer.core.wording import format_seconds

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def _number(value: float) -> str:
    """``3`` rather than ``3.0``; one decimal when it matters."""
    if abs(value - round(value)) < 1e-9:
        return str(round(value))
    return f"{value:.1f}"


def step_length(step: Step) -> str:
    """How long a step lasts: ``45 s``, ``10 × 3 s``, ``… per hand``, ``then rest 10 s``."""
    if step.is_counted and step.pace is not None:
        text = translate("RoutineSheet", "{count} × {pace} s").format(
            count=step.repeat, pace=_number(step.pace)
        )
        text += " " + translate("RoutineSheet", "({total})").format(
            total=format_seconds(step.work_seconds)
        )
    else:
        text = format_seconds(step.work_seconds)
    if step.hand is Hand.EACH:
        text = translate("RoutineSheet", "{length} per hand").format(length=text)
    if step.rest > 0:
        text += ", " + translate("RoutineSheet", "then rest {rest}").format(
            rest=format_seconds(step.rest)
        )
    return text


def step_hands(step: Step, lead: Side = Side.RIGHT, order: Order = Order.STEP_BY_STEP) -> str:
    """Which hand a step works on, in words (``order`` is the routine's)."""
    if order is Order.HAND_BY_HAND and step.hand is not Hand.BOTH:
        # The whole routine runs on one hand, then again on the other.
        return translate("RoutineSheet", "Each hand, one round per hand")
    if step.hand is Hand.LEFT:
        return translate("RoutineSheet", "Left hand")
    if step.hand is Hand.RIGHT:
        return translate("RoutineSheet", "Right hand")
    if step.hand is Hand.BOTH:
        return translate("RoutineSheet", "Both hands together")
    first = (
        translate("RoutineSheet", "right")
        if lead is Side.RIGHT
        else translate("RoutineSheet", "left")
    )
    return translate("RoutineSheet", "Each hand in turn ({first} first)").format(first=first)


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
        return translate("RoutineSheet", "For working on a partner's hands")
    return translate("RoutineSheet", "For your own hands")


def routine_hands(routine: Routine) -> str:
    """Which hands the routine works, over all its steps."""
    hands = {step.hand for step in routine.steps}
    if routine.order is Order.HAND_BY_HAND and hands != {Hand.BOTH}:
        return translate(
            "RoutineSheet", "Both hands: the whole routine on one hand, then on the other"
        )
    if not hands:
        return ""
    if hands == {Hand.BOTH}:
        return translate("RoutineSheet", "Both hands together")
    if hands == {Hand.LEFT}:
        return translate("RoutineSheet", "Left hand only")
    if hands == {Hand.RIGHT}:
        return translate("RoutineSheet", "Right hand only")
    if Hand.EACH in hands:
        return translate("RoutineSheet", "Both hands, one after the other")
    return translate("RoutineSheet", "Both hands")


def total_length(routine: Routine) -> str:
    """The routine's length as a session runs it, with the default get-ready and switch pauses."""
    from handtrainer.core.session import Session

    seconds = Session(routine).state().routine_total
    return translate("RoutineSheet", "about {length}").format(length=format_seconds(seconds))
