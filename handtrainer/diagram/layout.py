"""Where a diagram goes on its canvas: the letterboxed drawing, the caption band, each hand.

Both hands stand side by side; the left hand is the right hand's art mirrored by its
transform. A narrow drawing (a foot) lends its caption and name tags the room beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QTransform

from handtrainer.core.model import Side
from handtrainer.diagram.art import ArtView
from handtrainer.diagram.scene import DiagramScene

CAPTION_FRACTION = 0.075  # caption band height, as a fraction of the art's height
CAPTION_MIN_PT = 7.5  # the heading's smallest type size on any device, in points
NARROW_ROOM = 0.55  # captions and labels get at least this much width per art height


@dataclass(frozen=True)
class HandPlacement:
    """One hand placed in the target: its box and the art-to-target transform."""

    side: Side
    rect: QRectF
    transform: QTransform


@dataclass(frozen=True)
class DiagramLayout:
    """A scene laid out on a target rectangle."""

    bounds: QRectF  # the letterboxed drawing, and room beside a narrow one (a foot)
    caption: QRectF | None
    hands: tuple[HandPlacement, ...]
    scale: float  # target units per art unit
    labels: QRectF  # where name tags may go: the drawing, or all the width beside a foot


def drawing_size(art: ArtView, scene: DiagramScene) -> QSizeF:
    """The whole drawing in art units: one or two hands, and the caption band above."""
    hands = 2 if scene.side is Side.BOTH else 1
    caption = art.height * CAPTION_FRACTION if scene.side_label else 0.0
    return QSizeF(art.width * hands, art.height + caption)


def aspect_ratio(art: ArtView, scene: DiagramScene) -> float:
    """Width / height of the whole drawing, caption included, with the room a narrow
    drawing asks for beside it."""
    size = drawing_size(art, scene)
    width = max(size.width(), art.height * NARROW_ROOM)
    return width / size.height()


def lay_out(art: ArtView, scene: DiagramScene, target: QRectF, dpi: float = 96.0) -> DiagramLayout:
    """Letterbox the scene into target on a device of ``dpi`` dots per inch."""
    size = drawing_size(art, scene)
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
        rect = QRectF(x0 + i * art.width * scale, y0 + cap_h, art.width * scale, art.height * scale)
        t = QTransform()
        if side is Side.LEFT:
            t.translate(rect.right(), rect.top())
            t.scale(-scale, scale)
        else:
            t.translate(rect.left(), rect.top())
            t.scale(scale, scale)
        hands.append(HandPlacement(side, rect, t))
    narrow = size.width() < art.height * NARROW_ROOM
    labels = QRectF(target.left(), y0, target.width(), h) if narrow else bounds
    return DiagramLayout(bounds, caption, tuple(hands), scale, labels)
