"""The Reminders section of the settings dialog: schedule, tray and login, in its own widget.

The settings dialog includes it as one more section; on OK it calls
:meth:`ReminderSettingsSection.apply`, which hands the new settings to the
companion (which saves them and acts on them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from handtrainer.core.schedule import ReminderSchedule, ScheduleKind
from handtrainer.ui.companion.companion_settings import CompanionSettings

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def parse_times(text: str) -> tuple[time, ...] | None:
    """``08:30, 20:00`` as times; None when a part cannot be read."""
    found = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            found.append(time.fromisoformat(part if len(part) > 2 else f"{part}:00"))
        except ValueError:
            return None
    return tuple(sorted(set(found)))


class ReminderSettingsSection(QGroupBox):
    """Edits CompanionSettings; ``apply`` passes the result to ``on_apply``."""

    def __init__(
        self,
        settings: CompanionSettings,
        on_apply: Callable[[CompanionSettings], None],
        *,
        has_tray: bool,
        has_notifications: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminder-settings")
        self.setWindowTitle(translate("ReminderSettings", "Reminders"))  # the settings dialog's tab
        self.setFlat(True)
        self._original = settings
        self._on_apply = on_apply
        form = QFormLayout(self)
        s = settings.schedule

        self.enabled = QCheckBox(translate("ReminderSettings", "Remind me to &practise"))
        form.addRow(self.enabled)
        self.kind = QComboBox()
        self.kind.addItem(
            translate("ReminderSettings", "Every few minutes in working hours"),
            ScheduleKind.EVERY.value,
        )
        self.kind.addItem(
            translate("ReminderSettings", "At set times of day"), ScheduleKind.AT_TIMES.value
        )
        self.kind.setAccessibleName(translate("ReminderSettings", "When to remind"))
        form.addRow(translate("ReminderSettings", "&When:"), self.kind)

        self.every = QSpinBox()
        self.every.setRange(5, 24 * 60)
        self.every.setSingleStep(15)
        self.every.setSuffix(translate("ReminderSettings", " min"))
        self.every.setAccessibleName(translate("ReminderSettings", "Minutes between reminders"))
        form.addRow(translate("ReminderSettings", "&Every:"), self.every)
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        self.work_start = QTimeEdit()
        self.work_start.setDisplayFormat("HH:mm")
        self.work_start.setAccessibleName(translate("ReminderSettings", "Working hours start"))
        self.work_end = QTimeEdit()
        self.work_end.setDisplayFormat("HH:mm")
        self.work_end.setAccessibleName(translate("ReminderSettings", "Working hours end"))
        row.addWidget(self.work_start)
        row.addWidget(QLabel(translate("ReminderSettings", "to")))
        row.addWidget(self.work_end)
        row.addStretch(1)
        hours_label = QLabel(translate("ReminderSettings", "Wor&king hours:"))
        hours_label.setBuddy(self.work_start)
        form.addRow(hours_label, hours)
        self.times = QLineEdit()
        self.times.setPlaceholderText("08:30, 20:00")
        self.times.setAccessibleName(translate("ReminderSettings", "Times of day"))
        form.addRow(translate("ReminderSettings", "&Times of day:"), self.times)

        days = QWidget()
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        from PySide6.QtCore import QLocale

        self.days: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            self.days.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        form.addRow(translate("ReminderSettings", "On:"), days)
        form.addRow(
            self._note(
                translate(
                    "ReminderSettings",
                    "No reminder comes while a routine runs or the screen is locked, and "
                    "reminders missed while the computer slept are not made up for. Morning "
                    "reminders suggest a brisk routine, evening ones a slow one.",
                )
            )
        )

        self.keep_in_tray = QCheckBox(
            translate("ReminderSettings", "&Closing the window keeps Hand Trainer in the tray")
        )
        form.addRow(self.keep_in_tray)
        if not has_tray:
            self.keep_in_tray.setEnabled(False)
            how = (
                translate(
                    "ReminderSettings",
                    "reminders come as desktop notifications while Hand Trainer runs.",
                )
                if has_notifications
                else translate(
                    "ReminderSettings",
                    "reminders appear in the Hand Trainer window while it is open.",
                )
            )
            self.no_tray: QLabel | None = self._note(
                translate("ReminderSettings", "This desktop shows no tray icons: {how}").format(
                    how=how
                )
            )
            self.no_tray.setObjectName("no-tray-note")
            form.addRow(self.no_tray)
        else:
            self.no_tray = None
        self.start_at_login = QCheckBox(
            translate("ReminderSettings", "Start Hand Trainer when I &log in")
        )
        form.addRow(self.start_at_login)

        self.enabled.setChecked(s.enabled)
        self.kind.setCurrentIndex(max(0, self.kind.findData(s.kind.value)))
        self.every.setValue(s.every_minutes)
        self.work_start.setTime(_qtime(s.work_start))
        self.work_end.setTime(_qtime(s.work_end))
        self.times.setText(", ".join(t.strftime("%H:%M") for t in s.times))
        for weekday, box in enumerate(self.days):
            box.setChecked(weekday in s.days)
        self.keep_in_tray.setChecked(settings.keep_in_tray and has_tray)
        self.start_at_login.setChecked(settings.start_at_login)
        self.enabled.toggled.connect(self._update_enabled)
        self.kind.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _update_enabled(self) -> None:
        on = self.enabled.isChecked()
        every = self.kind.currentData() == ScheduleKind.EVERY.value
        self.kind.setEnabled(on)
        for widget in (self.every, self.work_start, self.work_end):
            widget.setEnabled(on and every)
        self.times.setEnabled(on and not every)
        for box in self.days:
            box.setEnabled(on)

    def settings(self) -> CompanionSettings:
        """The settings as edited (unreadable times keep the old ones)."""
        old = self._original.schedule
        times = parse_times(self.times.text()) or old.times
        schedule = ReminderSchedule(
            enabled=self.enabled.isChecked(),
            kind=ScheduleKind(str(self.kind.currentData())),
            every_minutes=self.every.value(),
            work_start=_time(self.work_start.time()),
            work_end=_time(self.work_end.time()),
            times=times,
            days=frozenset(n for n, box in enumerate(self.days) if box.isChecked()),
        )
        keep = self.keep_in_tray.isChecked() if self.keep_in_tray.isEnabled() else None
        return replace(
            self._original,
            schedule=schedule,
            keep_in_tray=self._original.keep_in_tray if keep is None else keep,
            start_at_login=self.start_at_login.isChecked(),
        )

    def apply(self) -> None:
        """Hand the edited settings on (the dialog calls this on OK)."""
        self._on_apply(self.settings())
