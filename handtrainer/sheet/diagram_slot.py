"""The small hand diagram beside each step, drawn by the window's own renderer.

The sheet shows what the screen showed: the same ``DiagramScene`` (view, hand,
highlighted zones, motion arrow, points) painted with the print colours. On a
PDF or a printer the renderer draws vectors (it caches pictures only for the screen).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from handtrainer.core.model import Side, Step
from handtrainer.diagram.renderer import DiagramColors, DiagramScene, shared_renderer


def step_scene(step: Step, side: Side, *, labels: bool, partner: bool = False) -> DiagramScene:
    """The diagram of a step as a still picture, with its technique's mark."""
    return replace(DiagramScene.for_step(step, side, partner=partner), labels=labels)


def diagram_aspect(step: Step, side: Side) -> float:
    """Width / height of the step's diagram (two hands are twice as wide as one)."""
    return shared_renderer().aspect_ratio(step_scene(step, side, labels=False))


def paint_step_diagram(
    painter: QPainter,
    rect: QRectF,
    step: Step,
    side: Side,
    *,
    labels: bool,
    partner: bool = False,
) -> None:
    """Paint the step's diagram into ``rect`` (vector, never rasterised)."""
    painter.save()
    try:
        scene = step_scene(step, side, labels=labels, partner=partner)
        colors = DiagramColors.for_print()
        shared_renderer().paint(painter, rect, scene, colors, art_image=True)
    finally:
        painter.restore()
