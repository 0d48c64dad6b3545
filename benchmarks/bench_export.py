"""``handtrainer export`` of a 20-step routine against a one-page PDF script, whole processes.

In turn, medians of ``--runs`` (one untimed run of each first):

* ``python -m handtrainer export ROUTINE.yaml -o sheet.pdf`` for a generated valid
  routine of twenty steps;
* baseline: a Python script that imports PySide6 and writes one page of plain
  text with ``QPdfWriter``;
* two references beside it: the same sheet written in plain PySide6 (``SAME_SHEET``),
  and the floor, the one-page script after importing every module an export imports,
  in the export's order (``MODULES``, ``IMPORTS_ONLY``): what no export of this code
  can go below before it reads, lays out or paints anything.

Shows every run's time, the medians and their ratio, peak resident memory
(``wait4``), the sheet's size per step and what it is made of (page content,
pictures, fonts), where the export process spends its time (imports, reading the
routine, laying out, painting and writing, the rest of the command, the interpreter
starting and ending; medians of three runs), and its largest imports
(``python -X importtime``).

Both run with Python's bytecode caches (kept in a temporary folder), as an
installed program does; ``--no-bytecode`` compiles every module on each start.
The export also keeps what reading the hand art and painting its paper picture gave
(``diagram.art_cache``), made by the untimed first run as the bytecode is; what an
export costs without it (``HANDTRAINER_NO_ART_CACHE``) is shown too, interleaved
with the others.

    python benchmarks/bench_export.py [--runs 5] [--no-bytecode]

Goal (issue 19): at most 2x the one-page script.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
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

# The sheet written as one page of plain PySide6 and no code of ours: the same pages
# (five A4 pages at 1200 dpi, grey), on each four framed cards with a numbered title,
# a wrapped paragraph, a line of facts, a hatched zone and an arrow, and the step's
# hand drawn from the same two pictures the export draws (their grey pixels, as the
# export's art cache keeps them, read from files: what the art cache gives the export).
# What any program writing this sheet with Qt pays, whoever wrote it.
SAME_SHEET = """
import sys
from pathlib import Path
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QGuiApplication, QImage, QPageSize, QPainter,
    QPainterPath, QPdfWriter, QPen)
app = QGuiApplication(sys.argv[:1])
pictures = []
for raw in sorted(Path(sys.argv[2]).glob("*.gray")):
    w, h, line = (int(n) for n in raw.stem.split("x"))
    pictures.append(QImage(raw.read_bytes(), w, h, line, QImage.Format.Format_Grayscale8).copy())
writer = QPdfWriter(sys.argv[1])
writer.setResolution(1200)
writer.setColorModel(QPdfWriter.ColorModel.Grayscale)
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
painter = QPainter(writer)
page = writer.pageLayout().paintRectPixels(1200)
mm = 1200 / 25.4
text = ("Work slowly over the area with the thumb of the other hand, keeping the pressure "
        "comfortable and the breathing calm.")
facts = "Length: 8 x 2 s (16 s), then rest 5 s   Hands: Both hands   Pressure: Firm"
title_font = QFont("DejaVu Sans", 12)
body_font, small_font = QFont("DejaVu Sans", 9), QFont("DejaVu Sans", 7)
title_font.setBold(True)
step = 0
for number in range(5):
    if number:
        writer.newPage()
    cards = [QRectF(0, 0, page.width(), 60 * mm), QRectF(0, 64 * mm, page.width(), 60 * mm),
             QRectF(0, 128 * mm, page.width() / 2 - 2 * mm, 100 * mm),
             QRectF(page.width() / 2 + 2 * mm, 128 * mm, page.width() / 2 - 2 * mm, 100 * mm)]
    for card in cards:
        step += 1
        painter.setPen(QPen(QColor(120, 120, 120), 0.3 * mm))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card, 2 * mm, 2 * mm)
        painter.setBrush(QColor(0, 0, 0))
        painter.drawEllipse(QPointF(card.left() + 6 * mm, card.top() + 6 * mm), 2.5 * mm, 2.5 * mm)
        painter.setPen(QColor(255, 255, 255))
        painter.setFont(small_font)
        painter.drawText(QRectF(card.left() + 3.5 * mm, card.top() + 3.5 * mm, 5 * mm, 5 * mm),
                         Qt.AlignmentFlag.AlignCenter, str(step))
        painter.setPen(QColor(0, 0, 0))
        painter.setFont(title_font)
        heading = QRectF(card.left() + 10 * mm, card.top() + 2 * mm,
                         card.width() - 30 * mm, 10 * mm)
        painter.drawText(heading, Qt.TextFlag.TextWordWrap, f"Step {step} of the generated routine")
        picture = pictures[step % len(pictures)]
        art = QRectF(card.left() + 4 * mm, card.top() + 14 * mm, 0, card.height() - 18 * mm)
        art.setWidth(art.height() * picture.width() / picture.height())
        painter.drawImage(art, picture)
        zone = QPainterPath()
        zone.addEllipse(art.center(), art.width() / 5, art.height() / 8)
        painter.setPen(QPen(QColor(0, 0, 0), 0.2 * mm))
        painter.setBrush(QBrush(QColor(60, 60, 60), Qt.BrushStyle.BDiagPattern))
        painter.drawPath(zone)
        painter.setPen(QPen(QColor(255, 255, 255), 0.9 * mm))
        painter.drawLine(art.center(), art.center() + QPointF(0, art.height() / 5))
        painter.setPen(QPen(QColor(0, 0, 0), 0.4 * mm))
        painter.drawLine(art.center(), art.center() + QPointF(0, art.height() / 5))
        words = QRectF(art.right() + 6 * mm, card.top() + 12 * mm,
                       card.right() - art.right() - 10 * mm, card.height() - 14 * mm)
        painter.setFont(body_font)
        painter.drawText(words, Qt.TextFlag.TextWordWrap, text + "\\n\\n" + facts)
