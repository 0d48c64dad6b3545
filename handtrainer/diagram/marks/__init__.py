"""One mark per technique: what the diagram draws to show how to move.

``build_mark`` turns a scene's technique, zones, path and rotation into a
``Mark``: still primitives (drawn on screen and paper alike) and a function giving
the moving primitives at a phase of the beat (screen only). Geometry comes from
the map's zone shapes, so nothing here depends on the map being a hand, except
the curling digits of a clench, which are looked up by zone id and simply absent
on a map without them.
"""

from __future__ import annotations

from handtrainer.core.model import Rotation, Technique
from handtrainer.diagram.art import ArtView
from handtrainer.diagram.marks.geometry import Geometry
from handtrainer.diagram.marks.grips import pull, squeeze_or_stretch
from handtrainer.diagram.marks.mark import CURLING, Mark
from handtrainer.diagram.marks.presses import press_or_hold, tap
from handtrainer.diagram.marks.shake_and_clench import clench, shake
from handtrainer.diagram.marks.strokes import knead, rub, stroke
from handtrainer.diagram.marks.turns import circle, roll, twist

__all__ = ["CURLING", "Mark", "build_mark"]


def build_mark(
    art: ArtView,
    technique: Technique | None,
    zones: tuple[str, ...],
    path: tuple[str, ...],
    rotation: Rotation | None = None,
    *,
    mirrored: bool = False,
    partner: bool = False,
) -> Mark | None:
    """The mark for a technique on these zones; None when there is nothing to show."""
    if technique is Technique.HOLD and not zones and not path:
        return None  # a pause or a posture (settling in): no hand work to show
    g = Geometry(art, zones, path)
    if technique is None:
        return stroke(g, partner) if g.route else None
    t = Technique
    if technique is t.STROKE:
        return stroke(g, partner)
    if technique is t.RUB:
        return rub(g, partner)
    if technique is t.CIRCLE:
        return circle(g, rotation, mirrored, partner)
    if technique in (t.PRESS, t.HOLD):
        return press_or_hold(g, technique is t.HOLD, partner)
    if technique in (t.SQUEEZE, t.STRETCH):
        return squeeze_or_stretch(g, technique is t.STRETCH)
    if technique is t.KNEAD:
        return knead(g, partner)
    if technique is t.ROLL:
        return roll(g)
    if technique is t.TWIST:
        return twist(g, rotation, mirrored)
    if technique is t.PULL:
        return pull(g)
    if technique is t.TAP:
        return tap(g)
    if technique is t.SHAKE:
        return shake(g)
    return clench(g)
