"""The one wording table: every phrase for hands, views, lengths and audience."""

from __future__ import annotations

from handtrainer.core import wording
from handtrainer.core.model import Audience, Hand, Side, Step, Technique, View


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
    assert wording.lead_hand_name(Side.LEFT) == "Left hand first"
    assert [wording.view_name(v) for v in View] == [
        "palm side",
        "back of the hand",
        "sole of the foot",
        "top of the foot",
    ]
    assert wording.view_caption(View.SOLE) == "sole"
    assert wording.audience_sentence(Audience.PARTNER) == "For working on a partner's hands"
