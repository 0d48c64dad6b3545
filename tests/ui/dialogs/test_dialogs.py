"""The settings and cautions dialogs: edited values come back, routine text stays plain."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from handtrainer.core.model import Routine, Side, Step, Technique
from handtrainer.ui.dialogs.cautions_dialog import CautionsDialog
from handtrainer.ui.dialogs.settings_dialog import SettingsDialog
from handtrainer.ui.preferences import Preferences


def _routine(cautions: tuple[str, ...]) -> Routine:
    step = Step(title="Rub", instruction="Rub the palm.", technique=Technique.RUB, duration=10)
    return Routine(id="r", title="Calm <i>hands</i>", summary="", steps=(step,), cautions=cautions)


def _controls(widget: QWidget) -> list[QWidget]:
    """The widgets a user tabs to (not the line edit inside a spin box, nor popups)."""
    return [
        w
        for w in widget.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w, QLabel)
        and not isinstance(w.parent(), QAbstractSpinBox)
        and w.isVisibleTo(widget)
    ]


def test_settings_dialog_returns_the_edited_preferences(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    assert dialog.preferences() == Preferences()

    dialog.lead_hand.setCurrentIndex(dialog.lead_hand.findText("Left side"))
    dialog.get_ready.setValue(10)
    dialog.switch_pause.setValue(0)
    dialog.rest.setValue(15)
    dialog.wait_each.setChecked(True)
    dialog.sounds.setChecked(False)
    dialog.volume.setValue(35)
    dialog.voice.setChecked(False)
    dialog.reduced_motion.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.preferences() == Preferences(
        lead_hand=Side.LEFT,
        get_ready_seconds=10,
        switch_seconds=0,
        rest_between_steps=15,
        wait_before_each_step=True,
        sounds_enabled=False,
        volume=0.35,
        voice_enabled=False,
        reduced_motion=True,
    )


def test_settings_dialog_shows_the_given_preferences_and_restores_defaults(qtbot: QtBot) -> None:
    chosen = Preferences(lead_hand=Side.LEFT, get_ready_seconds=30, volume=0.2, reduced_motion=True)
    dialog = SettingsDialog(chosen)
    qtbot.addWidget(dialog)
    assert dialog.preferences() == chosen
    assert dialog.volume_value.text() == "20 %"
    assert dialog.get_ready.maximum() == 30
    restore = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    restore.click()
    assert dialog.preferences() == Preferences()


def test_settings_dialog_cancel(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_voice_disabled_with_the_reason_but_choice_kept(qtbot: QtBot) -> None:
    reason = "Voice is off: no speech engine is installed."
    dialog = SettingsDialog(Preferences(voice_enabled=True), voice_unavailable=reason)
    qtbot.addWidget(dialog)
    assert not dialog.voice.isEnabled()
    assert not dialog.voice.isChecked()
    assert dialog.voice_reason is not None and dialog.voice_reason.text() == reason
    # the stored wish survives for a machine that can speak
    assert dialog.preferences().voice_enabled is True


def test_each_volume_follows_its_own_switch(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.sounds.setChecked(False)
    assert not dialog.volume.isEnabled()
    assert dialog.cues.voice_volume.isEnabled()  # the voice has its own
    dialog.voice.setChecked(False)
    assert not dialog.cues.voice_volume.isEnabled() and not dialog.cues.voice_name.isEnabled()


class FakeCues:
    """The window's cue players, as the settings dialog sees them."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Preferences]] = []

    def voice_names(self) -> list[str]:
        return ["English (Great Britain)", "English (America)"]

    def test_sounds(self, prefs: Preferences) -> None:
        self.calls.append(("sounds", prefs))

    def test_voice(self, prefs: Preferences) -> None:
        self.calls.append(("voice", prefs))

    def apply_preferences(self, prefs: Preferences) -> None:
        self.calls.append(("apply", prefs))


def test_voice_choices_and_test_buttons(qtbot: QtBot) -> None:
    cues = FakeCues()
    original = Preferences(voice_name="English (America)", voice_rate=0.3)
    dialog = SettingsDialog(original, cues=cues)
    qtbot.addWidget(dialog)
    panel = dialog.cues
    assert [panel.voice_name.itemText(i) for i in range(panel.voice_name.count())] == [
        "Default voice",
        "English (Great Britain)",
        "English (America)",
    ]
    assert panel.voice_name.currentText() == "English (America)"
    assert panel.voice_rate.currentText() == "Faster"
    panel.voice_name.setCurrentIndex(1)
    panel.voice_rate.setCurrentIndex(0)
    panel.voice_volume.setValue(40)
    panel.title_only.setChecked(True)
    panel.count_aloud.setChecked(True)
    panel.test_voice.click()
    kind, tried = cues.calls[-1]
    assert kind == "voice"
    assert (tried.voice_name, tried.voice_rate, tried.voice_volume) == (
        "English (Great Britain)",
        -0.3,
        0.4,
    )
    panel.volume.setValue(70)
    panel.test_sounds.click()
    assert cues.calls[-1][0] == "sounds" and cues.calls[-1][1].volume == 0.7
    chosen = dialog.preferences()
    assert chosen.voice_title_only and chosen.count_aloud and chosen.voice_volume == 0.4
    # cancelled after a test: the players go back to what was kept
    dialog.reject()
    assert cues.calls[-1] == ("apply", original)


