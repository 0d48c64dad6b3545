"""Hands-free cues: sounds, a voice, and screen-reader announcements.

The session emits ``Cue`` objects; a ``CueRouter`` hands each one to every player.
Players never crash the trainer and never block it: a machine without an audio
output or a speech engine simply stays quiet, and says why once through
``unavailable_message()``. Qt Multimedia and Qt TextToSpeech are imported only
when a player first needs them, so start-up does not pay for them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from handtrainer.core.model import Routine, Side
from handtrainer.core.session import Cue, CueKind, SessionState
from handtrainer.resources import assets_dir

if TYPE_CHECKING:
    from handtrainer.ui.preferences import Preferences

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cues", text)


@runtime_checkable
class CuePlayer(Protocol):
    """Anything that reacts to session cues."""

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None: ...


# --- what is said ----------------------------------------------------------------------

_MARKUP = re.compile(r"[<>]")
_SPACE = re.compile(r"\s+")


def plain_speech(text: str) -> str:
    """Routine text made safe to speak: one line, no angle brackets.

    Some speech engines read ``<...>`` as SSML markup; text from a routine file is
    plain text and must be read as such, never interpreted.
    """
    return _SPACE.sub(" ", _MARKUP.sub(" ", text)).strip()


def hand_phrase(side: Side | None) -> str:
    """'Left hand.', 'Right hand.' or 'Both hands.'; empty when no hand is known."""
    if side is Side.LEFT:
        return _tr("Left hand.")
    if side is Side.RIGHT:
        return _tr("Right hand.")
    if side is Side.BOTH:
        return _tr("Both hands.")
    return ""


def _sentence(text: str) -> str:
    text = plain_speech(text)
    return text if not text or text[-1] in ".!?…" else text + "."


def spoken_text(cue: Cue, routine: Routine) -> str | None:
    """What the voice says for a cue, or None for cues that are only heard as sounds."""
    if cue.kind is CueKind.STEP_STARTED and cue.step_index is not None:
        step = routine.steps[cue.step_index]
        parts = [hand_phrase(cue.side), _sentence(step.title), _sentence(step.instruction)]
        if step.repeat is not None:
            parts.append(_tr("{0} times.").format(step.repeat))
        return " ".join(p for p in parts if p)
    if cue.kind is CueKind.SWITCH_HANDS:
        return _tr("Switch hands.")
    if cue.kind is CueKind.REST:
        return _tr("Rest.")
    if cue.kind is CueKind.GET_READY:
        return _tr("Get ready.")
    if cue.kind is CueKind.WAITING:
        return _tr("Ready when you are.")
    if cue.kind is CueKind.FINISHED:
        return _tr("Routine finished. Well done.")
    return None  # repetitions and countdown pips are sounds only


def announcement_text(cue: Cue, routine: Routine) -> str | None:
    """What a screen reader is told for a cue: step changes and milestones only."""
    if cue.kind is CueKind.STEP_STARTED and cue.step_index is not None:
        step = routine.steps[cue.step_index]
        head = _tr("Step {0} of {1}: {2}").format(
            cue.step_index + 1, len(routine.steps), _sentence(step.title)
        )
        return " ".join(p for p in (head, hand_phrase(cue.side), _sentence(step.instruction)) if p)
    if cue.kind is CueKind.SWITCH_HANDS:
        return " ".join(p for p in (_tr("Switch hands."), hand_phrase(cue.side)) if p)
    if cue.kind is CueKind.WAITING:
        return _tr("Waiting. Start the next step when you are ready.")
    if cue.kind is CueKind.FINISHED:
        return _tr("Routine finished.")
    return None


# --- routing -------------------------------------------------------------


class CueRouter:
    """Hands each cue to every player; one failing player never silences the others."""

    def __init__(self, players: Sequence[CuePlayer]) -> None:
        self.players = list(players)

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
        """Play the cue on every player."""
        for player in self.players:
            try:
                player.play(cue, state, routine)
            except Exception:  # a cue is never worth stopping a practice for
                log.exception("cue player %r failed on %s", player, cue.kind)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Pass sounds, voice and volume preferences to the players that use them."""
        for player in self.players:
            apply = getattr(player, "apply_preferences", None)
            if apply is not None:
                apply(prefs)

    def unavailable_messages(self) -> list[str]:
        """New one-line reasons why a player is silent; each reason is given once."""
        messages = []
        for player in self.players:
            ask = getattr(player, "unavailable_message", None)
            if ask is not None and (message := ask()):
                messages.append(message)
        return messages


class _OnceReason:
    """A reason for silence that is reported once, but stays known."""

    def __init__(self) -> None:
        self.reason: str | None = None
        self._told = False

    def set(self, reason: str) -> bool:
        if self.reason is not None:
            return False
        self.reason = reason
        log.info("%s", reason)
        return True

    def tell(self) -> str | None:
        if self.reason is None or self._told:
            return None
        self._told = True
        return self.reason


