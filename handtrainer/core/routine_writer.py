"""Writing routines back to YAML: clean text for new routines, careful edits for old files.

``routine_to_yaml`` writes any routine as readable YAML that loads back to the same
routine. ``RoutineDocument`` edits a hand-written file in place with ruamel.yaml's
round-trip mode: fields that did not change keep their text, comments and order;
only changed fields are rewritten. A file that could not be saved without losing
something opens read-only (``read_only_reason``). ``write_text_atomically`` puts
the text on disk so that a failure never leaves half a file.
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import tempfile
from collections.abc import Iterable
from dataclasses import MISSING, fields
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
)

from handtrainer.core.cautions import caution_text
from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import FORMAT_VERSION, Origin, PracticePlan, Routine, Step
from handtrainer.core.validate import PLAN_FIELDS, STEP_FIELDS

SCHEMA_COMMENT = "# yaml-language-server: $schema="
FOLD_AT = 80  # long text is folded into lines of about this many characters
# Never re-wrap: text that did not change keeps its lines; new long text is folded by us.
WIDTH = 4096

# The order fields are written in; fields a newer model adds come after their group.
ROUTINE_KEYS = (
    "handtrainer",
    "id",
    "title",
    "summary",
    "audience",
    "tags",
    "order",
    "cautions",
    "sources",
    "notes",
    "plan",
    "steps",
)
_STEP_FIRST = ("title", "instruction", "view", "hand", "technique", "pressure", "zones", "path")
STEP_KEYS = _STEP_FIRST + tuple(k for k in STEP_FIELDS if k not in _STEP_FIRST)
_SECONDS = frozenset({"duration", "pace", "rest"})
_ALWAYS = frozenset({"hand", "view"})  # written even when default: easier to read
_FLOW_LISTS = frozenset({"tags", "zones", "path", "days"})
PLAN_ATTRS = {key: "for_whom" if key == "for" else key for key in PLAN_FIELDS}


class RoutineWriteError(Exception):
    """The routine could not be written (or would not read back the same)."""


def schema_path() -> Path:
    """The installed JSON Schema that the first line of a written file names."""
    from handtrainer.resources import assets_dir

    return assets_dir() / "routine.schema.json"


# ------------------------------------------------------------------ plain values


def seconds_text(seconds: float) -> str:
    """A length as the format writes it: ``30s``, ``2.5s``, ``1m``, ``1m30s``."""
    if seconds == int(seconds):
        minutes, secs = divmod(int(seconds), 60)
        if minutes and secs:
            return f"{minutes}m{secs}s"
        return f"{minutes}m" if minutes else f"{secs}s"
    # Decimal keeps every digit of the float without an exponent, so it reads back equal.
    return f"{Decimal(repr(seconds)):f}s"


_RESOLVER = yaml.resolver.Resolver()


def _fold_points(value: str, width: int = FOLD_AT) -> list[int]:
    """Where to break long text into lines: single spaces between words only."""
    points: list[int] = []
    start = 0
    last = -1
    for index, char in enumerate(value):
        between_words = 0 < index < len(value) - 1 and value[index - 1] != " "
        if char == " " and between_words and value[index + 1] not in " \t":
            last = index
        if index - start >= width and last > start:
            points.append(last)
            start = last + 1
            last = -1
    return points


def _text(value: str, key: str = "") -> Any:
    """Text as a scalar the loader reads back as the same text.

    Text that would make a line longer than about 96 characters (with its key) is folded.
    """
    if "\n" in value:
        return LiteralScalarString(value)
    if len(value) + len(key) + 8 > 96 and value.isprintable() and "\t" not in value:
        points = _fold_points(value)
        if points:
            folded = FoldedScalarString(value)
            folded.fold_pos = points
            return folded
    # The loader reads YAML 1.1 (``yes``, ``1:30``, ``=`` are not text there); quote those.
    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return value if tag == "tag:yaml.org,2002:str" else DoubleQuotedScalarString(value)


def _plain(key: str, value: Any) -> Any:
    """A model value as a YAML value for ``key``."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        seq = CommentedSeq([_plain(key, item) for item in value])
        if key in _FLOW_LISTS and len(", ".join(map(str, seq))) + len(key) + 10 <= 96:
            seq.fa.set_flow_style()  # [a, b] on one line when it fits
        return seq
    if isinstance(value, PracticePlan):
        return _mapping(
            ((k, getattr(value, attr)) for k, attr in PLAN_ATTRS.items()), lambda k, v: True
        )
    if isinstance(value, str):
        return _text(value, key)
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float) and key in _SECONDS:
        return seconds_text(value)
    return value


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == ()


def _mapping(items: Iterable[tuple[str, Any]], keep: Any) -> CommentedMap:
    out = CommentedMap()
    for key, value in items:
        if not _is_empty(value) and keep(key, value):
            out[key] = _plain(key, value)
    return out


def _step_attr(key: str) -> str:
    return key.replace("-", "_")


_STEP_DEFAULTS = {
    f.name: f.default for f in fields(Step) if f.default is not MISSING and f.name != "pos"
}


def _keep_step_value(key: str, value: Any) -> bool:
    attr = _step_attr(key)
    return key in _ALWAYS or attr not in _STEP_DEFAULTS or value != _STEP_DEFAULTS[attr]


