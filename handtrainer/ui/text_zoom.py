"""Larger or smaller text in every view of a window, remembered between runs.

Every page sizes its type relative to the window's font, so one font change grows
or shrinks them all (and the dialogs opened from the window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from handtrainer.ui.preferences import WindowStateStore

STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
"""The text sizes offered, as factors of the system's."""

_KEY = "text-zoom"


class TextZoom:
    """The text size of ``widget`` (a window), kept in ``window_state``."""

    def __init__(self, widget: QWidget, window_state: WindowStateStore) -> None:
        self._widget = widget
        self._state = window_state
        self._index = STEPS.index(1.0)
        self._base_point_size = 0.0

    def factor(self) -> float:
        """The text size now, as a factor of the system's."""
        return STEPS[self._index]

    def step(self, direction: int) -> None:
        """Larger (+1), smaller (-1) or normal (0) text; remembered."""
        if direction == 0:
            self._index = STEPS.index(1.0)
        else:
            self._index = max(0, min(len(STEPS) - 1, self._index + direction))
        self._apply()
        self._state.save_state(_KEY, QByteArray(str(self.factor()).encode()))

    def restore(self) -> None:
        """Take the size saved last time (a damaged value is the normal size)."""
        saved = self._state.state(_KEY)
        try:
            factor = float(bytes(saved.data()).decode()) if saved is not None else 1.0
        except ValueError:
            factor = 1.0
        self._index = min(range(len(STEPS)), key=lambda i: abs(STEPS[i] - factor))
        if self.factor() != 1.0:
            self._apply()

    def _apply(self) -> None:
        font = self._widget.font()
        if not self._base_point_size:
            self._base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(self._base_point_size * self.factor())
        self._widget.setFont(font)
