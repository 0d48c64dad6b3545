"""The infant hand massage routines: for a parent, the lightest touch, the baby's own cautions."""

from __future__ import annotations

import re

import pytest

from handtrainer.core.library import load_library
from handtrainer.core.model import Audience, Pressure, Technique

INFANT = sorted(
    (r for r in load_library(include_user=False).routines if r.id.startswith("infant-")),
    key=lambda r: r.id,
)
#: The source's developmental claims, which the routines must not repeat.
CLAIMS = re.compile(r"\b(speech|speak|vocabulary|memor|reason|intellig|develop)", re.I)


def test_the_three_stages_are_there() -> None:
    assert [r.id for r in INFANT] == [
        "infant-hands-first-weeks",
        "infant-hands-later",
        "infant-hands-three-months",
    ]


@pytest.mark.parametrize("routine", INFANT, ids=[r.id for r in INFANT])
def test_an_infant_routine_is_for_a_parent_and_says_so(routine) -> None:
    assert routine.audience is Audience.INFANT
    assert "a parent and a baby" in routine.notes
    cautions = " ".join(routine.cautions)
    # The standard cautions are worded for a baby: none asks a "partner" anything.
    assert "partner" not in cautions.lower()
    for needed in ("unwell", "skin condition", "cries"):
        assert needed in cautions, needed


@pytest.mark.parametrize("routine", INFANT, ids=[r.id for r in INFANT])
def test_every_touch_is_light_and_nothing_claims_development(routine) -> None:
    for step in routine.steps:
        if step.technique is not Technique.HOLD:
            assert step.pressure is Pressure.LIGHT, step.title
        assert CLAIMS.search(f"{step.title} {step.instruction}") is None, step.title
    assert CLAIMS.search(f"{routine.summary} {routine.notes}") is None
