"""The fake clocks of the tests, monotonic and wall: they move only when told."""

from __future__ import annotations

from datetime import datetime, timedelta


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


class WallClock:
    """A wall clock (aware datetimes, as ``datetime.now().astimezone()``) moved by hand."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at

    def advance(self, delta: timedelta) -> None:
        self.at += delta
