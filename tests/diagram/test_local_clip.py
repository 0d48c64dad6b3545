"""The outline as a local clip: the same as the whole outline wherever a highlight paints."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import QApplication

from handtrainer.core.model import View
from handtrainer.core.zones import ZoneKind
from handtrainer.diagram.local_clip import local_clip
from handtrainer.diagram.renderer import HandDiagramRenderer

SCALE = 2.0  # pixels per art unit: finer than any page shows the hand


def _filled(path: QPainterPath, size: QRectF) -> QImage:
    image = QImage(
        int(size.width() * SCALE), int(size.height() * SCALE), QImage.Format.Format_RGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(QTransform.fromScale(SCALE, SCALE))
    painter.fillPath(path, Qt.GlobalColor.black)
    painter.end()
    return image


@pytest.mark.parametrize("view", [View.PALM, View.BACK, View.SOLE])
def test_within_the_lit_area_the_clip_is_the_outline(qapp: QApplication, view: View) -> None:
    art = HandDiagramRenderer().art(view)
    outline = art.silhouette
    whole = _filled(outline, art.rect)
    margin = 10 * art.mm
    zones = [z for z in art.zones.values() if z.kind is not ZoneKind.POINT]
    pairs = [[a, b] for a, b in zip(zones, zones[3:], strict=False)][:6]
    shorter = 0
    for lit in [[z] for z in zones] + pairs:
        painted = QRectF()
        for zone in lit:
            painted = painted.united(zone.path.boundingRect())
        clip = local_clip(outline, painted, margin)
        # The same box as the outline: viewers lay a hatch's tiles from it.
        assert clip.boundingRect() == outline.boundingRect()
        shorter += clip.elementCount() < outline.elementCount() * 0.7
        # Pixel for pixel the same across the lit rows and a little above and below.
        seen = QRectF(0, painted.top() - margin / 2, art.width, painted.height() + margin)
        seen = seen.intersected(art.rect)
        box = QTransform.fromScale(SCALE, SCALE).mapRect(seen).toAlignedRect()
        assert _filled(clip, art.rect).copy(box) == whole.copy(box), [z.id for z in lit]
    assert shorter > len(zones) // 3  # many highlights need only a part of the outline


def test_a_path_it_does_not_know_is_kept_whole(qapp: QApplication) -> None:
    two = QPainterPath()
    two.addRect(0, 0, 10, 10)
    two.addRect(20, 0, 10, 10)
    assert local_clip(two, QRectF(1, 1, 2, 2), 1.0) is two


def test_a_clip_is_only_reused_for_the_art_it_was_made_for(qapp: QApplication) -> None:
    from dataclasses import replace

    from handtrainer.diagram import lit_zones

    art = HandDiagramRenderer().art(View.PALM)
    lit = [art.zones["palm.thenar"]]
    first = lit_zones._paper_clip(art, lit, 0.1)
    assert lit_zones._paper_clip(art, lit, 0.1) is first  # made once
    # Another art under the same id (as once the first is gone): its own clip.
    square = QPainterPath()
    square.addRect(art.rect)
    other = replace(art, silhouette=square)
    key = next(k for k, (a, _) in lit_zones._CLIPS.items() if a is art)
    lit_zones._CLIPS[(id(other), *key[1:])] = lit_zones._CLIPS[key]
    assert lit_zones._paper_clip(other, lit, 0.1).boundingRect() == art.rect  # its square
