"""Screen-reader announcements: step changes and milestones, politely, never every second."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from handtrainer.core.model import Routine
from handtrainer.core.session import Cue, SessionState
from handtrainer.ui.cues.wording import announcement_text


def _send_announcement(widget: QObject, message: str) -> None:
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8: a description change is the nearest thing
        if isinstance(widget, QWidget):
            widget.setAccessibleDescription(message)
            event = QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
            QAccessible.updateAccessibility(event)
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class AnnouncementCuePlayer:
    """Tells screen readers, politely, when a step starts, hands switch, or the routine ends.

    Never every second: repetitions and countdown pips are not announced.
    """

    def __init__(
        self, widget: QObject, send: Callable[[QObject, str], None] = _send_announcement
    ) -> None:
        self.widget = widget
        self._send = send
        self.last_announcement: str | None = None

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
        """Announce the cue if it is a step change or a milestone."""
        text = announcement_text(cue, routine)
        if text is not None:
            self.last_announcement = text
            self._send(self.widget, text)
