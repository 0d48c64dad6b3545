"""Where Hand Trainer keeps the user's own files.

Functions rather than module constants, so tests can redirect them through the
environment (``XDG_DATA_HOME`` and friends) and nothing is decided at import time.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "handtrainer"


def user_data_dir() -> Path:
    """The per-user data folder (not created)."""
    # Imported here: the command-line commands that never need it start faster.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    """The per-user configuration folder (not created)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_state_dir() -> Path:
    """The per-user state folder (window state, acknowledged cautions; not created).

    State is what the program remembers by itself, apart from what the user
    chose: on Linux ``$XDG_STATE_HOME/handtrainer``.
    """
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """The per-user cache folder (what can be made again, such as the library cache)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_routines_dir(create: bool = True) -> Path:
    """The folder for the user's own routine files, created on first use when ``create``.

    Creating it can fail (a read-only home); the caller gets ``OSError`` then.
    """
    folder = user_data_dir() / "routines"
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder
