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


class FakeNotifier:
    """Stands in for the tray and notifications; remembers what was shown."""

    def __init__(self, tray: bool = True) -> None:
        self.tray = tray
        self.menu = None
        self.notified: list[tuple[str, object]] = []

    def has_tray(self) -> bool:
        return self.tray

    def has_desktop_notifications(self) -> bool:
        return False

    def show_tray(self, menu, tooltip: str, on_activate) -> bool:
        if not self.tray:
            return False
        self.menu = menu
        return True

    def notify(self, title: str, text: str, on_click) -> None:
        self.notified.append((text, on_click))

    def click_last(self) -> None:
        """Click the latest notification."""
        self.notified[-1][1]()
