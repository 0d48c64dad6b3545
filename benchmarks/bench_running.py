"""A long routine running in the real window: does resident memory stay flat?

Builds the window as ``handtrainer`` does (real clock, real timers, sound and
voice players, under Xvfb or offscreen), opens a routine (by default the 36-minute
``jin-shin-jyutsu-finger-holds``), acknowledges its cautions and starts it, then
samples resident memory and the number of Python objects every ``--every``
seconds of real time. It prints the samples, the growth after the first minute
(the warm-up: fonts, glyph caches, the diagram's cached art) and the rate.

    python benchmarks/bench_running.py [--minutes 36] [--every 30] [--display xvfb]
                                       [--routine ID] [--voice on|off]

Goal (issue 19): memory flat over the whole run (within a few MB).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _support import display, environment

FLAT_GOAL_MB = 3.0


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(argv: list[str] | None = None) -> int:
    """Run the routine and sample memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=36.0)
    parser.add_argument("--every", type=float, default=30.0)
    parser.add_argument("--routine", default="jin-shin-jyutsu-finger-holds")
    parser.add_argument("--voice", choices=("on", "off"), default="on")
    parser.add_argument("--display", choices=("xvfb", "offscreen"), default="xvfb")
    parser.add_argument("--sounds", choices=("on", "off"), default="on")
    parser.add_argument("--motion", choices=("on", "off"), default="on", help="off: reduced motion")
    parser.add_argument(
        "--pixmap-cache-kb", type=int, default=0, help="a smaller QPixmapCache, to see its share"
    )
    args = parser.parse_args(argv)
    with (
        tempfile.TemporaryDirectory(prefix="handtrainer-bench-") as folder,
        display(args.display) as platform,
    ):
        env = environment(Path(folder), platform=platform, voice=args.voice == "on")
        env.pop("HANDTRAINER_EXIT_AFTER_FIRST_PAINT", None)
        os.environ.update(env)

        from PySide6.QtCore import QCoreApplication, QEventLoop
        from PySide6.QtWidgets import QApplication

        from handtrainer import app as trainer

        app = QApplication.instance() or QApplication([])
        QCoreApplication.setApplicationName("Hand Trainer")
        if args.pixmap_cache_kb:
            from PySide6.QtGui import QPixmapCache

            QPixmapCache.setCacheLimit(args.pixmap_cache_kb)
        with open(Path(env["XDG_CONFIG_HOME"], "handtrainer", "preferences.ini"), "a") as ini:
            if args.sounds == "off":
                ini.write("sounds_enabled=false\n")
            if args.motion == "off":
                ini.write("reduced_motion=true\n")
        window = trainer.build_window()
        window.resize(1200, 760)
        window.show()
        app.processEvents()
        asked = argparse.Namespace(routines=[], routine=None)
        trainer.load_library(window, asked)
        window.library.wait()
        app.processEvents()
        trainer.after_first_paint(window, asked)  # the sound and voice players
        app.processEvents()
        routine = window.library.get(args.routine)
        if routine is None:
            raise SystemExit(f"no routine {args.routine}")
        window.acknowledgements.acknowledge(routine)
        window.open_routine(routine)
        assert window.start_routine()
        print(
            f"running '{routine.id}' in the real window ({platform}, voice {args.voice}) "
            f"sounds {args.sounds}, for {args.minutes:g} min, sampling every {args.every:g} s"
        )
        samples: list[tuple[float, float, int]] = []
        started = time.monotonic()
        end = started + args.minutes * 60
        next_sample = started
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.002)
            now = time.monotonic()
            if now >= next_sample:
                samples.append((now - started, _rss_mb(), len(gc.get_objects())))
                t, rss, objects = samples[-1]
                print(
                    f"  {t / 60:6.2f} min  resident {rss:7.1f} MB  {objects:8d} objects",
                    flush=True,
                )
                next_sample += args.every
        window.close()  # stops the session and the sound and speech helpers
        for _ in range(20):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    warm = [s for s in samples if s[0] >= 60.0] or samples
    first, last = warm[0], warm[-1]
    growth = last[1] - first[1]
    span = max(last[0] - first[0], 1e-9)
    verdict = "meets" if growth <= FLAT_GOAL_MB else "MISSES"
    print(
        f"after the first minute: {growth:+.1f} MB over {span / 60:.1f} min "
        f"({growth * 1024 / span:+.2f} KB/s), {last[2] - first[2]:+d} Python objects; "
        f"{verdict} the {FLAT_GOAL_MB:g} MB goal"
    )
    return 0 if growth <= FLAT_GOAL_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
