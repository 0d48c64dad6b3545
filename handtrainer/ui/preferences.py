"""Where the user's choices and the program's memory are kept: three small files.

As MusicBrainz Picard does it, preferences (``preferences.ini``, in the config
folder) are what the user set on purpose; window state (``window-state.json``:
geometry, splitters) and acknowledged cautions (``acknowledged.json``) are
state the program keeps by itself, in the state folder (``$XDG_STATE_HOME``),
moved there once from where older versions kept them.

Every file is written atomically without lock files (``core.userfiles``), read
with a size cap and never from a pipe or a device. Nothing here raises into
the window: ``load`` falls back to defaults, and every save returns what went
wrong, in words for the status bar, or ``None``.
"""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from handtrainer.core import paths
from handtrainer.core.model import Routine
from handtrainer.core.preferences import (
    GET_READY_RANGE,
    PREFERENCES_VERSION,
    READERS,
    REST_RANGE,
    SWITCH_RANGE,
    VOICE_RATE_RANGE,
    VOLUME_RANGE,
    DamagedFile,
    Preferences,
    clamp,
    parse_ini,
    preferences_from_mapping,
    to_ini,
    upgrade,
)
from handtrainer.core.userfiles import (
    NotAFile,
    TooLarge,
    keep_aside,
    move_once,
    read_small_file,
    write_atomically,
)

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


__all__ = [
    "GET_READY_RANGE",
    "PREFERENCES_VERSION",
    "REST_RANGE",
    "SWITCH_RANGE",
    "VOICE_RATE_RANGE",
    "VOLUME_RANGE",
    "CautionAcknowledgements",
    "Preferences",
    "PreferencesStore",
    "WindowStateStore",
    "clamp",
]

log = logging.getLogger(__name__)

MAX_STATE_BYTES = 1024 * 1024


def _why(error: OSError) -> str:
    return error.strerror or str(error)


class PreferencesStore:
    """Reads and writes Preferences in ``preferences.ini`` in the user's config folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.user_config_dir() / "preferences.ini"
        self.notice: str | None = None
        """Something the window should say once about the last ``load`` (or ``None``)."""

    def load(self) -> Preferences:
        """The saved preferences; defaults for whatever is missing or damaged. Never writes."""
        self.notice = None
        try:
            data = read_small_file(self.path, 64 * 1024)
        except (NotAFile, TooLarge) as error:
            return self._damaged(str(error))
        except OSError as error:
            self.notice = translate(
                "PreferencesStore",
                "Your preferences could not be read ({error}); the defaults are in use.",
            ).format(error=_why(error))
            return Preferences()
        if data is None:
            return Preferences()
        try:
            version, values = parse_ini(data.decode("utf-8"))
        except (UnicodeDecodeError, DamagedFile) as error:
            return self._damaged(str(error))
        upgrade(values, version)  # in memory: the file is rewritten only when saved
        return preferences_from_mapping({key: values.get(key) for key in READERS})

    def _damaged(self, why: str) -> Preferences:
        """Keep a damaged file aside (renamed, with the date) and start from the defaults."""
        log.warning("damaged preferences %s: %s", self.path, why)
        try:
            kept = keep_aside(self.path)
        except OSError as error:
            self.notice = translate(
                "PreferencesStore",
                "Your preferences file {path} is damaged and could not be moved aside "
                "({error}); the defaults are in use.",
            ).format(path=self.path, error=_why(error))
        else:
            self.notice = translate(
                "PreferencesStore",
                "Your preferences file was damaged: it is kept as {path}, and the "
                "defaults are in use.",
            ).format(path=kept)
        return Preferences()

    def save(self, prefs: Preferences) -> str | None:
        """Write the preferences; what went wrong, in words for the window, or ``None``."""
        try:
            write_atomically(self.path, to_ini(prefs).encode("utf-8"))
        except OSError as error:
            log.warning("could not save preferences to %s: %s", self.path, error)
            return translate(
                "PreferencesStore", "Your preferences could not be saved in {path} ({error})."
            ).format(path=self.path.parent, error=_why(error))
        return None


class WindowStateStore:
    """Window geometry and splitter positions, in ``window-state.json``, apart from preferences."""

    def __init__(self, path: Path | None = None, old_path: Path | None = None) -> None:
        if path is None:
            path = paths.user_state_dir() / "window-state.json"
            old_path = old_path or paths.user_config_dir() / "window-state.ini"
        self.path = path
        self._old_path = old_path
        self._values: dict[str, str] | None = None

    def _load(self) -> dict[str, str]:
        if self._values is None:
            self._values = self._read() or self._moved_from_old_place()
        return self._values

    def _read(self) -> dict[str, str]:
        try:
            data = read_small_file(self.path, MAX_STATE_BYTES)
            loaded = json.loads(data) if data else {}
        except (OSError, ValueError, RecursionError, MemoryError) as error:
            log.warning("ignoring unreadable %s: %s", self.path, error)
            return {}
        if not isinstance(loaded, dict):
            return {}
        return {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, str)}

    def _moved_from_old_place(self) -> dict[str, str]:
        """Older versions kept window state in ``window-state.ini`` (QSettings) in the config."""
        old = self._old_path
        try:
            if old is None or not old.is_file() or self.path.exists():
                return {}
        except OSError:
            return {}
        settings = QSettings(str(old), QSettings.Format.IniFormat)  # reading takes no lock
        values: dict[str, str] = {}
        for key in settings.allKeys():
            value = settings.value(key)
            raw = value.data() if isinstance(value, QByteArray) else value
            if isinstance(raw, bytes) and raw:
                values[key] = base64.b64encode(raw).decode("ascii")
        if self._write(values) is None:
            old.unlink(missing_ok=True)
        return values

    def _write(self, values: dict[str, str]) -> str | None:
        try:
            write_atomically(self.path, json.dumps(values, indent=1, sort_keys=True).encode())
        except OSError as error:
            log.warning("could not save window state to %s: %s", self.path, error)
            return translate(
                "PreferencesStore", "The window's size and layout could not be saved ({error})."
            ).format(error=_why(error))
        return None

    def _get(self, key: str) -> QByteArray | None:
        text = self._load().get(key)
        if not text:
            return None
        try:
            return QByteArray(base64.b64decode(text, validate=True))
        except ValueError:
            return None

    def _set(self, key: str, data: QByteArray) -> str | None:
        values = self._load()
        values[key] = base64.b64encode(bytes(data.data())).decode("ascii")
        return self._write(values)

    def save_geometry(self, name: str, data: QByteArray) -> str | None:
        """Remember a window's geometry (from ``saveGeometry()``) under ``name``."""
        return self._set(f"geometry/{name}", data)

    def geometry(self, name: str) -> QByteArray | None:
        """The geometry saved under ``name``, or None."""
        return self._get(f"geometry/{name}")

    def save_state(self, name: str, data: QByteArray) -> str | None:
        """Remember a splitter's or main window's ``saveState()`` under ``name``."""
        return self._set(f"state/{name}", data)

    def state(self, name: str) -> QByteArray | None:
        """The state saved under ``name``, or None."""
        return self._get(f"state/{name}")

    def forget_state(self, name: str) -> str | None:
        """Drop the state saved under ``name`` (it moved elsewhere)."""
        values = self._load()
        if values.pop(f"state/{name}", None) is None:
            return None
        return self._write(values)


