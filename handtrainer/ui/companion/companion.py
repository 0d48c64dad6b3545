"""The desk companion, wired onto the trainer window: history now, reminders and tray beside it.

``install_companion`` is called once by app.py (and by tests, with their own
history file and prompts); it adds the History page and its menu item and
starts recording every run of a routine.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from handtrainer.core.history_summary import PlanTarget
from handtrainer.ui.companion.companion_prompts import CompanionPrompts
from handtrainer.ui.companion.history_service import HistoryService
from handtrainer.ui.companion.session_recorder import SessionRecorder

if TYPE_CHECKING:
    from handtrainer.ui.companion.history_page import HistoryPage
    from handtrainer.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Companion", text)


def plan_targets(window: MainWindow) -> list[PlanTarget]:
    """The routines of the library that carry a practice plan."""
    targets = []
    for routine in window.library.library().routines:
        plan = routine.plan
        if plan is not None and plan.times_per_week:
            targets.append(
                PlanTarget(routine.id, routine.title, plan.times_per_week, plan.for_whom)
            )
    return targets


class Companion(QObject):
    """Holds the companion's parts for one window."""

    def __init__(
        self,
        window: MainWindow,
        history: HistoryService,
        prompts: CompanionPrompts,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.history = history
        self.prompts = prompts
        self._today = today
        self._page: HistoryPage | None = None
        self._return_to: QWidget | None = None
        controller = window.controller
        self.recorder = SessionRecorder(controller, history, clock=controller.clock, parent=self)
        history.noticeChanged.connect(window.statusBar().showMessage)

        self.history_action = QAction(_tr("Practice &history"), window)
        self.history_action.setObjectName("show-history")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setToolTip(_tr("Practice history (Ctrl+H)"))
        self.history_action.triggered.connect(lambda _checked=False: self.show_history())
        window.addAction(self.history_action)
        window.view_menu.addAction(self.history_action)

    @property
    def page(self) -> HistoryPage:
        """The History page, made when first shown."""
        if self._page is None:
            from handtrainer.ui.companion.history_page import HistoryPage

            self._page = HistoryPage(self.history, self.prompts, self._today, self.window.stack)
            self._page.backRequested.connect(self._back)
            self._page.message.connect(self.window.statusBar().showMessage)
            self.window.stack.addWidget(self._page)
        return self._page

    def show_history(self) -> None:
        """Show the History page (a running routine carries on behind it)."""
        page = self.page
        current = self.window.current_page()
        if current is not page:
            self._return_to = current
        page.set_plans(plan_targets(self.window))
        page.refresh()
        self.window.stack.setCurrentWidget(page)
        page.sessions_view.setFocus()

    def _back(self) -> None:
        target = self._return_to
        if target is None or target is self.window.picker or self.window.stack.indexOf(target) < 0:
            self.window.show_library()
        else:
            self.window.stack.setCurrentWidget(target)

    def close(self) -> None:
        """Finish writing the history (at quit)."""
        self.recorder.end_run()
        self.history.close()


def install_companion(
    window: MainWindow,
    history_path: Path | None = None,
    prompts: CompanionPrompts | None = None,
    today: Callable[[], date] = date.today,
) -> Companion:
    """Add the companion to ``window``; the history is closed when the application quits."""
    companion = Companion(
        window, HistoryService(history_path), prompts or CompanionPrompts(), today
    )
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(companion.close)
    return companion
