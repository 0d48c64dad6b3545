"""``handtrainer --language de validate`` and ``list`` print problems in German, at the
same file, line and column as in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.cli import run_cli
from tests.helpers.german import build_german_catalogue

BROKEN = (
    "handtrainer: 1\ntitle: T\nsummary: S\nsteps:\n"
    "  - title: A\n    instruction: B\n    technique: pres\n    duration: 20s\n"
    "    colour: red\n"
)


_cli = run_cli


@pytest.mark.timeout(240)
def test_validate_and_list_speak_german(tmp_path: Path) -> None:
    build_german_catalogue()
    folder = tmp_path / "mine"
    folder.mkdir()
    broken = folder / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    german = _cli("--language", "de", "validate", str(broken))
    english = _cli("--language", "en", "validate", str(broken))
    assert german.returncode == english.returncode == 1, german.stderr
    assert german.stdout.splitlines()[:2] == [
        f"{broken}:7:16: technique „pres“ ist nicht bekannt (meinten Sie „press“?); wählen Sie "
        "einen Wert aus: stroke, rub, knead, press, circle, squeeze, stretch, roll, twist, pull, "
        "tap, shake, hold, clench",
        f"{broken}:9:5: Schritt 1: unbekanntes Feld „colour“",
    ]
    assert english.stdout.splitlines()[1] == f"{broken}:9:5: unknown field 'colour' in step 1"
    listed = _cli("--language", "de", "list", "--routines", str(folder), "--routines", "/nowhere")
    assert listed.returncode == 0, listed.stderr
    assert f"  {broken}:9:5: Schritt 1: unbekanntes Feld „colour“" in listed.stdout.splitlines()
    assert "  den Ordner /nowhere (--routines) gibt es nicht" in listed.stdout.splitlines()
