"""Where the bundled assets and routines live, installed or in a checkout.

A wheel carries them inside the package (``handtrainer/_data``); a checkout or an
editable install finds them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # the handtrainer package

APP_ID = "org.handtrainer.HandTrainer"
"""One application id everywhere: desktop file, metainfo id, icon name, window class."""


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def assets_dir() -> Path:
    """The folder holding the hand art, sounds and icons."""
    return _data_dir("assets")


def bundled_routines_dir() -> Path:
    """The folder holding the routines that ship with the program."""
    return _data_dir("routines")


def packaging_dir() -> Path:
    """The folder holding the desktop entry, AppStream metadata and application icons."""
    return _data_dir("packaging")


def app_icon_path() -> Path:
    """The scalable application icon, for the window and the tray."""
    return packaging_dir() / "icons" / f"{APP_ID}.svg"
