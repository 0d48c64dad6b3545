"""Checking a routine's YAML node tree and building the model from it.

Every problem names the line and column of the node it is about. The checks
walk only the shapes the format defines (root mapping, step list, step
mappings, lists of text), so a hostile tree cannot make them recurse.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from handtrainer.core.cautions import CAUTIONS, is_caution_id
from handtrainer.core.model import (
    FORMAT_VERSION,
    TURNING_TECHNIQUES,
    Audience,
    Hand,
    Order,
    Origin,
    PracticePlan,
    Pressure,
    Rotation,
    Routine,
    SourcePos,
    Step,
    Technique,
    View,
    Weekday,
    format_seconds,
)
from handtrainer.core.problems import Problem, did_you_mean
from handtrainer.core.zones import ZONES

# Limits: generous for real routines, tight enough to catch typos ("300m").
MAX_STEPS = 200
MAX_STEP_SECONDS = 30 * 60
MIN_STEP_SECONDS = 1.0
MAX_REPEAT = 500
MIN_PACE_SECONDS = 0.5
MAX_PACE_SECONDS = 60.0
MAX_REST_SECONDS = 10 * 60
MAX_ROUTINE_SECONDS = 3 * 60 * 60
MAX_TITLE_CHARS = 200
MAX_TEXT_CHARS = 5000
MAX_LIST_ITEMS = 100
MAX_ID_CHARS = 64

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

ID_PATTERN = re.compile(r"[a-z0-9-]+")
_DURATION = re.compile(
    r"\s*(?:(?P<m>\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?))?"
    r"\s*(?:(?P<s>\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)?)?\s*"
)
_CLOCK = re.compile(r"\s*(?P<m>\d+):(?P<s>[0-5]?\d(?:\.\d+)?)\s*")

ROUTINE_FIELDS = (
    "handtrainer",
    "id",
    "title",
    "summary",
    "audience",
    "tags",
    "cautions",
    "order",
    "steps",
    "sources",
    "notes",
    "plan",
)
PLAN_FIELDS = ("for", "times_per_week", "how_often", "days", "note")
MAX_TIMES_PER_WEEK = 70
STEP_FIELDS = (
    "title",
    "instruction",
    "technique",
    "hand",
    "view",
    "zones",
    "path",
    "pressure",
    "rotation",
    "duration",
    "repeat",
    "pace",
    "rest",
    "notes",
    "tradition",
)

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
        match = _CLOCK.fullmatch(value) or _DURATION.fullmatch(value)
        if not value.strip() or match is None or not any(match.groups()):
            raise ValueError(f"'{value}' is not a length of time; write e.g. 30s, 1m or 1m30s")
        seconds = float(match["m"] or 0) * 60 + float(match["s"] or 0)
    else:
        raise ValueError("a length of time must be a number of seconds or text like 1m30s")
    if not math.isfinite(seconds):
        raise ValueError("a length of time must be a finite number")
    if seconds < 0:
        raise ValueError("a length of time cannot be negative")
    return seconds


@functools.cache
def _members(kind: type[_E]) -> dict[str, _E]:
    """An enum's members by value (faster than calling the enum)."""
    return {member.value: member for member in kind}


def _seconds_text(seconds: float) -> str:
    """``format_seconds``, but keeping fractions of short lengths (``0.5 s``)."""
    if seconds < 60 and seconds != int(seconds):
        return f"{seconds:g} s"
    return format_seconds(seconds)


def _pos(node: Node) -> SourcePos:
    mark = node.start_mark
    return SourcePos(mark.line + 1, mark.column + 1)


def _describe(node: Node) -> str:
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a set of fields"
    return _TYPE_NAMES.get(node.tag, "text")


