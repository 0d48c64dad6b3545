"""The small hand diagram beside each step, drawn by the window's own renderer.

The sheet shows what the screen showed: the same ``DiagramScene`` (view, hand,
highlighted zones, motion arrow, points) painted with the print colours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from handtrainer.core.model import Side, Step


def paint_step_diagram(
    painter: QPainter, rect: QRectF, step: Step, side: Side, *, labels: bool
) -> None:
    """Paint the step's diagram into ``rect`` (vector, never rasterised)."""
    _paint_placeholder(painter, rect)


def _paint_placeholder(painter: QPainter, rect: QRectF) -> None:
    # Stand-in until the shared renderer lands; swapped for _paint_with_renderer.
    painter.save()
    painter.setPen(QPen(QColor("#555555"), max(1.0, rect.width() / 100)))
    painter.setBrush(QColor("#eeeeee"))
    painter.drawRoundedRect(rect, rect.width() / 20, rect.width() / 20)
    painter.drawLine(rect.topLeft(), rect.bottomRight())
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "diagram")
    painter.restore()


def _paint_with_renderer(
    painter: QPainter, rect: QRectF, step: Step, side: Side, *, labels: bool
) -> None:
    from handtrainer.diagram.renderer import DiagramColors, DiagramScene, shared_renderer

    scene = DiagramScene(
        view=step.view,
        side=side,
        zones=tuple(step.zones),
        path=tuple(step.path),
        labels=labels,
        side_label=True,
    )
    painter.save()
    try:
        shared_renderer().paint(painter, rect, scene, DiagramColors.for_print())
    finally:
        painter.restore()
