"""``export`` and ``zones`` paint with QtGui alone: they never import widgets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import contextlib, io, sys
from handtrainer import cli

codes = []
for argv in (
    ["export", "desk-reset", "-o", sys.argv[1]],
    ["zones", "--render", sys.argv[2], "--size", "64"],
):
    with contextlib.redirect_stdout(io.StringIO()):
        codes.append(cli.main(argv))
print(codes, sorted(name for name in sys.modules if name.startswith("PySide6.Qt")))
"""


def test_export_and_zones_import_no_widgets(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "sheet.pdf"), str(tmp_path / "zones")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[0, 0] ['PySide6.QtCore', 'PySide6.QtGui']", done.stdout
    assert (tmp_path / "sheet.pdf").stat().st_size > 1000
    assert (tmp_path / "zones" / "overview.png").exists()


LEAN = r"""
import contextlib, io, sys
from handtrainer import cli

with contextlib.redirect_stdout(io.StringIO()):
    code = cli.main(["export", sys.argv[1], "-o", sys.argv[2]])
unneeded = (
    "handtrainer.commands.library_commands",
    "handtrainer.core.library_cache",
    "xml.etree.ElementTree",
)
print(code, [name for name in unneeded if name in sys.modules])
"""


def test_export_of_a_file_loads_no_library_machinery(tmp_path: Path) -> None:
    routine = Path(__file__).parents[2] / "routines" / "desk-reset.yaml"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", LEAN, str(routine), str(tmp_path / "sheet.pdf")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    # One file is read alone: no library cache, no list or validate commands; the art is
    # read with expat alone.
    assert done.stdout.strip() == "0 []", done.stdout


BY_ID = r"""
import contextlib, io, sys
from handtrainer import cli

with contextlib.redirect_stdout(io.StringIO()):
    code = cli.main(["export", "desk-reset", "-o", sys.argv[1]])
print(code, [name for name in ("yaml", "handtrainer.core.loader") if name in sys.modules])
"""


def test_export_by_id_reads_the_library_through_its_cache(tmp_path: Path) -> None:
    """The first export by id reads the library and keeps it in the library cache; the
    next finds every file unchanged there and loads neither the YAML parser nor the
    checks."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    runs = []
    for name in ("first.pdf", "again.pdf"):
        done = subprocess.run(
            [sys.executable, "-c", BY_ID, str(tmp_path / name)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert done.returncode == 0, done.stderr
        assert (tmp_path / name).stat().st_size > 1000
        runs.append(done.stdout.strip())
    assert runs == ["0 ['yaml', 'handtrainer.core.loader']", "0 []"], runs
