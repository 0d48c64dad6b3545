"""Preferences, window state and acknowledged cautions survive restarts and damaged files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from handtrainer.core import userfiles
from handtrainer.core.model import Routine, Side, Step, Technique
from handtrainer.core.preferences import upgrade
from handtrainer.ui.preferences import (
    PREFERENCES_VERSION,
    CautionAcknowledgements,
    Preferences,
    PreferencesStore,
    WindowStateStore,
)


def _routine(cautions: tuple[str, ...] = ("Stop if it hurts.",), rid: str = "calm") -> Routine:
    step = Step(title="Rub", instruction="Rub the palm.", technique=Technique.RUB, duration=10)
    return Routine(id=rid, title="Calm", summary="", steps=(step,), cautions=cautions)


def test_defaults_when_no_file(tmp_path: Path) -> None:
    assert PreferencesStore(tmp_path / "p.ini").load() == Preferences()


def test_default_path_is_in_user_config_dir(tmp_path: Path) -> None:
    store = PreferencesStore()
    store.save(Preferences(volume=0.3))
    config_home = Path(os.environ["XDG_CONFIG_HOME"])
    assert store.path == config_home / "handtrainer" / "preferences.ini"
    assert store.path.is_file()


def test_round_trip(tmp_path: Path) -> None:
    chosen = Preferences(
        lead_hand=Side.LEFT,
        get_ready_seconds=12,
        switch_seconds=3,
        rest_between_steps=20,
        wait_before_each_step=True,
        sounds_enabled=False,
        volume=0.25,
        voice_enabled=False,
        reduced_motion=True,
    )
    store = PreferencesStore(tmp_path / "p.ini")
    store.save(chosen)
    assert PreferencesStore(tmp_path / "p.ini").load() == chosen
    assert "version=1" in (tmp_path / "p.ini").read_text()


def test_bad_values_are_clamped_or_defaulted_per_key(tmp_path: Path) -> None:
    path = tmp_path / "p.ini"
    path.write_text(
        "[General]\nversion=1\n[practice]\n"
        "lead_hand=both\n"  # both cannot lead: default
        "get_ready_seconds=999\n"  # clamped to 30
        "switch_seconds=-4\n"  # clamped to 0
        "rest_between_steps=nan\n"  # not a number: default
        "wait_before_each_step=perhaps\n"  # default
        "sounds_enabled=false\n"  # kept
        "volume=7.5\n"  # clamped to 1
        "voice_enabled=0\n"  # kept
        "reduced_motion=\n",  # empty: default
        encoding="utf-8",
    )
    loaded = PreferencesStore(path).load()
    assert loaded == Preferences(
        lead_hand=Side.RIGHT,
        get_ready_seconds=30,
        switch_seconds=0,
        rest_between_steps=0,
        wait_before_each_step=False,
        sounds_enabled=False,
        volume=1.0,
        voice_enabled=False,
        reduced_motion=False,
    )


@pytest.mark.parametrize(
    "garbage",
    [b"\x00\xff\xfe garbage [[[ ===", b"[practice\nvolume=,,,\n", b"volume=a,b,c\n", b""],
)
def test_garbage_file_never_crashes(tmp_path: Path, garbage: bytes) -> None:
    path = tmp_path / "p.ini"
    path.write_bytes(garbage)
    assert PreferencesStore(path).load() == Preferences()


def test_old_values_are_upgraded_in_order() -> None:
    values = {"volume": "0.5"}
    ran: list[int] = []
    hooks = {1: lambda v: ran.append(1), 2: lambda v: ran.append(2), 3: lambda v: ran.append(3)}
    assert upgrade(values, 0, hooks, current=2) == 2
    assert ran == [1, 2]
    # values already at the version have nothing left to do
    assert upgrade(values, 2, hooks, current=2) == 2
    assert ran == [1, 2]


def test_unversioned_file_loads_unchanged_and_gets_a_version_when_saved(tmp_path: Path) -> None:
    path = tmp_path / "p.ini"
    path.write_text("[practice]\nvolume=0.5\n", encoding="utf-8")
    store = PreferencesStore(path)
    loaded = store.load()
    assert loaded.volume == 0.5 and path.read_text() == "[practice]\nvolume=0.5\n"
    assert store.save(loaded) is None
    assert f"version={PREFERENCES_VERSION}" in path.read_text()


def test_window_state_kept_in_a_separate_file(tmp_path: Path) -> None:
    prefs_store = PreferencesStore()
    state_store = WindowStateStore()
    prefs_store.save(Preferences())
    state_store.save_geometry("main", QByteArray(b"\x01\x02geometry\x00"))
    state_store.save_state("splitter", QByteArray(b"splitter-state"))
    assert state_store.path != prefs_store.path
    assert (
        state_store.path == Path(os.environ["XDG_STATE_HOME"]) / "handtrainer" / "window-state.json"
    )
    assert "geometry" not in prefs_store.path.read_text()

    again = WindowStateStore()
    assert again.geometry("main") == QByteArray(b"\x01\x02geometry\x00")
    assert again.state("splitter") == QByteArray(b"splitter-state")
    assert again.geometry("missing") is None
    # throwing the window state away keeps the preferences
    state_store.path.unlink()
    assert WindowStateStore().geometry("main") is None
    assert PreferencesStore().load() == Preferences()


@pytest.mark.parametrize(
    "content", ['{"geometry/main": "not base64!"}', "[geometry]\nmain=x\n", "[]", '{"a": 1}']
)
def test_window_state_tolerates_garbage(tmp_path: Path, content: str) -> None:
    path = tmp_path / "w.json"
    path.write_text(content, encoding="utf-8")
    assert WindowStateStore(path).geometry("main") is None


def test_acknowledgement_persists(tmp_path: Path) -> None:
    routine = _routine()
    acks = CautionAcknowledgements()
    assert acks.path == Path(os.environ["XDG_STATE_HOME"]) / "handtrainer" / "acknowledged.json"
    assert not acks.is_acknowledged(routine)
    acks.acknowledge(routine)
    assert CautionAcknowledgements().is_acknowledged(routine)
    assert not CautionAcknowledgements().is_acknowledged(_routine(rid="other"))


def test_changed_cautions_ask_again(tmp_path: Path) -> None:
    acks = CautionAcknowledgements(tmp_path / "a.json")
    acks.acknowledge(_routine(("Stop if it hurts.",)))
    changed = _routine(("Stop if it hurts.", "Not during pregnancy."))
    assert not acks.is_acknowledged(changed)
    acks.acknowledge(changed)
    assert acks.is_acknowledged(changed)


def test_routine_without_cautions_needs_nothing(tmp_path: Path) -> None:
    acks = CautionAcknowledgements(tmp_path / "a.json")
    assert acks.is_acknowledged(_routine(()))
    assert not (tmp_path / "a.json").exists()


@pytest.mark.parametrize("content", ["{not json", "[]", '{"routines": [1, 2]}', "\x00\x01"])
def test_corrupt_acknowledgements_file_is_tolerated(tmp_path: Path, content: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(content, encoding="utf-8")
    acks = CautionAcknowledgements(path)
    routine = _routine()
    assert not acks.is_acknowledged(routine)
    acks.acknowledge(routine)
    assert CautionAcknowledgements(path).is_acknowledged(routine)
    assert json.loads(path.read_text())["version"] == 1


def test_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.json"
    first = _routine(rid="first")
    CautionAcknowledgements(path).acknowledge(first)
    before = path.read_bytes()

    def fail(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(userfiles.os, "replace", fail)
    acks = CautionAcknowledgements(path)
    second = _routine(rid="second")
    message = acks.acknowledge(second)  # said, not raised
    assert message is not None and "No space left on device" in message

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]  # no temp file left
    # it still counts for the rest of this run, but was not written down
    assert acks.is_acknowledged(second)
    monkeypatch.undo()
    assert not CautionAcknowledgements(path).is_acknowledged(second)
    assert CautionAcknowledgements(path).is_acknowledged(first)


def test_session_settings_follow_preferences() -> None:
    settings = Preferences(
        lead_hand=Side.LEFT,
        get_ready_seconds=7,
        switch_seconds=2,
        rest_between_steps=9,
        wait_before_each_step=True,
    ).session_settings()
    assert settings.lead_hand is Side.LEFT
    assert settings.get_ready_seconds == 7.0
    assert settings.switch_seconds == 2.0
    assert settings.rest_between_steps == 9.0
    assert settings.wait_before_each_step is True


def test_text_size_is_one_of_the_offered_sizes() -> None:
    from handtrainer.core.preferences import TEXT_SIZES, preferences_from_mapping

    assert preferences_from_mapping({}).text_size == 1.0
    assert preferences_from_mapping({"text_size": "1.6"}).text_size == 1.5  # the nearest
    assert preferences_from_mapping({"text_size": "9"}).text_size == TEXT_SIZES[-1]
    assert preferences_from_mapping({"text_size": "big"}).text_size == 1.0
