"""Marks that turn: circle (on the skin), roll and twist (a digit between thumb and finger)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF

from handtrainer.core.model import Rotation
from handtrainer.diagram.marks.geometry import (
    Geometry,
    angle_deg,
    arc,
    pinch,
    segment,
    thumb,
    turned_arc,
    unit,
)
from handtrainer.diagram.marks.mark import Mark
from handtrainer.diagram.primitives import Dot, Line, Polyline, Primitive, point_along


def circle(g: Geometry, rotation: Rotation | None, mirrored: bool, partner: bool) -> Mark:
    """A ring with an arrowhead that turns the way the step says (as seen on screen)."""
    sense = -1.0 if rotation is Rotation.ANTICLOCKWISE else 1.0
    if mirrored:
        sense = -sense  # drawn into a mirrored hand: keep the turn as the viewer sees it
    r = g.size()
    rings: list[tuple[QPointF, float, float]] = []
    if g.route:
        along = Polyline(g.route)
        for t in (0.15, 0.5, 0.85):
            p, _d = along.at(t)
            rings.append((p, max(r * 0.55, 8.0 * g.mm), sense))
    elif rotation is Rotation.BOTH:
        c = g.focus()
        off = r * 1.05
        rings = [(c + QPointF(-off, 0), r * 0.9, sense), (c + QPointF(off, 0), r * 0.9, -sense)]
    else:
        rings = [(g.focus(), r, sense)]
    still: list[Primitive] = []
    if g.route:
        still.append(Line(tuple(g.route), dashed=True, weight=0.7, strength=0.8))
    for c, radius, s in rings:
        still.append(Line(arc(c, radius, radius, -60.0, 300.0 * s), weight=0.85))

    def moving(t: float) -> list[Primitive]:
        if rotation is Rotation.BOTH and len(rings) == 2:
            c, radius, s = rings[0] if t < 0.5 else rings[1]
            t = (t * 2) % 1.0
        elif g.route:
            c, radius, s = rings[min(2, int(t * 3))]
            t = (t * 3) % 1.0
        else:
            c, radius, s = rings[0]
        a = math.radians(-60.0 + 360.0 * t * s)
        p = QPointF(c.x() + radius * math.cos(a), c.y() + radius * math.sin(a))
        return [*thumb(g, p, partner, 0.85), Dot(p, 2.2 * g.mm)]

    kind = "rotation-both" if rotation is Rotation.BOTH else "rotation"
    return Mark(kind, still, moving)


def roll(g: Geometry) -> Mark:
    """Roll: flat to-and-fro arcs across the digit, at two places along it."""
    a, b = g.axis()
    if g.route:
        a, b = g.route[0], g.route[-1]
    d = unit(b - a)
    w = g.across() * 1.45
    up = angle_deg(d)
    spots = [a + (b - a) * 0.3, a + (b - a) * 0.72]
    arcs = [turned_arc(c, w, w * 0.22, up, 15.0, 150.0) for c in spots]
    still: list[Primitive] = [
        Line(arc, head_end=True, head_start=True, weight=0.85) for arc in arcs
    ]
    still.append(Line(segment(spots[0], spots[1]), dashed=True, weight=0.6, strength=0.7))

    def moving(t: float) -> list[Primitive]:
        s = 0.5 - 0.5 * math.cos(2 * math.pi * t)
        c = spots[0] + (spots[1] - spots[0]) * t
        p, _ = point_along(turned_arc(c, w, w * 0.22, up, 15.0, 150.0), 0.1 + 0.8 * s)
        return [*pinch(g, c, d, g.across() * 1.05), Dot(p, 2.0 * g.mm)]

    return Mark("roll", still, moving)


def twist(g: Geometry, rotation: Rotation | None, mirrored: bool) -> Mark:
    """Twist: a flat ring around the digit's axis, its back half dashed behind the digit."""
    a, b = g.axis()
    c = g.focus()
    if g.route:
        c = g.route[len(g.route) // 3]
    d = unit(b - a)
    w = g.across() * 1.7
    frame = angle_deg(d)
    sense = -1.0 if rotation is Rotation.ANTICLOCKWISE else 1.0
    if mirrored:
        sense = -sense
    front = turned_arc(c, w, w * 0.5, frame, 12.0, 156.0)
    back = turned_arc(c, w, w * 0.5, frame, 192.0, 156.0)
    both = rotation is Rotation.BOTH or rotation is None  # "from side to side" by default
    if sense < 0:
        front = tuple(reversed(front))
    still: list[Primitive] = [
        Line(back, head_end=False, dashed=True, weight=0.7, strength=0.7),
        Line(front, head_end=True, head_start=both),
    ]

    along_front = Polyline(front)

    def moving(t: float) -> list[Primitive]:
        s = 0.5 - 0.5 * math.cos(2 * math.pi * t) if both else t
        p, _ = along_front.at(0.1 + 0.8 * s)
        return [*pinch(g, c, d, g.across() * 1.05), Dot(p, 2.0 * g.mm)]

    return Mark("twist", still, moving)
