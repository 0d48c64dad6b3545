"""Fingers that curl: the art of a clench, from open (0) to a loose fist (1).

Each curling digit is a zone with an axis (base to tip). Seen from the palm, a curling
finger shortens as it bends towards you and its folded part comes down over the palm
with the nail showing; seen from the back, it shortens to the knuckle. The open
finger is clipped away beyond the bend and the bent part is drawn in its place.
A map without these zones simply does not curl.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF, QTransform

from handtrainer.core.model import View
from handtrainer.diagram.art import ArtView
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.marks import CURLING

THUMB = "thumb"  # the zone of the digit that folds across a fist


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


_THUMBS: dict[int, tuple[_Digit, _Digit] | None] = {}
_THUMB_FOLD = {View.PALM: 80.0, View.BACK: 72.0}  # degrees the thumb turns in a fist


def _measure(shape_path: QPainterPath, base: QPointF, tip: QPointF) -> _Digit:
    v = tip - base
    length = math.hypot(v.x(), v.y()) or 1.0
    d = v / length
    n = QPointF(-d.y(), d.x())
    at = base + d * (length * 0.3)
    r = 0.0
    while r < length and shape_path.contains(at + n * r):
        r += 0.5
    return _Digit(shape_path, base, d, length, max(r, 4.0))


def _thumb(art: ArtView) -> tuple[_Digit, _Digit] | None:
    """The thumb and the finger beside it (the first curling digit on its side)."""
    key = id(art)
    if key not in _THUMBS:
        found = None
        shape = art.zones.get(THUMB)
        beside = art.zones.get(CURLING[-1])
        if shape is not None and shape.axis is not None and beside is not None and beside.axis:
            found = (_measure(shape.path, *shape.axis), _measure(beside.path, *beside.axis))
        _THUMBS[key] = found
    return _THUMBS[key]


def _thumb_turn(art: ArtView, curl: float) -> tuple[QTransform, float] | None:
    """How the thumb moves at this curl: a turn towards the fingers about a point in the
    ball of the thumb, and how much of its length is still seen."""
    found = _thumb(art)
    if found is None or curl <= 0:
        return None
    thumb, finger = found
    # turn the way that brings the thumb's tip towards the finger beside it
    cross = thumb.d.x() * finger.d.y() - thumb.d.y() * finger.d.x()
    angle = math.copysign(_THUMB_FOLD.get(art.view, 60.0) * curl, cross)
    pivot = thumb.base - thumb.d * (10.0 * art.mm)
    t = QTransform()
    t.translate(pivot.x(), pivot.y())
    t.rotate(angle)
    t.translate(-pivot.x(), -pivot.y())
    seen = 1.0 - (0.22 if art.view is View.PALM else 0.3) * curl
    return t, seen


def _bend(digit: _Digit, curl: float) -> float:
    """How far along the digit its bend is seen, for a curl 0..1."""
    return digit.length * (1.0 - 0.78 * curl)


_CUTS: dict[tuple[int, int], QPainterPath | None] = {}


def cut_region(art: ArtView, curl: float) -> QPainterPath | None:
    """The part of the open art to hide at this curl (beyond each digit's bend)."""
    if curl <= 0:
        return None
    key = (id(art), round(curl * 100))
    if key not in _CUTS:
        if len(_CUTS) > 32:
            _CUTS.clear()
        _CUTS[key] = _cut_region(art, curl)
    return _CUTS[key]


def _cut_region(art: ArtView, curl: float) -> QPainterPath | None:
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
    found = _thumb(art)
    if found is not None:
        thumb = found[0]
        n = QPointF(-thumb.d.y(), thumb.d.x())
        near = thumb.base
        far = thumb.base + thumb.d * (thumb.length * 1.6)
        wide = n * (thumb.half_width * 2.5)
        half = QPainterPath()
        half.addPolygon(QPolygonF([near - wide, near + wide, far + wide, far - wide]))
        half.closeSubpath()
        region = region.united(_widened(thumb, art).intersected(half))
    web = _fist_web(art, curl)
    if web is not None:
        region = region.united(web[2])
    return region if not region.isEmpty() else None


def _widened(digit: _Digit, art: ArtView) -> QPainterPath:
    """The digit's outline widened across its axis, so its outline stroke goes too."""
    angle = math.degrees(math.atan2(digit.d.y(), digit.d.x()))
    t = QTransform()
    t.translate(digit.base.x(), digit.base.y())
    t.rotate(angle)
    t.scale(1.04, 1.0 + 0.9 * art.mm / digit.half_width)
    t.rotate(-angle)
    t.translate(-digit.base.x(), -digit.base.y())
    return t.map(digit.path)


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
    if art.view is not View.PALM:
        _paint_fist_thumb(painter, art, colors, curl, pen, crease)
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
    if art.view is View.PALM:
        _paint_fist_thumb(painter, art, colors, curl, pen, crease)


def _side_point(art: ArtView, at: QPointF, direction: QPointF) -> QPointF:
    """The last point of the hand from at, going along direction (a unit vector)."""
    step = 0.25
    r = 0.0
    while r < 40 * art.mm and art.silhouette.contains(at + direction * (r + step)):
        r += step
    return at + direction * r


_WEBS: dict[tuple[int, int], tuple[QPainterPath, QPainterPath, QPainterPath] | None] = {}


def _fist_web(art: ArtView, curl: float) -> tuple[QPainterPath, QPainterPath, QPainterPath] | None:
    """The thumb-index web stretched smooth as the thumb turns in: the skin on the hand's
    side of its new edge, that edge (from the finger's base round to the ball of the
    thumb), and the strip along the old web's outline that it replaces."""
    found = _thumb(art)
    if found is None or curl <= 0.3:
        return None
    key = (id(art), round(curl * 100))
    if key in _WEBS:
        return _WEBS[key]
    thumb, finger = found
    mm = art.mm
    n = QPointF(-thumb.d.y(), thumb.d.x())
    fn = QPointF(-finger.d.y(), finger.d.x())
    outer = 1.0 if QPointF.dotProduct(n, finger.base - thumb.base) < 0 else -1.0
    towards = 1.0 if QPointF.dotProduct(fn, thumb.base - finger.base) > 0 else -1.0
    start = _side_point(art, finger.base + finger.d * (2.0 * mm), fn * towards)
    # the edge joins the ball of the thumb below the thumb's base, along its outline
    end = _side_point(art, thumb.base - thumb.d * (4.0 * mm), n * outer)
    above = _side_point(art, thumb.base - thumb.d * (1.0 * mm), n * outer)
    below = _side_point(art, thumb.base - thumb.d * (7.0 * mm), n * outer)
    v = above - below
    along = v / (math.hypot(v.x(), v.y()) or 1.0)
    edge = QPainterPath(start)
    edge.cubicTo(start - finger.d * (8.0 * mm), end + along * (12.0 * mm), end)
    # ...and runs on down the old outline a little, over the corner it replaces
    for k in range(5, 12):
        edge.lineTo(_side_point(art, thumb.base - thumb.d * (k * mm), n * outer))
    corner = QPainterPath()
    corner.addEllipse(end, 6.0 * mm, 6.0 * mm)
    # everything on the hand's side of that edge, down into the ball of the thumb and the
    # palm (only the gaps the thumb left are painted from it)
    skin = QPainterPath(edge)
    skin.lineTo(thumb.base - thumb.d * (14.0 * mm))
    skin.lineTo(finger.base - finger.d * (20.0 * mm))
    skin.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(2.4 * mm)
    strip = stroker.createStroke(art.outline).intersected(skin.united(corner))
    # and the sliver of the old, bumpier outline that stood outside the new edge
    strip = strip.united(corner.intersected(art.silhouette).subtracted(skin))
    if len(_WEBS) > 32:
        _WEBS.clear()
    _WEBS[key] = (skin, edge, strip)
    return _WEBS[key]


def _paint_thumb(
    painter: QPainter,
    art: ArtView,
    colors: DiagramColors,
    curl: float,
    pen: QPen,
    crease: QPen,
    hand: QPainterPath | None = None,
) -> None:
    """The thumb turned in towards the fingers (across them on the palm: a loose fist)."""
    found, turn = _thumb(art), _thumb_turn(art, curl)
    if found is None or turn is None:
        return
    thumb, finger = found
    t, seen = turn
    hw = thumb.half_width
    n = QPointF(-thumb.d.y(), thumb.d.x())
    outer = 1.0 if QPointF.dotProduct(n, finger.base - thumb.base) < 0 else -1.0
    # on the palm its root runs down into the ball of the thumb; from the back only the
    # thumb itself may show past the hand
    root = -hw * 2.2 if hand is not None else hw * 0.5
    shape = t.map(_thumb_shape(thumb, root, thumb.length * seen))
    painter.fillPath(shape, colors.skin)
    painter.strokePath(shape, pen)
    if hand is not None:
        # the root flows into the ball of the thumb: no outline across it
        painter.save()
        painter.setClipPath(hand.united(shape), Qt.ClipOperation.IntersectClip)
        painter.fillPath(t.map(_capsule(thumb, -hw * 2.6, -hw * 0.4, 1.2)), colors.skin)
        painter.restore()
    joint = thumb.length * seen * 0.55
    mark = QPainterPath(t.map(_local(thumb, joint - hw * 0.2, -hw * 0.6)))
    mark.quadTo(
        t.map(_local(thumb, joint + hw * 0.1, 0.0)),
        t.map(_local(thumb, joint - hw * 0.2, hw * 0.6)),
    )
    painter.strokePath(mark, crease)
    # the nail, seen from its side as the thumb turns in
    tip = thumb.length * seen
    nail = QPainterPath(t.map(_local(thumb, tip - hw * 1.5, outer * hw * 0.92)))
    nail.quadTo(
        t.map(_local(thumb, tip - hw * 0.55, outer * hw * 0.45)),
        t.map(_local(thumb, tip - hw * 0.2, outer * hw * 0.9)),
    )
    painter.strokePath(nail, QPen(colors.nail_edge, crease.widthF()))


def _thumb_shape(thumb: _Digit, s_from: float, s_to: float) -> QPainterPath:
    """A thumb from s_from to its rounded tip at s_to along its axis: broad at the root,
    a little narrower at the joint, the pad a little fuller again."""
    hw = thumb.half_width
    length = s_to - s_from
    cap = hw * 1.05
    profile = ((0.0, 1.08), (0.35, 1.02), (0.6, 0.95), (0.8, 0.97), (1.0, 0.93))

    def width(f: float) -> float:
        for (f0, w0), (f1, w1) in itertools.pairwise(profile):
            if f <= f1:
                k = (f - f0) / (f1 - f0)
                return hw * (w0 + (w1 - w0) * k * k * (3 - 2 * k))
        return hw * profile[-1][1]

    steps = 16
    body = length - cap
    left = [_local(thumb, s_from + body * k / steps, -width(k / steps)) for k in range(steps + 1)]
    end = width(1.0)
    tip = [
        _local(thumb, s_from + body + cap * math.sin(a), -end * math.cos(a))
        for a in (math.pi * k / 12 for k in range(1, 12))
    ]
    right = [
        _local(thumb, s_from + body * k / steps, width(k / steps)) for k in range(steps, -1, -1)
    ]
    return _smooth_polygon([*left, *tip, *right])


def _smooth_polygon(points: list[QPointF]) -> QPainterPath:
    """A closed path through the points, rounded between them (midpoint quadratics)."""
    path = QPainterPath((points[-1] + points[0]) / 2)
    for i, p in enumerate(points):
        nxt = points[(i + 1) % len(points)]
        path.quadTo(p, (p + nxt) / 2)
    path.closeSubpath()
    return path


_FISTS: dict[tuple[int, int], tuple[QPainterPath, QPainterPath | None, QPainterPath]] = {}


def _fist_paths(
    art: ArtView, curl: float
) -> tuple[QPainterPath, QPainterPath | None, QPainterPath]:
    """(gaps, edge, hand) at this curl: the skin to fill where the thumb and its web were,
    the web's new edge, and the hand's shape (without the thumb), built once per stage."""
    key = (id(art), round(curl * 100))
    if key not in _FISTS:
        web = _fist_web(art, curl)
        cut = cut_region(art, curl)
        hand = art.silhouette.subtracted(cut) if cut is not None else QPainterPath(art.silhouette)
        gaps, edge = QPainterPath(), None
        if web is not None:
            region = web[0]
            gaps = region.subtracted(hand)
            # the gaps overlap the hand's edge a little, so no seam shows
            seam = QPainterPathStroker()
            seam.setWidth(0.6 * art.mm)
            gaps = gaps.united(seam.createStroke(gaps).intersected(region))
            edge = web[1]
            hand = hand.united(web[0])
        if len(_FISTS) > 32:
            _FISTS.clear()
        _FISTS[key] = (gaps, edge, hand)
    return _FISTS[key]


def _paint_fist_thumb(
    painter: QPainter, art: ArtView, colors: DiagramColors, curl: float, pen: QPen, crease: QPen
) -> None:
    """The stretched web, and the thumb: over the fingers on the palm; from the back,
    only what shows past the hand (the thumb folds in behind it)."""
    gaps, edge, hand = _fist_paths(art, curl)
    if edge is not None:
        painter.fillPath(gaps, colors.skin)
        painter.strokePath(edge, pen)
    painter.save()
    if art.view is View.PALM:
        found, turn = _thumb(art), _thumb_turn(art, curl)
        if found is not None and turn is not None:
            # the thumb's root (below its base) stays inside the hand: only the thumb
            # itself may stand out past the outline
            thumb = found[0]
            root = turn[0].map(_capsule(thumb, -thumb.length, 0.0, 2.0))
            painter.setClipPath(
                art.rect_path().subtracted(root.subtracted(hand)), Qt.ClipOperation.IntersectClip
            )
        _paint_thumb(painter, art, colors, curl, pen, crease, hand)
    else:
        painter.setClipPath(art.rect_path().subtracted(hand), Qt.ClipOperation.IntersectClip)
        _paint_thumb(painter, art, colors, curl, pen, crease)
    painter.restore()


def moving_region(art: ArtView) -> QRectF:
    """Where curling digits can be drawn, in art units."""
    rect = QRectF()
    found = _thumb(art)
    if found is not None:
        thumb = found[0]
        reach = thumb.length + 12.0 * art.mm
        pivot = thumb.base - thumb.d * (10.0 * art.mm)
        rect = QRectF(pivot, pivot).adjusted(-reach, -reach, reach, reach)
    for digit in _digits(art):
        box = digit.path.boundingRect()
        low = _local(digit, -digit.length * 0.5, 0.0)
        rect = rect.united(box).united(QRectF(low, low).adjusted(-40, -40, 40, 40))
    return rect.adjusted(-4 * art.mm, -4 * art.mm, 4 * art.mm, 4 * art.mm)
