"""Starting with the desktop session: an XDG autostart entry in the user's config folder.

Off by default; turned on and off from Settings. The entry runs the same
program that is running now, so it works from a venv as well as from a package.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSaveFile

FILE_NAME = "handtrainer.desktop"


def autostart_dir() -> Path:
    """``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def autostart_path() -> Path:
    """The autostart entry's file."""
    return autostart_dir() / FILE_NAME


def _quoted(arg: str) -> str:
    """One argument of a desktop entry's Exec line (the spec's quoting, not the shell's)."""
    if re.fullmatch(r"[\w/.+-]+", arg):
        return arg
    return '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'


def launch_command() -> str:
    """The command line that starts this Hand Trainer."""
    found = shutil.which("handtrainer")
    if found:
        return _quoted(found)
    return f"{_quoted(sys.executable)} -m handtrainer"


def entry_text(command: str) -> str:
    """The text of the autostart entry."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Hand Trainer\n"
        "Comment=Reminders to massage your hands, and a record of your practice\n"
        f"Exec={command}\n"
        "Icon=handtrainer\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    """True when the entry is there."""
    return autostart_path().is_file()


def set_enabled(enabled: bool) -> str | None:
    """Write or remove the entry; None when it worked, else why not."""
    path = autostart_path()
    if not enabled:
        with contextlib.suppress(FileNotFoundError):
            try:
                path.unlink()
            except OSError as error:
                return str(error)
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return str(error)
    out = QSaveFile(str(path))  # whole or not at all
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
        return out.errorString()
    out.write(QByteArray(entry_text(launch_command()).encode("utf-8")))
    if not out.commit():
        return out.errorString()
    return None
