"""Item models for the History page: the sessions and the totals per routine."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from handtrainer.core import wording
from handtrainer.core.history import Outcome, PracticeEntry
from handtrainer.core.history_summary import RoutineTotal
from handtrainer.core.wording import format_seconds

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def outcome_text(outcome: Outcome) -> str:
    """How a session ended, in words."""
    return wording.outcome_name(outcome)


class _TableModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class SessionsModel(_TableModel):
    """The recorded sessions, newest first."""

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            translate("HistoryModels", "When"),
            translate("HistoryModels", "Routine"),
            translate("HistoryModels", "Practised"),
            translate("HistoryModels", "Steps"),
            translate("HistoryModels", "End"),
        )
        self._entries: list[PracticeEntry] = []

    def set_entries(self, entries: Sequence[PracticeEntry]) -> None:
        """Show these entries."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> PracticeEntry | None:
        """The entry on a row."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                when = entry.started_at  # the wall time where it was practised
                moment = QDateTime(
                    QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)
                )
                return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
            if column == 1:
                return entry.routine_title
            if column == 2:
                return format_seconds(entry.practised_seconds)
            if column == 3:
                return translate("HistoryModels", "{done} of {total}").format(
                    done=entry.steps_done, total=entry.steps_total
                )
            return outcome_text(entry.outcome)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TotalsModel(_TableModel):
    """Practice per routine, most practised first."""

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            translate("HistoryModels", "Routine"),
            translate("HistoryModels", "Sessions"),
            translate("HistoryModels", "Finished"),
            translate("HistoryModels", "Time"),
        )
        self._totals: list[RoutineTotal] = []

    def set_totals(self, totals: Sequence[RoutineTotal]) -> None:
        """Show these totals."""
        self.beginResetModel()
        self._totals = list(totals)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._totals)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not 0 <= index.row() < len(self._totals):
            return None
        total = self._totals[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                total.title,
                str(total.sessions),
                str(total.finished),
                format_seconds(total.seconds),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
