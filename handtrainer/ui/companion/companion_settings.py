"""The companion's own settings (reminders, tray, login), in ``companion.json``.

Kept apart from the practice preferences so the settings dialog's other
sections and this one never write over each other. A damaged or odd value
falls back to its default; nothing here raises.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from handtrainer.core.paths import user_config_dir
from handtrainer.core.schedule import WEEKDAYS, ReminderSchedule, ScheduleKind
from handtrainer.core.userfiles import read_small_file, write_atomically

log = logging.getLogger(__name__)

VERSION = 1
MAX_BYTES = 64 * 1024  # far more than this file ever holds


@dataclass(frozen=True)
class CompanionSettings:
    """Reminders, the tray and starting at login."""

    schedule: ReminderSchedule = field(default_factory=ReminderSchedule)
    keep_in_tray: bool = False  # closing the window leaves the companion in the tray
    told_about_tray: bool = False  # the one-time note when the window first goes to the tray
    start_at_login: bool = False


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "1", "yes", "on"}:
        return True
    if text in {"false", "0", "no", "off"}:
        return False
    return default


def _time(value: object, default: time) -> time:
    try:
        return time.fromisoformat(str(value).strip())
    except ValueError:
        return default


def _int(value: object, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(str(value).strip()), low), high)
    except ValueError:
        return default


def _text_list(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [part for part in str(value).replace(";", ",").split(",") if part.strip()]


class CompanionSettingsStore:
    """Reads and writes CompanionSettings."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else user_config_dir() / "companion.json"

    def load(self) -> CompanionSettings:
        """The saved settings; defaults for whatever is missing or unreadable."""
        default = CompanionSettings()
        # Read with a size cap, never blocking, from a regular file only (no lock files:
        # a stale lock or a folder in its place must not hang the window).
        try:
            data = read_small_file(self.path, MAX_BYTES)
            values = json.loads(data) if data is not None else {}
        except (OSError, ValueError, RecursionError) as error:
            log.warning("ignoring companion settings in %s: %s", self.path, error)
            values = {}
        if not isinstance(values, dict) or not values:
            return default
        d = default.schedule

        def get(key: str) -> object:
            value = values.get(key)
            return "" if value is None else value

        kind_text = str(get("reminders/kind"))
        kind = ScheduleKind(kind_text) if kind_text in {k.value for k in ScheduleKind} else d.kind
        days = {
            n for part in _text_list(get("reminders/days")) if (n := _int(part, -1, -1, 6)) >= 0
        }
        times = tuple(sorted({_time(part, time(0)) for part in _text_list(get("reminders/times"))}))
        try:
            schedule = ReminderSchedule(
                enabled=_bool(get("reminders/enabled"), d.enabled),
                kind=kind,
                every_minutes=_int(get("reminders/every_minutes"), d.every_minutes, 5, 24 * 60),
                work_start=_time(get("reminders/work_start"), d.work_start),
                work_end=_time(get("reminders/work_end"), d.work_end),
                times=times or d.times,
                days=frozenset(days) if get("reminders/days") != "" else WEEKDAYS,
            )
        except ValueError as error:
            log.warning("ignoring reminder settings in %s: %s", self.path, error)
            schedule = d
        return CompanionSettings(
            schedule=schedule,
            keep_in_tray=_bool(get("tray/keep_in_tray"), default.keep_in_tray),
            told_about_tray=_bool(get("tray/told"), default.told_about_tray),
            start_at_login=_bool(get("login/start_at_login"), default.start_at_login),
        )

    def save(self, settings: CompanionSettings) -> None:
        """Write the settings; a failure is logged, never raised into the window."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("could not save %s: %s", self.path, error)
            return
        s = settings.schedule
        values = {
            "version": VERSION,
            "reminders/enabled": str(s.enabled).lower(),
            "reminders/kind": s.kind.value,
            "reminders/every_minutes": str(s.every_minutes),
            "reminders/work_start": s.work_start.strftime("%H:%M"),
            "reminders/work_end": s.work_end.strftime("%H:%M"),
            "reminders/times": ",".join(t.strftime("%H:%M") for t in s.times),
            "reminders/days": ",".join(str(d) for d in sorted(s.days)) or "none",
            "tray/keep_in_tray": str(settings.keep_in_tray).lower(),
            "tray/told": str(settings.told_about_tray).lower(),
            "login/start_at_login": str(settings.start_at_login).lower(),
        }
        try:
            write_atomically(self.path, json.dumps(values, indent=1).encode("utf-8"))
        except OSError as error:
            log.warning("could not save companion settings to %s: %s", self.path, error)
