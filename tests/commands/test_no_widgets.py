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
