"""Smoke test of the frozen build: list, export and open the window to its first paint.

Runs when HANDTRAINER_FROZEN names the frozen program (``bash packaging/build-frozen.sh``
sets it); the ordinary suite has no frozen build and says so.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

FROZEN = os.environ.get("HANDTRAINER_FROZEN", "")

pytestmark = pytest.mark.skipif(
    not FROZEN, reason="no frozen build (run bash packaging/build-frozen.sh)"
)


def _run(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        **env,
    }
    return subprocess.run(
        [str(Path(FROZEN).resolve()), *args],
        cwd=tmp_path,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_frozen_program_lists_the_bundled_routines(tmp_path: Path) -> None:
    done = _run("list", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "desk-reset" in done.stdout


def test_frozen_program_exports_a_sheet(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    done = _run("export", "desk-reset", "-o", str(out), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:5] == b"%PDF-"


def test_frozen_program_opens_its_window(tmp_path: Path) -> None:
    done = _run(tmp_path=tmp_path, HANDTRAINER_EXIT_AFTER_FIRST_PAINT="1")
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout or "routines-listed" in done.stdout, done.stdout
