"""The speech host: QTextToSpeech in a process of its own, where a stuck call cannot
reach the window.

Run as ``python -m handtrainer.ui.cues.speech_host`` by ``VoiceCuePlayer``.
Commands: ``config {engine, locale, voice, rate, volume}``, ``say {parts}``,
``enqueue {parts}``, ``say_if_idle {parts}``, ``stop``; ``parts`` is a list of
``[text, locale]`` read in order (a plain ``text`` is read in the configured locale).
Messages: ``ready {engine, locale, voices}`` once the engine runs, ``unavailable
{reason}`` when there is none, ``error {message}`` when it fails while running,
``state {speaking}``, ``part {text, wanted, locale, voice}`` as each part starts, and
``no-voice {locale}`` once for a language the engine has no voice for (the
configured voice reads it).

The parts are queued here, not in Qt: each gets its locale set just before it is
handed to the engine, and the next goes when the engine is done with the last.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from handtrainer.ui.cues import host_main


def pick_locale(available: list[QLocale], wanted: QLocale) -> QLocale | None:
    """The engine's locale for ``wanted``: the same one, else one of its language."""
    exact = next((loc for loc in available if loc.name() == wanted.name()), None)
    if exact is not None:
        return exact
    return next((loc for loc in available if loc.language() == wanted.language()), None)


def parts_of(command: dict[str, Any]) -> list[tuple[str, str]]:
    """The ``[text, locale]`` parts of a command (a bare ``text``: the configured locale)."""
    given = command.get("parts")
    if not isinstance(given, list):
        text = str(command.get("text", ""))
        return [(text, "")] if text else []
    parts = []
    for item in given:
        if isinstance(item, list | tuple) and len(item) == 2 and item[0]:
            parts.append((str(item[0]), str(item[1] or "")))
    return parts


