"""A German interface lists broken routine files with German problems, each at its
file, line and column, beside German notes and warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.ui.library.library_model import LibraryModel, LibrarySources
from handtrainer.ui.library.picker import RoutinePicker
from tests.helpers.german import german_interface
from tests.helpers.routine_samples import routine_text, write

BROKEN = (
    "handtrainer: 1\ntitle: Abends\nsummary: Ruhig werden.\nsteps:\n"
    "  - title: Kreisen\n    instruction: Kreisen Sie.\n    technique: circel\n"
    "    zones: [palm.centre]\n    duration: 20s\n"
)
WARNED = (
    "handtrainer: 1\nid: warned\ntitle: W\nsummary: S\nsteps:\n"
    "  - title: A\n    instruction: B\n    technique: press\n    duration: 20s\n"
    "    zones: [palm.center, palm.center]\n"
)


def _picker(qtbot: QtBot, tmp_path: Path) -> tuple[RoutinePicker, Path, Path]:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write(bundled, "calm.yaml", routine_text("calm"))
    write(user, "abends.yaml", BROKEN)
    write(user, "mine.yaml", routine_text("calm"))
    write(user, "warned.yaml", WARNED)
    model = LibraryModel(language="de")
    picker = RoutinePicker(model)
    qtbot.addWidget(picker)
    sources = LibrarySources(
        bundled_dir=bundled, include_user=True, user_dir=user, environ={}, cache_file=None
    )
    with qtbot.waitSignal(model.loadingChanged, timeout=10_000, check_params_cb=lambda b: not b):
        model.load(sources, watch=False)
    return picker, bundled, user


@pytest.mark.timeout(60)
def test_a_broken_user_file_is_listed_in_german(qtbot: QtBot, tmp_path: Path) -> None:
    with german_interface():
        picker, bundled, user = _picker(qtbot, tmp_path)
        broken = user / "abends.yaml"
        assert picker.failure_lines() == [
            f"{broken}:7:16: technique „circel“ ist nicht bekannt (meinten Sie „circle“?); "
            "wählen Sie einen Wert aus: stroke, rub, knead, press, circle, squeeze, stretch, "
            "roll, twist, pull, tap, shake, hold, clench",
            f"{broken}:8:13: unbekannte Zone „palm.centre“ (meinten Sie „palm.center“?); "
            "„handtrainer zones“ listet alle Zonen auf",
        ]
        assert picker.notice_lines() == [
            f"Hinweis: Ihre Routine {user / 'mine.yaml'} ersetzt die mitgelieferte Routine "
            f"„calm“ ({bundled / 'calm.yaml'})",
            f"{user / 'warned.yaml'}:10:26: Warnung: die Zone „palm.center“ steht zweimal "
            "in der Liste",
        ]
        assert picker.failures_box.title().startswith("Routinedateien")
    # The same files in English: the same places, the English words.
    english, _bundled, _user = _picker(qtbot, tmp_path / "en")
    assert [line.split(": ", 1)[0] for line in english.failure_lines()] == [
        f"{tmp_path / 'en' / 'user' / 'abends.yaml'}:7:16",
        f"{tmp_path / 'en' / 'user' / 'abends.yaml'}:8:13",
    ]
    assert "is not known (did you mean 'circle'?)" in english.failure_lines()[0]
