"""Small diagrams of steps for lists, drawn once per look and kept (a few hundred at most)."""

from __future__ import annotations

import functools
from collections import OrderedDict

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from handtrainer.core.model import Side, Step
from handtrainer.core.zones import ZONES

_CACHE_LIMIT = 400


class StepThumbnails:
    """Small diagrams of steps, by what they show (view, hand, zones, path, size)."""

    def __init__(self) -> None:
        self._cache: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()

    def get(self, step: Step, size: QSize) -> QPixmap:
        """The step's diagram at ``size`` (zones not on its view are left out)."""
        from handtrainer.diagram.colors import DiagramColors
        from handtrainer.diagram.renderer import DiagramScene, shared_renderer

        side = Side.LEFT if step.hand.value == "left" else Side.RIGHT
        shown = [z for z in step.zones if z in ZONES and step.view in ZONES[z].views]
        path = [z for z in step.path if z in ZONES and step.view in ZONES[z].views]
        key = (step.view, side, tuple(shown), tuple(path), size.width(), size.height())
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        try:
            # Too small for name tags: a point's tag ("Palm centre") would spill out.
            scene = DiagramScene(
                view=step.view,
                side=side,
                zones=key[2],
                path=key[3],
                side_label=False,
                point_labels=False,
            )
            shared_renderer().paint(painter, QRectF(image.rect()), scene, DiagramColors.light())
        finally:
            painter.end()
        pixmap = QPixmap.fromImage(image)
        self._cache[key] = pixmap
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.popitem(last=False)
        return pixmap


@functools.cache
def shared_thumbnails() -> StepThumbnails:
    """The one cache the step list and the step library share."""
    return StepThumbnails()
