"""A foot routine speaks of feet everywhere a person meets it, in English and in German:
its row in the picker, the practice page through a whole run, the summary, the voice and
screen-reader cues, and the printed sheet. A hand routine still speaks of hands."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.core.model import Routine, Side
from handtrainer.core.session import CueKind
from handtrainer.sheet.layout import RoutineSheet
from handtrainer.ui.preferences import Preferences
from tests.helpers.cues import RecordingCuePlayer
from tests.helpers.foot_routine import write_foot_routine
from tests.helpers.german import german_interface
from tests.helpers.shown_words import FOOT_WORD, hand_words, shown_words
from tests.helpers.window import Trainer, build_trainer
from tests.sheet.pdf import ReadPdf

HAND_ROUTINE = """\
handtrainer: 1
id: hand-test
title: Hand test
summary: A short routine on the hand map.
cautions: [medical-care]
steps:
  - title: Press the palm centre
    instruction: Press the middle of the palm with your thumb.
    hand: each
    technique: press
    zones: [palm.center]
    duration: 10s
"""


@contextlib.contextmanager
def _language(language: str) -> Iterator[None]:
    if language == "de":
        with german_interface():
            yield
    else:
        yield


@pytest.fixture(params=["en", "de"])
def trainer(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> Iterator[Trainer]:
    language = str(request.param)
    with _language(language):
        folder = tmp_path / "routines"
        write_foot_routine(folder)
        (folder / "hand-test.yaml").write_text(HAND_ROUTINE, encoding="utf-8")
        library = load_library([folder], include_user=False, bundled_dir=tmp_path / "none")
        preferences = Preferences(lead_hand=Side.RIGHT, get_ready_seconds=3, switch_seconds=2)
        trainer = build_trainer(
            qtbot,
            tmp_path,
            library,
            preferences=preferences,
            players=[RecordingCuePlayer()],
            language=language,
        )
        yield trainer
        trainer.window.controller.unload()


def _routine(trainer: Trainer, routine_id: str) -> Routine:
    routine = trainer.window.library.get(routine_id)
    assert routine is not None
    return routine


def _picker_words(trainer: Trainer, routine: Routine) -> list[str]:
    """What the picker shows beside the list, and the routine's own row."""
    picker = trainer.window.picker
    assert picker.select_routine(routine.id)
    # The list's other rows are other routines; the hand-or-foot filter names both.
    others = shown_words(picker.view) + shown_words(picker.body_map)
    words = [w for w in shown_words(picker) if w not in others]
    index = picker.view.currentIndex()
    words += [str(index.data(role) or "") for role in range(0, 4)]
    return words + picker._details(routine) + [picker._describe(routine)]


def _run_words(trainer: Trainer, routine: Routine) -> list[str]:
    """Every word of the window and the client screen through a whole run of ``routine``,
    its cues, the summary, and the editor opened on it."""
    window = trainer.window
    window.open_routine(routine)
    words = shown_words(window)
    window.toggle_client_screen()
    assert window.start_routine()
    while window.controller.timer_active:
        trainer.run_for(1)
        shown = [top for top in QApplication.topLevelWidgets() if top.isVisible()]
        assert len(shown) == 2  # the window and the client screen
        words += [w for top in shown for w in shown_words(top)]
    window.toggle_client_screen()
    assert window.current_page() is window.summary
    player = trainer.players[0]
    assert isinstance(player, RecordingCuePlayer)
    assert CueKind.SWITCH_HANDS in player.kinds()
    words += player.spoken + player.announced
    assert window.picker.select_routine(routine.id)
    window.editing.edit()
    assert window.editing.page is not None
    return words + shown_words(window.editing.page)


def test_a_foot_routine_says_feet(trainer: Trainer) -> None:
    foot = _routine(trainer, "foot-test")
    words = _picker_words(trainer, foot) + _run_words(trainer, foot)
    assert hand_words(words) == []
    said = " ".join(words)
    assert ("foot" in said) or ("Fuß" in said)


def test_a_hand_routine_still_says_hands(trainer: Trainer) -> None:
    hand = _routine(trainer, "hand-test")
    words = _picker_words(trainer, hand) + _run_words(trainer, hand)
    found = " ".join(hand_words(words))
    assert ("hand" in found.lower()) or ("Hand" in found)
    assert [w for w in words if FOOT_WORD.search(w)] == []


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_foot_routines_sheet_says_feet(qapp: object, tmp_path: Path, language: str) -> None:
    with _language(language):
        folder = tmp_path / "routines"
        write_foot_routine(folder)
        library = load_library([folder], include_user=False, bundled_dir=tmp_path / "none")
        routine = library.routines[0]
        target = tmp_path / "foot.pdf"
        RoutineSheet(routine, printed_on=date(2026, 12, 2)).to_pdf(target, "A4")
        pdf = ReadPdf(target)
        try:
            text = " ".join(pdf.texts)
        finally:
            pdf.close()
    assert hand_words([line for line in text.splitlines() if line.strip()]) == []
    assert ("FOOT" in text) if language == "en" else ("FUSS" in text or "Fuß" in text)


def test_the_settings_name_the_side_for_hands_and_feet(trainer: Trainer, qtbot: QtBot) -> None:
    from handtrainer.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    # A setting for both may name both, never the hand alone.
    hand_only = [w for w in hand_words(shown_words(dialog)) if not FOOT_WORD.search(w)]
    assert hand_only == []
    assert dialog.lead_hand.count() == 2


def test_a_reminder_for_a_foot_routine_says_feet(trainer: Trainer) -> None:
    from datetime import timedelta

    from tests.ui.companion.test_companion import companion_for, fire_reminders

    foot = _routine(trainer, "foot-test")
    companion, notifier, clock = companion_for(trainer)
    companion.suggestion = lambda _reminder: foot  # type: ignore[method-assign]
    fire_reminders(trainer, clock, timedelta(minutes=11))
    [(text, _click)] = notifier.notified
    assert foot.title in text and hand_words([text]) == []
    companion.close()
