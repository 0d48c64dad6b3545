"""The sound and voice part of the settings dialog: switches, volumes, voice, speed, wording,
and buttons to hear the choice before keeping it."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from handtrainer.ui.preferences import Preferences

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

# The speeds offered, as QTextToSpeech rates (-1 slowest .. 1 fastest).

RATES = ((-0.3, "Slower"), (0.0, "Normal"), (0.3, "Faster"))


class CueTesting(Protocol):
    """What the dialog asks of the cue players (the window's CueRouter)."""

    def voice_names(self) -> list[str]: ...
    def test_sounds(self, prefs: Preferences) -> None: ...
    def test_voice(self, prefs: Preferences) -> None: ...
    def apply_preferences(self, prefs: Preferences) -> None: ...


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _volume_row(accessible: str) -> tuple[QWidget, QSlider, QLabel]:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setPageStep(10)
    slider.setAccessibleName(accessible)
    value = QLabel()
    value.setMinimumWidth(value.fontMetrics().horizontalAdvance("100 %"))
    slider.valueChanged.connect(
        lambda v: value.setText(translate("CueSettings", "{0} %").format(v))
    )
    layout.addWidget(slider, 1)
    layout.addWidget(value)
    return row, slider, value


class CueSettings(QGroupBox):
    """Sounds and voice settings. Reasons a cue cannot work here disable its switch and are
    shown, but the stored choice is kept for a machine where it works."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        sounds_unavailable: str | None = None,
        voice_unavailable: str | None = None,
        cues: CueTesting | None = None,
    ) -> None:
        super().__init__(translate("CueSettings", "Cues"), parent)
        self._sounds_unavailable = sounds_unavailable
        self._voice_unavailable = voice_unavailable
        self._cues = cues
        self.tested = False  # the players were set to the edited choice to test it
        form = QFormLayout(self)

        self.sounds = QCheckBox(translate("CueSettings", "Pla&y sounds"))
        self.sounds.setAccessibleName(translate("CueSettings", "Play sounds"))
        self.sounds.setToolTip(
            translate("CueSettings", "A chime for each step, ticks, pips and an end chord")
        )
        form.addRow(self.sounds)
        if sounds_unavailable:
            self.sounds.setEnabled(False)
            form.addRow(_note(sounds_unavailable))
        row, self.volume, self.volume_value = _volume_row(translate("CueSettings", "Sounds volume"))
        self.test_sounds = QPushButton(translate("CueSettings", "&Test sounds"))
        self.test_sounds.setAccessibleName(translate("CueSettings", "Test sounds"))
        self.test_sounds.clicked.connect(self._test_sounds)
        row_layout = row.layout()
        assert row_layout is not None  # made by _volume_row
        row_layout.addWidget(self.test_sounds)
        label = QLabel(translate("CueSettings", "Sounds &volume:"))
        label.setBuddy(self.volume)
        form.addRow(label, row)

        self.voice = QCheckBox(translate("CueSettings", "Read steps &aloud"))
        self.voice.setAccessibleName(translate("CueSettings", "Read steps aloud"))
        self.voice.setToolTip(
            translate("CueSettings", "Speak each step's title and instruction as it starts")
        )
        form.addRow(self.voice)
        self.voice_reason: QLabel | None = None
        if voice_unavailable:
            self.voice.setEnabled(False)
            self.voice.setAccessibleDescription(voice_unavailable)
            self.voice_reason = _note(voice_unavailable)
            form.addRow(self.voice_reason)

        self.voice_name = QComboBox()
        self.voice_name.setAccessibleName(translate("CueSettings", "Voice"))
        form.addRow(translate("CueSettings", "Vo&ice:"), self.voice_name)
        self.voice_rate = QComboBox()
        self.voice_rate.setAccessibleName(translate("CueSettings", "Speaking speed"))
        for rate, text in RATES:
            self.voice_rate.addItem(translate("CueSettings", text), rate)
        form.addRow(translate("CueSettings", "S&peed:"), self.voice_rate)
        row, self.voice_volume, self.voice_volume_value = _volume_row(
            translate("CueSettings", "Voice volume")
        )
        self.test_voice = QPushButton(translate("CueSettings", "T&est voice"))
        self.test_voice.setAccessibleName(translate("CueSettings", "Test voice"))
        self.test_voice.clicked.connect(self._test_voice)
        row_layout = row.layout()
        assert row_layout is not None  # made by _volume_row
        row_layout.addWidget(self.test_voice)
        label = QLabel(translate("CueSettings", "Voice vol&ume:"))
        label.setBuddy(self.voice_volume)
        form.addRow(label, row)
        self.title_only = QCheckBox(translate("CueSettings", "Say &only each step's title"))
        self.title_only.setAccessibleName(translate("CueSettings", "Say only each step's title"))
        form.addRow(self.title_only)
        self.count_aloud = QCheckBox(translate("CueSettings", "&Count repetitions aloud"))
        self.count_aloud.setAccessibleName(translate("CueSettings", "Count repetitions aloud"))
        form.addRow(self.count_aloud)

        self.sounds.toggled.connect(self._update_enabled)
        self.voice.toggled.connect(self._update_enabled)
        if cues is None:
            self.test_sounds.hide()
            self.test_voice.hide()

    def _fill_voices(self, chosen: str) -> None:
        self.voice_name.clear()
        self.voice_name.addItem(translate("CueSettings", "Default voice"), "")
        names = self._cues.voice_names() if self._cues is not None else []
        if chosen and chosen not in names:
            names = [chosen, *names]
        for name in names:
            self.voice_name.addItem(name, name)
        self.voice_name.setCurrentIndex(max(0, self.voice_name.findData(chosen)))

    def show_preferences(self, prefs: Preferences) -> None:
        """Show these (already clamped) preferences."""
        self.sounds.setChecked(prefs.sounds_enabled and not self._sounds_unavailable)
        self.volume.setValue(round(prefs.volume * 100))
        self.volume.valueChanged.emit(self.volume.value())
        self.voice.setChecked(prefs.voice_enabled and not self._voice_unavailable)
        self._fill_voices(prefs.voice_name)
        nearest = min(range(len(RATES)), key=lambda i: abs(RATES[i][0] - prefs.voice_rate))
        self.voice_rate.setCurrentIndex(nearest)
        self.voice_volume.setValue(round(prefs.voice_volume * 100))
        self.voice_volume.valueChanged.emit(self.voice_volume.value())
        self.title_only.setChecked(prefs.voice_title_only)
        self.count_aloud.setChecked(prefs.count_aloud)
        self._update_enabled()

    def edited(self, original: Preferences) -> Preferences:
        """``original`` with the cue choices as edited here."""
        return replace(
            original,
            sounds_enabled=(
                original.sounds_enabled if self._sounds_unavailable else self.sounds.isChecked()
            ),
            volume=self.volume.value() / 100,
            voice_enabled=(
                original.voice_enabled if self._voice_unavailable else self.voice.isChecked()
            ),
            voice_name=str(self.voice_name.currentData() or ""),
            voice_rate=float(self.voice_rate.currentData()),
            voice_volume=self.voice_volume.value() / 100,
            voice_title_only=self.title_only.isChecked(),
            count_aloud=self.count_aloud.isChecked(),
        )

    def _update_enabled(self) -> None:
        sounds, voice = self.sounds.isChecked(), self.voice.isChecked()
        self.volume.setEnabled(sounds)
        self.test_sounds.setEnabled(sounds)
        for widget in (
            self.voice_name,
            self.voice_rate,
            self.voice_volume,
            self.test_voice,
            self.title_only,
            self.count_aloud,
        ):
            widget.setEnabled(voice)

    def _test_sounds(self) -> None:
        if self._cues is not None:
            self.tested = True
            self._cues.test_sounds(self.edited(Preferences()))

    def _test_voice(self) -> None:
        if self._cues is not None:
            self.tested = True
            self._cues.test_voice(self.edited(Preferences()))
