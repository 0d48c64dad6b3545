"""The editor's list of steps: add, duplicate, remove and reorder (drag, or keyboard).

``EditorStepModel`` shows the draft's steps and writes back only through it; a
drag inside the list moves a step, and a step dragged in from the step library
arrives as a copy.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from handtrainer.core.wording import format_seconds
from handtrainer.ui.editor.draft import RoutineDraft
from handtrainer.ui.editor.draft_state import rough_step

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

STEP_MIME = "application/x-handtrainer-step"  # a step's state as JSON (from the library)
ROW_MIME = "application/x-handtrainer-step-row"  # a row moved inside the list
LIST_THUMB = QSize(30, 40)

_Index = QModelIndex | QPersistentModelIndex


class EditorStepModel(QAbstractListModel):
    """The draft's steps as rows: number, title and length, marked when they have problems."""

    def __init__(self, draft: RoutineDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self._count = draft.step_count()
        draft.changed.connect(self._on_changed)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self.draft.step_count():
            return None
        row = index.row()
        state = self.draft.step(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = state.get("title", "").strip() or translate("EditorStepList", "(untitled step)")
            length = format_seconds(rough_step(state).work_seconds)
            mark = " ⚠" if self.draft.result.step_has_problems(row) else ""
            return f"{row + 1}. {title} · {length}{mark}"
        if role == Qt.ItemDataRole.DecorationRole:
            from handtrainer.ui.editor.thumbnails import shared_thumbnails

            return shared_thumbnails().get(rough_step(state), LIST_THUMB)
        if role == Qt.ItemDataRole.ToolTipRole and self.draft.result.step_has_problems(row):
            return translate("EditorStepList", "This step has problems; see its fields.")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsDragEnabled)
        )

    # ------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME, STEP_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(ROW_MIME, str(rows[0]).encode())
            mime.setData(STEP_MIME, json.dumps(self.draft.step(rows[0])).encode())
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return data.hasFormat(ROW_MIME) or data.hasFormat(STEP_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        target = row if row >= 0 else (parent.row() if parent.isValid() else self._count)
        if data.hasFormat(ROW_MIME):
            source = int(bytes(data.data(ROW_MIME).data()).decode())
            # Dropping below itself: the row leaves its place first.
            self.draft.move_step(source, target - 1 if target > source else target)
            return False  # moved by the draft; the view must not remove the source row
        if data.hasFormat(STEP_MIME):
            try:
                state = json.loads(bytes(data.data(STEP_MIME).data()).decode())
            except ValueError:
                return False
            if isinstance(state, dict):
                self.draft.insert_steps(target, [state])
                return True
        return False

    def _on_changed(self) -> None:
        count = self.draft.step_count()
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        elif count:
            self.dataChanged.emit(self.index(0), self.index(count - 1))


class EditorStepList(QListView):
    """The list view: drag to reorder; Alt+Up/Down move, Delete removes, Ctrl+D duplicates."""

    currentStepChanged = Signal(int)

    def __init__(self, model: EditorStepModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor-steps")
        self.setAccessibleName(translate("EditorStepList", "Steps"))
        self.setModel(model)
        self.step_model = model
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setIconSize(LIST_THUMB)
        self.selectionModel().currentChanged.connect(self._on_current)
        model.modelReset.connect(self._keep_current)
        self._wanted = 0

    def current_step(self) -> int:
        """The row of the step being edited (-1 if none)."""
        return self.currentIndex().row()

    def select_step(self, row: int) -> None:
        """Make ``row`` the step being edited."""
        count = self.step_model.rowCount()
        if count == 0:
            return
        self._wanted = max(0, min(row, count - 1))
        self.setCurrentIndex(self.step_model.index(self._wanted))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        draft = self.step_model.draft
        row = self.current_step()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if row >= 0 and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
            if 0 <= target < draft.step_count():
                draft.move_step(row, target)
                self.select_step(target)
            return
        if row >= 0 and event.key() == Qt.Key.Key_Delete and draft.step_count() > 1:
            draft.remove_step(row)
            self.select_step(row)
            return
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if row >= 0 and ctrl and event.key() == Qt.Key.Key_D:
            self.select_step(draft.duplicate_step(row))
            return
        super().keyPressEvent(event)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._wanted = current.row()
            self.currentStepChanged.emit(current.row())

    def _keep_current(self) -> None:
        self.select_step(self._wanted)
