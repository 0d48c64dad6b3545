"""A long routine running in the real window: does resident memory stay flat?

Builds the window as ``handtrainer`` does (sound and voice players, under Xvfb or
offscreen), opens a routine (by default the 36-minute
``jin-shin-jyutsu-finger-holds``), acknowledges its cautions and starts it, then
samples resident memory, the C heap in use (glibc's ``mallinfo2``) and the number
of Python objects every ``--every`` seconds of routine time. It prints the
samples, the growth after the first minute (the warm-up: fonts, glyph caches, the
diagram's cached art) and the rate.

By default the routine runs on the window's injected clock and timers
(``--clock virtual``): every step, cue and animation frame happens as in real
time, without the waiting, so the whole routine takes minutes (``--speed N``
caps it at N times real time; the sound and voice helpers keep up at about 20).
``--clock real`` runs on the wall clock for ``--minutes``.

    python benchmarks/bench_running.py [--minutes 36] [--every 30] [--display xvfb]
                                       [--clock virtual|real] [--speed 0]
                                       [--routine ID] [--voice on|off]

Goal (issue 19): memory flat over the whole run (within a few MB).
"""

from __future__ import annotations

import argparse
import ctypes
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


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _heap_in_use_mb() -> float:
    """The C heap in use (glibc), apart from what the allocator keeps free."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
    except (OSError, AttributeError):
        return 0.0
    info = libc.mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20


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
    parser.add_argument("--clock", choices=("virtual", "real"), default="virtual")
    parser.add_argument(
        "--speed", type=float, default=0.0, help="virtual clock: at most N x real time (0: no cap)"
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
        from _virtual_time import VirtualTime

        virtual = VirtualTime() if args.clock == "virtual" else None
        window = (
            trainer.build_window(clock=virtual.clock, timers=virtual)
            if virtual is not None
            else trainer.build_window()
        )
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
            f"running '{routine.id}' in the real window ({platform}, voice {args.voice}, "
            f"sounds {args.sounds}, motion {args.motion}) for {args.minutes:g} min on the "
            f"{args.clock} clock, sampling every {args.every:g} s"
        )
        samples: list[tuple[float, float, float, int]] = []

        def sample(t: float) -> None:
            samples.append((t, _rss_mb(), _heap_in_use_mb(), len(gc.get_objects())))
            _t, rss, heap, objects = samples[-1]
            print(
                f"  {t / 60:6.2f} min  resident {rss:7.1f} MB  C heap {heap:7.1f} MB  "
                f"{objects:8d} objects",
                flush=True,
            )

        wall = time.monotonic()
        if virtual is not None:
            end = virtual.now + args.minutes * 60
            virtual.run_until(end, speed=args.speed, every=args.every, sample=sample)
        else:
            started = time.monotonic()
            end = started + args.minutes * 60
            next_sample = started
            while time.monotonic() < end:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                time.sleep(0.002)
                now = time.monotonic()
                if now >= next_sample:
                    sample(now - started)
                    next_sample += args.every
        wall = time.monotonic() - wall
        window.controller.unload()  # no "stop the routine?" question on closing
        window.close()  # stops the sound and speech helpers
        for _ in range(20):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    warm = [s for s in samples if s[0] >= 60.0] or samples
    first, last = warm[0], warm[-1]
    growth = last[1] - first[1]
    heap_growth = last[2] - first[2]
    span = max(last[0] - first[0], 1e-9)
    verdict = "meets" if growth <= FLAT_GOAL_MB else "MISSES"
    print(
        f"after the first minute: resident {growth:+.1f} MB over {span / 60:.1f} min of routine "
        f"({growth * 1024 / span:+.2f} KB/s), C heap {heap_growth:+.1f} MB, "
        f"{last[3] - first[3]:+d} Python objects; {verdict} the {FLAT_GOAL_MB:g} MB goal "
        f"({wall:.0f} s of real time)"
    )
    return 0 if growth <= FLAT_GOAL_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
