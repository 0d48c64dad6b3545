"""The voice: reads steps aloud through the speech host, never on the GUI thread.

Speech runs in a child process (``speech_host``). A call it does not acknowledge
within ``CALL_TIMEOUT_S`` means the engine is stuck: the host is killed and the
voice turns off with a notice, and the window goes on. A fresh host is tried now and
then (as for sounds), so the voice comes back once speech-dispatcher does; only a
missing text-to-speech module or engine is for good. Creating the engine (over a
second with speech-dispatcher) happens there too, so start-up never pays for it.

Each utterance goes as parts, each with the locale to read it in: the interface's
phrases in the interface's, a routine's text in the language it is shown in. The
host picks a voice per part and says once when a language has none (the default
voice reads it then).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from handtrainer.core.model import Routine
from handtrainer.core.session import Cue, CueKind, SessionState
from handtrainer.ui.cues.host import CueHost
from handtrainer.ui.cues.router import OnceReason
from handtrainer.ui.cues.sound import Host, HostFactory, RetryTimer
from handtrainer.ui.cues.wording import INTERFACE, SpeechWording, Spoken, VoiceWording
from handtrainer.ui.translation import interface_locale, locale_for

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


Part = tuple[str, str]  # (text, locale name): what the host is sent, one per part


def merged(parts: list[Part]) -> list[Part]:
    """Parts side by side in the same locale joined into one (one voice, no pause)."""
    out: list[Part] = []
    for text, locale in parts:
        if not text:
            continue
        if out and out[-1][1] == locale:
            out[-1] = (f"{out[-1][0]} {text}", locale)
        else:
            out.append((text, locale))
    return out


def _default_host(owner: QObject) -> Host:
    return CueHost(
        "handtrainer.ui.cues.speech_host",
        owner,
        call_timeout=CALL_TIMEOUT_S,
        start_timeout=START_TIMEOUT_S,
    )


class VoiceCuePlayer(QObject):
    """Reads each step aloud and says the milestones: the interface's words in its language,
    a routine's text in the language it is shown in."""

    unavailable = Signal(str)  # once, with the reason, when the voice goes quiet
    ready = Signal()  # the engine runs: voices() is known
    said = Signal(str)  # a text was handed to the engine (for tests and the log)
    notice = Signal(str)  # once a language: no voice for it, the default voice reads it
    speaking = Signal(object)  # the host began a part: {text, wanted, locale, voice}

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
        self._waiting: tuple[str, list[Part]] | None = None  # asked for before ready
        self._reason = OnceReason()
        self._notices: list[str] = []  # not yet told (unavailable_message)
        self._noticed: set[str] = set()  # every notice given, so each is given once
        self._retry = RetryTimer(self, self._try_again)

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
            self._retry.stop()
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
        """Why the voice is silent, once; else a language it has no voice for, once;
        None when it works or is switched off."""
        if not self._enabled:
            return None
        reason = self._reason.tell()
        if reason is None and self._notices:
            return self._notices.pop(0)
        return reason

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
        self._retry.stop()
        if self._host is not None:
            self._host.stop()
        self._host = None
        self._ready = False

    # --- speaking ------------------------------------------------------------------------

    def say(self, text: str, *, after_current: bool = False, if_idle: bool = False) -> None:
        """Say ``text`` (the interface's words) now, cutting off what was being said (or
        after it, or only if quiet)."""
        self.say_parts([Spoken(text)], after_current=after_current, if_idle=if_idle)

    def say_parts(
        self, parts: list[Spoken], *, after_current: bool = False, if_idle: bool = False
    ) -> None:
        """Say ``parts`` in order, each in its language (as ``say``)."""
        sent = merged([(p.text, self.locale_of(p.language)) for p in parts])
        if not sent or self._reason.reason is not None:
            return
        op = "enqueue" if after_current else "say_if_idle" if if_idle else "say"
        if not self._ready or self._host is None:
            # Until the engine runs, keep one utterance: the latest, or two said in a row.
            if op == "enqueue" and self._waiting is not None:
                self._waiting = ("say", merged(self._waiting[1] + sent))
            elif op != "say_if_idle":
                self._waiting = ("say", sent)
            self.warm_up()
            return
        self._host.send(op, parts=[list(part) for part in sent])
        self.said.emit(" ".join(text for text, _locale in sent))

    def locale_of(self, language: str) -> str:
        """The locale to read text of ``language`` in: the interface's for its own
        phrases and for text in the interface's language, else that language's."""
        if language == INTERFACE:
            return self._locale
        wanted = QLocale(language.replace("-", "_"))
        if wanted.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            return self._locale
        if wanted.language() == QLocale(self._locale).language():
            return self._locale
        chosen = locale_for(language.replace("-", "_"))
        bare = "-" not in language and "_" not in language
        if bare and chosen.language() == QLocale.Language.English and chosen != QLocale.system():
            return "en_GB"  # the trainer's own English is British (ui.translation)
        return chosen.name()

    def test(self) -> None:
        """Say a sample sentence (the settings' test button)."""
        self.say(translate("Cues", "This is the voice that reads the steps."))

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
        """Say what this cue calls for, if anything."""
        if not self._enabled:
            return
        parts = self._wording.parts(cue, routine)
        if parts is None:
            return
        if cue.kind is CueKind.REPETITION:
            # a count never cuts off an instruction: it is said only into silence
            self.say_parts(parts, if_idle=True)
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
        self.say_parts(parts, after_current=follows_switch)

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
            self._retry.reset()
            if self._reason.reason is not None:
                log.info("the voice is back")
                self._reason.clear()
            self._voices = [str(v) for v in message.get("voices") or []]
            self._engine_info = {k: message.get(k) for k in ("engine", "locale", "voice")}
            if first:
                waiting, self._waiting = self._waiting, None
                if waiting is not None and self._enabled and self._host is not None:
                    self._host.send("say", parts=[list(part) for part in waiting[1]])
                    self.said.emit(" ".join(text for text, _locale in waiting[1]))
                self.ready.emit()
        elif event == "no-voice":
            self._no_voice(str(message.get("locale") or ""))
        elif event == "part":
            self.speaking.emit(dict(message))
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
            # no module or no engine is for good; one that could not start may yet
            self._give_up(text, retry=kind not in ("module", "engine"))
        elif event == "error":
            self._give_up(
                translate("Cues", "Voice is off: {0}").format(
                    message.get("message") or translate("Cues", "the speech engine failed.")
                ),
                retry=True,
            )

    def _no_voice(self, locale: str) -> None:
        from handtrainer.ui.library.language_note import language_name

        text = translate(
            "Cues", "No voice for {language} is installed: the default voice reads it."
        ).format(language=language_name(locale))
        if text not in self._noticed:
            self._noticed.add(text)
            log.info("%s", text)
            self._notices.append(text)
            self.notice.emit(text)

    def _on_failed(self, why: str) -> None:
        self._host = None
        if why == "stuck":
            text = translate("Cues", "Voice is off: the speech engine stopped responding.")
        else:
            text = translate("Cues", "Voice is off: the speech engine stopped.")
        self._give_up(text, retry=True)

    def _give_up(self, reason: str, *, retry: bool = False) -> None:
        self._ready = False
        self._waiting = None
        if self._host is not None:
            self._host.stop(wait=False)
            self._host = None
        if self._reason.set(reason):
            self.unavailable.emit(reason)
        if retry and self._enabled:
            self._retry.schedule()

    def _try_again(self) -> None:
        """A fresh speech host: speech-dispatcher may be back (cues until then are dropped)."""
        if self._enabled and self._host is None:
            self._start_host()
