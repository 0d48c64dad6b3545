"""The companion's settings and the favourites never hang or raise on odd files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from handtrainer.core.schedule import ScheduleKind
from handtrainer.ui.companion.companion_settings import CompanionSettings, CompanionSettingsStore
from handtrainer.ui.library.favourites import FavouritesStore


def test_settings_round_trip_without_lock_files(tmp_path: Path) -> None:
    store = CompanionSettingsStore(tmp_path / "companion.json")
    settings = CompanionSettings(keep_in_tray=True, told_about_tray=True)
    store.save(settings)
    assert store.load() == settings
    assert [p.name for p in tmp_path.iterdir()] == ["companion.json"]  # no .lock beside it


def test_a_stale_lock_folder_beside_the_file_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "companion.json.lock").mkdir()
    (tmp_path / "companion.ini.lock").mkdir()
    store = CompanionSettingsStore(tmp_path / "companion.json")
    store.save(CompanionSettings(start_at_login=True))
    assert store.load().start_at_login


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "deep", "garbage"])
def test_odd_files_read_as_defaults(tmp_path: Path, kind: str) -> None:
    for name in ("companion.json", "favourites.json"):
        path = tmp_path / name
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "dev-zero":
            path.symlink_to("/dev/zero")
        elif kind == "folder":
            path.mkdir()
        elif kind == "deep":
            path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        else:
            path.write_bytes(b"\xff\xfe not json")
    assert CompanionSettingsStore(tmp_path / "companion.json").load() == CompanionSettings()
    assert CompanionSettingsStore(tmp_path / "companion.json").load().schedule.kind in ScheduleKind
    assert FavouritesStore(tmp_path / "favourites.json").ids() == frozenset()


def test_an_unwritable_place_is_logged_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    CompanionSettingsStore(blocker / "companion.json").save(CompanionSettings())
