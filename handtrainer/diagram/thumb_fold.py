"""The thumb in a clench: it turns in towards the fingers as they curl (across them,
seen from the palm; in behind the hand, seen from the back), and the skin of the web
between thumb and index is drawn stretched smooth. A map without a thumb zone does not
fold one."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QTransform

from handtrainer.core.model import View
from handtrainer.diagram.art import ArtView
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.digit import Digit, capsule, measure, side_point, smooth_polygon
from handtrainer.diagram.marks import CURLING

THUMB = "thumb"  # the zone of the digit that folds across a fist
_FOLD = {View.PALM: 80.0, View.BACK: 72.0}  # degrees the thumb turns in a fist
_THUMBS: dict[int, tuple[Digit, Digit] | None] = {}
_WEBS: dict[tuple[int, int], tuple[QPainterPath, QPainterPath, QPainterPath] | None] = {}
_FISTS: dict[tuple[int, int], tuple[QPainterPath, QPainterPath | None, QPainterPath]] = {}

Web = tuple[QPainterPath, QPainterPath, QPainterPath]


def thumb(art: ArtView) -> tuple[Digit, Digit] | None:
    """The thumb and the finger beside it (the first curling digit on its side)."""
    key = id(art)
    if key not in _THUMBS:
        found = None
        shape = art.zones.get(THUMB)
        beside = art.zones.get(CURLING[-1])
        if shape is not None and shape.axis is not None and beside is not None and beside.axis:
            found = (measure(shape.path, *shape.axis), measure(beside.path, *beside.axis))
        _THUMBS[key] = found
    return _THUMBS[key]


def _turn(art: ArtView, curl: float) -> tuple[QTransform, float] | None:
    """How the thumb moves at this curl: a turn towards the fingers about a point in the
    ball of the thumb, and how much of its length is still seen."""
    found = thumb(art)
    if found is None or curl <= 0:
        return None
    digit, finger = found
    # turn the way that brings the thumb's tip towards the finger beside it
    cross = digit.d.x() * finger.d.y() - digit.d.y() * finger.d.x()
    angle = math.copysign(_FOLD.get(art.view, 60.0) * curl, cross)
    pivot = digit.base - digit.d * (10.0 * art.mm)
    t = QTransform()
    t.translate(pivot.x(), pivot.y())
    t.rotate(angle)
    t.translate(-pivot.x(), -pivot.y())
    seen = 1.0 - (0.22 if art.view is View.PALM else 0.3) * curl
    return t, seen


def fist_web(art: ArtView, curl: float) -> Web | None:
    """The thumb-index web stretched smooth as the thumb turns in: the skin on the hand's
    side of its new edge, that edge (from the finger's base round to the ball of the
    thumb), and the strip along the old web's outline that it replaces."""
    found = thumb(art)
    if found is None or curl <= 0.3:
        return None
    key = (id(art), round(curl * 100))
    if key in _WEBS:
        return _WEBS[key]
    digit, finger = found
    mm = art.mm
    n, fn = digit.normal, finger.normal
    outer = 1.0 if QPointF.dotProduct(n, finger.base - digit.base) < 0 else -1.0
    towards = 1.0 if QPointF.dotProduct(fn, digit.base - finger.base) > 0 else -1.0
    start = side_point(art, finger.base + finger.d * (2.0 * mm), fn * towards)
    # the edge joins the ball of the thumb below the thumb's base, along its outline
    end = side_point(art, digit.base - digit.d * (4.0 * mm), n * outer)
    above = side_point(art, digit.base - digit.d * (1.0 * mm), n * outer)
    below = side_point(art, digit.base - digit.d * (7.0 * mm), n * outer)
    v = above - below
    along = v / (math.hypot(v.x(), v.y()) or 1.0)
    edge = QPainterPath(start)
    edge.cubicTo(start - finger.d * (8.0 * mm), end + along * (12.0 * mm), end)
    # ...and runs on down the old outline a little, over the corner it replaces
    for k in range(5, 12):
        edge.lineTo(side_point(art, digit.base - digit.d * (k * mm), n * outer))
    corner = QPainterPath()
    corner.addEllipse(end, 6.0 * mm, 6.0 * mm)
    # everything on the hand's side of that edge, down into the ball of the thumb and the
    # palm (only the gaps the thumb left are painted from it)
    skin = QPainterPath(edge)
    skin.lineTo(digit.base - digit.d * (14.0 * mm))
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


def _fist_paths(
    art: ArtView, curl: float, cut: QPainterPath | None
) -> tuple[QPainterPath, QPainterPath | None, QPainterPath]:
    """(gaps, edge, hand) at this curl: the skin to fill where the thumb and its web were,
    the web's new edge, and the hand's shape (without the thumb), built once per stage."""
    key = (id(art), round(curl * 100))
    if key not in _FISTS:
        web = fist_web(art, curl)
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


