"""The sound player, with a fake host: cues become play commands; losing the output is told
once, retried, and recovered from. And the sound files and the mixer."""

from __future__ import annotations

import importlib.util
import struct
import sys
import wave
from array import array
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.core.resources import assets_dir
from handtrainer.core.session import CueKind
from handtrainer.ui.cues import SOUND_FILES, CueRouter, SoundCuePlayer
from handtrainer.ui.cues.mixing import Mixer, read_wav
from handtrainer.ui.cues.sound import perceived_to_linear
from handtrainer.ui.preferences import Preferences
from tests.helpers.clock import FakeClock
from tests.helpers.cue_fakes import FakeHost, cue, cue_routine, idle_state

SOUNDS = assets_dir() / "sounds"
REPO = Path(__file__).resolve().parents[3]


def _player(answer: dict | None = None) -> tuple[SoundCuePlayer, list[FakeHost], FakeClock]:
    hosts: list[FakeHost] = []
    clock = FakeClock()

    def make(owner: object) -> FakeHost:
        hosts.append(FakeHost(None, {"ev": "ready"} if answer is None else answer))
        return hosts[-1]

    return SoundCuePlayer(host_factory=make, clock=clock), hosts, clock


# --- the sound files -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(set(SOUND_FILES.values())))
def test_sound_file_is_a_soft_short_wav(name: str) -> None:
    with wave.open(str(SOUNDS / name), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 44100)
        count = wav.getnframes()
        samples = struct.unpack(f"<{count}h", wav.readframes(count))
    seconds = count / 44100
    peak = max(abs(s) for s in samples) / 32767
    assert 0.05 <= seconds <= 4.0
    assert 0.1 <= peak <= 0.9  # audible, below full scale: nothing clips
    # faded in and out: starts and ends in silence, so no click
    assert samples[0] == 0
    assert abs(samples[-1]) <= 1
    assert max(abs(s) for s in samples[:20]) < 0.05 * 32767


def test_step_and_finish_cues_are_longer_than_ticks() -> None:
    def length(name: str) -> float:
        with wave.open(str(SOUNDS / name), "rb") as wav:
            return wav.getnframes() / wav.getframerate()

    assert length("repetition.wav") < 0.2
    assert length("countdown.wav") < 0.3
    assert length("finished.wav") > length("step_start.wav") > 1.0


