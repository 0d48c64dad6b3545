"""Render the technique pictures of docs/images: a circle, a press, a clench and a partner
stroke, each a bundled step as the sheet draws it (light colours, still picture).

    python scripts/make_technique_images.py [--output docs/images] [--size 480x820]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# (file name, routine id, step title)
PICTURES = (
    ("technique-circle.png", "quick-cold-and-stuffy-nose", "Circle the sore spot"),
    ("technique-press.png", "nine-step-self-massage", "Press the palm centre"),
    ("technique-clench.png", "desk-reset", "Fast fist, slow opening"),
    ("technique-partner-stroke.png", "partner-five-strokes", None),
)


def main() -> int:
    """Write the pictures; print their paths."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "images")
    parser.add_argument("--size", default="480x820")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from handtrainer.core.library import load_library
    from handtrainer.core.model import Audience, Hand, Side, Technique
    from handtrainer.diagram.renderer import DiagramColors, DiagramScene, shared_renderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    width, height = (int(v) for v in args.size.split("x"))
    library = {r.id: r for r in load_library([]).routines}
    wanted = {
        "technique-press.png": Technique.PRESS,
        "technique-partner-stroke.png": Technique.STROKE,
    }
    colors = DiagramColors.light()
    args.output.mkdir(parents=True, exist_ok=True)
    for name, routine_id, title in PICTURES:
        routine = library[routine_id]
        if title is not None:
            step = next(s for s in routine.steps if s.title == title)
        else:
            step = next(s for s in routine.steps if s.technique is wanted[name])
        side = Side.BOTH if step.hand is Hand.BOTH else Side.RIGHT
        scene = DiagramScene.for_step(step, side, partner=routine.audience is Audience.PARTNER)
        w = width * (2 if side is Side.BOTH else 1)
        image = QImage(w, height, QImage.Format.Format_ARGB32)
        image.fill(colors.background)
        painter = QPainter(image)
        shared_renderer().paint(painter, QRectF(8, 8, w - 16, height - 16), scene, colors)
        painter.end()
        path = args.output / name
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
