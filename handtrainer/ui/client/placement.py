"""Where the client screen opens: full screen on another monitor, else a window."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def other_screen(beside: QWidget) -> QScreen | None:
    """A screen other than the one ``beside`` is on, if the desktop has one."""
    here = beside.screen()
    for screen in QGuiApplication.screens():
        if screen is not here and screen != here:
            return screen
    return None


def show_client_window(window: QWidget, beside: QWidget) -> QScreen | None:
    """Show ``window`` full screen on a second monitor, or as a movable window.

    Returns the other screen it went to, or None when there is only one.
    """
    screen = other_screen(beside)
    if screen is None:
        window.showNormal()
        window.raise_()
        return None
    window.setScreen(screen)
    window.move(screen.geometry().topLeft())
    window.showFullScreen()
    return screen
