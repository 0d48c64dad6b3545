"""The tray icon and reminder notifications, behind one small service tests replace.

``Notifier`` says what the companion can ask for; ``QtNotifier`` does it with a
real ``QSystemTrayIcon`` when the desktop has a tray. Without one, reminders come
as desktop notifications (``notify-send``) while the program runs, or, if there
is no way to send those either, as a notice in the window (``windowNotice``);
the Settings page says which.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from handtrainer.ui.companion.desktop_notifications import DesktopNotifications


class Notifier(Protocol):
    """Tray and notifications, in plain words."""

    def has_tray(self) -> bool:
        """True when the desktop shows tray icons."""
        ...

    def show_tray(self, menu: QMenu, tooltip: str, on_activate: Callable[[], None]) -> bool:
        """Put the icon in the tray with this menu; False when there is no tray."""
        ...

    def has_desktop_notifications(self) -> bool:
        """True when notifications can be shown without a tray."""
        ...

    def notify(self, title: str, text: str, on_click: Callable[[], None]) -> None:
        """A notification; clicking it calls ``on_click``."""
        ...


class QtNotifier(QObject):
    """The real tray icon; in-window notices where there is no tray."""

    windowNotice = Signal(str, str, object)  # title, text, on_click: for the window to show

    def __init__(
        self,
        icon: QIcon,
        parent: QObject | None = None,
        desktop: DesktopNotifications | None = None,
    ) -> None:
        super().__init__(parent)
        self._icon = icon
        self.desktop = desktop
        self.tray: QSystemTrayIcon | None = None
        self._on_click: Callable[[], None] | None = None
        self._on_activate: Callable[[], None] | None = None

    def has_tray(self) -> bool:
        """True when the desktop shows tray icons."""
        return bool(QSystemTrayIcon.isSystemTrayAvailable())

    def show_tray(self, menu: QMenu, tooltip: str, on_activate: Callable[[], None]) -> bool:
        """Put the icon in the tray with this menu; False when there is no tray."""
        if not self.has_tray():
            return False
        if self.tray is None:
            self.tray = QSystemTrayIcon(self._icon, self)
            self.tray.setObjectName("companion-tray")
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(self._activated)
        self._on_activate = on_activate
        self.tray.setContextMenu(menu)
        self.tray.setToolTip(tooltip)
        self.tray.show()
        return True

    def has_desktop_notifications(self) -> bool:
        """True when ``notify-send`` can show notifications without a tray."""
        return self.desktop is not None and self.desktop.available

    def notify(self, title: str, text: str, on_click: Callable[[], None]) -> None:
        """A tray message; else a desktop notification; else a notice for the window."""
        self._on_click = on_click
        if self.tray is not None and self.tray.isVisible() and self.tray.supportsMessages():
            self.tray.showMessage(title, text, self._icon, 15_000)
        elif self.desktop is not None and self.desktop.available:
            self.desktop.notify(title, text, on_click)
        else:
            self.windowNotice.emit(title, text, on_click)

    def _clicked(self) -> None:
        if self._on_click is not None:
            self._on_click()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger and self._on_activate is not None:
            self._on_activate()
