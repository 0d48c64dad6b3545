"""Routine file texts shared by the core tests."""

from __future__ import annotations

from pathlib import Path

VALID = """\
handtrainer: 1
title: Desk reset
summary: Two minutes to warm and loosen both hands.
tags: [desk, quick]
cautions:
  - Skip any area with a wound.
steps:
  - title: Rub the palms together
    instruction: Rub your palms briskly until they feel warm.
    hand: both
    zones: [palm.center, palm.thenar]
    path: [palm.heel, palm.pads]
    technique: rub
    pressure: light
    duration: 30s
  - title: Make a fist, then spread the fingers
    instruction: Clench, then open wide.
    technique: clench
    repeat: 10
    pace: 2s
    rest: 5s
"""


def routine_text(
    routine_id: str | None = None, title: str = "A routine", steps: str | None = None
) -> str:
    """A small valid routine, optionally with an id, a title and other steps."""
    head = "handtrainer: 1\n" + (f"id: {routine_id}\n" if routine_id else "")
    body = steps or (
        "  - title: Press\n    instruction: Press the centre.\n"
        "    technique: press\n    zones: [palm.center]\n    duration: 20s\n"
    )
    return f"{head}title: {title}\nsummary: A summary.\nsteps:\n{body}"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    """Write a file (creating folders) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
