"""The rules of a routine file, checked on its YAML node tree, and the model built from it.

Every problem names the line and column of the node it is about. The checks
walk only the shapes the format defines (root mapping, step list, step
mappings, lists of text), so a hostile tree cannot make them recurse. Reading
single values (text, choices, lengths of time, numbers) is ``nodes``' job.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from handtrainer.core.cautions import CAUTIONS, is_caution_id
from handtrainer.core.model import (
    DEFAULT_LANGUAGE,
    FORMAT_VERSION,
    MAP_VIEWS,
    TURNING_TECHNIQUES,
    Audience,
    BodyMap,
    Hand,
    Order,
    Origin,
    PracticePlan,
    Pressure,
    Rotation,
    Routine,
    RoutineTranslation,
    SourcePos,
    Step,
    Technique,
    View,
    Weekday,
)
from handtrainer.core.nodes import (
    MAX_LIST_ITEMS,
    MAX_TEXT_CHARS,
    NodeReader,
    describe,
    either,
    item_of,
    parse_duration,
    seconds_text,
)
from handtrainer.core.problems import not_a_step
from handtrainer.core.textpos import EditorPositions
from handtrainer.core.translations import OwnText, language_code, read_translations
from handtrainer.core.wording import format_seconds, translate
from handtrainer.core.zones import ZONES, zone_name

__all__ = ["MAX_LIST_ITEMS", "MAX_TEXT_CHARS", "RoutineChecker", "parse_duration"]

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
MAX_ID_CHARS = 64

ID_PATTERN = re.compile(r"[a-z0-9-]+")
_ZONE_IDS = tuple(ZONES)
_CAUTION_IDS = tuple(CAUTIONS)

ROUTINE_FIELDS = (
    "handtrainer",
    "id",
    "title",
    "summary",
    "audience",
    "map",
    "tags",
    "cautions",
    "order",
    "steps",
    "sources",
    "notes",
    "plan",
    "language",
    "translations",
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


def the_routine() -> str:
    """``the routine``: the file's top level, as problems name it."""
    return translate("Problems", "the routine", "a part of the file named in a problem")


def step_place(number: int) -> str:
    """``step 3``: a step, as problems name it."""
    return translate("Problems", "step {number}", "a part of the file named in a problem").format(
        number=number
    )


