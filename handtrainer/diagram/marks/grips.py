"""Marks that grip: squeeze and stretch (two arrowheads across the zone), pull."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF

from handtrainer.diagram.marks.geometry import Geometry, perp, pinch, segment, unit
from handtrainer.diagram.marks.mark import Mark
from handtrainer.diagram.primitives import Dot, Line, Primitive


def squeeze_or_stretch(g: Geometry, outward: bool) -> Mark:
    """Squeeze: two arrowheads pointing at each other across the zone; stretch: apart."""
    a, b = g.axis()
    c = g.focus()
    if g.route:
        c = g.route[0]
    d = unit(b - a)
    n = perp(d) if not outward else d
    gap = g.across() * (1.05 if not outward else 0.4)
    reach = max(g.size() * 1.2, 13.0 * g.mm)

    def pair(shift: float) -> list[Primitive]:
        lines: list[Primitive] = []
        for sign in (1.0, -1.0):
            inner = c + n * (sign * (gap + shift))
            outer = c + n * (sign * (gap + shift + reach))
            lines.append(Line(segment(inner, outer) if outward else segment(outer, inner)))
        return lines

    guide: list[Primitive] = []
    if g.route and not outward:
        guide.append(Line(tuple(g.route), dashed=True, weight=0.7, strength=0.8))
    still = [*guide, *pair(0.0)]

    def moving(t: float) -> list[Primitive]:
        s = 0.5 - 0.5 * math.cos(2 * math.pi * t)
        shift = (-0.3 if not outward else 0.3) * reach * s
        ghosts = pinch(g, c, d, gap + shift + reach * 0.25) if not outward else []
        return [*ghosts, *pair(shift)]

    kind = "stretch-apart" if outward else "opposed"
    return Mark(kind, still, moving, base=guide)


def pull(g: Geometry) -> Mark:
    """Pull: an arrow along the digit that runs out past its tip."""
    if g.route:
        a, b = g.route[0], g.route[-1]
    else:
        a, b = g.axis()
    d = unit(b - a)
    length = QLineF(a, b).length()
    start = a + d * (length * 0.35)
    end = b + d * (12.0 * g.mm)
    line = Line(segment(start, end), weight=1.1)
    grip = [Line(segment(start - perp(d) * g.across(), start + perp(d) * g.across(), 2), False)]

    def moving(t: float) -> list[Primitive]:
        p = start + (end - start) * (0.2 + 0.6 * t)
        return [*pinch(g, p, d, g.across() * 1.05), Dot(p, 2.0 * g.mm, 1.0 - 0.6 * t)]

    return Mark("pull", [line, *grip], moving)
