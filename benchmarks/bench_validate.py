"""``handtrainer validate`` of a big folder: time and memory against the C parser.

Generates valid routine files (20 steps each) in a temporary folder, then runs,
in pairs, as whole processes (start-up included), medians of ``--runs`` (at least 5)
and of the pairs' ratios:

* ``python -m handtrainer validate DIR``;
* baseline: PyYAML's C parser composing the same files into nodes
  (``yaml.compose(..., Loader=yaml.CSafeLoader)``), one at a time, and nothing else.

The goal is judged on processor time pair by pair (the machine is shared: the
wall clock, shown too, also holds other people's work). Peak resident memory of
each (``wait4``) is shown beside the time, and how it grows from the smallest
folder to the largest.

    python benchmarks/bench_validate.py [--files 1000 10000] [--runs 7]

Goals (issue 19): 10,000 files in bounded memory (checked one at a time), at most
1.2x the C parser's time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

STEPS = 20
TIME_GOAL = 1.2  # issue 19: at most 1.2x the C parser's time

_TECHNIQUES = ["stroke", "rub", "knead", "press", "circle", "squeeze", "stretch", "roll"]
_PALM_ZONES = [
    "palm.center",
    "palm.thenar",
    "palm.hypothenar",
    "palm.heel",
    "thumb.tip",
    "index.base",
    "point.pc6",
    "line.palm-midline",
]
_BACK_ZONES = ["back.hand", "back.knuckles", "point.li4", "wrist.outer", "middle.tip"]

_BASELINE = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.compose(path.read_bytes(), Loader=yaml.CSafeLoader)
"""


def routine_yaml(number: int, steps: int = STEPS) -> str:
    """One valid routine file of ``steps`` steps, varied a little by ``number``."""
    lines = [
        "# yaml-language-server: $schema=../assets/routine.schema.json",
        "handtrainer: 1",
        f"id: bench-routine-{number}",
        f"title: Benchmark routine number {number}",
        "summary: A generated routine used to time the validator on a large folder.",
        "audience: self",
        "tags: [benchmark, generated]",
        "cautions:",
        "  - Skip any area with a wound, a fracture or a recent injury.",
        "steps:",
    ]
    for i in range(steps):
        back = (number + i) % 3 == 0
        zones = _BACK_ZONES if back else _PALM_ZONES
        picked = ", ".join(zones[(i + k) % len(zones)] for k in range(3))
        lines += [
            f"  - title: Step {i + 1} of the generated routine",
            "    instruction: >-",
            "      Work slowly over the area with the thumb of the other hand,",
            "      keeping the pressure comfortable and the breathing calm.",
            f"    view: {'back' if back else 'palm'}",
            f"    hand: {('each', 'both', 'left', 'right')[i % 4]}",
            f"    technique: {_TECHNIQUES[(number + i) % len(_TECHNIQUES)]}",
            f"    pressure: {('light', 'medium', 'firm')[i % 3]}",
            f"    zones: [{picked}]",
        ]
        if i % 2:
            lines += ["    repeat: 8", "    pace: 2s", "    rest: 5s"]
        else:
            lines += [f"    duration: {20 + i}s"]
    return "\n".join(lines) + "\n"


def make_corpus(folder: Path, count: int) -> None:
    """Write ``count`` routine files into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"bench-routine-{number}.yaml").write_text(routine_yaml(number), "utf-8")


def main(argv: list[str] | None = None) -> int:
    """Generate the corpus, time both commands in turn, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    print(
        f"validate against the C parser composing the same files, whole processes, "
        f"{runs} pairs each (validate, parser, validate, ...), one warm-up pair, medians"
    )
    print(
        "  the goal is judged on processor time (user + system of the process), pair by "
        "pair: on a shared machine the wall clock also counts other people's work"
    )
    worst = 0.0
    peaks: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="handtrainer-bench-") as tmp:
        for count in args.files:
            folder = Path(tmp, f"corpus-{count}")
            make_corpus(folder, count)
            env = dict(os.environ)
            validate = [sys.executable, "-m", "handtrainer", "validate", str(folder)]
            baseline = [sys.executable, "-c", _BASELINE, str(folder)]
            pairs: list[tuple[_Timing, _Timing]] = []
            _timed(validate, env), _timed(baseline, env)  # warm the disk cache alike
            for _ in range(runs):
                pairs.append((_timed(validate, env), _timed(baseline, env)))
            ours = [a for a, _ in pairs]
            theirs = [b for _, b in pairs]
            cpu_ratio = statistics.median(a.cpu / b.cpu for a, b in pairs)
            wall_ratio = statistics.median(a.wall / b.wall for a, b in pairs)
            worst = max(worst, cpu_ratio)
            verdict = "meets" if cpu_ratio <= TIME_GOAL else "MISSES"
            our_cpu = statistics.median(t.cpu for t in ours)
            their_cpu = statistics.median(t.cpu for t in theirs)
            print(
                f"{count:,} files: processor time {our_cpu:7.2f} s vs {their_cpu:7.2f} s = "
                f"{cpu_ratio:5.2f}x pair by pair (spread {_spread(pairs, 'cpu')}; "
                f"{verdict} the {TIME_GOAL:g}x goal)"
            )
            print(
                f"  wall {statistics.median(t.wall for t in ours):7.2f} s vs "
                f"{statistics.median(t.wall for t in theirs):7.2f} s = {wall_ratio:5.2f}x "
                f"(spread {_spread(pairs, 'wall')}); {1000 * our_cpu / count:.3f} ms a file"
            )
            ours_mb = statistics.median(t.peak_kb for t in ours) / 1024
            theirs_mb = statistics.median(t.peak_kb for t in theirs) / 1024
            peaks[count] = ours_mb
            ratio = ours_mb / theirs_mb
            print(f"  peak memory {ours_mb:6.1f} MB vs {theirs_mb:6.1f} MB ({ratio:.2f}x)")
    if len(peaks) > 1:
        low, high = min(peaks), max(peaks)
        grown = (peaks[high] - peaks[low]) * 1024 / (high - low)
        print(
            f"memory from {low:,} to {high:,} files: +{peaks[high] - peaks[low]:.1f} MB "
            f"({grown:.2f} KB a file: the ids kept to find duplicates; files are checked "
            "one at a time)"
        )
    return 0 if worst <= TIME_GOAL else 1


@dataclass(frozen=True)
class _Timing:
    wall: float
    cpu: float  # user + system seconds of the process
    peak_kb: int


def _spread(pairs: list[tuple[_Timing, _Timing]], figure: str) -> str:
    ratios = sorted(getattr(a, figure) / getattr(b, figure) for a, b in pairs)
    return f"{ratios[0]:.2f}-{ratios[-1]:.2f}"


def _timed(command: list[str], env: dict[str, str]) -> _Timing:
    """Wall and processor seconds and peak resident KB of one run (``wait4``)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise SystemExit(f"{' '.join(command[:4])} failed ({code}):\n{error[-2000:]}")
    return _Timing(elapsed, usage.ru_utime + usage.ru_stime, int(usage.ru_maxrss))


if __name__ == "__main__":
    raise SystemExit(main())
