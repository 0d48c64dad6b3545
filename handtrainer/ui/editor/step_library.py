"""The step library: every step of every routine, to build a routine from.

``StepLibraryModel`` lists the steps of the library (it follows the library
model's ``changed`` signal); ``StepFilter`` finds them by words, zone, technique
and tag. Each row has a small diagram, drawn once and cached. A step is added
with a double click, the Add button, or by dragging it onto the step list; it
arrives as a copy.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core import wording
from handtrainer.core.model import BodyMap, Routine, Step, Technique
from handtrainer.core.wording import format_seconds
from handtrainer.core.zones import ZONES, zone_name
from handtrainer.ui.editor.draft_state import step_state
from handtrainer.ui.editor.step_list import STEP_MIME
from handtrainer.ui.editor.thumbnails import shared_thumbnails

if TYPE_CHECKING:
    from handtrainer.ui.library.library_model import LibraryChange, LibraryModel

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

THUMB = QSize(56, 72)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LibraryStep:
    """One step of one routine of the library."""

    routine: Routine
    index: int

    @property
    def step(self) -> Step:
        """The step itself."""
        return self.routine.steps[self.index]

    def search_text(self) -> str:
        """Everything the search box looks through, in lower case."""
        step = self.step
        words = [
            step.title,
            step.instruction,
            step.technique.value,
            wording.technique_name(step.technique),
            step.notes,
            step.tradition,
            self.routine.title,
            *self.routine.tags,
            *map(wording.tag_name, self.routine.tags),
            *(zone_name(z) for z in (*step.zones, *step.path)),
            *step.zones,
        ]
        return " ".join(words).casefold()


class _ViewWideDelegate(QStyledItemDelegate):
    """Items no wider than the list's viewport, so their text is elided to fit it.

    The room is measured as if the vertical scroll bar were shown: the items' size is
    taken once (uniform sizes), often before the bar appears.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
            room = view.width() - 2 * view.frameWidth() - bar
            size.setWidth(min(size.width(), max(1, room)))
        return size


class StepLibraryModel(QAbstractListModel):
    """Every step of the library's routines, one row each."""

    StepRole = Qt.ItemDataRole.UserRole + 1
    SearchRole = Qt.ItemDataRole.UserRole + 2
    TechniqueRole = Qt.ItemDataRole.UserRole + 3
    ZonesRole = Qt.ItemDataRole.UserRole + 4
    TagsRole = Qt.ItemDataRole.UserRole + 5
    MapRole = Qt.ItemDataRole.UserRole + 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._routines: list[Routine] = []  # in row order: each one's steps are a run of rows
        self._rows: list[LibraryStep] = []
        self._search: list[str] = []
        self._thumbs = shared_thumbnails()

    def set_routines(self, routines: Sequence[Routine]) -> None:
        """Show the steps of these routines (all rows made anew)."""
        self.beginResetModel()
        self._routines = list(routines)
        self._rows = [LibraryStep(r, i) for r in routines for i in range(len(r.steps))]
        self._search = [row.search_text() for row in self._rows]
        self.endResetModel()

    def shows(self, routines: Sequence[Routine]) -> bool:
        """True when the rows are the steps of exactly these routines, in this order."""
        return len(routines) == len(self._routines) and all(
            a is b for a, b in zip(routines, self._routines, strict=True)
        )

    def update_routines(self, added: Sequence[Routine], removed: Sequence[Routine]) -> None:
        """Take in a change without touching the other rows: a routine that left goes,
        its new version (same id) takes its place, and new routines join at the end."""
        gone = {id(r) for r in removed}
        replacing = {r.id: r for r in added}
        if gone:
            starts = list(itertools.accumulate((len(r.steps) for r in self._routines), initial=0))
            # From the end, so the rows still to visit keep their numbers.
            for position in reversed(range(len(self._routines))):
                routine = self._routines[position]
                if id(routine) not in gone:
                    continue
                start = starts[position]
                self._remove_rows(start, len(routine.steps))
                del self._routines[position]
                new = replacing.pop(routine.id, None)
                if new is not None:
                    self._insert_rows(start, [new])
                    self._routines.insert(position, new)
        # The new ones in one insert: every proxy and view above hears of it once.
        joining = [r for r in added if replacing.get(r.id) is r]
        self._insert_rows(len(self._rows), joining)
        self._routines += joining

    def _remove_rows(self, start: int, count: int) -> None:
        if count:
            self.beginRemoveRows(QModelIndex(), start, start + count - 1)
            del self._rows[start : start + count]
            del self._search[start : start + count]
            self.endRemoveRows()

    def _insert_rows(self, start: int, routines: Sequence[Routine]) -> None:
        rows = [LibraryStep(r, i) for r in routines for i in range(len(r.steps))]
        if rows:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows[start:start] = rows
            self._search[start:start] = [row.search_text() for row in rows]
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_step(self, row: int) -> LibraryStep:
        """The library step of a row."""
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        step = item.step
        if role == Qt.ItemDataRole.DisplayRole:
            length = format_seconds(step.work_seconds)
            technique = wording.technique_name(step.technique)
            return f"{step.title}\n{item.routine.title} · {technique} · {length}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbs.get(step, THUMB)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Escaped: Qt would take an instruction that looks like markup for rich text.
            return QtGuiNamespace.convertFromPlainText(
                step.instruction, Qt.WhiteSpaceMode.WhiteSpaceNormal
            )
        if role == self.StepRole:
            return item
        if role == self.SearchRole:
            return self._search[index.row()]
        if role == self.TechniqueRole:
            return step.technique.value
        if role == self.ZonesRole:
            return (*step.zones, *step.path)
        if role == self.TagsRole:
            return item.routine.tags
        if role == self.MapRole:
            return item.routine.map.value
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [STEP_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            mime.setData(STEP_MIME, json.dumps(step_state(self._rows[rows[0]].step)).encode())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class StepFilter(QSortFilterProxyModel):
    """Finds library steps by words (all must match), technique, zone and tag, on one map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map = BodyMap.HAND.value
        self._words: list[str] = []
        self._technique = ""
        self._zone = ""
        self._tag = ""

    def set_map(self, body_map: str) -> None:
        """Only steps of routines on this map: a foot step cannot go into a hand routine."""
        self.beginFilterChange()
        self._map = body_map or BodyMap.HAND.value
        self.endFilterChange()

    def set_search(self, text: str) -> None:
        """Words that must all appear in the step (or its routine, tags, zone names)."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def set_technique(self, technique: str) -> None:
        """Only steps of this technique ("" for any)."""
        self.beginFilterChange()
        self._technique = technique
        self.endFilterChange()

    def set_zone(self, zone: str) -> None:
        """Only steps that mark this zone or move through it ("" for any)."""
        self.beginFilterChange()
        self._zone = zone
        self.endFilterChange()

    def set_tag(self, tag: str) -> None:
        """Only steps of routines with this tag ("" for any)."""
        self.beginFilterChange()
        self._tag = tag
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, StepLibraryModel.MapRole) != self._map:
            return False
        text = str(model.data(index, StepLibraryModel.SearchRole))
        if any(word not in text for word in self._words):
            return False
        if self._technique and model.data(index, StepLibraryModel.TechniqueRole) != (
            self._technique
        ):
            return False
        zones = model.data(index, StepLibraryModel.ZonesRole) or ()
        if self._zone and not any(z == self._zone or z.startswith(self._zone + ".") for z in zones):
            return False
        return not self._tag or self._tag in (model.data(index, StepLibraryModel.TagsRole) or ())


