"""What the renderer draws over the hand art: highlighted zones, the motion arrow,
point markers and labels. All in art coordinates unless a function says otherwise."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)

from handtrainer.core.zones import ZoneKind
from handtrainer.diagram.art import ArtView, ZoneShape
from handtrainer.diagram.colors import DiagramColors


def _alpha(color: QColor, factor: float) -> QColor:
    c = QColor(color)
    c.setAlphaF(max(0.0, min(1.0, color.alphaF() * factor)))
    return c


def _pen(color: QColor, width: float, cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(cap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_area(
    painter: QPainter,
    zone: ZoneShape,
    colors: DiagramColors,
    pulse: float,
    px: float,
    vector: bool = False,
) -> None:
    """Translucent fill, diagonal hatch (so it reads in grayscale) and an outline.
    ``px`` is the size of one target pixel in art units."""
    path = zone.path
    # the pulse breathes through the fill's strength (cheap: no extra shapes per frame)
    painter.fillPath(path, _alpha(colors.highlight, 0.75 + 0.6 * pulse))
    spacing, width = max(15.0, 5.0 * px), max(2.2, 0.9 * px)
    if vector:
        # On paper one pattern brush, written once into the PDF and shared by every
        # highlight, instead of a fresh set of clipped lines for each zone.
        painter.fillPath(path, _print_hatch(colors.hatch, spacing))
        # A stroke is the zone's own curves once; the stroked-out outline used on
        # screen (fast to fill there) is several times as many curves in a PDF.
        painter.strokePath(path, _pen(colors.highlight_edge, max(4.5, 1.6 * px)))
        return
    painter.fillPath(path, _hatch_brush(colors.hatch, spacing / px, width / px, px))
    painter.fillPath(outline_of(zone, max(4.5, 1.6 * px)), colors.highlight_edge)


def outline_of(zone: ZoneShape, width: float) -> QPainterPath:
    """The zone's outline stroked to a filled path, cached: stroking curves is the
    expensive part of drawing an outline, and the shapes never change."""
    key = ("outline", round(width, 1))
    cached = zone.cache.get(key)
    if cached is None:
        stroker = QPainterPathStroker()
        stroker.setWidth(round(width, 1))
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        cached = stroker.createStroke(zone.path)
        if len(zone.cache) > 16:
            zone.cache.clear()
        zone.cache[key] = cached
    return cached


_TILES: dict[tuple[int, int, float], QImage] = {}


def _hatch_brush(color: QColor, spacing_px: float, width_px: float, px: float) -> QBrush:
    """A texture brush of antialiased diagonal lines, one device pixel per texel (fast on
    screen: filling with it costs about as much as a plain fill)."""
    n = max(4, round(spacing_px))
    key = (color.rgba(), n, round(width_px, 1))
    tile = _TILES.get(key)
    if tile is None:
        tile = QImage(n, n, QImage.Format.Format_ARGB32_Premultiplied)
        tile.fill(Qt.GlobalColor.transparent)
        p = QPainter(tile)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(_pen(color, width_px, Qt.PenCapStyle.FlatCap))
        for shift in (-n, 0, n):  # neighbours too, so the tile wraps seamlessly
            p.drawLine(QPointF(shift - 1, n + 1), QPointF(shift + n + 1, -1))
        p.end()
        if len(_TILES) > 32:
            _TILES.clear()
        _TILES[key] = tile
    brush = QBrush(tile)
    # texels in art units of one target pixel, so the painter's scale (and mirror) maps
    # them one-to-one onto the screen
    brush.setTransform(QTransform.fromScale(px, px))
    return brush


def _print_hatch(color: QColor, spacing: float) -> QBrush:
    """Qt's diagonal pattern, scaled from its 8-unit tile to ``spacing`` art units: the
    PDF writer stores it as one tiling pattern and reuses it for every fill."""
    brush = QBrush(color, Qt.BrushStyle.BDiagPattern)
    brush.setTransform(QTransform.fromScale(spacing / 8.0, spacing / 8.0))
    return brush


def paint_line_zone(
    painter: QPainter, zone: ZoneShape, colors: DiagramColors, pulse: float, px: float
) -> None:
    """A broad translucent band along the line, a solid centre and an arrowhead at its end."""
    band = max(22.0, 8 * px)
    painter.strokePath(zone.path, _pen(_alpha(colors.highlight, 1.1 + 0.5 * pulse), band))
    painter.strokePath(zone.path, _pen(colors.highlight_edge, max(3.0, 1.3 * px)))
    pts = zone.line_points
    if len(pts) >= 2:
        _arrow_head(painter, pts[-2], pts[-1], max(16.0, 6 * px), colors.highlight_edge)


def paint_point(
    painter: QPainter, zone: ZoneShape, colors: DiagramColors, pulse: float, px: float
) -> None:
    """A ring with a centre dot; a second ring grows and fades with the pulse."""
    c = zone.anchor
    r = max(zone.radius, 5.5 * px)
    if pulse > 0.0:
        ring = r * (1.25 + 0.8 * pulse)
        painter.setPen(_pen(_alpha(colors.marker, 1.0 - pulse), max(2.5, 1.2 * px)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, ring, ring)
    painter.setPen(_pen(colors.marker, max(3.4, 1.4 * px)))
    painter.setBrush(colors.marker_fill)
    painter.drawEllipse(c, r, r)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.marker)
    dot = max(r * 0.34, 1.3 * px)
    painter.drawEllipse(c, dot, dot)


def _arrow_head(painter: QPainter, a: QPointF, tip: QPointF, size: float, color: QColor) -> None:
    angle = math.atan2(tip.y() - a.y(), tip.x() - a.x())
    back = QPointF(tip.x() - size * math.cos(angle), tip.y() - size * math.sin(angle))
    nx, ny = -math.sin(angle) * size * 0.55, math.cos(angle) * size * 0.55
    head = QPolygonF(
        [tip, QPointF(back.x() + nx, back.y() + ny), QPointF(back.x() - nx, back.y() - ny)]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(head)


def motion_points(art: ArtView, path_ids: tuple[str, ...]) -> list[QPointF]:
    """The points a motion arrow passes through: zone anchors, a line zone's own course,
    or a lone area's natural axis (base to tip for a finger)."""
    shapes = [art.zones[z] for z in path_ids if z in art.zones]
    if len(shapes) == 1:
        only = shapes[0]
        if only.kind is ZoneKind.LINE:
            return list(only.line_points)
        if only.axis is not None:
            return list(only.axis)
        return []
    pts: list[QPointF] = []
    for shape in shapes:
        if shape.kind is ZoneKind.LINE:
            pts.extend(shape.line_points[:: max(1, len(shape.line_points) // 6)])
            pts.append(shape.line_points[-1])
        else:
            pts.append(shape.anchor)
    # drop points close to the one before (they would make a kink or a hook at the end);
    # the last point always stays, as it is where the movement goes
    close = 10.0 * art.mm if any(s.kind is not ZoneKind.LINE for s in shapes) else 4.0
    out: list[QPointF] = []
    for p in pts:
        if not out or QLineF(out[-1], p).length() > close:
            out.append(p)
        elif p is pts[-1] and len(out) > 1:
            out[-1] = p
    return out


def paint_labels(
    painter: QPainter,
    items: list[tuple[str, QPointF]],
    hand: QRectF,
    bounds: QRectF,
    colors: DiagramColors,
    avoid: list[QRectF] | None = None,
) -> None:
    """Name tags with leader lines, in target coordinates (never mirrored). A tag never
    covers another tag, its own point, or a rectangle of ``avoid`` (the fingertips)
    where a free place can be found beside the hand."""
    if not items:
        return
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    font = QFont()
    font.setPixelSize(max(round(7.0 * dpi / 72), round(hand.height() * 0.026)))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    placed: list[QRectF] = []
    blocked = list(avoid or ())
    pad = metrics.height() * 0.3
    middle = hand.center().x() if hand.width() * 1.5 > bounds.width() else bounds.center().x()
    for text, anchor in items:
        w = metrics.horizontalAdvance(text) + 2 * pad
        h = metrics.height() + pad
        gap = hand.width() * 0.1
        left_side = anchor.x() < middle  # tags go outwards, away from the middle
        best: QRectF | None = None
        for k in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, 6, 7, 8):
            for side in (left_side, not left_side):
                x = anchor.x() - gap - w if side else anchor.x() + gap
                x = max(bounds.left(), min(bounds.right() - w, x))
                y = anchor.y() - h / 2 + k * (h + 2)
                y = max(bounds.top(), min(bounds.bottom() - h, y))
                box = QRectF(x, y, w, h)
                if box.adjusted(-pad, -pad, pad, pad).contains(anchor):
                    continue
                if any(box.intersects(o) for o in placed) or any(
                    box.intersects(o) for o in blocked
                ):
                    continue
                best, left_side = box, side
                break
            if best is not None:
                break
        if best is None:  # nowhere free: below the point, as before
            best = QRectF(anchor.x() - w / 2, anchor.y() + h * 0.9, w, h)
        placed.append(best)
        edge = QPointF(
            best.right() if best.center().x() < anchor.x() else best.left(), best.center().y()
        )
        painter.setPen(_pen(colors.text, max(1.0, hand.height() * 0.0015)))
        painter.drawLine(anchor, edge)
        painter.setPen(_pen(_alpha(colors.text, 0.35), 1.0))
        painter.setBrush(colors.label_background)
        painter.drawRoundedRect(best, pad, pad)
        painter.setPen(colors.text)
        painter.drawText(best, int(Qt.AlignmentFlag.AlignCenter), text)
