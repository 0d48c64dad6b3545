"""Timers that never fire by themselves, for the tests and the screenshot script.

``ManualTimerFactory`` stands in for ``handtrainer.ui.timers.TimerFactory``: it
keeps every timer it makes by name, and a test fires them by hand together with
a ``FakeClock``, so no test waits on the wall clock.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ManualTimer(QObject):
    """A timer that never fires by itself; ``fire()`` fires it if it is running."""

    timeout = Signal()

    def __init__(self, parent: QObject, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.interval_ms: int | None = None
        self._active = False

    def start(self, msec: int) -> None:
        """Arm the timer, remembering the interval asked for."""
        self.interval_ms = msec
        self._active = True

    def stop(self) -> None:
        """Disarm the timer."""
        self._active = False

    def isActive(self) -> bool:
        """True while armed."""
        return self._active

    def fire(self) -> bool:
        """Emit ``timeout`` if armed (single shot: it disarms); False when not running."""
        if not self._active:
            return False
        self._active = False
        self.timeout.emit()
        return True


class ManualTimerFactory:
    """Makes ``ManualTimer``s and keeps them, by name, for a test to fire."""

    def __init__(self) -> None:
        self.timers: dict[str, ManualTimer] = {}

    def single_shot(self, parent: QObject, name: str) -> ManualTimer:
        """A manual single-shot timer, not yet started."""
        timer = ManualTimer(parent, name)
        self.timers[name] = timer
        return timer

    def active(self) -> list[str]:
        """Names of the timers armed now."""
        return [name for name, timer in self.timers.items() if timer.isActive()]
