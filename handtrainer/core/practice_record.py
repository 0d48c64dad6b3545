"""What one run of a routine has done: the steps worked and the time practised.

The window shows it on the summary page; practice history builds on it later.
Pure Python, fed with the session's cues.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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

    def ran_in_full(self, total_steps: int, planned_seconds: float) -> bool:
        """True when every step was worked and most of the planned time was spent on them."""
        return ran_in_full(self.practised_seconds, self.steps_worked, total_steps, planned_seconds)


def ran_in_full(practised: float, steps_done: int, total: int, planned: float) -> bool:
    """True when every step was reached and most of the planned time was spent on them.

    Skipping through with Next reaches every step in seconds; that is not a finished
    routine and is not praised as one (on the summary page, nor by the voice).
    """
    return steps_done >= total and practised >= 0.8 * planned


def finished_in_full(cue: Cue, in_full: bool) -> Cue:
    """The FINISHED cue, marked (``value`` 1) when the run went in full, else 0."""
    return replace(cue, value=1 if in_full else 0)
