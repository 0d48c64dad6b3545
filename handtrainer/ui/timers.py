"""Every Qt timer of the window is made here, so tests can swap in a fake.

Borrowed from qutebrowser's habit: one small factory instead of ``QTimer()``
scattered through the widgets. The window and the session controller are
handed a ``TimerFactory``; the tests hand them one whose timers never run on
their own and fire them by hand, together with a fake clock
(``tests/helpers/timers.py``).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance


class Timer(Protocol):
    """The part of a single-shot QTimer the window uses."""

    @property
    def timeout(self) -> SignalInstance: ...
    def start(self, msec: int) -> None: ...
    def stop(self) -> None: ...
    def isActive(self) -> bool: ...


class TimerFactory(Protocol):
    """Makes the timers of the window."""

    def single_shot(self, parent: QObject, name: str) -> Timer:
        """A single-shot timer, not yet started; connect to its ``timeout``."""
        ...


class QtTimerFactory:
    """Makes the real Qt timers."""

    def single_shot(self, parent: QObject, name: str) -> QTimer:
        """A precise single-shot timer, not yet started; connect to its ``timeout``."""
        timer = QTimer(parent)
        timer.setObjectName(name)
        timer.setSingleShot(True)
        # Countdowns should tick on the second, not drift by the coarse timer's 5 %.
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        return timer
