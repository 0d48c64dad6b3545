"""The one way tests build the real trainer window: fake clock, manual timers, fake prompts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pytestqt.qtbot import QtBot

from handtrainer.core.library import RoutineLibrary
from handtrainer.ui.cues import CuePlayer, CueRouter
from handtrainer.ui.library.library_model import LibraryModel
from handtrainer.ui.main_window import MainWindow
from handtrainer.ui.practice.session_controller import SessionController
from handtrainer.ui.preferences import (
    CautionAcknowledgements,
    Preferences,
    PreferencesStore,
    WindowStateStore,
)
from tests.helpers.clock import FakeClock
from tests.helpers.prompts import FakePrompts
from tests.helpers.timers import ManualTimer, ManualTimerFactory


@dataclass
class Trainer:
    """The window under test and the handles a test drives it with."""

    window: MainWindow
    clock: FakeClock
    timers: ManualTimerFactory
    prompts: FakePrompts
    folder: Path
    players: list[CuePlayer] = field(default_factory=list)

    @property
    def wake_timer(self) -> ManualTimer:
        """The session controller's one wake-up timer."""
        return self.timers.timers["session-wake"]

    def fire(self, name: str) -> None:
        """Fire a timer of the window that is armed (e.g. ``add-dropped-files``)."""
        assert self.timers.timers[name].fire(), f"timer {name} was not running"

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


def build_trainer(
    qtbot: QtBot,
    folder: Path,
    library: RoutineLibrary | None,
    *,
    preferences: Preferences | None = None,
    players: Sequence[CuePlayer] = (),
    show: bool = True,
    language: str = "en",
) -> Trainer:
    """The real window, its stores in ``folder``, shown at the usual size."""
    trainer = make_trainer(
        folder, library, preferences=preferences, players=players, language=language
    )
    window, timers = trainer.window, trainer.timers
    qtbot.addWidget(window)
    if show:
        window.show()
        qtbot.waitExposed(window)
        # The first paint arms this timer; fire it as the event loop would, just after.
        qtbot.waitUntil(timers.timers["after-first-paint"].fire, timeout=2000)
    return trainer


def make_trainer(
    folder: Path,
    library: RoutineLibrary | None,
    *,
    preferences: Preferences | None = None,
    players: Sequence[CuePlayer] = (),
    language: str = "en",
) -> Trainer:
    """The real window at the usual size, not yet shown, with fakes for clock, timers and
    prompts and its stores in ``folder`` (tests, and the screenshot scripts)."""
    clock, timers, prompts = FakeClock(), ManualTimerFactory(), FakePrompts()
    store = PreferencesStore(folder / "preferences.ini")
    if preferences is not None:
        store.save(preferences)
    window = MainWindow(
        library=LibraryModel(library, language=language),
        controller=SessionController(clock=clock, timers=timers),
        prompts=prompts,
        preferences_store=store,
        window_state=WindowStateStore(folder / "window-state.ini"),
        acknowledgements=CautionAcknowledgements(folder / "acknowledged.json"),
        cue_router=CueRouter(list(players)),
        timers=timers,
    )
    window.library.setParent(window)
    window.resize(1200, 760)
    return Trainer(window, clock, timers, prompts, folder, list(players))
