"""Time of the benchmark's own: a clock and timers that run a long routine in minutes.

The session and the diagram's animation take their clock and timers from the window
(``handtrainer.app.build_window``); here both are virtual. ``run_until`` fires
every timer in the order it is due, moving the clock to it, and lets Qt handle the
events (paints, the cue players' writes) between them, so a 36-minute routine
goes through each of its steps, cues and animation frames as it would in real time,
only without waiting.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal


class VirtualTimer(QObject):
    """A single-shot timer due at a virtual time; ``VirtualTime`` fires it."""

    timeout = Signal()

    def __init__(self, parent: QObject, name: str, time_: VirtualTime) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._time = time_
        self.due: float | None = None

    def start(self, msec: int) -> None:
        """Due ``msec`` from the virtual now."""
        self.due = self._time.now + max(0, msec) / 1000

    def stop(self) -> None:
        """No longer due."""
        self.due = None

    def isActive(self) -> bool:
        """True while due."""
        return self.due is not None


class VirtualTime:
    """The virtual clock (``clock``) and the timer factory (``single_shot``)."""

    def __init__(self) -> None:
        self.now = 0.0
        self._timers: weakref.WeakSet[VirtualTimer] = weakref.WeakSet()

    def clock(self) -> float:
        """Seconds of virtual time."""
        return self.now

    def single_shot(self, parent: QObject, name: str) -> VirtualTimer:
        """A virtual single-shot timer, not yet started."""
        timer = VirtualTimer(parent, name, self)
        self._timers.add(timer)
        return timer

    def run_until(
        self,
        end: float,
        *,
        speed: float = 0.0,
        every: float = 30.0,
        sample: Callable[[float], None] = lambda _t: None,
    ) -> int:
        """Fire timers until virtual ``end``; ``sample(t)`` every ``every`` virtual seconds.

        ``speed`` 0 runs as fast as the work allows; above 0, at most that many
        times real time. Returns how many timers fired.
        """
        app = QCoreApplication.instance()
        assert app is not None
        started_real, started = time.monotonic(), self.now
        next_sample = self.now
        fired = 0
        while self.now < end:
            due = [t for t in list(self._timers) if t.due is not None]
            target = min([t.due for t in due if t.due is not None], default=self.now + 0.05)
            target = min(max(target, self.now), end, next_sample)
            if speed > 0:
                wait = started_real + (target - started) / speed - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
            self.now = target
            for timer in sorted(due, key=lambda t: t.due or 0.0):
                if timer.due is not None and timer.due <= self.now:
                    timer.due = None
                    timer.timeout.emit()
                    fired += 1
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if self.now >= next_sample:
                sample(self.now)
                next_sample += every
        return fired
