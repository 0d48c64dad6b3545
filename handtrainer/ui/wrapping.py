"""Text that can always wrap: very long words get break opportunities.

Qt wraps a label's text only between words, so one 4,800-character word
makes a label (and the window around it) as wide as the word. A zero-width
space every few characters of such a word lets it wrap there, and shows
nothing.
"""

from __future__ import annotations

import re

ZERO_WIDTH_SPACE = "\u200b"
_LONG_WORD = re.compile(r"\S{25,}")
_CHUNK = 12


def _split(match: re.Match[str]) -> str:
    word = match[0]
    return ZERO_WIDTH_SPACE.join(word[i : i + _CHUNK] for i in range(0, len(word), _CHUNK))


def breakable(text: str) -> str:
    """``text`` with a zero-width space every 12 characters of any word of 25 or more."""
    return _LONG_WORD.sub(_split, text) if len(text) >= 25 else text


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending in an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
