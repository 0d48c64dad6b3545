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
        # real lines on paper: crisp at any printer resolution
        painter.save()
        painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        painter.setPen(_pen(colors.hatch, width, Qt.PenCapStyle.FlatCap))
        box = path.boundingRect()
        lines = []
        k = 0.0
        while k <= box.width() + box.height():
            x = box.left() + k
            lines.append(QLineF(x, box.top(), x - box.height(), box.bottom()))
            k += spacing
        painter.drawLines(lines)
        painter.restore()
    else:
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
    # drop points that sit on top of each other (they would make a kink)
    out: list[QPointF] = []
    for p in pts:
        if not out or QLineF(out[-1], p).length() > 4.0:
            out.append(p)
    return out


def smooth_path(points: list[QPointF]) -> QPainterPath:
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
        c1 = p1 + (p2 - p0) / 6.0
        c2 = p2 - (p3 - p1) / 6.0
        path.cubicTo(c1, c2, p2)
    return path


class MotionArrow:
    """A motion arrow along a smooth path, sampled once so each frame is cheap."""

    def __init__(self, points: list[QPointF]) -> None:
        curve = smooth_path(points)
        self.length = curve.length()
        n = 64
        self._cache: dict[tuple[float, float], tuple[QPainterPath, ...]] = {}
        self.samples = [
            curve.pointAtPercent(curve.percentAtLength(self.length * k / n)) for k in range(n + 1)
        ]

    def point_at(self, t: float) -> tuple[QPointF, QPointF]:
        """Point and a slightly earlier point at fraction t of the length."""
        t = max(0.0, min(1.0, t))
        pos = t * (len(self.samples) - 1)
        i = min(int(pos), len(self.samples) - 2)
        f = pos - i
        a, b = self.samples[i], self.samples[i + 1]
        p = a + (b - a) * f
        return p, a if f > 0.01 or i == 0 else self.samples[i - 1]

    def paint(
        self, painter: QPainter, colors: DiagramColors, progress: float | None, px: float
    ) -> None:
        """The arrow; with progress, a chevron travels along a fainter arrow."""
        if self.length <= 1.0:
            return
        width = max(8.0, 2.6 * px)
        halo_width = max(7.0, 2.4 * px)
        head = width * 4.2
        halo, body, head_halo, head_path = self._shapes(width, halo_width, head)
        color = colors.arrow if progress is None else _alpha(colors.arrow, 0.55)
        painter.fillPath(halo, colors.arrow_halo)
        painter.fillPath(body, color)
        painter.fillPath(head_halo, colors.arrow_halo)
        painter.fillPath(head_path, color)
        if progress is not None:
            p, q = self.point_at(progress * 0.92 + 0.04)
            step = QLineF(q, p).length() or 1.0
            ahead = p + (p - q) * (head * 0.35 / step)
            chevron = QPainterPath()
            chevron.addPolygon(_head_polygon(q, ahead, head * 0.9))
            chevron.closeSubpath()
            stroker = QPainterPathStroker()
            stroker.setWidth(halo_width)
            stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.fillPath(stroker.createStroke(chevron), colors.arrow_halo)
            painter.fillPath(chevron, colors.arrow)

    def _shapes(
        self, width: float, halo_width: float, head: float
    ) -> tuple[QPainterPath, QPainterPath, QPainterPath, QPainterPath]:
        """Body and head as filled outlines, stroked once per size (cheap frames)."""
        key = (round(width, 1), round(halo_width, 1))
        if key not in self._cache:
            body_line = self._trimmed(head * 0.7)
            stroker = QPainterPathStroker()
            stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
            stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            stroker.setWidth(width + halo_width)
            halo = stroker.createStroke(body_line)
            stroker.setWidth(width)
            body = stroker.createStroke(body_line)
            head_path = QPainterPath()
            head_path.addPolygon(_head_polygon(self.samples[-3], self.samples[-1], head))
            head_path.closeSubpath()
            stroker.setWidth(halo_width)
            head_halo = stroker.createStroke(head_path)
            if len(self._cache) > 8:
                self._cache.clear()
            self._cache[key] = (halo, body, head_halo, head_path)
        return self._cache[key]

    def _trimmed(self, cut: float) -> QPainterPath:
        path = QPainterPath()
        keep = max(0.0, self.length - cut)
        step = self.length / (len(self.samples) - 1)
        path.moveTo(self.samples[0])
        for k, p in enumerate(self.samples[1:], start=1):
            if k * step >= keep:
                prev = self.samples[k - 1]
                f = (keep - (k - 1) * step) / step
                path.lineTo(prev + (p - prev) * f)
                break
            path.lineTo(p)
        return path


def _head_polygon(a: QPointF, tip: QPointF, size: float) -> QPolygonF:
    angle = math.atan2(tip.y() - a.y(), tip.x() - a.x())
    back = QPointF(tip.x() - size * math.cos(angle), tip.y() - size * math.sin(angle))
    notch = QPointF(
        tip.x() - 0.72 * size * math.cos(angle), tip.y() - 0.72 * size * math.sin(angle)
    )
    nx, ny = -math.sin(angle) * size * 0.5, math.cos(angle) * size * 0.5
    return QPolygonF(
        [tip, QPointF(back.x() + nx, back.y() + ny), notch, QPointF(back.x() - nx, back.y() - ny)]
    )


def paint_labels(
    painter: QPainter,
    items: list[tuple[str, QPointF]],
    hand: QRectF,
    bounds: QRectF,
    colors: DiagramColors,
) -> None:
    """Name tags with leader lines, in target coordinates (never mirrored)."""
    if not items:
        return
    font = QFont()
    font.setPixelSize(max(9, round(hand.height() * 0.024)))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    placed: list[QRectF] = []
    pad = metrics.height() * 0.3
    for text, anchor in items:
        w = metrics.horizontalAdvance(text) + 2 * pad
        h = metrics.height() + pad
        gap = hand.width() * 0.12
        # labels go outwards, away from the middle of the whole drawing
        left_side = anchor.x() < (
            hand.center().x() if hand.width() * 1.5 > bounds.width() else bounds.center().x()
        )
        x = anchor.x() - gap - w if left_side else anchor.x() + gap
        x = max(bounds.left(), min(bounds.right() - w, x))
        box = QRectF(x, anchor.y() - h / 2, w, h)
        if box.adjusted(-pad, -pad, pad, pad).contains(anchor):
            # clamped onto its own point: put the tag just below the point instead
            box.moveTop(anchor.y() + h * 0.9)
        for other in placed:
            if box.intersects(other):
                box.moveTop(other.bottom() + 2)
        if box.bottom() > bounds.bottom():
            box.moveBottom(bounds.bottom())
        placed.append(box)
        edge = QPointF(box.right() if left_side else box.left(), box.center().y())
        painter.setPen(_pen(colors.text, max(1.0, hand.height() * 0.0015)))
        painter.drawLine(anchor, edge)
        painter.setPen(_pen(_alpha(colors.text, 0.35), 1.0))
        painter.setBrush(colors.label_background)
        painter.drawRoundedRect(box, pad, pad)
        painter.setPen(colors.text)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
