"""The step thumbnails of the editor's lists: the small diagram alone, nothing spilling out."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from handtrainer.core.library import load_library
from handtrainer.core.model import Side
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.renderer import DiagramScene, shared_renderer
from handtrainer.ui.editor.step_list import LIST_THUMB
from handtrainer.ui.editor.thumbnails import StepThumbnails


def _drawn(scene: DiagramScene, size: QSize) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    shared_renderer().paint(painter, QRectF(image.rect()), scene, DiagramColors.light())
    painter.end()
    return image


def test_a_pointed_step_has_no_name_tag_in_its_thumbnail(qapp: object) -> None:
    # A point's name tag ("Palm centre") is as big as the whole thumbnail: it spilled out
    # below the hand and over the row under it.
    routine = load_library([], include_user=False).get("nine-step-self-massage")
    assert routine is not None
    step = next(s for s in routine.steps if s.zones == ("point.palm-center",))
    size = LIST_THUMB
    thumbnail = StepThumbnails().get(step, size).toImage()
    scene = DiagramScene(view=step.view, side=Side.RIGHT, zones=step.zones, side_label=False)
    tagged = _drawn(scene, size)
    untagged = _drawn(replace(scene, point_labels=False), size)
    assert tagged != untagged  # a tag would be drawn at this size
    assert thumbnail.convertToFormat(untagged.format()) == untagged
