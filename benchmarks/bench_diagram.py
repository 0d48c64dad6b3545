"""How long one 800x800 frame of the hand diagram takes (target: under 4 ms on average).

Paints N frames with highlights, a point marker and the animated motion arrow into an
800x800 QImage, as the window does while practice runs. Baseline in the same run:
painting the bare palm SVG with QSvgRenderer into the same image.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_diagram.py [--frames N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

import handtrainer  # noqa: F401  (keeps None alive under PySide6 6.12 on Python 3.11)
from handtrainer.core.model import Side, View
from handtrainer.core.resources import assets_dir
from handtrainer.diagram.renderer import DiagramColors, DiagramScene, HandDiagramRenderer

SIZE = 800


def _time(frames: int, paint: object) -> list[float]:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for i in range(frames):
        image.fill(QColor("#fbfaf8"))
        start = time.perf_counter()
        painter = QPainter(image)
        paint(painter, i / frames)  # type: ignore[operator]
        painter.end()
        times.append((time.perf_counter() - start) * 1000.0)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=300)
    args = parser.parse_args()
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = HandDiagramRenderer()
    colors = DiagramColors.light()
    target = QRectF(0, 0, SIZE, SIZE)
    scenes = {
        "palm, thenar + PC8, arrow": DiagramScene(
            view=View.PALM, zones=("palm.thenar", "point.palm-center"), path=("line.palm-diagonal",)
        ),
        "back, LI4 + thumb base, arrow, left": DiagramScene(
            view=View.BACK,
            side=Side.LEFT,
            zones=("back.thumb-base", "point.li4"),
            path=("line.thumb-spine",),
        ),
        "palm, both hands, fingers, arrow": DiagramScene(
            view=View.PALM,
            side=Side.BOTH,
            zones=("index", "middle"),
            path=("index.base", "index.tip"),
        ),
    }
    svg = QSvgRenderer(str(assets_dir() / "hand" / "right-palm.svg"))

    def bare(painter: QPainter, _t: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        svg.render(painter, target)

    _time(10, bare)
    baseline = statistics.mean(_time(args.frames, bare))
    print(f"baseline: QSvgRenderer, bare palm SVG        {baseline:7.3f} ms/frame")
    for name, scene in scenes.items():

        def frame(painter: QPainter, t: float, scene: DiagramScene = scene) -> None:
            from dataclasses import replace

            renderer.paint(painter, target, replace(scene, pulse=t, arrow_progress=t), colors)

        _time(5, frame)  # warm the static-art cache, as a running window would have
        times = _time(args.frames, frame)
        mean = statistics.mean(times)
        p95 = sorted(times)[int(len(times) * 0.95)]
        print(
            f"diagram: {name:<36} {mean:7.3f} ms/frame (p95 {p95:.3f}), "
            f"{mean / baseline:.2f}x baseline"
        )
    first = HandDiagramRenderer()
    start = time.perf_counter()
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    first.paint(painter, target, next(iter(scenes.values())), colors)
    painter.end()
    print(
        f"first frame (loading the art, no cache):     "
        f"{(time.perf_counter() - start) * 1000:7.3f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
