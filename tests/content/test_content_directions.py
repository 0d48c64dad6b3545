"""Routines that can be followed with eyes half closed: one direction vocabulary that
agrees with the arrow, the working hand named, pressure words that match the pressure,
and no highlight for a step that does no hand work."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from handtrainer.core.library import load_library
from handtrainer.core.model import (
    MAP_VIEWS,
    Audience,
    BodyMap,
    Hand,
    Order,
    Pressure,
    Routine,
    Side,
    Step,
    Technique,
    View,
)
from handtrainer.core.zones import ZONES
from handtrainer.diagram.overlay import motion_points
from handtrainer.diagram.renderer import DiagramScene, HandDiagramRenderer

ROUTINES = sorted(load_library(include_user=False).routines, key=lambda r: r.id)
IDS = [r.id for r in ROUTINES]

#: "Up" and "down" mean opposite things with the palm up or down; only these uses stay.
ALLOWED_UP_DOWN = re.compile(
    r"\bpalms? (up|down)\b|\bwarm up\b|\bup to (\d+|two|three|four|five|ten)\b", re.I
)
UP_DOWN = re.compile(r"\b(up|down|upwards|downwards)\b", re.I)
#: The direction words a person hears, and which way they point in the art (y grows
#: from the fingertips towards the elbow on both views).
TOWARDS = re.compile(r"\btowards the (elbow|wrist|fingertips?)\b", re.I)
OTHER_HAND = re.compile(r"\b(your )?other (hand|thumb|palm|hand's)\b", re.I)
#: On a foot both hands (or a ball) do the work; the instruction says which.
FOOT_WORKER = re.compile(
    r"\b(both hands|your (other )?(hands?|thumbs?|fingers)|your hand's|the ball)\b", re.I
)
#: Techniques a hand does by itself, with no other hand working on it.
SELF_MOVED = {Technique.CLENCH, Technique.SHAKE}
FIRM_WORDS = re.compile(r"\b(firm|firmly|hard)\b", re.I)
LIGHT_WORDS = re.compile(r"\b(light|lightly|gentle|gently|soft|softly)\b", re.I)


@pytest.fixture(scope="module")
def renderer(qapp: QApplication) -> HandDiagramRenderer:
    return HandDiagramRenderer()


def spoken(step: Step) -> str:
    return f"{step.title}. {step.instruction}"


def one_hand_at_a_time(routine: Routine, step: Step) -> bool:
    if step.hand is Hand.EACH:
        return True
    return routine.order is Order.HAND_BY_HAND and step.hand is not Hand.BOTH


@pytest.mark.parametrize("routine", ROUTINES, ids=IDS)
def test_no_up_or_down(routine: Routine) -> None:
    summary = ALLOWED_UP_DOWN.sub("", routine.summary)
    assert UP_DOWN.search(summary) is None, f"summary: {routine.summary!r}"
    for number, step in enumerate(routine.steps, 1):
        text = ALLOWED_UP_DOWN.sub("", spoken(step))
        found = UP_DOWN.search(text)
        assert found is None, f"step {number}: '{found.group(0)}' in {spoken(step)!r}"


@pytest.mark.parametrize("routine", ROUTINES, ids=IDS)
def test_direction_words_agree_with_the_arrow(
    routine: Routine, renderer: HandDiagramRenderer
) -> None:
    for number, step in enumerate(routine.steps, 1):
        words = {m.lower().rstrip("s") for m in TOWARDS.findall(step.instruction)}
        if not words:
            continue
        assert step.path, f"step {number} says 'towards the {words.pop()}' but draws no arrow"
        points = motion_points(renderer.art(step.view), step.path)
        assert len(points) >= 2, f"step {number}: the path draws nothing"
        rise = points[-1].y() - points[0].y()
        for word in words:
            if word == "fingertip":
                assert rise < 0, f"step {number}: 'towards the fingertips', the arrow goes back"
            else:
                assert rise > 0, f"step {number}: 'towards the {word}', the arrow goes back"


@pytest.mark.parametrize("view", MAP_VIEWS[BodyMap.HAND])
def test_every_zone_with_a_course_draws_an_arrow(renderer: HandDiagramRenderer, view: View) -> None:
    art = renderer.art(view)
    for zone in ZONES.values():
        if zone.has_course and view in zone.views:
            assert len(motion_points(art, (zone.id,))) >= 2, zone.id


@pytest.mark.parametrize("routine", ROUTINES, ids=IDS)
def test_every_self_massage_step_names_the_working_hand(routine: Routine) -> None:
    if routine.audience is not Audience.SELF:
        return
    worker = OTHER_HAND if routine.map is BodyMap.HAND else FOOT_WORKER
    for number, step in enumerate(routine.steps, 1):
        if one_hand_at_a_time(routine, step) and step.technique not in SELF_MOVED:
            assert worker.search(step.instruction), (
                f"step {number} ({step.title}) does not say what does the work"
            )


@pytest.mark.parametrize("routine", ROUTINES, ids=IDS)
def test_pressure_words_match_the_pressure(routine: Routine) -> None:
    for number, step in enumerate(routine.steps, 1):
        if FIRM_WORDS.search(step.instruction):
            assert step.pressure is Pressure.FIRM, f"step {number}: firm words, {step.pressure}"
        if LIGHT_WORDS.search(step.instruction) and step.pressure is Pressure.FIRM:
            raise AssertionError(f"step {number}: gentle words with firm pressure")


@pytest.mark.parametrize("routine", ROUTINES, ids=IDS)
def test_a_step_without_hand_work_lights_nothing(
    routine: Routine, renderer: HandDiagramRenderer
) -> None:
    for number, step in enumerate(routine.steps, 1):
        # A hold with no pressure and no tradition is a pause or a posture.
        pause = step.technique is Technique.HOLD and step.pressure is None and not step.tradition
        if pause:
            assert step.zones == () and step.path == (), f"step {number} ({step.title})"
            scene = DiagramScene.for_step(step, Side.RIGHT, partner=routine.audience.someone_else)
            assert renderer.mark(scene) is None, f"step {number} ({step.title}) draws a mark"


TURN_WORDS = (
    (re.compile(r"\banticlockwise\b", re.I), "anticlockwise"),
    (re.compile(r"(?<!anti)\bclockwise\b", re.I), "clockwise"),
    (re.compile(r"\b(change direction|different directions|both ways)\b", re.I), "both"),
)


@pytest.mark.parametrize("routine", ROUTINES, ids=IDS)
def test_turning_words_agree_with_the_rotation(routine: Routine) -> None:
    for number, step in enumerate(routine.steps, 1):
        said = {name for pattern, name in TURN_WORDS if pattern.search(step.instruction)}
        if said:
            assert len(said) == 1, f"step {number} names two ways of turning: {said}"
            shown = step.rotation.value if step.rotation else None
            assert shown == said.pop(), f"step {number} ({step.title}) draws {shown}"
