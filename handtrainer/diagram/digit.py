"""A digit of a map measured from its zone (an area with an axis from base to tip), and
the small shapes drawn along it when fingers curl and the thumb folds in."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

from handtrainer.diagram.art import ArtView


@dataclass(frozen=True)
class Digit:
    """A finger or thumb: its zone's outline, base, direction and size (art units)."""

    path: QPainterPath
    base: QPointF
    d: QPointF  # unit, base to tip
    length: float
    half_width: float

    @property
    def normal(self) -> QPointF:
        """Unit vector across the digit."""
        return QPointF(-self.d.y(), self.d.x())

    def at(self, s: float, across: float) -> QPointF:
        """The point s along the axis and across it (art units)."""
        return self.base + self.d * s + self.normal * across


def measure(shape_path: QPainterPath, base: QPointF, tip: QPointF) -> Digit:
    """A digit from its zone outline and axis; its half width is taken at 30 % of its
    length, where the shaft is."""
    v = tip - base
    length = math.hypot(v.x(), v.y()) or 1.0
    d = v / length
    n = QPointF(-d.y(), d.x())
    at = base + d * (length * 0.3)
    r = 0.0
    while r < length and shape_path.contains(at + n * r):
        r += 0.5
    return Digit(shape_path, base, d, length, max(r, 4.0))


def widened(digit: Digit, art: ArtView) -> QPainterPath:
    """The digit's outline widened across its axis, so its outline stroke goes too."""
    angle = math.degrees(math.atan2(digit.d.y(), digit.d.x()))
    t = QTransform()
    t.translate(digit.base.x(), digit.base.y())
    t.rotate(angle)
    t.scale(1.04, 1.0 + 0.9 * art.mm / digit.half_width)
    t.rotate(-angle)
    t.translate(-digit.base.x(), -digit.base.y())
    return t.map(digit.path)


def capsule(digit: Digit, s_from: float, s_to: float, widen: float = 1.04) -> QPainterPath:
    """A rounded bar along the digit's axis from s_from to s_to (s_to > s_from)."""
    hw = digit.half_width * widen
    path = QPainterPath()
    path.addRoundedRect(QRectF(-hw, s_from, 2 * hw, s_to - s_from), hw * 0.62, hw * 0.62)
    t = QTransform()
    t.translate(digit.base.x(), digit.base.y())
    t.rotate(math.degrees(math.atan2(digit.d.y(), digit.d.x())) - 90.0)
    return t.map(path)


def side_point(art: ArtView, at: QPointF, direction: QPointF) -> QPointF:
    """The last point of the hand from at, going along direction (a unit vector)."""
    step = 0.25
    r = 0.0
    while r < 40 * art.mm and art.silhouette.contains(at + direction * (r + step)):
        r += step
    return at + direction * r


def smooth_polygon(points: list[QPointF]) -> QPainterPath:
    """A closed path through the points, rounded between them (midpoint quadratics)."""
    path = QPainterPath((points[-1] + points[0]) / 2)
    for i, p in enumerate(points):
        nxt = points[(i + 1) % len(points)]
        path.quadTo(p, (p + nxt) / 2)
    path.closeSubpath()
    return path
