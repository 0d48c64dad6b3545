"""Start-up time: Hand Trainer's window against a bare PySide6 window, side by side.

Measures, from process launch to the first paint event of the window:

(a) ``python -m handtrainer`` with ``HANDTRAINER_EXIT_AFTER_FIRST_PAINT=1``, which
    makes the program print the time of its first paint and quit;
    The routines are read just after the first paint; the time until they are
    listed in the picker is printed too, for honesty.
(b) a bare PySide6 script showing a QSplitter with a QListWidget, doing the same.

Runs are interleaved (a, b, a, b, ...) so both see the same machine load.
Offscreen platform; user folders point at an empty temporary place.

    python benchmarks/bench_startup.py [--runs 5]

The target: (a) at most twice (b).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BARE_SCRIPT = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QSplitter

app = QApplication(sys.argv[:1])
splitter = QSplitter()
listing = QListWidget(splitter)
listing.addItems([f"Routine {n}" for n in range(20)])
QListWidget(splitter)
splitter.resize(1200, 760)


class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, report)
        return False


def report():
    print(f"first-paint {time.time():.6f}", flush=True)
    app.quit()


watcher = FirstPaint()
splitter.installEventFilter(watcher)
splitter.show()
app.exec()
"""


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.qpa.*=false",
        HANDTRAINER_EXIT_AFTER_FIRST_PAINT="1",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")])),
    )
    env.pop("HANDTRAINER_ROUTINES", None)
    return env


def time_to_first_paint(
    command: list[str], env: dict[str, str], event: str = "first-paint"
) -> float:
    """Seconds from launching ``command`` to the event it reports (``first-paint`` by default).

    Hand Trainer also reports ``routines-listed``: the library read into the picker.
    """
    start = time.time()
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    for line in result.stdout.splitlines():
        if line.startswith(event + " "):
            return float(line.split()[1]) - start
    raise RuntimeError(
        f"{command[:3]} reported no paint (exit {result.returncode}):\n{result.stderr[-2000:]}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="handtrainer-bench-") as folder:
        home = Path(folder)
        bare = home / "bare_window.py"
        bare.write_text(BARE_SCRIPT, encoding="utf-8")
        env = _environment(home)
        trainer_cmd = [sys.executable, "-m", "handtrainer"]
        bare_cmd = [sys.executable, str(bare)]
        # One untimed run of each warms the disk cache for both alike.
        time_to_first_paint(trainer_cmd, env)
        time_to_first_paint(bare_cmd, env)
        trainer: list[float] = []
        listed: list[float] = []
        baseline: list[float] = []
        for _ in range(args.runs):
            trainer.append(time_to_first_paint(trainer_cmd, env))
            listed.append(time_to_first_paint(trainer_cmd, env, "routines-listed"))
            baseline.append(time_to_first_paint(bare_cmd, env))

    def line(name: str, times: list[float]) -> str:
        return (
            f"{name:<28} best {min(times) * 1000:7.1f} ms   "
            f"median {statistics.median(times) * 1000:7.1f} ms"
        )

    print(f"launch to first paint, {args.runs} runs each, offscreen")
    print(line("handtrainer (python -m)", trainer))
    print(line("bare PySide6 splitter+list", baseline))
    print(line("handtrainer routines listed", listed) + "   (library read after the first paint)")
    best_ratio = min(trainer) / min(baseline)
    median_ratio = statistics.median(trainer) / statistics.median(baseline)
    print(f"ratio: best {best_ratio:.2f}x   median {median_ratio:.2f}x   (target: at most 2x)")
    return 0 if median_ratio <= 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
