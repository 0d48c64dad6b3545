"""The one wording table: every phrase for hands, views, lengths and audience."""

from __future__ import annotations

from dataclasses import replace

from handtrainer.core import wording
from handtrainer.core.model import Audience, BodyMap, Hand, Order, Side, Step, Technique, View
from handtrainer.core.session import Session
from tests.sheet.routines import short_routine


def test_lengths_and_paces() -> None:
    counted = Step("T", "Do it.", Technique.PRESS, repeat=10, pace=2.5)
    assert wording.counted_length(counted) == "10 × 2.5 s"
    assert wording.pace_text(90) == "1 min 30 s"
    assert wording.per_hand("30 s") == "30 s per hand"
    assert wording.about_length(720) == "about 12 min"


def test_hands_sides_and_views() -> None:
    assert wording.hand_name(Hand.EACH) == "Each hand in turn"
    assert wording.hand_name(Hand.LEFT) == "Left hand"
    assert wording.step_hand(Hand.BOTH) == "both hands"
    assert wording.side_caption(Side.RIGHT) == "RIGHT HAND"
    assert wording.lead_side_name(Side.LEFT) == "Left side"
    assert wording.audience_choice(None) == "For anyone"
    assert wording.audience_choice(Audience.PARTNER) == "For a partner"
    assert wording.audience_choice(Audience.INFANT) == "For a baby"
    assert wording.audience_name(Audience.INFANT) == "A baby's hands"
    assert wording.audience_name(Audience.INFANT, BodyMap.FOOT) == "A baby's feet"
    assert [wording.map_choice(m) for m in (None, *BodyMap)] == ["Hands and feet", "Hands", "Feet"]
    assert [wording.view_name(v) for v in View] == [
        "palm side",
        "back of the hand",
        "sole of the foot",
        "top of the foot",
    ]
    assert wording.view_caption(View.SOLE) == "sole"
    assert wording.audience_sentence(Audience.PARTNER) == "For working on a partner's hands"
    assert wording.audience_sentence(Audience.INFANT) == "For a parent working on a baby's hands"


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
