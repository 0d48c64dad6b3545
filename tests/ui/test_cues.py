"""Cue players: the sound files, routing, and silence (never a crash) without audio or speech."""

from __future__ import annotations

import importlib.util
import struct
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QLabel

from handtrainer.core.model import Hand, Routine, Side, Step, Technique
from handtrainer.core.session import Cue, CueKind, Session, SessionSettings, SessionState
from handtrainer.resources import assets_dir
from handtrainer.ui.cues import (
    SOUND_FILES,
    AnnouncementCuePlayer,
    CuePlayer,
    CueRouter,
    SoundCuePlayer,
    VoiceCuePlayer,
    qt_speech_factory,
    spoken_text,
)
from handtrainer.ui.preferences import Preferences
from tests.helpers.clock import FakeClock
from tests.helpers.cues import RecordingCuePlayer

SOUNDS = assets_dir() / "sounds"
REPO = Path(__file__).resolve().parents[2]


def _routine() -> Routine:
    return Routine(
        id="calm",
        title="Calm hands",
        summary="",
        steps=(
            Step(
                title="Palm <b>circles</b>",
                instruction="Rub small circles\n  in the palm",
                technique=Technique.CIRCLE,
                hand=Hand.EACH,
                duration=8,
            ),
            Step(
                title="Finger squeeze",
                instruction="Squeeze each finger.",
                technique=Technique.SQUEEZE,
                hand=Hand.BOTH,
                repeat=3,
                pace=2,
            ),
        ),
    )


def _run_session(player: CuePlayer) -> None:
    """Run the whole routine through a router, one simulated second at a time."""
    routine = _routine()
    clock = FakeClock()
    settings = SessionSettings(get_ready_seconds=3, switch_seconds=2, lead_hand=Side.LEFT)
    session = Session(routine, settings, clock)
    router = CueRouter([player])
    session.start()
    for _ in range(200):
        for cue in session.update():
            router.play(cue, session.state(), routine)
        if session.state().phase.value == "finished":
            break
        clock.now += 0.5


def _state() -> SessionState:
    return Session(_routine(), SessionSettings(), FakeClock()).state()


def _cue(kind: CueKind, step: int | None = 0, side: Side | None = Side.RIGHT) -> Cue:
    return Cue(kind=kind, step_index=step, side=side)


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
    assert 0.1 <= peak <= 0.6  # audible, well below full scale: nothing clips
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


# --- what is said and routed -----------------------------------------------------------


def test_spoken_text_for_a_step_names_the_hand_and_is_plain() -> None:
    text = spoken_text(_cue(CueKind.STEP_STARTED, 0, Side.LEFT), _routine())
    # the markup in the routine file is not passed to the engine as markup
    assert text == "Left hand. Palm b circles /b. Rub small circles in the palm."
    counted = spoken_text(_cue(CueKind.STEP_STARTED, 1, Side.BOTH), _routine())
    assert counted == "Both hands. Finger squeeze. Squeeze each finger. 3 times."
    assert spoken_text(_cue(CueKind.SWITCH_HANDS), _routine()) == "Switch hands."
    assert spoken_text(_cue(CueKind.FINISHED, None, None), _routine()) == (
        "Routine finished. Well done."
    )
    assert spoken_text(Cue(CueKind.COUNTDOWN, 0, Side.RIGHT, value=3), _routine()) is None
    assert spoken_text(Cue(CueKind.REPETITION, 1, Side.BOTH, value=2), _routine()) is None


def test_router_records_a_whole_session() -> None:
    recorder = RecordingCuePlayer()
    _run_session(recorder)
    kinds = recorder.kinds()
    assert kinds[0] is CueKind.GET_READY
    assert kinds.count(CueKind.STEP_STARTED) == 3  # left, right, then both hands
    assert kinds.count(CueKind.SWITCH_HANDS) == 1
    assert kinds.count(CueKind.REPETITION) == 3
    assert CueKind.COUNTDOWN in kinds
    assert kinds[-1] is CueKind.FINISHED
    assert recorder.spoken[1].startswith("Left hand. Palm")
    assert "Switch hands." in recorder.spoken
    assert recorder.spoken[-1] == "Routine finished. Well done."
    # screen readers hear step changes and milestones, not every tick and pip
    assert len(recorder.announced) == 5
    assert recorder.announced[0].startswith("Step 1 of 2: Palm b circles /b. Left hand.")


