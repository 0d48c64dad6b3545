"""What a technique mark is: still primitives, and the moving ones at a phase of the beat."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF

from handtrainer.diagram.primitives import Line, Primitive, bounds

# The digits that curl in a clench, from the little-finger side (zone ids of the map).
CURLING = ("little", "ring", "middle", "index")


@dataclass
class Mark:
    """A technique's mark: its kind (for tests and descriptions), the still primitives,
    and the moving ones at a phase 0..1 of the beat."""

    kind: str
    still: list[Primitive]
    moving: Callable[[float], list[Primitive]] = lambda _t: []
    curl: Callable[[float], float] | None = None  # clench: how far the fingers curl
    still_curl: float = 0.0
    base: list[Primitive] | None = None  # what stays still under the motion (default: still)
    _bounds: dict[float, QRectF] = field(default_factory=dict)

    def moving_bounds(self, width: float) -> QRectF:
        """Where the moving primitives can be, over a whole beat (art units)."""
        key = round(width, 1)
        if key not in self._bounds:
            rect = QRectF()
            for k in range(16):
                rect = rect.united(bounds(self.moving(k / 16), width))
            self._bounds[key] = rect
        return self._bounds[key]

    def under_motion(self) -> list[Primitive]:
        """The still primitives drawn beneath the moving ones while animating."""
        return self.still if self.base is None else self.base

    def lines(self) -> list[Line]:
        """Every line of the mark, still and moving, for checks of the arrowheads."""
        prims = [*self.still, *self.moving(0.3)]
        return [p for p in prims if isinstance(p, Line)]
