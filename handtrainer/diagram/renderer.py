"""The one drawing routine for the hand diagram: screen, image, printer and PDF.

It paints the base art (a cached image on raster surfaces, plain vectors on printers
and PDF), the highlighted zones, a motion arrow, point markers, labels and a caption
that says which hand it is. The left hand is the right hand mirrored by the painter
transform; text is placed afterwards in unmirrored coordinates.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPaintEngine,
    QPainter,
    QPen,
    QRadialGradient,
    QTransform,
)

from handtrainer.core import wording
from handtrainer.core.model import BodyMap, Rotation, Side, Step, Technique, View, map_of
from handtrainer.core.zones import ZONES, ZoneKind, zone_name
from handtrainer.diagram import curl as curling
from handtrainer.diagram import overlay, primitives
from handtrainer.diagram.art import ArtView, ZoneShape, load_view
from handtrainer.diagram.colors import DiagramColors, mix_light
from handtrainer.diagram.marks import Mark, build_mark

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


__all__ = ["DiagramColors", "DiagramScene", "HandDiagramRenderer", "Layer", "shared_renderer"]

CAPTION_FRACTION = 0.075  # caption band height, as a fraction of the art's height
_CACHE_SIZE = 12
CAPTION_MIN_PT = 7.5  # the heading's smallest type size on any device, in points
PRINT_ART_PX = 1250  # the art's height as a picture on paper: 450 dpi at 7 cm, 530 at 6
CURL_STAGES = 6  # a clench is drawn in this many steps between open and closed
NARROW_ROOM = 0.55  # captions and labels get at least this much width per art height
DARK_FADE = 0.45  # on a dark window the forearm fades over this part of the art's fade


@dataclass(frozen=True)
class DiagramScene:
    """What the diagram shows: which view and hand, what is highlighted, how it moves."""

    view: View = View.PALM
    side: Side = Side.RIGHT  # LEFT is the mirror of RIGHT; BOTH: both hands side by side
    zones: tuple[str, ...] = ()  # highlighted zone ids
    path: tuple[str, ...] = ()  # direction of movement through these zones
    technique: Technique | None = None  # which mark shows how to move (None: path arrow only)
    rotation: Rotation | None = None  # circles and twists: which way to turn
    partner: bool = False  # the giver's hands do the work (both thumbs shown)
    phase: float | None = None  # 0..1 within the beat while animated; None = still picture
    labels: bool = False  # name every highlighted zone (the zone sheet)
    point_labels: bool = True  # name the highlighted points (LI4, PC6 ...)
    side_label: bool = True  # caption "LEFT HAND"/"RIGHT HAND"

    @classmethod
    def for_step(cls, step: Step, side: Side, *, partner: bool = False) -> DiagramScene:
        """The still picture of a routine step on one hand."""
        return cls(
            view=step.view,
            side=side,
            zones=tuple(step.zones),
            path=tuple(step.path),
            technique=step.technique,
            rotation=step.rotation,
            partner=partner,
        )

    def still(self) -> DiagramScene:
        """The same scene without motion."""
        return replace(self, phase=None)


class Layer(Enum):
    """What to paint: everything, only what stays still, or only what moves."""

    ALL = "all"
    STILL = "still"
    MOVING = "moving"


@dataclass(frozen=True)
class _Hand:
    """One hand placed in the target: its box and the art-to-target transform."""

    side: Side
    rect: QRectF
    transform: QTransform


@dataclass(frozen=True)
class _Layout:
    bounds: QRectF  # the letterboxed drawing, and room beside a narrow one (a foot)
    caption: QRectF | None
    hands: tuple[_Hand, ...]
    scale: float  # target units per art unit
    labels: QRectF  # where name tags may go: the drawing, or all the width beside a foot


def _default_dir() -> Path:
    from handtrainer.core.resources import assets_dir

    return assets_dir() / "hand"


class HandDiagramRenderer:
    """Paints the hand diagram onto any QPainter."""

    def __init__(self, svg_path: Path | None = None) -> None:
        """``svg_path``: the folder holding right-palm.svg and right-back.svg, or the
        palm SVG itself (the back view is found next to it); None for the bundled art."""
        path = Path(svg_path) if svg_path is not None else _default_dir()
        if path.is_dir():
            self._files = {View.PALM: path / "right-palm.svg", View.BACK: path / "right-back.svg"}
        else:
            back = path.with_name(path.name.replace("palm", "back"))
            self._files = {View.PALM: path, View.BACK: back if back.exists() else path}
        foot = _default_dir().parent / "foot"  # the foot map's art, beside the hand's
        self._files |= {View.SOLE: foot / "right-sole.svg", View.TOP: foot / "right-top.svg"}
        self._views: dict[View, ArtView] = {}
        self._marks: dict[tuple[object, ...], Mark | None] = {}
        self._images: OrderedDict[tuple[object, ...], QImage] = OrderedDict()

    # ------------------------------------------------------------------ public API

    def art(self, view: View) -> ArtView:
        """The loaded art for one view (loaded on first use)."""
        if view not in self._views:
            self._views[view] = load_view(self._files[view], view)
        return self._views[view]

    def aspect_ratio(self, scene: DiagramScene) -> float:
        """Width / height of the whole drawing, caption included (a narrow drawing, a
        foot, asks for the room its caption and labels need beside it)."""
        size = self._size(scene)
        width = max(size.width(), self.art(scene.view).height * NARROW_ROOM)
        return width / size.height()

    def hand_placements(
        self, target: QRectF, scene: DiagramScene
    ) -> list[tuple[Side, QRectF, QTransform]]:
        """Where each hand lands in target: (side, box, art-to-target transform)."""
        return [
            (h.side, QRectF(h.rect), QTransform(h.transform))
            for h in self._layout(scene, target).hands
        ]

    def caption_rect(self, target: QRectF, scene: DiagramScene) -> QRectF | None:
        """The band holding the "RIGHT HAND" caption, or None without a caption."""
        return self._layout(scene, target).caption

    def zone_at(self, pos: QPointF, target: QRectF, scene: DiagramScene) -> str | None:
        """The zone under a point of the target (the smallest one if several), or None."""
        art = self.art(scene.view)
        for hand in self._layout(scene, target).hands:
            if not hand.rect.contains(pos):
                continue
            inverse, ok = hand.transform.inverted()
            if not ok:
                continue
            p = inverse.map(pos)
            return self._zone_at_art(art, p, (*scene.zones, *scene.path))
        return None

    def paint(
        self,
        painter: QPainter,
        target: QRectF,
        scene: DiagramScene,
        colors: DiagramColors | None = None,
        layer: Layer = Layer.ALL,
        *,
        art_image: bool = False,
    ) -> None:
        """Draw the scene, letterboxed into target (only one layer of it if asked).

        With ``art_image`` a vector device (PDF, printer) gets the still hand drawing as
        one shared picture per view (see ``_paint_art_image``); all else stays vector.
        """
        colors = colors or DiagramColors.light()
        art = self.art(scene.view)
        layout = self._layout(scene, target, _dpi(painter))
        px = 1.0 / layout.scale  # one target unit in art units
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        engine = painter.paintEngine()
        raster = engine is not None and engine.type() == QPaintEngine.Type.Raster
        vector = not raster
        moving = scene.phase is not None and layer is not Layer.STILL
        for hand in layout.hands:
            mark = self.mark(scene, hand.side is Side.LEFT)
            curl = self._curl_amount(mark, scene)
            painter.save()
            painter.setTransform(hand.transform, True)
            if layer is not Layer.MOVING:
                if raster and self._paint_cached(painter, hand, art, colors, px, curl):
                    pass
                elif art_image and vector:
                    self._paint_art_image(painter, art, colors, curl)
                else:
                    self._paint_art(painter, art, colors, px, vector=vector, curl=curl)
                if not curl:  # curling fingers are their own highlight: no hatch over them
                    self._paint_highlights(painter, art, scene, colors, px, vector)
                if mark is not None:
                    still = mark.still if scene.phase is None else mark.under_motion()
                    primitives.paint(painter, still, colors, _arrow_width(art, px))
                self._paint_points(painter, art, scene, colors, px)
            if moving and mark is not None:
                primitives.paint(
                    painter, mark.moving(scene.phase or 0.0), colors, _arrow_width(art, px)
                )
            painter.restore()
            if layer is not Layer.MOVING and hand is layout.hands[-1]:
                labels = self._label_items(art, scene, hand.transform)
                avoid = self._avoid_rects(art, hand.transform)
                overlay.paint_labels(painter, labels, hand.rect, layout.labels, colors, avoid)
        if layout.caption is not None and layer is not Layer.MOVING:
            self._paint_caption(painter, layout, scene, colors)
        painter.restore()

    def mark(self, scene: DiagramScene, mirrored: bool = False) -> Mark | None:
        """The technique mark of a scene (built once, then reused)."""
        key = (
            scene.view,
            scene.technique,
            scene.zones,
            scene.path,
            scene.rotation,
            scene.partner,
            mirrored,
        )
        if key not in self._marks:
            if len(self._marks) > 256:
                self._marks.clear()
            self._marks[key] = build_mark(
                self.art(scene.view),
                scene.technique,
                scene.zones,
                scene.path,
                scene.rotation,
                mirrored=mirrored,
                partner=scene.partner,
            )
        return self._marks[key]

    def moving_rect(self, target: QRectF, scene: DiagramScene, dpi: float = 96.0) -> QRectF:
        """Where the moving part of a scene can be, in target coordinates (for repaints)."""
        art = self.art(scene.view)
        layout = self._layout(scene, target, dpi)
        px = 1.0 / layout.scale
        rect = QRectF()
        for hand in layout.hands:
            mark = self.mark(scene, hand.side is Side.LEFT)
            if mark is None:
                continue
            if mark.curl is not None:
                region = curling.moving_region(art)
                rect = rect.united(hand.transform.mapRect(region))
            area = mark.moving_bounds(_arrow_width(art, px))
            if not area.isEmpty():
                rect = rect.united(hand.transform.mapRect(area))
        return rect.adjusted(-2, -2, 2, 2) if not rect.isEmpty() else rect

    def curl_stage(self, scene: DiagramScene) -> int | None:
        """Which drawing of a clench a moving scene shows now (None: not a clench)."""
        mark = self.mark(scene)
        if mark is None or mark.curl is None:
            return None
        return round(self._curl_amount(mark, scene) * CURL_STAGES)

    def _curl_amount(self, mark: Mark | None, scene: DiagramScene) -> float:
        if mark is None or mark.curl is None:
            return 0.0
        if scene.phase is None:
            return mark.still_curl
        return round(mark.curl(scene.phase) * CURL_STAGES) / CURL_STAGES

    # ------------------------------------------------------------------ layout

    def _size(self, scene: DiagramScene) -> QSizeF:
        art = self.art(scene.view)
        hands = 2 if scene.side is Side.BOTH else 1
        caption = art.height * CAPTION_FRACTION if scene.side_label else 0.0
        return QSizeF(art.width * hands, art.height + caption)

    def _layout(self, scene: DiagramScene, target: QRectF, dpi: float = 96.0) -> _Layout:
        art = self.art(scene.view)
        size = self._size(scene)
        # The caption band never gets thinner than its smallest readable type needs.
        min_band = CAPTION_MIN_PT * dpi / 72.0 / 0.46 if scene.side_label else 0.0
        scale = min(
            target.width() / size.width(),
            target.height() / size.height(),
            (target.height() - min_band) / art.height,
        )
        scale = max(scale, 1e-6)
        cap_h = max((size.height() - art.height) * scale, min_band) if scene.side_label else 0.0
        w, h = size.width() * scale, art.height * scale + cap_h
        x0 = target.x() + (target.width() - w) / 2
        y0 = target.y() + (target.height() - h) / 2
        # A narrow drawing (a foot) lends its caption and labels the room beside it.
        wide = max(w, min(target.width(), art.height * scale * NARROW_ROOM))
        bounds = QRectF(x0 + (w - wide) / 2, y0, wide, h)
        caption = QRectF(bounds.x(), y0, wide, cap_h) if scene.side_label else None
        sides = (Side.LEFT, Side.RIGHT) if scene.side is Side.BOTH else (scene.side,)
        hands = []
        for i, side in enumerate(sides):
            rect = QRectF(
                x0 + i * art.width * scale, y0 + cap_h, art.width * scale, art.height * scale
            )
            t = QTransform()
            if side is Side.LEFT:
                t.translate(rect.right(), rect.top())
                t.scale(-scale, scale)
            else:
                t.translate(rect.left(), rect.top())
                t.scale(scale, scale)
            hands.append(_Hand(side, rect, t))
        narrow = size.width() < art.height * NARROW_ROOM
        labels = QRectF(target.left(), y0, target.width(), h) if narrow else bounds
        return _Layout(bounds, caption, tuple(hands), scale, labels)

    # ------------------------------------------------------------------ base art

    def _paint_cached(
        self,
        painter: QPainter,
        hand: _Hand,
        art: ArtView,
        colors: DiagramColors,
        px: float,
        curl: float = 0.0,
    ) -> bool:
        """Draw the static art from a cached image; False when the transform is unusual.
        Called with the hand's transform already on the painter."""
        world = painter.worldTransform()
        if world.type().value > QTransform.TransformationType.TxScale.value:
            return False
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        dev = world.mapRect(art.rect)
        # round the edges (not the size) so a mirrored hand lands on the same pixels
        x, y = round(dev.left() * dpr), round(dev.top() * dpr)
        w, h = round(dev.right() * dpr) - x, round(dev.bottom() * dpr) - y
        if w < 2 or h < 2 or w * h > 16_000_000:
            return False
        mirrored = world.m11() < 0
        key = (art.view, mirrored, colors.key(), w, h, round(curl * CURL_STAGES))
        image = self._images.get(key)
        if image is None:
            image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            s = w / art.width
            t = QTransform()
            if mirrored:
                t.translate(w, 0)
                t.scale(-s, h / art.height)
            else:
                t.scale(s, h / art.height)
            p.setTransform(t)
            self._paint_art(p, art, colors, px, curl=curl)
            p.end()
            self._images[key] = image
            while len(self._images) > _CACHE_SIZE:
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(key)
        painter.save()
        painter.resetTransform()
        painter.drawImage(QRectF(x / dpr, y / dpr, w / dpr, h / dpr), image)
        painter.restore()
        return True

    def _paint_art_image(
        self, painter: QPainter, art: ArtView, colors: DiagramColors, curl: float
    ) -> None:
        """The still drawing as one picture at a fixed size, drawn with the hand's transform.

        A PDF writer stores an image once however often it is drawn, and mirroring is
        the transform's job, so every step showing this view (either hand, both hands)
        shares one picture instead of repeating thousands of curves. Opaque on the paper
        colour: a picture with alpha would carry a second, soft-mask image.
        """
        key = ("print", art.view, colors.key(), round(curl * CURL_STAGES))
        image = self._images.get(key)
        if image is None:
            h = PRINT_ART_PX
            w = max(2, round(h * art.width / art.height))
            image = QImage(w, h, QImage.Format.Format_RGB32)
            image.fill(colors.background)
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setTransform(QTransform.fromScale(w / art.width, h / art.height))
            # As on paper: no soft shading, an opaque fade into the paper.
            self._paint_art(p, art, colors, art.height / h, vector=True, curl=curl)
            p.end()
            if image.allGray():  # the print colours: kept in a quarter of the memory
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            self._images[key] = image
            while len(self._images) > _CACHE_SIZE:
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(key)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        painter.drawImage(art.rect, image)
        painter.restore()

    def _paint_art(
        self,
        painter: QPainter,
        art: ArtView,
        colors: DiagramColors,
        px: float,
        vector: bool = False,
        curl: float = 0.0,
    ) -> None:
        """The static drawing (with the fingers curled by ``curl``, 0 = open).
        On vector devices (PDF, printers) translucent gradients are avoided: they turn
        into soft masks that some viewers draw as hard blotches."""
        cut = curling.cut_region(art, curl) if curl > 0 else None
        if cut is not None:
            painter.save()
            painter.setClipPath(art.rect_path().subtracted(cut), Qt.ClipOperation.IntersectClip)
        self._paint_open_art(painter, art, colors, px, vector)
        if cut is not None:
            painter.restore()
            curling.paint_curled(painter, art, colors, curl, px)

    def _paint_open_art(
        self,
        painter: QPainter,
        art: ArtView,
        colors: DiagramColors,
        px: float,
        vector: bool,
    ) -> None:
        top, bottom = _fade_span(art, colors)
        fade = QLinearGradient(0.0, top, 0.0, bottom)
        _ease_fade(fade, colors.skin, colors.background, vector)
        painter.fillPath(art.silhouette, QBrush(fade))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.save()
        # soft shading stays on the skin: past the outline it would glow on a dark window
        painter.setClipPath(art.silhouette, Qt.ClipOperation.IntersectClip)
        for soft in () if vector else art.soft:
            color = colors.skin_light if soft.role == "soft-light" else colors.skin_shadow
            gradient = QRadialGradient(QPointF(0.0, 0.0), soft.rx)
            gradient.setColorAt(0.0, color)
            gradient.setColorAt(1.0, overlay._alpha(color, 0.0))
            painter.save()
            painter.translate(soft.center)
            painter.rotate(soft.angle)
            painter.scale(1.0, soft.ry / soft.rx)
            painter.setBrush(QBrush(gradient))
            painter.drawEllipse(QPointF(0.0, 0.0), soft.rx, soft.rx)
            painter.restore()
        painter.restore()
        widths = {
            "crease": 2.0,
            "crease-main": 2.7,
            "crease-faint": 1.5,
            "tendon": 3.0,
            "knuckle": 2.2,
            "nail": 2.0,
        }
        role_colors = {
            "crease": colors.crease,
            "crease-main": colors.crease_main,
            "crease-faint": colors.crease_faint,
            "tendon": colors.tendon,
            "knuckle": colors.knuckle,
            "nail": colors.nail_edge,
        }
        for layer in art.layers:
            pen = QPen(
                role_colors.get(layer.role, colors.crease),
                max(widths.get(layer.role, 2.0), 0.55 * px),
            )
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if layer.role == "nail":
                painter.fillPath(layer.path, colors.nail)
            painter.strokePath(layer.path, pen)
        # the outline is gone before the skin is: edges that outlast the skin would frame
        # the dissolving forearm like a box
        span = bottom - top
        outline = QLinearGradient(0.0, top - 0.2 * span, 0.0, top + 0.65 * span)
        _ease_fade(outline, colors.outline, colors.background, vector)
        pen = QPen(QBrush(outline), max(3.2, 1.0 * px))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(art.outline, pen)

    # ------------------------------------------------------------------ overlay

    def _paint_highlights(
        self,
        painter: QPainter,
        art: ArtView,
        scene: DiagramScene,
        colors: DiagramColors,
        px: float,
        vector: bool,
    ) -> None:
        shown = [art.zones[z] for z in scene.zones if z in art.zones]
        if not any(s.kind is not ZoneKind.POINT for s in shown):
            return
        painter.save()
        # a highlight never spills past the hand's outline, whatever its shape
        painter.setClipPath(art.silhouette, Qt.ClipOperation.IntersectClip)
        areas = [s for s in shown if s.kind is ZoneKind.AREA]
        # On screen, areas lit together are one shape. Not on paper: the union turns every
        # curve into many short lines, which more than doubled the PDF.
        for shape in areas if vector else _merged_areas(art, areas):
            overlay.paint_area(painter, shape, colors, 0.0, px, vector)
        for shape in shown:
            if shape.kind is ZoneKind.LINE:
                overlay.paint_line_zone(painter, shape, colors, 0.0, px)
        painter.restore()

    def _paint_points(
        self,
        painter: QPainter,
        art: ArtView,
        scene: DiagramScene,
        colors: DiagramColors,
        px: float,
    ) -> None:
        marked = dict.fromkeys((*scene.zones, *scene.path))
        for zid in marked:
            shape = art.zones.get(zid)
            if shape is not None and shape.kind is ZoneKind.POINT:
                overlay.paint_point(painter, shape, colors, 0.0, px)

    def _avoid_rects(self, art: ArtView, transform: QTransform) -> list[QRectF]:
        """Places labels must not cover: the fingertips."""
        return [
            transform.mapRect(shape.path.boundingRect())
            for zid, shape in art.zones.items()
            if zid.endswith(".tip")
        ]

    def _label_items(
        self, art: ArtView, scene: DiagramScene, transform: QTransform
    ) -> list[tuple[str, QPointF]]:
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

    def _zone_at_art(self, art: ArtView, p: QPointF, shown: tuple[str, ...]) -> str | None:
        """Highlighted zones first; then points, then the smallest area. A line that is
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

    # ------------------------------------------------------------------ caption

    def _paint_caption(
        self, painter: QPainter, layout: _Layout, scene: DiagramScene, colors: DiagramColors
    ) -> None:
        band = layout.caption
        assert band is not None
        body = map_of(scene.view)
        foot = body is BodyMap.FOOT
        title = f"{wording.side_caption(scene.side, body)} · {wording.view_caption(scene.view)}"
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(7, round(band.height() * 0.46)))
        cue_font = QFont()
        cue_font.setPixelSize(max(6, round(band.height() * 0.34)))
        # The thumb (big toe) side tells left from right at a glance, even without reading.
        thumb_right = (scene.view in (View.PALM, View.SOLE)) == (scene.side is Side.RIGHT)
        if foot:
            cue = (
                translate("HandDiagram", "big toe ▸")
                if thumb_right
                else translate("HandDiagram", "◂ big toe")
            )
        else:
            cue = (
                translate("HandDiagram", "thumb ▸")
                if thumb_right
                else translate("HandDiagram", "◂ thumb")
            )
        metrics, cue_metrics = QFontMetricsF(font), QFontMetricsF(cue_font)
        cue_room = cue_metrics.horizontalAdvance(cue) + cue_metrics.height() + band.width() * 0.03
        need = metrics.horizontalAdvance(title) + 2 * cue_room
        if scene.side is Side.BOTH or need > band.width():
            # The title comes first: where the cue does not fit beside it, the cue goes
            # (the title says which hand) and only the title is shrunk to fit.
            need = metrics.horizontalAdvance(title) * 1.1
        if need > band.width():
            shrink = band.width() / need
            font.setPixelSize(max(6, math.floor(font.pixelSize() * shrink)))
            cue_font.setPixelSize(max(5, math.floor(cue_font.pixelSize() * shrink)))
        painter.setFont(font)
        painter.setPen(colors.caption)
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), title)
        title_box = painter.boundingRect(band, int(Qt.AlignmentFlag.AlignCenter), title)
        if scene.side is Side.BOTH:
            painter.setFont(cue_font)
            painter.setPen(colors.caption_cue)
            for hand in layout.hands:
                word = (
                    translate("HandDiagram", "left")
                    if hand.side is Side.LEFT
                    else translate("HandDiagram", "right")
                )
                pad = hand.rect.width() * 0.06
                # at the band's outer ends (a narrow foot leaves room beside it)
                if hand.side is Side.LEFT:
                    box = QRectF(band.left() + pad, band.top(), hand.rect.right(), band.height())
                    box.setRight(hand.rect.right())
                    align = Qt.AlignmentFlag.AlignLeft
                else:
                    box = QRectF(hand.rect.left(), band.top(), 0.0, band.height())
                    box.setRight(band.right() - pad)
                    align = Qt.AlignmentFlag.AlignRight
                flags = int(align | Qt.AlignmentFlag.AlignVCenter)
                if painter.boundingRect(box, flags, word).intersects(title_box):
                    continue  # no room beside the title: the title says it
                painter.drawText(box, flags, word)
            return
        room = QFontMetricsF(font).horizontalAdvance(title)
        room += 2 * QFontMetricsF(cue_font).horizontalAdvance(cue)
        if room > band.width() * 0.97:
            return  # too small for the cue beside the title: the title alone says it
        painter.setFont(cue_font)
        painter.setPen(colors.caption_cue)
        pad = band.width() * 0.03
        box = band.adjusted(pad, 0, -pad, 0)
        align = Qt.AlignmentFlag.AlignRight if thumb_right else Qt.AlignmentFlag.AlignLeft
        painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), cue)


_SHARED: HandDiagramRenderer | None = None


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


def _dpi(painter: QPainter) -> float:
    device = painter.device()
    return float(device.logicalDpiY()) if device is not None else 96.0


def _arrow_width(art: ArtView, px: float) -> float:
    """The width of a mark's lines in art units: 2 mm of hand, at least 2.6 target units."""
    return max(2.0 * art.mm, 3.0 * px)