class SpeechHost(QObject):
    """Holds one QTextToSpeech engine, made on the first ``config`` command."""

    def __init__(self) -> None:
        super().__init__()
        self.speech: Any = None
        self.module: Any = None
        self._queue: deque[tuple[str, str]] = deque()
        self._busy = False  # a part is with the engine
        self._begun = False  # ... and the engine has said it is speaking it
        self._base: QLocale | None = None  # the configured (interface) locale, as chosen
        self._voice_name = ""  # the voice chosen in Settings, for the configured locale
        self._in_use: str | None = None  # the locale asked for by the part last set up
        self._told: set[QLocale.Language] = set()  # languages already reported as having no voice

    def handle(self, command: dict[str, Any]) -> None:
        op = command.get("op")
        if op == "config":
            if self.speech is None and not self._make(command.get("engine")):
                return
            self._configure(command)
            return
        speech = self.speech
        if speech is None:
            return
        if op == "say":
            self._stop()
            self._queue.extend(parts_of(command))
            self._next()
        elif op == "enqueue":
            self._queue.extend(parts_of(command))
            if not self._busy:
                self._next()
        elif op == "say_if_idle":
            idle = speech.state() != self.module.QTextToSpeech.State.Speaking
            if idle and not self._busy and not self._queue:
                self._queue.extend(parts_of(command))
                self._next()
        elif op == "stop":
            self._stop()

    # --- the queue of parts ----------------------------------------------------------

    def _stop(self) -> None:
        # Forget first: the Ready that the stop brings must not start a next part.
        self._queue.clear()
        self._busy = self._begun = False
        self.speech.stop()

    def _next(self) -> None:
        if not self._queue:
            self._busy = False
            return
        text, locale = self._queue.popleft()
        self._use(locale)
        self._busy, self._begun = True, False
        speech = self.speech
        host_main.send(
            {
                "ev": "part",
                "text": text[:80],
                "wanted": locale,
                "locale": speech.locale().name(),
                "voice": speech.voice().name(),
            }
        )
        speech.say(text)

    def _use(self, wanted: str) -> None:
        """Set the engine up for a part in locale ``wanted`` ("": the configured one)."""
        if wanted == self._in_use:
            return
        self._in_use = wanted
        speech, base = self.speech, self._base
        chosen = pick_locale(speech.availableLocales(), QLocale(wanted)) if wanted else base
        if chosen is None:
            language = QLocale(wanted).language()
            if language not in self._told:
                self._told.add(language)
                host_main.send({"ev": "no-voice", "locale": wanted})
            chosen = base  # the default voice reads it
        if chosen is None:
            return
        if chosen != speech.locale():
            speech.setLocale(chosen)
        if base is not None and chosen == base and self._voice_name:
            voices = speech.availableVoices()
            voice = next((v for v in voices if v.name() == self._voice_name), None)
            if voice is not None and voice != speech.voice():
                speech.setVoice(voice)

    def _make(self, wanted: object) -> bool:
        try:
            from PySide6 import QtTextToSpeech
        except ImportError as error:
            host_main.send({"ev": "unavailable", "kind": "module", "reason": str(error)})
            return False
        self.module = QtTextToSpeech
        engines = QtTextToSpeech.QTextToSpeech.availableEngines()
        # Qt's "mock" engine is for testing and is never picked unless asked for by name.
        names = [str(wanted)] if wanted else [e for e in engines if e != "mock"]
        if not names:
            host_main.send({"ev": "unavailable", "kind": "engine", "reason": ""})
            return False
        reason = ""
        for name in names:
            speech = QtTextToSpeech.QTextToSpeech(name, self)
            if speech.state() != QtTextToSpeech.QTextToSpeech.State.Error:
                speech.errorOccurred.connect(
                    lambda _reason, message: host_main.send({"ev": "error", "message": message})
                )
                speech.stateChanged.connect(self._state_changed)
                self.speech = speech
                return True
            reason = speech.errorString()
            speech.deleteLater()
        host_main.send({"ev": "unavailable", "kind": "start", "reason": reason})
        return False

    def _configure(self, command: dict[str, Any]) -> None:
        speech = self.speech
        wanted = QLocale(str(command.get("locale") or QLocale().name()))
        if wanted.language() == QLocale.Language.C:  # no language: the words are English
            wanted = QLocale("en_GB")
        locales = speech.availableLocales()
        chosen = pick_locale(locales, wanted)
        if chosen is None:
            english = QLocale.Language.English
            chosen = next((loc for loc in locales if loc.language() == english), None)
        if chosen is not None and chosen != speech.locale():
            speech.setLocale(chosen)
        self._base = chosen if chosen is not None else speech.locale()
        self._in_use = None  # the next part sets its locale afresh
        voices = speech.availableVoices()
        name = str(command.get("voice") or "")
        voice = next((v for v in voices if v.name() == name), None)
        self._voice_name = name if voice is not None else ""
        if voice is not None:
            speech.setVoice(voice)
        speech.setRate(min(max(float(command.get("rate", 0.0)), -1.0), 1.0))
        speech.setVolume(min(max(float(command.get("volume", 1.0)), 0.0), 1.0))
        host_main.send(
            {
                "ev": "ready",
                "engine": speech.engine(),
                "locale": speech.locale().name(),
                "voice": speech.voice().name(),
                "voices": [v.name() for v in voices],
            }
        )

    def _state_changed(self, state: object) -> None:
        states = self.module.QTextToSpeech.State
        speaking = state == states.Speaking
        host_main.send({"ev": "state", "speaking": speaking})
        if speaking:
            self._begun = True
        elif state == states.Ready and self._busy and self._begun:
            self._busy = False
            self._next()


_KEEP: list[SpeechHost] = []


def _make(app: QCoreApplication) -> host_main.Handler:
    host = SpeechHost()
    _KEEP.append(host)
    return host.handle


def main() -> None:
    """Run the host until the window closes its input."""
    status = host_main.run(_make)
    sys.stdout.flush()
    # Skip the teardown: QTextToSpeech's destructor can hang inside libspeechd.
    os._exit(status)


if __name__ == "__main__":
    main()
