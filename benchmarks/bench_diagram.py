"""How long one 800x800 frame of the hand diagram takes, and what the animation costs.

Paints N frames with highlights, a point marker and the animated motion arrow into an
800x800 QImage, as the window does while practice runs. Baseline in the same run:
painting the bare palm SVG with QSvgRenderer into the same image.

With --cpu: the CPU share of one core taken by a shown 480x800 diagram window whose
technique mark is animating, against the same window with reduced motion (median of
--runs runs of --seconds each, both printed, and their ratio). Target: at most 5 %.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_diagram.py [--frames N] [--cpu]
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
from handtrainer.core.model import Rotation, Side, Technique, View
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


CPU_SCENES = {
    "circle, palm centre, clockwise": DiagramScene(
        zones=("palm.center",), technique=Technique.CIRCLE, rotation=Rotation.CLOCKWISE
    ),
    "press, LI4 (back)": DiagramScene(
        view=View.BACK, zones=("point.li4",), technique=Technique.PRESS
    ),
    "stroke, back of the thumb": DiagramScene(
        view=View.BACK,
        zones=("back.thumb-base",),
        path=("line.thumb-spine",),
        technique=Technique.STROKE,
    ),
    "clench (fingers curl)": DiagramScene(technique=Technique.CLENCH),
}


def cpu_share(scene: DiagramScene, reduced: bool, seconds: float) -> float:
    """Percent of one core used by a shown, animating diagram window over ``seconds``."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from handtrainer.ui.practice.diagram_widget import HandDiagram

    app = QApplication.instance()
    widget = HandDiagram()
    widget.resize(480, 800)
    widget.set_scene(scene)
    widget.set_reduced_motion(reduced)
    widget.show()
    widget.set_animating(True)
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)  # settle: first paint, caches filled
    loop.exec()
    start_cpu, start_wall = time.process_time(), time.perf_counter()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    used = time.process_time() - start_cpu
    wall = time.perf_counter() - start_wall
    widget.set_animating(False)
    widget.close()
    widget.deleteLater()
    assert app is not None
    app.processEvents()
    return 100.0 * used / wall


def cpu_main(runs: int, seconds: float) -> int:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    worst = 0.0
    for name, scene in CPU_SCENES.items():
        animated = statistics.median(cpu_share(scene, False, seconds) for _ in range(runs))
        still = statistics.median(cpu_share(scene, True, seconds) for _ in range(runs))
        ratio = animated / still if still > 0 else float("inf")
        worst = max(worst, animated)
        print(
            f"{name:<32} animated {animated:5.2f} % of a core, reduced motion {still:5.2f} %, "
            f"ratio {ratio:5.1f}x  (median of {runs} x {seconds:g} s)"
        )
    return 0 if worst <= 5.0 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--cpu", action="store_true", help="measure the animated window's CPU")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()
    if args.cpu:
        return cpu_main(max(5, args.runs), args.seconds)
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

            renderer.paint(painter, target, replace(scene, phase=t), colors)

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
