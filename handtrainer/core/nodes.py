"""Reading values out of a YAML node tree, each problem at its node's line and column.

``NodeReader`` knows shapes (fields of a mapping, text, lists, one-word
choices, lengths of time, whole numbers) but nothing about routines; the
routine rules in ``validate`` are built on it. Nothing here builds Python
objects from tags, and numbers are read by ``yamlnumbers`` with a bound on
their size, so no value can raise past a reader.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from handtrainer.core.model import SourcePos
from handtrainer.core.problems import Problem, Severity, did_you_mean
from handtrainer.core.textpos import EditorPositions
from handtrainer.core.wording import format_seconds
from handtrainer.core.yamlnumbers import NumberError, read_float, read_int, shorten

MAX_PROBLEMS = 100
"""Problems listed per file; past this they are counted (a file of 40,000 typos reads fast)."""
MAX_TEXT_CHARS = 5000
MAX_LIST_ITEMS = 100
MAX_DURATION_CHARS = 40
"""Longer text is never a length of time (and is not worth matching)."""

_T = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
SEQ, MAP, TIMESTAMP = _T + "seq", _T + "map", _T + "timestamp"
STANDARD_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, SEQ, MAP, TIMESTAMP})
_TYPE_NAMES = {
    INT: "a number",
    FLOAT: "a number",
    BOOL: "yes/no (true/false)",
    NULL: "empty",
    TIMESTAMP: "a date",
    SEQ: "a list",
    MAP: "a set of fields",
}

# Matched against stripped text of at most MAX_DURATION_CHARS: no two optional
# runs of white space touch, so matching is linear.
_NUMBER = r"\d+(?:\.\d+)?"
_DURATION = re.compile(
    rf"(?:(?P<m>{_NUMBER})[ \t]*(?:minutes?|mins?|m)(?:[ \t]+|(?=\d)|$))?"
    rf"(?:(?P<s>{_NUMBER})(?:[ \t]*(?:seconds?|secs?|s))?)?"
)
_CLOCK = re.compile(r"(?P<m>\d+):(?P<s>[0-5]?\d(?:\.\d+)?)")

_E = TypeVar("_E", bound=StrEnum)


def parse_duration(value: object) -> float:
    """Seconds from ``30``, ``2.5``, ``"45s"``, ``"1m"``, ``"1m30s"``, ``"1:30"``.

    ``ValueError`` for anything else, for negative and for non-finite values.
    """
    if isinstance(value, bool):
        raise ValueError("a yes/no value is not a length of time")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        seconds = _duration_text(value)
    else:
        raise ValueError("a length of time must be a number of seconds or text like 1m30s")
    if not math.isfinite(seconds):
        raise ValueError("a length of time must be a finite number")
    if seconds < 0:
        raise ValueError("a length of time cannot be negative")
    return seconds


@functools.lru_cache(maxsize=512)
def _duration_text(value: str) -> float:
    """Seconds from a length written as text; remembered, as files repeat ``20s`` and ``2s``."""
    text = value.strip()
    match = None
    if len(text) <= MAX_DURATION_CHARS:
        match = _CLOCK.fullmatch(text) or _DURATION.fullmatch(text)
    if not text or match is None or not any(match.groups()):
        raise ValueError(f"'{shorten(text)}' is not a length of time; write e.g. 30s, 1m or 1m30s")
    return float(match["m"] or 0) * 60 + float(match["s"] or 0)


@functools.cache
def _members(kind: type[_E]) -> dict[str, _E]:
    """An enum's members by value (faster than calling the enum)."""
    return {member.value: member for member in kind}


@functools.lru_cache(maxsize=1024)
def _suggestion(word: str, choices: tuple[str, ...]) -> str:
    return did_you_mean(word, choices)


def seconds_text(seconds: float) -> str:
    """``format_seconds``, but keeping fractions of short lengths (``0.5 s``)."""
    if seconds < 60 and seconds != int(seconds):
        return f"{seconds:g} s"
    return format_seconds(seconds)


def describe(node: Node) -> str:
    """What kind of value a node holds, in words (``a list``, ``a number``, ``text``)."""
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a set of fields"
    return _TYPE_NAMES.get(node.tag, "text")


