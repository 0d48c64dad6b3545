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
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from handtrainer.core.model import SourcePos
from handtrainer.core.problems import Problem, Severity, closest_choice, did_you_mean_choice
from handtrainer.core.textpos import EditorPositions
from handtrainer.core.wording import QT_TRANSLATE_NOOP, format_seconds, translate
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
# Plain words YAML reads as something other than text, by the tag it gives them.
_SPECIAL_WORDS = {
    _T + "value": QT_TRANSLATE_NOOP(
        "Problems", "a plain = means something else to YAML; to write an = sign, quote it: '='"
    ),
    _T + "merge": QT_TRANSLATE_NOOP(
        "Problems",
        "YAML merge keys (<<) are not allowed in routine files; write the fields out in full",
    ),
}
# What a value is, as in "must be text, not a list" (looked up when a message is made).
_TYPE_NAMES = {
    INT: QT_TRANSLATE_NOOP("Problems", "a number"),
    FLOAT: QT_TRANSLATE_NOOP("Problems", "a number"),
    BOOL: QT_TRANSLATE_NOOP("Problems", "yes/no (true/false)"),
    NULL: QT_TRANSLATE_NOOP("Problems", "empty"),
    TIMESTAMP: QT_TRANSLATE_NOOP("Problems", "a date"),
    SEQ: QT_TRANSLATE_NOOP("Problems", "a list"),
    MAP: QT_TRANSLATE_NOOP("Problems", "a set of fields"),
}
# A value out of range, by what it measures: (below the least, above the most).
_OUT_OF_RANGE = {
    "time": (
        QT_TRANSLATE_NOOP("Problems", "'{field}' is too short ({value}); at least {low}"),
        QT_TRANSLATE_NOOP("Problems", "'{field}' is too long ({value}); at most {high}"),
    ),
    "size": (
        QT_TRANSLATE_NOOP("Problems", "'{field}' is too small ({value}); at least {low}"),
        QT_TRANSLATE_NOOP("Problems", "'{field}' is too large ({value}); at most {high}"),
    ),
    "count": (
        QT_TRANSLATE_NOOP("Problems", "'{field}' is too few ({value}); at least {low}"),
        QT_TRANSLATE_NOOP("Problems", "'{field}' is too many ({value}); at most {high}"),
    ),
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
        raise ValueError(translate("Problems", "a yes/no value is not a length of time"))
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        seconds = _duration_text(value)
    else:
        raise ValueError(
            translate("Problems", "a length of time must be a number of seconds or text like 1m30s")
        )
    if not math.isfinite(seconds):
        raise ValueError(translate("Problems", "a length of time must be a finite number"))
    if seconds < 0:
        raise ValueError(translate("Problems", "a length of time cannot be negative"))
    return seconds


def _duration_text(value: str) -> float:
    """Seconds from a length written as text."""
    seconds = _duration_seconds(value)
    if seconds is None:
        raise ValueError(
            translate(
                "Problems", "'{text}' is not a length of time; write e.g. 30s, 1m or 1m30s"
            ).format(text=shorten(value.strip()))
        )
    return seconds


@functools.lru_cache(maxsize=512)
def _duration_seconds(value: str) -> float | None:
    """Seconds from a length written as text, or ``None``; remembered, as files repeat
    ``20s`` and ``2s`` (the answer only: a message is worded in the reader's language)."""
    text = value.strip()
    match = None
    if len(text) <= MAX_DURATION_CHARS:
        match = _CLOCK.fullmatch(text) or _DURATION.fullmatch(text)
    if not text or match is None or not any(match.groups()):
        return None
    return float(match["m"] or 0) * 60 + float(match["s"] or 0)


@functools.cache
def _members(kind: type[_E]) -> dict[str, _E]:
    """An enum's members by value (faster than calling the enum)."""
    return {member.value: member for member in kind}


@functools.lru_cache(maxsize=1024)
def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    return closest_choice(word, choices)


def seconds_text(seconds: float) -> str:
    """``format_seconds``, but keeping fractions of short lengths (``0.5 s``)."""
    if seconds < 60 and seconds != int(seconds):
        point = translate("Wording", ".", "the decimal point of 2.5 s")
        return translate("Wording", "{seconds} s").format(
            seconds=f"{seconds:g}".replace(".", point)
        )
    return format_seconds(seconds)


def describe(node: Node) -> str:
    """What kind of value a node holds, in words (``a list``, ``a number``, ``text``)."""
    if isinstance(node, SequenceNode):
        return translate("Problems", "a list")
    if isinstance(node, MappingNode):
        return translate("Problems", "a set of fields")
    if node.tag in _TYPE_NAMES:
        return translate("Problems", _TYPE_NAMES[node.tag])
    return translate("Problems", "text")


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

    def error(self, node: Node | None, message: str, missing: str = "") -> None:
        """Record an error at ``node`` (or at the top of the file).

        ``missing`` names the field the node lacks, when that is the problem.
        """
        self.errors += 1
        self._record(node, message, "error", missing)

    def warning(self, node: Node, message: str) -> None:
        """Record a warning at ``node``; the file still loads."""
        self._record(node, message, "warning")

    def _record(
        self, node: Node | None, message: str, severity: Severity, missing: str = ""
    ) -> None:
        pos = self.pos(node) if node is not None else SourcePos(1, 1)
        if len(self.problems) >= MAX_PROBLEMS:
            self.unlisted += 1
            self._first_unlisted = self._first_unlisted or pos
            return
        self.problems.append(Problem(self.path, pos.line, pos.column, message, severity, missing))

    def unlisted_problem(self) -> Problem | None:
        """A problem saying how many were not listed (from where), or ``None``."""
        if not self.unlisted or self._first_unlisted is None:
            return None
        pos = self._first_unlisted
        message = translate(
            "Problems",
            "%n more problems from here on are not listed (only the first {most} are); "
            "fix these and check again",
            None,
            self.unlisted,
        ).format(most=MAX_PROBLEMS)
        return Problem(
            self.path, pos.line, pos.column, message, "error" if self.errors else "warning"
        )

    def suggest(self, word: str, choices: tuple[str, ...]) -> str:
        """`` (did you mean 'x'?)``, when it is worth computing."""
        if len(word) > 64 or len(self.problems) >= MAX_PROBLEMS:
            return ""
        return did_you_mean_choice(_closest(word, choices))

    def bad_tag(self, node: Node) -> bool:
        """True (with an error) for a tag other than YAML's standard ones."""
        if node.tag in STANDARD_TAGS:
            return False
        tag = str(node.tag)
        if isinstance(node, ScalarNode) and not node.style and tag in _SPECIAL_WORDS:
            # A plain "=" or "<<" that YAML itself gave a tag: nobody wrote one.
            self.error(node, translate("Problems", _SPECIAL_WORDS[tag]))
            return True
        shown = "!!" + tag[len(_T) :] if tag.startswith(_T) else tag
        self.error(
            node,
            translate(
                "Problems", "the YAML tag '{tag}' is not allowed in routine files; remove it"
            ).format(tag=shorten(shown)),
        )
        return True

    # ------------------------------------------------------------- shapes

    def fields(
        self,
        node: MappingNode,
        known: tuple[str, ...],
        where: str,
        other: tuple[str, ...] = (),
        belongs: str = "",
    ) -> dict[str, tuple[Node, Node]]:
        """A mapping's fields by name; unknown and repeated field names are errors.

        ``where`` names the mapping (``step 2``). ``other`` are the fields of the
        enclosing or enclosed mapping: found here, they are most likely indented
        wrongly, and ``belongs`` says where they go (``it belongs to a step``).
        """
        found: dict[str, tuple[Node, Node]] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode) or key.tag != STR:
                if not self.bad_tag(key):
                    self.error(
                        key,
                        translate(
                            "Problems", "a field name must be a plain word, not {kind}"
                        ).format(kind=describe(key)),
                    )
                continue
            name = key.value
            if name in found:
                first = self.pos(found[name][0]).line
                self.error(
                    key,
                    translate(
                        "Problems",
                        "field '{name}' appears twice in {where} (first on line {first})",
                    ).format(name=name, where=where, first=first),
                )
            elif name in known:
                found[name] = (key, value)
            elif name in other:
                self.error(
                    key,
                    translate(
                        "Problems",
                        "'{name}' is not a field of {where}; check the indentation ({belongs})",
                    ).format(name=name, where=where, belongs=belongs),
                )
            else:
                hint = self.suggest(name, known)
                self.error(
                    key,
                    translate("Problems", "unknown field '{name}' in {where}{hint}").format(
                        name=shorten(name), where=where, hint=hint
                    ),
                )
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
        what = what or translate("Problems", "'{field}'").format(field=field)
        if not isinstance(node, ScalarNode):
            self.error(
                node,
                translate("Problems", "{what} must be text, not {kind}").format(
                    what=what, kind=describe(node)
                ),
            )
        elif node.tag != STR:
            if self.bad_tag(node):
                return None
            if node.tag == NULL:
                self.error(node, translate("Problems", "{what} is empty").format(what=what))
            else:
                self.error(
                    node,
                    translate(
                        "Problems", "{what} must be text, not {kind}; put it in quotes"
                    ).format(what=what, kind=describe(node)),
                )
        elif not node.value.strip():
            self.error(node, translate("Problems", "{what} is empty").format(what=what))
        else:
            length = len(node.value.strip())
            self.error(
                node,
                translate(
                    "Problems", "{what} is too long (%n characters; at most {most})", None, length
                ).format(what=what, most=limit),
            )
        return None

    def items(self, node: Node, field: str) -> list[Node]:
        """The items of a list field; an error (and no items) for anything else."""
        if not isinstance(node, SequenceNode):
            if not self.bad_tag(node):
                self.error(
                    node,
                    translate(
                        "Problems",
                        "'{field}' must be a list (one '- item' per line, or [a, b]), not {kind}",
                    ).format(field=field, kind=describe(node)),
                )
            return []
        if self.bad_tag(node):
            return []
        if len(node.value) > MAX_LIST_ITEMS:
            self.error(
                node,
                translate(
                    "Problems", "'{field}' has %n items; at most {most}", None, len(node.value)
                ).format(field=field, most=MAX_LIST_ITEMS),
            )
            return []
        return list(node.value)

    def texts(self, node: Node, field: str, limit: int = MAX_TEXT_CHARS) -> tuple[str, ...]:
        """A list of text items."""
        what = item_of(field)
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
            self.error(
                node,
                translate("Problems", "'{field}' must be one word, not {kind}").format(
                    field=field, kind=describe(node)
                ),
            )
            return None
        options = tuple(option.value for option in kind)
        word = str(node.value)
        found: _E | None = _members(kind).get(word)
        if found is not None:
            return found
        hint = self.suggest(word, options)
        if node.tag == NULL:
            message = translate(
                "Problems", "{field} empty is not known{hint}; choose one of: {options}"
            )
        else:
            message = translate(
                "Problems", "{field} '{value}' is not known{hint}; choose one of: {options}"
            )
        self.error(
            node,
            message.format(field=field, value=shorten(word), hint=hint, options=", ".join(options)),
        )
        return None

    def seconds(self, node: Node, field: str) -> float | None:
        """A length of time in seconds (a number, ``45s``, ``1m30s``, ``1:30``)."""
        if self.bad_tag(node):
            return None
        if not isinstance(node, ScalarNode) or node.tag not in (INT, FLOAT, STR):
            self.error(
                node,
                translate(
                    "Problems", "'{field}' must be a length of time like 30s or 1m30s, not {kind}"
                ).format(field=field, kind=describe(node)),
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
            self.error(
                node, translate("Problems", "'{field}': {reason}").format(field=field, reason=exc)
            )
            return None

    def count(self, node: Node, field: str) -> int | None:
        """A whole number."""
        if isinstance(node, ScalarNode) and node.tag == INT:
            try:
                return read_int(node.value)
            except NumberError as exc:
                self.error(
                    node,
                    translate("Problems", "'{field}' must be a whole number: {reason}").format(
                        field=field, reason=exc
                    ),
                )
                return None
        if not (isinstance(node, ScalarNode) and self.bad_tag(node)):
            self.error(
                node,
                translate("Problems", "'{field}' must be a whole number, not {kind}").format(
                    field=field, kind=describe(node)
                ),
            )
        return None

    def in_range(
        self,
        node: Node,
        field: str,
        value: float,
        low: float,
        high: float,
        show: Callable[[float], str] = seconds_text,
        measure: str = "time",
    ) -> bool:
        """Check ``low <= value <= high``; non-positive values get their own message.

        ``measure`` (``time``, ``size``, ``count``) words the message: too short, too small,
        too few.
        """
        if value <= 0 < low:
            self.error(
                node, translate("Problems", "'{field}' must be more than 0").format(field=field)
            )
            return False
        too_low, too_high = _OUT_OF_RANGE[measure]
        if value < low or value > high:
            template = too_low if value < low else too_high
            self.error(
                node,
                translate("Problems", template).format(
                    field=field, value=show(value), low=show(low), high=show(high)
                ),
            )
            return False
        return True


def either(choices: Iterable[str]) -> str:
    """``palm or back``: choices to pick one of, in words."""
    return translate("Problems", " or ", "between two choices: palm or back").join(choices)


def item_of(field: str) -> str:
    """``an item of 'cautions'``: a list's item, as messages name it."""
    return translate("Problems", "an item of '{field}'").format(field=field)
