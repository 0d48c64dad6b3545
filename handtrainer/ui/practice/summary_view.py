"""The short summary when a routine ends: time practised, steps done, what next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from handtrainer.core.model import Routine
from handtrainer.core.practice_record import ran_in_full
from handtrainer.core.wording import format_seconds
from handtrainer.ui.practice.timer_panel import scaled_font
from handtrainer.ui.wrapping import breakable

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


class SummaryView(QWidget):
    """Says what was done; offers to practise again or go back to the library."""

    practiseAgain = Signal()
    backToLibrary = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.mark = QLabel("✓", self)
        self.mark.setObjectName("summary-mark")
        self.mark.setFont(scaled_font(self.font(), 4.0, bold=True))
        self.mark.setForegroundRole(QPalette.ColorRole.Highlight)
        self.mark.setAccessibleName(translate("SummaryView", "Finished"))
        self.heading = QLabel(translate("SummaryView", "Well done"), self)
        self.heading.setObjectName("summary-heading")
        self.heading.setFont(scaled_font(self.font(), 2.2, bold=True))
        self.routine_title = QLabel(self)
        self.routine_title.setObjectName("summary-routine")
        self.routine_title.setTextFormat(Qt.TextFormat.PlainText)
        self.routine_title.setFont(scaled_font(self.font(), 1.4))
        self.details = QLabel(self)
        self.details.setObjectName("summary-details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setFont(scaled_font(self.font(), 1.2))
        for label in (self.mark, self.heading, self.routine_title, self.details):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)

        self.again_button = QPushButton(translate("SummaryView", "Practise again"), self)
        self.again_button.setObjectName("practise-again")
        self.again_button.setToolTip(
            translate("SummaryView", "Run the same routine again from the start (Enter)")
        )
        self.again_button.setDefault(True)
        self.library_button = QPushButton(translate("SummaryView", "Back to the library"), self)
        self.library_button.setObjectName("back-to-library")
        self.library_button.setToolTip(translate("SummaryView", "Choose another routine (Esc)"))
        back = QAction(self)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(self.backToLibrary)
        self.addAction(back)
        for button in (self.again_button, self.library_button):
            button.setFont(scaled_font(self.font(), 1.15))
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            button.setAccessibleName(button.text())
        self.again_button.clicked.connect(self.practiseAgain)
        self.library_button.clicked.connect(self.backToLibrary)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.library_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.mark)
        layout.addWidget(self.heading)
        layout.addWidget(self.routine_title)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.details)
        layout.addSpacing(self.fontMetrics().height() * 2)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def show_summary(
        self,
        routine: Routine,
        practised_seconds: float,
        steps_done: int,
        planned_seconds: float | None = None,
    ) -> None:
        """Say what happened in the session: all of it, or how much of it."""
        total = len(routine.steps)
        planned = routine.work_seconds if planned_seconds is None else planned_seconds
        complete = ran_in_full(practised_seconds, steps_done, total, planned)
        self.routine_title.setText(breakable(routine.title))  # a long word must wrap
        self.mark.setVisible(complete)
        if complete:
            self.heading.setText(translate("SummaryView", "Well done"))
            self.details.setText(
                translate("SummaryView", "Time practised: {time}\nSteps done: all {total}").format(
                    time=format_seconds(practised_seconds), total=total
                )
            )
        else:
            self.heading.setText(translate("SummaryView", "Routine ended early"))
            self.details.setText(
                translate(
                    "SummaryView",
                    "Time practised: {time} of {planned}\nSteps reached: {done} of {total}",
                ).format(
                    time=format_seconds(practised_seconds),
                    planned=format_seconds(planned),
                    done=steps_done,
                    total=total,
                )
            )
        self.again_button.setFocus()
