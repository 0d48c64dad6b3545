"""``handtrainer export`` of a 20-step routine against a one-page PDF script, whole processes.

In turn, medians of ``--runs`` (one untimed run of each first):

* ``python -m handtrainer export ROUTINE.yaml -o sheet.pdf`` for a generated valid
  routine of twenty steps;
* baseline: a Python script that imports PySide6 and writes one page of plain
  text with ``QPdfWriter``.

Shows time, peak resident memory (``wait4``), the sheet's size per step, and the
largest imports of the export process (``python -X importtime``), since start-up
is most of the cost.

    python benchmarks/bench_export.py [--runs 5]

Goal (issue 19): at most 2x the one-page script.
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
from bench_validate import routine_yaml

GOAL = 2.0
STEPS = 20

ONE_PAGE = """
import sys
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter, QPageSize
app = QGuiApplication(sys.argv[:1])
writer = QPdfWriter(sys.argv[1])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
painter = QPainter(writer)
for n in range(40):
    painter.drawText(200, 300 + n * 220, f"Line {n} of a one-page plain text document.")
painter.end()
"""


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise SystemExit(f"{' '.join(command[:5])} failed:\n{error[-2000:]}")
    return elapsed, int(usage.ru_maxrss)


def _largest_imports(command: list[str], env: dict[str, str], count: int = 8) -> list[str]:
    done = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    top = sorted((r for r in rows if not r[1].startswith("    ")), reverse=True)[:count]
    return [f"{us / 1000:7.1f} ms  {name.strip()}" for us, name in top]


def main(argv: list[str] | None = None) -> int:
    """Time both, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    with tempfile.TemporaryDirectory(prefix="handtrainer-bench-") as folder:
        home = Path(folder)
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "c"), XDG_DATA_HOME=str(home / "d"))
        routine = home / "twenty-steps.yaml"
        routine.write_text(routine_yaml(1, STEPS), encoding="utf-8")
        script = home / "one_page.py"
        script.write_text(ONE_PAGE, encoding="utf-8")
        sheet = home / "sheet.pdf"
        export = [sys.executable, "-m", "handtrainer", "export", str(routine), "-o", str(sheet)]
        baseline = [sys.executable, str(script), str(home / "page.pdf")]
        _timed(export, env)
        _timed(baseline, env)
        ours: list[tuple[float, int]] = []
        theirs: list[tuple[float, int]] = []
        for _ in range(args.runs):
            ours.append(_timed(export, env))
            theirs.append(_timed(baseline, env))
        size = sheet.stat().st_size
        imports = _largest_imports(export, env)
    figure = statistics.median(t for t, _ in ours)
    base = statistics.median(t for t, _ in theirs)
    print(f"export of a {STEPS}-step routine, {args.runs} runs each, interleaved, medians")
    print(ratio_line("handtrainer export vs one-page PDF script", figure, base, GOAL))
    ours_mb = statistics.median(m for _, m in ours) / 1024
    base_mb = statistics.median(m for _, m in theirs) / 1024
    print(f"  peak memory {ours_mb:.1f} MB vs {base_mb:.1f} MB; sheet {size / 1024:.0f} KiB, ")
    print(f"  {size / 1024 / STEPS:.1f} KiB a step")
    print("  largest imports of the export process (cumulative):")
    for line in imports:
        print(f"    {line}")
    return 0 if figure / base <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
