"""The user's practice preferences: one value, read from loose text, never raising.

The session timing fields have the names and types of ``SessionSettings``,
so the session takes them as they are. Files hold plain ``key=value`` text in
an INI layout; reading and writing the file is the store's job (``ui.preferences``),
and upgrades are plain functions over the stored values (as MusicBrainz Picard
does it).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from handtrainer.core.model import Side
from handtrainer.core.session import SessionSettings

PREFERENCES_VERSION = 1
SECTION = "practice"

# Allowed ranges, shared with the settings dialog so both clamp alike.
GET_READY_RANGE = (0.0, 30.0)
SWITCH_RANGE = (0.0, 30.0)
REST_RANGE = (0.0, 120.0)
VOLUME_RANGE = (0.0, 1.0)
VOICE_RATE_RANGE = (-1.0, 1.0)
MAX_TEXT_CHARS = 200
TEXT_SIZES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
"""The text sizes offered (Settings, Ctrl+plus and minus), as factors of the system's."""


@dataclass(frozen=True)
class Preferences:
    """The user's practice preferences, as set in the settings dialog."""

    lead_hand: Side = Side.RIGHT
    get_ready_seconds: float = 5.0
    switch_seconds: float = 5.0
    rest_between_steps: float = 0.0
    wait_before_each_step: bool = False
    sounds_enabled: bool = True
    volume: float = 1.0  # the sounds: balanced against the voice at full volume
    voice_enabled: bool = True
    reduced_motion: bool = False
    # ``volume`` is the sounds' volume; the voice has its own
    voice_volume: float = 1.0
    voice_name: str = ""  # empty: the engine's default voice for the interface language
    voice_rate: float = 0.0  # -1 slowest, 0 normal, 1 fastest
    voice_title_only: bool = False  # say only each step's title, not its instruction
    count_aloud: bool = False  # say the number of each repetition
    text_size: float = 1.0  # one of TEXT_SIZES: every view's type, against the system's
    practice_name: str = ""  # printed on the sheet of a client's program
    therapist_name: str = ""
    language: str = ""  # the interface language ("de", "en"); empty: the system's

    def session_settings(self) -> SessionSettings:
        """The session timing these preferences ask for (the fields both share)."""
        shared = {f.name for f in fields(SessionSettings)} & {f.name for f in fields(self)}
        return SessionSettings(**{name: getattr(self, name) for name in shared})


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
    elif isinstance(value, str) and len(value) <= 40:  # longer is no number worth reading
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _clamped(value: object, bounds: tuple[float, float]) -> float | None:
    number = _as_number(value)
    if number is None:
        return None
    return min(max(number, bounds[0]), bounds[1])


def _seconds(value: object, bounds: tuple[float, float]) -> float | None:
    """Whole seconds: the dialog edits whole seconds, so the file holds them too."""
    number = _clamped(value, bounds)
    return None if number is None else float(round(number))


def _as_side(value: object) -> Side | None:
    if isinstance(value, str) and value.strip().lower() in (Side.LEFT, Side.RIGHT):
        return Side(value.strip().lower())
    return None  # BOTH cannot lead


def _as_text(value: object) -> str | None:
    return value.strip()[:MAX_TEXT_CHARS] if isinstance(value, str) else None


_LANGUAGE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