class NodeReader:
    """Reads values from nodes of one file, collecting problems instead of raising."""

    def __init__(self, path: Path, positions: EditorPositions | None = None) -> None:
        self.path = path
        self.positions = positions
        self.problems: list[Problem] = []
        self.errors = 0
        """Errors found, listed or not."""
        self.unlisted = 0
        self._first_unlisted: SourcePos | None = None

    # ------------------------------------------------------------ reporting

    def pos(self, node: Node) -> SourcePos:
        """Where ``node`` starts, as an editor shows it."""
        mark = node.start_mark
        if self.positions is None:
            return SourcePos(mark.line + 1, mark.column + 1)
        return SourcePos(*self.positions.of_mark(mark.index, mark.line, mark.column))

    def error(self, node: Node | None, message: str) -> None:
        """Record an error at ``node`` (or at the top of the file)."""
        self.errors += 1
        self._record(node, message, "error")

    def warning(self, node: Node, message: str) -> None:
        """Record a warning at ``node``; the file still loads."""
        self._record(node, message, "warning")

    def _record(self, node: Node | None, message: str, severity: Severity) -> None:
        pos = self.pos(node) if node is not None else SourcePos(1, 1)
        if len(self.problems) >= MAX_PROBLEMS:
            self.unlisted += 1
            self._first_unlisted = self._first_unlisted or pos
            return
        self.problems.append(Problem(self.path, pos.line, pos.column, message, severity))

    def unlisted_problem(self) -> Problem | None:
        """A problem saying how many were not listed (from where), or ``None``."""
        if not self.unlisted or self._first_unlisted is None:
            return None
        pos = self._first_unlisted
        return Problem(
            self.path,
            pos.line,
            pos.column,
            f"{self.unlisted} more problems from here on are not listed (only the first "
            f"{MAX_PROBLEMS} are); fix these and check again",
            "error" if self.errors else "warning",
        )

    def suggest(self, word: str, choices: tuple[str, ...]) -> str:
        """`` (did you mean 'x'?)``, when it is worth computing."""
        if len(word) > 64 or len(self.problems) >= MAX_PROBLEMS:
            return ""
        return _suggestion(word, choices)

    def bad_tag(self, node: Node) -> bool:
        """True (with an error) for a tag other than YAML's standard ones."""
        if node.tag in STANDARD_TAGS:
            return False
        tag = str(node.tag)
        shown = "!!" + tag[len(_T) :] if tag.startswith(_T) else tag
        self.error(
            node, f"the YAML tag '{shorten(shown)}' is not allowed in routine files; remove it"
        )
        return True

    # ------------------------------------------------------------- shapes

    def fields(
        self,
        node: MappingNode,
        known: tuple[str, ...],
        where: str,
        other: tuple[str, ...] = (),
        other_owner: str = "",
    ) -> dict[str, tuple[Node, Node]]:
        """A mapping's fields by name; unknown and repeated field names are errors.

        ``other`` are the fields of ``other_owner`` (the enclosing or enclosed
        mapping): found here, they are most likely indented wrongly.
        """
        found: dict[str, tuple[Node, Node]] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode) or key.tag != STR:
                if not self.bad_tag(key):
                    self.error(key, f"a field name must be a plain word, not {describe(key)}")
                continue
            name = key.value
            if name in found:
                first = self.pos(found[name][0]).line
                self.error(key, f"field '{name}' appears twice in {where} (first on line {first})")
            elif name in known:
                found[name] = (key, value)
            elif name in other:
                self.error(
                    key,
                    f"'{name}' is not a field of {where}; check the indentation "
                    f"(it belongs to {other_owner})",
                )
            else:
                hint = self.suggest(name, known)
                self.error(key, f"unknown field '{shorten(name)}' in {where}{hint}")
        return found

    def text(
        self, node: Node, field: str, limit: int = MAX_TEXT_CHARS, what: str = ""
    ) -> str | None:
        """The text value of a field, stripped; errors for other types and empty text.

        ``what`` names the value in messages when it is not the field itself
        (an item of a list).
        """
        # Fast path first: this runs for most values of every file.
        if node.__class__ is ScalarNode and node.tag == STR:
            value: str = node.value.strip()
            if value and len(value) <= limit:
                return value
        what = what or f"'{field}'"
        if not isinstance(node, ScalarNode):
            self.error(node, f"{what} must be text, not {describe(node)}")
        elif node.tag != STR:
            if self.bad_tag(node):
                return None
            if node.tag == NULL:
                self.error(node, f"{what} is empty")
            else:
                self.error(node, f"{what} must be text, not {describe(node)}; put it in quotes")
        elif not node.value.strip():
            self.error(node, f"{what} is empty")
        else:
            length = len(node.value.strip())
            self.error(node, f"{what} is too long ({length} characters; at most {limit})")
        return None

    def items(self, node: Node, field: str) -> list[Node]:
        """The items of a list field; an error (and no items) for anything else."""
        if not isinstance(node, SequenceNode):
            if not self.bad_tag(node):
                self.error(
                    node,
                    f"'{field}' must be a list (one '- item' per line, or "
                    f"[a, b]), not {describe(node)}",
                )
            return []
        if self.bad_tag(node):
            return []
        if len(node.value) > MAX_LIST_ITEMS:
            self.error(node, f"'{field}' has {len(node.value)} items; at most {MAX_LIST_ITEMS}")
            return []
        return list(node.value)

    def texts(self, node: Node, field: str, limit: int = MAX_TEXT_CHARS) -> tuple[str, ...]:
        """A list of text items."""
        what = f"an item of '{field}'"
        values = (self.text(item, field, limit, what) for item in self.items(node, field))
        return tuple(v for v in values if v is not None)

    def choice(self, node: Node, field: str, kind: type[_E]) -> _E | None:
        """One of an enum's values, with a suggestion for a near miss."""
        if node.__class__ is ScalarNode and node.tag == STR:
            member: _E | None = _members(kind).get(node.value)
            if member is not None:
                return member
        if self.bad_tag(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, f"'{field}' must be one word, not {describe(node)}")
            return None
        options = tuple(option.value for option in kind)
        word = str(node.value)
        found: _E | None = _members(kind).get(word)
        if found is not None:
            return found
        hint = self.suggest(word, options)
        shown = "empty" if node.tag == NULL else f"'{shorten(word)}'"
        self.error(
            node, f"{field} {shown} is not known{hint}; choose one of: " + ", ".join(options)
        )
        return None

    def seconds(self, node: Node, field: str) -> float | None:
        """A length of time in seconds (a number, ``45s``, ``1m30s``, ``1:30``)."""
        if self.bad_tag(node):
            return None
        if not isinstance(node, ScalarNode) or node.tag not in (INT, FLOAT, STR):
            self.error(
                node, f"'{field}' must be a length of time like 30s or 1m30s, not {describe(node)}"
            )
            return None
        try:
            value: object = node.value
            if node.tag == INT:
                value = read_int(node.value)
            elif node.tag == FLOAT:
                value = read_float(node.value)
            return parse_duration(value)
        except ValueError as exc:
            self.error(node, f"'{field}': {exc}")
            return None

    def count(self, node: Node, field: str) -> int | None:
        """A whole number."""
        if isinstance(node, ScalarNode) and node.tag == INT:
            try:
                return read_int(node.value)
            except NumberError as exc:
                self.error(node, f"'{field}' must be a whole number: {exc}")
                return None
        if not (isinstance(node, ScalarNode) and self.bad_tag(node)):
            self.error(node, f"'{field}' must be a whole number, not {describe(node)}")
        return None

    def in_range(
        self,
        node: Node,
        field: str,
        value: float,
        low: float,
        high: float,
        show: Callable[[float], str] = seconds_text,
        words: tuple[str, str] = ("too short", "too long"),
    ) -> bool:
        """Check ``low <= value <= high``; non-positive values get their own message."""
        if value <= 0 < low:
            self.error(node, f"'{field}' must be more than 0")
            return False
        if value < low:
            self.error(node, f"'{field}' is {words[0]} ({show(value)}); at least {show(low)}")
            return False
        if value > high:
            self.error(node, f"'{field}' is {words[1]} ({show(value)}); at most {show(high)}")
            return False
        return True
