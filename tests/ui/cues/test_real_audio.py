"""The real sound and voice paths, on a PulseAudio null sink recorded with parec.

Real audio takes real time: each wait is bounded (qtbot.waitUntil with a timeout) and
every helper process is ended by the test.
"""

from __future__ import annotations

import os
import signal
import time

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.core.resources import assets_dir
from handtrainer.ui.cues import SoundCuePlayer, VoiceCuePlayer
from handtrainer.ui.cues.mixing import read_wav
from tests.helpers.audio import Burst, PulseServer, Recorder, SpeechDispatcher, bursts

SOUNDS = assets_dir() / "sounds"


def _wait_recording(qtbot: QtBot, recorder: Recorder) -> None:
    qtbot.waitUntil(lambda: recorder.so_far().seconds > 0.05, timeout=10_000)


def _signature(name: str) -> Burst:
    (burst,) = bursts(read_wav(SOUNDS / name))
    return burst


def _matches(heard: Burst, name: str) -> bool:
    """Same length, loudness and pitch as the file: the null sink changes next to nothing.

    (A new stream starts a little softer, and 10 ms windows that do not line up with a
    70 ms tick move its RMS by a decibel or two. On a busy machine the stream may run dry
    for a moment: the sound is then heard with a gap, longer by that much.)
    """
    sent = _signature(name)
    return (
        abs(heard.heard - sent.heard) <= 0.05
        and sent.length - 0.05 <= heard.length <= sent.length + 0.5
        and abs(heard.peak_db - sent.peak_db) <= 2.0
        and abs(heard.rms_db - sent.rms_db) <= 2.5
        and abs(heard.crossings_hz - sent.crossings_hz) <= 0.1 * sent.crossings_hz
    )


@pytest.fixture
def sounds(qtbot: QtBot, audio_env: PulseServer):
    player = SoundCuePlayer()
    player.set_volume(1.0)
    reasons: list[str] = []
    player.unavailable.connect(reasons.append)
    player.warm_up()
    qtbot.waitUntil(lambda: player._ready, timeout=20_000)
    player.reasons = reasons  # type: ignore[attr-defined]
    yield player
    player.shutdown()


def test_cues_are_heard_in_order(qtbot: QtBot, sounds: SoundCuePlayer, recorder: Recorder) -> None:
    _wait_recording(qtbot, recorder)
    order = ["repetition.wav", "countdown.wav", "step_start.wav", "switch_hands.wav"]
    for name in order:
        with qtbot.waitSignal(sounds.played, timeout=5000):
            sounds.play_sound(name)
        # let it ring out, with a gap, before the next one
        length = _signature(name).length
        end = recorder.so_far().seconds + length + 0.7  # the stream buffers 250 ms
        qtbot.waitUntil(lambda end=end: recorder.so_far().seconds > end, timeout=10_000)
    heard = bursts(recorder.stop().samples)
    assert len(heard) == len(order), heard
    for burst, name in zip(heard, order, strict=True):
        assert _matches(burst, name), (name, burst, _signature(name))
    assert sounds.reasons == []


def test_overlapping_cues_just_mix(
    qtbot: QtBot, sounds: SoundCuePlayer, recorder: Recorder
) -> None:
    _wait_recording(qtbot, recorder)
    played: list[str] = []
    sounds.played.connect(played.append)
    # a pip with a tick, a chime with a tick, and the same sound replayed while playing
    for name in ["countdown.wav", "repetition.wav", "step_start.wav"] + ["repetition.wav"] * 30:
        sounds.play_sound(name)
    qtbot.waitUntil(lambda: len(played) == 33, timeout=10_000)
    end = recorder.so_far().seconds + 2.2
    qtbot.waitUntil(lambda: recorder.so_far().seconds > end, timeout=10_000)
    # all at once, mixed into one sound (gaps up to half a second joined: a machine busy
    # with other work may let the stream run dry for a moment)
    heard = bursts(recorder.stop().samples, gap=0.5)
    assert len(heard) == 1
    chime = _signature("step_start.wav").heard
    assert chime - 0.05 <= heard[0].heard < chime + 0.5  # the commands arrive over a few reads
    assert heard[0].peak_db < -0.5  # a burst of the same tick is not stacked into a clip
    assert sounds.reasons == [] and sounds._ready


def test_sound_comes_back_after_the_audio_server_restarts(
    qtbot: QtBot, tmp_path, monkeypatch: pytest.MonkeyPatch, pulse: PulseServer
) -> None:
    server = PulseServer(tmp_path / "own-pulse")
    server.start()
    monkeypatch.setenv("PULSE_SERVER", server.address)
    player = SoundCuePlayer()
    player.set_volume(1.0)
    try:
        reasons: list[str] = []
        player.unavailable.connect(reasons.append)
        player.warm_up()
        qtbot.waitUntil(lambda: player._ready, timeout=20_000)
        with qtbot.waitSignal(player.played, timeout=5000):
            player.play_sound("step_start.wav")
        server.stop()  # the server goes away mid-sound
        qtbot.waitUntil(lambda: bool(reasons), timeout=15_000)
        assert reasons == [
            "Sounds are off: the audio output stopped. They come back when it returns."
        ]
        server.start()
        recorder = Recorder(server, tmp_path / "after.raw")
        recorder.start()
        try:
            _wait_recording(qtbot, recorder)
            # the retry (2 s, then 4 s ...) finds the server again
            qtbot.waitUntil(lambda: player._ready, timeout=40_000)
            player.play_sound("switch_hands.wav")
            end = recorder.so_far().seconds + 1.9
            qtbot.waitUntil(lambda: recorder.so_far().seconds > end, timeout=10_000)
        finally:
            heard = bursts(recorder.stop().samples)
        assert [b for b in heard if _matches(b, "switch_hands.wav")], (
            heard,
            _signature("switch_hands.wav"),
        )
        assert len(reasons) == 1
    finally:
        player.shutdown()
        server.stop()