def test_make_sounds_script_reproduces_the_committed_files(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_sounds", REPO / "scripts" / "make_sounds.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_sounds"] = module
    try:
        spec.loader.exec_module(module)
        module.write_wav(tmp_path / "countdown.wav", module.countdown())
        module.write_wav(tmp_path / "repetition.wav", module.repetition())
    finally:
        del sys.modules["make_sounds"]
    for name in ("countdown.wav", "repetition.wav"):
        assert (tmp_path / name).read_bytes() == (SOUNDS / name).read_bytes()


# --- the mixer -------------------------------------------------------------------------


def test_mixer_adds_overlapping_sounds_and_clips() -> None:
    mixer = Mixer()
    assert mixer.read(3) == bytes(6)  # silence when nothing plays
    mixer.add(array("h", [100, 200, 300]))
    mixer.add(array("h", [30000, 30000]))
    assert array("h", mixer.read(4)).tolist() == [30100, 30200, 300, 0]
    assert mixer.active() == 0
    loud = array("h", [30000] * 4)
    mixer.add(loud)
    mixer.add(loud)  # the same sound again at once is heard once
    assert mixer.active() == 1
    mixer.add(array("h", [30000] * 4))
    assert array("h", mixer.read(2)).tolist() == [32767, 32767]
    assert mixer.active() == 2
    mixer.clear()
    assert mixer.read(1) == bytes(2)


def test_every_cue_sound_decodes() -> None:
    for name in set(SOUND_FILES.values()):
        assert len(read_wav(SOUNDS / name)) > 1000


def test_volume_follows_the_ear() -> None:
    assert perceived_to_linear(0.0) == 0.0
    assert perceived_to_linear(1.0) == 1.0
    assert 0.1 < perceived_to_linear(0.6) < 0.3  # half-way as heard is well under half power


# --- the player ------------------------------------------------------------------------


def test_sound_player_sends_a_play_for_each_cue(qtbot: QtBot) -> None:
    player, hosts, _clock = _player()
    assert hosts == []  # nothing is started before it is needed
    player.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    player.play(cue(CueKind.COUNTDOWN, value=3), idle_state(), cue_routine())
    player.play(cue(CueKind.COUNTDOWN, value=2), idle_state(), cue_routine())
    (host,) = hosts
    assert host.sent[0]["op"] == "load"
    assert host.sent[0]["dir"] == str(SOUNDS)
    assert host.ops("play") == ["play:step_start.wav", "play:countdown.wav", "play:countdown.wav"]
    player.set_volume(0.0)
    assert host.ops("volume")[-1] == "volume:0.0"
    player.apply_preferences(Preferences(sounds_enabled=False))
    player.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    assert len(host.ops("play")) == 3
    assert player.unavailable_message() is None
    assert host.stopped == 1  # switched off, the helper process goes
    player.apply_preferences(Preferences(sounds_enabled=True))
    player.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    assert len(hosts) == 2 and hosts[1].ops("play") == ["play:step_start.wav"]
    player.shutdown()
    assert hosts[1].stopped == 1


def test_cues_asked_for_while_starting_play_if_still_fresh(qtbot: QtBot) -> None:
    player, hosts, clock = _player(answer={})  # the host says nothing yet
    player.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    clock.now += 5.0
    player.play(cue(CueKind.REPETITION, value=1), idle_state(), cue_routine())
    (host,) = hosts
    host.message.emit({"ev": "ready"})
    assert host.ops("play") == ["play:repetition.wav"]  # the stale chime is dropped


def test_no_audio_output_is_told_once_and_picked_up_when_one_appears(qtbot: QtBot) -> None:
    player, hosts, _clock = _player(answer={"ev": "no-output"})
    reasons: list[str] = []
    player.unavailable.connect(reasons.append)
    for kind in CueKind:
        player.play(cue(kind), idle_state(), cue_routine())
    assert not player.available()
    router = CueRouter([player])
    assert router.unavailable_messages() == ["Sounds are off: this computer has no audio output."]
    assert router.unavailable_messages() == []
    assert reasons == ["Sounds are off: this computer has no audio output."]
    assert hosts[0].ops("play") == []
    # the host hears of an output (QMediaDevices.audioOutputsChanged) and says so
    hosts[0].message.emit({"ev": "ready"})
    assert player.available()
    player.play(cue(CueKind.FINISHED, None, None), idle_state(), cue_routine())
    assert hosts[0].ops("play") == ["play:finished.wav"]


def test_a_lost_output_is_retried_with_a_fresh_host(qtbot: QtBot) -> None:
    player, hosts, _clock = _player()
    player.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    hosts[0].failed.emit("exited")  # e.g. the audio server restarted
    assert player.unavailable_message() == (
        "Sounds are off: the audio output stopped. They come back when it returns."
    )
    player.play(cue(CueKind.REPETITION, value=1), idle_state(), cue_routine())
    assert len(hosts) == 1  # cues during the outage do not each start a host...
    player._retry.timeout.emit()  # ...the retry does, with a growing interval
    assert len(hosts) == 2
    assert player.available()
    player.play(cue(CueKind.REPETITION, value=2), idle_state(), cue_routine())
    assert hosts[1].ops("play") == ["play:repetition.wav"]
    # and the next loss is news again
    hosts[1].failed.emit("stuck")
    assert player.unavailable_message() is not None


def test_the_retry_timer_starts_a_fresh_host(qtbot: QtBot) -> None:
    player, hosts, _clock = _player()
    player.warm_up()
    hosts[0].failed.emit("exited")
    retry = player._retry
    assert retry.isActive() and retry.interval() == 2000
    retry.timeout.emit()
    assert len(hosts) == 2 and player.available()


def test_without_qt_multimedia_sounds_stay_off(qtbot: QtBot) -> None:
    player, hosts, _clock = _player(answer={"ev": "unavailable", "reason": "libpulse.so.0"})
    player.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    message = player.unavailable_message()
    assert message is not None and "libpulse" in message and "\n" not in message
    player.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    assert len(hosts) == 1 and hosts[0].stopped == 1
