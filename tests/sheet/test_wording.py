"""The phrases a sheet prints for lengths, hands and audience (from the core's wording)."""

from __future__ import annotations

from dataclasses import replace

from handtrainer.core import wording
from handtrainer.core.model import Audience, Hand, Order, Side, Step, Technique
from handtrainer.core.session import Session
from tests.sheet.routines import short_routine


def step(**changes: object) -> Step:
    base = Step("Title", "Do it.", Technique.PRESS, duration=30)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_step_lengths() -> None:
    assert wording.step_length(step(hand=Hand.BOTH)) == "30 s"
    assert wording.step_length(step()) == "30 s per hand"
    counted = step(hand=Hand.RIGHT, duration=None, repeat=10, pace=2.5)
    assert wording.step_length(counted) == "10 × 2.5 s (25 s)"
    assert wording.step_length(step(hand=Hand.LEFT, rest=10)) == "30 s, then rest 10 s"


def test_step_hands_and_side() -> None:
    assert wording.step_hands(step(hand=Hand.LEFT)) == "Left hand"
    assert wording.step_hands(step(hand=Hand.BOTH)) == "Both hands together"
    assert wording.step_hands(step(), Side.LEFT) == "Each hand in turn (left first)"
    hand_by_hand = wording.step_hands(step(hand=Hand.LEFT), Side.RIGHT, Order.HAND_BY_HAND)
    assert hand_by_hand == "Each hand, one round per hand"
    assert step().hand.side(Side.LEFT) is Side.LEFT
    assert step(hand=Hand.BOTH).hand.side(Side.RIGHT) is Side.BOTH


def test_routine_phrases() -> None:
    routine = short_routine()
    assert wording.audience_sentence(routine.audience) == "For your own hands"
    assert wording.audience_sentence(Audience.PARTNER) == "For working on a partner's hands"
    assert wording.routine_hands(routine) == "Both hands, one after the other"
    only_both = replace(routine, steps=(step(hand=Hand.BOTH),))
    assert wording.routine_hands(only_both) == "Both hands together"
    total = Session(routine).state().routine_total
    assert wording.about_length(total).startswith("about ")
