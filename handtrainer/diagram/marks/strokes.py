"""Marks that travel over the skin: stroke, rub, knead."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QLineF

from handtrainer.diagram.marks.geometry import Geometry, perp, segment, thumb, unit
from handtrainer.diagram.marks.mark import Mark
from handtrainer.diagram.primitives import Dot, Line, Polyline, Primitive


def stroke(g: Geometry, partner: bool) -> Mark:
    route = g.route
    if not route:
        a, b = g.axis()
        route = list(segment(a + (b - a) * 0.1, a + (b - a) * 0.9, 24))
    line = Line(tuple(route))
    along = Polyline(route)

    def moving(t: float) -> list[Primitive]:
        p, _d = along.at(0.04 + 0.92 * t)
        return [*thumb(g, p, partner, 0.5 + 0.5 * math.sin(math.pi * t)), Dot(p, 2.2 * g.mm)]

    return Mark("path-arrow", [line, *thumb(g, route[0], partner, 0.7)], moving, base=[line])


def rub(g: Geometry, partner: bool) -> Mark:
    """A short back-and-forth arrow with small friction ticks across it."""
    c = g.focus()
    a, b = g.axis()
    if g.route:
        a, b = g.route[0], g.route[-1]
    d = unit(b - a)
    half = min(g.size() * 1.8, QLineF(a, b).length() / 2 or g.size())
    start, end = c - d * half, c + d * half
    line = Line(segment(start, end), head_end=True, head_start=True)
    n = perp(d)
    ticks: list[Primitive] = []
    for k in (-0.45, 0.0, 0.45):
        m = c + d * (half * k)
        ticks.append(Line(segment(m - n * 4.0 * g.mm, m + n * 4.0 * g.mm, 2), False, weight=0.55))

    def moving(t: float) -> list[Primitive]:
        s = 0.5 - 0.5 * math.cos(2 * math.pi * t)  # there and back once a beat
        p = start + (end - start) * (0.15 + 0.7 * s)
        return [Dot(p, 2.4 * g.mm)]

    return Mark("back-and-forth", [line, *ticks], moving)


def knead(g: Geometry, partner: bool) -> Mark:
    """Knead: small overlapping loops along the path (or across the zone)."""
    route = g.route
    if not route:
        a, b = g.axis()
        c = g.focus()
        d = unit(b - a)
        n = perp(d)
        half = g.size() * 1.1
        route = list(segment(c - n * half, c + n * half, 24))
    total = sum(QLineF(p, q).length() for p, q in itertools.pairwise(route))
    along = Polyline(route)
    rho = max(2.8 * g.mm, min(6.0 * g.mm, total / 10))
    turns = max(3, round(total / (rho * 1.6)))
    pts = []
    steps = turns * 16
    for k in range(steps + 1):
        t = k / steps
        p, d = along.at(t)
        n = perp(d)
        angle = 2 * math.pi * turns * t
        pts.append(p + d * (-rho * math.sin(angle)) + n * (rho * (1 - math.cos(angle)) - rho))
    end, d_end = along.at(1.0)
    loops = tuple(pts)
    along_loops = Polyline(loops)
    # the loops end with a short straight run, so the head shows which way the work goes
    tail = (*loops, *(end + d_end * (k * 3.0 * g.mm) for k in range(1, 5)))

    def moving(t: float) -> list[Primitive]:
        p, _d = along_loops.at(t)
        return [*thumb(g, p, partner, 0.8), Dot(p, 2.0 * g.mm)]

    return Mark("loops", [Line(tail, weight=0.8)], moving)
