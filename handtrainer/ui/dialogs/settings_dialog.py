"""The settings dialog: practice timing, cues and motion, edited as one Preferences value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core.model import Side
from handtrainer.ui.preferences import (
    GET_READY_RANGE,
    REST_RANGE,
    SWITCH_RANGE,
    Preferences,
    clamp,
)


def _seconds_box(bounds: tuple[float, float], zero_text: str, accessible: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(int(bounds[0]), int(bounds[1]))  # whole seconds, as the preferences keep them
    box.setSuffix(QCoreApplication.translate("SettingsDialog", " s"))
    box.setSpecialValueText(zero_text)  # shown instead of "0 s"
    box.setAccessibleName(accessible)
    return box


def _note(text: str) -> QLabel:
    """An explanatory line under a control (full text colour: it must stay readable)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SettingsDialog(QDialog):
    """Edits the user's Preferences; read the result with :meth:`preferences` after OK.

    ``voice_unavailable`` and ``sounds_unavailable`` are reasons (from the cue players)
    why that cue cannot work on this machine: the switch is then disabled and the
    reason is shown, but the stored choice is kept for a machine where it works.
    """

    def __init__(
        self,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        voice_unavailable: str | None = None,
        sounds_unavailable: str | None = None,
        sections: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(parent)
        self._original = prefs
        self._voice_unavailable = voice_unavailable
        self._sounds_unavailable = sounds_unavailable
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        layout = QVBoxLayout(self)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        if not sections:
            general_layout.setContentsMargins(0, 0, 0, 0)
        general_layout.addWidget(self._practice_group())
        general_layout.addWidget(self._cues_group())
        general_layout.addWidget(self._display_group())
        # Sections that keep their own settings (the companion's reminders) get a tab
        # each, named by their window title, and apply on OK.
        self.sections = list(sections)
        if self.sections:
            self.tabs = QTabWidget()
            self.tabs.addTab(general, self.tr("Practice"))
            for section in self.sections:
                self.tabs.addTab(section, section.windowTitle())
                apply = getattr(section, "apply", None)
                if callable(apply):
                    self.accepted.connect(apply)
            layout.addWidget(self.tabs)
        else:
            layout.addWidget(general)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._on_button)
        layout.addWidget(self.buttons)

        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 55)
        self._show(prefs)
        self.lead_hand.setFocus()
        self._fit_wrapped_notes()

    def _fit_wrapped_notes(self) -> None:
        # A top-level window ignores height-for-width, so wrapped notes would be cut off
        # with a large font; size the dialog for its real width once.
        layout = self.layout()
        assert layout is not None  # made in __init__
        layout.activate()
        width = max(self.sizeHint().width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width)
        self.setMinimumHeight(height)
        self.resize(width, height)

    # --- building ---------------------------------------------------------------------

    def _practice_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Practice"))
        form = QFormLayout(group)

        self.lead_hand = QComboBox()
        self.lead_hand.addItem(self.tr("Right hand first"), Side.RIGHT.value)
        self.lead_hand.addItem(self.tr("Left hand first"), Side.LEFT.value)
        self.lead_hand.setAccessibleName(self.tr("Lead hand"))
        self.lead_hand.setToolTip(self.tr("Which hand a step works on first"))
        form.addRow(self.tr("&Lead hand:"), self.lead_hand)

        self.get_ready = _seconds_box(GET_READY_RANGE, self.tr("None"), self.tr("Get-ready count"))
        self.get_ready.setToolTip(self.tr("A short count before the first step"))
        form.addRow(self.tr("&Get ready:"), self.get_ready)

        self.switch_pause = _seconds_box(SWITCH_RANGE, self.tr("None"), self.tr("Switch pause"))
        self.switch_pause.setToolTip(self.tr("Time to change hands between the two hands"))
        form.addRow(self.tr("S&witch hands pause:"), self.switch_pause)

        self.rest = _seconds_box(REST_RANGE, self.tr("None"), self.tr("Rest between steps"))
        self.rest.setToolTip(self.tr("An extra rest after every step"))
        form.addRow(self.tr("&Rest between steps:"), self.rest)

        self.wait_each = QCheckBox(self.tr("Wait for &me before each step"))
        self.wait_each.setAccessibleName(self.tr("Wait for me before each step"))
        form.addRow(self.wait_each)
        form.addRow(_note(self.tr("The trainer pauses before every step until you press Space.")))
        return group

    def _cues_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Cues"))
        form = QFormLayout(group)

        self.sounds = QCheckBox(self.tr("Play &sounds"))
        self.sounds.setAccessibleName(self.tr("Play sounds"))
        self.sounds.setToolTip(self.tr("A chime for each step, ticks, pips and an end chord"))
        form.addRow(self.sounds)
        if self._sounds_unavailable:
            self.sounds.setEnabled(False)
            form.addRow(_note(self._sounds_unavailable))

        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume_value = QLabel()
        widest = self.volume_value.fontMetrics().horizontalAdvance("100 %")
        self.volume_value.setMinimumWidth(widest)
        self.volume.valueChanged.connect(self._show_volume)
        row_layout.addWidget(self.volume, 1)
        row_layout.addWidget(self.volume_value)
        volume_label = QLabel(self.tr("&Volume:"))
        volume_label.setBuddy(self.volume)
        form.addRow(volume_label, row)

        self.voice = QCheckBox(self.tr("Read steps &aloud"))
        self.voice.setAccessibleName(self.tr("Read steps aloud"))
        self.voice.setToolTip(self.tr("Speak each step's title and instruction as it starts"))
        form.addRow(self.voice)
        if self._voice_unavailable:
            self.voice.setEnabled(False)
            self.voice.setAccessibleDescription(self._voice_unavailable)
            self.voice_reason: QLabel | None = _note(self._voice_unavailable)
            form.addRow(self.voice_reason)
        else:
            self.voice_reason = None

        self.sounds.toggled.connect(self._update_volume_enabled)
        self.voice.toggled.connect(self._update_volume_enabled)
        return group

    def _display_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Display"))
        form = QFormLayout(group)
        self.reduced_motion = QCheckBox(self.tr("Re&duce motion"))
        self.reduced_motion.setAccessibleName(self.tr("Reduce motion"))
        form.addRow(self.reduced_motion)
        form.addRow(_note(self.tr("The diagram stays still: no pulsing, no moving arrows.")))
        return group

    # --- values -------------------------------------------------------------------------

    def _show(self, prefs: Preferences) -> None:
        prefs = clamp(prefs)
        self.lead_hand.setCurrentIndex(max(0, self.lead_hand.findData(prefs.lead_hand.value)))
        self.get_ready.setValue(round(prefs.get_ready_seconds))
        self.switch_pause.setValue(round(prefs.switch_seconds))
        self.rest.setValue(round(prefs.rest_between_steps))
        self.wait_each.setChecked(prefs.wait_before_each_step)
        self.sounds.setChecked(prefs.sounds_enabled and not self._sounds_unavailable)
        self.volume.setValue(round(prefs.volume * 100))
        self._show_volume(self.volume.value())
        self.voice.setChecked(prefs.voice_enabled and not self._voice_unavailable)
        self.reduced_motion.setChecked(prefs.reduced_motion)
        self._update_volume_enabled()

    def _show_volume(self, value: int) -> None:
        self.volume_value.setText(self.tr("{0} %").format(value))

    def _update_volume_enabled(self) -> None:
        self.volume.setEnabled(self.sounds.isChecked() or self.voice.isChecked())

    def _on_button(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role is QDialogButtonBox.ButtonRole.ResetRole:
            self._show(Preferences())

    def preferences(self) -> Preferences:
        """The preferences as edited; switches this machine cannot use keep their old value."""
        side = str(self.lead_hand.currentData())
        return replace(
            self._original,
            lead_hand=Side.LEFT if side == Side.LEFT else Side.RIGHT,
            get_ready_seconds=float(self.get_ready.value()),
            switch_seconds=float(self.switch_pause.value()),
            rest_between_steps=float(self.rest.value()),
            wait_before_each_step=self.wait_each.isChecked(),
            sounds_enabled=(
                self._original.sounds_enabled
                if self._sounds_unavailable
                else self.sounds.isChecked()
            ),
            volume=self.volume.value() / 100,
            voice_enabled=(
                self._original.voice_enabled if self._voice_unavailable else self.voice.isChecked()
            ),
            reduced_motion=self.reduced_motion.isChecked(),
        )
