"""A hand-written routine file, edited in place so its author's comments and order stay.

ruamel.yaml's round-trip mode reads the file with its comments; only the fields
that changed are rewritten, in the format's order when they are new. A file that
could not be saved without losing something opens read-only (``read_only_reason``).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import Origin, PracticePlan, Routine, RoutineTranslation, Step
from handtrainer.core.routine_writer import (
    ALWAYS_WRITTEN,
    PLAN_ATTRS,
    ROUTINE_KEYS,
    STEP_KEYS,
    STEP_TRANSLATION_KEYS,
    TRANSLATION_KEYS,
    RoutineWriteError,
    check_reads_back,
    dump_yaml,
    is_empty,
    keep_step_value,
    new_yaml,
    routine_to_yaml,
    routine_value,
    step_attr,
    step_to_data,
    translation_to_data,
    with_schema_line,
    yaml_value,
)
from handtrainer.core.validate import PLAN_FIELDS
from handtrainer.core.wording import translate


class RoutineDocument:
    """A routine file opened for editing, keeping its author's comments and key order."""

    def __init__(self, text: str, path: Path, origin: Origin = Origin.USER) -> None:
        self.text = text
        self.path = path
        self.origin = origin
        self.read_only_reason: str | None = None
        result = load_routine_text(text, path, origin)
        self.routine: Routine | None = result.routine if result.ok else None
        self._tree: CommentedMap | None = None
        if self.routine is None:
            first = result.errors[0] if result.errors else None
            self.read_only_reason = translate(
                "Problems", "the file has errors, so the editor cannot open it for changes: {first}"
            ).format(first=first)
            return
        if result.problems:
            self.read_only_reason = translate(
                "Problems",
                "saving would drop part of the file ({problem}); "
                "fix it by hand, or save a copy with Save As",
            ).format(problem=result.problems[0])
        try:
            tree = new_yaml().load(text)
            if not isinstance(tree, CommentedMap):
                raise RoutineWriteError("not a mapping")
            _move_first_item_comments(tree)
            self._tree = tree
            unchanged = dump_yaml(copy.deepcopy(tree))  # writing changes ruamel's comment state
            check_reads_back(unchanged, self.routine, path)
            lost = _comments(text) - _comments(unchanged)
            if lost:
                self._tree = None
                self.read_only_reason = self.read_only_reason or translate(
                    "Problems",
                    "saving would lose the comment '{comment}' (the editor cannot "
                    "keep comments inside [a, b] lists); save a copy with Save As to edit it",
                ).format(comment=sorted(lost)[0])
        except Exception:  # ruamel reads some YAML differently from the loader
            self._tree = None
            self.read_only_reason = self.read_only_reason or (
                "the editor could not rewrite this file without changing what it says; "
                "save a copy with Save As to edit it"
            )

    @classmethod
    def from_file(cls, path: Path, origin: Origin = Origin.USER) -> RoutineDocument:
        """Open a routine file (``OSError`` if it cannot be read)."""
        return cls(path.read_text(encoding="utf-8"), path, origin)

    @property
    def read_only(self) -> bool:
        """True when saving over this file could lose something."""
        return self.read_only_reason is not None

    def render(self, routine: Routine, target: Path | None = None) -> str:
        """The file's text for ``routine``: unchanged fields keep their text and comments.

        ``target`` is where it will be written (the file itself when None). A
        read-only document is written clean.
        """
        if self._tree is None or self.routine is None or self.read_only:
            return routine_to_yaml(routine)
        old = self.routine
        tree = copy.deepcopy(self._tree)
        stem = (target or self.path).stem
        for key in ROUTINE_KEYS:
            if key in ("handtrainer", "steps"):
                continue
            if key == "id":
                # Without an id: field the id comes from the file name; add one if needed.
                changed = old.id != routine.id if "id" in tree else routine.id != stem
                if changed:
                    _set(tree, "id", routine.id, ROUTINE_KEYS)
                continue
            if key == "translations":
                _update_translations(tree, old, routine)
                continue
            before, after = routine_value(old, key), routine_value(routine, key)
            if key == "plan":
                _update_plan(tree, before, after)
            elif before != after:
                _set(tree, key, after, ROUTINE_KEYS)
        _update_steps(tree, old.steps, routine.steps)
        return with_schema_line(dump_yaml(tree))


def _comments(text: str) -> set[str]:
    """Every comment (and anything after a '#') in a text, for checking none is lost."""
    return {line[line.index("#") :].strip() for line in text.splitlines() if "#" in line}


def _move_first_item_comments(node: Any) -> None:
    """Work around ruamel.yaml losing a comment between ``key:`` and a list's first item.

    It keeps such a comment in two places and writes neither; held as the key's
    "after" comment instead, it is written back where it was.
    """
    if not isinstance(node, CommentedMap):
        return
    for key, value in node.items():
        if isinstance(value, CommentedSeq):
            tokens = value.ca.comment[1] if value.ca.comment else None
            if tokens:
                lines = "".join(t.value for t in tokens).splitlines()
                text = "\n".join(line.strip().removeprefix("#").removeprefix(" ") for line in lines)
                column = tokens[0].column
                value.ca.comment = None
                entry = node.ca.items.get(key)
                if entry is not None and len(entry) > 3:
                    entry[3] = None
                node.yaml_set_comment_before_after_key(key, after=text, after_indent=column)
            for item in value:
                _move_first_item_comments(item)
        else:
            _move_first_item_comments(value)


