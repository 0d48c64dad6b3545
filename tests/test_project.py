"""Project-level checks: the Quick start, CI, and what an installed wheel carries."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_quick_start_has_exactly_two_commands() -> None:
    commands = _quick_start_commands()
    assert len(commands) == 2
    launch, test = commands
    assert "handtrainer" in launch and "pytest" not in launch
    assert "pytest" in test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_command = _quick_start_commands()[1]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        timeout=300,
    )
    (found,) = out.glob("handtrainer-*.whl")
    return found


def test_wheel_carries_assets_and_routines(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    bundled = {Path(n).name for n in (ROOT / "routines").glob("*.y*ml")}
    in_wheel = {Path(n).name for n in names if n.startswith("handtrainer/_data/routines/")}
    assert bundled <= in_wheel
    assets = [n for n in names if n.startswith("handtrainer/_data/assets/")]
    assert any(n.endswith(".svg") for n in assets)
    # the build compiles each shipped .ts into its .qm (hatch_build.py); none is committed
    for ts in (ROOT / "assets" / "translations").glob("handtrainer_*.ts"):
        assert f"handtrainer/_data/assets/translations/{ts.stem}.qm" in names


def test_installed_wheel_lists_routines_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    # Dependencies come from the running interpreter's site-packages (this venv's, not the
    # base interpreter's, which may lack them), added after the new venv's own folder; the
    # project itself only from the wheel, so a missing data file cannot be papered over by
    # the checkout. Folders named in a .pth file have their own .pth files left unread, so
    # the checkout's editable install stays out.
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    new_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    Path(new_site, "handtrainer-test-deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
        check=True,
        timeout=300,
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [str(env_dir / "bin" / "handtrainer"), "list"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    location = subprocess.run(
        [
            str(python),
            "-c",
            "import handtrainer.core.resources as r; print(r.bundled_routines_dir())",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.strip()
    assert str(env_dir) in location
    for routine_file in (ROOT / "routines").glob("*.yaml"):
        assert routine_file.stem in result.stdout
    german = subprocess.run(
        [str(env_dir / "bin" / "handtrainer"), "--language", "de", "list"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert german.returncode == 0, german.stderr
    assert "Routinen" in german.stdout and "Ihr Routinenordner" in german.stdout
