"""Every bundled routine carries the cautions its content calls for.

The general cautions of the sources go everywhere; others follow from what a
step does: LI4 or the thumb web asks for the pregnancy caution, heat and cold
for theirs, the back of the hand for its lighter touch, a tradition line for the
caution that says it is tradition.
"""

from __future__ import annotations

import re

import pytest

from handtrainer.core.cautions import GENERAL_CAUTIONS
from handtrainer.core.library import load_library
from handtrainer.core.model import Audience, BodyMap, Routine, Step, Technique

ROUTINES = sorted(load_library(include_user=False).routines, key=lambda r: r.id)

LI4_WORDS = re.compile(r"\bLI4\b|web between (the )?thumb and (the )?index|thumb web", re.I)
HEAT_WORDS = re.compile(
    r"\b(compress|warm,? damp towel|warm water|hot water|heat pack|heat)\b", re.I
)
COLD_WORDS = re.compile(r"\b(cold pack|ice|cold water|cool pack)\b", re.I)
ACUPRESSURE_POINTS = {"point.pc6", "point.li4"}


def _places(step: Step) -> set[str]:
    return {*step.zones, *step.path}


def called_for(routine: Routine) -> dict[str, str]:
    """The caution ids this routine's content calls for, each with the reason."""
    needed = dict.fromkeys(GENERAL_CAUTIONS, "every routine")
    if routine.map is BodyMap.FOOT:
        needed["diabetes"] = needed["poor-circulation"] = "every foot routine"
    for number, step in enumerate(routine.steps, 1):
        where = f"step {number} ({step.title})"
        if _places(step) & {"point.li4", "back.thumb-web"} or LI4_WORDS.search(step.instruction):
            needed["pregnancy-li4"] = f"{where} works LI4 or the thumb web"
        if HEAT_WORDS.search(step.instruction):
            needed["heat"] = f"{where} uses heat"
        if COLD_WORDS.search(step.instruction):
            needed["cold"] = f"{where} uses cold"
        if step.technique is not Technique.HOLD and any(z.startswith("back.") for z in step.zones):
            needed["back-of-hand"] = f"{where} works the back of the hand"
        if step.tradition:
            needed["tradition"] = f"{where} names a tradition"
        if _places(step) & ACUPRESSURE_POINTS:
            needed["acupressure"] = f"{where} works an acupressure point"
        if routine.audience.someone_else and step.technique is Technique.STRETCH:
            needed["stretching"] = f"{where} stretches someone else's hand"
    return needed


def missing_cautions(routine: Routine) -> list[str]:
    """What the routine lacks, as readable lines."""
    return [
        f"{caution}: {reason}"
        for caution, reason in called_for(routine).items()
        if caution not in routine.caution_ids
    ]


@pytest.mark.parametrize("routine", ROUTINES, ids=[r.id for r in ROUTINES])
def test_routine_carries_the_cautions_its_content_calls_for(routine: Routine) -> None:
    assert missing_cautions(routine) == []


@pytest.mark.parametrize("routine", ROUTINES, ids=[r.id for r in ROUTINES])
def test_general_cautions_reach_the_reader(routine: Routine) -> None:
    words = " ".join(routine.cautions).lower()
    assert "cancer" in words and "genitourinary" in words
    if routine.audience is Audience.PARTNER:
        assert "partner" in words
    if routine.audience is Audience.INFANT:
        assert "baby" in words and "partner" not in words


def _step(**changes: object) -> Step:
    base: dict[str, object] = {
        "title": "S",
        "instruction": "Press.",
        "technique": Technique.PRESS,
        "zones": ("palm.center",),
        "duration": 10.0,
    }
    base.update(changes)
    return Step(**base)  # type: ignore[arg-type]


def test_the_check_finds_each_missing_caution() -> None:
    steps = (
        _step(view="back", zones=("back.thumb-web",)),
        _step(instruction="Wrap the hands in a warm, damp towel."),
        _step(instruction="Rest the hands on a cold pack."),
        _step(instruction="Pinch the web between the thumb and index finger."),
        _step(tradition="Traditionally linked with the head."),
    )
    routine = Routine(id="t", title="T", summary="S", steps=steps, caution_ids=GENERAL_CAUTIONS)
    found = {line.split(":")[0] for line in missing_cautions(routine)}
    assert found == {"pregnancy-li4", "heat", "cold", "back-of-hand", "tradition"}
    bare = Routine(id="t", title="T", summary="S", steps=(_step(),))
    assert {line.split(":")[0] for line in missing_cautions(bare)} == set(GENERAL_CAUTIONS)
    foot = Routine(
        id="t",
        title="T",
        summary="S",
        map=BodyMap.FOOT,
        steps=(_step(view="sole", zones=("foot.arch",)),),
        caution_ids=GENERAL_CAUTIONS,
    )
    assert {line.split(":")[0] for line in missing_cautions(foot)} == {
        "diabetes",
        "poor-circulation",
    }