def _fade_span(art: ArtView, colors: DiagramColors) -> tuple[float, float]:
    """Where the forearm fades out (art y, top to bottom). On a dark window only the
    end of the art's fade is used: a long ramp from pale skin to near black reads as a
    muddy band, a short one as the soft end of the picture."""
    top, bottom = art.fade
    if colors.background.lightnessF() < 0.5:
        top = bottom - DARK_FADE * (bottom - top)
    return top, bottom


def _ease_fade(gradient: QLinearGradient, start: QColor, window: QColor, opaque: bool) -> None:
    """Stops easing (smoothstep) from start into the window colour, mixed as light mixes
    (see mix_light); the last stop is transparent unless opaque (PDF and printers, where
    translucent gradients become soft masks). A straight ramp would show an edge where
    it begins, and a plain blend a muddy band on a dark window."""
    steps = 12
    end = QColor(window)
    end.setAlphaF(start.alphaF())
    for k in range(steps + 1):
        t = k / steps
        c = mix_light(start, end, t * t * (3 - 2 * t))
        if k == steps and not opaque:
            c.setAlphaF(0.0)
        gradient.setColorAt(t, c)


def shared_renderer() -> HandDiagramRenderer:
    """The one renderer the window and the sheet share (art loaded once)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = HandDiagramRenderer()
    return _SHARED


_MERGED: dict[tuple[int, tuple[str, ...]], ZoneShape] = {}


def _merged_areas(art: ArtView, areas: list[ZoneShape]) -> list[ZoneShape]:
    """Areas lit together as one shape: one outline around them all, not a seam where
    two meet (the wrist band and the forearm) and no doubled fill where they overlap."""
    if len(areas) < 2:
        return areas
    key = (id(art), tuple(sorted(a.id for a in areas)))
    merged = _MERGED.get(key)
    if merged is None:
        path = areas[0].path
        for area in areas[1:]:
            path = path.united(area.path)
        first = areas[0]
        merged = ZoneShape("+".join(key[1]), ZoneKind.AREA, path.simplified(), first.anchor)
        if len(_MERGED) > 64:
            _MERGED.clear()
        _MERGED[key] = merged
    return [merged]
