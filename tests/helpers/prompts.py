"""Prompts that answer at once and remember what was asked: the window's dialogs in tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from handtrainer.core.model import Routine
from handtrainer.ui.preferences import Preferences


class FakePrompts:
    """Answers every dialog at once (see its attributes), and remembers what was asked."""

    def __init__(self) -> None:
        self.acknowledge = True
        self.cautions_shown: list[str] = []
        self.files_to_open: list[Path] = []
        self.new_preferences: Preferences | None = None
        self.settings_sections_offered = 0  # extra Settings tabs offered last time
        self.pdf_path: Path | None = None
        self.messages: list[str] = []
        # The editor's questions: unsaved changes, where to save, yes or no.
        self.unsaved_answer = "cancel"
        self.unsaved_asked: list[str] = []
        self.save_path: Path | None = None
        self.confirm_answer = True
        self.stop = True  # the answer to "stop the routine under way?"
        self.stops_asked: list[int | None] = []
        self.restart = False  # the answer to "restart now for the new language?"
        self.restarts_asked = 0

    def open_routine_files(self, parent: QWidget) -> list[Path]:
        return list(self.files_to_open)

    def acknowledge_cautions(self, parent: QWidget, routine: Routine) -> bool:
        self.cautions_shown.append(routine.id)
        return self.acknowledge

    def edit_preferences(
        self,
        parent: QWidget,
        prefs: Preferences,
        *,
        sections: Sequence[Callable[[], QWidget]] = (),
        cues: object = None,
    ) -> Preferences | None:
        self.settings_sections_offered = len(sections)
        return self.new_preferences

    def pdf_save_path(self, parent: QWidget, suggested: str) -> Path | None:
        return self.pdf_path

    def confirm_stop(self, parent: QWidget, routine: Routine, step_number: int | None) -> bool:
        self.stops_asked.append(step_number)
        return self.stop

    def confirm_restart(self, parent: QWidget) -> bool:
        self.restarts_asked += 1
        return self.restart

    def show_message(self, parent: QWidget, title: str, text: str) -> None:
        self.messages.append(text)

    def show_error(self, parent: QWidget, title: str, text: str) -> None:
        self.messages.append(text)

    def ask_unsaved_changes(self, parent: QWidget, title: str) -> str:
        self.unsaved_asked.append(title)
        return self.unsaved_answer

    def routine_save_path(self, parent: QWidget, suggested: str) -> Path | None:
        return self.save_path

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        self.messages.append(text)
        return self.confirm_answer