def _as_language(value: object) -> str | None:
    """A language code such as ``de`` or ``pt_BR``; anything else means the system's."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    return text if not text or _LANGUAGE.fullmatch(text) else ""


def _text_size(value: object) -> float | None:
    """The offered size nearest to ``value``."""
    size = _clamped(value, (TEXT_SIZES[0], TEXT_SIZES[-1]))
    return None if size is None else min(TEXT_SIZES, key=lambda s: abs(s - size))


def _as_name(value: object) -> str | None:
    """A name on one line: runs of white space become one space."""
    return " ".join(value.split())[:MAX_TEXT_CHARS] if isinstance(value, str) else None


READERS: dict[str, Callable[[object], Any]] = {
    "lead_hand": _as_side,
    "get_ready_seconds": lambda v: _seconds(v, GET_READY_RANGE),
    "switch_seconds": lambda v: _seconds(v, SWITCH_RANGE),
    "rest_between_steps": lambda v: _seconds(v, REST_RANGE),
    "wait_before_each_step": _as_bool,
    "sounds_enabled": _as_bool,
    "volume": lambda v: _clamped(v, VOLUME_RANGE),
    "voice_enabled": _as_bool,
    "practice_name": _as_name,
    "therapist_name": _as_name,
    "reduced_motion": _as_bool,
    "voice_volume": lambda v: _clamped(v, VOLUME_RANGE),
    "voice_name": _as_text,
    "voice_rate": lambda v: _clamped(v, VOICE_RATE_RANGE),
    "voice_title_only": _as_bool,
    "count_aloud": _as_bool,
    "language": _as_language,
    "text_size": _text_size,
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
        parsed = READERS[field.name](raw) if raw is not None else None
        chosen[field.name] = getattr(defaults, field.name) if parsed is None else parsed
    return Preferences(**chosen)


def clamp(prefs: Preferences) -> Preferences:
    """The same preferences with every value brought into its allowed range."""
    return preferences_from_mapping({f.name: getattr(prefs, f.name) for f in fields(prefs)})


# --- upgrades --------------------------------------------------------------------------

UpgradeHook = Callable[[dict[str, str]], None]


def _upgrade_to_1(values: dict[str, str]) -> None:
    """Files from before versioning hold the same keys: nothing to move."""


# target version -> function that brings stored values from the version before up to it
UPGRADE_HOOKS: dict[int, UpgradeHook] = {1: _upgrade_to_1}


def upgrade(
    values: dict[str, str],
    version: int,
    hooks: Mapping[int, UpgradeHook] = UPGRADE_HOOKS,
    current: int = PREFERENCES_VERSION,
) -> int:
    """Run the hooks stored values of ``version`` need, in order; returns the version reached.

    Values written by a newer program (a higher version) are left as they are
    and read as well as they can be.
    """
    if version >= current:
        return version
    for target in sorted(v for v in hooks if version < v <= current):
        hooks[target](values)
    return current


# --- the file's text ----------------------------------------------------------------------

MAX_FILE_BYTES = 64 * 1024
_LINE = re.compile(r"\s*(?:[#;].*|\[(?P<section>[^\]]*)\]\s*|(?P<key>[^=]+?)\s*=\s*(?P<value>.*))?")


class DamagedFile(ValueError):
    """The file is not the INI text this program writes (binary junk, broken lines)."""


def _unquote(value: str) -> str:
    # QSettings (which wrote these files before) quotes values with commas or spaces.
    if len(value) >= 2 and value.startswith('"') and value.endswith('"'):
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def parse_ini(text: str) -> tuple[int, dict[str, str]]:
    """The version and the ``[practice]`` values of a preferences file, or ``DamagedFile``."""
    if "\0" in text:
        raise DamagedFile("the file holds binary data")
    section = "General"
    version = 0
    values: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = _LINE.fullmatch(line)
        if match is None:
            raise DamagedFile(f"line {number} is neither a [section] nor a key=value line")
        if match["section"] is not None:
            section = match["section"].strip()
        elif match["key"] is not None:
            key, value = match["key"].strip(), _unquote(match["value"].strip())
            if section == "General" and key == "version":
                number_value = _as_number(value)
                version = int(number_value) if number_value is not None else 0
            elif section == SECTION:
                values[key] = value
    return version, values


def _ini_value(value: object) -> str:
    text = str(value).lower() if isinstance(value, bool) else str(value)
    if isinstance(value, float) and value == int(value):
        text = str(int(value))  # 5, as earlier versions wrote, not 5.0
    text = text.replace("\n", " ").replace("\r", " ")  # one line per value, whatever it holds
    if text != text.strip() or text.startswith('"'):
        text = '"' + re.sub(r'(["\\])', r"\\\1", text) + '"'
    return text


def to_ini(prefs: Preferences) -> str:
    """The text of a preferences file holding ``prefs``."""
    lines = ["[General]", f"version={PREFERENCES_VERSION}", "", f"[{SECTION}]"]
    lines += [f"{f.name}={_ini_value(getattr(prefs, f.name))}" for f in fields(prefs)]
    return "\n".join(lines) + "\n"
