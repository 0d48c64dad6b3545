"""The small hand diagram beside each step, drawn by the window's own renderer.

The sheet shows what the screen showed: the same ``DiagramScene`` (view, hand,
highlighted zones, motion arrow, points) painted with the print colours. On a
PDF or a printer the renderer draws vectors (it caches pictures only for the screen).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from handtrainer.core.model import Side, Step
from handtrainer.diagram.renderer import DiagramColors, DiagramScene, shared_renderer


def step_scene(step: Step, side: Side, *, labels: bool) -> DiagramScene:
    """The diagram of a step as still picture: no pulse, a whole arrow."""
    return DiagramScene(
        view=step.view,
        side=side,
        zones=tuple(step.zones),
        path=tuple(step.path),
        labels=labels,
        side_label=True,
    )


def diagram_aspect(step: Step, side: Side) -> float:
    """Width / height of the step's diagram (two hands are twice as wide as one)."""
    return shared_renderer().aspect_ratio(step_scene(step, side, labels=False))


def paint_step_diagram(
    painter: QPainter, rect: QRectF, step: Step, side: Side, *, labels: bool
) -> None:
    """Paint the step's diagram into ``rect`` (vector, never rasterised)."""
    painter.save()
    try:
        shared_renderer().paint(
            painter, rect, step_scene(step, side, labels=labels), DiagramColors.for_print()
        )
    finally:
        painter.restore()
