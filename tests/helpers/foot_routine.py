"""A small routine on the foot map, for the tests of everything that follows the map."""

from __future__ import annotations

from pathlib import Path

FOOT_ROUTINE = """\
handtrainer: 1
id: foot-test
title: Foot test
summary: A short foot routine that exercises the foot map.
audience: partner
map: foot
cautions: [medical-care, stop-if-pain]
steps:
  - title: Stroke the sole
    instruction: Stroke along the sole with both thumbs, from the heel to the toes.
    hand: each
    view: sole
    technique: stroke
    zones: [foot.sole]
    path: [line.sole-heel-to-toes]
    repeat: 3
    pace: 4s
  - title: Circle the ankle bone
    instruction: Circle round the inner ankle bone with your fingertips.
    hand: each
    view: top
    technique: circle
    rotation: clockwise
    zones: [ankle.inner]
    duration: 10s
  - title: Pull the big toe
    instruction: Hold the big toe and draw it gently away from the foot.
    hand: each
    view: top
    technique: pull
    zones: [toe.big]
    repeat: 2
    pace: 3s
"""


def write_foot_routine(folder: Path) -> Path:
    """Write the foot routine into folder; returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "foot-test.yaml"
    path.write_text(FOOT_ROUTINE, encoding="utf-8")
    return path
