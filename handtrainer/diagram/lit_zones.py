"""The zones a scene is about: lit areas and lines, point markers, their name tags, and
which zone lies under a point of the art.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QTransform

from handtrainer.core.zones import ZONES, ZoneKind, zone_name
from handtrainer.diagram import overlay
from handtrainer.diagram.art import ArtView, ZoneShape
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.local_clip import local_clip
from handtrainer.diagram.scene import DiagramScene


def paint_highlights(
    painter: QPainter,
    art: ArtView,
    scene: DiagramScene,
    colors: DiagramColors,
    px: float,
    vector: bool,
) -> None:
    """The lit areas and lines of a scene, kept inside the outline (art units)."""
    shown = [art.zones[z] for z in scene.zones if z in art.zones]
    if not any(s.kind is not ZoneKind.POINT for s in shown):
        return
    painter.save()
    # a highlight never spills past the hand's outline, whatever its shape
    clip = _paper_clip(art, shown, px) if vector else art.silhouette
    painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    areas = [s for s in shown if s.kind is ZoneKind.AREA]
    # On screen, areas lit together are one shape. Not on paper: the union turns every
    # curve into many short lines, which more than doubled the PDF.
    for shape in areas if vector else merged_areas(art, areas):
        overlay.paint_area(painter, shape, colors, 0.0, px, vector)
    for shape in shown:
        if shape.kind is ZoneKind.LINE:
            overlay.paint_line_zone(painter, shape, colors, 0.0, px)
    painter.restore()


def paint_points(
    painter: QPainter,
    art: ArtView,
    scene: DiagramScene,
    colors: DiagramColors,
    px: float,
) -> None:
    """A marker on every point the scene names, lit or on its path."""
    marked = dict.fromkeys((*scene.zones, *scene.path))
    for zid in marked:
        shape = art.zones.get(zid)
        if shape is not None and shape.kind is ZoneKind.POINT:
            overlay.paint_point(painter, shape, colors, 0.0, px)


def fingertip_rects(art: ArtView, transform: QTransform) -> list[QRectF]:
    """Places labels must not cover: the fingertips."""
    return [
        transform.mapRect(shape.path.boundingRect())
        for zid, shape in art.zones.items()
        if zid.endswith(".tip")
    ]


def label_items(
    art: ArtView, scene: DiagramScene, transform: QTransform
) -> list[tuple[str, QPointF]]:
    """The name tags to draw, top to bottom: (name, where it points, in target units)."""
    items = []
    for zid in dict.fromkeys((*scene.zones, *scene.path)):
        shape = art.zones.get(zid)
        if shape is None:
            continue
        if scene.labels and zid in scene.zones:
            name = zone_name(zid)
        elif scene.point_labels and shape.kind is ZoneKind.POINT:
            name = short_point_name(zid)
        else:
            continue
        anchor = shape.line_points[0] if shape.kind is ZoneKind.LINE else shape.anchor
        items.append((name, transform.map(anchor)))
    items.sort(key=lambda item: item[1].y())
    return items


def zone_at_art(art: ArtView, p: QPointF, shown: tuple[str, ...]) -> str | None:
    """The zone under ``p`` (art units), or None.

    Highlighted zones first; then points, then the smallest area. A line that is
    not highlighted is invisible, so it is only found where no area is."""
    known = [s for s in art.zones.values() if s.id in ZONES]
    lit = [s for s in known if s.id in shown]
    for group in (lit, known):
        for shape in group:
            if shape.kind is ZoneKind.POINT:
                d = math.hypot(p.x() - shape.anchor.x(), p.y() - shape.anchor.y())
                if d <= shape.radius * 1.8:
                    return shape.id
        if group is lit:
            for shape in group:
                if shape.kind is ZoneKind.LINE and shape.hit_path().contains(p):
                    return shape.id
        areas = sorted((s for s in group if s.kind is ZoneKind.AREA), key=lambda s: s.hit_area)
        for shape in areas:
            if shape.path.contains(p):
                return shape.id
    for shape in known:
        if shape.kind is ZoneKind.LINE and shape.hit_path().contains(p):
            return shape.id
    return None


def short_point_name(zone_id: str) -> str:
    """A point's name short enough for a tag: ``LI4 Hegu``, ``PC6 Neiguan``, ``Sore spot``."""
    name = zone_name(zone_id)
    head, _, rest = name.partition(" (")
    rest = rest.rstrip(")")
    if re.fullmatch(r"[A-Z]{2}\d+", head):
        return f"{head} {rest}".strip()
    code, _, other = rest.partition(", ")
    if re.fullmatch(r"[A-Z]{2}\d+", code):
        return f"{code} {other}".strip()
    return head


CLIP_MARGIN_MM = 10.0  # the outline is kept whole this far around what is lit
# By the art's id, with the art kept beside its clips: an id is only reused once the
# art it named is gone, and then the art kept here is not the one asked about.
_CLIPS: dict[tuple[int, tuple[str, ...], float], tuple[ArtView, QPainterPath]] = {}


def _paper_clip(art: ArtView, shown: list[ZoneShape], px: float) -> QPainterPath:
    """The outline as far as the lit zones need it (see ``local_clip``)."""
    lit = [s for s in shown if s.kind is not ZoneKind.POINT]
    margin = max(CLIP_MARGIN_MM * art.mm, 12.0 * px)  # well past the widest pen
    key = (id(art), tuple(s.id for s in lit), round(margin, 1))
    known = _CLIPS.get(key)
    if known is None or known[0] is not art:
        painted = QRectF()
        for shape in lit:
            painted = painted.united(shape.path.boundingRect())
        if len(_CLIPS) > 64:
            _CLIPS.clear()
        known = _CLIPS[key] = (art, local_clip(art.silhouette, painted, margin))
    return known[1]


# Keyed by the art's id, and holding the art itself: while an entry lives its art
# cannot be freed, so no other art can come to have the same id and be given its shape.
_MERGED: dict[tuple[int, tuple[str, ...]], tuple[ArtView, ZoneShape]] = {}


def merged_areas(art: ArtView, areas: list[ZoneShape]) -> list[ZoneShape]:
    """Areas lit together as one shape: one outline around them all, not a seam where
    two meet (the wrist band and the forearm) and no doubled fill where they overlap."""
    if len(areas) < 2:
        return areas
    key = (id(art), tuple(sorted(a.id for a in areas)))
    known = _MERGED.get(key)
    if known is not None and known[0] is art:
        return [known[1]]
    path = areas[0].path
    for area in areas[1:]:
        path = path.united(area.path)
    first = areas[0]
    merged = ZoneShape("+".join(key[1]), ZoneKind.AREA, path.simplified(), first.anchor)
    if len(_MERGED) > 64:
        _MERGED.clear()
    _MERGED[key] = (art, merged)
    return [merged]
