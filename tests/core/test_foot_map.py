"""A routine names its map; the foot map has its own views and zones, checked per map."""

from __future__ import annotations

from pathlib import Path

from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import MAP_VIEWS, BodyMap, View
from handtrainer.core.zones import ZONES, map_zones

STEP = "steps:\n  - title: S\n    instruction: I.\n    technique: stroke\n    duration: 5s\n"


def load(head: str, step_extra: str):
    text = f"handtrainer: 1\ntitle: T\nsummary: S.\n{head}{STEP}{step_extra}"
    return load_routine_text(text, Path("r.yaml"))


def test_the_map_is_hand_unless_stated() -> None:
    result = load("", "    zones: [palm.center]\n")
    assert result.ok and result.routine is not None
    assert result.routine.map is BodyMap.HAND
    assert result.routine.steps[0].view is View.PALM


def test_a_foot_routine_defaults_to_the_sole_and_takes_foot_zones() -> None:
    result = load("map: foot\n", "    zones: [foot.arch, foot.heel]\n")
    assert result.ok, [str(p) for p in result.problems]
    assert result.routine is not None and result.routine.map is BodyMap.FOOT
    assert result.routine.steps[0].view is View.SOLE
    top = load("map: foot\n", "    view: top\n    path: [line.leg-up]\n")
    assert top.ok, [str(p) for p in top.problems]


def test_zones_and_views_of_the_other_map_are_refused_with_the_fix() -> None:
    foot_zone = load("", "    zones: [foot.heel]\n")
    assert not foot_zone.ok
    assert "map: foot" in foot_zone.problems[0].message
    hand_zone = load("map: foot\n", "    zones: [palm.center]\n")
    assert not hand_zone.ok and "hand map" in hand_zone.problems[0].message
    hand_view = load("map: foot\n", "    view: palm\n")
    assert not hand_view.ok and "sole or top" in hand_view.problems[0].message
    unknown = load("map: knee\n", "")
    assert not unknown.ok


def test_the_foot_vocabulary_names_every_part_the_sources_work() -> None:
    foot = map_zones("foot")
    for needed in (
        "toe.big", "toe.big.pad", "toe.big.base", "toe.second", "toe.third", "toe.fourth",
        "toe.little", "foot.ball", "foot.arch", "foot.heel", "foot.inner-edge",
        "foot.outer-edge", "foot.top", "ankle.inner", "ankle.outer", "leg.achilles",
        "leg.shin", "leg.calf", "line.sole-heel-to-toes", "line.leg-up", "line.calf-up",
    ):  # fmt: skip
        assert needed in foot, needed
    for zone in foot.values():
        assert zone.views <= set(MAP_VIEWS[BodyMap.FOOT]), zone.id
    hand = map_zones("hand")
    assert set(hand) | set(foot) == set(ZONES) and not set(hand) & set(foot)
