"""The routine picker: every routine in the library, searchable and filtered.

Files that failed to load are listed with their errors in a section of their
own, never hidden. Enter or a double-click opens the chosen routine.
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core.model import Audience, Origin, Routine, format_seconds
from handtrainer.ui.fonts import scaled_font

if TYPE_CHECKING:
    from handtrainer.core.library import RoutineLibrary


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutinePicker", text)


class Role(IntEnum):
    """Data roles of the routine model."""

    ROUTINE = Qt.ItemDataRole.UserRole + 1
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 2
    MARK = Qt.ItemDataRole.UserRole + 3


# Length filter: (label, lower bound inclusive, upper bound exclusive) in seconds.
LENGTHS: tuple[tuple[str, float, float], ...] = (
    ("Any length", 0.0, float("inf")),
    ("Under 5 min", 0.0, 300.0),
    ("5 to 15 min", 300.0, 900.0),
    ("Longer than 15 min", 900.0, float("inf")),
)


def audience_text(audience: Audience) -> str:
    """Whose hands: plain words."""
    return _tr("Your own hands") if audience is Audience.SELF else _tr("A partner's hands")


def routine_mark(routine: Routine, library: RoutineLibrary) -> str:
    """``Your routine``, ``Replaces a bundled routine`` or ``Added file``; empty when bundled."""
    if routine.origin is Origin.BUNDLED:
        return ""
    if routine.id in library.overridden:
        return _tr("Replaces a bundled routine")
    if routine.origin is Origin.USER:
        return _tr("Your routine")
    return _tr("Added file")


def _audience_or_none(value: object) -> Audience | None:
    return Audience(value) if isinstance(value, str) else None


class RoutineFilter(QSortFilterProxyModel):
    """Search words, audience, tag and length, all at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._audience: Audience | None = None
        self._tag: str | None = None
        self._length = (0.0, float("inf"))

    def set_search(self, text: str) -> None:
        """Keep routines whose title, summary, tags or steps contain every word."""
        self.beginFilterChange()
        self._words = tuple(text.casefold().split())
        self.endFilterChange()

    def set_audience(self, audience: Audience | None) -> None:
        """Keep one audience (None: all)."""
        self.beginFilterChange()
        self._audience = audience
        self.endFilterChange()

    def set_tag(self, tag: str | None) -> None:
        """Keep routines with this tag (None: all)."""
        self.beginFilterChange()
        self._tag = tag
        self.endFilterChange()

    def set_length(self, low: float, high: float) -> None:
        """Keep routines at least ``low`` and under ``high`` seconds long."""
        self.beginFilterChange()
        self._length = (low, high)
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        routine = index.data(Role.ROUTINE)
        if not isinstance(routine, Routine):
            return False
        if self._audience is not None and routine.audience != self._audience:
            return False
        if self._tag is not None and self._tag not in routine.tags:
            return False
        low, high = self._length
        if not low <= routine.work_seconds < high:
            return False
        haystack = str(index.data(Role.SEARCH_TEXT))
        return all(word in haystack for word in self._words)