def cautions_fingerprint(routine: Routine) -> str:
    """A short hash of a routine's cautions: when they change, it changes."""
    text = json.dumps([c.strip() for c in routine.cautions], ensure_ascii=False)
    import hashlib  # only when a routine with cautions is opened

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class CautionAcknowledgements:
    """Which routines' cautions the user has read, in ``acknowledged.json``.

    Keyed by routine id and a fingerprint of its cautions, so a routine whose
    cautions changed asks again. A damaged, huge or deeply nested file, or a
    pipe or device in its place, counts as empty.
    """

    FORMAT_VERSION = 1

    def __init__(self, path: Path | None = None, old_path: Path | None = None) -> None:
        if path is None:
            path = paths.user_state_dir() / "acknowledged.json"
            old_path = old_path or paths.user_data_dir() / "acknowledged.json"
        self.path = path
        self._old_path = old_path
        # acknowledgements that could not be written still hold for this run
        self._unsaved: dict[str, str] = {}

    def _read(self) -> dict[str, str]:
        if self._old_path is not None:
            move_once(self._old_path, self.path)
            self._old_path = None
        try:
            data = read_small_file(self.path, MAX_STATE_BYTES)
            loaded = json.loads(data) if data else {}
        except (OSError, ValueError, RecursionError, MemoryError) as error:
            log.warning("ignoring unreadable %s: %s", self.path, error)
            return {}
        routines = loaded.get("routines") if isinstance(loaded, dict) else None
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

    def acknowledge(self, routine: Routine) -> str | None:
        """Record that the user has read these cautions; what went wrong saving, or ``None``."""
        routines = self._read()
        routines[routine.id] = cautions_fingerprint(routine)
        data = {"version": self.FORMAT_VERSION, "routines": routines}
        try:
            write_atomically(self.path, json.dumps(data, indent=2, sort_keys=True).encode())
        except OSError as error:
            # a full disk must not stop a practice: remember it until the program quits
            log.warning("could not save %s: %s", self.path, error)
            self._unsaved[routine.id] = routines[routine.id]
            return translate(
                "PreferencesStore",
                "That you read these cautions could not be saved ({error}); you will be "
                "asked again next time.",
            ).format(error=_why(error))
        return None
