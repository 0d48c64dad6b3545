"""The settings dialog: practice timing, cues and motion, edited as one Preferences value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core import wording
from handtrainer.core.language import LANGUAGES
from handtrainer.core.model import Side
from handtrainer.core.preferences import TEXT_SIZES
from handtrainer.ui.dialogs.cue_settings import CueSettings, CueTesting
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


@runtime_checkable
class AppliesSettings(Protocol):
    """A Settings tab that keeps its own settings and saves them on OK."""

    def apply(self) -> None: ...


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
        cues: CueTesting | None = None,
    ) -> None:
        super().__init__(parent)
        self._cue_players = cues
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
        self.cues = CueSettings(
            self,
            sounds_unavailable=sounds_unavailable,
            voice_unavailable=voice_unavailable,
            cues=cues,
        )
        general_layout.addWidget(self.cues)
        # the controls by their old names, for callers and tests
        self.sounds, self.volume, self.volume_value = (
            self.cues.sounds,
            self.cues.volume,
            self.cues.volume_value,
        )
        self.voice, self.voice_reason = self.cues.voice, self.cues.voice_reason
        general_layout.addWidget(self._display_group())
        general_layout.addWidget(self._programs_group())
        self._general = general
        # On a low screen (or with a large font) the groups scroll; the buttons stay.
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("settings-scroll")
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the settings
        self.scroll_area.setAccessibleName(self.tr("Settings"))
        self.scroll_area.setWidget(general)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Focus coming in from outside (Tab from the buttons, an Alt letter) scrolls to the
        # control too, not only Tab within the scrolled part (which QScrollArea does).
        for control in general.findChildren(QWidget):
            control.installEventFilter(self)
        # Sections that keep their own settings (the companion's reminders) get a tab
        # each, named by their window title, and apply on OK.
        self.sections = list(sections)
        if self.sections:
            self.tabs = QTabWidget()
            self.tabs.addTab(self.scroll_area, self.tr("Practice"))
            for section in self.sections:
                self.tabs.addTab(section, section.windowTitle())
                if isinstance(section, AppliesSettings):
                    self.accepted.connect(section.apply)
            layout.addWidget(self.tabs)
        else:
            layout.addWidget(self.scroll_area)

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
        # with a large font; size the dialog for its real width once: as tall as its
        # settings need, but no taller than the screen leaves room for (they scroll then).
        layout, inner = self.layout(), self._general.layout()
        assert layout is not None and inner is not None  # made in __init__
        layout.activate()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(self._general.sizeHint().width() + bar, self.minimumWidth())
        chrome = layout.totalSizeHint().height() - self.scroll_area.sizeHint().height()
        needed = inner.totalHeightForWidth(width - bar) + chrome + self._tab_bar_height()
        screen = self.screen()
        room = screen.availableGeometry().height() * 9 // 10 if screen is not None else needed
        height = min(needed, room)
        self.setMinimumHeight(min(height, max(room // 2, 240)))
        self.resize(width + 2 * layout.contentsMargins().left(), height)

    def _tab_bar_height(self) -> int:
        tabs = getattr(self, "tabs", None)
        return tabs.tabBar().sizeHint().height() + 8 if isinstance(tabs, QTabWidget) else 0

    # --- building ---------------------------------------------------------------------

    def _practice_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Practice"))
        form = QFormLayout(group)

        self.lead_hand = QComboBox()
        for side in (Side.RIGHT, Side.LEFT):
            self.lead_hand.addItem(wording.lead_side_name(side), side.value)
        # One setting for hand and foot routines alike: it names the side, not the hand.
        self.lead_hand.setAccessibleName(self.tr("Start with"))
        self.lead_hand.setToolTip(
            self.tr(
                "Whether a step done on each hand or foot in turn starts on the right or the left"
            )
        )
        form.addRow(self.tr("&Start with:"), self.lead_hand)

        self.get_ready = _seconds_box(GET_READY_RANGE, self.tr("None"), self.tr("Get-ready count"))
        self.get_ready.setToolTip(self.tr("A short count before the first step"))
        form.addRow(self.tr("&Get ready:"), self.get_ready)

        self.switch_pause = _seconds_box(SWITCH_RANGE, self.tr("None"), self.tr("Switch pause"))
        self.switch_pause.setToolTip(
            self.tr("Time to move from one hand to the other, or from one foot to the other")
        )
        form.addRow(self.tr("S&witch sides pause:"), self.switch_pause)

        self.rest = _seconds_box(REST_RANGE, self.tr("None"), self.tr("Rest between steps"))
        self.rest.setToolTip(self.tr("An extra rest after every step"))
        form.addRow(self.tr("&Rest between steps:"), self.rest)

        self.wait_each = QCheckBox(self.tr("Wait for &me before each step"))
        self.wait_each.setAccessibleName(self.tr("Wait for me before each step"))
        form.addRow(self.wait_each)
        form.addRow(_note(self.tr("The trainer pauses before every step until you press Space.")))
        return group

    def _display_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Display"))
        form = QFormLayout(group)
        self.reduced_motion = QCheckBox(self.tr("Re&duce motion"))
        self.reduced_motion.setAccessibleName(self.tr("Reduce motion"))
        form.addRow(self.reduced_motion)
        form.addRow(_note(self.tr("The diagram stays still: no pulsing, no moving arrows.")))
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for size in TEXT_SIZES:
            label = self.tr("{percent} %").format(percent=round(size * 100))
            self.text_size.addItem(label if size != 1.0 else self.tr("Normal (100 %)"), size)
        self.text_size.setToolTip(self.tr("Also Ctrl+plus and Ctrl+minus, in every view"))
        form.addRow(self.tr("Te&xt size:"), self.text_size)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As the system is set"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(
            _note(
                self.tr(
                    "The window, the routines and the voice change language when Hand "
                    "Trainer restarts; after OK you can restart it at once."
                )
            )
        )
        return group

    def _programs_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Client programs"))
        form = QFormLayout(group)
        self.practice_name = QLineEdit()
        self.practice_name.setMaxLength(200)
        self.practice_name.setAccessibleName(self.tr("Practice name"))
        form.addRow(self.tr("Practice &name:"), self.practice_name)
        self.therapist_name = QLineEdit()
        self.therapist_name.setMaxLength(200)
        self.therapist_name.setAccessibleName(self.tr("Therapist name"))
        form.addRow(self.tr("&Therapist name:"), self.therapist_name)
        for edit in (self.practice_name, self.therapist_name):
            edit.setToolTip(self.tr("Printed on the sheet of a routine written for a client"))
        return group

    # --- values -------------------------------------------------------------------------

    def _show(self, prefs: Preferences) -> None:
        prefs = clamp(prefs)
        self.lead_hand.setCurrentIndex(max(0, self.lead_hand.findData(prefs.lead_hand.value)))
        self.get_ready.setValue(round(prefs.get_ready_seconds))
        self.switch_pause.setValue(round(prefs.switch_seconds))
        self.rest.setValue(round(prefs.rest_between_steps))
        self.wait_each.setChecked(prefs.wait_before_each_step)
        self.cues.show_preferences(prefs)
        self.reduced_motion.setChecked(prefs.reduced_motion)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(prefs.text_size)))
        self.practice_name.setText(prefs.practice_name)
        self.therapist_name.setText(prefs.therapist_name)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))

    def reject(self) -> None:
        # A test may have set the players to choices that are now not kept.
        if self.cues.tested and self._cue_players is not None:
            self._cue_players.apply_preferences(self._original)
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.scroll_area.ensureWidgetVisible(watched)
        return super().eventFilter(watched, event)

    def _on_button(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role is QDialogButtonBox.ButtonRole.ResetRole:
            self._show(Preferences())

    def preferences(self) -> Preferences:
        """The preferences as edited; switches this machine cannot use keep their old value."""
        side = str(self.lead_hand.currentData())
        return replace(
            self.cues.edited(self._original),
            lead_hand=Side.LEFT if side == Side.LEFT else Side.RIGHT,
            get_ready_seconds=float(self.get_ready.value()),
            switch_seconds=float(self.switch_pause.value()),
            rest_between_steps=float(self.rest.value()),
            wait_before_each_step=self.wait_each.isChecked(),
            reduced_motion=self.reduced_motion.isChecked(),
            text_size=float(self.text_size.currentData()),
            practice_name=" ".join(self.practice_name.text().split()),
            therapist_name=" ".join(self.therapist_name.text().split()),
            language=str(self.language.currentData() or ""),
        )
