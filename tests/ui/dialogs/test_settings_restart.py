"""A new language in Settings: the person is offered a restart, which quits as Quit does
and starts the same program again (the starter is a fake: nothing is really started)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.ui.dialogs import settings_restart
from handtrainer.ui.dialogs.settings_restart import restart_command, without_language
from handtrainer.ui.preferences import Preferences, PreferencesStore
from tests.helpers.german import german_interface
from tests.helpers.window import Trainer, build_trainer

FIXTURES = Path(__file__).parents[2] / "e2e" / "routines"


class FakeStarter:
    """Records what would have been started; answers ``works``."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.started: list[tuple[str, list[str], str]] = []

    def __call__(self, program: str, arguments: list[str], folder: str) -> bool:
        self.started.append((program, list(arguments), folder))
        return self.works


@pytest.fixture
def trainer(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Trainer:
    from handtrainer.core.library import load_library

    for key in ("LC_ALL", "LANGUAGE", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    library = load_library([FIXTURES], include_user=False, bundled_dir=tmp_path / "none")
    return build_trainer(qtbot, tmp_path, library, preferences=Preferences(language="en"))


@pytest.fixture
def starter(monkeypatch: pytest.MonkeyPatch) -> FakeStarter:
    made = FakeStarter()
    monkeypatch.setattr(settings_restart, "start_detached", made)
    return made


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    asked: list[bool] = []
    monkeypatch.setattr(settings_restart, "quit_program", lambda: asked.append(True))
    return asked


def _choose(trainer: Trainer, language: str) -> Preferences:
    chosen = replace(trainer.window.preferences, language=language)
    trainer.prompts.new_preferences = chosen
    trainer.window.show_settings()
    return chosen


def test_a_new_language_offers_a_restart_and_later_keeps_working(
    trainer: Trainer, starter: FakeStarter, quits: list[bool]
) -> None:
    chosen = _choose(trainer, "de")
    assert trainer.prompts.restarts_asked == 1
    assert PreferencesStore(trainer.folder / "preferences.ini").load() == chosen
    assert trainer.window.isVisible() and starter.started == [] and quits == []


def test_restart_now_quits_as_quit_does_and_starts_the_same_program(
    trainer: Trainer, starter: FakeStarter, quits: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "orig_argv", ["python3", "-m", "handtrainer", "--language", "en", "r"])
    trainer.prompts.restart = True
    closed: list[bool] = []
    trainer.window.closed.connect(lambda: closed.append(True))
    _choose(trainer, "de")
    assert closed == [True] and not trainer.window.isVisible()
    assert (trainer.folder / "window-state.ini").exists()  # saved as on a normal quit
    assert PreferencesStore(trainer.folder / "preferences.ini").load().language == "de"
    ((program, arguments, folder),) = starter.started
    assert (program, arguments) == (sys.executable, ["-m", "handtrainer", "r"])
    assert folder == str(Path.cwd())
    assert quits == [True]


def test_a_routine_under_way_is_asked_about_first(
    trainer: Trainer, starter: FakeStarter, quits: list[bool]
) -> None:
    window = trainer.window
    window.open_routine_by_id("e2e-practice")
    window.start_routine()
    trainer.prompts.restart, trainer.prompts.stop = True, False  # restart, but keep going
    _choose(trainer, "de")
    assert trainer.prompts.stops_asked and window.isVisible()
    assert window.controller.routine is not None and not window.controller.state().paused
    assert starter.started == [] and quits == []
    trainer.prompts.stop = True  # this time they agree to stop
    _choose(trainer, "en")  # back to the language on screen: nothing to restart for
    assert trainer.prompts.restarts_asked == 1
    _choose(trainer, "de")
    assert len(starter.started) == 1 and quits == [True]


def test_a_restart_that_cannot_start_says_so_and_still_quits(
    trainer: Trainer, starter: FakeStarter, quits: list[bool]
) -> None:
    starter.works = False
    trainer.prompts.restart = True
    _choose(trainer, "de")
    assert trainer.prompts.messages == [
        "Hand Trainer could not start again by itself. Your settings are saved: "
        "please start it yourself."
    ]
    assert quits == [True]


def test_no_restart_is_offered_when_what_is_shown_stays_the_same(
    trainer: Trainer, starter: FakeStarter
) -> None:
    _choose(trainer, "")  # "as the system is set": English here, as now
    trainer.prompts.new_preferences = replace(trainer.window.preferences, text_size=1.25)
    trainer.window.show_settings()  # no language change at all
    assert trainer.prompts.restarts_asked == 0 and starter.started == []


def test_the_restart_command_is_this_one_without_language() -> None:
    assert without_language(["--language", "de", "list", "--language=en", "--", "--language"]) == [
        "list",
        "--",
        "--language",
    ]
    frozen = restart_command(["/opt/ht/handtrainer", "--language=de", "calm"], frozen=True)
    assert frozen == (sys.executable, ["calm"])
    # the interpreter's own command line: the script (or -m handtrainer) comes along
    script = restart_command(["/venv/bin/python3", "/venv/bin/handtrainer", "calm"], frozen=False)
    assert script == (sys.executable, ["/venv/bin/handtrainer", "calm"])


def test_the_question_in_german_fits(qtbot: QtBot) -> None:
    from handtrainer.ui.dialogs.settings_restart import restart_box
    from tests.helpers.layout import cut_off

    with german_interface():
        box = restart_box(None)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        texts = [button.text() for button in box.buttons()]
        assert texts == ["Jetzt neu starten", "Später"]
        assert box.text() == "Die neue Sprache erscheint, wenn Hand Trainer neu startet."
        assert cut_off(box) == []
        assert box.defaultButton().text() == "Später"  # later is the default
