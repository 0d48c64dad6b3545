"""The practice and therapist names are set once in Settings and kept."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from handtrainer.ui.dialogs.settings_dialog import SettingsDialog
from handtrainer.ui.preferences import Preferences, PreferencesStore


def test_names_survive_a_restart(tmp_path: Path) -> None:
    chosen = Preferences(practice_name="Calm Hands Studio", therapist_name="Ada Lovell")
    PreferencesStore(tmp_path / "p.ini").save(chosen)
    assert PreferencesStore(tmp_path / "p.ini").load() == chosen


def test_settings_dialog_edits_the_names(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Preferences(practice_name="Old name"))
    qtbot.addWidget(dialog)
    assert dialog.practice_name.text() == "Old name"
    dialog.practice_name.setText("  Calm   Hands ")
    dialog.therapist_name.setText("Ada")
    chosen = dialog.preferences()
    assert (chosen.practice_name, chosen.therapist_name) == ("Calm Hands", "Ada")
