"""The editor's three panes share a window fairly, in English and German: every step
button shows, the diagram keeps the most room it can, and the fields are never cut."""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from tests.helpers.german import german_interface
from tests.helpers.layout import cut_off
from tests.helpers.window import Trainer
from tests.ui.editor.conftest import page_of


def _open_editor(qtbot: QtBot, trainer: Trainer, size: tuple[int, int], language: str) -> None:
    window = trainer.window
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window, timeout=5000)
    window.picker.select_routine("desk-reset")
    with german_interface() if language == "de" else nullcontext():
        window.editing.edit()  # the page is made, in the language, when first opened
    QApplication.processEvents()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("language", ["en", "de"])
def test_at_the_usual_size_all_step_buttons_show_and_the_diagram_is_widest(
    qtbot: QtBot, trainer: Trainer, language: str
) -> None:
    _open_editor(qtbot, trainer, (1200, 760), language)
    page = page_of(trainer)
    hidden = [
        action.text()
        for action in page.step_bar.actions()
        if not page.step_bar.widgetForAction(action).isVisible()
    ]
    assert hidden == []  # none in the tool bar's overflow menu
    left, middle, right = page.splitter.sizes()
    assert middle >= left
    assert right >= page.step_form.minimumSizeHint().width()


@pytest.mark.timeout(60)
def test_in_a_small_window_the_fields_scroll_instead_of_being_cut(
    qtbot: QtBot, trainer: Trainer
) -> None:
    _open_editor(qtbot, trainer, (900, 640), "de")
    page = page_of(trainer)
    area = page.right.currentWidget()
    assert isinstance(area, QScrollArea)
    form = area.widget()
    assert form is page.step_form
    # The form keeps the width its fields need; when the pane is narrower, it scrolls.
    assert form.width() >= form.minimumSizeHint().width()
    if area.viewport().width() < form.minimumSizeHint().width():
        assert area.horizontalScrollBar().isVisible()
    # Up and Down, shown as arrows, keep their names for screen readers.
    names = {page.step_bar.widgetForAction(a).accessibleName() for a in page.step_bar.actions()}
    assert {"Hoch", "Runter"} <= names


@pytest.mark.timeout(60)
@pytest.mark.parametrize("size", [(900, 600), (1280, 800)], ids=["900", "1280"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_every_word_of_the_fields_shows_whole_on_a_small_screen_without_sideways_scrolling(
    qtbot: QtBot, trainer: Trainer, language: str, size: tuple[int, int]
) -> None:
    window = trainer.window
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window, timeout=5000)
    window.picker.select_routine("nine-step-self-massage")
    with german_interface() if language == "de" else nullcontext():
        window.editing.edit()
        page = page_of(trainer)
        page.select_step(1)  # "Spread a little lotion": two zones, a long summary

        def settled() -> None:
            for _ in range(4):  # the layouts, then the scroll areas that follow them
                QApplication.processEvents()

        def scrolls_sideways() -> bool:
            area = page.right.currentWidget()
            assert isinstance(area, QScrollArea)
            return area.horizontalScrollBar().isVisible()

        settled()
        assert page.draft.step(1)["zones"]  # the summary and its Clear button show
        assert cut_off(page) == []
        assert not scrolls_sideways()
        # The longest turning (German: "erst in die eine, dann in die andere Richtung")
        # goes under its label rather than pushing the form wider than its pane.
        page.draft.set_value(1, "rotation", "both")
        settled()
        assert cut_off(page) == []
        assert not scrolls_sideways()
        for tab in range(1, page.right.count()):  # the routine's fields, its languages
            page.right.setCurrentIndex(tab)
            settled()
            assert cut_off(page) == [], page.right.tabText(tab)
            assert not scrolls_sideways(), page.right.tabText(tab)
        page.draft.undo_stack.setClean()  # leave without the question about saving
