"""Opening and closing the client screen from the window (F5), following the practice page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from handtrainer.ui.client.client_screen import ClientScreen
    from handtrainer.ui.practice.practice_view import PracticeView
    from handtrainer.ui.practice.session_controller import SessionController


class ClientScreenToggle:
    """The client's window, made when first opened and kept in step with the practice page."""

    def __init__(
        self,
        owner: QWidget,
        controller: SessionController,
        practice: Callable[[], PracticeView],
        action: QAction,
    ) -> None:
        self._owner = owner
        self._controller = controller
        self._practice = practice  # the practice page, made when first asked for
        self._action = action
        self.screen: ClientScreen | None = None

    def toggle(self) -> None:
        """Open the client screen, full screen on a second monitor; or close it."""
        from handtrainer.ui.client.placement import show_client_window

        if self.screen is not None and self.screen.isVisible():
            self.screen.close()
            return
        practice = self._practice()
        screen = self.screen or self._make(practice)
        state = self._controller.state()
        if state is not None and practice.routine is not None:
            screen.show_step(
                state, practice.routine, practice.current_scene, walking=practice.walking
            )
        show_client_window(screen, self._owner)
        self._action.setChecked(True)

    def close(self) -> None:
        """Close the client's window (the trainer is closing)."""
        if self.screen is not None:
            self.screen.close()

    def _make(self, practice: PracticeView) -> ClientScreen:
        from handtrainer.ui.client.client_screen import ClientScreen

        screen = ClientScreen(practice.actions_by_name, None)
        practice.displayChanged.connect(
            lambda state, routine, scene: screen.show_step(
                state, routine, scene, walking=practice.walking
            )
        )
        practice.pointedChanged.connect(screen.show_pointed)
        screen.closed.connect(lambda: self._action.setChecked(False))
        self.screen = screen
        return screen
