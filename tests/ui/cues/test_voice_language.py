"""The voice reads each text in its own language: the interface's phrases in the
interface's, a routine's text in the language it is shown in; a language without a
voice is read by the default voice, and said so once.

The player is tested on the requests it sends a fake host; the speech host on a fake
engine, in this process (``SpeechHost`` with ``host_main.send`` captured).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from handtrainer.core.localize import routine_in
from handtrainer.core.model import Routine, RoutineTranslation, Side, StepTranslation
from handtrainer.core.session import CueKind
from handtrainer.ui.cues import speech_host
from handtrainer.ui.cues.voice import VoiceCuePlayer
from tests.helpers.cue_fakes import FakeHost, cue, cue_routine, idle_state
from tests.helpers.german import german_interface


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    """The interface in German."""
    with german_interface():
        yield


def _player(locale: str) -> tuple[VoiceCuePlayer, FakeHost]:
    hosts: list[FakeHost] = []

    def make(owner: object) -> FakeHost:
        hosts.append(FakeHost(None, None))
        return hosts[-1]

    player = VoiceCuePlayer(host_factory=make, locale=locale)
    player.warm_up()
    hosts[0].message.emit({"ev": "ready", "engine": "fake", "locale": locale, "voices": []})
    return player, hosts[0]


def _german_routine() -> Routine:
    """cue_routine with a full German translation."""
    german = RoutineTranslation(
        "de",
        title="Ruhige Hände",
        steps=(
            StepTranslation("Kreise in der Handfläche", "Reiben Sie kleine Kreise."),
            StepTranslation("Finger drücken", "Drücken Sie jeden Finger."),
        ),
    )
    return dataclasses.replace(cue_routine(), translations=(german,))


def _steps(player: VoiceCuePlayer, routine: Routine) -> None:
    player.play(cue(CueKind.STEP_STARTED, 1, Side.BOTH), idle_state(), routine)
    player.play(cue(CueKind.SWITCH_HANDS), idle_state(), routine)


def _language(locale: str) -> str:
    return locale.split("_")[0]


def test_german_interface_reads_an_english_routines_text_in_english(
    qtbot: QtBot, german: None
) -> None:
    player, host = _player("de_DE")
    routine = routine_in(cue_routine(), "de")  # no German: shown in English
    _steps(player, routine)
    step, switch = host.parts()
    assert [(text, _language(locale)) for text, locale in step] == [
        ("Beide Hände.", "de"),
        ("Finger squeeze. Squeeze each finger.", "en"),
        ("3 Mal.", "de"),
    ]
    assert switch == [("Hand wechseln.", "de_DE")]


def test_german_interface_reads_a_german_routine_all_in_german(qtbot: QtBot, german: None) -> None:
    player, host = _player("de_DE")
    _steps(player, routine_in(_german_routine(), "de"))
    assert host.parts() == [
        [("Beide Hände. Finger drücken. Drücken Sie jeden Finger. 3 Mal.", "de_DE")],
        [("Hand wechseln.", "de_DE")],
    ]


def test_english_interface_reads_all_in_english(qtbot: QtBot) -> None:
    player, host = _player("en_GB")
    _steps(player, routine_in(_german_routine(), "en"))  # the English text is its own
    assert host.parts() == [
        [("Both hands. Finger squeeze. Squeeze each finger. 3 times.", "en_GB")],
        [("Switch hands.", "en_GB")],
    ]


def test_a_routine_written_in_german_is_read_in_german_in_an_english_interface(
    qtbot: QtBot,
) -> None:
    player, host = _player("en_GB")
    routine = routine_in(dataclasses.replace(cue_routine(), language="de"), "en")
    player.play(cue(CueKind.STEP_STARTED, 1, Side.BOTH), idle_state(), routine)
    ((hand, _), (text, locale), (times, _)) = host.parts()[0]
    assert (hand, text, times) == (
        "Both hands.",
        "Finger squeeze. Squeeze each finger.",
        "3 times.",
    )
    assert _language(locale) == "de"


def test_what_waits_for_the_engine_keeps_its_languages(qtbot: QtBot) -> None:
    hosts: list[FakeHost] = []
    player = VoiceCuePlayer(
        host_factory=lambda owner: hosts.append(FakeHost()) or hosts[-1], locale="en_GB"
    )
    routine = routine_in(dataclasses.replace(cue_routine(), language="de"), "en")
    player.play(cue(CueKind.SWITCH_HANDS, 0, Side.LEFT, at=5.0), idle_state(), routine)
    player.play(cue(CueKind.STEP_STARTED, 0, Side.LEFT, at=5.0), idle_state(), routine)
    hosts[0].message.emit({"ev": "ready", "engine": "fake", "locale": "en_GB", "voices": []})
    ((switch, en), (title, de)) = hosts[0].parts("say")[0]
    assert switch == "Switch hands. Left hand." and en == "en_GB"
    assert title.startswith("Palm b circles") and _language(de) == "de"


def test_a_language_without_a_voice_is_said_once_and_the_voice_goes_on(qtbot: QtBot) -> None:
    player, host = _player("en_GB")
    notices: list[str] = []
    player.notice.connect(notices.append)
    for _ in range(2):  # the host tells once per language; a second host tells again
        host.message.emit({"ev": "no-voice", "locale": "de_DE"})
    told = [player.unavailable_message() for _ in range(3)]
    assert told == ["No voice for German is installed: the default voice reads it.", None, None]
    assert notices == told[:1]
    assert player.available() and player.reason() is None
    player.say("Still here.")
    assert host.ops("say") == ["say:Still here."]


# --- the speech host, on a fake engine --------------------------------------------------


class FakeVoice:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FakeVoice) and other._name == self._name

    __hash__ = None  # type: ignore[assignment]


class FakeState:
    Ready, Speaking, Error = "ready", "speaking", "error"


class FakeModule:
    class QTextToSpeech:
        State = FakeState


class FakeSpeech:
    """An engine with English and German voices (or those given); it never speaks by
    itself: the test says when it begins and ends (``begin``, ``end``)."""

    def __init__(self, host: speech_host.SpeechHost, locales: tuple[str, ...]) -> None:
        self._host = host
        self._locales = [QLocale(name) for name in locales]
        self._locale = self._locales[0]
        self._voice = FakeVoice(f"{self._locale.name()}-1")
        self._state = FakeState.Ready
        self.said: list[tuple[str, str, str]] = []  # (text, locale, voice)

    def availableLocales(self) -> list[QLocale]:
        return list(self._locales)

    def locale(self) -> QLocale:
        return self._locale

    def setLocale(self, locale: QLocale) -> None:
        self._locale = locale
        self._voice = FakeVoice(f"{locale.name()}-1")  # a locale brings its first voice

    def availableVoices(self) -> list[FakeVoice]:
        return [FakeVoice(f"{self._locale.name()}-{n}") for n in (1, 2)]

    def voice(self) -> FakeVoice:
        return self._voice

    def setVoice(self, voice: FakeVoice) -> None:
        self._voice = voice

    def setRate(self, rate: float) -> None: ...

    def setVolume(self, volume: float) -> None: ...

    def engine(self) -> str:
        return "fake"

    def state(self) -> str:
        return self._state

    def say(self, text: str) -> None:
        self.said.append((text, self._locale.name(), self._voice.name()))

    def stop(self) -> None:
        if self._state != FakeState.Ready:
            self._state = FakeState.Ready  # like speechd: the Ready comes later (stale)

    def begin(self) -> None:
        self._state = FakeState.Speaking
        self._host._state_changed(FakeState.Speaking)

    def end(self) -> None:
        self._state = FakeState.Ready
        self._host._state_changed(FakeState.Ready)


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeSpeech, list[dict[str, Any]]]]:
    told: list[dict[str, Any]] = []
    monkeypatch.setattr(speech_host.host_main, "send", told.append)
    host = speech_host.SpeechHost()
    speech = FakeSpeech(host, ("en_GB", "de_DE"))
    host.speech, host.module = speech, FakeModule
    yield speech, told
    host.deleteLater()


def _host(speech: FakeSpeech) -> speech_host.SpeechHost:
    return speech._host


def test_the_host_sets_each_parts_locale_just_before_it_is_read(engine) -> None:
    speech, told = engine
    host = _host(speech)
    host.handle({"op": "config", "locale": "de_DE", "voice": "de_DE-2"})
    host.handle({"op": "say", "parts": [["Beide Hände.", "de_DE"], ["Rub.", "en_GB"]]})
    host.handle({"op": "enqueue", "parts": [["3 Mal.", "de_DE"]]})
    assert speech.said == [("Beide Hände.", "de_DE", "de_DE-2")]  # the voice chosen
    speech.begin()
    speech.end()
    speech.begin()
    speech.end()
    assert speech.said[1:] == [("Rub.", "en_GB", "en_GB-1"), ("3 Mal.", "de_DE", "de_DE-2")]
    parts = [(m["wanted"], m["locale"]) for m in told if m.get("ev") == "part"]
    assert parts == [("de_DE", "de_DE"), ("en_GB", "en_GB"), ("de_DE", "de_DE")]


def test_a_new_step_cuts_the_rest_of_the_last_one_off(engine) -> None:
    speech, _told = engine
    host = _host(speech)
    host.handle({"op": "config", "locale": "en_GB"})
    host.handle({"op": "say", "parts": [["One.", "en_GB"], ["Zwei.", "de_DE"]]})
    speech.begin()
    host.handle({"op": "say", "parts": [["Three.", "en_GB"]]})
    # the engine's late Ready for what was stopped must not start "Zwei."
    host._state_changed(FakeState.Ready)
    speech.begin()
    speech.end()
    assert [text for text, *_ in speech.said] == ["One.", "Three."]
    # a count only into silence
    host.handle({"op": "say", "parts": [["Four.", "en_GB"], ["Fünf.", "de_DE"]]})
    speech.begin()
    host.handle({"op": "say_if_idle", "parts": [["2", "en_GB"]]})
    speech.end()
    speech.begin()
    speech.end()
    host.handle({"op": "say_if_idle", "parts": [["3", "en_GB"]]})
    assert [text for text, *_ in speech.said] == ["One.", "Three.", "Four.", "Fünf.", "3"]


def test_the_host_falls_back_to_the_default_voice_and_says_so_once(engine) -> None:
    speech, told = engine
    host = _host(speech)
    host.handle({"op": "config", "locale": "en_GB", "voice": "en_GB-2"})
    for _ in range(2):
        host.handle({"op": "say", "parts": [["Bonjour.", "fr_FR"]]})
        host.handle({"op": "say", "parts": [["Bonsoir.", "fr_CA"]]})  # French still
    assert [m for m in told if m.get("ev") == "no-voice"] == [{"ev": "no-voice", "locale": "fr_FR"}]
    assert {(locale, voice) for _text, locale, voice in speech.said} == {("en_GB", "en_GB-2")}
    # a region the engine lacks is read by its language's voice, without a notice
    host.handle({"op": "say", "parts": [["Grüezi.", "de_CH"]]})
    assert speech.said[-1] == ("Grüezi.", "de_DE", "de_DE-1")
    assert len([m for m in told if m.get("ev") == "no-voice"]) == 1


def test_a_plain_text_is_read_in_the_configured_locale(engine) -> None:
    speech, _told = engine
    host = _host(speech)
    host.handle({"op": "config", "locale": "de_DE"})
    host.handle({"op": "say", "parts": [["Rub.", "en_GB"]]})
    host.handle({"op": "say", "text": "Hallo."})
    host.handle({"op": "say", "parts": [["", "en_GB"], "junk", [1, 2, 3]]})  # nothing to say
    assert speech.said == [("Rub.", "en_GB", "en_GB-1"), ("Hallo.", "de_DE", "de_DE-1")]


# --- the real speech host, on Qt's mock engine (English, Norwegian, Finnish; no German) --


def test_the_real_host_reads_each_part_with_its_locale(qtbot: QtBot) -> None:
    from handtrainer.ui.cues.wording import Spoken

    voice = VoiceCuePlayer(engine="mock", locale="en_GB")
    heard: list[dict[str, Any]] = []
    voice.speaking.connect(heard.append)
    try:
        with qtbot.waitSignal(voice.ready, timeout=30_000):
            voice.warm_up()
        with qtbot.waitSignal(voice.notice, timeout=20_000):
            voice.say_parts([Spoken("Left hand."), Spoken("Hei.", "fi"), Spoken("Hallo.", "de")])
        qtbot.waitUntil(lambda: len(heard) == 3, timeout=20_000)
        assert [(m["text"], _language(m["wanted"]), m["locale"]) for m in heard] == [
            ("Left hand.", "en", "en_GB"),
            ("Hei.", "fi", "fi_FI"),
            ("Hallo.", "de", "en_GB"),  # no German voice: the default voice reads it
        ]
        assert voice.unavailable_message() == (
            "No voice for German is installed: the default voice reads it."
        )
        assert voice.unavailable_message() is None and voice.available()
    finally:
        voice.shutdown()


def test_the_window_in_german_sends_an_english_routines_steps_in_english(
    qtbot: QtBot, german: None, tmp_path: Path
) -> None:
    from handtrainer.core.library import load_library
    from tests.helpers.window import build_trainer

    folder = Path(__file__).parents[2] / "e2e" / "routines"
    library = load_library([folder], include_user=False, bundled_dir=tmp_path / "none")
    hosts: list[FakeHost] = []
    player = VoiceCuePlayer(host_factory=lambda _o: hosts.append(FakeHost()) or hosts[-1])
    trainer = build_trainer(qtbot, tmp_path, library, players=[player], language="de")
    try:
        player.warm_up()
        hosts[0].message.emit({"ev": "ready", "engine": "fake", "locale": "de_DE", "voices": []})
        window = trainer.window
        window.open_routine_by_id("e2e-practice")  # no German translation
        window.start_routine()
        trainer.run_for(30)
        spoken = [part for parts in hosts[0].parts() for part in parts]
        assert [(text, _language(locale)) for text, locale in spoken] == [
            ("Machen Sie sich bereit.", "de"),
            ("Rechte Hand.", "de"),
            ("Rub the centre of the palm. Rub the centre of the palm in small circles.", "en"),
            ("Hand wechseln.", "de"),
            ("Andere Hand.", "de"),
            ("Beide Hände.", "de"),
            (
                "Press the ball of the thumb. Press the ball of the thumb, once for each count.",
                "en",
            ),
            ("10 Mal.", "de"),
        ]
    finally:
        trainer.window.controller.unload()
        player.shutdown()
