"""The small hand diagram beside each step, drawn by the window's own renderer.

The sheet shows what the screen showed: the same ``DiagramScene`` (view, hand,
highlighted zones, motion arrow, points) painted with the print colours. On a
PDF or a printer the renderer draws vectors (it caches pictures only for the screen).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from handtrainer.core.model import Side, Step, View
from handtrainer.diagram.renderer import DiagramColors, DiagramScene, shared_renderer


def step_scene(step: Step, side: Side, *, labels: bool, partner: bool = False) -> DiagramScene:
    """The diagram of a step as a still picture, with its technique's mark."""
    return replace(DiagramScene.for_step(step, side, partner=partner), labels=labels)


def diagram_aspect(step: Step, side: Side) -> float:
    """Width / height of the step's diagram (two hands are twice as wide as one)."""
    # Asked for every size a card is tried at; it depends only on the view and the hands.
    renderer = shared_renderer()
    key = (renderer, step.view, side)
    aspect = _ASPECTS.get(key)
    if aspect is None:
        aspect = _ASPECTS[key] = renderer.aspect_ratio(step_scene(step, side, labels=False))
    return aspect


_ASPECTS: dict[tuple[object, View, Side], float] = {}


def paint_step_diagram(
    painter: QPainter,
    rect: QRectF,
    step: Step,
    side: Side,
    *,
    labels: bool,
    partner: bool = False,
    shared: bool = False,
) -> None:
    """Paint the step's diagram into ``rect``, vector; ``shared``: the still hand drawing
    as the picture the PDF stores once (worth it for a view the sheet shows twice)."""
    painter.save()
    try:
        scene = step_scene(step, side, labels=labels, partner=partner)
        colors = DiagramColors.for_print()
        shared_renderer().paint(painter, rect, scene, colors, art_image=shared)
    finally:
        painter.restore()


# A picture of the hand costs about two drawings of it in curves; every use after is free.
SHARE_FROM = 3


def shared_views(steps: Iterable[Step], sides: Iterable[Side]) -> frozenset[View]:
    """The views drawn at least ``SHARE_FROM`` times (a both-hands diagram counts twice)."""
    uses: Counter[View] = Counter()
    for step, side in zip(steps, sides, strict=True):
        uses[step.view] += 2 if side is Side.BOTH else 1
    return frozenset(view for view, count in uses.items() if count >= SHARE_FROM)
