"""Every user-facing string is extractable, under a real context, and kept in the .ts file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from handtrainer.core import wording
from handtrainer.core.model import Side
from handtrainer.ui.translation import install_translations

REPO = Path(__file__).resolve().parents[1]
TS_FILE = REPO / "assets" / "translations" / "handtrainer.ts"


def messages(ts: Path) -> set[tuple[str, str]]:
    """The (context, source text) pairs of a .ts file."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "handtrainer").rglob("*.py"))
    out = tmp_path_factory.mktemp("ts") / "handtrainer.ts"
    done = subprocess.run(
        [lupdate, "-locations", "none", "-no-obsolete", *sources, "-ts", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return messages(out)


def test_the_ts_file_holds_every_string_of_the_code(extracted: set[tuple[str, str]]) -> None:
    missing = sorted(extracted - messages(TS_FILE))
    assert not missing, f"run scripts/update_translations.sh; new strings: {missing[:10]}"


def test_the_ts_file_holds_no_string_the_code_dropped(extracted: set[tuple[str, str]]) -> None:
    stale = sorted(messages(TS_FILE) - extracted)
    assert not stale, f"run scripts/update_translations.sh; gone from the code: {stale[:10]}"


def test_every_string_has_a_real_context(extracted: set[tuple[str, str]]) -> None:
    assert all(context for context, _ in extracted), sorted(s for c, s in extracted if not c)
    assert len(extracted) > 300  # the window, sheet, cues and companion strings are all found


def test_the_core_wording_goes_through_the_installed_translator() -> None:
    seen: list[tuple[str, str]] = []

    def recording(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text))
        return "»" + text

    wording.install_translator(recording)
    try:
        assert wording.side_name(Side.LEFT) == "»Left hand"
        assert wording.format_seconds(150) == "»2 min 30 s"
    finally:
        wording.install_translator(QCoreApplication.translate)
    assert ("Wording", "Left hand") in seen
    assert ("Wording", "{minutes} min {seconds} s") in seen


def test_installing_the_translations_keeps_english_without_a_catalogue(qapp: object) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    loaded = install_translations(app, QLocale(QLocale.Language.English))
    for translator in loaded:
        app.removeTranslator(translator)
    assert wording.side_name(Side.RIGHT) == "Right hand"
    assert wording.format_seconds(45) == "45 s"
