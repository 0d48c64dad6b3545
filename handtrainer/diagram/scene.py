"""What a diagram shows (the scene) and which layer of it to paint.

Plain values handed to the renderer by the practice page, the editor, the client screen
and the sheet; no drawing happens here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from handtrainer.core.model import Rotation, Side, Step, Technique, View

__all__ = ["DiagramScene", "Layer"]


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
