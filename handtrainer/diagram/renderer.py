"""The one drawing routine for the hand diagram: screen, image, printer and PDF.

``HandDiagramRenderer`` puts the pieces together in order: the still art (base_art),
the lit zones and point markers (lit_zones), the technique mark (marks, drawn by
primitives), the name tags (overlay) and the caption (caption), each hand placed by
layout. The left hand is the right hand mirrored by the painter transform; text is
placed afterwards in unmirrored coordinates.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPaintEngine, QPainter, QTransform

from handtrainer.core.model import Side, View
from handtrainer.diagram import curl as curling
from handtrainer.diagram import layout as diagram_layout
from handtrainer.diagram import lit_zones, overlay, primitives
from handtrainer.diagram.art import ArtView, load_view
from handtrainer.diagram.base_art import ArtPainter
from handtrainer.diagram.caption import paint_caption
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.curl import CURL_STAGES
from handtrainer.diagram.layout import DiagramLayout
from handtrainer.diagram.marks import Mark, build_mark
from handtrainer.diagram.scene import DiagramScene, Layer

__all__ = ["DiagramColors", "DiagramScene", "HandDiagramRenderer", "Layer", "shared_renderer"]


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
        self._art_painter = ArtPainter()

    # ------------------------------------------------------------------ public API

    def art(self, view: View) -> ArtView:
        """The loaded art for one view (loaded on first use)."""
        if view not in self._views:
            self._views[view] = load_view(self._files[view], view)
        return self._views[view]

    def aspect_ratio(self, scene: DiagramScene) -> float:
        """Width / height of the whole drawing, caption included (a narrow drawing, a
        foot, asks for the room its caption and labels need beside it)."""
        return diagram_layout.aspect_ratio(self.art(scene.view), scene)

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
            return lit_zones.zone_at_art(art, p, (*scene.zones, *scene.path))
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
        one shared picture per view (see ``ArtPainter.paint_picture``); all else stays vector.
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
                if raster and self._art_painter.paint_cached(painter, art, colors, px, curl):
                    pass
                elif art_image and vector:
                    self._art_painter.paint_picture(painter, art, colors, curl)
                else:
                    self._art_painter.paint(painter, art, colors, px, vector=vector, curl=curl)
                if not curl:  # curling fingers are their own highlight: no hatch over them
                    lit_zones.paint_highlights(painter, art, scene, colors, px, vector)
                if mark is not None:
                    still = mark.still if scene.phase is None else mark.under_motion()
                    primitives.paint(painter, still, colors, _arrow_width(art, px))
                lit_zones.paint_points(painter, art, scene, colors, px)
            if moving and mark is not None:
                primitives.paint(
                    painter, mark.moving(scene.phase or 0.0), colors, _arrow_width(art, px)
                )
            painter.restore()
            if layer is not Layer.MOVING and hand is layout.hands[-1]:
                labels = lit_zones.label_items(art, scene, hand.transform)
                avoid = lit_zones.fingertip_rects(art, hand.transform)
                overlay.paint_labels(painter, labels, hand.rect, layout.labels, colors, avoid)
        if layout.caption is not None and layer is not Layer.MOVING:
            paint_caption(painter, layout, scene, colors)
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

    def _layout(self, scene: DiagramScene, target: QRectF, dpi: float = 96.0) -> DiagramLayout:
        return diagram_layout.lay_out(self.art(scene.view), scene, target, dpi)


_SHARED: HandDiagramRenderer | None = None


def _dpi(painter: QPainter) -> float:
    device = painter.device()
    return float(device.logicalDpiY()) if device is not None else 96.0


def _arrow_width(art: ArtView, px: float) -> float:
    """The width of a mark's lines in art units: 2 mm of hand, at least 2.6 target units."""
    return max(2.0 * art.mm, 3.0 * px)


def shared_renderer() -> HandDiagramRenderer:
    """The one renderer the window and the sheet share (art loaded once)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = HandDiagramRenderer()
    return _SHARED
