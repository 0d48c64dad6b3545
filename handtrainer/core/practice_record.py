"""What one run of a routine has done: the steps worked and the time practised.

The window shows it on the summary page; practice history builds on it later.
Pure Python, fed with the session's cues.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from handtrainer.core.session import Cue, CueKind


@dataclass
class PracticeRecord:
    """The steps worked and the seconds practised since the routine was started."""

    worked_steps: set[int] = field(default_factory=set)
    practised_seconds: float = 0.0

    def restart(self) -> None:
        """Forget the last run: the routine starts from the beginning."""
        self.worked_steps.clear()
        self.practised_seconds = 0.0

    def note(self, cue: Cue) -> None:
        """Count a cue of the running session."""
        # A cue's time is unpaused seconds since the start: the time really practised.
        self.practised_seconds = max(self.practised_seconds, cue.at)
        if cue.kind is CueKind.STEP_STARTED and cue.step_index is not None:
            self.worked_steps.add(cue.step_index)

    @property
    def steps_worked(self) -> int:
        """How many different steps were worked."""
        return len(self.worked_steps)
