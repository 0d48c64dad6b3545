"""The voice player, with a fake speech host: what it sends, and silence when it cannot."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from handtrainer.core.model import Side
from handtrainer.core.session import CueKind
from handtrainer.ui.cues import CueRouter, VoiceCuePlayer
from handtrainer.ui.preferences import Preferences
from tests.helpers.cue_fakes import FakeHost, cue, cue_routine, idle_state

READY = {"ev": "ready", "engine": "fake", "locale": "en_GB", "voice": "a", "voices": ["a", "b"]}


def _player(answer: dict | None = READY) -> tuple[VoiceCuePlayer, list[FakeHost]]:
    hosts: list[FakeHost] = []

    def make(owner: object) -> FakeHost:
        hosts.append(FakeHost(None, None))
        return hosts[-1]

    player = VoiceCuePlayer(host_factory=make, locale="en_GB")
    player.warm_up()
    if answer is not None:
        hosts[0].message.emit(answer)
    return player, hosts


def test_the_engine_is_configured_in_the_interface_language(qtbot: QtBot) -> None:
    player, (host,) = _player(answer=None)
    assert host.sent[0]["op"] == "config" and host.sent[0]["locale"] == "en_GB"
    assert not player.available()
    host.message.emit(READY)
    assert player.available() and player.voices() == ["a", "b"]
    player.apply_preferences(
        Preferences(voice_name="b", voice_rate=0.3, voice_volume=0.5, volume=0.2)
    )
    config = host.sent[-1]
    assert (config["voice"], config["rate"], config["volume"]) == ("b", 0.3, 0.5)


def test_voice_reads_steps_and_interrupts_the_previous_one(qtbot: QtBot) -> None:
    player, (host,) = _player()
    routine = cue_routine()
    player.play(cue(CueKind.STEP_STARTED, 0, Side.RIGHT), idle_state(), routine)
    player.play(cue(CueKind.COUNTDOWN, value=3), idle_state(), routine)
    player.play(cue(CueKind.SWITCH_HANDS), idle_state(), routine)
    assert host.ops("say", "enqueue") == [
        "say:Right hand. Palm b circles /b. Rub small circles in the palm.",
        "say:Switch hands.",
    ]


def test_voice_says_cues_of_the_same_moment_one_after_the_other(qtbot: QtBot) -> None:
    player, (host,) = _player()
    routine = cue_routine()
    player.play(cue(CueKind.SWITCH_HANDS, 0, Side.LEFT, at=12.0), idle_state(), routine)
    player.play(cue(CueKind.STEP_STARTED, 0, Side.LEFT, at=12.0), idle_state(), routine)
    # skipping while paused: the same session time, but each step cuts the last one off
    player.play(cue(CueKind.STEP_STARTED, 1, Side.BOTH, at=12.0), idle_state(), routine)
    player.play(cue(CueKind.FINISHED, None, None, at=12.0), idle_state(), routine)
    assert host.ops("say", "enqueue") == [
        "say:Switch hands.",
        "enqueue:Left hand. Palm b circles /b. Rub small circles in the palm.",
        "say:Both hands. Finger squeeze. Squeeze each finger. 3 times.",
        "say:Routine finished.",  # skipped through: no praise
    ]


def test_counting_aloud_never_cuts_off_an_instruction(qtbot: QtBot) -> None:
    player, (host,) = _player()
    player.apply_preferences(Preferences(count_aloud=True, voice_title_only=True))
    routine = cue_routine()
    player.play(cue(CueKind.STEP_STARTED, 1, Side.BOTH), idle_state(), routine)
    player.play(cue(CueKind.REPETITION, 1, Side.BOTH, value=1), idle_state(), routine)
    player.play(cue(CueKind.REPETITION, 1, Side.BOTH, value=2), idle_state(), routine)
    assert host.ops("say", "say_if_idle") == [
        "say:Both hands. Finger squeeze. 3 times.",
        "say_if_idle:2",
    ]


def test_what_is_asked_before_the_engine_runs_is_said_when_it_does(qtbot: QtBot) -> None:
    player, (host,) = _player(answer=None)
    routine = cue_routine()
    player.play(cue(CueKind.GET_READY, 0, Side.LEFT), idle_state(), routine)
    player.play(cue(CueKind.STEP_STARTED, 0, Side.LEFT), idle_state(), routine)
    assert host.ops("say") == []
    host.message.emit(READY)
    assert host.ops("say") == ["say:Left hand. Palm b circles /b. Rub small circles in the palm."]


def test_voice_switched_off_says_nothing_and_stops(qtbot: QtBot) -> None:
    player, hosts = _player()
    (host,) = hosts
    player.apply_preferences(Preferences(voice_enabled=False))
    player.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    assert host.ops("say") == []
    assert host.stopped == 1  # the speech host goes when the voice is switched off
    assert player.unavailable_message() is None
    player.apply_preferences(Preferences(voice_enabled=True))
    player.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    assert len(hosts) == 2  # and comes back when it is wanted


def test_voice_without_engine_is_silent_and_says_so_once(qtbot: QtBot) -> None:
    player, hosts = _player(answer={"ev": "unavailable", "kind": "engine", "reason": ""})
    reasons: list[str] = []
    player.unavailable.connect(reasons.append)
    for kind in CueKind:
        player.play(cue(kind), idle_state(), cue_routine())
    assert not player.available()
    assert player.reason() == "Voice is off: no speech engine is installed."
    router = CueRouter([player])
    assert router.unavailable_messages() == ["Voice is off: no speech engine is installed."]
    assert router.unavailable_messages() == []
    assert len(hosts) == 1  # a missing engine is looked for once, not on every cue
    assert hosts[0].stopped == 1


def test_a_stuck_engine_turns_the_voice_off_with_a_notice(qtbot: QtBot) -> None:
    player, hosts = _player()
    reasons: list[str] = []
    player.unavailable.connect(reasons.append)
    player.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    hosts[0].failed.emit("stuck")
    player.play(cue(CueKind.SWITCH_HANDS), idle_state(), cue_routine())
    assert reasons == ["Voice is off: the speech engine stopped responding."]
    assert hosts[0].ops("say") == [hosts[0].ops("say")[0]]
    # turning the voice off and on in Settings gives it another chance
    player.apply_preferences(Preferences(voice_enabled=False))
    player.apply_preferences(Preferences(voice_enabled=True))
    player.play(cue(CueKind.SWITCH_HANDS), idle_state(), cue_routine())
    assert len(hosts) == 2


def test_engine_errors_while_running(qtbot: QtBot) -> None:
    player, _hosts = _player()
    player._on_message({"ev": "error", "message": "audio device lost"})
    assert player.unavailable_message() == "Voice is off: audio device lost"
    assert player.unavailable_message() is None


def test_speech_module_missing(qtbot: QtBot) -> None:
    player, _hosts = _player(answer={"ev": "unavailable", "kind": "module", "reason": "no lib"})
    message = player.unavailable_message()
    assert message == "Voice is off: text-to-speech could not be loaded (no lib)."


def test_the_voice_speaks_the_language_of_the_words(monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    from handtrainer.ui.cues.voice import speech_locale

    try:
        QLocale.setDefault(QLocale("en_US"))
        assert speech_locale() == "en_US"
        # German system, English words (no translation yet): an English voice reads them
        QLocale.setDefault(QLocale("de_DE"))
        assert speech_locale() == "en_GB"
        QLocale.setDefault(QLocale.c())
        assert speech_locale() == "en_GB"
    finally:
        QLocale.setDefault(QLocale.system())


def test_a_voice_that_failed_is_tried_again_and_comes_back(qtbot: QtBot) -> None:
    """Hands busy, nobody can reach Settings: after speech-dispatcher stalled or died, or
    the speech helper was killed, a fresh helper is tried (2 s, then 4, 8 ... 30 s)."""
    player, hosts = _player()
    reasons: list[str] = []
    player.unavailable.connect(reasons.append)
    routine = cue_routine()
    hosts[0].failed.emit("stuck")
    retry = player._retry
    assert retry.isActive() and retry.interval() == 2000
    player.play(cue(CueKind.SWITCH_HANDS), idle_state(), routine)
    assert len(hosts) == 1  # cues during the outage do not each start a helper
    retry.timeout.emit()
    assert len(hosts) == 2
    hosts[1].message.emit(READY)
    assert player.available() and player.reason() is None
    player.play(cue(CueKind.SWITCH_HANDS), idle_state(), routine)
    assert hosts[1].ops("say") == ["say:Switch hands."]
    assert reasons == ["Voice is off: the speech engine stopped responding."]
    # an engine error (speech-dispatcher lost its audio server) is retried too, and told
    hosts[1].message.emit({"ev": "error", "message": "Text synthesizing failure"})
    assert reasons[-1] == "Voice is off: Text synthesizing failure"
    assert hosts[1].stopped == 1 and player._retry.isActive()
    player.shutdown()
    assert not player._retry.isActive()


def test_a_missing_engine_is_not_tried_again(qtbot: QtBot) -> None:
    player, _hosts = _player(answer={"ev": "unavailable", "kind": "module", "reason": "no lib"})
    assert player.reason() is not None and not player._retry.isActive()
