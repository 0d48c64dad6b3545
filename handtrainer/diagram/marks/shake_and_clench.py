"""Marks that move the whole hand or foot: shake, and the clench, where the art itself bends."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF

from handtrainer.core.zones import ZoneKind
from handtrainer.diagram.marks.geometry import Geometry, angle_deg, arc, perp, turned_arc, unit
from handtrainer.diagram.marks.mark import CURLING, Mark
from handtrainer.diagram.primitives import Line, Primitive


def shake(g: Geometry) -> Mark:
    """Shake: a wavy double arrow across the hand and motion lines at its sides."""
    box = g.art.silhouette.boundingRect()
    shape = g.first
    c = shape.path.boundingRect().center() if shape and shape.kind is ZoneKind.AREA else g.focus()
    width = box.width() * 0.5
    amp = 3.5 * g.mm

    def wave(phase: float) -> tuple[QPointF, ...]:
        pts = []
        for k in range(49):
            t = k / 48
            x = c.x() - width / 2 + width * t
            pts.append(QPointF(x, c.y() + amp * math.sin(2 * math.pi * (3 * t + phase))))
        return tuple(pts)

    side: list[Primitive] = []
    for sign in (-1.0, 1.0):
        for k, r in enumerate((10.0, 15.0)):
            x = c.x() + sign * (width / 2 + (8 + 5 * k) * g.mm)
            side.append(
                Line(
                    arc(
                        QPointF(x - sign * r * g.mm, c.y()),
                        r * g.mm,
                        r * g.mm,
                        -25 if sign > 0 else 155,
                        50,
                        10,
                    ),
                    False,
                    weight=0.55,
                )
            )
    still: list[Primitive] = [Line(wave(0.0), head_end=True, head_start=True), *side]

    def moving(t: float) -> list[Primitive]:
        s = math.sin(2 * math.pi * t * 2)  # twice a beat: a quick, loose shake
        shift = QPointF(s * 3.0 * g.mm, 0)
        return [Line(tuple(p + shift for p in wave(t)), False, weight=0.6, strength=0.5)]

    return Mark("wiggle", still, moving)


def clench(g: Geometry) -> Mark:
    """Clench: the fingers curl into a fist and open again (the art itself bends)."""
    art = g.art
    still: list[Primitive] = []
    digit = art.zones.get(CURLING[-1])  # beside the first finger, above the thumb
    if digit is not None and digit.axis is not None:
        base, tip = digit.axis
        d = unit(tip - base)
        n = perp(d)
        length = QLineF(base, tip).length()
        centre = art.silhouette.boundingRect().center()
        side = 1.0 if (base + n - centre).x() ** 2 > (base - n - centre).x() ** 2 else -1.0
        c = base + d * (length * 0.55) + n * (side * 15.0 * g.mm)
        frame = angle_deg(d)
        sweep = turned_arc(c, length * 0.4, 8.0 * g.mm, frame - 90, -70, 160)
        still.append(Line(sweep, head_end=True, head_start=True, weight=0.8))

    def curl(t: float) -> float:
        return 0.5 - 0.5 * math.cos(2 * math.pi * t)  # close, then open, once a beat

    return Mark("curl", still, lambda _t: [], curl, still_curl=1.0)
