"""Hands-free cues: sounds, a voice, and screen-reader announcements.

The session emits ``Cue`` objects; a ``CueRouter`` hands each one to every player.
Players never crash the trainer and never block it: sound and speech run in helper
processes of their own (``host``), so a stuck or crashing audio or speech back end
costs that cue, never the window. A machine without an audio output or a speech
engine stays quiet, and says why once.

    wording        what is said (in parts, each in its language) and announced for each cue
    router         CuePlayer, CueRouter
    sound          SoundCuePlayer (window side) - sound_host, mixing (the helper process)
    voice          VoiceCuePlayer (window side) - speech_host (the helper process)
    announcements  AnnouncementCuePlayer (screen readers)
    host           running a helper process, with a watchdog
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from handtrainer.ui.cues.announcements import AnnouncementCuePlayer
    from handtrainer.ui.cues.router import CuePlayer, CueRouter, OnceReason
    from handtrainer.ui.cues.sound import SOUND_FILES, SoundCuePlayer
    from handtrainer.ui.cues.voice import VoiceCuePlayer
    from handtrainer.ui.cues.wording import (
        SpeechWording,
        Spoken,
        VoiceWording,
        announcement_text,
        hand_phrase,
        plain_speech,
        spoken_parts,
        spoken_text,
    )

# Each name is imported on first use: the window needs the router (and the screen
# keeping awake) before its first paint, the players only once a routine is near.
_HOMES = {
    "AnnouncementCuePlayer": "announcements",
    "CuePlayer": "router",
    "CueRouter": "router",
    "OnceReason": "router",
    "SOUND_FILES": "sound",
    "SoundCuePlayer": "sound",
    "VoiceCuePlayer": "voice",
    "SpeechWording": "wording",
    "Spoken": "wording",
    "VoiceWording": "wording",
    "announcement_text": "wording",
    "hand_phrase": "wording",
    "plain_speech": "wording",
    "spoken_parts": "wording",
    "spoken_text": "wording",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "SOUND_FILES",
    "AnnouncementCuePlayer",
    "CuePlayer",
    "CueRouter",
    "OnceReason",
    "SoundCuePlayer",
    "SpeechWording",
    "Spoken",
    "VoiceCuePlayer",
    "VoiceWording",
    "announcement_text",
    "hand_phrase",
    "plain_speech",
    "spoken_parts",
    "spoken_text",
]
