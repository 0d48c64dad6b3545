"""The interface in German for one test: the catalogue built afresh from the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

TRANSLATIONS = Path(__file__).resolve().parents[2] / "assets" / "translations"


@contextmanager
def german_interface() -> Iterator[None]:
    """German translators installed for the block (skips where lrelease is missing)."""
    from handtrainer.ui.translation import install_translations, remove_translations

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = TRANSLATIONS / "handtrainer_de.ts"
    subprocess.run(
        [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, timeout=60
    )
    app = QCoreApplication.instance()
    assert app is not None
    loaded = install_translations(app, QLocale("de_DE"))
    try:
        yield
    finally:
        remove_translations(app, loaded)
