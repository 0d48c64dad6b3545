"""``handtrainer validate`` of a big folder: time and memory against the C parser.

Generates valid routine files (20 steps each) in a temporary folder, then runs,
in turn, as whole processes (start-up included), medians of ``--runs``:

* ``python -m handtrainer validate DIR``;
* baseline: PyYAML's C parser composing the same files into nodes
  (``yaml.compose(..., Loader=yaml.CSafeLoader)``), one at a time, and nothing else.

Peak resident memory of each (``wait4``) is shown beside the time.

    python benchmarks/bench_validate.py [--files 1000 10000] [--runs 5]

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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _support import ratio_line

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
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(
        f"validate against the C parser composing the same files, whole processes, "
        f"{args.runs} runs each, interleaved, medians"
    )
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="handtrainer-bench-") as tmp:
        for count in args.files:
            folder = Path(tmp, f"corpus-{count}")
            make_corpus(folder, count)
            env = dict(os.environ)
            validate = [sys.executable, "-m", "handtrainer", "validate", str(folder)]
            baseline = [sys.executable, "-c", _BASELINE, str(folder)]
            results = {"validate": [], "compose": []}
            for command in (validate, baseline):
                _timed(command, env)  # warm the disk cache alike
            for _ in range(args.runs):
                results["validate"].append(_timed(validate, env))
                results["compose"].append(_timed(baseline, env))
            ours = statistics.median(t for t, _ in results["validate"])
            theirs = statistics.median(t for t, _ in results["compose"])
            worst = max(worst, ours / theirs)
            print(ratio_line(f"{count:,} files: time", ours, theirs, TIME_GOAL))
            ours_mb = statistics.median(m for _, m in results["validate"]) / 1024
            theirs_mb = statistics.median(m for _, m in results["compose"]) / 1024
            print(
                f"  {'':<42} peak memory {ours_mb:6.1f} MB vs {theirs_mb:6.1f} MB "
                f"({ours_mb / theirs_mb:.2f}x); {1000 * ours / count:.3f} ms a file"
            )
    return 0 if worst <= TIME_GOAL else 1


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak resident KB of one run (``wait4``); fails loudly on a crash."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise SystemExit(f"{' '.join(command[:4])} failed ({code}):\n{error[-2000:]}")
    return elapsed, int(usage.ru_maxrss)


if __name__ == "__main__":
    raise SystemExit(main())
