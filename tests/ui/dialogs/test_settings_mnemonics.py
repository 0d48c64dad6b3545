"""The settings dialog's Alt letters: within one tab (and the buttons) none is used twice,
in English and in German, with the cue test buttons and the reminders' tab shown (Alt+S
took turns between 'Start with' and 'Play sounds')."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from handtrainer.ui.companion.companion_settings import CompanionSettings
from handtrainer.ui.companion.reminder_settings import ReminderSettingsSection
from handtrainer.ui.dialogs.settings_dialog import SettingsDialog
from handtrainer.ui.preferences import Preferences
from tests.helpers.german import german_interface
from tests.helpers.mnemonics import MNEMONIC, clashes, shown_texts


class _Cues:
    """Cue players that can be tried: the dialog shows its Test buttons."""

    def voice_names(self) -> list[str]:
        return ["English (Great Britain)"]

    def test_sounds(self, prefs: Preferences) -> None: ...

    def test_voice(self, prefs: Preferences) -> None: ...

    def apply_preferences(self, prefs: Preferences) -> None: ...


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _dialog(qtbot: QtBot, has_tray: bool) -> SettingsDialog:
    reminders = ReminderSettingsSection(CompanionSettings(), lambda _s: None, has_tray=has_tray)
    dialog = SettingsDialog(Preferences(), sections=[reminders], cues=_Cues())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.timeout(60)
@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("has_tray", [True, False])
def test_each_settings_tab_uses_each_alt_letter_once(
    qtbot: QtBot, language: str, has_tray: bool
) -> None:
    with german_interface() if language == "de" else contextlib.nullcontext():
        dialog = _dialog(qtbot, has_tray)
        problems = []
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            _settle()
            texts = shown_texts(dialog)
            assert sum(bool(MNEMONIC.search(t)) for t in texts) >= 5  # the tab's own shown
            problems += [f"{dialog.tabs.tabText(tab)}: {p}" for p in clashes(texts)]
        assert not problems, "\n".join(problems)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_start_with_letter_goes_to_start_with_every_time(qtbot: QtBot, language: str) -> None:
    with german_interface() if language == "de" else contextlib.nullcontext():
        dialog = _dialog(qtbot, has_tray=True)
        start = dialog.lead_hand
        label = next(b for b in dialog.findChildren(QLabel) if b.buddy() is start)
        key = Qt.Key(ord(MNEMONIC.findall(label.text())[0].upper()))
        away = dialog.therapist_name
        for _ in range(3):  # a letter used twice takes turns between its controls
            away.setFocus()
            _settle()
            QTest.keyClick(away, key, Qt.KeyboardModifier.AltModifier)
            _settle()
            assert dialog.focusWidget() is start, dialog.focusWidget()
