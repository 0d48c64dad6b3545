"""The voice: reads steps aloud through the speech host, never on the GUI thread.

Speech runs in a child process (``speech_host``). A call it does not acknowledge
within ``CALL_TIMEOUT_S`` means the engine is stuck: the host is killed and the
voice turns off with a notice, and the window goes on. Creating the engine (over a
second with speech-dispatcher) happens there too, so start-up never pays for it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from handtrainer.core.model import Routine
from handtrainer.core.session import Cue, CueKind, SessionState
from handtrainer.ui.cues.host import CueHost
from handtrainer.ui.cues.router import OnceReason
from handtrainer.ui.cues.sound import Host, HostFactory
from handtrainer.ui.cues.wording import SpeechWording, VoiceWording
from handtrainer.ui.translation import interface_locale

if TYPE_CHECKING:
    from handtrainer.ui.preferences import Preferences

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

log = logging.getLogger(__name__)

CALL_TIMEOUT_S = 4.0  # a speech call not back by then is stuck
START_TIMEOUT_S = 20.0  # making the engine: over a second, more on a busy machine


def speech_locale() -> str:
    """The language the voice speaks: the interface's (Settings, else the system's).

    While the interface is not translated into the user's language the words are
    English, and are read with an English voice.
    """
    wanted, system = interface_locale(), QLocale()
    return system.name() if wanted.language() == system.language() else wanted.name()


def _default_host(owner: QObject) -> Host:
    return CueHost(
        "handtrainer.ui.cues.speech_host",
        owner,
        call_timeout=CALL_TIMEOUT_S,
        start_timeout=START_TIMEOUT_S,
    )


class VoiceCuePlayer(QObject):
    """Reads each step aloud and says the milestones, in the interface language."""

    unavailable = Signal(str)  # once, with the reason, when the voice goes quiet
    ready = Signal()  # the engine runs: voices() is known
    said = Signal(str)  # a text was handed to the engine (for tests and the log)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        host_factory: HostFactory | None = None,
        engine: str | None = None,
        locale: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_host = host_factory or _default_host
        self._engine_name = engine
        self._locale = locale or speech_locale()
        self._host: Host | None = None
        self._ready = False
        self._enabled = True
        self._volume = 1.0
        self._rate = 0.0
        self._voice = ""
        self._voices: list[str] = []
        self._engine_info: dict[str, Any] = {}
        self._wording = SpeechWording()
        self._last_spoken: Cue | None = None
        self._waiting: tuple[str, str] | None = None  # (op, text) asked for before ready
        self._reason = OnceReason()

    # --- settings ----------------------------------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        """Turn the voice on or off; turning it off stops what it is saying.

        Turning it on again after the engine failed gives the engine another chance.
        """
        if enabled and not self._enabled and self._host is None:
            self._reason.clear()
        self._enabled = enabled
        if not enabled:
            # switched off: the speech host goes too (killed: it may be mid-sentence)
            self._waiting = None
            if self._host is not None:
                self._host.stop(wait=False)
                self._host = None
                self._ready = False

    def set_volume(self, volume: float) -> None:
        """Voice volume from 0 to 1."""
        self._volume = min(max(float(volume), 0.0), 1.0)
        self._configure()

    def apply_preferences(self, prefs: Preferences) -> None:
        """Follow the voice switch, volume, voice, rate and wording choices."""
        # The preferences are already clamped when read; clamping again costs nothing.
        self._volume = min(max(prefs.voice_volume, 0.0), 1.0)
        self._rate = min(max(prefs.voice_rate, -1.0), 1.0)
        self._voice = prefs.voice_name
        self._wording = SpeechWording(
            VoiceWording(title_only=prefs.voice_title_only, count_aloud=prefs.count_aloud)
        )
        self.set_enabled(prefs.voice_enabled)
        self._configure()

    # --- state ---------------------------------------------------------------------------

    def available(self) -> bool:
        """True once the engine runs (False while starting, or when there is none)."""
        return self._ready and self._reason.reason is None

    def reason(self) -> str | None:
        """Why the voice cannot work, or None (unlike unavailable_message(), always answers)."""
        return self._reason.reason

    def unavailable_message(self) -> str | None:
        """Why the voice is silent, once; None when it works or is switched off."""
        if not self._enabled:
            return None
        return self._reason.tell()

    def voices(self) -> list[str]:
        """The engine's voices for the interface language (empty until it runs)."""
        return list(self._voices)

    def engine_info(self) -> dict[str, Any]:
        """What the engine said when it started: engine, locale, voice."""
        return dict(self._engine_info)

    def warm_up(self) -> None:
        """Start the engine now (in its own process), so the first step is read at once."""
        if self._enabled and self._host is None and self._reason.reason is None:
            self._start_host()

    def shutdown(self) -> None:
        """End the speech host: at most about a second, whatever the engine is doing."""
        if self._host is not None:
            self._host.stop()
        self._host = None
        self._ready = False

    # --- speaking ------------------------------------------------------------------------

    def say(self, text: str, *, after_current: bool = False, if_idle: bool = False) -> None:
        """Say ``text`` now, cutting off what was being said (or after it, or only if quiet)."""
        if not text or self._reason.reason is not None:
            return
        op = "enqueue" if after_current else "say_if_idle" if if_idle else "say"
        if not self._ready or self._host is None:
            # Until the engine runs, keep one text: the latest, or two said in a row.
            if op == "enqueue" and self._waiting is not None:
                self._waiting = ("say", f"{self._waiting[1]} {text}")
            elif op != "say_if_idle":
                self._waiting = ("say", text)
            self.warm_up()
            return
        self._host.send(op, text=text)
        self.said.emit(text)

    def test(self) -> None:
        """Say a sample sentence (the settings' test button)."""
        self.say(translate("Cues", "This is the voice that reads the steps."))

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
        """Say what this cue calls for, if anything."""
        if not self._enabled:
            return
        text = self._wording.text(cue, routine)
        if text is None:
            return
        if cue.kind is CueKind.REPETITION:
            # a count never cuts off an instruction: it is said only into silence
            self.say(text, if_idle=True)
            return
        # "Switch hands." and the step it leads into come at the same moment (no
        # switch pause): say both. Any other new cue interrupts, so skipping through
        # steps never leaves a queue of stale instructions.
        last, self._last_spoken = self._last_spoken, cue
        follows_switch = (
            last is not None
            and last.kind is CueKind.SWITCH_HANDS
            and cue.kind is CueKind.STEP_STARTED
            and abs(cue.at - last.at) < 0.05
        )
        self.say(text, after_current=follows_switch)

    # --- the host ------------------------------------------------------------------------

    def _start_host(self) -> None:
        host = self._make_host(self)
        host.message.connect(self._on_message)
        host.failed.connect(self._on_failed)
        self._host = host
        self._ready = False
        host.start()
        host.send(
            "config",
            timeout=START_TIMEOUT_S,
            engine=self._engine_name or "",
            **self._config_fields(),
        )

    def _config_fields(self) -> dict[str, Any]:
        return {
            "locale": self._locale,
            "voice": self._voice,
            "rate": self._rate,
            "volume": self._volume,
        }

    def _configure(self) -> None:
        if self._ready and self._host is not None:
            self._host.send("config", **self._config_fields())

    def _on_message(self, message: dict[str, Any]) -> None:
        event = message.get("ev")
        if event == "ready":
            first = not self._ready
            self._ready = True
            self._voices = [str(v) for v in message.get("voices") or []]
            self._engine_info = {k: message.get(k) for k in ("engine", "locale", "voice")}
            if first:
                waiting, self._waiting = self._waiting, None
                if waiting is not None and self._enabled:
                    self.say(waiting[1])
                self.ready.emit()
        elif event == "unavailable":
            kind, reason = message.get("kind"), str(message.get("reason") or "")
            if kind == "module":
                text = translate(
                    "Cues", "Voice is off: text-to-speech could not be loaded ({0})."
                ).format(reason)
            elif kind == "engine":
                text = translate("Cues", "Voice is off: no speech engine is installed.")
            else:
                text = translate(
                    "Cues", "Voice is off: the speech engine could not start ({0})."
                ).format(reason)
            self._give_up(text)
        elif event == "error":
            self._give_up(
                translate("Cues", "Voice is off: {0}").format(
                    message.get("message") or translate("Cues", "the speech engine failed.")
                )
            )

    def _on_failed(self, why: str) -> None:
        self._host = None
        if why == "stuck":
            text = translate("Cues", "Voice is off: the speech engine stopped responding.")
        else:
            text = translate("Cues", "Voice is off: the speech engine stopped.")
        self._give_up(text)

    def _give_up(self, reason: str) -> None:
        self._ready = False
        self._waiting = None
        if self._host is not None:
            self._host.stop(wait=False)
            self._host = None
        if self._reason.set(reason):
            self.unavailable.emit(reason)