def _set(tree: CommentedMap, key: str, value: Any, order: tuple[str, ...]) -> None:
    """Set, add (in the format's order) or drop a field of a mapping."""
    if is_empty(value):
        tree.pop(key, None)
        return
    new = yaml_value(key, value)
    if key in tree:
        tree[key] = new
        return
    rank = order.index(key) if key in order else len(order)
    position = len(tree)
    for index, existing in enumerate(tree):
        if existing in order and order.index(existing) > rank:
            position = index
            break
    tree.insert(position, key, new)


def _update_plan(tree: CommentedMap, before: Any, after: Any) -> None:
    if before == after:
        return
    node = tree.get("plan")
    if after is None or not isinstance(node, CommentedMap):
        _set(tree, "plan", after, ROUTINE_KEYS)
        return
    old = before or PracticePlan()
    for key, attr in PLAN_ATTRS.items():
        if getattr(old, attr) != getattr(after, attr):
            _set(node, key, getattr(after, attr), PLAN_FIELDS)


def _update_translations(tree: CommentedMap, old: Routine, new: Routine) -> None:
    """Edit the ``translations:`` block in place: unchanged languages, fields and steps
    keep their text and comments."""
    if old.translations == new.translations:
        return
    block = tree.get("translations")
    if not new.translations or not isinstance(block, CommentedMap):
        _set(tree, "translations", routine_value(new, "translations"), ROUTINE_KEYS)
        return
    wanted = [t.language for t in new.translations]
    for language in [k for k in block if k not in wanted]:
        del block[language]
    for position, translation in enumerate(new.translations):
        before = old.translation(translation.language)
        node = block.get(translation.language)
        if before == translation and node is not None:
            continue
        if before is None or not isinstance(node, CommentedMap):
            block.insert(position, translation.language, translation_to_data(translation))
            continue
        _update_translation(node, before, translation)


def _update_translation(
    node: CommentedMap, old: RoutineTranslation, new: RoutineTranslation
) -> None:
    for key in TRANSLATION_KEYS:
        before, after = getattr(old, key), getattr(new, key)
        if before == after:
            continue
        if key != "steps":
            _set(node, key, after, TRANSLATION_KEYS)
        elif not _update_translated_steps(node.get("steps"), before, after):
            _set(node, key, translation_to_data(new).get("steps"), TRANSLATION_KEYS)


def _update_translated_steps(entries: Any, before: Any, after: Any) -> bool:
    """Edit a translation's step entries in place; False when they must be written anew."""
    if not (before and after and isinstance(entries, CommentedSeq)):
        return False
    if not len(before) == len(after) == len(entries):
        return False
    if not all(isinstance(entry, CommentedMap) for entry in entries):
        return False
    # Entries that stayed or moved keep their nodes (and comments); the rest are edited.
    count = len(entries)
    chosen: list[Any] = [None] * count
    used: set[int] = set()
    for j in range(count):
        if before[j] == after[j]:
            chosen[j] = entries[j]
            used.add(j)
    for j in range(count):
        if chosen[j] is None:
            i = next((i for i in range(count) if i not in used and before[i] == after[j]), None)
            if i is not None:
                chosen[j] = entries[i]
                used.add(i)
    for j in range(count):
        if chosen[j] is None:
            i = j if j not in used else next(i for i in range(count) if i not in used)
            entry = entries[i]
            used.add(i)
            for field in STEP_TRANSLATION_KEYS:
                if getattr(before[i], field) != getattr(after[j], field):
                    if entry.fa.flow_style():
                        entry.fa.set_block_style()  # "- {}" gains its first field
                    _set(entry, field, getattr(after[j], field), STEP_TRANSLATION_KEYS)
            chosen[j] = entry
    if chosen != list(entries):
        entries[:] = chosen
    return True


def _update_step(node: CommentedMap, old: Step, new: Step) -> None:
    for key in STEP_KEYS:
        attr = step_attr(key)
        before, after = getattr(old, attr, None), getattr(new, attr, None)
        if before == after:
            continue
        if not keep_step_value(key, after) and key not in ALWAYS_WRITTEN:
            after = None  # back to the default: the field goes
        _set(node, key, after, STEP_KEYS)


def _update_steps(tree: CommentedMap, old: tuple[Step, ...], new: tuple[Step, ...]) -> None:
    """Reuse the node of every step that did not change; edit changed steps in place."""
    nodes = tree.get("steps")
    if not isinstance(nodes, CommentedSeq) or len(nodes) != len(old):
        tree["steps"] = CommentedSeq([step_to_data(s) for s in new])
        return
    used: set[int] = set()
    chosen: list[Any] = [None] * len(new)
    for j, step in enumerate(new):  # first the steps that are just where they were
        if j < len(old) and old[j] == step:
            chosen[j] = nodes[j]
            used.add(j)
    for j, step in enumerate(new):  # then moved or copied steps
        if chosen[j] is None:
            match = next((i for i, s in enumerate(old) if s == step and i not in used), None)
            if match is not None:
                chosen[j] = nodes[match]
                used.add(match)
    for j, step in enumerate(new):  # then changed steps, edited where they stand
        if chosen[j] is None:
            if j < len(old) and j not in used and isinstance(nodes[j], CommentedMap):
                _update_step(nodes[j], old[j], step)
                chosen[j] = nodes[j]
                used.add(j)
            else:
                chosen[j] = step_to_data(step)
    if chosen != list(nodes):
        nodes[:] = chosen