class StepLibraryPanel(QWidget):
    """The step library as a panel beside the editor's step list."""

    stepChosen = Signal(object)  # a step's editor state, to add as a copy

    def __init__(self, library: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step-library")
        self.model = StepLibraryModel(self)
        self.proxy = StepFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("StepLibrary", "Search steps: words, zones, techniques")
        )
        self.search.setAccessibleName(translate("StepLibrary", "Search the step library"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.technique = QComboBox()
        self.technique.setAccessibleName(translate("StepLibrary", "Technique"))
        self.technique.addItem(translate("StepLibrary", "Any technique"), "")
        for technique in Technique:
            self.technique.addItem(wording.technique_name(technique), technique.value)
        self.technique.currentIndexChanged.connect(
            lambda _i: self.proxy.set_technique(self.technique.currentData() or "")
        )
        self.zone = QComboBox()
        self.zone.setAccessibleName(translate("StepLibrary", "Zone"))
        self.zone.addItem(translate("StepLibrary", "Any zone"), "")
        for zone in ZONES.values():
            self.zone.addItem(zone_name(zone.id), zone.id)
        self.zone.currentIndexChanged.connect(
            lambda _i: self.proxy.set_zone(self.zone.currentData() or "")
        )
        self.tag = QComboBox()
        self.tag.setAccessibleName(translate("StepLibrary", "Tag"))
        self.tag.currentIndexChanged.connect(
            lambda _i: self.proxy.set_tag(self.tag.currentData() or "")
        )
        self.view = QListView()
        self.view.setObjectName("step-library-list")
        self.view.setAccessibleName(translate("StepLibrary", "Steps of the library"))
        self.view.setModel(self.proxy)
        self.view.setIconSize(THUMB)
        self.view.setUniformItemSizes(True)
        # A narrow panel elides a long title or routine name (the tooltip has the step
        # in full) rather than scrolling the list sideways.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setItemDelegate(_ViewWideDelegate(self.view))
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.doubleClicked.connect(self._choose)
        self.add = QPushButton(translate("StepLibrary", "Add to the routine"))
        self.add.setObjectName("add-library-step")
        self.add.clicked.connect(lambda: self._choose(self.view.currentIndex()))
        for combo in (self.technique, self.zone, self.tag):
            # Long zone names must not make the panel wide.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        filters = QHBoxLayout()
        filters.addWidget(self.technique)
        filters.addWidget(self.zone)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.tag)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.add)
        self._library = library
        self._tags: set[str] = set()
        library.changed.connect(self._on_library_changed)  # a method: disconnected when deleted
        routines = library.library().routines
        self.model.set_routines(routines)
        self._fill_tags({t for r in routines for t in r.tags})

    def _on_library_changed(self, change: LibraryChange) -> None:
        # A library of thousands arrives in batches while it loads: each batch only adds
        # its own rows. Should the rows drift from the library's order, they are made
        # anew once, when the library settles (a reset change).
        routines = self._library.library().routines
        self.model.update_routines(change.added, change.removed)
        if change.reset and not self.model.shows(routines):
            self.model.set_routines(routines)
        if change.reset or change.removed:
            tags = {t for r in routines for t in r.tags}  # a tag may have left
        else:
            tags = self._tags | {t for r in change.added for t in r.tags}
        if tags != self._tags:
            self._fill_tags(tags)

    def _fill_tags(self, tags: set[str]) -> None:
        self._tags = tags
        current = self.tag.currentData() or ""
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(translate("StepLibrary", "Any tag"), "")
        for _name, tag in sorted((wording.tag_name(tag).casefold(), tag) for tag in tags):
            self.tag.addItem(wording.tag_name(tag), tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)
        if (self.tag.currentData() or "") != current:
            self.proxy.set_tag(self.tag.currentData() or "")  # the tag chosen has left

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        self.stepChosen.emit(step_state(self.model.row_step(source.row()).step))
