"""What the user chose, kept between runs: preferences, window state, acknowledged cautions.

Three separate files, as MusicBrainz Picard does it: preferences (``preferences.ini``)
are what the user set on purpose; window state (``window-state.ini``: geometry,
splitters) is what the window remembers by itself, and can be thrown away without
losing a choice; acknowledged cautions (``acknowledged.json``) are a record of what
the user has read. Every reader tolerates a damaged file and falls back to defaults.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

from handtrainer.core.model import Routine, Side

if TYPE_CHECKING:
    from handtrainer.core.session import SessionSettings

log = logging.getLogger(__name__)

PREFERENCES_VERSION = 1

# Allowed ranges, shared with the settings dialog so both clamp alike.
GET_READY_RANGE = (0, 30)
SWITCH_RANGE = (0, 30)
REST_RANGE = (0, 120)
VOLUME_RANGE = (0.0, 1.0)
VOICE_RATE_RANGE = (-1.0, 1.0)


def _config_dir() -> Path:
    try:
        from handtrainer.core.paths import user_config_dir
    except ImportError:  # the core paths module may not exist in older checkouts
        import platformdirs

        return Path(platformdirs.user_config_dir("handtrainer"))
    return user_config_dir()


def _data_dir() -> Path:
    try:
        from handtrainer.core.paths import user_data_dir
    except ImportError:
        import platformdirs

        return Path(platformdirs.user_data_dir("handtrainer"))
    return user_data_dir()


@dataclass(frozen=True)
class Preferences:
    """The user's practice preferences, as set in the settings dialog."""

    lead_hand: Side = Side.RIGHT
    get_ready_seconds: int = 5
    switch_seconds: int = 5
    rest_between_steps: int = 0
    wait_before_each_step: bool = False
    sounds_enabled: bool = True
    volume: float = 0.6
    voice_enabled: bool = True
    reduced_motion: bool = False
    practice_name: str = ""  # printed on client programs
    therapist_name: str = ""
    # ``volume`` is the sounds' volume; the voice has its own
    voice_volume: float = 1.0
    voice_name: str = ""  # empty: the engine's default voice for the interface language
    voice_rate: float = 0.0  # -1 slowest, 0 normal, 1 fastest
    voice_title_only: bool = False  # say only each step's title, not its instruction
    count_aloud: bool = False  # say the number of each repetition

    def session_settings(self) -> SessionSettings:
        """The session timing these preferences ask for."""
        from handtrainer.core.session import SessionSettings

        return SessionSettings(
            lead_hand=self.lead_hand,
            get_ready_seconds=float(self.get_ready_seconds),
            switch_seconds=float(self.switch_seconds),
            rest_between_steps=float(self.rest_between_steps),
            wait_before_each_step=self.wait_before_each_step,
        )


# --- reading values that may be anything -------------------------------------------------


def _as_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in {"true", "1", "yes", "on"}:
            return True
        if text in {"false", "0", "no", "off"}:
            return False
    return None


def _as_number(value: object) -> float | None:
    if isinstance(value, bool):  # bool is an int, but "true" seconds is not a length
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _clamped_int(value: object, bounds: tuple[int, int]) -> int | None:
    number = _as_number(value)
    if number is None:
        return None
    return int(min(max(round(number), bounds[0]), bounds[1]))


def _clamped_float(value: object, bounds: tuple[float, float]) -> float | None:
    number = _as_number(value)
    if number is None:
        return None
    return min(max(number, bounds[0]), bounds[1])


def _as_side(value: object) -> Side | None:
    if isinstance(value, str) and value.strip().lower() in (Side.LEFT, Side.RIGHT):
        return Side(value.strip().lower())
    return None  # BOTH cannot lead


def _as_name(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split())[:200]


_READERS: dict[str, Callable[[object], Any]] = {
    "lead_hand": _as_side,
    "get_ready_seconds": lambda v: _clamped_int(v, GET_READY_RANGE),
    "switch_seconds": lambda v: _clamped_int(v, SWITCH_RANGE),
    "rest_between_steps": lambda v: _clamped_int(v, REST_RANGE),
    "wait_before_each_step": _as_bool,
    "sounds_enabled": _as_bool,
    "volume": lambda v: _clamped_float(v, VOLUME_RANGE),
    "voice_enabled": _as_bool,
    "reduced_motion": _as_bool,
    "practice_name": _as_name,
    "therapist_name": _as_name,
    "voice_volume": lambda v: _clamped_float(v, VOLUME_RANGE),
    "voice_name": lambda v: v.strip()[:200] if isinstance(v, str) else None,
    "voice_rate": lambda v: _clamped_float(v, VOICE_RATE_RANGE),
    "voice_title_only": _as_bool,
    "count_aloud": _as_bool,
}


def preferences_from_mapping(values: Mapping[str, object]) -> Preferences:
    """Build Preferences from loosely typed values, key by key.

    A missing or unreadable value falls back to its default; numbers out of
    range are clamped into it. Never raises.
    """
    defaults = Preferences()
    chosen: dict[str, Any] = {}
    for field in fields(Preferences):
        raw = values.get(field.name)
        parsed = _READERS[field.name](raw) if raw is not None else None
        chosen[field.name] = getattr(defaults, field.name) if parsed is None else parsed
    return Preferences(**chosen)


def clamp(prefs: Preferences) -> Preferences:
    """The same preferences with every value brought into its allowed range."""
    return preferences_from_mapping({f.name: getattr(prefs, f.name) for f in fields(prefs)})


