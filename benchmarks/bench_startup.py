"""Start-up: the routine list on screen, against a bare PySide6 window, side by side.

Whole processes, launched in turn (trainer voice on, trainer voice off,
``handtrainer desk-reset``, bare window, again ...), medians of ``--runs``:

* ``python -m handtrainer``: launch to the routine list painted with routines in it
  (``routines-listed``), and to the first paint of the window;
* ``python -m handtrainer desk-reset``: launch to the practice page painted;
* baseline: a bare PySide6 script showing a QSplitter with a QListWidget of 20
  rows, launch to the list's first paint (reported from the list's own paintEvent,
  as the trainer reports its list: no ``viewport()`` wrapping in either);
* two reference windows, not goals: the floor (the bare window importing the Qt
  namespace and the style classes, whose Python enums PySide6 builds on first
  touch) and the same shape (the trainer's first frame, menus, filters, a drawn
  list and a detail pane, written as a page of plain PySide6).

Each moment is given as wall-clock time and as the processor time the process had
used by then (steadier on a busy machine). The package's bytecode is cached, as
after an install (the warm-up run writes it).

Memory: resident memory a second after start-up (picker idle, cue players made),
and the peak, of each process. User folders point at an empty temporary place.

    python benchmarks/bench_startup.py [--runs 5] [--display xvfb|offscreen]

Goals (issue 19): list and practice page within 1.3x the bare window; idle
resident memory at most 96 MB (Workrave's, measured on the issue's machine).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _support import (
    BARE_WINDOW,
    SAME_SHAPE_WINDOW,
    cpu_median,
    display,
    environment,
    event_median,
    interleaved,
    peak_median_mb,
    python,
    ratio_line,
    said_median_mb,
)

GOAL = 1.3
FLOOR_IMPORTS = (
    "from PySide6.QtCore import Qt\n"
    "from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem\n"
)
IDLE_GOAL_MB = 96.0
# Reference windows, not goals: printed beside the bare window as a ratio of it.
REFERENCES = (
    ("floor", "the same, importing Qt and QStyle (floor)"),
    ("shape", "a window of the same shape, plain PySide6"),
)
SETTLE_MS = 1000


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--display", choices=("xvfb", "offscreen"), default="xvfb")
    args = parser.parse_args(argv)
    with (
        tempfile.TemporaryDirectory(prefix="handtrainer-bench-") as folder,
        display(args.display) as platform,
    ):
        home = Path(folder)
        bare = home / "bare_window.py"
        bare.write_text(BARE_WINDOW, encoding="utf-8")
        # The floor: the same bare window, but touching what any list with a drawn row
        # touches (the Qt namespace and the style classes). PySide6 makes each class's
        # Python enums when it is first imported, and these are the costly ones.
        floor = home / "floor_window.py"
        floor.write_text(FLOOR_IMPORTS + BARE_WINDOW, encoding="utf-8")
        # The shape: the trainer's first frame (menus, filters, a drawn list, a detail
        # pane) written as a page of plain PySide6: what the window's parts cost alone.
        shape = home / "same_shape_window.py"
        shape.write_text(SAME_SHAPE_WINDOW, encoding="utf-8")
        voice_on = environment(home / "on", platform=platform, voice=True)
        voice_off = environment(home / "off", platform=platform, voice=False)
        for env in (voice_on, voice_off):
            env["HANDTRAINER_BENCH_SETTLE_MS"] = str(SETTLE_MS)
        trainer = [python(), "-m", "handtrainer"]
        results = interleaved(
            {
                "voice on": (trainer, voice_on),
                "voice off": (trainer, voice_off),
                "desk-reset": ([*trainer, "desk-reset"], voice_on),
                "bare": ([python(), str(bare), str(SETTLE_MS)], voice_on),
                "floor": ([python(), str(floor), str(SETTLE_MS)], voice_on),
                "shape": ([python(), str(shape), str(SETTLE_MS)], voice_on),
            },
            args.runs,
        )
    print(f"start-up, {args.runs} runs each, interleaved, medians, {args.display}")
    lines = [
        ("routine list on screen, voice on", results["voice on"], "routines-listed"),
        ("routine list on screen, voice off", results["voice off"], "routines-listed"),
        ("first paint of the window, voice on", results["voice on"], "first-paint"),
        ("handtrainer desk-reset: practice page", results["desk-reset"], "practice-shown"),
    ]
    worst = 0.0
    # Wall clock, then processor time to the same moments: on a shared machine the wall
    # clock also counts the time other programs had the processor; processor time does not.
    for heading, median in (
        (None, event_median),
        ("processor time used by then, medians (steadier when the machine is busy):", cpu_median),
    ):
        if heading:
            print(heading)
        base = median(results["bare"], "first-paint")
        print(f"{'bare PySide6 splitter + list':<44} {base * 1000:9.1f} ms to its list")
        for name, label in REFERENCES:
            figure = median(results[name], "first-paint")
            print(f"{label:<44} {figure * 1000:9.1f} ms  = {figure / base:4.2f}x bare")
        for name, runs, event in lines:
            figure = median(runs, event)
            print(ratio_line(name, figure, base, GOAL))
            if median is event_median:
                worst = max(worst, figure / base)
    print("memory, medians (resident 1 s after start-up; peak):")
    bare_idle = said_median_mb(results["bare"])
    for name in ("voice on", "voice off", "desk-reset", "bare", *(n for n, _ in REFERENCES)):
        idle = said_median_mb(results[name])
        peak = peak_median_mb(results[name])
        baseline = name == "bare" or name in dict(REFERENCES)
        verdict = "" if baseline else ("  meets" if idle <= IDLE_GOAL_MB else "  MISSES")
        print(
            f"  {name:<12} idle {idle:6.1f} MB ({idle / bare_idle:4.2f}x bare)   "
            f"peak {peak:6.1f} MB{verdict}" + ("" if baseline else f" the {IDLE_GOAL_MB:g} MB goal")
        )
    return 0 if worst <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
