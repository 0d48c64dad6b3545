"""Sounds for cues, played by the sound host (one mixed audio stream, in its own process).

Overlapping cues simply mix. No audio output, an output that goes away, or an audio
server restart: the trainer carries on silently, says so once, and starts a fresh
host now and then (and whenever a cue wants sound) until an output is back.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from handtrainer.core.model import Routine
from handtrainer.core.resources import assets_dir
from handtrainer.core.session import Cue, CueKind, SessionState
from handtrainer.ui.cues.host import CueHost
from handtrainer.ui.cues.router import OnceReason

if TYPE_CHECKING:
    from handtrainer.ui.preferences import Preferences

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


log = logging.getLogger(__name__)


SOUND_FILES: dict[CueKind, str] = {
    CueKind.STEP_STARTED: "step_start.wav",
    CueKind.REPETITION: "repetition.wav",
    CueKind.COUNTDOWN: "countdown.wav",
    CueKind.SWITCH_HANDS: "switch_hands.wav",
    CueKind.REST: "rest.wav",
    CueKind.WAITING: "rest.wav",
    CueKind.FINISHED: "finished.wav",
}

# A cue asked for while the host is starting is played if it is still this fresh.
STALE_AFTER_S = 1.0
# Retries after the output was lost: 2 s, then 4, 8 ... at most every 30 s.
RETRY_FIRST_S = 2.0
RETRY_MAX_S = 30.0


class RetryTimer(QTimer):
    """When to try a lost output (or engine) again: a single shot after 2 s, then 4, 8 ...
    at most 30 s apart; ``reset()`` once it works, and the next loss starts at 2 s again."""

    def __init__(self, parent: QObject, retry: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.timeout.connect(retry)
        self._next_s = RETRY_FIRST_S

    def schedule(self) -> None:
        """Try again after the next interval (unless a try is already due)."""
        if not self.isActive():
            self.start(int(self._next_s * 1000))
            self._next_s = min(self._next_s * 2, RETRY_MAX_S)

    def reset(self) -> None:
        """It works: a later loss is tried again soon."""
        self._next_s = RETRY_FIRST_S


class Host(Protocol):
    """The part of CueHost the players use (tests hand in a fake)."""

    message: Any
    failed: Any

    @property
    def running(self) -> bool: ...
    def start(self) -> None: ...
    def send(self, op: str, *, timeout: float | None = None, **fields: object) -> int: ...
    def stop(self, wait: bool = True) -> None: ...


HostFactory = Callable[[QObject], Host]


def perceived_to_linear(volume: float) -> float:
    """A slider position (0..1, as heard) as a linear gain: the ear hears logarithmically.

    The formula of QtAudio.convertVolume (logarithmic to linear), without loading Qt
    Multimedia into the window's process.
    """
    volume = min(max(float(volume), 0.0), 1.0)
    if volume <= 0.0:
        return 0.0
    return 1.0 if volume > 0.99 else -math.log(1.0 - volume) / math.log(100.0)


class SoundCuePlayer(QObject):
    """Plays a short sound for each cue through the sound host."""

    unavailable = Signal(str)  # once, with the reason, when sounds go quiet
    played = Signal(str)  # the host started a sound (its file name)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sounds_dir: Path | None = None,
        host_factory: HostFactory | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._dir = sounds_dir if sounds_dir is not None else assets_dir() / "sounds"
        self._make_host = host_factory or (
            lambda owner: CueHost("handtrainer.ui.cues.sound_host", owner)
        )
        self._clock = clock
        self._host: Host | None = None
        self._ready = False
        self._waiting: list[tuple[str, float]] = []  # cues asked for before ready
        self._enabled = True
        self._volume = 0.6
        self._reason = OnceReason()
        self._for_good = False  # Qt Multimedia cannot load: no retries
        self._retry = RetryTimer(self, self._try_again)

    # --- settings ----------------------------------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        """Turn the sounds on or off."""
        self._enabled = enabled
        if not enabled:
            # switched off: the helper process goes too, and comes back when needed
            self._waiting.clear()
            self._retry.stop()
            if self._host is not None:
                self._host.stop(wait=False)
                self._host = None
                self._ready = False

    def set_volume(self, volume: float) -> None:
        """Volume from 0 (silent) to 1 (full), as heard."""
        self._volume = min(max(float(volume), 0.0), 1.0)
        if self._ready and self._host is not None:
            self._host.send("volume", gain=perceived_to_linear(self._volume))

    def apply_preferences(self, prefs: Preferences) -> None:
        """Follow the sounds switch and the sounds volume."""
        self.set_enabled(prefs.sounds_enabled)
        self.set_volume(prefs.volume)

    # --- state ---------------------------------------------------------------------------

    def available(self) -> bool:
        """False while sounds are known to be impossible."""
        return self._reason.reason is None

    def reason_now(self) -> str | None:
        """Why sounds are silent now, or None (unlike unavailable_message(), always answers)."""
        return self._reason.reason

    def unavailable_message(self) -> str | None:
        """Why sounds are silent, once; None when they work or are switched off."""
        if not self._enabled:
            return None
        return self._reason.tell()

    def warm_up(self) -> None:
        """Start the host now, so the first cue plays at once."""
        if self._enabled and self._host is None and not self._for_good:
            self._start_host()

    def shutdown(self) -> None:
        """End the host (at most about a second)."""
        self._retry.stop()
        if self._host is not None:
            self._host.stop()
        self._host = None
        self._ready = False

    # --- playing ---------------------------------------------------------------------------

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
        """Play the sound for this cue, if sounds are on and possible."""
        name = SOUND_FILES.get(cue.kind)
        if not self._enabled or name is None:
            return
        self.play_sound(name)

    def play_sound(self, name: str) -> None:
        """Play one of the sound files by name (the settings' test button uses it)."""
        if self._for_good:
            return
        if self._ready and self._host is not None:
            self._host.send("play", name=name)
            return
        if self._reason.reason is not None:
            # Known to be silent: the retry brings sound back, for later cues.
            if self._host is None and not self._retry.isActive():
                self._start_host()
            return
        self._waiting = [(n, t) for n, t in self._waiting if self._fresh(t)]
        self._waiting.append((name, self._clock()))
        if self._host is None:
            self._retry.stop()
            self._start_host()

    def _fresh(self, asked_at: float) -> bool:
        return self._clock() - asked_at <= STALE_AFTER_S

    def _start_host(self) -> None:
        if self._host is not None or self._for_good:
            return
        host = self._make_host(self)
        host.message.connect(self._on_message)
        host.failed.connect(self._on_failed)
        self._host = host
        self._ready = False
        host.start()

    def _on_message(self, message: dict[str, Any]) -> None:
        host = self._host
        if host is None:
            return
        event = message.get("ev")
        if event == "ready":
            self._ready = True
            self._retry.reset()
            if self._reason.reason is not None:
                log.info("sounds are back")
            self._reason.clear()
            host.send("load", dir=str(self._dir))
            host.send("volume", gain=perceived_to_linear(self._volume))
            waiting, self._waiting = self._waiting, []
            for name, asked_at in waiting:
                if self._fresh(asked_at):
                    host.send("play", name=name)
        elif event == "playing":
            self.played.emit(str(message.get("name")))
        elif event == "no-output":
            # The host waits for an output to appear; in case Qt never notices one,
            # a fresh host looks again later.
            self._ready = False
            self._fail(translate("Cues", "Sounds are off: this computer has no audio output."))
            self._schedule_retry()
        elif event == "unavailable":
            self._for_good = True
            reason = str(message.get("reason", ""))
            text = translate("Cues", "Sounds are off: Qt Multimedia could not be loaded ({0}).")
            self._fail(text.format(reason))
            self.shutdown()
        elif event == "lost":
            log.info("sound host lost its output: %s", message.get("reason"))
        elif event == "error":
            log.warning("sound host: %s", message.get("message"))

    def _on_failed(self, why: str) -> None:
        self._host = None
        self._ready = False
        self._fail(
            translate(
                "Cues", "Sounds are off: the audio output stopped. They come back when it returns."
            )
        )
        self._schedule_retry()

    def _schedule_retry(self) -> None:
        if not self._for_good:
            self._retry.schedule()

    def _try_again(self) -> None:
        if self._ready or not self._enabled:
            return
        if self._host is not None:
            self._host.stop(wait=False)
            self._host = None
        self._start_host()

    def _fail(self, reason: str) -> None:
        self._waiting.clear()
        if self._reason.set(reason):
            self.unavailable.emit(reason)