# --- sounds ----------------------------------------------------------------------------

SOUND_FILES: dict[CueKind, str] = {
    CueKind.STEP_STARTED: "step_start.wav",
    CueKind.REPETITION: "repetition.wav",
    CueKind.COUNTDOWN: "countdown.wav",
    CueKind.SWITCH_HANDS: "switch_hands.wav",
    CueKind.REST: "rest.wav",
    CueKind.WAITING: "rest.wav",
    CueKind.FINISHED: "finished.wav",
}


class SoundEffect(Protocol):
    """The part of QSoundEffect the player uses."""

    def play(self) -> None: ...
    def setVolume(self, volume: float) -> None: ...


SoundEffectFactory = Callable[[Path, QObject], SoundEffect]


def _count_audio_outputs() -> int:
    from PySide6.QtMultimedia import QMediaDevices

    return len(QMediaDevices.audioOutputs())


def _perceived(volume: float) -> float:
    """A slider position (0..1, as heard) as the linear gain QSoundEffect wants."""
    from PySide6.QtMultimedia import QtAudio

    scale = QtAudio.VolumeScale
    return float(
        QtAudio.convertVolume(volume, scale.LogarithmicVolumeScale, scale.LinearVolumeScale)
    )


class SoundCuePlayer(QObject):
    """Plays a short sound for each cue through QSoundEffect, one effect per sound file."""

    unavailable = Signal(str)  # emitted once, with the reason, when sounds become impossible

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sounds_dir: Path | None = None,
        effect_factory: SoundEffectFactory | None = None,
        audio_outputs: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._dir = sounds_dir if sounds_dir is not None else assets_dir() / "sounds"
        self._factory = effect_factory
        self._audio_outputs = audio_outputs or _count_audio_outputs
        self._effects: dict[str, SoundEffect] | None = None
        self._enabled = True
        self._volume = 0.6
        self._reason = _OnceReason()

    def set_enabled(self, enabled: bool) -> None:
        """Turn the sounds on or off."""
        self._enabled = enabled

    def set_volume(self, volume: float) -> None:
        """Volume from 0 (silent) to 1 (full), as heard."""
        self._volume = min(max(float(volume), 0.0), 1.0)
        for effect in (self._effects or {}).values():
            effect.setVolume(self._gain())

    def apply_preferences(self, prefs: Preferences) -> None:
        """Follow the sounds switch and the volume."""
        self.set_enabled(prefs.sounds_enabled)
        self.set_volume(prefs.volume)

    def available(self) -> bool:
        """False once sounds are known to be impossible on this machine."""
        return self._reason.reason is None

    def unavailable_message(self) -> str | None:
        """Why sounds are silent, once; None when they work or are switched off."""
        if not self._enabled:
            return None
        self._load()
        return self._reason.tell()

    def _fail(self, reason: str) -> None:
        if self._reason.set(reason):
            self.unavailable.emit(reason)

    def _gain(self) -> float:
        try:
            return _perceived(self._volume)
        except ImportError:
            return self._volume

    def _load(self) -> dict[str, SoundEffect] | None:
        if self._effects is not None or not self.available():
            return self._effects
        try:
            if self._audio_outputs() == 0:
                self._fail(_tr("Sounds are off: this computer has no audio output."))
                return None
            factory = self._factory or _qt_sound_effect
            effects = {}
            for name in sorted(set(SOUND_FILES.values())):
                effect = factory(self._dir / name, self)
                effect.setVolume(self._gain())
                effects[name] = effect
        except ImportError as error:
            self._fail(
                _tr("Sounds are off: Qt Multimedia could not be loaded ({0}).").format(error)
            )
            return None
        except Exception as error:
            log.exception("could not set up sound effects")
            self._fail(_tr("Sounds are off: {0}").format(error))
            return None
        self._effects = effects
        return effects

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
        """Play the sound for this cue, if sounds are on and possible."""
        name = SOUND_FILES.get(cue.kind)
        if not self._enabled or name is None:
            return
        effects = self._load()
        if effects is not None and self.available():
            effects[name].play()

    def report_effect_error(self, name: str) -> None:
        """Called when a sound could not be loaded or played: go quiet, say why once."""
        self._fail(_tr("Sounds are off: the audio output could not play {0}.").format(name))


def _qt_sound_effect(path: Path, owner: QObject) -> SoundEffect:
    from PySide6.QtMultimedia import QSoundEffect

    effect = QSoundEffect(owner)
    effect.setSource(QUrl.fromLocalFile(str(path)))
    if isinstance(owner, SoundCuePlayer):

        def on_status() -> None:
            if effect.status() == QSoundEffect.Status.Error:
                owner.report_effect_error(path.name)

        effect.statusChanged.connect(on_status)
    return effect


# --- voice -----------------------------------------------------------------------------