def test_without_an_audio_server_sounds_are_off_and_say_so(
    qtbot: QtBot, tmp_path, monkeypatch: pytest.MonkeyPatch, pulse: PulseServer
) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nothing'}")
    player = SoundCuePlayer()
    try:
        player.play_sound("step_start.wav")
        qtbot.waitUntil(lambda: player.reason_now() is not None, timeout=20_000)
        assert player.unavailable_message() in {
            "Sounds are off: this computer has no audio output.",
            "Sounds are off: the audio output stopped. They come back when it returns.",
        }
    finally:
        player.shutdown()


# --- the voice -------------------------------------------------------------------------


def test_the_voice_speaks_through_speech_dispatcher(
    qtbot: QtBot, speechd: SpeechDispatcher, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in speechd.env().items():
        monkeypatch.setenv(key, value)
    _wait_recording(qtbot, recorder)
    voice = VoiceCuePlayer(locale="en_GB")
    try:
        with qtbot.waitSignal(voice.ready, timeout=30_000):
            voice.warm_up()
        assert voice.voices() and voice.engine_info()["engine"] == "speechd"
        assert voice.engine_info()["locale"].startswith("en")
        voice.say("Left hand. Rub small circles in the palm.")
        qtbot.waitUntil(
            lambda: any(b.length > 1.0 for b in bursts(recorder.so_far().samples)), timeout=20_000
        )
        assert voice.unavailable_message() is None
        begun = time.monotonic()
        voice.say("A long sentence that is still being read when the trainer quits. " * 5)
        voice.shutdown()
        assert time.monotonic() - begun < 1.0
    finally:
        voice.shutdown()


def test_speech_dispatcher_reads_each_part_in_its_language(
    qtbot: QtBot, speechd: SpeechDispatcher, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A German interface reading an English routine: espeak-ng's German voice for the
    phrases, its English one for the step's text."""
    from handtrainer.ui.cues.wording import Spoken

    for key, value in speechd.env().items():
        monkeypatch.setenv(key, value)
    voice = VoiceCuePlayer(locale="de_DE")
    heard: list[dict[str, object]] = []
    voice.speaking.connect(heard.append)
    try:
        with qtbot.waitSignal(voice.ready, timeout=30_000):
            voice.warm_up()
        parts = [Spoken("Beide Hände."), Spoken("Rub your palms.", "en"), Spoken("3 Mal.")]
        voice.say_parts(parts)
        qtbot.waitUntil(lambda: len(heard) == 3, timeout=30_000)
        got = [(m["text"], str(m["locale"])[:2]) for m in heard]
        print("speech-dispatcher parts:", [(m["text"], m["locale"], m["voice"]) for m in heard])
        assert got == [("Beide Hände.", "de"), ("Rub your palms.", "en"), ("3 Mal.", "de")]
        assert voice.unavailable_message() is None  # espeak-ng has both languages
    finally:
        voice.shutdown()


def test_the_voice_comes_back_after_speech_dispatcher_stalls(
    qtbot: QtBot, speechd: SpeechDispatcher, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """speech-dispatcher stopped (SIGSTOP) mid-routine, then going on (SIGCONT): the stuck
    helper is ended, and a fresh one reads the later steps aloud."""
    from handtrainer.ui.cues import voice as voice_module

    for key, value in speechd.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(voice_module, "CALL_TIMEOUT_S", 1.0)  # the watchdog, sooner
    assert speechd.process is not None
    daemon = speechd.process.pid
    voice = VoiceCuePlayer(locale="en_GB")
    reasons: list[str] = []
    voice.unavailable.connect(reasons.append)
    try:
        with qtbot.waitSignal(voice.ready, timeout=30_000):
            voice.warm_up()
        os.kill(daemon, signal.SIGSTOP)
        try:
            voice.say("Right hand. Press the thumb into the palm.")
            qtbot.waitUntil(lambda: voice.reason() is not None, timeout=10_000)
        finally:
            os.kill(daemon, signal.SIGCONT)
        assert reasons == ["Voice is off: the speech engine stopped responding."]
        qtbot.waitUntil(voice.available, timeout=40_000)  # the retry: 2 s, then 4 s ...
        _wait_recording(qtbot, recorder)
        mark = recorder.so_far().seconds
        voice.say("Left hand. Rub small circles in the palm.")
        qtbot.waitUntil(
            lambda: any(
                b.start >= mark and b.length > 1.0 for b in bursts(recorder.so_far().samples)
            ),
            timeout=20_000,
        )
        assert len(reasons) == 1
    finally:
        voice.shutdown()


def test_real_voice_player_on_this_machine_never_crashes(qtbot: QtBot) -> None:
    """Whatever this machine has (the suite points SPEECHD_ADDRESS at nothing), the voice
    either runs or says why, within the watchdog's time, and quitting is quick."""
    voice = VoiceCuePlayer()
    try:
        voice.warm_up()
        voice.say("Hello.")
        qtbot.waitUntil(lambda: voice.available() or voice.reason() is not None, timeout=30_000)
        first = voice.unavailable_message()
        assert voice.unavailable_message() is None
        assert (first is None) == voice.available()
    finally:
        begun = time.monotonic()
        voice.shutdown()
        assert time.monotonic() - begun < 1.0
