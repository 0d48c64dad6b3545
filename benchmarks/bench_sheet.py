"""How long writing a routine sheet takes: a generated twenty-step routine to PDF.

Run: ``python benchmarks/bench_sheet.py``. Prints the best of five runs after a
warm-up, next to a baseline measured in the same run (a QPdfWriter writing one
page of plain text), and the ratio. The goal is under a second.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter

from handtrainer.core.model import Hand, Pressure, Routine, Step, Technique, View
from handtrainer.sheet.layout import RoutineSheet

INSTRUCTION = (
    "Rest the hand palm up. With the pad of your other thumb, press into the highlighted area "
    "and make small slow circles, letting the pressure sink in and ease off. Keep breathing "
    "slowly; if anything hurts, lighten the pressure or skip the step."
)
ZONES = (
    ("palm.center",),
    ("thumb", "palm.thenar"),
    ("back.hand",),
    ("index", "middle"),
    ("wrist.inner", "point.pc6"),
    ("palm.heel",),
)


def twenty_step_routine(count: int = 20) -> Routine:
    """A routine with every kind of step, long instructions every other step."""
    steps = []
    for i in range(count):
        zones = ZONES[i % len(ZONES)]
        steps.append(
            Step(
                f"Step {i + 1}",
                INSTRUCTION if i % 2 else "Stroke slowly along the highlighted area.",
                list(Technique)[i % len(Technique)],
                hand=list(Hand)[i % 4],
                view=View.BACK if zones == ("back.hand",) else View.PALM,
                zones=zones,
                path=zones[:1],
                duration=30,
                pressure=list(Pressure)[i % 3],
            )
        )
    return Routine(
        id="bench",
        title="Benchmark routine",
        summary="Twenty generated steps.",
        steps=tuple(steps),
        cautions=("A caution.",),
    )


def best_of(runs: int, action: Callable[[], None]) -> float:
    """The fastest of ``runs`` timed calls, after one untimed warm-up."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def plain_page(path: Path) -> None:
    """The baseline: one page of text through QPdfWriter."""
    writer = QPdfWriter(str(path))
    writer.setResolution(1200)
    painter = QPainter(writer)
    for line in range(40):
        painter.drawText(0, 300 * (line + 1), f"Line {line} of plain text on one page.")
    painter.end()


def main() -> int:
    """Time the sheet and the baseline; print both and their ratio."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    routine = twenty_step_routine()
    with tempfile.TemporaryDirectory() as folder:
        sheet_path = Path(folder) / "sheet.pdf"
        sheet = RoutineSheet(routine)
        sheet_time = best_of(5, lambda: sheet.to_pdf(sheet_path))
        base_time = best_of(5, lambda: plain_page(Path(folder) / "plain.pdf"))
        pages = sheet.last_layout.page_count if sheet.last_layout else 0
        size = sheet_path.stat().st_size
    print(f"baseline: one page of plain text  {base_time * 1000:8.1f} ms")
    print(f"sheet: 20 steps, {pages} pages, {size // 1024} KiB {sheet_time * 1000:8.1f} ms")
    print(f"ratio sheet / baseline            {sheet_time / base_time:8.1f}x")
    del app
    return 0 if sheet_time < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
