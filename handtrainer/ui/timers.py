"""Every Qt timer of the window is made here, so tests can swap in a fake.

Borrowed from qutebrowser's habit: one small factory instead of ``QTimer()``
scattered through the widgets. A test passes a factory whose timers never run
on their own and fires them by hand, together with a fake clock.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal


class Timer(Protocol):
    """The part of QTimer the window uses."""

    def start(self, msec: int) -> None: ...
    def stop(self) -> None: ...
    def isActive(self) -> bool: ...


class TimerFactory:
    """Makes the real Qt timers."""

    def single_shot(self, parent: QObject, name: str) -> QTimer:
        """A precise single-shot timer, not yet started; connect to its ``timeout``."""
        timer = QTimer(parent)
        timer.setObjectName(name)
        timer.setSingleShot(True)
        # Countdowns should tick on the second, not drift by the coarse timer's 5 %.
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        return timer

    def repeating(self, parent: QObject, name: str, interval_ms: int) -> QTimer:
        """A repeating timer (e.g. for a short animation), not yet started."""
        timer = QTimer(parent)
        timer.setObjectName(name)
        timer.setInterval(interval_ms)
        return timer


class ManualClock:
    """A clock that moves only when told: for tests and the screenshot script."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.now += seconds


class ManualTimer(QObject):
    """A timer that never fires by itself; ``fire()`` fires it if it is running."""

    timeout = Signal()

    def __init__(self, parent: QObject, name: str, single_shot: bool) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.single_shot = single_shot
        self.interval_ms: int | None = None
        self._active = False

    def start(self, msec: int | None = None) -> None:
        """Arm the timer (remembering the interval asked for)."""
        if msec is not None:
            self.interval_ms = msec
        self._active = True

    def stop(self) -> None:
        """Disarm the timer."""
        self._active = False

    def isActive(self) -> bool:
        """True while armed."""
        return self._active

    def setInterval(self, msec: int) -> None:
        """Remember the interval."""
        self.interval_ms = msec

    def fire(self) -> bool:
        """Emit ``timeout`` if armed; False when the timer was not running."""
        if not self._active:
            return False
        if self.single_shot:
            self._active = False
        self.timeout.emit()
        return True


class ManualTimerFactory(TimerFactory):
    """Makes ``ManualTimer``s and keeps them, by name, for a test to fire."""

    def __init__(self) -> None:
        self.timers: dict[str, ManualTimer] = {}

    def single_shot(self, parent: QObject, name: str) -> ManualTimer:  # type: ignore[override]
        timer = ManualTimer(parent, name, single_shot=True)
        self.timers[name] = timer
        return timer

    def repeating(self, parent: QObject, name: str, interval_ms: int) -> ManualTimer:  # type: ignore[override]
        timer = ManualTimer(parent, name, single_shot=False)
        timer.setInterval(interval_ms)
        self.timers[name] = timer
        return timer

    def active(self) -> list[str]:
        """Names of the timers armed now."""
        return [name for name, timer in self.timers.items() if timer.isActive()]
