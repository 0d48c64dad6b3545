"""Settings and state files in hostile places: nothing raises, hangs or is lost silently."""

from __future__ import annotations

import base64
import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from handtrainer.core import userfiles
from handtrainer.core.model import Routine, Side, Step, Technique
from handtrainer.ui.main_window import MainWindow
from handtrainer.ui.preferences import (
    CautionAcknowledgements,
    Preferences,
    PreferencesStore,
    WindowStateStore,
)
from tests.helpers.window import build_trainer


def _routine() -> Routine:
    step = Step(title="Rub", instruction="Rub the palm.", technique=Technique.RUB, duration=10)
    return Routine(id="calm", title="Calm", summary="", steps=(step,), cautions=("Stop.",))


def _deny_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only parent folder, as root (who may write anywhere) cannot make one."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(userfiles.tempfile, "mkstemp", refuse)


# ---------------------------------------------------------------- preferences


def test_a_config_place_that_is_a_file_gives_defaults_and_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where a folder should be")
    store = PreferencesStore(blocker / "preferences.ini")
    assert store.load() == Preferences()
    message = store.save(Preferences(volume=0.2))
    assert message is not None and "could not be saved" in message


def test_an_unwritable_config_folder_gives_a_message_not_an_exception(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = PreferencesStore(tmp_path / "preferences.ini")
    _deny_writes(monkeypatch)
    message = store.save(Preferences(volume=0.2))
    assert message is not None and "Permission denied" in message


def test_an_unreadable_preferences_file_gives_defaults_and_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "preferences.ini"
    path.write_text("[practice]\nvolume=0.2\n")

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(userfiles.os, "open", refuse)
    store = PreferencesStore(path)
    assert store.load() == Preferences()
    assert store.notice is not None and "Permission denied" in store.notice


@pytest.mark.parametrize("lock", ["folder", "empty", "partial"])
def test_lock_files_never_block_saving(tmp_path: Path, lock: str) -> None:
    path = tmp_path / "preferences.ini"
    lock_path = tmp_path / "preferences.ini.lock"
    if lock == "folder":
        lock_path.mkdir()
    else:
        lock_path.write_bytes(b"" if lock == "empty" else b"12345\nhandtrai")
    store = PreferencesStore(path)
    started = time.monotonic()
    assert store.save(Preferences(lead_hand=Side.LEFT)) is None
    assert store.load().lead_hand is Side.LEFT
    assert time.monotonic() - started < 2.0  # QSettings waited about 32 s on a stale lock


@pytest.mark.parametrize(
    "content", [b"\x00\xff\xfe garbage", b"\xff\xfe[practice]\n", b"not an ini line\n"]
)
def test_a_damaged_preferences_file_is_kept_aside_with_a_notice(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "preferences.ini"
    path.write_bytes(content)
    store = PreferencesStore(path)
    assert store.load() == Preferences()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("preferences.ini.damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes() == content  # nothing lost
    assert time.strftime("%Y-%m-%d") in kept[0].name
    assert not path.exists()  # not rewritten on start-up
    assert store.notice is not None and str(kept[0]) in store.notice
    # the next start finds no damage and says nothing
    again = PreferencesStore(path)
    again.load()
    assert again.notice is None


def test_a_folder_in_place_of_the_preferences_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "preferences.ini"
    path.mkdir()
    store = PreferencesStore(path)
    assert store.load() == Preferences() and store.notice is not None
    assert store.save(Preferences(volume=0.3)) is None
    assert PreferencesStore(path).load().volume == 0.3


def test_files_written_by_qsettings_are_still_read(tmp_path: Path) -> None:
    path = tmp_path / "preferences.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("version", 1)
    settings.setValue("practice/voice_name", "Voice, with comma")
    settings.setValue("practice/get_ready_seconds", "12")
    settings.sync()
    loaded = PreferencesStore(path).load()
    assert loaded.voice_name == "Voice, with comma" and loaded.get_ready_seconds == 12.0


def test_session_timing_is_float_like_the_core() -> None:
    prefs = Preferences()
    assert isinstance(prefs.get_ready_seconds, float)
    assert prefs.session_settings().get_ready_seconds == prefs.get_ready_seconds


# ------------------------------------------------------------ acknowledgements


def test_a_deeply_nested_acknowledgements_file_counts_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "acknowledged.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    acks = CautionAcknowledgements(path)
    assert not acks.is_acknowledged(_routine())
    assert acks.acknowledge(_routine()) is None
    assert CautionAcknowledgements(path).is_acknowledged(_routine())


def test_a_fifo_in_place_of_acknowledgements_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "acknowledged.json"
    os.mkfifo(path)
    started = time.monotonic()
    assert not CautionAcknowledgements(path).is_acknowledged(_routine())
    assert time.monotonic() - started < 2.0


def test_a_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "acknowledged.json"
    path.symlink_to("/dev/zero")
    started = time.monotonic()
    assert not CautionAcknowledgements(path).is_acknowledged(_routine())
    assert time.monotonic() - started < 2.0


def test_a_huge_acknowledgements_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "acknowledged.json"
    with path.open("wb") as out:
        out.truncate(64 * 1024 * 1024)  # sparse: 64 MB of nothing, instantly
    assert not CautionAcknowledgements(path).is_acknowledged(_routine())


# ----------------------------------------------------------------- moving state


def test_acknowledgements_move_once_from_the_data_folder(tmp_path: Path) -> None:
    old, new = tmp_path / "data" / "acknowledged.json", tmp_path / "state" / "acknowledged.json"
    CautionAcknowledgements(old).acknowledge(_routine())
    assert CautionAcknowledgements(new, old_path=old).is_acknowledged(_routine())
    assert new.is_file() and not old.exists()


def test_window_state_moves_once_from_the_old_ini(tmp_path: Path) -> None:
    old = tmp_path / "config" / "window-state.ini"
    settings = QSettings(str(old), QSettings.Format.IniFormat)
    settings.setValue("geometry/main-window", QByteArray(b"\x01geometry\x00"))
    settings.sync()
    new = tmp_path / "state" / "window-state.json"
    store = WindowStateStore(new, old_path=old)
    assert store.geometry("main-window") == QByteArray(b"\x01geometry\x00")
    assert not old.exists()
    data = json.loads(new.read_text())
    assert base64.b64decode(data["geometry/main-window"]) == b"\x01geometry\x00"


def test_window_state_that_cannot_be_saved_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = WindowStateStore(tmp_path / "w.json")
    _deny_writes(monkeypatch)
    message = store.save_geometry("main-window", QByteArray(b"x"))
    assert message is not None and "could not be saved" in message


# ------------------------------------------------------------------- the window


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    from handtrainer.core.library import load_library

    fixtures = Path(__file__).parents[1] / "e2e" / "routines"
    library = load_library([fixtures], include_user=False, bundled_dir=tmp_path / "none")
    return build_trainer(qtbot, tmp_path / "config", library, show=False).window


def test_the_window_says_once_that_damaged_preferences_were_kept_aside(
    qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "config").mkdir(parents=True)
    (tmp_path / "config" / "preferences.ini").write_bytes(b"\x00junk")
    win = _window(qtbot, tmp_path)
    assert "kept as" in win.statusBar().currentMessage()


def test_a_failed_save_is_shown_and_the_preferences_still_apply_in_full(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, tmp_path)
    assert win.open_routine_by_id("e2e-practice")
    _deny_writes(monkeypatch)
    win.apply_preferences(Preferences(lead_hand=Side.LEFT, get_ready_seconds=9.0))
    assert "could not be saved" in win.statusBar().currentMessage()
    settings = win.controller._session.settings  # type: ignore[union-attr]
    assert settings.lead_hand is Side.LEFT and settings.get_ready_seconds == 9.0
    assert win.preferences.lead_hand is Side.LEFT


def test_closing_with_unwritable_state_does_not_raise(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, tmp_path)
    _deny_writes(monkeypatch)
    win.save_window_state()
    assert "could not be saved" in win.statusBar().currentMessage()
