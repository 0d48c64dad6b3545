"""Render docs/images/foot-map.png: the foot map's two views with their main zones named.

python scripts/make_foot_picture.py [--output docs/images/foot-map.png] [--height 900]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    """Write the picture; print its path."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "images" / "foot-map.png")
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from handtrainer.core.model import Side, Technique, View
    from handtrainer.diagram.renderer import DiagramColors, DiagramScene, shared_renderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = shared_renderer()
    colors = DiagramColors.light()
    scenes = (
        DiagramScene(
            view=View.SOLE,
            side=Side.RIGHT,
            zones=("toe.big.pad", "foot.ball", "foot.arch", "foot.heel", "leg.achilles"),
            labels=True,
        ),
        DiagramScene(
            view=View.SOLE,
            side=Side.RIGHT,
            zones=("foot.sole",),
            path=("line.sole-heel-to-toes",),
            technique=Technique.STROKE,
            partner=True,
        ),
        DiagramScene(
            view=View.TOP,
            side=Side.RIGHT,
            zones=("toe.big", "foot.top", "ankle.inner", "ankle.outer"),
            labels=True,
        ),
    )
    h = args.height
    w = round(h * 0.62)
    image = QImage(w * len(scenes), h, QImage.Format.Format_ARGB32)
    image.fill(colors.background)
    painter = QPainter(image)
    for i, scene in enumerate(scenes):
        renderer.paint(painter, QRectF(i * w, 0, w, h), scene, colors)
    painter.end()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.output)):
        print(f"could not write {args.output}", file=sys.stderr)
        return 1
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