class Speech(Protocol):
    """The part of QTextToSpeech the player uses."""

    def say(self, text: str) -> None: ...
    def enqueue(self, text: str) -> int: ...
    def stop(self) -> None: ...
    def setVolume(self, volume: float) -> None: ...


# returns a ready engine, or the reason there is none
SpeechFactory = Callable[[QObject], "Speech | str"]


def qt_speech_factory(engine: str | None = None) -> SpeechFactory:
    """A factory for QTextToSpeech: ``engine`` by name, or the first one that starts.

    Qt's "mock" engine is for testing and is never picked unless asked for by name.
    """

    def make(owner: QObject) -> Speech | str:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            return _tr("Voice is off: text-to-speech could not be loaded ({0}).").format(error)
        names = [engine] if engine else [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        if not names:
            return _tr("Voice is off: no speech engine is installed.")
        reason = ""
        for name in names:
            speech = QTextToSpeech(name, owner)
            if speech.state() != QTextToSpeech.State.Error:
                if isinstance(owner, VoiceCuePlayer):
                    speech.errorOccurred.connect(
                        lambda _reason, message: owner.report_failure(message)
                    )
                return speech
            reason = speech.errorString()
            speech.deleteLater()
        return _tr("Voice is off: the speech engine could not start ({0}).").format(reason)

    return make


class VoiceCuePlayer(QObject):
    """Reads each step aloud through QTextToSpeech, and says the milestones."""

    unavailable = Signal(str)  # emitted once, with the reason, when the voice fails

    def __init__(
        self, parent: QObject | None = None, *, speech_factory: SpeechFactory | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = speech_factory or qt_speech_factory()
        self._speech: Speech | None = None
        self._enabled = True
        self._volume = 1.0
        self._last_spoken: Cue | None = None
        self._reason = _OnceReason()

    def set_enabled(self, enabled: bool) -> None:
        """Turn the voice on or off; turning it off stops what it is saying."""
        self._enabled = enabled
        if not enabled and self._speech is not None:
            self._speech.stop()

    def set_volume(self, volume: float) -> None:
        """Voice volume from 0 to 1."""
        self._volume = min(max(float(volume), 0.0), 1.0)
        if self._speech is not None:
            self._speech.setVolume(self._volume)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Follow the voice switch and the volume."""
        self.set_enabled(prefs.voice_enabled)
        self.set_volume(prefs.volume)

    def available(self) -> bool:
        """True when a speech engine is ready (starts one on first call)."""
        return self._engine() is not None

    def reason(self) -> str | None:
        """Why the voice cannot work, or None; unlike unavailable_message() always answers."""
        self._engine()
        return self._reason.reason

    def unavailable_message(self) -> str | None:
        """Why the voice is silent, once; None when it works or is switched off."""
        if not self._enabled:
            return None
        self._engine()
        return self._reason.tell()

    def report_failure(self, message: str) -> None:
        """The engine failed while running: go quiet and say why once."""
        self._speech = None
        reason = _tr("Voice is off: {0}").format(message or _tr("the speech engine failed."))
        if self._reason.set(reason):
            self.unavailable.emit(reason)

    def _engine(self) -> Speech | None:
        if self._speech is not None or self._reason.reason is not None:
            return self._speech
        try:
            made = self._factory(self)
        except Exception as error:
            log.exception("could not start the speech engine")
            made = _tr("Voice is off: {0}").format(error)
        if isinstance(made, str):
            if self._reason.set(made):
                self.unavailable.emit(made)
            return None
        made.setVolume(self._volume)
        self._speech = made
        return made

    def say(self, text: str, *, after_current: bool = False) -> None:
        """Say ``text`` now, cutting off whatever was being said (or after it, if asked)."""
        speech = self._engine() if self._enabled else None
        if speech is None or not text:
            return
        if after_current:
            speech.enqueue(text)
            return
        speech.stop()  # a new step matters more than the end of the last sentence
        speech.say(text)

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
        """Say what this cue calls for, if anything."""
        if not self._enabled or (text := spoken_text(cue, routine)) is None:
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


# --- screen readers --------------------------------------------------------------------


def _send_announcement(widget: QObject, message: str) -> None:
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8: a description change is the nearest thing
        if isinstance(widget, QWidget):
            widget.setAccessibleDescription(message)
            event = QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
            QAccessible.updateAccessibility(event)
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class AnnouncementCuePlayer:
    """Tells screen readers, politely, when a step starts, hands switch, or the routine ends.

    Never every second: repetitions and countdown pips are not announced.
    """

    def __init__(
        self, widget: QObject, send: Callable[[QObject, str], None] = _send_announcement
    ) -> None:
        self.widget = widget
        self._send = send
        self.last_announcement: str | None = None

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
        """Announce the cue if it is a step change or a milestone."""
        text = announcement_text(cue, routine)
        if text is not None:
            self.last_announcement = text
            self._send(self.widget, text)