def test_router_fans_out_and_survives_a_failing_player(caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
            raise RuntimeError("speaker on fire")

    first, last = RecordingCuePlayer(), RecordingCuePlayer()
    router = CueRouter([first, Broken(), last])
    router.play(_cue(CueKind.STEP_STARTED), _state(), _routine())
    assert len(first.played) == len(last.played) == 1
    assert "speaker on fire" in caplog.text


def test_announcements_only_on_step_changes_and_milestones(qtbot: object) -> None:
    label = QLabel()
    sent: list[tuple[QObject, str]] = []
    player = AnnouncementCuePlayer(label, send=lambda w, m: sent.append((w, m)))
    routine = _routine()
    for kind in CueKind:
        player.play(_cue(kind), _state(), routine)
    assert [m for _, m in sent] == [
        "Step 1 of 2: Palm b circles /b. Right hand. Rub small circles in the palm.",
        "Switch hands. Right hand.",
        "Waiting. Start the next step when you are ready.",
        "Routine finished.",
    ]
    assert all(w is label for w, _ in sent)


def test_real_announcement_event_is_polite(qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    label = QLabel("timer")
    seen: list[tuple[str, object, object]] = []

    def capture(event: QAccessibleEvent) -> None:
        assert isinstance(event, QAccessibleAnnouncementEvent)
        seen.append((event.message(), event.politeness(), event.object()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(capture))
    player = AnnouncementCuePlayer(label)
    player.play(_cue(CueKind.FINISHED, None, None), _state(), _routine())
    assert seen == [("Routine finished.", QAccessible.AnnouncementPoliteness.Polite, label)]
    monkeypatch.undo()
    # and the real call, with no screen reader listening, is harmless
    player.play(_cue(CueKind.SWITCH_HANDS), _state(), _routine())
    assert player.last_announcement == "Switch hands. Right hand."


# --- sounds ------------------------------------------------------------------------------


class FakeEffect:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.plays = 0
        self.volume = -1.0

    def play(self) -> None:
        self.plays += 1

    def setVolume(self, volume: float) -> None:
        self.volume = volume


def test_sound_player_plays_the_effect_for_each_cue() -> None:
    made: dict[str, FakeEffect] = {}

    def factory(path: Path, owner: QObject) -> FakeEffect:
        made[path.name] = FakeEffect(path)
        return made[path.name]

    player = SoundCuePlayer(effect_factory=factory, audio_outputs=lambda: 1)
    assert made == {}  # nothing is loaded before the first cue
    player.play(_cue(CueKind.STEP_STARTED), _state(), _routine())
    player.play(Cue(CueKind.COUNTDOWN, 0, Side.RIGHT, value=3), _state(), _routine())
    player.play(Cue(CueKind.COUNTDOWN, 0, Side.RIGHT, value=2), _state(), _routine())
    assert made["step_start.wav"].plays == 1
    assert made["countdown.wav"].plays == 2
    assert all(effect.path.is_file() for effect in made.values())

    player.set_volume(0.0)
    assert made["finished.wav"].volume == 0.0
    player.set_volume(1.0)
    assert made["finished.wav"].volume == pytest.approx(1.0)
    player.apply_preferences(Preferences(sounds_enabled=False))
    player.play(_cue(CueKind.STEP_STARTED), _state(), _routine())
    assert made["step_start.wav"].plays == 1
    assert player.unavailable_message() is None


def test_sound_player_without_audio_output_is_silent_and_says_so_once() -> None:
    made: list[Path] = []
    player = SoundCuePlayer(
        effect_factory=lambda path, owner: made.append(path) or FakeEffect(path),
        audio_outputs=lambda: 0,
    )
    reasons: list[str] = []
    player.unavailable.connect(reasons.append)
    for kind in CueKind:
        player.play(_cue(kind), _state(), _routine())
    assert made == []
    assert not player.available()
    router = CueRouter([player])
    assert router.unavailable_messages() == ["Sounds are off: this computer has no audio output."]
    assert router.unavailable_messages() == []
    assert reasons == ["Sounds are off: this computer has no audio output."]


def test_sound_player_when_multimedia_cannot_load() -> None:
    def no_multimedia() -> int:
        raise ImportError("libpulse.so.0: cannot open shared object file")

    player = SoundCuePlayer(audio_outputs=no_multimedia)
    player.play(_cue(CueKind.STEP_STARTED), _state(), _routine())
    message = player.unavailable_message()
    assert message is not None and "libpulse" in message and "\n" not in message
    assert player.unavailable_message() is None


def test_sound_effect_error_silences_and_reports_once() -> None:
    player = SoundCuePlayer(effect_factory=lambda p, o: FakeEffect(p), audio_outputs=lambda: 1)
    player.play(_cue(CueKind.STEP_STARTED), _state(), _routine())
    player.report_effect_error("step_start.wav")
    player.report_effect_error("finished.wav")
    assert player.unavailable_message() == (
        "Sounds are off: the audio output could not play step_start.wav."
    )
    assert player.unavailable_message() is None


def test_real_sound_player_on_this_machine_never_crashes(qtbot: object) -> None:
    player = SoundCuePlayer()
    for kind in CueKind:
        player.play(_cue(kind), _state(), _routine())
    first = player.unavailable_message()
    assert player.unavailable_message() is None
    assert (first is None) == player.available()


# --- voice -------------------------------------------------------------------------------


class FakeSpeech:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def say(self, text: str) -> None:
        self.calls.append(f"say:{text}")

    def enqueue(self, text: str) -> int:
        self.calls.append(f"enqueue:{text}")
        return 0

    def stop(self) -> None:
        self.calls.append("stop")

    def setVolume(self, volume: float) -> None:
        self.calls.append(f"volume:{volume}")


def test_voice_reads_steps_and_interrupts_the_previous_one() -> None:
    speech = FakeSpeech()
    player = VoiceCuePlayer(speech_factory=lambda owner: speech)
    routine = _routine()
    player.play(_cue(CueKind.STEP_STARTED, 0, Side.RIGHT), _state(), routine)
    player.play(Cue(CueKind.COUNTDOWN, 0, Side.RIGHT, value=3), _state(), routine)
    player.play(_cue(CueKind.SWITCH_HANDS), _state(), routine)
    assert speech.calls == [
        "volume:1.0",
        "stop",
        "say:Right hand. Palm b circles /b. Rub small circles in the palm.",
        "stop",
        "say:Switch hands.",
    ]
    assert player.available()
    assert player.unavailable_message() is None


def test_voice_says_cues_of_the_same_moment_one_after_the_other() -> None:
    speech = FakeSpeech()
    player = VoiceCuePlayer(speech_factory=lambda owner: speech)
    routine = _routine()
    player.play(Cue(CueKind.SWITCH_HANDS, 0, Side.LEFT, at=12.0), _state(), routine)
    player.play(Cue(CueKind.STEP_STARTED, 0, Side.LEFT, at=12.0), _state(), routine)
    # skipping while paused: the same session time, but each step cuts the last one off
    player.play(Cue(CueKind.STEP_STARTED, 1, Side.BOTH, at=12.0), _state(), routine)
    player.play(Cue(CueKind.FINISHED, None, None, at=12.0), _state(), routine)
    assert speech.calls[1:] == [
        "stop",
        "say:Switch hands.",
        "enqueue:Left hand. Palm b circles /b. Rub small circles in the palm.",
        "stop",
        "say:Both hands. Finger squeeze. Squeeze each finger. 3 times.",
        "stop",
        "say:Routine finished. Well done.",
    ]


def test_voice_switched_off_says_nothing_and_stops() -> None:
    speech = FakeSpeech()
    player = VoiceCuePlayer(speech_factory=lambda owner: speech)
    player.apply_preferences(Preferences(voice_enabled=False, volume=0.5))
    player.play(_cue(CueKind.STEP_STARTED), _state(), _routine())
    assert not any(call.startswith("say:") for call in speech.calls)


def test_voice_without_engine_is_silent_and_says_so_once() -> None:
    asked: list[QObject] = []

    def no_engine(owner: QObject) -> str:
        asked.append(owner)
        return "Voice is off: no speech engine is installed."

    player = VoiceCuePlayer(speech_factory=no_engine)
    reasons: list[str] = []
    player.unavailable.connect(reasons.append)
    for kind in CueKind:
        player.play(_cue(kind), _state(), _routine())
    assert not player.available()
    assert player.reason() == "Voice is off: no speech engine is installed."
    router = CueRouter([player, RecordingCuePlayer()])
    assert router.unavailable_messages() == ["Voice is off: no speech engine is installed."]
    assert router.unavailable_messages() == []
    assert reasons == ["Voice is off: no speech engine is installed."]
    assert len(asked) == 1  # a missing engine is looked for once, not on every cue


def test_voice_engine_that_fails_while_running() -> None:
    speech = FakeSpeech()
    player = VoiceCuePlayer(speech_factory=lambda owner: speech)
    player.play(_cue(CueKind.STEP_STARTED), _state(), _routine())
    player.report_failure("audio device lost")
    player.play(_cue(CueKind.SWITCH_HANDS), _state(), _routine())
    assert "say:Switch hands." not in speech.calls
    assert player.unavailable_message() == "Voice is off: audio device lost"
    assert player.unavailable_message() is None


def test_voice_factory_that_raises_is_contained() -> None:
    def explode(owner: QObject) -> FakeSpeech:
        raise RuntimeError("plugin crashed")

    player = VoiceCuePlayer(speech_factory=explode)
    player.play(_cue(CueKind.STEP_STARTED), _state(), _routine())
    assert player.unavailable_message() == "Voice is off: plugin crashed"


def test_qt_speech_without_the_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails
    player = VoiceCuePlayer(speech_factory=qt_speech_factory())
    player.play(_cue(CueKind.STEP_STARTED), _state(), _routine())
    message = player.unavailable_message()
    assert message is not None and message.startswith("Voice is off: text-to-speech could not")


def test_qt_speech_with_no_engines(monkeypatch: pytest.MonkeyPatch, qtbot: object) -> None:
    qtts = pytest.importorskip("PySide6.QtTextToSpeech", exc_type=ImportError)
    monkeypatch.setattr(qtts.QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    player = VoiceCuePlayer(speech_factory=qt_speech_factory())
    assert not player.available()
    assert player.unavailable_message() == "Voice is off: no speech engine is installed."


def test_real_voice_player_on_this_machine_never_crashes(qtbot: object) -> None:
    player = VoiceCuePlayer()
    for kind in CueKind:
        player.play(_cue(kind), _state(), _routine())
    first = player.unavailable_message()
    assert player.unavailable_message() is None
    assert (first is None) == player.available()


def test_voice_through_qt_mock_engine(qtbot: object) -> None:
    qtts = pytest.importorskip("PySide6.QtTextToSpeech", exc_type=ImportError)
    if "mock" not in qtts.QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech engine is not installed")
    player = VoiceCuePlayer(speech_factory=qt_speech_factory("mock"))
    assert player.available()
    speech = player.findChild(qtts.QTextToSpeech)
    assert speech is not None and speech.engine() == "mock"
    player.play(_cue(CueKind.STEP_STARTED), _state(), _routine())
    qtbot.waitUntil(lambda: speech.state() == qtts.QTextToSpeech.State.Speaking, timeout=2000)
    # a new cue cuts the sentence short and the engine speaks the new one
    player.play(_cue(CueKind.FINISHED, None, None), _state(), _routine())
    qtbot.waitUntil(lambda: speech.state() == qtts.QTextToSpeech.State.Speaking, timeout=2000)
    assert player.unavailable_message() is None
