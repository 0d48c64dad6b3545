"""Fonts relative to the system font, so the window scales with the user's settings."""

from __future__ import annotations

from PySide6.QtGui import QFont


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` grown by ``factor`` (relative, so it follows the system font)."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font
