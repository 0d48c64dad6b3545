"""How fast is ``handtrainer validate DIR``, and does it grow linearly with the files?

Generates a corpus of valid routine files (20 steps each) in a temporary folder,
then times, each as a fresh subprocess (start-up included), best of 3:

* ``python -m handtrainer validate DIR`` for 250, 500 and 1000 files;
* a baseline: PyYAML's C parser composing the same files into nodes
  (``yaml.compose(..., Loader=yaml.CSafeLoader)``) and nothing else.

Run: ``python benchmarks/bench_validate.py`` (``--files 250 500 1000``, ``--repeat 3``).
The target is under 1.5 s for 1000 files.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STEPS = 20
TARGET_SECONDS = 1.5

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


def best_time(command: list[str], repeat: int, expect_ok: bool = True) -> float:
    """The fastest wall time of ``repeat`` runs of ``command``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        if expect_ok and done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout[-2000:]}{done.stderr}")
        best = min(best, elapsed)
    return best


def main(argv: list[str] | None = None) -> int:
    """Generate the corpus, time both commands, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    rows: list[tuple[int, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="handtrainer-bench-") as tmp:
        for count in args.files:
            folder = Path(tmp, f"corpus-{count}")
            make_corpus(folder, count)
            validate = best_time(
                [sys.executable, "-m", "handtrainer", "validate", str(folder)], args.repeat
            )
            baseline = best_time([sys.executable, "-c", _BASELINE, str(folder)], args.repeat)
            rows.append((count, validate, baseline))
    print(f"{'files':>6}  {'validate s':>10}  {'compose s':>9}  {'ratio':>5}  {'ms/file':>7}")
    for count, validate, baseline in rows:
        print(
            f"{count:>6}  {validate:>10.3f}  {baseline:>9.3f}  {validate / baseline:>5.2f}  "
            f"{1000 * validate / count:>7.3f}"
        )
    if len(rows) >= 2:
        (n0, t0, _), (n1, t1, _) = rows[0], rows[-1]
        # Linear growth: the time per added file stays about the same from one size to the next.
        slopes = [(b[1] - a[1]) / (b[0] - a[0]) for a, b in itertools.pairwise(rows)]
        spread = max(slopes) / min(slopes) if min(slopes) > 0 else float("inf")
        print(f"marginal ms/file between sizes: {', '.join(f'{1000 * s:.3f}' for s in slopes)}")
        print(
            f"growth {'looks linear' if spread < 1.5 else 'is NOT linear'} "
            f"(largest/smallest marginal cost {spread:.2f}); {n1} files take "
            f"{t1 / t0:.2f}x the time of {n0}"
        )
    largest = rows[-1]
    verdict = "meets" if largest[1] < TARGET_SECONDS else "MISSES"
    print(f"{largest[0]} files: {largest[1]:.3f} s, {verdict} the {TARGET_SECONDS} s target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
