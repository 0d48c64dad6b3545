"""RoutineDraft: the routine being edited, its undo history, and what the checker says.

Every change goes through a ``QUndoStack`` as a swap of the whole (small) state,
so undo and redo restore exactly what was there. Typing into one field merges
into one undo step. After each change the draft is checked with the loader's
checker and ``changed`` is emitted; widgets follow it and write back only
through the draft's methods.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from handtrainer.core.model import MAP_VIEWS, BodyMap, Origin, Routine
from handtrainer.core.routine_document import RoutineDocument
from handtrainer.ui.editor import draft_translations as translations
from handtrainer.ui.editor.draft_state import (
    CheckResult,
    State,
    blank_step,
    check_state,
    copy_state,
    rough_length,
)
from handtrainer.ui.editor.draft_translations import is_translation_key

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

_MERGING = 1  # QUndoCommand id of edits that merge while the same field is typed in
_TEXT_KEYS = frozenset(
    {"title", "summary", "notes", "instruction", "tradition", "id", "duration", "repeat"}
    | {"language"}
    | {"pace", "rest", "tags", "sources", "plan.for", "plan.how_often", "plan.note"}
    | {"plan.times_per_week"}
)


class _StateChange(QUndoCommand):
    """One change: the state before and after (and which field, for merging)."""

    def __init__(
        self,
        draft: RoutineDraft,
        before: State,
        after: State,
        text: str,
        key: object,
        steps: tuple[int | None, int | None] = (None, None),
    ) -> None:
        super().__init__(text)
        self.draft = draft
        self.before = before
        self.after = after
        self.key = key
        self.steps = steps  # the step to show after undo, and after redo

    def id(self) -> int:
        return _MERGING if self.key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _StateChange) or other.key != self.key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.draft._apply(self.after, self.steps[1])

    def undo(self) -> None:
        self.draft._apply(self.before, self.steps[0])


def _views_follow_map(state: dict[str, Any], body_map: object) -> None:
    """A routine moved to another map shows its steps on that map's matching views
    (palm to sole, back to top, and back again); zones stay for the checker to name."""
    if body_map not in {m.value for m in BodyMap}:
        return
    views = [v.value for v in MAP_VIEWS[BodyMap(str(body_map))]]
    for other in BodyMap:
        for i, view in enumerate(MAP_VIEWS[other]):
            for step in state["steps"]:
                if step.get("view") == view.value and view.value not in views:
                    step["view"] = views[i]


class RoutineDraft(QObject):
    """A routine being edited: its state, history, file and check result."""

    changed = Signal()  # the state changed (an edit, undo or redo); the check is fresh
    stepFocused = Signal(int)  # an undo or redo changed this step: show it

    def __init__(
        self,
        state: State,
        path: Path,
        *,
        origin: Origin = Origin.USER,
        document: RoutineDocument | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path  # where it is saved (the user copy, for a bundled routine)
        self.origin = origin  # where the routine being edited came from
        self.document = document  # the hand-written file, kept for its comments
        self.undo_stack = QUndoStack(self)
        self._pushing = False
        self._state = copy_state(state)
        self._result = check_state(self._state, path, Origin.USER)

    # ------------------------------------------------------------------ reading

    @property
    def state(self) -> State:
        """The current state (do not change it: use the methods)."""
        return self._state

    @property
    def result(self) -> CheckResult:
        """What the checker said about the current state."""
        return self._result

    def routine(self) -> Routine | None:
        """The routine, when the draft has no errors."""
        return self._result.routine

    def step_count(self) -> int:
        """How many steps there are."""
        return len(self._state["steps"])

    def step(self, index: int) -> State:
        """One step's state."""
        return dict(self._state["steps"][index])

    def value(self, step: int | None, key: str) -> Any:
        """One field's value (``plan.for`` for the client program's fields, ``tr.de.title``
        for a translation's: see ``draft_translations``)."""
        if is_translation_key(key):
            return translations.value(self._state, step, key)
        if step is not None:
            return self._state["steps"][step].get(key, "")
        if key.startswith("plan."):
            return self._state["plan"].get(key.removeprefix("plan."), "")
        return self._state.get(key, "")

    def body_map(self) -> BodyMap:
        """The routine's map (the hand unless the draft names the foot)."""
        value = str(self.value(None, "map") or "")
        return BodyMap(value) if value in {m.value for m in BodyMap} else BodyMap.HAND

    def default_view(self) -> str:
        """The view a step shows when it names none: the map's first."""
        return MAP_VIEWS[self.body_map()][0].value

    def length_seconds(self) -> float:
        """The routine's length: exact when valid, else what can be read of it."""
        routine = self._result.routine
        return routine.work_seconds if routine is not None else rough_length(self._state)

    def is_modified(self) -> bool:
        """True when there are changes since the last save."""
        return not self.undo_stack.isClean()

    # ------------------------------------------------------------------ changing

    def set_value(
        self, step: int | None, key: str, value: Any, *, merge: bool | None = None
    ) -> None:
        """Change one field: one undo step, except that typing into one field merges.

        ``merge`` says whether this change merges with the one before it on the same
        field; by default, changes to text fields do.
        """
        if self.value(step, key) == value:
            return
        after = copy_state(self._state)
        if is_translation_key(key):
            translations.set_value(after, step, key, value)
        elif step is not None:
            after["steps"][step][key] = value
        elif key.startswith("plan."):
            after["plan"][key.removeprefix("plan.")] = value
        else:
            after[key] = value
            if key == "map":
                _views_follow_map(after, value)
        merging = (key in _TEXT_KEYS or is_translation_key(key)) if merge is None else merge
        self._push(
            after,
            translate("RoutineEditor", "Change %1").replace("%1", key.split(".")[-1]),
            (step, key) if merging else None,
            (step, step),
        )

    def set_values(self, step: int, values: dict[str, Any]) -> None:
        """Change several fields of a step in one undo step."""
        after = copy_state(self._state)
        after["steps"][step].update(values)
        if after != self._state:
            self._push(after, translate("RoutineEditor", "Change length"), steps=(step, step))

    def toggle_zone(self, step: int, zone: str) -> None:
        """Add a zone to the step, or take it away."""
        zones = list(self.value(step, "zones"))
        if zone in zones:
            zones.remove(zone)
        else:
            zones.append(zone)
        self.set_value(step, "zones", zones)

    def extend_path(self, step: int, zone: str) -> None:
        """Add a zone to the end of the step's path (the direction of movement)."""
        path = list(self.value(step, "path"))
        if path and path[-1] == zone:
            return
        self.set_value(step, "path", [*path, zone])

    def insert_steps(self, index: int, steps: list[State]) -> None:
        """Insert copies of steps before ``index``."""
        after = copy_state(self._state)
        after["steps"][index:index] = [dict(s) for s in copy_state({"s": steps})["s"]]
        blanks = [translations.blank_step() for _ in steps]
        translations.follow_steps(
            after, lambda entries: entries.__setitem__(slice(index, index), blanks)
        )
        self._push(after, translate("RoutineEditor", "Add step"), steps=(max(0, index - 1), index))

    def add_step(self, index: int | None = None) -> int:
        """Insert a blank step (after the end by default); returns its index."""
        where = self.step_count() if index is None else index
        view = self._state["steps"][where - 1]["view"] if 0 < where <= self.step_count() else ""
        self.insert_steps(where, [blank_step(view or self.default_view())])
        return where

    def duplicate_step(self, index: int) -> int:
        """Insert a copy of a step right after it (its translations too); returns its index."""
        after = copy_state(self._state)
        after["steps"].insert(index + 1, dict(after["steps"][index]))
        translations.follow_steps(after, lambda e: e.insert(index + 1, dict(e[index])))
        self._push(after, translate("RoutineEditor", "Add step"), steps=(index, index + 1))
        return index + 1

    def remove_step(self, index: int) -> None:
        """Take a step away."""
        after = copy_state(self._state)
        del after["steps"][index]
        translations.follow_steps(after, lambda entries: entries.pop(index))
        self._push(
            after,
            translate("RoutineEditor", "Remove step"),
            steps=(index, min(index, len(after["steps"]) - 1)),
        )

    def move_step(self, source: int, target: int) -> None:
        """Move a step so it ends up at index ``target``."""
        count = self.step_count()
        if source == target or not (0 <= source < count and 0 <= target < count):
            return
        after = copy_state(self._state)
        step = after["steps"].pop(source)
        after["steps"].insert(target, step)
        translations.follow_steps(after, lambda e: e.insert(target, e.pop(source)))
        self._push(after, translate("RoutineEditor", "Move step"), steps=(source, target))

    def languages(self) -> list[str]:
        """The languages the routine is translated into, in the file's order."""
        return list(self._state.get("translations", {}))

    def add_language(self, language: str) -> None:
        """Add a translation into ``language``, with nothing translated yet (one undo step)."""
        if language in self.languages():
            return
        after = copy_state(self._state)
        translations.add_language(after, language)
        self._push(after, translate("RoutineEditor", "Add language %1").replace("%1", language))

    def remove_language(self, language: str) -> None:
        """Take the translation into ``language`` away (one undo step)."""
        if language not in self.languages():
            return
        after = copy_state(self._state)
        translations.remove_language(after, language)
        self._push(after, translate("RoutineEditor", "Remove language %1").replace("%1", language))

    def mark_saved(self, path: Path, document: RoutineDocument | None) -> None:
        """After a save: the new file, and no unsaved changes."""
        self.path = path
        self.document = document
        self.origin = Origin.USER
        self.undo_stack.setClean()
        self._apply(self._state)

    def set_value_quietly(self, key: str, value: Any) -> None:
        """Change a routine field without an undo step (the id chosen at the first save)."""
        self._state[key] = value
        self._apply(self._state)

    # ------------------------------------------------------------------ internals

    def _push(
        self,
        after: State,
        text: str,
        merge: object = None,
        steps: tuple[int | None, int | None] = (None, None),
    ) -> None:
        before = copy_state(self._state)
        self._pushing = True  # the first redo is the edit itself: the step is in view
        try:
            self.undo_stack.push(_StateChange(self, before, after, text, merge, steps))
        finally:
            self._pushing = False

    def _apply(self, state: State, focus: int | None = None) -> None:
        self._state = copy_state(state)
        self._result = check_state(self._state, self.path, Origin.USER)
        self.changed.emit()
        if focus is not None and not self._pushing and 0 <= focus < self.step_count():
            self.stepFocused.emit(focus)
