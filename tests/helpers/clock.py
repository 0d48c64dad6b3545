"""The one fake monotonic clock of the tests: it moves only when told."""

from __future__ import annotations


class FakeClock:
    """A monotonic clock the test moves by hand (``clock.advance(2)`` or ``clock.now = t``)."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward; a monotonic clock never goes back."""
        assert seconds >= 0
        self.now += seconds
