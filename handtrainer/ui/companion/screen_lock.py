"""Whether the screen is locked, as the desktop's screen saver announces it over D-Bus.

Only signals are listened to (``ActiveChanged`` of the freedesktop and GNOME
screen savers), so nothing ever waits on a daemon. Without a session bus the
screen counts as unlocked, and reminders behave as before.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

_SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    """``locked`` follows the screen saver; ``lockedChanged`` says when it changes."""

    lockedChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, listen: bool = True) -> None:
        super().__init__(parent)
        self.locked = False
        self.listening = False
        if listen:
            self.listening = self._listen()

    def _listen(self) -> bool:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        connected = False
        for path, interface in _SCREEN_SAVERS:
            connected |= bool(
                bus.connect(
                    "",
                    path,
                    interface,
                    "ActiveChanged",
                    self,
                    SLOT("set_locked(bool)"),  # type: ignore[call-overload]
                )
            )
        return connected

    @Slot(bool)
    def set_locked(self, locked: bool) -> None:
        """The screen saver went on (locked) or off."""
        if bool(locked) != self.locked:
            self.locked = bool(locked)
            self.lockedChanged.emit(self.locked)

    def is_locked(self) -> bool:
        """True while the screen is locked."""
        return self.locked
