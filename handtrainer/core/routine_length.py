"""A routine's length: one figure, the time a person will spend on it.

Work, the steps' rests, and the pauses a session adds under the person's
settings (get-ready count, switching hands, rest between steps) all count;
waiting for the person before a step does not (it takes as long as they like).
The picker, ``list``, ``show``, the practice page and the sheet all say this one
figure, so it is computed here and nowhere else.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from handtrainer.core.model import Routine

if TYPE_CHECKING:
    from handtrainer.core.plan import SessionSettings
    from handtrainer.core.preferences import Preferences


def routine_seconds(routine: Routine, settings: SessionSettings | None = None) -> float:
    """Seconds a session of ``routine`` lasts under ``settings`` (the defaults if ``None``)."""
    from handtrainer.core.plan import SessionSettings, compile_plan

    return compile_plan(routine, settings or SessionSettings()).total


def pause_seconds(routine: Routine, settings: SessionSettings | None = None) -> float:
    """How much of ``routine_seconds`` is pauses the settings add (get ready, switch hands)."""
    return routine_seconds(routine, settings) - routine.work_seconds


def saved_settings(path: Path | None = None) -> SessionSettings | None:
    """The session settings the person saved (``preferences.ini``), or ``None``.

    For the commands, so ``list`` and ``show`` say the length the window says.
    A missing or damaged file means ``None`` (the defaults), never an error.
    """
    prefs = saved_preferences(path)
    return prefs.session_settings() if prefs is not None else None


def saved_preferences(path: Path | None = None) -> Preferences | None:
    """The preferences the person saved (``preferences.ini``), or ``None``, never an error."""
    from handtrainer.core import paths

    path = path if path is not None else paths.user_config_dir() / "preferences.ini"
    try:
        if not path.is_file() or path.stat().st_size > 1 << 20:
            return None
        # Only now: a person who never saved preferences spares every command its import.
        from handtrainer.core.preferences import parse_ini, preferences_from_mapping, upgrade

        version, values = parse_ini(path.read_text(encoding="utf-8", errors="replace"))
        upgrade(values, version)
        return preferences_from_mapping(values)
    except (OSError, ValueError):
        return None
