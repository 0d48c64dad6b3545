"""The routine picker: every routine in the library, searchable and filtered.

The picker holds no library state: it is handed the library model and follows
its ``changed`` signal. Files that failed to load are listed with their errors,
beside the library's notes and warnings, never hidden. Everything works from the

keyboard: Down from the search goes into the list, Enter opens the routine.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core import wording
from handtrainer.core.library import RoutineLibrary
from handtrainer.core.model import Audience, BodyMap, Origin, Routine
from handtrainer.core.routine_length import routine_seconds
from handtrainer.core.wording import QT_TRANSLATE_NOOP, format_seconds
from handtrainer.ui.fonts import scaled_font
from handtrainer.ui.library.favourites import FavouritesStore
from handtrainer.ui.library.language_note import language_mark, language_note
from handtrainer.ui.library.library_model import LibraryChange, LibraryModel
from handtrainer.ui.library.library_problems import LibraryProblems
from handtrainer.ui.library.routine_delegate import RoutineDelegate
from handtrainer.ui.library.routine_detail import RoutineDetail
from handtrainer.ui.library.routine_list import Role, RoutineSearch

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

__all__ = ["LENGTHS", "Role", "RoutinePicker", "routine_mark"]


# Length filter: (label, lower bound inclusive, upper bound exclusive) in seconds.
LENGTHS: tuple[tuple[str, float, float], ...] = (
    (QT_TRANSLATE_NOOP("RoutinePicker", "Any length"), 0.0, float("inf")),
    (QT_TRANSLATE_NOOP("RoutinePicker", "Under 5 min"), 0.0, 300.0),
    (QT_TRANSLATE_NOOP("RoutinePicker", "5 to 15 min"), 300.0, 900.0),
    (QT_TRANSLATE_NOOP("RoutinePicker", "Longer than 15 min"), 900.0, float("inf")),
)


def routine_mark(routine: Routine, library: RoutineLibrary) -> str:
    """``Your routine``, ``Replaces a bundled routine`` or ``Added file``; empty when bundled."""
    if routine.origin is Origin.BUNDLED:
        return ""
    if routine.id in library.overridden:
        return translate("RoutinePicker", "Replaces a bundled routine")
    if routine.origin is Origin.USER:
        return translate("RoutinePicker", "Your routine")
    return translate("RoutinePicker", "Added file")


class RoutineView(QListView):
    """The routine list; says once when it first paints rows (``rowsPainted``).

    Watching its viewport for that instead would wrap the viewport, a widget Qt made
    itself, and PySide6 then builds every QtWidgets class to find its type (some
    30 ms at start-up): this view paints the viewport, so it knows without that.
    """

    rowsPainted = Signal()

    _told = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._told and self.model().rowCount():
            self._told = True
            self.rowsPainted.emit()


class RoutinePicker(QWidget):
    """Lists the library model's routines; ``routineActivated`` says which one to open."""

    routineActivated = Signal(object)  # Routine
    openFilesRequested = Signal()

    def __init__(
        self,
        library: LibraryModel,
        parent: QWidget | None = None,
        *,
        favourites: FavouritesStore | None = None,
        length: Callable[[Routine], float] = routine_seconds,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("picker")
        self.library_model = library
        self.favourites = favourites = favourites or library.favourites
        self._seconds = length
        # How a folder is shown to the person; tests put a recorder here.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.search_models = RoutineSearch(
            library,
            mark=self._mark,
            describe=self._describe,
            length=length,
            parent=self,
        )
        self.filter = self.search_models.list

        heading = QLabel(translate("RoutinePicker", "Choose a routine"), self)
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("routine-count")
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            translate("RoutinePicker", "Search routines, steps and tags")
        )
        self.search.setAccessibleName(translate("RoutinePicker", "Search routines"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            translate("RoutinePicker", "Type to search; Down goes to the list, Enter opens")
        )
        self.search.textChanged.connect(self.search_models.set_search)
        self.search.returnPressed.connect(self._open_current)
        self.search.installEventFilter(self)

        self.audience = self._combo(
            "audience",
            translate("RoutinePicker", "Audience"),
            translate("RoutinePicker", "Filter by whom the routine is for"),
        )
        # The filter spans hand and foot routines: it names the person, not the hands.
        self.audience.addItem(wording.audience_choice(None), None)
        for audience in Audience:
            self.audience.addItem(wording.audience_choice(audience), audience.value)
        self.body_map = self._combo(
            "body-map",
            translate("RoutinePicker", "Hand or foot"),
            translate("RoutinePicker", "Show routines for the hands, the feet, or both"),
        )
        self.body_map.addItem(wording.map_choice(None), None)
        for body_map in BodyMap:
            self.body_map.addItem(wording.map_choice(body_map), body_map.value)
        self.tag = self._combo(
            "tag", translate("RoutinePicker", "Tag"), translate("RoutinePicker", "Filter by tag")
        )
        self.tag.addItem(translate("RoutinePicker", "Any tag"), None)
        self.length = self._combo(
            "length",
            translate("RoutinePicker", "Length"),
            translate("RoutinePicker", "Filter by length"),
        )
        for label, low, high in LENGTHS:
            self.length.addItem(translate("RoutinePicker", label), (low, high))
        self.favourites_only = QCheckBox(translate("RoutinePicker", "Favour&ites"), self)
        self.favourites_only.setObjectName("favourites-only")
        self.favourites_only.setToolTip(
            translate("RoutinePicker", "Show only the routines marked as favourites")
        )
        self.favourites_only.setVisible(favourites is not None)
        for combo in (self.audience, self.body_map, self.tag, self.length):
            combo.currentIndexChanged.connect(self._apply_facets)
        self.favourites_only.toggled.connect(self._apply_facets)

        self.view = RoutineView(self)
        self.view.setObjectName("routine-list")
        self.view.setAccessibleName(translate("RoutinePicker", "Routines"))
        self.view.setModel(self.filter)
        self.view.setUniformItemSizes(True)  # a long list lays out at once
        self.view.setItemDelegate(RoutineDelegate(self._length_text, self._details, self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._on_activated)
        self.view.setToolTip(
            translate("RoutinePicker", "Press Enter or double-click to open a routine")
        )
        self.view.selectionModel().currentChanged.connect(self._on_current)

        self.detail = RoutineDetail(self._length_text, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("picker-splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.empty_label = QLabel(
            translate("RoutinePicker", "No routine matches. Clear the search or the filters."), self
        )
        self.empty_label.setObjectName("no-match")
        self.empty_label.setVisible(False)

        self.open_button = self._button(
            "open-routine", translate("RoutinePicker", "&Open routine"), self._open_current
        )
        self.open_button.setToolTip(translate("RoutinePicker", "Open the selected routine (Enter)"))
        self.add_button = self._button(
            "add-routine-file",
            translate("RoutinePicker", "&Add routine file…"),
            self.openFilesRequested.emit,
        )
        self.add_button.setToolTip(
            translate(
                "RoutinePicker",
                "Add routine files from disk (Ctrl+O); they are copied into your routines "
                "folder, so they are there next time. You can also drop them here.",
            )
        )
        self.folder_button = self._button(
            "open-routines-folder",
            translate("RoutinePicker", "Open &routines folder"),
            self.open_user_folder,
        )
        self.folder_button.setToolTip(
            translate("RoutinePicker", "Open the folder where your own routines are kept")
        )
        self.favourite_button = self._button(
            "toggle-favourite",
            translate("RoutinePicker", "Mark as favouri&te"),
            self.toggle_favourite,
        )
        self.favourite_button.setCheckable(True)
        self.favourite_button.setVisible(favourites is not None)

        self.failures_box = LibraryProblems(self)

        title_row = QHBoxLayout()
        title_row.addWidget(heading)
        title_row.addStretch(1)
        title_row.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.audience, 1)
        filters.addWidget(self.body_map, 1)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.length, 1)
        filters.addWidget(self.favourites_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.favourite_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.failures_box)
        layout.addLayout(buttons)
        self.setFocusProxy(self.search)
        order = [self.search, self.audience, self.body_map, self.tag, self.length]
        order.append(self.favourites_only)
        order += [self.view, self.detail, self.add_button, self.folder_button]
        order += [self.favourite_button, self.open_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        for signal in (
            self.filter.rowsInserted,
            self.filter.rowsRemoved,
            self.filter.modelReset,
            self.filter.layoutChanged,
        ):
            signal.connect(self._update_empty)
        library.changed.connect(self._on_library_changed)
        library.loadingChanged.connect(lambda _loading: self._update_count())
        if favourites is not None:
            favourites.changed.connect(self._on_favourites_changed)
        self._on_library_changed(LibraryChange(reset=True))

    def _combo(self, name: str, accessible: str, tip: str) -> QComboBox:
        # Each tip is a sentence of its own: German keeps its nouns capitalised.
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(tip)
        # Sized by a few letters, not the longest choice: with four filters in a row the
        # search keeps its room in a narrow window (the open list shows every choice whole).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- what a routine says ----------------------------------------------------------

    def _mark(self, routine: Routine) -> str:
        return routine_mark(routine, self.library_model.library())

    def _length_text(self, routine: Routine) -> str:
        return format_seconds(self._seconds(routine))

    def _details(self, routine: Routine) -> list[str]:
        details = [
            wording.audience_name(routine.audience, routine.map),
            *map(wording.tag_name, routine.tags),
        ]
        if language_mark(routine):
            details.insert(0, language_mark(routine))
        if self.favourites is not None and self.favourites.is_favourite(routine.id):
            details.insert(0, translate("RoutinePicker", "★ Favourite"))
        return details

    def _describe(self, routine: Routine) -> str:
        mark = self._mark(routine)
        audience = wording.audience_name(routine.audience, routine.map)
        return (
            f"{routine.title}. {routine.summary} {self._length_text(routine)}. "
            f"{audience}. {mark} {language_note(routine)}"
        ).strip()

    # -- the library ---------------------------------------------------------------------

    def set_library(self, library: RoutineLibrary) -> None:
        """Show a finished library (written through the library model)."""
        self.library_model.set_library(library)

    def library(self) -> RoutineLibrary:
        """The library shown (the routines read so far while it is loading)."""
        return self.library_model.library()

    def _on_library_changed(self, change: LibraryChange) -> None:
        library = self.library_model.library()
        if change.reset or change.added:
            self._fill_tags(library, change)
        if change.reset:
            self._show_failures(library)
        self._update_count()
        self._update_empty()

    def _update_count(self) -> None:
        count = self.search_models.rows.count()
        if self.library_model.is_loading():
            text = translate("RoutinePicker", "Reading routines… {count} so far").format(
                count=count
            )
        else:
            text = wording.translate("RoutinePicker", "%n routine(s)", None, count)
        self.count_label.setText(text)

    def _fill_tags(self, library: RoutineLibrary, change: LibraryChange) -> None:
        known = {self.tag.itemData(i) for i in range(1, self.tag.count())}
        source = library.routines if change.reset else change.added
        tags = {tag for routine in source for tag in routine.tags}
        if change.reset:
            if tags == known:
                return
        elif tags <= known:
            return
        else:
            tags |= known
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(translate("RoutinePicker", "Any tag"), None)
        for _name, tag in sorted((wording.tag_name(tag).casefold(), tag) for tag in tags):
            self.tag.addItem(wording.tag_name(tag), tag)
        found = self.tag.findData(current) if current is not None else 0
        self.tag.setCurrentIndex(max(found, 0))
        self.tag.blockSignals(False)
        self._apply_facets()

    def _show_failures(self, library: RoutineLibrary) -> None:
        self.failures_box.show_library(library)

    def failure_lines(self) -> list[str]:
        """The errors listed for files that failed to load."""
        return self.failures_box.failure_lines()

    def notice_lines(self) -> list[str]:
        """The library's notes and warnings, as shown."""
        return self.failures_box.notice_lines()

    # -- filters -----------------------------------------------------------------------------

    def _apply_facets(self) -> None:
        value, body_map = self.audience.currentData(), self.body_map.currentData()
        store = self.favourites
        favourites = None
        if store is not None and self.favourites_only.isChecked():
            favourites = lambda r: store.is_favourite(r.id)  # noqa: E731
        self.search_models.facets.set_facets(
            audience=Audience(value) if isinstance(value, str) else None,
            tag=self.tag.currentData(),
            span=self.length.currentData() or (0.0, float("inf")),
            favourites=favourites,
            body_map=BodyMap(body_map) if isinstance(body_map, str) else None,
        )

    def clear_filters(self) -> None:
        """Show every routine again."""
        self.search.clear()
        for combo in (self.audience, self.body_map, self.tag, self.length):
            combo.setCurrentIndex(0)
        self.favourites_only.setChecked(False)

    def lengths_changed(self) -> None:
        """The session settings changed: lengths are said and filtered anew."""
        self.search_models.facets.forget_lengths()
        self.view.viewport().update()
        self.detail.show_routine(self.detail.routine)

    # -- choosing ------------------------------------------------------------------

    def visible_routines(self) -> list[Routine]:
        """The routines that pass the search and the filters, in order."""
        listing = self.filter
        found = (listing.routine(listing.index(row, 0)) for row in range(listing.rowCount()))
        return [routine for routine in found if routine is not None]

    def current_routine(self) -> Routine | None:
        """The selected routine."""
        return self.filter.routine(self.view.currentIndex())

    def select_routine(self, routine_id: str) -> bool:
        """Select a routine by id (clearing filters that hide it); False if it is not listed."""
        routine = self.library_model.get(routine_id)
        if routine is None:
            return False
        for attempt in range(2):
            index = self._index_of(routine)
            if index.isValid():
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
            if attempt == 0:
                self.clear_filters()
        return False

    def _index_of(self, routine: Routine) -> QModelIndex:
        row = self.search_models.rows.row_of(routine)
        if row < 0:
            return QModelIndex()
        index = self.search_models.rows.index(row, 0)
        models = [self.search_models.facets, *self.filter.word_filters(), self.filter]
        for model in models:
            index = model.mapFromSource(index)
        return index

    def _open_current(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.routineActivated.emit(routine)

    def _on_activated(self, index: QModelIndex) -> None:
        routine = self.filter.routine(index)
        if routine is not None:
            self.routineActivated.emit(routine)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        routine = self.filter.routine(current)
        self.detail.show_routine(routine)
        self._update_favourite_button(routine)

    def _update_empty(self) -> None:
        rows = self.filter.rowCount()
        self.empty_label.setVisible(rows == 0 and self.search_models.rows.count() > 0)
        self.open_button.setEnabled(rows > 0)
        if rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.filter.index(0, 0))
        elif not rows:
            self.detail.show_routine(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.filter.rowCount():
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.filter.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    # -- favourites and the user's folder ------------------------------------------------------

    def toggle_favourite(self) -> None:
        """Mark the selected routine as a favourite, or unmark it."""
        routine = self.current_routine()
        if routine is None or self.favourites is None:
            return
        self.favourites.set_favourite(routine.id, not self.favourites.is_favourite(routine.id))

    def _on_favourites_changed(self) -> None:
        self._update_favourite_button(self.current_routine())
        self.view.viewport().update()
        if self.favourites_only.isChecked():
            self.search_models.facets.invalidate()

    def _update_favourite_button(self, routine: Routine | None) -> None:
        marked = bool(routine and self.favourites and self.favourites.is_favourite(routine.id))
        self.favourite_button.setEnabled(routine is not None)
        self.favourite_button.setChecked(marked)
        self.favourite_button.setText(
            translate("RoutinePicker", "Unmark favouri&te")
            if marked
            else translate("RoutinePicker", "Mark as favouri&te")
        )

    def open_user_folder(self) -> Path | None:
        """Open the user's routines folder in the file manager; the folder, or None."""
        folder = self.library_model.user_dir()
        if folder is None:
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        self.open_url(QUrl.fromLocalFile(str(folder)))
        return folder