def step_to_data(step: Step) -> CommentedMap:
    """One step as a YAML mapping, defaults left out (except hand and view)."""
    return _mapping(((k, getattr(step, _step_attr(k), None)) for k in STEP_KEYS), _keep_step_value)


def caution_items(routine: Routine) -> tuple[str, ...]:
    """The routine's cautions as its file lists them: standard ids and its own sentences."""
    ids = list(getattr(routine, "caution_ids", ()))
    items: list[str] = []
    for text in routine.cautions:
        match = next((i for i in ids if caution_text(i, routine.audience) == text), None)
        if match is not None:
            ids.remove(match)
        items.append(match or text)
    return tuple(items)


def _routine_value(routine: Routine, key: str) -> Any:
    if key == "handtrainer":
        return FORMAT_VERSION
    if key == "steps":
        return None  # written by the caller
    if key == "cautions":
        return caution_items(routine)
    value = getattr(routine, key, None)
    defaults = {"audience": "self", "order": "step-by-step"}
    return None if defaults.get(key) == value else value


def routine_to_data(routine: Routine) -> CommentedMap:
    """The whole routine as a YAML mapping, ready for ruamel.yaml to write."""
    data = _mapping(((k, _routine_value(routine, k)) for k in ROUTINE_KEYS), lambda k, v: True)
    data["steps"] = CommentedSeq([step_to_data(s) for s in routine.steps])
    return data


def _yaml() -> YAML:
    y = YAML()  # round-trip mode: keeps comments, order and styles of what it read
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = WIDTH
    y.preserve_quotes = True
    return y


def _dump(data: Any) -> str:
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def _with_schema_line(text: str) -> str:
    head = [line for line in text.splitlines()[:5] if line.startswith("#")]
    if any(line.startswith(SCHEMA_COMMENT) for line in head):
        return text
    return f"{SCHEMA_COMMENT}{schema_path()}\n{text}"


def routine_to_yaml(routine: Routine) -> str:
    """Clean, readable YAML for ``routine``, headed by the schema line."""
    return _with_schema_line(_dump(routine_to_data(routine)))


def check_reads_back(text: str, routine: Routine, path: Path | None = None) -> None:
    """Raise ``RoutineWriteError`` unless ``text`` loads as exactly ``routine``."""
    name = path or routine.path or Path(f"{routine.id}.yaml")
    result = load_routine_text(text, Path(name))
    if not result.ok or result.routine != routine:
        problems = "; ".join(str(p) for p in result.errors) or "it reads back differently"
        raise RoutineWriteError(f"the routine would not be saved as it is: {problems}")


# --------------------------------------------------------------- hand-written files


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
            self.read_only_reason = (
                f"the file has errors, so the editor cannot open it for changes: {first}"
            )
            return
        if result.problems:
            self.read_only_reason = (
                f"saving would drop part of the file ({result.problems[0]}); "
                "fix it by hand, or save a copy with Save As"
            )
        try:
            tree = _yaml().load(text)
            if not isinstance(tree, CommentedMap):
                raise RoutineWriteError("not a mapping")
            _move_first_item_comments(tree)
            self._tree = tree
            unchanged = _dump(copy.deepcopy(tree))  # writing changes ruamel's comment state
            check_reads_back(unchanged, self.routine, path)
            lost = _comments(text) - _comments(unchanged)
            if lost:
                self._tree = None
                self.read_only_reason = self.read_only_reason or (
                    f"saving would lose the comment '{sorted(lost)[0]}' (the editor cannot "
                    "keep comments inside [a, b] lists); save a copy with Save As to edit it"
                )
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
            before, after = _routine_value(old, key), _routine_value(routine, key)
            if key == "plan":
                _update_plan(tree, before, after)
            elif before != after:
                _set(tree, key, after, ROUTINE_KEYS)
        _update_steps(tree, old.steps, routine.steps)
        return _with_schema_line(_dump(tree))


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
    if _is_empty(value):
        tree.pop(key, None)
        return
    new = _plain(key, value)
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


def _update_step(node: CommentedMap, old: Step, new: Step) -> None:
    for key in STEP_KEYS:
        attr = _step_attr(key)
        before, after = getattr(old, attr, None), getattr(new, attr, None)
        if before == after:
            continue
        if not _keep_step_value(key, after) and key not in _ALWAYS:
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


# ------------------------------------------------------------------------- writing


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new, never half.

    ``OSError`` when it cannot be written; a failure leaves no temporary file behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def save_routine(routine: Routine, path: Path, document: RoutineDocument | None = None) -> str:
    """Write ``routine`` to ``path`` (keeping ``document``'s comments when it has one).

    The text is checked to read back as the same routine before anything is written.
    Returns the text written; ``RoutineWriteError`` or ``OSError`` on failure.
    """
    text = document.render(routine, path) if document is not None else routine_to_yaml(routine)
    check_reads_back(text, routine, path)
    write_text_atomically(path, text)
    return text


def user_copy_path(routine_id: str, user_dir: Path) -> Path:
    """Where a routine of this id is saved in the user folder."""
    return user_dir / f"{routine_id}.yaml"
