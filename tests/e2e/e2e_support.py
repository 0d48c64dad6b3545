"""Fakes for driving the real trainer window: answering prompts, a fake clock, manual timers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from handtrainer.core.model import Routine
from handtrainer.ui.dialogs.prompts import Prompts
from handtrainer.ui.main_window import MainWindow
from handtrainer.ui.preferences import (
    Preferences,
)
from handtrainer.ui.timers import ManualClock, ManualTimerFactory

ROUTINES = Path(__file__).parent / "routines"


class FakePrompts(Prompts):
    """Answers every dialog at once, and remembers what was asked."""

    def __init__(self) -> None:
        self.cautions_shown: list[str] = []
        self.acknowledge = True
        self.files_to_open: list[Path] = []
        self.new_preferences: Preferences | None = None
        self.messages: list[str] = []

    def open_routine_files(self, parent: object) -> list[Path]:  # type: ignore[override]
        return list(self.files_to_open)

    def acknowledge_cautions(self, parent: object, routine: Routine) -> bool:  # type: ignore[override]
        self.cautions_shown.append(routine.id)
        return self.acknowledge

    def edit_preferences(self, parent: object, prefs: Preferences) -> Preferences | None:  # type: ignore[override]
        return self.new_preferences

    def pdf_save_path(self, parent: object, suggested: str) -> Path | None:  # type: ignore[override]
        return None

    def show_message(self, parent: object, title: str, text: str) -> None:  # type: ignore[override]
        self.messages.append(text)

    def show_error(self, parent: object, title: str, text: str) -> None:  # type: ignore[override]
        self.messages.append(text)


@dataclass
class Trainer:
    """The window under test and the handles a test drives it with."""

    window: MainWindow
    clock: ManualClock
    timers: ManualTimerFactory
    prompts: FakePrompts
    players: list = field(default_factory=list)

    @property
    def wake_timer(self):
        return self.timers.timers["session-wake"]

    def run_for(self, seconds: float) -> None:
        """Let ``seconds`` of practice pass, waking the controller as its timer asks."""
        end = self.clock.now + seconds
        timer = self.wake_timer
        while timer.isActive() and timer.interval_ms is not None:
            if self.clock.now + timer.interval_ms / 1000 > end + 1e-9:
                break
            self.clock.advance(timer.interval_ms / 1000)
            timer.fire()
        if self.clock.now < end:
            self.clock.now = end
            if timer.isActive():
                timer.fire()
