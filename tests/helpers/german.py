"""The German catalogue for tests: built from the .ts as the package build does, for the
whole interface (``german_interface``) or for the core's translation hook alone
(``german``, as the command line installs it), or a stand-in catalogue (``shouting``)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from handtrainer.core import wording

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "assets" / "translations"
GERMAN_TS = TRANSLATIONS / "handtrainer_de.ts"


def build_catalogue(ts: Path) -> Path:
    """The ``.qm`` catalogue of ``ts``, built next to it where the program looks for it, as
    the package build does (skips without pyside6-lrelease)."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = ts.with_suffix(".qm")
    done = subprocess.run(
        [lrelease, "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return qm


def build_german_catalogue() -> Path:
    """``handtrainer_de.qm`` next to its .ts (skips without pyside6-lrelease)."""
    return build_catalogue(GERMAN_TS)


@contextmanager
def german_interface() -> Iterator[None]:
    """German translators installed for the block (skips where lrelease is missing)."""
    from handtrainer.ui.translation import install_translations, remove_translations

    build_german_catalogue()
    app = QCoreApplication.instance()
    assert app is not None
    loaded = install_translations(app, QLocale("de_DE"))
    try:
        yield
    finally:
        remove_translations(app, loaded)


@contextmanager
def hook(translator: wording.Translator | None) -> Iterator[None]:
    """The core's phrases through ``translator`` (None: plain English), then as before."""
    before = wording._translator
    wording.install_translator(translator)
    try:
        yield
    finally:
        wording.install_translator(before)


@contextmanager
def german(qm: Path) -> Iterator[None]:
    """The core's phrases in German from ``qm``, as the command line installs them."""
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    assert catalogue.load(str(qm)), qm

    def from_catalogue(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = catalogue.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    with hook(from_catalogue):
        yield


def shouting(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A stand-in catalogue: every phrase in capitals, its ``{fields}`` and ``%n`` kept.

    What stays in small letters in a message did not come through the hook.
    """
    parts = re.split(r"(\{[a-z_0-9]*\}|%n)", text)
    return "".join(p if i % 2 else p.upper() for i, p in enumerate(parts))
