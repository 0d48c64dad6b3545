"""Marks that press on one place: press, hold, tap."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF

from handtrainer.diagram.marks.geometry import Geometry, thumb
from handtrainer.diagram.marks.mark import Mark
from handtrainer.diagram.primitives import Dot, Ghost, Line, Primitive, Ring


def press_or_hold(g: Geometry, hold: bool, partner: bool) -> Mark:
    """Press: rings with inward ticks; hold: two steady rings. Both pulse with the count."""
    c = g.focus()
    r = g.size() * 0.9
    still: list[Primitive] = [Ring(c, r * 0.6, 0.9), Ring(c, r, 0.9, dashed=hold)]
    if not hold:
        for k in range(4):
            a = math.radians(45 + 90 * k)
            u = QPointF(math.cos(a), math.sin(a))
            still.append(Line((c + u * (r * 1.75), c + u * (r * 1.12)), weight=0.75))
    if not hold or partner:
        still += thumb(g, c, partner, 0.55)

    def moving(t: float) -> list[Primitive]:
        if hold:  # a slow breath: the ring swells a little and glows
            s = 0.5 - 0.5 * math.cos(2 * math.pi * t)
            return [Ring(c, r * (1.05 + 0.25 * s), 1.2, 0.25 + 0.6 * s)]
        s = t  # each count: a ring closes in on the point, as the pressure sinks in
        return [Ring(c, r * (1.9 - 1.4 * s), 1.3, 0.2 + 0.8 * s)]

    return Mark("rings-hold" if hold else "rings-press", still, moving)


def tap(g: Geometry) -> Mark:
    """Tap: three small targets with short strike lines, touched one after another."""
    c = g.focus()
    r = g.size() * 0.75
    spots = [c + QPointF(r * math.cos(a), r * math.sin(a)) for a in (-2.3, -0.4, 1.35)]
    still: list[Primitive] = []
    for p in spots:
        still.append(Dot(p, 2.4 * g.mm))
        for a in (-2.4, -1.57, -0.74):
            u = QPointF(math.cos(a), math.sin(a))
            still.append(Line((p + u * (4.2 * g.mm), p + u * (7.8 * g.mm)), False, weight=0.55))

    def moving(t: float) -> list[Primitive]:
        k = min(2, int(t * 3))
        f = (t * 3) % 1.0
        p = spots[k]
        lift = 9.0 * g.mm * (1 - math.sin(math.pi * f))  # the fingertip comes down and up
        tip = p + QPointF(0, -lift * 0.3)
        return [
            Ghost(tip, 18.0, 12.0 * g.mm, False, 0.8),
            Ring(p, 3.0 * g.mm * (1 + f), 0.8, 1 - f),
        ]

    return Mark("taps", still, moving)
