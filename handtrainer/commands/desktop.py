"""``handtrainer --install-desktop`` / ``--uninstall-desktop``: the menu entry for a pip install.

A pip or pipx install puts only a command on the PATH. These options copy the desktop
entry, the icon in the hicolor sizes, the AppStream metadata and the routine file type
into the user's XDG data folder (``~/.local/share``), so the trainer shows up in the
desktop's menu like any other program, and take them out again. No Qt is needed.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from handtrainer.core.resources import APP_ID, packaging_dir
from handtrainer.core.wording import translate

ROUTINE_MIME_TYPE = "application/x-handtrainer-routine"


@dataclass(frozen=True)
class InstalledFile:
    """One file the desktop integration puts in place: where from, where to."""

    source: Path
    target: Path


def data_home() -> Path:
    """The user's XDG data folder (``$XDG_DATA_HOME`` or ``~/.local/share``)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec ignores relative values.
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> str:
    """The Exec line's command: this very installation, whatever the PATH says later."""
    script = shutil.which("handtrainer")
    here = Path(sys.executable).parent  # the venv's bin, not the interpreter it links to
    beside = here / "handtrainer"
    if beside.is_file() and os.access(beside, os.X_OK):
        return shlex.quote(str(beside))
    if script:
        return shlex.quote(script)
    return f"{shlex.quote(sys.executable)} -m handtrainer"


def planned_files(home: Path) -> list[InstalledFile]:
    """Every file the installation writes, under ``home`` (an XDG data folder)."""
    linux = packaging_dir() / "linux"
    icons = packaging_dir() / "icons"
    files = [
        InstalledFile(linux / f"{APP_ID}.desktop", home / "applications" / f"{APP_ID}.desktop"),
        InstalledFile(
            linux / f"{APP_ID}.metainfo.xml", home / "metainfo" / f"{APP_ID}.metainfo.xml"
        ),
        InstalledFile(linux / f"{APP_ID}.mime.xml", home / "mime" / "packages" / f"{APP_ID}.xml"),
        InstalledFile(
            icons / f"{APP_ID}.svg",
            home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        ),
    ]
    for png in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        size = png.parent.parent.name
        files.append(InstalledFile(png, home / "icons" / "hicolor" / size / "apps" / png.name))
    return files


def desktop_entry_text(source: Path) -> str:
    """The shipped desktop entry with Exec and TryExec pointing at this installation."""
    command = launch_command()
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={command} %f"
        elif line.startswith("TryExec="):
            first = shlex.split(command)[0]
            line = f"TryExec={first}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, target)


def _refresh_caches(home: Path) -> None:
    """Tell the desktop about the new files; each tool is optional and bounded in time."""
    commands = [
        ["update-mime-database", str(home / "mime")],
        ["update-desktop-database", "-q", str(home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")],
    ]
    for command in commands:
        if shutil.which(command[0]) is None:
            continue
        # A stale cache only delays the menu entry; the files are in place.
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(command, capture_output=True, timeout=30, check=False)


def install(home: Path | None = None) -> list[Path]:
    """Put the desktop integration into ``home``; returns the files written."""
    home = home or data_home()
    written = []
    for item in planned_files(home):
        if item.target.suffix == ".desktop":
            data = desktop_entry_text(item.source).encode("utf-8")
        else:
            data = item.source.read_bytes()
        _write_atomically(item.target, data)
        written.append(item.target)
    _refresh_caches(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote from ``home``; returns the files removed."""
    home = home or data_home()
    removed = []
    for item in planned_files(home):
        try:
            item.target.unlink()
        except FileNotFoundError:
            continue
        removed.append(item.target)
    _refresh_caches(home)
    return removed


def desktop_command(uninstalling: bool) -> int:
    """The command-line entry: install or uninstall, and say what was done."""
    home = data_home()
    try:
        files = uninstall(home) if uninstalling else install(home)
    except OSError as error:
        where = error.filename or home
        message = translate("Commands", "cannot write to {where}: {reason}").format(
            where=where, reason=error.strerror or error
        )
        print(f"handtrainer: {message}", file=sys.stderr)
        return 1
    if uninstalling:
        if files:
            print(
                translate(
                    "Commands", "Removed Hand Trainer's menu entry and icons from {home}."
                ).format(home=home)
            )
        else:
            print(
                translate(
                    "Commands", "Hand Trainer's menu entry was not installed in {home}."
                ).format(home=home)
            )
    else:
        print(
            translate(
                "Commands", "Installed Hand Trainer's menu entry, icons and file type into {home}."
            ).format(home=home)
        )
        print(translate("Commands", "It may take a moment, or a new login, to appear in the menu."))
    return 0
