"""A cue player that keeps what it was given, for tests."""

from __future__ import annotations

from handtrainer.core.model import Routine
from handtrainer.core.session import Cue, CueKind, SessionState
from handtrainer.ui.cues import SpeechWording, announcement_text


class RecordingCuePlayer:
    """Keeps every cue, and what voice and screen reader would say."""

    def __init__(self, wording: SpeechWording | None = None) -> None:
        self.played: list[Cue] = []
        self.spoken: list[str] = []
        self.announced: list[str] = []
        self._wording = wording or SpeechWording()

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
        """Record the cue."""
        self.played.append(cue)
        if (text := self._wording.text(cue, routine)) is not None:
            self.spoken.append(text)
        if (text := announcement_text(cue, routine)) is not None:
            self.announced.append(text)

    def kinds(self) -> list[CueKind]:
        """The kinds of the cues played so far, in order."""
        return [cue.kind for cue in self.played]