class RoutineDelegate(QStyledItemDelegate):
    """Draws a routine as a title line, its summary, and a quieter detail line."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        return QSize(200, int(metrics.height() * 3.9) + 12)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        routine = index.data(Role.ROUTINE)
        if not isinstance(routine, Routine):
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        palette = option.palette
        rect = option.rect.adjusted(10, 6, -10, -6)
        line = option.fontMetrics.height()

        painter.save()
        title_font = scaled_font(option.font, 1.15, bold=True)
        painter.setFont(title_font)
        painter.setPen(palette.color(group, text_role))
        title_rect = QRect(rect.left(), rect.top(), rect.width(), int(line * 1.3))
        length = format_seconds(routine.work_seconds)
        metrics_title = painter.fontMetrics()
        length_width = metrics_title.horizontalAdvance(length) + 8
        painter.drawText(
            title_rect.adjusted(0, 0, -length_width, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics_title.elidedText(
                routine.title, Qt.TextElideMode.ElideRight, title_rect.width() - length_width
            ),
        )
        painter.setFont(option.font)
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, length
        )

        # One line of summary keeps the list calm; the whole text is in the tooltip.
        summary_rect = QRect(rect.left(), title_rect.bottom() + 4, rect.width(), line)
        painter.drawText(
            summary_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            option.fontMetrics.elidedText(
                " ".join(routine.summary.split()), Qt.TextElideMode.ElideRight, summary_rect.width()
            ),
        )

        details = [audience_text(routine.audience), *routine.tags]
        mark = index.data(Role.MARK)
        if mark:
            details.insert(0, str(mark))
        detail_font = QFont(option.font)
        detail_font.setPointSizeF(max(1.0, option.font.pointSizeF() * 0.92))
        painter.setFont(detail_font)
        if not selected:
            painter.setPen(palette.color(group, QPalette.ColorRole.PlaceholderText))
        detail_rect = QRect(rect.left(), rect.bottom() - line, rect.width(), line)
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            " · ".join(details),
        )
        painter.restore()


class RoutinePicker(QWidget):
    """Lists the library's routines; ``routineActivated`` says which one to open."""

    routineActivated = Signal(object)  # Routine
    openFilesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picker")
        self._library: RoutineLibrary | None = None  # until the library has loaded
        self.model = QStandardItemModel(self)
        self.filter = RoutineFilter(self)
        self.filter.setSourceModel(self.model)

        heading = QLabel(_tr("Choose a routine"), self)
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(_tr("Search routines, steps and tags"))
        self.search.setAccessibleName(_tr("Search routines"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(_tr("Type to search (Ctrl+F)"))
        self.search.textChanged.connect(self.filter.set_search)

        self.audience = self._combo("audience", _tr("Audience"))
        self.audience.addItem(_tr("Anyone's hands"), None)
        for audience in Audience:
            self.audience.addItem(audience_text(audience), audience.value)
        self.audience.currentIndexChanged.connect(
            lambda _i: self.filter.set_audience(_audience_or_none(self.audience.currentData()))
        )
        self.tag = self._combo("tag", _tr("Tag"))
        self.tag.currentIndexChanged.connect(lambda _i: self.filter.set_tag(self.tag.currentData()))
        self.length = self._combo("length", _tr("Length"))
        for label, low, high in LENGTHS:
            self.length.addItem(_tr(label), (low, high))
        self.length.currentIndexChanged.connect(
            lambda _i: self.filter.set_length(*self.length.currentData())
        )

        self.view = QListView(self)
        self.view.setObjectName("routine-list")
        self.view.setAccessibleName(_tr("Routines"))
        self.view.setModel(self.filter)
        self.view.setItemDelegate(RoutineDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._on_activated)
        self.view.setToolTip(_tr("Press Enter or double-click to open a routine"))

        self.empty_label = QLabel(_tr("No routine matches. Clear the search or the filters."), self)
        self.empty_label.setObjectName("no-match")
        self.empty_label.setVisible(False)

        self.open_button = QPushButton(_tr("Open routine"), self)
        self.open_button.setObjectName("open-routine")
        self.open_button.setToolTip(_tr("Open the selected routine (Enter)"))
        self.open_button.clicked.connect(self._open_current)
        self.add_button = QPushButton(_tr("Add routine file…"), self)
        self.add_button.setObjectName("add-routine-file")
        self.add_button.setToolTip(
            _tr("Add routine files from disk (Ctrl+O); you can also drop them here")
        )
        self.add_button.clicked.connect(self.openFilesRequested)

        self.failures_box = QGroupBox(self)
        self.failures_box.setObjectName("failed-files")
        self.failures_text = QPlainTextEdit(self.failures_box)
        self.failures_text.setObjectName("failed-files-text")
        self.failures_text.setAccessibleName(_tr("Routine files that could not be loaded"))
        self.failures_text.setReadOnly(True)
        self.failures_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.failures_text.setMaximumHeight(self.fontMetrics().height() * 7)
        box_layout = QVBoxLayout(self.failures_box)
        box_layout.addWidget(self.failures_text)
        self.failures_box.setVisible(False)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.audience, 1)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.length, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.failures_box)
        layout.addLayout(buttons)
        self.setFocusProxy(self.search)
        for signal in (
            self.filter.rowsInserted,
            self.filter.rowsRemoved,
            self.filter.modelReset,
            self.filter.layoutChanged,
        ):
            signal.connect(self._update_empty)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(_tr("Filter by {what}").format(what=accessible.lower()))
        return combo

    # -- the library ---------------------------------------------------------------

    def set_library(self, library: RoutineLibrary) -> None:
        """Show a library's routines and failures."""
        self._library = library
        self.model.clear()
        for routine in library.routines:
            item = QStandardItem(routine.title)
            item.setEditable(False)
            item.setData(routine, Role.ROUTINE)
            item.setToolTip(
                QtGui.Qt.convertFromPlainText(routine.summary, Qt.WhiteSpaceMode.WhiteSpaceNormal)
            )
            mark = routine_mark(routine, library)
            item.setData(mark, Role.MARK)
            words = [routine.title, routine.summary, *routine.tags, routine.id, mark]
            words += [step.title for step in routine.steps]
            item.setData(" ".join(words).casefold(), Role.SEARCH_TEXT)
            item.setData(
                f"{routine.title}. {routine.summary} {format_seconds(routine.work_seconds)}. "
                f"{audience_text(routine.audience)}. {mark}",
                Qt.ItemDataRole.AccessibleTextRole,
            )
            self.model.appendRow(item)
        self._fill_tags(library)
        self._show_failures(library)
        if self.filter.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.filter.index(0, 0))
        self._update_empty()

    def library(self) -> RoutineLibrary:
        """The library shown (empty while it is still loading)."""
        if self._library is None:
            from handtrainer.core.library import RoutineLibrary

            self._library = RoutineLibrary(
                routines=(), failures=(), notices=(), overridden=frozenset()
            )
        return self._library

    def _fill_tags(self, library: RoutineLibrary) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(_tr("Any tag"), None)
        for tag in sorted({tag for routine in library.routines for tag in routine.tags}):
            self.tag.addItem(tag, tag)
        found = self.tag.findData(current) if current is not None else 0
        self.tag.setCurrentIndex(max(found, 0))
        self.tag.blockSignals(False)
        self.filter.set_tag(self.tag.currentData())

    def _show_failures(self, library: RoutineLibrary) -> None:
        lines: list[str] = []
        for failed in library.failures:
            errors = [str(problem) for problem in failed.problems] or [str(failed.path)]
            lines.extend(errors)
        self.failures_box.setTitle(
            _tr("Routine files that could not be loaded ({count})").format(
                count=len(library.failures)
            )
        )
        self.failures_text.setPlainText("\n".join(lines))
        self.failures_box.setVisible(bool(library.failures))

    def failure_lines(self) -> list[str]:
        """The errors listed for files that failed to load."""
        text = self.failures_text.toPlainText()
        return text.splitlines() if text else []

    # -- choosing ------------------------------------------------------------------

    def visible_routines(self) -> list[Routine]:
        """The routines that pass the search and the filters, in order."""
        return [
            self.filter.index(row, 0).data(Role.ROUTINE) for row in range(self.filter.rowCount())
        ]

    def current_routine(self) -> Routine | None:
        """The selected routine."""
        routine = self.view.currentIndex().data(Role.ROUTINE)
        return routine if isinstance(routine, Routine) else None

    def select_routine(self, routine_id: str) -> bool:
        """Select a routine by id (clearing filters that hide it); False if it is not listed."""
        for attempt in range(2):
            for row in range(self.filter.rowCount()):
                index = self.filter.index(row, 0)
                if index.data(Role.ROUTINE).id == routine_id:
                    self.view.setCurrentIndex(index)
                    self.view.scrollTo(index)
                    return True
            if attempt == 0:
                self.clear_filters()
        return False

    def clear_filters(self) -> None:
        """Show every routine again."""
        self.search.clear()
        for combo in (self.audience, self.tag, self.length):
            combo.setCurrentIndex(0)

    def _open_current(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.routineActivated.emit(routine)

    def _on_activated(self, index: QModelIndex) -> None:
        routine = index.data(Role.ROUTINE)
        if isinstance(routine, Routine):
            self.routineActivated.emit(routine)

    def _update_empty(self) -> None:
        empty = self.filter.rowCount() == 0 and self.model.rowCount() > 0
        self.empty_label.setVisible(empty)
        self.open_button.setEnabled(self.filter.rowCount() > 0)
        if self.filter.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.filter.index(0, 0))


def add_routine_files(
    library: RoutineLibrary, paths: list[Path]
) -> tuple[RoutineLibrary, list[Routine]]:
    """The library with routine files added (loaded with the real loader).

    Good files join the routines (replacing one with the same id); broken
    files join the failures with their errors. Returns the new library and the
    routines that were added.
    """
    from handtrainer.core.library import FailedFile
    from handtrainer.core.loader import load_routine_file

    routines = {routine.id: routine for routine in library.routines}
    failures = {failed.path: failed for failed in library.failures}
    added: list[Routine] = []
    for path in paths:
        result = load_routine_file(path, Origin.EXTRA)
        failures.pop(path, None)
        if result.routine is not None and result.ok:
            routines[result.routine.id] = result.routine
            added.append(result.routine)
        else:
            failures[path] = FailedFile(
                path=path, problems=tuple(result.problems), origin=Origin.EXTRA
            )
    new_library = replace(
        library,
        routines=tuple(sorted(routines.values(), key=lambda r: r.title.casefold())),
        failures=tuple(failures.values()),
    )
    return new_library, added


def is_routine_file(path: Path) -> bool:
    """True for a file name a routine may have (``.yaml`` / ``.yml``)."""
    return path.suffix.lower() in (".yaml", ".yml")
