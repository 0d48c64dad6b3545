"""The speech host: QTextToSpeech in a process of its own, where a stuck call cannot
reach the window.

Run as ``python -m handtrainer.ui.cues.speech_host`` by ``VoiceCuePlayer``.
Commands: ``config {engine, locale, voice, rate, volume}``, ``say {text}``,
``enqueue {text}``, ``say_if_idle {text}``, ``stop``. Messages: ``ready {engine,
locale, voices}`` once the engine runs, ``unavailable {reason}`` when there is none,
``error {message}`` when it fails while running, ``state {speaking}``.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from handtrainer.ui.cues import host_main


class SpeechHost(QObject):
    """Holds one QTextToSpeech engine, made on the first ``config`` command."""

    def __init__(self) -> None:
        super().__init__()
        self.speech: Any = None
        self.module: Any = None

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
        text = str(command.get("text", ""))
        if op == "say":
            speech.stop()
            speech.say(text)
        elif op == "enqueue":
            speech.enqueue(text)
        elif op == "say_if_idle":
            if speech.state() != self.module.QTextToSpeech.State.Speaking:
                speech.say(text)
        elif op == "stop":
            speech.stop()

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
        chosen = next((loc for loc in locales if loc.name() == wanted.name()), None)
        for language in (wanted.language(), QLocale.Language.English):
            if chosen is None:
                chosen = next((loc for loc in locales if loc.language() == language), None)
        if chosen is not None and chosen != speech.locale():
            speech.setLocale(chosen)
        voices = speech.availableVoices()
        name = str(command.get("voice") or "")
        voice = next((v for v in voices if v.name() == name), None)
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
        speaking = state == self.module.QTextToSpeech.State.Speaking
        host_main.send({"ev": "state", "speaking": speaking})


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