# --- upgrades --------------------------------------------------------------------------

UpgradeHook = Callable[[QSettings], None]


def _upgrade_to_1(settings: QSettings) -> None:
    """Files from before versioning hold the same keys: nothing to move."""


# target version -> function that brings a file from the version before up to it
UPGRADE_HOOKS: dict[int, UpgradeHook] = {1: _upgrade_to_1}


def upgrade_settings(
    settings: QSettings,
    hooks: Mapping[int, UpgradeHook] = UPGRADE_HOOKS,
    current: int = PREFERENCES_VERSION,
) -> int:
    """Run the upgrade hooks a file needs, in order; returns the version it had.

    A file without a ``version`` key is version 0. A file written by a newer
    program (a higher version) is left untouched and read as well as it can be.
    """
    stored = _clamped_int(settings.value("version"), (0, 1_000_000))
    old = 0 if stored is None else stored
    if old >= current:
        return old
    for target in sorted(v for v in hooks if old < v <= current):
        hooks[target](settings)
        settings.setValue("version", target)
    settings.setValue("version", current)
    settings.sync()
    return old


# --- the stores --------------------------------------------------------------------------


def _ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


class PreferencesStore:
    """Reads and writes Preferences in ``preferences.ini`` in the user's config folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else _config_dir() / "preferences.ini"

    def load(self) -> Preferences:
        """The saved preferences; defaults for whatever is missing or damaged."""
        if not self.path.exists():
            return Preferences()
        settings = _ini(self.path)
        if settings.status() != QSettings.Status.NoError:
            log.warning("could not read %s; using default preferences", self.path)
            return Preferences()
        upgrade_settings(settings)
        values = {key: settings.value(f"practice/{key}") for key in _READERS}
        return preferences_from_mapping(values)

    def save(self, prefs: Preferences) -> None:
        """Write the preferences; a failure is logged, never raised into the window."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        settings = _ini(self.path)
        settings.setValue("version", PREFERENCES_VERSION)
        for field in fields(prefs):
            value = getattr(prefs, field.name)
            # plain strings, so the file reads the same whatever wrote it
            text = str(value).lower() if isinstance(value, bool) else str(value)
            settings.setValue(f"practice/{field.name}", text)
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            log.warning("could not save preferences to %s", self.path)


class WindowStateStore:
    """Window geometry and splitter positions, in ``window-state.ini``, apart from preferences."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else _config_dir() / "window-state.ini"

    def _read(self, key: str) -> QByteArray | None:
        if not self.path.exists():
            return None
        value = _ini(self.path).value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None

    def _write(self, key: str, data: QByteArray) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        settings = _ini(self.path)
        settings.setValue(key, QByteArray(data))
        settings.sync()

    def save_geometry(self, name: str, data: QByteArray) -> None:
        """Remember a window's geometry (from ``saveGeometry()``) under ``name``."""
        self._write(f"geometry/{name}", data)

    def geometry(self, name: str) -> QByteArray | None:
        """The geometry saved under ``name``, or None."""
        return self._read(f"geometry/{name}")

    def save_state(self, name: str, data: QByteArray) -> None:
        """Remember a splitter's or main window's ``saveState()`` under ``name``."""
        self._write(f"state/{name}", data)

    def state(self, name: str) -> QByteArray | None:
        """The state saved under ``name``, or None."""
        return self._read(f"state/{name}")


def cautions_fingerprint(routine: Routine) -> str:
    """A short hash of a routine's cautions: when they change, it changes."""
    text = json.dumps([c.strip() for c in routine.cautions], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class CautionAcknowledgements:
    """Which routines' cautions the user has read, in ``acknowledged.json``.

    Keyed by routine id and a fingerprint of its cautions, so a routine whose
    cautions changed asks again. The file is replaced atomically; a damaged file
    counts as empty.
    """

    FORMAT_VERSION = 1

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else _data_dir() / "acknowledged.json"
        # acknowledgements that could not be written still hold for this run
        self._unsaved: dict[str, str] = {}

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("ignoring unreadable %s: %s", self.path, error)
            return {}
        routines = data.get("routines") if isinstance(data, dict) else None
        if not isinstance(routines, dict):
            return {}
        return {k: v for k, v in routines.items() if isinstance(k, str) and isinstance(v, str)}

    def is_acknowledged(self, routine: Routine) -> bool:
        """True when there is nothing to read, or these very cautions were acknowledged."""
        if not routine.cautions:
            return True
        fingerprint = cautions_fingerprint(routine)
        if self._unsaved.get(routine.id) == fingerprint:
            return True
        return self._read().get(routine.id) == fingerprint

    def acknowledge(self, routine: Routine) -> None:
        """Record that the user has read this routine's cautions as they stand now."""
        routines = self._read()
        routines[routine.id] = cautions_fingerprint(routine)
        try:
            self._write({"version": self.FORMAT_VERSION, "routines": routines})
        except OSError as error:
            # a full disk must not stop a practice: remember it until the program quits
            log.warning("could not save %s: %s", self.path, error)
            self._unsaved[routine.id] = routines[routine.id]

    def _write(self, data: dict[str, object]) -> None:
        # write a temporary file beside the real one and rename it over: readers
        # see the old file or the new one, never half of one
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(
            prefix=".acknowledged-", suffix=".tmp", dir=self.path.parent
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, indent=2, sort_keys=True)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp_name, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise
