"""Text shown with an Alt letter (``&File``), as words without it."""

from __future__ import annotations


def without_mnemonic(text: str) -> str:
    """``text`` as it reads on screen: each ``&`` marking an Alt letter dropped, ``&&`` a
    plain ``&``. For accessible names, tooltips and measuring."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