painter.end()
"""


# What an export imports, in the order it imports them: run once, in the export's own
# environment, to write ``IMPORTS_ONLY``, the one-page script after those imports.
# Importing is the floor: no export can cost less than the modules it runs.
MODULES = """
import contextlib, io, sys
from handtrainer import cli
sys.argv = ["handtrainer", "export", sys.argv[1], "-o", sys.argv[2]]
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    cli.run()
ours = ("handtrainer", "yaml", "platformdirs")
print("\\n".join(m for m in list(sys.modules) if m.split(".")[0] in ours and m != "__main__"))
"""


def _imports_only(modules: str) -> str:
    """``ONE_PAGE``, after importing each of ``modules`` (one name a line) in turn."""
    names = [m for m in modules.split() if m and not m.endswith("__main__")]
    return "".join(f"import {name}\n" for name in names) + ONE_PAGE


def _same_sheet_pictures(cache: Path, into: Path) -> int:
    """The art cache's paper pictures as raw grey files for ``SAME_SHEET``; how many."""
    into.mkdir(parents=True, exist_ok=True)
    head = struct.Struct("<4i")  # diagram.base_art's: width, height, bytes a line, format
    count = 0
    for entry in sorted(cache.rglob("*.picture")):
        data = entry.read_bytes()
        payload = data.split(b"\n", 2)[2]  # after the magic line and the key's line
        w, h, line, _format = head.unpack_from(payload)
        (into / f"{w}x{h}x{line}.gray").write_bytes(zlib.decompress(payload[head.size :]))
        count += 1
    return count


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise SystemExit(f"{' '.join(command[:5])} failed:\n{error[-2000:]}")
    return elapsed, int(usage.ru_maxrss)


PHASES = """
import contextlib, io, json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from handtrainer import cli
from handtrainer.commands import offscreen
from handtrainer.core import library
t1 = time.perf_counter()
import handtrainer.sheet.layout as sheet_layout
t2 = time.perf_counter()
marks = {}
def timed(owner, name, label):
    real = getattr(owner, name)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            marks[label] = marks.get(label, 0.0) + time.perf_counter() - start
    setattr(owner, name, wrapper)
timed(offscreen, "gui_application", "application")
timed(library, "find_routine", "reading the routine")
timed(sheet_layout.RoutineSheet, "_paginate", "laying out")
timed(sheet_layout.RoutineSheet, "to_pdf", "to_pdf")
sys.argv = ["handtrainer", "export", sys.argv[1], "-o", sys.argv[2]]
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    cli.run()  # as the program runs it, to its end
t3 = time.perf_counter()
inner = marks["application"] + marks["reading the routine"] + marks["to_pdf"]
print(json.dumps({
    "Qt and core imports": t1 - t0, "sheet imports": t2 - t1,
    "application": marks["application"], "reading the routine": marks["reading the routine"],
    "laying out": marks["laying out"],
    "painting and writing": marks["to_pdf"] - marks["laying out"],
    "rest of the command": t3 - t2 - inner, "in the process": t3 - t0,
}))
"""


def _phases(script: Path, routine: Path, sheet: Path, env: dict[str, str]) -> dict[str, float]:
    """Median seconds of each phase of an export, over three runs, in the process itself;
    what the process took beyond them is the interpreter starting and ending."""
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(script), str(routine), str(sheet)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        run = json.loads(done.stdout.strip().splitlines()[-1])
        run["starting and ending"] = time.perf_counter() - start - run.pop("in the process")
        runs.append(run)
    return {name: statistics.median(run[name] for run in runs) for name in runs[0]}


