"""Doubles for the companion: prompts that answer at once."""

from __future__ import annotations

from pathlib import Path

from handtrainer.core.history import PracticeEntry
from handtrainer.ui.companion.companion_prompts import CompanionPrompts


class FakeCompanionPrompts(CompanionPrompts):
    """Answers the companion's dialogs at once and remembers what was asked."""

    def __init__(self) -> None:
        self.csv_path: Path | None = None
        self.confirm = True
        self.asked_delete: list[int] = []
        self.told: list[str] = []

    def csv_save_path(self, parent: object, suggested: str) -> Path | None:  # type: ignore[override]
        return self.csv_path

    def confirm_delete(self, parent: object, entry: PracticeEntry) -> bool:  # type: ignore[override]
        self.asked_delete.append(entry.id)
        return self.confirm

    def tell_once(self, parent: object, title: str, text: str) -> None:  # type: ignore[override]
        self.told.append(text)
