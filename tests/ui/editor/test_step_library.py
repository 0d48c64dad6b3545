"""The step library: every step of the library, found by words, zone, technique and tag."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.core.model import BodyMap
from handtrainer.ui.editor.step_library import StepFilter, StepLibraryModel
from handtrainer.ui.editor.step_list import STEP_MIME
from tests.helpers.window import Trainer
from tests.ui.editor.conftest import page_of

ROUTINES = load_library(include_user=False).routines


def titles(proxy: StepFilter) -> list[str]:
    model = proxy.sourceModel()
    assert isinstance(model, StepLibraryModel)
    return [
        model.row_step(proxy.mapToSource(proxy.index(row, 0)).row()).step.title
        for row in range(proxy.rowCount())
    ]


def make_filter() -> StepFilter:
    model = StepLibraryModel()
    model.set_routines(ROUTINES)
    proxy = StepFilter()
    proxy.setSourceModel(model)
    return proxy


def test_every_step_of_the_library_is_listed(qapp: object) -> None:
    proxy = make_filter()
    assert proxy.rowCount() == sum(len(r.steps) for r in ROUTINES if r.map is BodyMap.HAND)


def test_only_steps_of_the_routine_s_map_are_offered(qapp: object) -> None:
    proxy = make_filter()
    model = proxy.sourceModel()
    assert isinstance(model, StepLibraryModel)
    proxy.set_map("foot")
    foot = [
        model.row_step(proxy.mapToSource(proxy.index(row, 0)).row())
        for row in range(proxy.rowCount())
    ]
    assert foot and all(item.routine.map is BodyMap.FOOT for item in foot)
    assert len(foot) == sum(len(r.steps) for r in ROUTINES if r.map is BodyMap.FOOT)
    proxy.set_map("")  # a new routine, no map written yet: the hand
    assert proxy.rowCount() == sum(len(r.steps) for r in ROUTINES if r.map is BodyMap.HAND)


def test_search_by_words_zone_technique_and_tag(qapp: object) -> None:
    proxy = make_filter()
    proxy.set_search("shake out")
    found = titles(proxy)
    assert found and all("shake" in t.casefold() or "shak" in t.casefold() for t in found[:1])
    proxy.set_search("")
    proxy.set_technique("press")
    model = proxy.sourceModel()
    assert isinstance(model, StepLibraryModel)
    for row in range(proxy.rowCount()):
        step = model.row_step(proxy.mapToSource(proxy.index(row, 0)).row()).step
        assert step.technique.value == "press"
    proxy.set_technique("")
    proxy.set_zone("point.li4")
    with_li4 = [
        model.row_step(proxy.mapToSource(proxy.index(row, 0)).row()).step
        for row in range(proxy.rowCount())
    ]
    assert with_li4 and all("point.li4" in (*s.zones, *s.path) for s in with_li4)
    proxy.set_zone("")
    tag = ROUTINES[0].tags[0]
    proxy.set_tag(tag)
    routines = {
        model.row_step(proxy.mapToSource(proxy.index(row, 0)).row()).routine.id
        for row in range(proxy.rowCount())
    }
    assert routines == {r.id for r in ROUTINES if tag in r.tags and r.map is BodyMap.HAND}


def test_rows_have_a_cached_diagram(qapp: object) -> None:
    model = StepLibraryModel()
    model.set_routines(ROUTINES)
    from PySide6.QtCore import Qt

    first = model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
    again = model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
    assert first is again and not first.isNull()


def test_a_library_step_arrives_as_a_copy(qtbot: QtBot, trainer: Trainer) -> None:
    window = trainer.window
    window.picker.select_routine("desk-reset")
    window.editing.edit()
    page = page_of(trainer)
    panel = page.left.widget(1)
    panel.search.setText("circle the wrists")
    assert panel.proxy.rowCount() >= 1
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    count = page.draft.step_count()
    panel.add.click()
    assert page.draft.step_count() == count + 1
    added = page.current_step()
    assert page.draft.value(added, "title").casefold().startswith("circle")
    page.draft.set_value(added, "duration", "50s")  # the copy changes, the source does not
    source = panel.model.row_step(panel.proxy.mapToSource(panel.proxy.index(0, 0)).row())
    assert source.step.duration != 50.0

    mime = panel.model.mimeData([panel.proxy.mapToSource(panel.proxy.index(0, 0))])
    assert mime.hasFormat(STEP_MIME)
    dropped = QMimeData()
    dropped.setData(STEP_MIME, mime.data(STEP_MIME))
    page.step_model.dropMimeData(
        dropped, page.steps.defaultDropAction(), 0, 0, page.steps.rootIndex()
    )
    assert page.draft.step_count() == count + 2
    assert page.draft.step(0) == json.loads(bytes(mime.data(STEP_MIME).data()).decode())


def test_dragging_a_step_in_the_list_moves_it(qtbot: QtBot, trainer: Trainer) -> None:
    window = trainer.window
    window.picker.select_routine("desk-reset")
    window.editing.edit()
    page = page_of(trainer)
    first = page.draft.step(0)
    mime = page.step_model.mimeData([page.step_model.index(0)])
    page.step_model.dropMimeData(mime, page.steps.defaultDropAction(), 3, 0, page.steps.rootIndex())
    assert page.draft.step(2) == first
    assert page.draft.step_count() == len(window.library.get("desk-reset").steps)


def _steps(panel: object) -> list[tuple[str, str]]:
    from handtrainer.ui.editor.step_library import StepLibraryPanel

    assert isinstance(panel, StepLibraryPanel)
    model = panel.model
    found = (model.row_step(row) for row in range(model.rowCount()))
    return [(item.routine.id, item.step.title) for item in found]


def test_a_loading_library_adds_rows_batch_by_batch(qtbot: QtBot, tmp_path) -> None:
    from handtrainer.ui.editor.step_library import StepLibraryPanel
    from handtrainer.ui.library.library_model import LibraryModel, LibrarySources
    from tests.helpers.routine_samples import routine_text, write

    folder = tmp_path / "bundled"
    for n in range(1000):
        write(folder, f"r{n:04}.yaml", routine_text(f"r{n:04}", f"Routine {n:04}"))
    write(folder, "tagged.yaml", routine_text("tagged", "Tagged") + "tags: [evening]\n")
    model = LibraryModel()
    panel = StepLibraryPanel(model)
    qtbot.addWidget(panel)
    resets, inserted, batches, tag_fills = [], [], [], []
    panel.model.modelReset.connect(lambda: resets.append(1))
    panel.model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first))
    # Filling the tags starts again from "Any tag", row 0.
    panel.tag.model().rowsInserted.connect(lambda _p, first, _l: tag_fills.append(first == 0))
    model.changed.connect(lambda change: batches.append(change))
    sources = LibrarySources(bundled_dir=folder, include_user=False, environ={}, cache_file=None)
    with qtbot.waitSignal(model.loadingChanged, timeout=60_000, check_params_cb=lambda b: not b):
        model.load(sources, watch=False)

    assert len(batches) >= 4  # the routines came in batches, then the settled library
    assert resets == []  # no batch, nor the end, made every row again
    assert len(inserted) == len([c for c in batches if c.added])  # one insert a batch
    assert tag_fills.count(True) == 1  # the tags were filled once, when "evening" arrived
    assert len(panel.model._routines) == 1001 and panel.proxy.rowCount() == 1001
    assert _steps(panel) == [
        (r.id, step.title) for r in model.library().routines for step in r.steps
    ]
    assert [panel.tag.itemData(i) for i in range(panel.tag.count())] == ["", "evening"]


def test_a_changed_routine_keeps_its_place(qtbot: QtBot) -> None:
    from dataclasses import replace

    from handtrainer.ui.editor.step_library import StepLibraryPanel
    from handtrainer.ui.library.library_model import LibraryModel

    library = load_library(include_user=False)
    model = LibraryModel(library)
    panel = StepLibraryPanel(model)
    qtbot.addWidget(panel)
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    routines = model.library().routines
    first, second = routines[0], routines[1]
    changed = replace(second, steps=second.steps[:1], tags=("brand-new",))
    kept = [r for r in routines if r is not first and r is not second]
    model.set_library(replace(model.library(), routines=(changed, *kept)))
    assert resets == []  # the order held: the rows were changed in place
    assert _steps(panel) == [
        (r.id, step.title) for r in model.library().routines for step in r.steps
    ]
    shown = {panel.tag.itemData(i) for i in range(1, panel.tag.count())}
    assert "brand-new" in shown  # a new tag joins, one that left goes
    assert shown == {t for r in model.library().routines for t in r.tags}


def test_a_step_s_tooltip_shows_markup_as_written(qapp: object) -> None:
    """Routine text is plain text: an instruction that looks like markup is not rich text."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as QtGuiNamespace
    from PySide6.QtGui import QTextDocument

    from handtrainer.core.model import Routine, Step, Technique

    written = 'Press <b>here</b> & <img src="x.png"> there.'
    step = Step("Press", written, Technique.PRESS, duration=5)
    model = StepLibraryModel()
    model.set_routines([Routine("markup", "Markup", "A summary.", (step,))])
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str)
    shown = QTextDocument()  # as a tooltip shows it: rich text when Qt takes it for that
    if QtGuiNamespace.mightBeRichText(tip):
        shown.setHtml(tip)
    else:
        shown.setPlainText(tip)
    assert shown.toPlainText() == written


def test_a_narrow_panel_elides_its_rows_rather_than_scrolling_sideways(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from handtrainer.ui.editor.step_library import StepLibraryPanel
    from handtrainer.ui.library.library_model import LibraryModel

    panel = StepLibraryPanel(LibraryModel(load_library(include_user=False)))
    qtbot.addWidget(panel)
    panel.resize(240, 500)
    panel.show()
    for _ in range(3):
        QApplication.processEvents()
    view = panel.view
    assert view.model().rowCount() > 20 and view.verticalScrollBar().isVisible()
    assert not view.horizontalScrollBar().isVisible()
    assert view.horizontalScrollBar().maximum() == 0  # nothing hidden to the side either
    for row in range(5):
        rect = view.visualRect(view.model().index(row, 0))
        assert rect.right() < view.viewport().width(), row
