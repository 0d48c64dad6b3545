"""A foot routine is worded with feet: sides, each-foot lengths, the sheet's lines."""

from __future__ import annotations

from pathlib import Path

from handtrainer.core import wording
from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import Audience, BodyMap, Hand, Routine, Side
from tests.helpers.foot_routine import FOOT_ROUTINE


def foot_routine() -> Routine:
    result = load_routine_text(FOOT_ROUTINE, Path("foot-test.yaml"))
    assert result.ok and result.routine is not None
    return result.routine


def test_sides_and_captions_name_the_foot() -> None:
    assert wording.side_name(Side.LEFT, BodyMap.FOOT) == "Left foot"
    assert wording.side_name(Side.BOTH, BodyMap.FOOT) == "Both feet"
    assert wording.side_caption(Side.RIGHT, BodyMap.FOOT) == "RIGHT FOOT"
    assert wording.side_name(Side.LEFT) == "Left hand"  # the hand stays the default
    assert wording.hand_name(Hand.EACH, BodyMap.FOOT) == "Each foot in turn"
    assert wording.hand_name(Hand.RIGHT, BodyMap.FOOT) == "Right foot"
    assert wording.step_hand(Hand.BOTH, BodyMap.FOOT) == "both feet"
    assert wording.audience_sentence(Audience.PARTNER, BodyMap.FOOT).endswith("partner's feet")


def test_a_foot_routines_steps_and_summary_say_feet() -> None:
    routine = foot_routine()
    step = routine.steps[0]
    assert wording.step_length(step) == "3 × 4 s (12 s) per foot"
    assert wording.step_hands(step) == "Each foot in turn (right first)"
    assert wording.step_hands(step, Side.LEFT) == "Each foot in turn (left first)"
    assert wording.routine_hands(routine) == "Both feet, one after the other"
    for text in (
        wording.step_length(step),
        wording.step_hands(step),
        wording.routine_hands(routine),
    ):
        assert "hand" not in text.lower()


def test_audience_and_order_name_the_feet() -> None:
    from handtrainer.core.model import Order

    assert wording.audience_name(Audience.SELF, BodyMap.FOOT) == "Your own feet"
    assert wording.audience_name(Audience.PARTNER) == "A partner's hands"
    order = wording.order_name(Order.HAND_BY_HAND, BodyMap.FOOT)
    assert order == "the whole routine on one foot, then on the other"
