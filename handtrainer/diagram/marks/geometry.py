"""Where a mark goes, from the zones it is about, and the shapes the marks are built of:
vectors, arcs, and the ghost thumb and fingertip that show the working hand.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF

from handtrainer.core.zones import ZoneKind
from handtrainer.diagram.art import ArtView, ZoneShape
from handtrainer.diagram.overlay import motion_points
from handtrainer.diagram.primitives import Ghost, Primitive, sample_curve, smooth


def unit(v: QPointF) -> QPointF:
    """v at length 1 (a zero vector stays zero)."""
    n = math.hypot(v.x(), v.y()) or 1.0
    return QPointF(v.x() / n, v.y() / n)


def perp(v: QPointF) -> QPointF:
    """v turned a quarter turn."""
    return QPointF(-v.y(), v.x())


def angle_of(v: QPointF) -> float:
    """Ghost angle (degrees) for a body lying along direction v from the tip."""
    return math.degrees(math.atan2(-v.x(), v.y()))


def angle_deg(d: QPointF) -> float:
    """The direction of d in degrees (0 along +x, clockwise on screen)."""
    return math.degrees(math.atan2(d.y(), d.x()))


class Geometry:
    """Where a mark goes, from the zones it is about."""

    def __init__(self, art: ArtView, zones: tuple[str, ...], path: tuple[str, ...]) -> None:
        self.art = art
        self.mm = art.mm
        self.shapes = [art.zones[z] for z in zones if z in art.zones]
        self.path_shapes = [art.zones[z] for z in path if z in art.zones]
        candidates = self.shapes or self.path_shapes
        first = candidates[0] if candidates else None
        self.first: ZoneShape | None = first
        # the zone that gives a direction: the first with an axis (a finger), else the first
        with_axis = [z for z in (*self.shapes, *self.path_shapes) if z.axis is not None]
        self.along: ZoneShape | None = with_axis[0] if with_axis else first
        self.route = _route(art, path)  # a motion path through the path zones, or []

    def focus(self) -> QPointF:
        shape = self.first
        if shape is None:  # no zone named: the middle of the hand (its palm)
            box = self.art.silhouette.boundingRect()
            return QPointF(box.center().x(), box.top() + box.height() * 0.42)
        if shape.kind is ZoneKind.LINE:
            return shape.line_points[len(shape.line_points) // 2]
        if shape.axis is not None and shape.kind is ZoneKind.AREA:
            a, b = shape.axis  # a finger's anchor is its base: work on its middle
            return (a + b) / 2.0
        return QPointF(shape.anchor)

    def size(self) -> float:
        """A radius that suits the zone: small on a point or a fingertip, larger on the palm."""
        shape = self.first
        mm = self.mm
        if shape is None or shape.kind is not ZoneKind.AREA:
            return 9.0 * mm
        box = shape.path.boundingRect()
        return max(7.0 * mm, min(14.0 * mm, 0.32 * min(box.width(), box.height())))

    def axis(self) -> tuple[QPointF, QPointF]:
        """The zone's natural direction (base to tip on a finger), or straight up."""
        shape = self.along
        if shape is not None and shape.axis is not None:
            return shape.axis
        if shape is not None and shape.kind is ZoneKind.LINE:
            return shape.line_points[0], shape.line_points[-1]
        c = self.focus()
        h = self.size()
        return QPointF(c.x(), c.y() + h), QPointF(c.x(), c.y() - h)

    def across(self) -> float:
        """Half the width of the zone across its axis (a finger's half width)."""
        shape = self.along
        if shape is None or shape.kind is not ZoneKind.AREA:
            return 5.0 * self.mm
        a, b = self.axis()
        d = unit(b - a)
        n = perp(d)
        c = (a + b) / 2.0 if shape.axis is not None else self.focus()
        box = shape.path
        r = 0.0
        step = self.mm * 0.5
        while r < 40 * self.mm and box.contains(c + n * r):
            r += step
        return max(5.0 * self.mm, r)

    def outward(self, at: QPointF) -> QPointF:
        """The direction from the middle of the map towards ``at``'s nearest outside,
        used to bring the working thumb in from off the hand."""
        centre = self.art.silhouette.boundingRect().center()
        d = unit(at - centre)
        return unit(QPointF(d.x() * 0.6 + 0.45, 1.0))  # mostly from below, the wrist side


def _route(art: ArtView, path: tuple[str, ...]) -> list[QPointF]:
    """The points of the motion path, smoothed and evenly sampled."""

    pts = motion_points(art, path)
    if len(pts) < 2:
        return []
    return list(sample_curve(smooth(pts), 64))


def arc(
    c: QPointF, rx: float, ry: float, start: float, sweep: float, n: int = 40
) -> tuple[QPointF, ...]:
    """Points of an elliptical arc (degrees; positive sweep turns clockwise on screen)."""
    out = []
    for k in range(n + 1):
        a = math.radians(start + sweep * k / n)
        out.append(QPointF(c.x() + rx * math.cos(a), c.y() + ry * math.sin(a)))
    return tuple(out)


def segment(a: QPointF, b: QPointF, n: int = 12) -> tuple[QPointF, ...]:
    """n + 1 evenly spaced points from a to b."""
    return tuple(a + (b - a) * (k / n) for k in range(n + 1))


def turned_arc(
    c: QPointF, rx: float, ry: float, frame: float, start: float, sweep: float
) -> tuple[QPointF, ...]:
    """An elliptical arc in a frame turned so that its y axis runs along ``frame`` degrees."""
    out = []
    rad = math.radians(frame + 90.0)
    cos, sin = math.cos(rad), math.sin(rad)
    for k in range(41):
        a = math.radians(start + sweep * k / 40)
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append(QPointF(c.x() + x * cos - y * sin, c.y() + x * sin + y * cos))
    return tuple(out)


def thumb(g: Geometry, tip: QPointF, partner: bool, strength: float = 1.0) -> list[Primitive]:
    """The working thumb (or, for a partner, both of the giver's thumbs) at ``tip``."""
    w = 17.0 * g.mm
    if partner:
        off = 9.5 * g.mm
        return [
            Ghost(tip + QPointF(-off, 0), 22.0, w, True, strength),
            Ghost(tip + QPointF(off, 0), -22.0, w, True, strength),
        ]
    return [Ghost(tip, angle_of(g.outward(tip)), w, True, strength)]


def pinch(g: Geometry, at: QPointF, d: QPointF, gap: float) -> list[Primitive]:
    """A thumb and a fingertip either side of a digit, gripping it."""
    n = perp(d)
    w = 14.0 * g.mm
    return [
        Ghost(at + n * gap, angle_of(n), w, True, 0.9),
        Ghost(at - n * gap, angle_of(-n), w * 0.85, False, 0.9),
    ]