class RoutineChecker(NodeReader):
    """Checks one routine's node tree, collecting problems, and builds the ``Routine``."""

    def __init__(
        self, path: Path, origin: Origin, positions: EditorPositions | None = None
    ) -> None:
        super().__init__(path, positions)
        self.origin = origin
        self.id_pos: SourcePos | None = None
        self.body_map = BodyMap.HAND

    # -------------------------------------------------------------- routine

    def routine(self, root: Node | None, default_id: str) -> Routine | None:
        """Check the whole file; the ``Routine`` when there are no errors."""
        if root is None:
            self.error(
                None,
                translate("Problems", "the file is empty; a routine starts with 'handtrainer: 1'"),
            )
            return None
        if not isinstance(root, MappingNode) or self.bad_tag(root):
            if isinstance(root, MappingNode):
                return None
            self.error(
                root,
                translate(
                    "Problems",
                    "a routine file must be a set of fields (handtrainer: 1, title: ..., "
                    "steps: ...), not {kind}",
                ).format(kind=describe(root)),
            )
            return None
        routine_place = the_routine()
        f = self.fields(
            root,
            ROUTINE_FIELDS,
            routine_place,
            STEP_FIELDS,
            translate("Problems", "it belongs to a step"),
        )
        self._version(root, f)
        routine_id = self._routine_id(f, default_id)
        title = self._required_text(root, f, "title", routine_place, MAX_TITLE_CHARS)
        summary = self._required_text(root, f, "summary", routine_place)
        audience = self._optional(f, "audience", Audience, Audience.SELF)
        order = self._optional(f, "order", Order, Order.STEP_BY_STEP)
        body_map = self._optional(f, "map", BodyMap, BodyMap.HAND) or BodyMap.HAND
        self.body_map = body_map
        tags = self.texts(f["tags"][1], "tags", MAX_TITLE_CHARS) if "tags" in f else ()
        cautions, caution_ids = self._cautions(f, audience or Audience.SELF)
        sources = self.texts(f["sources"][1], "sources") if "sources" in f else ()
        notes = self.text(f["notes"][1], "notes") if "notes" in f else ""
        plan = self._plan(f["plan"][1]) if "plan" in f else None
        steps = self._steps(root, f)
        language = DEFAULT_LANGUAGE
        if "language" in f:
            what = translate("Problems", "'{field}'").format(field="language")
            language = language_code(self, f["language"][1], what) or DEFAULT_LANGUAGE
        translations: tuple[RoutineTranslation, ...] = ()
        if "translations" in f:
            own = self._own_text(f, language, steps)
            translations = read_translations(self, f["translations"][1], own)
        self.problems.sort(key=lambda p: (p.line, p.column))
        unlisted = self.unlisted_problem()
        if unlisted is not None:
            self.problems.append(unlisted)
        if self.errors:
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
            map=body_map,
            cautions=cautions,
            caution_ids=caution_ids,
            sources=sources,
            notes=notes,
            plan=plan,
            language=language,
            translations=translations,
            path=self.path,
            origin=self.origin,
        )
        total = routine.work_seconds
        if total > MAX_ROUTINE_SECONDS:
            self.error(
                f["steps"][0],
                translate(
                    "Problems",
                    "the routine is too long ({length}); a routine may last at most {most}",
                ).format(length=format_seconds(total), most=format_seconds(MAX_ROUTINE_SECONDS)),
            )
            return None
        return routine

    def _own_text(
        self,
        f: dict[str, tuple[Node, Node]],
        language: str,
        steps: tuple[Step, ...],
    ) -> OwnText:
        """What of the routine's text its translations are matched against (by position)."""

        def items(name: str) -> list[Node]:
            node = f[name][1] if name in f else None
            return node.value if isinstance(node, SequenceNode) else []

        node = f["steps"][1] if "steps" in f else None
        count = len(node.value) if isinstance(node, SequenceNode) else None
        complete = count is not None and len(steps) == count
        own_cautions = [
            item
            for item in items("cautions")
            if not (isinstance(item, ScalarNode) and is_caution_id(str(item.value).strip()))
        ]
        return OwnText(
            language=language,
            steps=count,
            sources=len(items("sources")),
            own_cautions=len(own_cautions),
            step_fields=tuple(
                frozenset(n for n in ("notes", "tradition") if getattr(s, n)) for s in steps
            )
            if complete
            else (),
            title_chars=MAX_TITLE_CHARS,
        )

    def _version(self, root: MappingNode, f: dict[str, tuple[Node, Node]]) -> None:
        if "handtrainer" not in f:
            self.error(
                root,
                translate(
                    "Problems",
                    "missing 'handtrainer: 1' (the format version) at the top of the "
                    "file; it marks a Hand Trainer routine",
                ),
            )
            return
        node = f["handtrainer"][1]
        version = self.count(node, "handtrainer")
        if version is None or version == FORMAT_VERSION:
            return
        if version > FORMAT_VERSION:
            self.error(
                node,
                translate(
                    "Problems",
                    "this routine is written for format version {version}, but this "
                    "Hand Trainer reads version {supported}; update Hand Trainer",
                ).format(version=version, supported=FORMAT_VERSION),
            )
        else:
            self.error(
                node,
                translate(
                    "Problems", "'handtrainer' must be {version} (the format version)"
                ).format(version=FORMAT_VERSION),
            )

    def _routine_id(self, f: dict[str, tuple[Node, Node]], default_id: str) -> str | None:
        if "id" in f:
            node = f["id"][1]
            self.id_pos = self.pos(node)
            value = self.text(node, "id", MAX_ID_CHARS)
            if value is not None and not ID_PATTERN.fullmatch(value):
                self.error(
                    node,
                    translate(
                        "Problems", "id '{id}' may use only small letters a-z, digits and '-'"
                    ).format(id=value),
                )
                return None
            return value
        if ID_PATTERN.fullmatch(default_id) and len(default_id) <= MAX_ID_CHARS:
            return default_id
        self.error(
            None,
            translate(
                "Problems",
                "the file name '{name}' cannot serve as the routine's id; add an "
                "'id:' field, or rename the file using only a-z, 0-9 and '-'",
            ).format(name=default_id),
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
            self.error(
                parent,
                translate("Problems", "{where} has no '{field}'; it is required").format(
                    where=where, field=field
                ),
                field,
            )
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
            value = self.text(item, "cautions", what=item_of("cautions"))
            if value is None or not is_caution_id(value):
                texts += [value] if value else []
                continue
            if value not in CAUTIONS:
                self.error(
                    item,
                    translate(
                        "Problems",
                        "unknown caution '{caution}'{hint}; the standard cautions are: "
                        "{cautions} (write your own as a sentence)",
                    ).format(
                        caution=value,
                        hint=self.suggest(value, _CAUTION_IDS),
                        cautions=", ".join(CAUTIONS),
                    ),
                )
            elif value in ids:
                self.warning(
                    item,
                    translate("Problems", "caution '{caution}' is listed twice").format(
                        caution=value
                    ),
                )
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
        if not isinstance(node, MappingNode) or self.bad_tag(node):
            if not isinstance(node, MappingNode):
                self.error(
                    node,
                    translate(
                        "Problems",
                        "'plan' must be a set of fields (for, times_per_week, how_often, days, "
                        "note), not {kind}",
                    ).format(kind=describe(node)),
                )
            return None
        f = self.fields(
            node,
            PLAN_FIELDS,
            translate("Problems", "the plan", "a part of the file named in a problem"),
        )
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
                measure="count",
            ):
                times = None
        how_often = (
            self.text(f["how_often"][1], "how_often", MAX_TITLE_CHARS) if "how_often" in f else ""
        )
        note = self.text(f["note"][1], "note") if "note" in f else ""
        days: list[Weekday] = []
        for item in self.items(f["days"][1], "days") if "days" in f else []:
            day = self.choice(
                item,
                translate("Problems", "day", "an item of 'days': day 'mondy' is not known"),
                Weekday,
            )
            if day is not None and day in days:
                self.warning(
                    item,
                    translate("Problems", "the day '{day}' is listed twice").format(day=day.value),
                )
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
            self.error(
                root,
                translate("Problems", "the routine has no 'steps'; it needs at least one"),
                "steps",
            )
            return ()
        node = f["steps"][1]
        if not isinstance(node, SequenceNode):
            if not self.bad_tag(node):
                self.error(
                    node,
                    translate("Problems", "'steps' must be a list of steps, not {kind}").format(
                        kind=describe(node)
                    ),
                )
            return ()
        if not node.value:
            self.error(
                node, translate("Problems", "'steps' is empty; a routine needs at least one step")
            )
            return ()
        if len(node.value) > MAX_STEPS:
            self.error(
                node,
                translate(
                    "Problems", "the routine has %n step(s); at most {most}", None, len(node.value)
                ).format(most=MAX_STEPS),
            )
            return ()
        steps = (self.step(item, number) for number, item in enumerate(node.value, 1))
        return tuple(s for s in steps if s is not None)

    # ----------------------------------------------------------------- step

    def step(self, node: Node, number: int) -> Step | None:
        """Check one step; the ``Step`` when it has no errors."""
        where = step_place(number)
        if not isinstance(node, MappingNode) or self.bad_tag(node):
            if not isinstance(node, MappingNode):
                self.error(node, not_a_step(where, describe(node)))
            return None
        errors_before = self.errors
        f = self.fields(
            node,
            STEP_FIELDS,
            where,
            ROUTINE_FIELDS,
            translate("Problems", "it belongs to the routine"),
        )
        title = self._required_text(node, f, "title", where, MAX_TITLE_CHARS)
        instruction = self._required_text(node, f, "instruction", where)
        technique = None
        if "technique" in f:
            technique = self.choice(f["technique"][1], "technique", Technique)
        else:
            self.error(
                node,
                translate(
                    "Problems", "{where} has no 'technique'; it is required (one of: {techniques})"
                ).format(where=where, techniques=", ".join(t.value for t in Technique)),
                "technique",
            )
        hand = self._optional(f, "hand", Hand, Hand.EACH)
        views = MAP_VIEWS[self.body_map]
        view = self._optional(f, "view", View, views[0])
        if view is not None and view not in views:
            self.error(
                f["view"][1],
                translate(
                    "Problems", "'view: {view}' is not a view of the {map} map; use {views}"
                ).format(
                    view=view.value, map=self.body_map.value, views=either(v.value for v in views)
                ),
            )
            view = None
        zones = self._zones(f, "zones", view)
        path = self._zones(f, "path", view)
        path_node = f["path"][1] if "path" in f else None
        one = isinstance(path_node, SequenceNode) and len(path_node.value) == 1
        if one and len(path) == 1 and not ZONES[path[0]].has_course:
            self.error(
                path_node,
                translate(
                    "Problems",
                    "'path' shows a direction, so it needs at least two zones, or one "
                    "zone with a course of its own (a line or an edge)",
                ),
            )
        pressure = self.choice(f["pressure"][1], "pressure", Pressure) if "pressure" in f else None
        rotation = self.choice(f["rotation"][1], "rotation", Rotation) if "rotation" in f else None
        if rotation is not None and technique not in TURNING_TECHNIQUES:
            turning = ", ".join(sorted(t.value for t in TURNING_TECHNIQUES))
            if technique:
                message = translate(
                    "Problems",
                    "'rotation' is shown only for turning techniques ({techniques}), "
                    "not for '{technique}'",
                )
            else:
                message = translate(
                    "Problems",
                    "'rotation' is shown only for turning techniques ({techniques}), "
                    "not for this step",
                )
            self.warning(
                f["rotation"][1],
                message.format(techniques=turning, technique=technique.value if technique else ""),
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
        if self.errors > errors_before:
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
            pos=self.pos(node),
        )

    def _zones(
        self, f: dict[str, tuple[Node, Node]], field: str, view: View | None
    ) -> tuple[str, ...]:
        if field not in f:
            return ()
        found: list[str] = []
        for item in self.items(f[field][1], field):
            zone_id = self.text(item, field, MAX_ID_CHARS * 2, item_of(field))
            if zone_id is None:
                continue
            zone = ZONES.get(zone_id)
            if zone is None:
                hint = self.suggest(zone_id, _ZONE_IDS)
                self.error(
                    item,
                    translate(
                        "Problems", "unknown zone '{zone}'{hint}; 'handtrainer zones' lists them"
                    ).format(zone=zone_id, hint=hint),
                )
                continue
            if zone.map != self.body_map.value:
                self.error(
                    item,
                    translate(
                        "Problems",
                        "zone '{zone}' ({name}) is on the {zone_map} map, and this routine "
                        "uses the {map} map (set 'map: {zone_map}' at the top to use it)",
                    ).format(
                        zone=zone_id,
                        name=zone_name(zone_id),
                        zone_map=zone.map,
                        map=self.body_map.value,
                    ),
                )
                continue
            if view is not None and view not in zone.views:
                self.error(
                    item,
                    translate(
                        "Problems",
                        "zone '{zone}' ({name}) is not on the {view} view of the {map}; "
                        "set 'view: {views}' or pick a {view} zone",
                    ).format(
                        zone=zone_id,
                        name=zone_name(zone_id),
                        view=view.value,
                        map=self.body_map.value,
                        views=either(sorted(v.value for v in zone.views)),
                    ),
                )
                continue
            if zone_id in found and field == "zones":
                self.warning(
                    item,
                    translate("Problems", "zone '{zone}' is listed twice").format(zone=zone_id),
                )
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
                translate(
                    "Problems",
                    "{where} has both 'duration' and '{other}'; give either a "
                    "duration, or 'repeat' with 'pace', not both",
                ).format(where=where, other=other.value),
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
                translate(
                    "Problems",
                    "{where} has no length: give 'duration' (e.g. 30s), or 'repeat' "
                    "(how many times) with 'pace' (seconds each)",
                ).format(where=where),
                "duration",
            )
            return None, None, None
        if not (has_repeat and has_pace):
            missing, given = ("pace", "repeat") if has_repeat else ("repeat", "pace")
            self.error(
                f[given][0],
                translate(
                    "Problems",
                    "'{given}' needs '{missing}' too: 'repeat' counts the "
                    "repetitions and 'pace' gives the seconds of each",
                ).format(given=given, missing=missing),
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
            measure="size",
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
                translate(
                    "Problems",
                    "{where} is too long ({repeat} x {pace} = {length}); a step may last "
                    "at most {most}",
                ).format(
                    where=where,
                    repeat=repeat,
                    pace=seconds_text(pace),
                    length=format_seconds(repeat * pace),
                    most=format_seconds(MAX_STEP_SECONDS),
                ),
            )
            return None, None, None
        return None, repeat, pace
