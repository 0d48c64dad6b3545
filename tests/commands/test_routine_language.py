"""``list``, ``show`` and ``export`` show routines in the interface language, as the window does."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from handtrainer import cli
from handtrainer.core import language, paths
from handtrainer.core.preferences import Preferences, to_ini
from tests.helpers.routine_samples import routine_text, write

GERMAN = "translations:\n  de:\n    title: Eine Routine\n    summary: Eine Zusammenfassung.\n"


@pytest.fixture(autouse=True)
def _english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    language.request("")


def show(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert cli.main(list(args)) == 0
    return capsys.readouterr().out


def test_show_and_list_follow_the_language_asked_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "extra", "mine.yaml", routine_text("mine") + GERMAN)
    assert show(capsys, "show", str(path)).startswith("A routine\n")
    assert show(capsys, "--language", "de", "show", str(path)).startswith("Eine Routine\n")
    listed = json.loads(
        show(capsys, "--language", "de", "list", "--json", "--routines", str(path.parent))
    )
    mine = next(r for r in listed["routines"] if r["id"] == "mine")
    assert (mine["title"], mine["language"], mine["languages"]) == (
        "Eine Routine",
        "de",
        ["en", "de"],
    )


def test_the_saved_language_preference_chooses_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "extra", "mine.yaml", routine_text("mine") + GERMAN)
    config = paths.user_config_dir()
    config.mkdir(parents=True, exist_ok=True)
    (config / "preferences.ini").write_text(to_ini(replace(Preferences(), language="de")), "utf-8")
    assert show(capsys, "show", str(path)).startswith("Eine Routine\n")
    assert show(capsys, "--language", "en", "show", str(path)).startswith("A routine\n")


def test_validate_speaks_the_saved_language_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.helpers.german import build_german_catalogue

    build_german_catalogue()
    path = write(tmp_path / "extra", "mine.yaml", routine_text("mine"))
    config = paths.user_config_dir()
    config.mkdir(parents=True, exist_ok=True)
    (config / "preferences.ini").write_text(to_ini(replace(Preferences(), language="de")), "utf-8")
    assert show(capsys, "validate", str(path)).startswith("1 Datei geprüft: 1 gültig")
    assert show(capsys, "--language", "en", "validate", str(path)).startswith("1 file checked")