class RoutineChecker:
    """Checks one routine's node tree, collecting problems, and builds the ``Routine``."""

    def __init__(self, path: Path, origin: Origin) -> None:
        self.path = path
        self.origin = origin
        self.problems: list[Problem] = []
        self.id_pos: SourcePos | None = None

    # ------------------------------------------------------------ reporting

    def error(self, node: Node | None, message: str) -> None:
        """Record an error at ``node`` (or at the top of the file)."""
        pos = _pos(node) if node is not None else SourcePos(1, 1)
        self.problems.append(Problem(self.path, pos.line, pos.column, message))

    def warning(self, node: Node, message: str) -> None:
        """Record a warning at ``node``; the routine still loads."""
        pos = _pos(node)
        self.problems.append(Problem(self.path, pos.line, pos.column, message, "warning"))

    def _bad_tag(self, node: Node) -> bool:
        if node.tag in STANDARD_TAGS:
            return False
        tag = str(node.tag)
        shown = "!!" + tag[len(_T) :] if tag.startswith(_T) else tag
        self.error(node, f"the YAML tag '{shown}' is not allowed in routine files; remove it")
        return True

    # ------------------------------------------------------------- shapes

    def fields(
        self, node: MappingNode, known: tuple[str, ...], where: str, other: tuple[str, ...] = ()
    ) -> dict[str, tuple[Node, Node]]:
        """A mapping's fields by name; unknown and repeated field names are errors."""
        found: dict[str, tuple[Node, Node]] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode) or key.tag != STR:
                if not self._bad_tag(key):
                    self.error(key, f"a field name must be a plain word, not {_describe(key)}")
                continue
            name = key.value
            if name in found:
                first = found[name][0].start_mark.line + 1
                self.error(key, f"field '{name}' appears twice in {where} (first on line {first})")
            elif name in known:
                found[name] = (key, value)
            elif name in other:
                self.error(
                    key,
                    f"'{name}' is not a field of {where}; check the indentation "
                    f"(it belongs to {'a step' if where == 'the routine' else 'the routine'})",
                )
            else:
                hint = did_you_mean(name, known)
                self.error(key, f"unknown field '{name}' in {where}{hint}")
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
            self.error(node, f"{what} must be text, not {_describe(node)}")
        elif node.tag != STR:
            if self._bad_tag(node):
                return None
            if node.tag == NULL:
                self.error(node, f"{what} is empty")
            else:
                self.error(node, f"{what} must be text, not {_describe(node)}; put it in quotes")
        elif not node.value.strip():
            self.error(node, f"{what} is empty")
        else:
            length = len(node.value.strip())
            self.error(node, f"{what} is too long ({length} characters; at most {limit})")
        return None

    def items(self, node: Node, field: str) -> list[Node]:
        """The items of a list field; an error (and no items) for anything else."""
        if not isinstance(node, SequenceNode):
            if not self._bad_tag(node):
                self.error(
                    node,
                    f"'{field}' must be a list (one '- item' per line, or "
                    f"[a, b]), not {_describe(node)}",
                )
            return []
        if self._bad_tag(node):
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
        if self._bad_tag(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, f"'{field}' must be one word, not {_describe(node)}")
            return None
        try:
            return kind(node.value)
        except ValueError:
            options = [member.value for member in kind]
            hint = did_you_mean(str(node.value), options)
            shown = "empty" if node.tag == NULL else f"'{node.value}'"
            self.error(
                node, f"{field} {shown} is not known{hint}; choose one of: " + ", ".join(options)
            )
            return None

    def seconds(self, node: Node, field: str) -> float | None:
        """A length of time in seconds (a number, ``45s``, ``1m30s``, ``1:30``)."""
        if self._bad_tag(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, f"'{field}' must be a length of time, not {_describe(node)}")
            return None
        value: object
        try:
            if node.tag == INT:
                value = _CONSTRUCTOR.construct_yaml_int(node)
            elif node.tag == FLOAT:
                value = _CONSTRUCTOR.construct_yaml_float(node)
            elif node.tag == STR:
                value = node.value
            else:
                self.error(
                    node,
                    f"'{field}' must be a length of time like 30s or 1m30s, not {_describe(node)}",
                )
                return None
            return parse_duration(value)
        except ValueError as exc:
            self.error(node, f"'{field}': {exc}")
            return None

    def count(self, node: Node, field: str) -> int | None:
        """A whole number."""
        if isinstance(node, ScalarNode) and node.tag == INT:
            try:
                number = int(_CONSTRUCTOR.construct_yaml_int(node))
            except ValueError:
                number = None
            if number is not None:
                return number
        if not (isinstance(node, ScalarNode) and self._bad_tag(node)):
            self.error(node, f"'{field}' must be a whole number, not {_describe(node)}")
        return None

    def in_range(
        self,
        node: Node,
        field: str,
        value: float,
        low: float,
        high: float,
        show: Callable[[float], str] = _seconds_text,
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

    # -------------------------------------------------------------- routine

    def routine(self, root: Node | None, default_id: str) -> Routine | None:
        """Check the whole file; the ``Routine`` when there are no errors."""
        if root is None:
            self.error(None, "the file is empty; a routine starts with 'handtrainer: 1'")
            return None
        if not isinstance(root, MappingNode) or self._bad_tag(root):
            if isinstance(root, MappingNode):
                return None
            self.error(
                root,
                "a routine file must be a set of fields (handtrainer: 1, title: ..., "
                f"steps: ...), not {_describe(root)}",
            )
            return None
        f = self.fields(root, ROUTINE_FIELDS, "the routine", STEP_FIELDS)
        self._version(root, f)
        routine_id = self._routine_id(f, default_id)
        title = self._required_text(root, f, "title", "the routine", MAX_TITLE_CHARS)
        summary = self._required_text(root, f, "summary", "the routine")
        audience = self._optional(f, "audience", Audience, Audience.SELF)
        order = self._optional(f, "order", Order, Order.STEP_BY_STEP)
        tags = self.texts(f["tags"][1], "tags", MAX_TITLE_CHARS) if "tags" in f else ()
        cautions, caution_ids = self._cautions(f, audience or Audience.SELF)
        sources = self.texts(f["sources"][1], "sources") if "sources" in f else ()
        notes = self.text(f["notes"][1], "notes") if "notes" in f else ""
        plan = self._plan(f["plan"][1]) if "plan" in f else None
        steps = self._steps(root, f)
        self.problems.sort(key=lambda p: (p.line, p.column))
        if any(p.is_error for p in self.problems):
            return None
        assert routine_id and title and summary and audience and order and notes is not None
        routine = Routine(
            id=routine_id,
            title=title,
            summary=summary,
            steps=steps,
            audience=audience,
            order=order,
            tags=tags,
            cautions=cautions,
            caution_ids=caution_ids,
            sources=sources,
            notes=notes,
            plan=plan,
            path=self.path,
            origin=self.origin,
        )
        total = routine.work_seconds
        if total > MAX_ROUTINE_SECONDS:
            self.error(
                f["steps"][0],
                f"the routine is too long ({format_seconds(total)}); "
                f"a routine may last at most {format_seconds(MAX_ROUTINE_SECONDS)}",
            )
            return None
        return routine

    def _version(self, root: MappingNode, f: dict[str, tuple[Node, Node]]) -> None:
        if "handtrainer" not in f:
            self.error(
                root,
                "missing 'handtrainer: 1' (the format version) at the top of the "
                "file; it marks a Hand Trainer routine",
            )
            return
        node = f["handtrainer"][1]
        version = self.count(node, "handtrainer")
        if version is None or version == FORMAT_VERSION:
            return
        if version > FORMAT_VERSION:
            self.error(
                node,
                f"this routine is written for format version {version}, but this "
                f"Hand Trainer reads version {FORMAT_VERSION}; update Hand Trainer",
            )
        else:
            self.error(node, f"'handtrainer' must be {FORMAT_VERSION} (the format version)")

    def _routine_id(self, f: dict[str, tuple[Node, Node]], default_id: str) -> str | None:
        if "id" in f:
            node = f["id"][1]
            self.id_pos = _pos(node)
            value = self.text(node, "id", MAX_ID_CHARS)
            if value is not None and not ID_PATTERN.fullmatch(value):
                self.error(node, f"id '{value}' may use only small letters a-z, digits and '-'")
                return None
            return value
        if ID_PATTERN.fullmatch(default_id) and len(default_id) <= MAX_ID_CHARS:
            return default_id
        self.error(
            None,
            f"the file name '{default_id}' cannot serve as the routine's id; add an "
            "'id:' field, or rename the file using only a-z, 0-9 and '-'",
        )
        return None

    def _required_text(
        self,
        parent: Node,
        f: dict[str, tuple[Node, Node]],
        field: str,
        where: str,
        limit: int = MAX_TEXT_CHARS,
    ) -> str | None:
        if field not in f:
            self.error(parent, f"{where} has no '{field}'; it is required")
            return None
        return self.text(f[field][1], field, limit)

    def _cautions(
        self, f: dict[str, tuple[Node, Node]], audience: Audience
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Caution texts (standard ids worded for the audience) and the ids named."""
        if "cautions" not in f:
            return (), ()
        texts: list[str] = []
        ids: list[str] = []
        for item in self.items(f["cautions"][1], "cautions"):
            value = self.text(item, "cautions", what="an item of 'cautions'")
            if value is None or not is_caution_id(value):
                texts += [value] if value else []
                continue
            if value not in CAUTIONS:
                self.error(
                    item,
                    f"unknown caution '{value}'{did_you_mean(value, CAUTIONS)}; the standard "
                    f"cautions are: {', '.join(CAUTIONS)} (write your own as a sentence)",
                )
            elif value in ids:
                self.warning(item, f"caution '{value}' is listed twice")
            else:
                ids.append(value)
                texts.append(CAUTIONS[value].text(audience))
        return tuple(texts), tuple(ids)

    def _optional(
        self, f: dict[str, tuple[Node, Node]], field: str, kind: type[_E], default: _E
    ) -> _E | None:
        return self.choice(f[field][1], field, kind) if field in f else default

    def _plan(self, node: Node) -> PracticePlan | None:
        """``plan: {for: ..., times_per_week: N}``: a client program."""
        if not isinstance(node, MappingNode) or self._bad_tag(node):
            if not isinstance(node, MappingNode):
                self.error(
                    node,
                    "'plan' must be a set of fields (for, times_per_week, how_often, days, "
                    f"note), not {_describe(node)}",
                )
            return None
        f = self.fields(node, PLAN_FIELDS, "the plan")
        for_whom = self.text(f["for"][1], "for", MAX_TITLE_CHARS) if "for" in f else ""
        times = None
        if "times_per_week" in f:
            value_node = f["times_per_week"][1]
            times = self.count(value_node, "times_per_week")
            if times is not None and not self.in_range(
                value_node,
                "times_per_week",
                times,
                1,
                MAX_TIMES_PER_WEEK,
                show=lambda n: str(int(n)),
                words=("too few", "too many"),
            ):
                times = None
        how_often = (
            self.text(f["how_often"][1], "how_often", MAX_TITLE_CHARS) if "how_often" in f else ""
        )
        note = self.text(f["note"][1], "note") if "note" in f else ""
        days: list[Weekday] = []
        for item in self.items(f["days"][1], "days") if "days" in f else []:
            day = self.choice(item, "day", Weekday)
            if day is not None and day in days:
                self.warning(item, f"the day '{day.value}' is listed twice")
            elif day is not None:
                days.append(day)
        if for_whom is None or how_often is None or note is None:
            return None
        return PracticePlan(
            for_whom=for_whom,
            times_per_week=times,
            how_often=how_often,
            days=tuple(days),
            note=note,
        )

    def _steps(self, root: MappingNode, f: dict[str, tuple[Node, Node]]) -> tuple[Step, ...]:
        if "steps" not in f:
            self.error(root, "the routine has no 'steps'; it needs at least one")
            return ()
        node = f["steps"][1]
        if not isinstance(node, SequenceNode):
            if not self._bad_tag(node):
                self.error(node, f"'steps' must be a list of steps, not {_describe(node)}")
            return ()
        if not node.value:
            self.error(node, "'steps' is empty; a routine needs at least one step")
            return ()
        if len(node.value) > MAX_STEPS:
            self.error(node, f"the routine has {len(node.value)} steps; at most {MAX_STEPS}")
            return ()
        steps = (self.step(item, number) for number, item in enumerate(node.value, 1))
        return tuple(s for s in steps if s is not None)

    # ----------------------------------------------------------------- step

    def step(self, node: Node, number: int) -> Step | None:
        """Check one step; the ``Step`` when it has no errors."""
        where = f"step {number}"
        if not isinstance(node, MappingNode) or self._bad_tag(node):
            if not isinstance(node, MappingNode):
                self.error(
                    node,
                    f"{where} must be a set of fields (title:, instruction:, ...), "
                    f"not {_describe(node)}",
                )
            return None
        before = len(self.problems)
        f = self.fields(node, STEP_FIELDS, where, ROUTINE_FIELDS)
        title = self._required_text(node, f, "title", where, MAX_TITLE_CHARS)
        instruction = self._required_text(node, f, "instruction", where)
        technique = None
        if "technique" in f:
            technique = self.choice(f["technique"][1], "technique", Technique)
        else:
            self.error(
                node,
                f"{where} has no 'technique'; it is required (one of: "
                + ", ".join(t.value for t in Technique)
                + ")",
            )
        hand = self._optional(f, "hand", Hand, Hand.EACH)
        view = self._optional(f, "view", View, View.PALM)
        zones = self._zones(f, "zones", view)
        path = self._zones(f, "path", view)
        path_node = f["path"][1] if "path" in f else None
        one = isinstance(path_node, SequenceNode) and len(path_node.value) == 1
        if one and len(path) == 1 and not ZONES[path[0]].has_course:
            self.error(
                path_node,
                "'path' shows a direction, so it needs at least two zones, or one "
                "zone with a course of its own (a line or an edge)",
            )
        pressure = self.choice(f["pressure"][1], "pressure", Pressure) if "pressure" in f else None
        rotation = self.choice(f["rotation"][1], "rotation", Rotation) if "rotation" in f else None
        if rotation is not None and technique not in TURNING_TECHNIQUES:
            self.warning(
                f["rotation"][1],
                "'rotation' is shown only for turning techniques ("
                + ", ".join(sorted(t.value for t in TURNING_TECHNIQUES))
                + "), not for "
                + (f"'{technique.value}'" if technique else "this step"),
            )
        duration, repeat, pace = self._length(node, f, where)
        rest = 0.0
        if "rest" in f:
            value = self.seconds(f["rest"][1], "rest")
            if value is not None and (
                value == 0 or self.in_range(f["rest"][1], "rest", value, 0.0, MAX_REST_SECONDS)
            ):
                rest = value
        notes = self.text(f["notes"][1], "notes") if "notes" in f else ""
        tradition = self.text(f["tradition"][1], "tradition") if "tradition" in f else ""
        if any(p.is_error for p in self.problems[before:]):
            return None
        assert title and instruction and technique and hand and view
        return Step(
            title=title,
            instruction=instruction,
            technique=technique,
            hand=hand,
            view=view,
            zones=zones,
            path=path,
            pressure=pressure,
            duration=duration,
            repeat=repeat,
            pace=pace,
            rest=rest,
            notes=notes or "",
            tradition=tradition or "",
            rotation=rotation,
            pos=_pos(node),
        )

    def _zones(
        self, f: dict[str, tuple[Node, Node]], field: str, view: View | None
    ) -> tuple[str, ...]:
        if field not in f:
            return ()
        found: list[str] = []
        for item in self.items(f[field][1], field):
            zone_id = self.text(item, field, MAX_ID_CHARS * 2, f"an item of '{field}'")
            if zone_id is None:
                continue
            zone = ZONES.get(zone_id)
            if zone is None:
                hint = did_you_mean(zone_id, ZONES)
                self.error(item, f"unknown zone '{zone_id}'{hint}; 'handtrainer zones' lists them")
                continue
            if view is not None and view not in zone.views:
                shown = " or ".join(sorted(v.value for v in zone.views))
                self.error(
                    item,
                    f"zone '{zone_id}' ({zone.name}) is not on the {view.value} "
                    f"view of the hand; set 'view: {shown}' or pick a {view.value} zone",
                )
                continue
            if zone_id in found and field == "zones":
                self.warning(item, f"zone '{zone_id}' is listed twice")
                continue
            found.append(zone_id)
        return tuple(found)

    def _length(
        self, node: MappingNode, f: dict[str, tuple[Node, Node]], where: str
    ) -> tuple[float | None, int | None, float | None]:
        has_duration, has_repeat, has_pace = "duration" in f, "repeat" in f, "pace" in f
        if has_duration and (has_repeat or has_pace):
            other = f["repeat" if has_repeat else "pace"][0]
            self.error(
                other,
                f"{where} has both 'duration' and '{other.value}'; give either a "
                "duration, or 'repeat' with 'pace', not both",
            )
            return None, None, None
        if has_duration:
            value_node = f["duration"][1]
            duration = self.seconds(value_node, "duration")
            if duration is not None and self.in_range(
                value_node, "duration", duration, MIN_STEP_SECONDS, MAX_STEP_SECONDS
            ):
                return duration, None, None
            return None, None, None
        if not has_repeat and not has_pace:
            self.error(
                node,
                f"{where} has no length: give 'duration' (e.g. 30s), or 'repeat' "
                "(how many times) with 'pace' (seconds each)",
            )
            return None, None, None
        if not (has_repeat and has_pace):
            missing, given = ("pace", "repeat") if has_repeat else ("repeat", "pace")
            self.error(
                f[given][0],
                f"'{given}' needs '{missing}' too: 'repeat' counts the "
                "repetitions and 'pace' gives the seconds of each",
            )
            return None, None, None
        repeat = self.count(f["repeat"][1], "repeat")
        pace = self.seconds(f["pace"][1], "pace")
        ok = repeat is not None and self.in_range(
            f["repeat"][1],
            "repeat",
            repeat,
            1,
            MAX_REPEAT,
            show=lambda v: f"{v:g}",
            words=("too small", "too large"),
        )
        ok = (
            pace is not None
            and self.in_range(f["pace"][1], "pace", pace, MIN_PACE_SECONDS, MAX_PACE_SECONDS)
            and ok
        )
        if not ok or repeat is None or pace is None:
            return None, None, None
        if repeat * pace > MAX_STEP_SECONDS:
            self.error(
                f["repeat"][0],
                f"{where} is too long ({repeat} x {_seconds_text(pace)} "
                f"= {format_seconds(repeat * pace)}); a step may last at most "
                f"{format_seconds(MAX_STEP_SECONDS)}",
            )
            return None, None, None
        return None, repeat, pace


_CONSTRUCTOR = yaml.constructor.SafeConstructor()
