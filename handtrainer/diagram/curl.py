"""Fingers that curl: the art of a clench, from open (0) to a loose fist (1).

Each curling digit is a zone with an axis (base to tip). Seen from the palm, a curling
finger shortens as it bends towards you and its folded part comes down over the palm
with the nail showing; seen from the back, it shortens to the knuckle. The open
finger is clipped away beyond the bend and the bent part is drawn in its place; the
thumb folds in with them (thumb_fold). A map without these zones simply does not curl.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF

from handtrainer.core.model import View
from handtrainer.diagram import thumb_fold
from handtrainer.diagram.art import ArtView
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.digit import Digit, capsule, measure, widened
from handtrainer.diagram.marks import CURLING

CURL_STAGES = 6  # a clench is drawn in this many steps between open and closed

_DIGITS: dict[int, list[Digit]] = {}
_CUTS: dict[tuple[int, int], QPainterPath | None] = {}


def _digits(art: ArtView) -> list[Digit]:
    key = id(art)
    if key not in _DIGITS:
        found = []
        for zid in CURLING:
            shape = art.zones.get(zid)
            if shape is not None and shape.axis is not None:
                found.append(measure(shape.path, *shape.axis))
        _DIGITS[key] = found
    return _DIGITS[key]


def _bend(digit: Digit, curl: float) -> float:
    """How far along the digit its bend is seen, for a curl 0..1."""
    return digit.length * (1.0 - 0.78 * curl)


def _beyond(digit: Digit, s: float) -> QPainterPath:
    """The half-plane beyond s along the digit (a wide box past its tip)."""
    near = digit.base + digit.d * s
    far = digit.base + digit.d * (digit.length * 1.6)
    wide = digit.normal * (digit.half_width * 2.5)
    half = QPainterPath()
    half.addPolygon(QPolygonF([near - wide, near + wide, far + wide, far - wide]))
    half.closeSubpath()
    return half


def cut_region(art: ArtView, curl: float) -> QPainterPath | None:
    """The part of the open art to hide at this curl (beyond each digit's bend, the
    folding thumb and the web it stretches)."""
    if curl <= 0:
        return None
    key = (id(art), round(curl * 100))
    if key not in _CUTS:
        if len(_CUTS) > 32:
            _CUTS.clear()
        region = QPainterPath()
        for digit in _digits(art):
            region = region.united(
                widened(digit, art).intersected(_beyond(digit, _bend(digit, curl)))
            )
        found = thumb_fold.thumb(art)
        if found is not None:
            region = region.united(widened(found[0], art).intersected(_beyond(found[0], 0.0)))
        web = thumb_fold.fist_web(art, curl)
        if web is not None:
            region = region.united(web[2])
        _CUTS[key] = region if not region.isEmpty() else None
    return _CUTS[key]


def paint_curled(
    painter: QPainter, art: ArtView, colors: DiagramColors, curl: float, px: float
) -> None:
    """Draw each digit bent by ``curl`` over the clipped open art."""
    pen = QPen(colors.outline, max(3.2, 1.0 * px))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    crease = QPen(colors.crease, max(2.0, 0.55 * px))
    crease.setCapStyle(Qt.PenCapStyle.RoundCap)
    cut = cut_region(art, curl)
    if art.view is not View.PALM:  # seen from the back the thumb goes in behind the hand
        thumb_fold.paint(painter, art, colors, curl, cut, (pen, crease))
    for digit in _digits(art):
        s = _bend(digit, curl)
        hw = digit.half_width
        if art.view is View.PALM:
            # the folded part lies over the palm, its back (with the nail) towards us
            low = s - curl * digit.length * 0.62
            shape = capsule(digit, low, s + hw * 0.5)
            painter.fillPath(shape, colors.skin)
            painter.strokePath(shape, pen)
            bend = QPainterPath(digit.at(s - hw * 0.35, -hw * 0.7))
            bend.quadTo(digit.at(s - hw * 0.05, 0.0), digit.at(s - hw * 0.35, hw * 0.7))
            painter.strokePath(bend, crease)
            if curl > 0.4:
                nail = QPainterPath()
                c = digit.at(low + hw * 0.95, 0.0)
                nail.addEllipse(c, hw * 0.55, hw * 0.55)
                painter.fillPath(nail, colors.nail)
                painter.strokePath(nail, QPen(colors.nail_edge, max(2.0, 0.5 * px)))
        else:
            shape = capsule(digit, s - hw * 1.6, s + hw * 0.5)
            painter.fillPath(shape, colors.skin)
            painter.strokePath(shape, pen)
            knuckle = QPainterPath(digit.at(s - hw * 0.2, -hw * 0.55))
            knuckle.quadTo(digit.at(s + hw * 0.25, 0.0), digit.at(s - hw * 0.2, hw * 0.55))
            painter.strokePath(knuckle, QPen(colors.knuckle, max(2.2, 0.55 * px)))
    if art.view is View.PALM:  # the thumb lies across the curled fingers
        thumb_fold.paint(painter, art, colors, curl, cut, (pen, crease))


def moving_region(art: ArtView) -> QRectF:
    """Where curling digits can be drawn, in art units."""
    rect = thumb_fold.reach(art)
    for digit in _digits(art):
        box = digit.path.boundingRect()
        low = digit.at(-digit.length * 0.5, 0.0)
        rect = rect.united(box).united(QRectF(low, low).adjusted(-40, -40, 40, 40))
    return rect.adjusted(-4 * art.mm, -4 * art.mm, 4 * art.mm, 4 * art.mm)
