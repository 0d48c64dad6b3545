"""Shared test set-up: headless Qt, and user folders redirected to a temporary place."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import sys
from importlib import metadata

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to run on the PySide6 release the dependencies exclude (it aborts on 3.11)."""
    try:
        version = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        return
    if version == "6.12.0" and sys.version_info < (3, 12):
        pytest.exit(
            "PySide6 6.12.0 is excluded by pyproject.toml (it aborts Python 3.11 with "
            "none_dealloc); make the venv again: rm -rf .venv && python3 -m venv .venv && "
            ".venv/bin/pip install -e '.[test,dev]'",
            returncode=4,
        )
    from PySide6.QtCore import QCoreApplication

    from handtrainer.core import wording

    # As app.py does: the core's phrases are looked up through Qt, under their context.
    wording.install_translator(QCoreApplication.translate)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never let a test read or write the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("HANDTRAINER_ROUTINES", raising=False)
    # A test never reaches (or autospawns) the machine's speech-dispatcher: the ones
    # that use speech start their own (tests/helpers/audio.py).
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{home / 'no-speechd.sock'}")
