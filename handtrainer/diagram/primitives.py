"""The shapes technique marks are made of, and how they are painted.

A mark is a list of primitives in art coordinates: lines with arrowheads, rings,
dots and translucent "ghost" thumbs or fingertips. Every arrowhead is built from
the last stretch of its own line, so it always points the way the line ends.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF

from handtrainer.diagram.colors import DiagramColors


def alpha(color: QColor, factor: float) -> QColor:
    """The colour with its opacity multiplied by factor."""
    c = QColor(color)
    c.setAlphaF(max(0.0, min(1.0, color.alphaF() * factor)))
    return c


@dataclass(frozen=True)
class Line:
    """A polyline (already smooth) with optional arrowheads at its ends."""

    points: tuple[QPointF, ...]
    head_end: bool = True
    head_start: bool = False
    weight: float = 1.0  # times the arrow's normal width
    dashed: bool = False
    strength: float = 1.0  # opacity factor


@dataclass(frozen=True)
class Ring:
    """A circle outline."""

    center: QPointF
    radius: float
    weight: float = 1.0
    strength: float = 1.0
    dashed: bool = False


@dataclass(frozen=True)
class Dot:
    """A filled disc (a fingertip's place, a tap)."""

    center: QPointF
    radius: float
    strength: float = 1.0


@dataclass(frozen=True)
class Ghost:
    """A light, translucent thumb or fingertip: tip at ``tip``, body towards ``angle``
    (degrees, 0 = the body hangs straight down from the tip)."""

    tip: QPointF
    angle: float
    width: float  # across the digit, art units
    thumb: bool = True
    strength: float = 1.0


Primitive = Line | Ring | Dot | Ghost


def sample_curve(path: QPainterPath, n: int = 48) -> tuple[QPointF, ...]:
    """Points evenly spaced along a path."""
    length = path.length()
    if length <= 0:
        return ()
    return tuple(path.pointAtPercent(path.percentAtLength(length * k / n)) for k in range(n + 1))


def smooth(points: Sequence[QPointF]) -> QPainterPath:
    """A Catmull-Rom curve through the points, as cubic Béziers."""
    path = QPainterPath()
    if len(points) < 2:
        return path
    path.moveTo(points[0])
    n = len(points)
    for i in range(n - 1):
        p0 = points[max(0, i - 1)]
        p1, p2 = points[i], points[i + 1]
        p3 = points[min(n - 1, i + 2)]
        path.cubicTo(p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0, p2)
    return path


def length_of(points: Sequence[QPointF]) -> float:
    return sum(QLineF(a, b).length() for a, b in itertools.pairwise(points))


class Polyline:
    """A polyline measured once, for many points along it (a mark's loops, a frame's dot)."""

    def __init__(self, points: Sequence[QPointF]) -> None:
        self.points = tuple(points)
        self._segments: list[tuple[QPointF, QPointF, float, float]] = []  # a, b, length, run
        self._ends: list[float] = []  # how far along each segment ends
        run = 0.0
        for a, b in itertools.pairwise(self.points):
            seg = QLineF(a, b).length()
            if seg > 0:
                self._segments.append((a, b, seg, run))
                self._ends.append(run + seg)
            run += seg
        self.length = run

    def at(self, t: float) -> tuple[QPointF, QPointF]:
        """The point at fraction t of the length, and the unit direction there."""
        points = self.points
        if self.length <= 0 or len(points) < 2:
            p = points[0] if points else QPointF()
            return p, QPointF(0.0, -1.0)
        want = max(0.0, min(1.0, t)) * self.length
        i = bisect.bisect_left(self._ends, want)  # the first segment reaching that far
        if i < len(self._segments):
            a, b, seg, run = self._segments[i]
            f = (want - run) / seg
            return a + (b - a) * f, (b - a) / seg
        a, b = points[-2], points[-1]
        seg = QLineF(a, b).length() or 1.0
        return b, (b - a) / seg


def point_along(points: Sequence[QPointF], t: float) -> tuple[QPointF, QPointF]:
    """The point at fraction t of the polyline's length, and the unit direction there."""
    return Polyline(points).at(t)


def _cut(points: Sequence[QPointF], cut: float, at_end: bool) -> list[QPointF]:
    """The polyline shortened by ``cut`` at one end."""
    pts = list(points) if at_end else list(reversed(points))
    keep = max(0.0, length_of(pts) - cut)
    out = [pts[0]]
    run = 0.0
    for a, b in itertools.pairwise(pts):
        seg = QLineF(a, b).length()
        if run + seg >= keep:
            f = (keep - run) / seg if seg else 0.0
            out.append(a + (b - a) * f)
            break
        out.append(b)
        run += seg
    return out if at_end else list(reversed(out))


def head_polygon(base: QPointF, tip: QPointF, size: float) -> QPolygonF:
    """A notched arrowhead from base to tip (its axis is the line base-tip)."""
    d = QLineF(base, tip)
    angle = math.atan2(tip.y() - base.y(), tip.x() - base.x())
    length = max(d.length(), 1e-6)
    ux, uy = math.cos(angle), math.sin(angle)
    back = QPointF(tip.x() - length * ux, tip.y() - length * uy)
    notch = QPointF(tip.x() - 0.72 * length * ux, tip.y() - 0.72 * length * uy)
    nx, ny = -uy * size * 0.5, ux * size * 0.5
    return QPolygonF(
        [tip, QPointF(back.x() + nx, back.y() + ny), notch, QPointF(back.x() - nx, back.y() - ny)]
    )


@dataclass(frozen=True)
class ArrowParts:
    """A line laid out for painting: its shaft, and each head as (base, tip, polygon)."""

    shaft: tuple[QPointF, ...]
    heads: tuple[tuple[QPointF, QPointF, QPolygonF], ...]


def _head_base(pts: Sequence[QPointF], size: float) -> QPointF:
    """Where a head of ``size`` at the end of pts starts: halfway between the line's
    chord over that length and its last tangent, so that on a tight curve the head
    neither leaves the line nor points off its end."""
    tip = pts[-1]
    chord = _cut(pts, size, at_end=True)[-1]
    a = pts[-2]
    seg = QLineF(a, tip).length() or 1.0
    tangent = tip - (tip - a) * (size / seg)
    mid = (chord + tangent) / 2.0
    span = QLineF(mid, tip).length() or 1.0
    return tip - (tip - mid) * (size / span)


def arrow_parts(line: Line, width: float) -> ArrowParts:
    """Shaft and heads of a line: each head sits on the last ``head`` length of the line,
    pointing the way the line ends."""
    size = width * 3.6
    pts = list(line.points)
    total = length_of(pts)
    heads = []
    shaft = pts
    if line.head_end and total > size * 1.05:
        tip = pts[-1]
        shaft = _cut(shaft, size * 0.8, at_end=True)
        base = _head_base(pts, size)
        heads.append((base, tip, head_polygon(base, tip, size)))
    if line.head_start and total > size * 2.1:
        tip = pts[0]
        shaft = _cut(shaft, size * 0.8, at_end=False)
        base = _head_base(list(reversed(pts)), size)
        heads.append((base, tip, head_polygon(base, tip, size)))
    return ArrowParts(tuple(shaft), tuple(heads))


def ghost_path(ghost: Ghost) -> QPainterPath:
    """The outline of a ghost thumb or fingertip (its tip at the origin before placing)."""
    w = ghost.width
    length = w * (1.7 if ghost.thumb else 1.35)
    r = w / 2
    path = QPainterPath()
    path.moveTo(-r, length)
    path.lineTo(-r * 0.98, r)
    path.arcTo(QRectF(-r, 0.0, w, w * 0.95), 180.0, -180.0)
    path.lineTo(r, length)
    path.closeSubpath()
    return _placed(path, ghost)


def ghost_nail(ghost: Ghost) -> QPainterPath:
    """The nail seen on the back of the working digit (it presses with its pad)."""
    w = ghost.width
    nail = QPainterPath()
    nail.addRoundedRect(QRectF(-w * 0.3, w * 0.16, w * 0.6, w * 0.62), w * 0.26, w * 0.26)
    return _placed(nail, ghost)


def _placed(path: QPainterPath, ghost: Ghost) -> QPainterPath:
    from PySide6.QtGui import QTransform

    t = QTransform()
    t.translate(ghost.tip.x(), ghost.tip.y())
    t.rotate(ghost.angle)
    return t.map(path)


def bounds(prims: Iterable[Primitive], width: float) -> QRectF:
    """A rectangle holding every primitive, with room for pens and halos."""
    rect = QRectF()
    pad = width * 3.0
    for p in prims:
        if isinstance(p, Line):
            xs = [q.x() for q in p.points]
            ys = [q.y() for q in p.points]
            r = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        elif isinstance(p, Ring | Dot):
            r = QRectF(p.center.x() - p.radius, p.center.y() - p.radius, 2 * p.radius, 2 * p.radius)
        else:
            r = ghost_path(p).boundingRect()
        rect = rect.united(r.adjusted(-pad, -pad, pad, pad))
    return rect


def _pen(color: QColor, width: float, dashed: bool = False) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setDashPattern([1.6, 1.9])
    return pen


def paint(
    painter: QPainter, prims: Iterable[Primitive], colors: DiagramColors, width: float
) -> None:
    """Paint primitives in order; ``width`` is the arrow width in art units."""
    painter.save()
    for p in prims:
        if isinstance(p, Ghost):
            _paint_ghost(painter, p, colors, width)
        elif isinstance(p, Line):
            _paint_line(painter, p, colors, width)
        elif isinstance(p, Ring):
            w = width * 0.62 * p.weight
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(alpha(colors.arrow_halo, p.strength), w * 1.9))
            painter.drawEllipse(p.center, p.radius, p.radius)
            painter.setPen(_pen(alpha(colors.arrow, p.strength), w, p.dashed))
            painter.drawEllipse(p.center, p.radius, p.radius)
        else:
            painter.setPen(_pen(alpha(colors.arrow_halo, p.strength), width * 0.5))
            painter.setBrush(alpha(colors.arrow, p.strength))
            painter.drawEllipse(p.center, p.radius, p.radius)
    painter.restore()


def _paint_line(painter: QPainter, line: Line, colors: DiagramColors, width: float) -> None:
    w = width * line.weight
    parts = arrow_parts(line, w)
    color = alpha(colors.arrow, line.strength)
    halo = alpha(colors.arrow_halo, line.strength)
    shaft = QPainterPath()
    if len(parts.shaft) >= 2:
        shaft.moveTo(parts.shaft[0])
        for q in parts.shaft[1:]:
            shaft.lineTo(q)
    heads = QPainterPath()
    for _, _, polygon in parts.heads:
        heads.addPolygon(polygon)
        heads.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    if line.dashed:
        painter.strokePath(shaft, _pen(halo, w * 1.7, True))
        painter.strokePath(shaft, _pen(color, w * 0.8, True))
    else:
        painter.strokePath(shaft, _pen(halo, w * 1.9))
        painter.strokePath(shaft, _pen(color, w))
    if heads.isEmpty():
        return
    if halo.alpha() == 255:
        # An opaque halo is the heads' own outline stroked (a PDF keeps it as that
        # outline, not the many curves of the stroked-out shape); a translucent one
        # must be that shape, or its corners would be covered twice.
        painter.strokePath(heads, _pen(halo, w * 0.9))
    else:
        stroker = QPainterPathStroker()
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        stroker.setWidth(w * 0.9)
        painter.fillPath(stroker.createStroke(heads), halo)
    painter.fillPath(heads, color)


def _paint_ghost(painter: QPainter, ghost: Ghost, colors: DiagramColors, width: float) -> None:
    body = ghost_path(ghost)
    painter.setPen(_pen(alpha(colors.ghost_edge, ghost.strength), max(width * 0.32, 1.0)))
    painter.setBrush(alpha(colors.ghost, ghost.strength))
    painter.drawPath(body)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(alpha(colors.ghost_edge, 0.7 * ghost.strength), max(width * 0.22, 0.8)))
    painter.drawPath(ghost_nail(ghost))
