"""handtrainer.core and the window-less commands never import Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import contextlib, importlib, io, pkgutil, sys
import handtrainer.core
from handtrainer import cli

for module in pkgutil.iter_modules(handtrainer.core.__path__, "handtrainer.core."):
    importlib.import_module(module.name)
codes = []
for argv in (["list"], ["list", "--json"], ["validate", sys.argv[1]], ["show", sys.argv[1]]):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        codes.append(cli.main(argv))
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
qt = sorted(name for name in sys.modules if name.split(".")[0] in QT)
print(codes, qt)
"""


def test_core_and_commands_import_no_qt(tmp_path: Path) -> None:
    routine = tmp_path / "r.yaml"
    routine.write_text(
        "handtrainer: 1\ntitle: T\nsummary: S\nsteps:\n  - title: A\n    instruction: B\n"
        "    technique: rub\n    duration: 5s\n",
        encoding="utf-8",
    )
    env = dict(os.environ)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(routine)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[0, 0, 0, 0] []"


def test_validate_starts_fast_without_heavy_imports(tmp_path: Path) -> None:
    routine = tmp_path / "r.yaml"
    routine.write_text("handtrainer: 1\n", encoding="utf-8")
    script = (
        "import sys\nfrom handtrainer import cli\ncli.main(['validate', sys.argv[1]])\n"
        "heavy = [m for m in ('PySide6', 'jsonschema', 'json', 'difflib', 'hypothesis') "
        "if m in sys.modules]\nprint(heavy, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(routine)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    # difflib is fine once a suggestion is needed; this file needs none. (platformdirs is
    # needed: validate reads the language chosen in Settings, as every command does.)
    assert done.stderr.strip().splitlines()[-1] == "[]"
