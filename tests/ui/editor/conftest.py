"""The real window with a library read from the bundled routines and a temporary user folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.window import Trainer, build_trainer

try:
    import ruamel.yaml  # noqa: F401
except ModuleNotFoundError:  # a venv made before ruamel.yaml joined the dependencies
    collect_ignore_glob = ["test_*.py"]
else:
    from handtrainer.ui.editor.editor_page import EditorPage
    from handtrainer.ui.editor.zone_picker import PickingDiagram
    from handtrainer.ui.library.library_model import LibrarySources


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "user-routines"
    folder.mkdir()
    return folder


@pytest.fixture
def trainer(qtbot: QtBot, tmp_path: Path, user_dir: Path) -> Iterator[Trainer]:
    trainer = build_trainer(qtbot, tmp_path, None)
    reload_library(qtbot, trainer, user_dir)
    yield trainer
    trainer.window.library.stop()
    trainer.window.controller.unload()


def reload_library(qtbot: QtBot, trainer: Trainer, user_dir: Path) -> None:
    """Read the bundled routines and the user folder, as the program does at start."""
    library = trainer.window.library
    wait_for_library(qtbot, trainer)  # a save starts a read of its own; let it finish
    library.load(LibrarySources(include_user=True, user_dir=user_dir), watch=False)
    wait_for_library(qtbot, trainer)


def wait_for_library(qtbot: QtBot, trainer: Trainer) -> None:
    """Until the background read is done and reported."""
    library = trainer.window.library
    qtbot.waitUntil(lambda: not library.is_loading(), timeout=10_000)


def edit(trainer: Trainer, routine_id: str) -> EditorPage:
    """Select ``routine_id`` in the picker and open it in the editor, as a person does."""
    trainer.window.picker.select_routine(routine_id)
    trainer.window.editing.edit()
    return page_of(trainer)


def page_of(trainer: Trainer) -> EditorPage:
    page = trainer.window.editing.page
    assert page is not None and trainer.window.current_page() is page
    return page


def point_of(diagram: PickingDiagram, zone_id: str) -> QPoint:
    """A point of the widget where a click finds ``zone_id``."""
    renderer = diagram._picker_renderer
    scene = diagram.scene()
    shape = renderer.art(scene.view).zones[zone_id]
    box = shape.hit_path().boundingRect()
    for _side, _rect, transform in renderer.hand_placements(diagram.rect().toRectF(), scene):
        candidates = [shape.anchor] + [
            QPointF(box.left() + box.width() * i / 8, box.top() + box.height() * j / 8)
            for i in range(1, 8)
            for j in range(1, 8)
        ]
        for art_point in candidates:
            point = transform.map(art_point).toPoint()
            if diagram.zone_at(QPointF(point)) == zone_id:
                return point
    raise AssertionError(f"no point of the diagram finds {zone_id}")


def settle() -> None:
    QApplication.processEvents()
