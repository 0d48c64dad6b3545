"""The rules of one step of a routine file, checked on its YAML node tree.

``RoutineChecker`` (``validate``) checks the whole file and builds on these: a step's
fields, its zones on the body map, and its length (a time, or counts at a pace).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from yaml.nodes import MappingNode, Node, SequenceNode

from handtrainer.core.model import (
    MAP_VIEWS,
    TURNING_TECHNIQUES,
    BodyMap,
    Hand,
    Pressure,
    Rotation,
    Step,
    Technique,
    View,
)
from handtrainer.core.nodes import (
    MAX_TEXT_CHARS,
    NodeReader,
    describe,
    either,
    item_of,
    seconds_text,
)
from handtrainer.core.problems import not_a_step
from handtrainer.core.wording import format_seconds, translate
from handtrainer.core.zones import ZONES, zone_name

# Limits: generous for real steps, tight enough to catch typos ("300m").
MAX_TITLE_CHARS = 200
MAX_ID_CHARS = 64
MAX_STEP_SECONDS = 30 * 60
MIN_STEP_SECONDS = 1.0
MAX_REPEAT = 500
MIN_PACE_SECONDS = 0.5
MAX_PACE_SECONDS = 60.0
MAX_REST_SECONDS = 10 * 60

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
_ZONE_IDS = tuple(ZONES)


def step_place(number: int) -> str:
    """``step 3``: a step, as problems name it."""
    return translate("Problems", "step {number}", "a part of the file named in a problem").format(
        number=number
    )


class StepChecker(NodeReader):
    """Checks a step's node tree, collecting problems, and builds the ``Step``."""

    body_map: BodyMap = BodyMap.HAND  # the routine's map, once its checker has read it

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

    def _optional(
        self, f: dict[str, tuple[Node, Node]], field: str, kind: type[_E], default: _E
    ) -> _E | None:
        return self.choice(f[field][1], field, kind) if field in f else default

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
