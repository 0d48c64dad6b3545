"""Favourite routines: a small store in the user's state folder.

Kept by routine id in a JSON file written atomically (QSaveFile), so a later
companion feature can suggest them. A damaged or unreadable file means no
favourites, never a crash; a failed save says why through ``saveFailed``.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, QSaveFile, Signal

from handtrainer.core.userfiles import read_small_file

MAX_BYTES = 1 << 20  # far more than any list of ids; a bigger file is not ours


def default_path() -> Path:
    """Where favourites are kept: the user's state folder (not configuration)."""
    import platformdirs

    return Path(platformdirs.user_state_dir("handtrainer", appauthor=False)) / "favourites.json"


class FavouritesStore(QObject):
    """The ids of the routines marked as favourites."""

    changed = Signal()
    saveFailed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path if path is not None else default_path()
        self._ids: set[str] = self._read()

    def _read(self) -> set[str]:
        try:
            raw = read_small_file(self.path, MAX_BYTES)  # regular files only, never blocks
            if raw is None:
                return set()
            data = json.loads(raw)
        except (OSError, ValueError, RecursionError):
            return set()
        ids = data.get("favourites") if isinstance(data, dict) else None
        return {i for i in ids if isinstance(i, str)} if isinstance(ids, list) else set()

    def ids(self) -> frozenset[str]:
        """Every favourite id."""
        return frozenset(self._ids)

    def is_favourite(self, routine_id: str) -> bool:
        """True when the routine is marked."""
        return routine_id in self._ids

    def set_favourite(self, routine_id: str, favourite: bool) -> bool:
        """Mark or unmark a routine; False (and ``saveFailed``) when it could not be saved."""
        if (routine_id in self._ids) == favourite:
            return True
        if favourite:
            self._ids.add(routine_id)
        else:
            self._ids.discard(routine_id)
        self.changed.emit()
        return self._save()

    def _save(self) -> bool:
        text = json.dumps({"version": 1, "favourites": sorted(self._ids)}, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.saveFailed.emit(f"{self.path.parent}: {error.strerror or error}")
            return False
        file = QSaveFile(str(self.path))
        if not file.open(QSaveFile.OpenModeFlag.WriteOnly):
            self.saveFailed.emit(f"{self.path}: {file.errorString()}")
            return False
        file.write(text.encode("utf-8"))
        if not file.commit():
            self.saveFailed.emit(f"{self.path}: {file.errorString()}")
            return False
        return True
