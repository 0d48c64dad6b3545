"""Fingers that curl: the art of a clench, from open (0) to a loose fist (1).

Each curling digit is a zone with an axis (base to tip). Seen from the palm, a curling
finger shortens as it bends towards you and its folded part comes down over the palm
with the nail showing; seen from the back, it shortens to the knuckle. The open
finger is clipped away beyond the bend and the bent part is drawn in its place.
A map without these zones simply does not curl.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF, QTransform

from handtrainer.core.model import View
from handtrainer.diagram.art import ArtView
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.marks import CURLING


@dataclass(frozen=True)
class _Digit:
    path: QPainterPath
    base: QPointF
    d: QPointF  # unit, base to tip
    length: float
    half_width: float


_DIGITS: dict[int, list[_Digit]] = {}


def _digits(art: ArtView) -> list[_Digit]:
    key = id(art)
    if key not in _DIGITS:
        found = []
        for zid in CURLING:
            shape = art.zones.get(zid)
            if shape is None or shape.axis is None:
                continue
            base, tip = shape.axis
            v = tip - base
            length = math.hypot(v.x(), v.y()) or 1.0
            d = v / length
            n = QPointF(-d.y(), d.x())
            at = base + d * (length * 0.3)
            r = 0.0
            while r < length and shape.path.contains(at + n * r):
                r += 0.5
            found.append(_Digit(shape.path, base, d, length, max(r, 4.0)))
        _DIGITS[key] = found
    return _DIGITS[key]


def _bend(digit: _Digit, curl: float) -> float:
    """How far along the digit its bend is seen, for a curl 0..1."""
    return digit.length * (1.0 - 0.78 * curl)


def cut_region(art: ArtView, curl: float) -> QPainterPath | None:
    """The part of the open art to hide at this curl (beyond each digit's bend)."""
    if curl <= 0:
        return None
    region = QPainterPath()
    for digit in _digits(art):
        n = QPointF(-digit.d.y(), digit.d.x())
        s = _bend(digit, curl)
        near = digit.base + digit.d * s
        far = digit.base + digit.d * (digit.length * 1.6)
        wide = n * (digit.half_width * 2.5)
        half = QPainterPath()
        half.addPolygon(QPolygonF([near - wide, near + wide, far + wide, far - wide]))
        half.closeSubpath()
        # the digit widened a little across its axis, so its outline stroke goes too
        angle = math.degrees(math.atan2(digit.d.y(), digit.d.x()))
        t = QTransform()
        t.translate(digit.base.x(), digit.base.y())
        t.rotate(angle)
        t.scale(1.04, 1.0 + 0.9 * art.mm / digit.half_width)
        t.rotate(-angle)
        t.translate(-digit.base.x(), -digit.base.y())
        region = region.united(t.map(digit.path).intersected(half))
    return region if not region.isEmpty() else None


def _capsule(digit: _Digit, s_from: float, s_to: float, widen: float = 1.04) -> QPainterPath:
    """A rounded bar along the digit's axis from s_from to s_to (s_to > s_from)."""
    hw = digit.half_width * widen
    path = QPainterPath()
    path.addRoundedRect(QRectF(-hw, s_from, 2 * hw, s_to - s_from), hw * 0.62, hw * 0.62)
    t = QTransform()
    t.translate(digit.base.x(), digit.base.y())
    t.rotate(math.degrees(math.atan2(digit.d.y(), digit.d.x())) - 90.0)
    return t.map(path)


def _local(digit: _Digit, s: float, across: float) -> QPointF:
    n = QPointF(-digit.d.y(), digit.d.x())
    return digit.base + digit.d * s + n * across


def paint_curled(
    painter: QPainter, art: ArtView, colors: DiagramColors, curl: float, px: float
) -> None:
    """Draw each digit bent by ``curl`` over the clipped open art."""
    pen = QPen(colors.outline, max(3.2, 1.0 * px))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    crease = QPen(colors.crease, max(2.0, 0.55 * px))
    crease.setCapStyle(Qt.PenCapStyle.RoundCap)
    for digit in _digits(art):
        s = _bend(digit, curl)
        hw = digit.half_width
        if art.view is View.PALM:
            # the folded part lies over the palm, its back (with the nail) towards us
            low = s - curl * digit.length * 0.62
            shape = _capsule(digit, low, s + hw * 0.5)
            painter.fillPath(shape, colors.skin)
            painter.strokePath(shape, pen)
            bend = QPainterPath(_local(digit, s - hw * 0.35, -hw * 0.7))
            bend.quadTo(_local(digit, s - hw * 0.05, 0.0), _local(digit, s - hw * 0.35, hw * 0.7))
            painter.strokePath(bend, crease)
            if curl > 0.4:
                nail = QPainterPath()
                c = _local(digit, low + hw * 0.95, 0.0)
                nail.addEllipse(c, hw * 0.55, hw * 0.55)
                painter.fillPath(nail, colors.nail)
                painter.strokePath(nail, QPen(colors.nail_edge, max(2.0, 0.5 * px)))
        else:
            shape = _capsule(digit, s - hw * 1.6, s + hw * 0.5)
            painter.fillPath(shape, colors.skin)
            painter.strokePath(shape, pen)
            knuckle = QPainterPath(_local(digit, s - hw * 0.2, -hw * 0.55))
            knuckle.quadTo(
                _local(digit, s + hw * 0.25, 0.0), _local(digit, s - hw * 0.2, hw * 0.55)
            )
            painter.strokePath(knuckle, QPen(colors.knuckle, max(2.2, 0.55 * px)))


def moving_region(art: ArtView) -> QRectF:
    """Where curling digits can be drawn, in art units."""
    rect = QRectF()
    for digit in _digits(art):
        box = digit.path.boundingRect()
        low = _local(digit, -digit.length * 0.5, 0.0)
        rect = rect.united(box).united(QRectF(low, low).adjusted(-40, -40, 40, 40))
    return rect.adjusted(-4 * art.mm, -4 * art.mm, 4 * art.mm, 4 * art.mm)
