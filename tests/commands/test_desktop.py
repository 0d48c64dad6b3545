"""``--install-desktop`` and ``--uninstall-desktop``: the menu entry of a pip install."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from handtrainer.commands import desktop
from handtrainer.core.resources import APP_ID, packaging_dir


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_puts_entry_icons_metadata_and_file_type_in_place(data_home: Path) -> None:
    written = desktop.install()
    expected = {
        data_home / "applications" / f"{APP_ID}.desktop",
        data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
        data_home / "mime" / "packages" / f"{APP_ID}.xml",
        data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in (16, 32, 48, 128, 256, 512):
        expected.add(data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    assert expected <= set(written)
    assert all(path.is_file() and path.stat().st_size > 0 for path in written)


def test_the_entry_starts_this_installation_and_claims_only_routine_files(
    data_home: Path,
) -> None:
    desktop.install()
    entry = _entry(data_home / "applications" / f"{APP_ID}.desktop")
    command = entry["Exec"].split()[0]
    assert Path(command).is_absolute() and os.access(command, os.X_OK)
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_ID
    assert entry["MimeType"].strip(";").split(";") == [desktop.ROUTINE_MIME_TYPE]


def test_one_application_id_everywhere() -> None:
    linux = packaging_dir() / "linux"
    metainfo = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    assert (packaging_dir() / "icons" / f"{APP_ID}.svg").is_file()


def test_uninstall_takes_out_everything_install_wrote(data_home: Path) -> None:
    written = desktop.install()
    removed = desktop.uninstall()
    assert set(removed) == set(written)
    assert not any(path.exists() for path in written)
    assert desktop.uninstall() == []


def test_command_line_installs_and_reports(data_home: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    run = [sys.executable, "-m", "handtrainer"]
    done = subprocess.run(
        [*run, "--install-desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert str(data_home) in done.stdout
    assert (data_home / "applications" / f"{APP_ID}.desktop").is_file()
    done = subprocess.run(
        [*run, "--uninstall-desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert not (data_home / "applications" / f"{APP_ID}.desktop").exists()


def test_unwritable_data_folder_is_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert desktop.desktop_command(uninstalling=False) == 1
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_installed_entry_is_valid(data_home: Path) -> None:
    desktop.install()
    done = subprocess.run(
        ["desktop-file-validate", str(data_home / "applications" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli")
def test_appstream_metadata_is_valid() -> None:
    done = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            "--no-color",
            str(packaging_dir() / "linux" / f"{APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(
    shutil.which("gio") is None or shutil.which("update-mime-database") is None,
    reason="no gio or shared-mime-info",
)
def test_routine_files_get_their_own_type_and_other_yaml_does_not(
    data_home: Path, tmp_path: Path
) -> None:
    desktop.install()
    routine = tmp_path / "mine.handtrainer.yaml"
    routine.write_text("handtrainer: 1\nid: mine\n", encoding="utf-8")
    unnamed = tmp_path / "routine-without-extension"
    unnamed.write_text("handtrainer: 1\nid: mine\n", encoding="utf-8")
    other = tmp_path / "other.yaml"
    other.write_text("a: 1\n", encoding="utf-8")

    def content_type(path: Path) -> str:
        out = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(path)],
            env={**os.environ, "XDG_DATA_HOME": str(data_home)},
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout
        return out.strip().rsplit(" ", 1)[-1]

    assert content_type(routine) == desktop.ROUTINE_MIME_TYPE
    assert content_type(unnamed) == desktop.ROUTINE_MIME_TYPE
    assert content_type(other) != desktop.ROUTINE_MIME_TYPE
