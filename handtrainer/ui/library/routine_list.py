"""The picker's list of routines as Qt item models: rows, filters and search.

Search as you type must stay quick at 10,000 routines, so the work per key runs
in C++: each row's text is the routine's search words, precomputed once, held by
a ``QStringListModel``, and matched by ``QSortFilterProxyModel`` with a fixed
string. The chain, bottom to top:

    RoutineRows     one row per routine, in library order (kept sorted on insert)
    RoutineFacets   whose hands, tag, length, favourites (Python, only when they change)
    first word      the longest search word (C++ fixed string)
    other words     the other words (C++, only over the rows the first one kept)
    RoutineList     what the view shows: title, tooltip, accessible text, the routine

Search words and query are both casefolded in Python, so matching is exact in C++.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import Qt as QtGuiNamespace

from handtrainer.core.library import search_words, sort_key
from handtrainer.core.localize import original
from handtrainer.core.model import Audience, BodyMap, Routine
from handtrainer.core.wording import tag_name
from handtrainer.ui.library.library_model import LibraryChange, LibraryModel

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Data roles of the routine list."""

    ROUTINE = Qt.ItemDataRole.UserRole + 1
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 2
    MARK = Qt.ItemDataRole.UserRole + 3


class RoutineRows(QStringListModel):
    """One row per routine of the library model, in library order; its text is its search words.

    ``mark`` gives the words shown beside a routine (``Your routine``...), which are
    searched too.
    """

    def __init__(
        self,
        library: LibraryModel,
        mark: Callable[[Routine], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._mark = mark
        self._routines: list[Routine] = []
        self._marks: list[str] = []  # each row's mark, so a reset rewords only what changed
        self._mark_texts: dict[str, str] = {}  # one string for each mark, not one a row
        library.changed.connect(self._on_changed)
        self._on_changed(LibraryChange(added=library.library().routines))

    def routine_at(self, row: int) -> Routine:
        """The routine of a row."""
        return self._routines[row]

    def count(self) -> int:
        """How many routines there are."""
        return len(self._routines)

    def row_of(self, routine: Routine) -> int:
        """The row of a routine, or -1."""
        row = bisect_left(self._routines, sort_key(routine), key=sort_key)
        if row < len(self._routines) and self._routines[row].id == routine.id:
            return row
        return -1

    def refresh(self) -> None:
        """Recompute every row's words (the marks changed)."""
        for row, routine in enumerate(self._routines):
            self._marks[row] = mark = self._shared_mark(routine)
            self.setData(self.index(row, 0), _words(routine, mark))

    def _shared_mark(self, routine: Routine) -> str:
        mark = self._mark(routine)
        return self._mark_texts.setdefault(mark, mark)

    def _on_changed(self, change: LibraryChange) -> None:
        for routine in change.removed:
            row = self.row_of(routine)
            if row >= 0 and self._routines[row] is routine:
                self.removeRows(row, 1)
                del self._routines[row]
                del self._marks[row]
        added = sorted(change.added, key=sort_key)
        start = 0
        while start < len(added):
            # Routines that land in the same gap go in together: one insertion each.
            row = bisect_left(self._routines, sort_key(added[start]), key=sort_key)
            end = start + 1
            limit = sort_key(self._routines[row]) if row < len(self._routines) else None
            while end < len(added) and (limit is None or sort_key(added[end]) < limit):
                end += 1
            run = added[start:end]
            marks = [self._shared_mark(routine) for routine in run]
            # The list first: the facet filter looks the new rows up as they go in.
            self._routines[row:row] = run
            self._marks[row:row] = marks
            self.insertRows(row, len(run))
            # One dataChanged for the run, not one a row: each sets every proxy filtering.
            self.blockSignals(True)
            try:
                for offset, (routine, mark) in enumerate(zip(run, marks, strict=True)):
                    self.setData(self.index(row + offset, 0), _words(routine, mark))
            finally:
                self.blockSignals(False)
            self.dataChanged.emit(self.index(row, 0), self.index(row + len(run) - 1, 0), [])
            start = end
        if change.reset:
            # A mark (``Replaces a bundled routine``) may have changed with the library.
            for row, routine in enumerate(self._routines):
                mark = self._shared_mark(routine)
                if mark != self._marks[row]:
                    self._marks[row] = mark
                    self.setData(self.index(row, 0), _words(routine, mark))


def _words(routine: Routine, mark: str) -> str:
    """A row's search text: the routine as shown, and as its file has it.

    A routine shown in German is found by its English title too (and the other way
    round): people look for a routine by the name they first met it under; and by its
    tags in either language.
    """
    # The tags as the reader sees them too (``sanft`` for ``gentle``); in English they are
    # the tags themselves, and each word is kept once.
    shown_tags = [tag_name(tag) for tag in routine.tags]
    own = original(routine)
    if own is routine:
        return search_words(routine, (mark, *shown_tags))
    return search_words(
        routine, (mark, *shown_tags, own.title, own.summary, *(step.title for step in own.steps))
    )


class RoutineFacets(QSortFilterProxyModel):
    """Keeps routines by whom they are for, hand or foot, tag, length and favourites."""

    def __init__(self, rows: RoutineRows, length: Callable[[Routine], float]) -> None:
        super().__init__(rows)
        self._rows = rows
        self._length = length
        self._lengths: dict[str, float] = {}  # filled only while a length is asked for
        self.audience: Audience | None = None
        self.body_map: BodyMap | None = None
        self.tag: str | None = None
        self.length_span = (0.0, float("inf"))
        self.favourites: Callable[[Routine], bool] | None = None
        self.setSourceModel(rows)

    def set_facets(
        self,
        *,
        audience: Audience | None = None,
        tag: str | None = None,
        span: tuple[float, float] = (0.0, float("inf")),
        favourites: Callable[[Routine], bool] | None = None,
        body_map: BodyMap | None = None,
    ) -> None:
        """Keep only routines that match every facet (``None``: any)."""
        facets = (audience, tag, span, favourites, body_map)
        if facets == (self.audience, self.tag, self.length_span, self.favourites, self.body_map):
            return
        self.beginFilterChange()
        self.audience, self.tag, self.length_span, self.favourites, self.body_map = facets
        if span == (0.0, float("inf")):
            self._lengths.clear()
        self.endFilterChange()

    def forget_lengths(self) -> None:
        """The settings changed: lengths are computed again."""
        self.beginFilterChange()
        self._lengths.clear()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        routine = self._rows.routine_at(source_row)
        if self.audience is not None and routine.audience is not self.audience:
            return False
        if self.body_map is not None and routine.map is not self.body_map:
            return False
        if self.tag is not None and self.tag not in routine.tags:
            return False
        if self.favourites is not None and not self.favourites(routine):
            return False
        low, high = self.length_span
        if low > 0.0 or high != float("inf"):
            seconds = self._lengths.get(routine.id)
            if seconds is None:
                seconds = self._lengths[routine.id] = self._length(routine)
            return low <= seconds < high
        return True


class RoutineList(QIdentityProxyModel):
    """The rows the view shows: title, tooltip, accessible text and the routine itself."""

    def __init__(
        self,
        rows: RoutineRows,
        facets: RoutineFacets,
        words: tuple[QSortFilterProxyModel, ...],
        describe: Callable[[Routine], str],
        mark: Callable[[Routine], str],
    ) -> None:
        super().__init__(rows)
        self._rows = rows
        self._words = words
        self._chain = (*reversed(words), facets)
        self._describe = describe
        self._mark = mark
        self.setSourceModel(words[-1])

    def word_filters(self) -> tuple[QSortFilterProxyModel, ...]:
        """The search proxies between the facets and this model, bottom first."""
        return self._words

    def source_row(self, index: Index) -> int:
        """The row in ``RoutineRows`` of an index of this model."""
        source = self.mapToSource(index)
        for proxy in self._chain:
            source = proxy.mapToSource(source)
        return source.row()

    def routine(self, index: Index) -> Routine | None:
        """The routine of a row of this model."""
        if not index.isValid():
            return None
        return self._rows.routine_at(self.source_row(index))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            routine = self.routine(index)
            return routine.title if routine else None
        if role == Role.ROUTINE:
            return self.routine(index)
        if role == Role.MARK:
            routine = self.routine(index)
            return self._mark(routine) if routine else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            routine = self.routine(index)
            if routine is None:
                return None
            return QtGuiNamespace.convertFromPlainText(
                routine.summary, Qt.WhiteSpaceMode.WhiteSpaceNormal
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            routine = self.routine(index)
            return self._describe(routine) if routine else None
        if role == Role.SEARCH_TEXT:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


class RoutineSearch(QObject):
    """The list models of the picker, from the library model to what the view shows."""

    def __init__(
        self,
        library: LibraryModel,
        *,
        mark: Callable[[Routine], str],
        describe: Callable[[Routine], str],
        length: Callable[[Routine], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows = RoutineRows(library, mark, self)
        self.facets = RoutineFacets(self.rows, length)
        self._first = self._word_filter(self.facets)
        self._others = self._word_filter(self._first)
        self.list = RoutineList(self.rows, self.facets, (self._first, self._others), describe, mark)
        self._words: tuple[str, ...] = ()
        self._others_key: tuple[str, ...] = ()

    @staticmethod
    def _word_filter(source: QSortFilterProxyModel) -> QSortFilterProxyModel:
        proxy = QSortFilterProxyModel(source)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        proxy.setSourceModel(source)
        return proxy

    def set_search(self, text: str) -> None:
        """Keep routines whose title, summary, tags, id, mark or step titles hold every word."""
        words = tuple(dict.fromkeys(text.casefold().split()))
        if words == self._words:
            return
        self._words = words
        # The longest word keeps the fewest rows; the others then look at those only.
        ordered = sorted(words, key=len, reverse=True)
        first = ordered[0] if ordered else ""
        if self._first.filterRegularExpression().pattern() != QRegularExpression.escape(first):
            self._first.setFilterFixedString(first)
        rest = tuple(ordered[1:])
        if rest == self._others_key:
            return
        self._others_key = rest
        if len(rest) <= 1:
            self._others.setFilterFixedString(rest[0] if rest else "")
        else:
            pattern = "^" + "".join(f"(?=.*{re.escape(w)})" for w in rest)
            self._others.setFilterRegularExpression(QRegularExpression(pattern))
