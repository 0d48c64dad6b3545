"""The History page: the practice calendar, streaks, plans, totals and the last sessions.

It follows the history service (``entriesLoaded``) and writes back only through
it (delete, export). Everything it shows is worked out by the pure functions of
``handtrainer.core.history_summary``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core import history_summary as summary
from handtrainer.core import wording
from handtrainer.core.history import PracticeEntry
from handtrainer.core.wording import format_seconds
from handtrainer.ui.companion.companion_prompts import CompanionPrompts
from handtrainer.ui.companion.history_models import SessionsModel, TotalsModel
from handtrainer.ui.companion.history_service import HistoryService
from handtrainer.ui.companion.practice_calendar import PracticeCalendar

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

#: How many weeks the calendar shows.
WEEKS_SHOWN = 20


def _days(count: int) -> str:
    return wording.days(count)


def _table(model: SessionsModel | TotalsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(
        1 if isinstance(model, SessionsModel) else 0, QHeaderView.ResizeMode.Stretch
    )
    return view


class HistoryPage(QWidget):
    """What was practised, and how it stands against the plans."""

    backRequested = Signal()
    message = Signal(str)  # a line for the status bar

    def __init__(
        self,
        history: HistoryService,
        prompts: CompanionPrompts,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self._history = history
        self._prompts = prompts
        self._today = today
        self._entries: list[PracticeEntry] = []
        self._plans: list[summary.PlanTarget] = []

        heading = QLabel(translate("HistoryPage", "Practice history"))
        heading.setObjectName("history-heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.back_button = QPushButton(translate("HistoryPage", "Back"))
        self.back_button.setObjectName("history-back")
        self.back_button.setToolTip(translate("HistoryPage", "Back to where you were (Esc)"))
        self.back_button.clicked.connect(self.backRequested)
        back = QAction(self)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(self.backRequested)
        self.addAction(back)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.back_button)

        self.figures: dict[str, QLabel] = {}
        figures = QGridLayout()
        for column, (name, caption) in enumerate(
            (
                ("current-streak", translate("HistoryPage", "Current streak")),
                ("longest-streak", translate("HistoryPage", "Longest streak")),
                ("today", translate("HistoryPage", "Today")),
                ("this-week", translate("HistoryPage", "This week")),
            )
        ):
            value = QLabel()
            value.setObjectName(name)
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.4)
            big.setBold(True)
            value.setFont(big)
            label = QLabel(caption)
            label.setBuddy(value)
            figures.addWidget(value, 0, column)
            figures.addWidget(label, 1, column)
            self.figures[name] = value

        self.calendar = PracticeCalendar()
        self.plans = QLabel()
        self.plans.setObjectName("history-plans")
        self.plans.setTextFormat(Qt.TextFormat.PlainText)
        self.plans.setWordWrap(True)

        self.totals_model = TotalsModel()
        self.sessions_model = SessionsModel()
        self.totals_view = _table(self.totals_model, "history-totals")
        self.totals_view.setAccessibleName(translate("HistoryPage", "Practice per routine"))
        self.sessions_view = _table(self.sessions_model, "history-sessions")
        self.sessions_view.setAccessibleName(translate("HistoryPage", "Last sessions"))
        self.sessions_view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.delete_button = QPushButton(translate("HistoryPage", "&Delete session…"))
        self.delete_button.setObjectName("history-delete")
        self.delete_button.clicked.connect(self.delete_selected)
        delete = QAction(self.sessions_view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.sessions_view.addAction(delete)
        self.export_button = QPushButton(translate("HistoryPage", "E&xport CSV…"))
        self.export_button.setObjectName("history-export")
        self.export_button.clicked.connect(self.export_csv)

        def titled(title: str, view: QWidget, *extra: QWidget) -> QWidget:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(title)
            label.setBuddy(view)
            layout.addWidget(label)
            layout.addWidget(view, 1)
            if extra:
                row = QHBoxLayout()
                row.addStretch(1)
                for widget in extra:
                    row.addWidget(widget)
                layout.addLayout(row)
            return box

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(figures)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(self.plans)
        left_layout.addStretch(1)
        overview = QHBoxLayout()
        overview.addWidget(left, 3)
        overview.addWidget(titled(translate("HistoryPage", "Per routine"), self.totals_view), 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(overview)
        layout.addWidget(
            titled(
                translate("HistoryPage", "Last sessions"),
                self.sessions_view,
                self.delete_button,
                self.export_button,
            ),
            1,
        )

        history.entriesLoaded.connect(self.show_entries)
        history.exported.connect(self._on_exported)
        self.show_entries([])

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask the service for the entries again (they arrive by signal)."""
        self._history.refresh()

    def set_plans(self, plans: Sequence[summary.PlanTarget]) -> None:
        """The routines with a practice plan, to measure the week against."""
        self._plans = list(plans)
        self._show_plans()

    def show_entries(self, entries: Sequence[PracticeEntry]) -> None:
        """Show the history (newest first)."""
        self._entries = list(entries)
        today = self._today()
        streaks = summary.streaks(self._entries, today)
        self.figures["current-streak"].setText(_days(streaks.current))
        self.figures["longest-streak"].setText(_days(streaks.longest))
        week = summary.minutes_per_day(self._entries, summary.week_start(today), today)
        self.figures["today"].setText(format_seconds(60 * week[-1][1]))
        self.figures["this-week"].setText(format_seconds(60 * sum(m for _d, m in week)))
        first = summary.week_start(today) - timedelta(weeks=WEEKS_SHOWN - 1)
        self.calendar.set_days(summary.minutes_per_day(self._entries, first, today), today)
        self.totals_model.set_totals(summary.totals_per_routine(self._entries))
        self.sessions_model.set_entries(self._entries)
        self._show_plans()
        self._update_buttons()

    def _show_plans(self) -> None:
        lines = []
        for progress in summary.plan_progress(self._entries, self._plans, self._today()):
            lines.append(
                translate("HistoryPage", "{title}: {done} of {target} this week").format(
                    title=progress.title, done=progress.done, target=progress.target
                )
                + (
                    translate("HistoryPage", " (for {whom})").format(whom=progress.for_whom)
                    if progress.for_whom
                    else ""
                )
            )
        self.plans.setText("\n".join(lines))
        self.plans.setVisible(bool(lines))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_entry() is not None)
        self.export_button.setEnabled(bool(self._entries))

    # -- acting ----------------------------------------------------------------------------

    def selected_entry(self) -> PracticeEntry | None:
        """The session selected in the list, if any."""
        rows = self.sessions_view.selectionModel().selectedRows()
        return self.sessions_model.entry(rows[0].row()) if rows else None

    def delete_selected(self) -> None:
        """Remove the selected session, once the user confirms."""
        entry = self.selected_entry()
        if entry is None or not self._prompts.confirm_delete(self, entry):
            return
        self._history.delete(entry.id)

    def export_csv(self) -> None:
        """Ask for a file and write the whole history to it as CSV."""
        path = self._prompts.csv_save_path(self, "practice-history.csv")
        if path is not None:
            self._history.export_csv(path)

    def _on_exported(self, path: str, error: str) -> None:
        if error:
            self.message.emit(
                translate("HistoryPage", "The history could not be exported: {error}").format(
                    error=error
                )
            )
        else:
            self.message.emit(
                translate("HistoryPage", "Practice history exported to {path}").format(path=path)
            )
