"""The picker's box of what went wrong reading the library: files that failed to load,
each problem at its file, line and column, and the library's notes and warnings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QPlainTextEdit, QVBoxLayout, QWidget

from handtrainer.core.library import RoutineLibrary

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def _text_box(parent: QWidget, name: str, accessible: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setReadOnly(True)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    box.setMaximumHeight(parent.fontMetrics().height() * lines)
    return box


class LibraryProblems(QGroupBox):
    """Failed files and notes, never hidden while there are any; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failed-files")
        self.failures_text = _text_box(
            self,
            "failed-files-text",
            translate("RoutinePicker", "Routine files that could not be loaded"),
            7,
        )
        self.notices_text = _text_box(
            self,
            "library-notes-text",
            translate("RoutinePicker", "Notes and warnings about your routines"),
            5,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.failures_text)
        layout.addWidget(self.notices_text)
        self.setVisible(False)

    def show_library(self, library: RoutineLibrary) -> None:
        """List what went wrong reading ``library`` (and show the box only if anything did)."""
        lines: list[str] = []
        for failed in library.failures:
            lines.extend(str(problem) for problem in failed.problems)
            if not failed.problems:
                lines.append(str(failed.path))
        notes = [
            translate("RoutinePicker", "Note: {text}").format(text=notice)
            for notice in library.notices
        ]
        notes += [str(warning) for warning in library.warnings]  # "path:line:col: warning: ..."
        if library.failures:
            title = translate(
                "RoutinePicker", "Routine files that could not be loaded ({count})"
            ).format(count=len(library.failures))
        else:
            title = translate("RoutinePicker", "Notes about your routines")
        self.setTitle(title)
        self.failures_text.setPlainText("\n".join(lines))
        self.failures_text.setVisible(bool(lines))
        self.notices_text.setPlainText("\n".join(notes))
        self.notices_text.setVisible(bool(notes))
        self.setVisible(bool(lines or notes))

    def failure_lines(self) -> list[str]:
        """The errors listed for files that failed to load."""
        text = self.failures_text.toPlainText()
        return text.splitlines() if text else []

    def notice_lines(self) -> list[str]:
        """The library's notes and warnings, as shown."""
        text = self.notices_text.toPlainText()
        return text.splitlines() if text else []
