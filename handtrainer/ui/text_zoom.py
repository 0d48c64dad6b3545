"""Larger or smaller text in every view of a window (the ``text_size`` preference).

Every page sizes its type relative to the window's font, so one font change grows
or shrinks them all (and the dialogs opened from the window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from handtrainer.core.preferences import TEXT_SIZES

if TYPE_CHECKING:
    from handtrainer.ui.preferences import WindowStateStore

LEGACY_KEY = "text-zoom"  # where the size was kept before it became a preference


class TextZoom:
    """The text size of ``widget`` (a window)."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self._factor = 1.0
        self._base_point_size = 0.0

    def factor(self) -> float:
        """The text size now, as a factor of the system's."""
        return self._factor

    def stepped(self, direction: int) -> float:
        """The size one step larger (+1), smaller (-1), or normal (0); not yet applied."""
        if direction == 0:
            return 1.0
        nearest = min(range(len(TEXT_SIZES)), key=lambda i: abs(TEXT_SIZES[i] - self._factor))
        return TEXT_SIZES[max(0, min(len(TEXT_SIZES) - 1, nearest + direction))]

    def set_factor(self, factor: float) -> None:
        """Show every view's text at ``factor`` times the system's size."""
        if factor == self._factor:
            return
        self._factor = factor
        font = self._widget.font()
        if not self._base_point_size:
            self._base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(self._base_point_size * factor)
        self._widget.setFont(font)


def legacy_text_size(window_state: WindowStateStore) -> float | None:
    """The size an older version kept with the window state, if any (read once, then moved)."""
    saved = window_state.state(LEGACY_KEY)
    if saved is None:
        return None
    try:
        return float(bytes(saved.data()).decode())
    except ValueError:
        return None