def _pdf_parts(path: Path) -> dict[str, int]:
    """Bytes of the PDF by kind of object: page content, pictures, fonts, the rest."""
    data = path.read_bytes()
    starts = [m.start() for m in re.finditer(rb"\d+ 0 obj", data)]
    parts = {"page content": 0, "pictures": 0, "fonts": 0, "other": 0}
    for i, start in enumerate(starts):
        body = data[start : starts[i + 1] if i + 1 < len(starts) else len(data)]
        head = body.partition(b"stream")[0]
        if b"stream" not in body:
            kind = "other"
        elif b"/Image" in head:
            kind = "pictures"
        elif b"Length1" in head or b"FontFile" in head or b"CIDToGIDMap" in head:
            kind = "fonts"
        elif b"/PatternType" in head:
            kind = "other"
        else:
            kind = "page content"
        parts[kind] += len(body)
    return parts


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
    parser.add_argument("--no-bytecode", action="store_true", help="compile on every start")
    args = parser.parse_args(argv)
    args.runs = max(5, args.runs)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    with tempfile.TemporaryDirectory(prefix="handtrainer-bench-") as folder:
        home = Path(folder)
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "c"), XDG_DATA_HOME=str(home / "d"))
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")  # written by the warm-up runs
        phases_script = home / "phases.py"
        phases_script.write_text(PHASES, encoding="utf-8")
        routine = home / "twenty-steps.yaml"
        routine.write_text(routine_yaml(1, STEPS), encoding="utf-8")
        script = home / "one_page.py"
        script.write_text(ONE_PAGE, encoding="utf-8")
        sheet = home / "sheet.pdf"
        export = [sys.executable, "-m", "handtrainer", "export", str(routine), "-o", str(sheet)]
        baseline = [sys.executable, str(script), str(home / "page.pdf")]
        uncached = dict(env, HANDTRAINER_NO_ART_CACHE="1")
        _timed(export, env)
        _timed(baseline, env)
        # The export's untimed first run painted the pictures and kept them in its cache.
        pictures = home / "pictures"
        if not _same_sheet_pictures(home, pictures):
            raise SystemExit("the export kept no paper picture in its art cache")
        same_sheet_script = home / "same_sheet.py"
        same_sheet_script.write_text(SAME_SHEET, encoding="utf-8")
        same_sheet = [sys.executable, str(same_sheet_script), str(home / "same.pdf"), str(pictures)]
        _timed(same_sheet, env)
        modules_script = home / "modules.py"
        modules_script.write_text(MODULES, encoding="utf-8")
        listed = subprocess.run(
            [sys.executable, str(modules_script), str(routine), str(home / "modules.pdf")],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        imports_script = home / "imports_only.py"
        imports_script.write_text(_imports_only(listed), encoding="utf-8")
        imports_only = [sys.executable, str(imports_script), str(home / "imports.pdf")]
        module_count = len(listed.split())
        _timed(imports_only, env)
        ours: list[tuple[float, int]] = []
        theirs: list[tuple[float, int]] = []
        reference: list[tuple[float, int]] = []
        floor: list[tuple[float, int]] = []
        no_art_cache: list[float] = []
        for _ in range(args.runs):
            ours.append(_timed(export, env))
            theirs.append(_timed(baseline, env))
            reference.append(_timed(same_sheet, env))
            floor.append(_timed(imports_only, env))
            no_art_cache.append(_timed(export, uncached)[0])
        size = sheet.stat().st_size
        parts = _pdf_parts(sheet)
        phases = _phases(phases_script, routine, home / "phases.pdf", env)
        imports = _largest_imports(export, env)
    figure = statistics.median(t for t, _ in ours)
    base = statistics.median(t for t, _ in theirs)
    bytecode = "compiled on each start" if args.no_bytecode else "bytecode cached"
    print(f"export of a {STEPS}-step routine, {args.runs} runs each, interleaved ({bytecode})")
    print("  export runs (s):   " + " ".join(f"{t:.3f}" for t, _ in ours))
    print("  baseline runs (s): " + " ".join(f"{t:.3f}" for t, _ in theirs))
    print(ratio_line("median: export vs one-page PDF script", figure, base, GOAL))
    same = statistics.median(t for t, _ in reference)
    print("  same-sheet runs (s): " + " ".join(f"{t:.3f}" for t, _ in reference))
    print(ratio_line("  the same sheet in plain PySide6 vs the one-page script", same, base, GOAL))
    print(ratio_line("  export vs the same sheet in plain PySide6", figure, same, GOAL))
    imported = statistics.median(t for t, _ in floor)
    print("  imports-only runs (s): " + " ".join(f"{t:.3f}" for t, _ in floor))
    print(
        ratio_line(
            f"  the one-page script after the export's {module_count} imports",
            imported,
            base,
            GOAL,
        )
    )
    uncached_median = statistics.median(no_art_cache)
    print(ratio_line("  the same with no art cache", uncached_median, base, GOAL))
    ours_mb = statistics.median(m for _, m in ours) / 1024
    base_mb = statistics.median(m for _, m in theirs) / 1024
    same_mb = statistics.median(m for _, m in reference) / 1024
    print(f"  peak memory {ours_mb:.1f} MB vs {base_mb:.1f} MB = {ours_mb / base_mb:.2f}x")
    print(f"  the same sheet in plain PySide6: peak memory {same_mb:.1f} MB")
    print(f"  sheet {size / 1024:.0f} KiB, {size / 1024 / STEPS:.1f} KiB a step:")
    for kind, count in parts.items():
        print(f"    {kind:<14} {count / 1024:8.1f} KiB")
    print("  where the export process spends its time (medians of 3):")
    for name, seconds in phases.items():
        print(f"    {name:<22} {seconds * 1000:7.1f} ms")
    print("  largest imports of the export process (cumulative):")
    for line in imports:
        print(f"    {line}")
    return 0 if figure / base <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
