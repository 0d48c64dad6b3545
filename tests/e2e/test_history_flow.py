"""End to end: the real window's runs land in the practice history and on the History page."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from handtrainer.core.history import Outcome, PracticeEntry, PracticeHistory
from handtrainer.core.session import Phase
from handtrainer.ui.companion.companion import install_companion
from tests.helpers.companion_fakes import FakeCompanionPrompts
from tests.helpers.window import Trainer


def entries_in(path: Path) -> list[PracticeEntry]:
    history = PracticeHistory(path)
    try:
        return history.entries()
    finally:
        history.close()


def test_runs_are_recorded_and_shown(trainer: Trainer, qtbot: QtBot, tmp_path: Path) -> None:
    window = trainer.window
    prompts = FakeCompanionPrompts()
    path = tmp_path / "history.sqlite3"
    companion = install_companion(window, path, prompts)
    history = companion.history

    assert window.picker.select_routine("e2e-practice")
    window.picker.view.setFocus()
    QTest.keyClick(window.picker.view, Qt.Key.Key_Return)
    practice = window.practice
    QTest.keyClick(practice.buttons["start-pause"], Qt.Key.Key_Space)
    trainer.run_for(5)
    history.flush()
    # Written as it goes: the run is in the file, unfinished, before it ends.
    [running] = entries_in(path)
    assert running.routine_id == "e2e-practice" and running.outcome is Outcome.UNFINISHED
    assert running.steps_done == 1 and running.steps_total == 3

    # Pausing does not count as practice.
    QTest.keyClick(practice.step_list, Qt.Key.Key_Space)
    trainer.clock.advance(600)
    window.controller.wake()
    QTest.keyClick(practice.step_list, Qt.Key.Key_Space)
    trainer.run_for(60)
    assert window.controller.state().phase is Phase.FINISHED
    assert window.current_page() is window.summary

    # Practise again, and stop after eight seconds.
    window.summary.again_button.click()
    trainer.run_for(8)
    QTest.keyClick(practice.step_list, Qt.Key.Key_Escape)
    assert window.controller.state().phase is Phase.STOPPED
    history.flush()

    finished, stopped = reversed(entries_in(path))
    assert finished.outcome is Outcome.FINISHED
    # 3 s get ready + 10 + 2 switch + 10 + 20 counted + 5 = 50 s, the pause left out.
    assert finished.practised_seconds == 50
    assert (finished.steps_done, finished.steps_total) == (3, 3)
    assert finished.routine_title == "Test practice"
    assert finished.day == date.today()
    assert stopped.outcome is Outcome.STOPPED
    assert stopped.practised_seconds == 8
    assert stopped.steps_done == 1

    # The History page shows them.
    window.findChild(type(companion.history_action), "show-history").trigger()
    page = companion.page
    assert window.current_page() is page
    # Earlier reads may still be on their way: wait for the one with both runs.
    qtbot.waitUntil(lambda: page.sessions_model.rowCount() == 2, timeout=5000)
    assert page.figures["current-streak"].text() == "1 day"
    assert page.figures["today"].text() == "58 s"
    assert page.totals_model.index(0, 1).data() == "2"
    assert page.sessions_model.index(0, 4).data() == "stopped"

    # Export, then delete the stopped run.
    prompts.csv_path = tmp_path / "out.csv"
    with qtbot.waitSignal(history.exported, timeout=5000):
        page.export_button.click()
    rows = list(csv.DictReader(io.StringIO(prompts.csv_path.read_text(encoding="utf-8"))))
    assert [r["outcome"] for r in rows] == ["finished", "stopped"]
    assert "exported" in window.statusBar().currentMessage()
    page.sessions_view.selectRow(0)
    page.delete_button.click()
    assert prompts.asked_delete == [stopped.id]
    qtbot.waitUntil(lambda: page.sessions_model.rowCount() == 1, timeout=5000)
    assert [e.outcome for e in entries_in(path)] == [Outcome.FINISHED]

    # Back goes where we came from (the practice page stays loaded).
    QTest.keyClick(page.sessions_view, Qt.Key.Key_Escape)
    assert window.current_page() is practice
    companion.close()