def paint(
    painter: QPainter,
    art: ArtView,
    colors: DiagramColors,
    curl: float,
    cut: QPainterPath | None,
    pens: tuple[QPen, QPen],
) -> None:
    """The stretched web and the thumb at this curl, over the art clipped by cut: over
    the fingers on the palm; from the back, only what shows past the hand."""
    gaps, edge, hand = _fist_paths(art, curl, cut)
    if edge is not None:
        painter.fillPath(gaps, colors.skin)
        painter.strokePath(edge, pens[0])
    found, turn = thumb(art), _turn(art, curl)
    if found is None or turn is None:
        return
    painter.save()
    if art.view is View.PALM:
        # the thumb's root (below its base) stays inside the hand: only the thumb
        # itself may stand out past the outline
        root = turn[0].map(capsule(found[0], -found[0].length, 0.0, 2.0))
        painter.setClipPath(
            art.rect_path().subtracted(root.subtracted(hand)), Qt.ClipOperation.IntersectClip
        )
        _paint_thumb(painter, found, turn, colors, pens, hand)
    else:
        painter.setClipPath(art.rect_path().subtracted(hand), Qt.ClipOperation.IntersectClip)
        _paint_thumb(painter, found, turn, colors, pens, None)
    painter.restore()


def _paint_thumb(
    painter: QPainter,
    found: tuple[Digit, Digit],
    turn: tuple[QTransform, float],
    colors: DiagramColors,
    pens: tuple[QPen, QPen],
    hand: QPainterPath | None,
) -> None:
    """The thumb turned in towards the fingers; hand: the hand's shape when the thumb's
    root runs down into the ball of the thumb (the palm view), else None."""
    digit, finger = found
    t, seen = turn
    pen, crease = pens
    hw = digit.half_width
    outer = 1.0 if QPointF.dotProduct(digit.normal, finger.base - digit.base) < 0 else -1.0
    # on the palm its root runs down into the ball of the thumb; from the back only the
    # thumb itself may show past the hand
    root = -hw * 2.2 if hand is not None else hw * 0.5
    shape = t.map(_thumb_shape(digit, root, digit.length * seen))
    painter.fillPath(shape, colors.skin)
    painter.strokePath(shape, pen)
    if hand is not None:
        # the root flows into the ball of the thumb: no outline across it
        painter.save()
        painter.setClipPath(hand.united(shape), Qt.ClipOperation.IntersectClip)
        painter.fillPath(t.map(capsule(digit, -hw * 2.6, -hw * 0.4, 1.2)), colors.skin)
        painter.restore()
    joint = digit.length * seen * 0.55
    mark = QPainterPath(t.map(digit.at(joint - hw * 0.2, -hw * 0.6)))
    mark.quadTo(t.map(digit.at(joint + hw * 0.1, 0.0)), t.map(digit.at(joint - hw * 0.2, hw * 0.6)))
    painter.strokePath(mark, crease)
    # the nail, seen from its side as the thumb turns in
    tip = digit.length * seen
    nail = QPainterPath(t.map(digit.at(tip - hw * 1.5, outer * hw * 0.92)))
    nail.quadTo(
        t.map(digit.at(tip - hw * 0.55, outer * hw * 0.45)),
        t.map(digit.at(tip - hw * 0.2, outer * hw * 0.9)),
    )
    painter.strokePath(nail, QPen(colors.nail_edge, crease.widthF()))


def _thumb_shape(digit: Digit, s_from: float, s_to: float) -> QPainterPath:
    """A thumb from s_from to its rounded tip at s_to along its axis: broad at the root,
    a little narrower at the joint, the pad a little fuller again."""
    hw = digit.half_width
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
    left = [digit.at(s_from + body * k / steps, -width(k / steps)) for k in range(steps + 1)]
    end = width(1.0)
    tip = [
        digit.at(s_from + body + cap * math.sin(a), -end * math.cos(a))
        for a in (math.pi * k / 12 for k in range(1, 12))
    ]
    right = [digit.at(s_from + body * k / steps, width(k / steps)) for k in range(steps, -1, -1)]
    return smooth_polygon([*left, *tip, *right])


def reach(art: ArtView) -> QRectF:
    """Where the folding thumb can be drawn, in art units (empty without a thumb)."""
    found = thumb(art)
    if found is None:
        return QRectF()
    digit = found[0]
    r = digit.length + 12.0 * art.mm
    pivot = digit.base - digit.d * (10.0 * art.mm)
    return QRectF(pivot, pivot).adjusted(-r, -r, r, r)