def test_settings_controls_are_keyboard_reachable_and_named(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    controls = _controls(dialog)
    assert len(controls) >= 12  # 4 practice + 2 toggles, volume, voice, motion, 3 buttons
    for control in controls:
        name = control.accessibleName() or getattr(control, "text", lambda: "")()
        assert name.replace("&", "").strip(), f"{control!r} has no accessible name"
    # tabbing from the first control visits every one of them
    seen = set()
    widget = dialog.focusWidget()
    for _ in range(len(controls) + 2):
        parent = widget.parent()
        seen.add(parent if isinstance(parent, QAbstractSpinBox) else widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = dialog.focusWidget()
    assert set(controls) <= seen


def test_cautions_shown_as_plain_text(qtbot: QtBot) -> None:
    routine = _routine(("Stop if it hurts.", "<b>x</b> & <a href='y'>link</a>"))
    dialog = CautionsDialog(routine)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.caution_labels]
    assert texts == ["Stop if it hurts.", "<b>x</b> & <a href='y'>link</a>"]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in dialog.caution_labels)
    # the routine title in the heading is routine text too
    headings = [
        label for label in dialog.findChildren(QLabel) if "Calm <i>hands</i>" in label.text()
    ]
    assert headings and headings[0].textFormat() == Qt.TextFormat.PlainText
    assert "<b>x</b>" in dialog.accessibleDescription()


def test_cautions_acknowledge_and_cancel(qtbot: QtBot) -> None:
    routine = _routine(("Stop if it hurts.",))
    dialog = CautionsDialog(routine)
    qtbot.addWidget(dialog)
    dialog.acknowledge_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    again = CautionsDialog(routine)
    qtbot.addWidget(again)
    cancel = again.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.click()
    assert again.result() == QDialog.DialogCode.Rejected


def test_cautions_enter_alone_does_not_acknowledge(qtbot: QtBot) -> None:
    dialog = CautionsDialog(_routine(("Stop if it hurts.",)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.acknowledge_button.setFocus()
    qtbot.keyClick(dialog.acknowledge_button, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    names = [b.accessibleName() or b.text() for b in dialog.findChildren(QAbstractButton)]
    assert "I have read these cautions" in names


def test_dialogs_follow_the_palette(qtbot: QtBot, tmp_path: Path) -> None:
    dark = QPalette()
    for role, colour in [
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#151515"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#303030"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
    ]:
        dark.setColor(role, QColor(colour))
    dialog = CautionsDialog(_routine(("Stop if it hurts.",)))
    qtbot.addWidget(dialog)
    dialog.setPalette(dark)
    dialog.resize(500, 300)
    image = dialog.grab().toImage()
    # mostly dark pixels: no hard-coded light background anywhere large
    dark_pixels = sum(
        1
        for x in range(0, image.width(), 10)
        for y in range(0, image.height(), 10)
        if QColor(image.pixel(x, y)).lightness() < 80
    )
    total = len(range(0, image.width(), 10)) * len(range(0, image.height(), 10))
    assert dark_pixels / total > 0.8


@pytest.mark.parametrize("cautions", [(), tuple(f"Caution number {i}." for i in range(40))])
def test_cautions_dialog_handles_none_and_many(qtbot: QtBot, cautions: tuple[str, ...]) -> None:
    dialog = CautionsDialog(_routine(cautions))
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.caution_labels) == max(1, len(cautions))
    # many cautions scroll inside the box instead of growing past the screen
    assert dialog.sizeHint().height() < 800


def test_wrapped_notes_are_not_cut_off_with_a_large_font(qtbot: QtBot, qapp: QApplication) -> None:
    original = qapp.font()
    big = QFont(original)
    big.setPointSize(16)
    qapp.setFont(big)
    try:
        dialog = SettingsDialog(Preferences(), voice_unavailable="Voice is off: no engine.")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        notes = [
            label for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()
        ]
        assert len(notes) == 4  # wait for me, reduced motion, language, voice
        for label in notes:
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    finally:
        qapp.setFont(original)


def test_settings_fit_the_screen_and_scroll_when_they_do_not(
    qtbot: QtBot, qapp: QApplication
) -> None:
    original = qapp.font()
    big = QFont(original)
    big.setPointSize(20)  # a large font: the settings need more height than the screen has
    qapp.setFont(big)
    try:
        dialog = SettingsDialog(Preferences())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        screen = dialog.screen()
        assert screen is not None
        room = screen.availableGeometry().height()
        assert dialog.frameGeometry().height() <= room  # OK and Cancel are on the screen
        assert dialog.scroll_area.verticalScrollBar().maximum() > 0  # the rest scrolls
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isVisible() and dialog.rect().contains(ok.mapTo(dialog, ok.rect().center()))
    finally:
        qapp.setFont(original)
