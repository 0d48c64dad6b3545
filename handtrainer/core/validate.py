"""The rules of a routine file, checked on its YAML node tree, and the model built from it.

Every problem names the line and column of the node it is about. The checks
walk only the shapes the format defines (root mapping, step list, step
mappings, lists of text), so a hostile tree cannot make them recurse. Reading
single values (text, choices, lengths of time, numbers) is ``nodes``' job, and the
rules of one step are ``step_checks``'.
"""

from __future__ import annotations

import re
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from handtrainer.core.cautions import CAUTIONS, is_caution_id
from handtrainer.core.model import (
    DEFAULT_LANGUAGE,
    FORMAT_VERSION,
    Audience,
    BodyMap,
    Order,
    Origin,
    PracticePlan,
    Routine,
    RoutineTranslation,
    SourcePos,
    Step,
    Weekday,
)
from handtrainer.core.nodes import (
    MAX_LIST_ITEMS,
    MAX_TEXT_CHARS,
    describe,
    item_of,
    parse_duration,
)
from handtrainer.core.step_checks import (
    MAX_ID_CHARS,
    MAX_PACE_SECONDS,
    MAX_REPEAT,
    MAX_REST_SECONDS,
    MAX_STEP_SECONDS,
    MAX_TITLE_CHARS,
    MIN_PACE_SECONDS,
    MIN_STEP_SECONDS,
    ROUTINE_FIELDS,
    STEP_FIELDS,
    StepChecker,
    step_place,
)
from handtrainer.core.textpos import EditorPositions
from handtrainer.core.translations import OwnText, language_code, read_translations
from handtrainer.core.wording import format_seconds, translate

__all__ = [
    "MAX_ID_CHARS",
    "MAX_LIST_ITEMS",
    "MAX_PACE_SECONDS",
    "MAX_REPEAT",
    "MAX_REST_SECONDS",
    "MAX_STEP_SECONDS",
    "MAX_TEXT_CHARS",
    "MAX_TITLE_CHARS",
    "MIN_PACE_SECONDS",
    "MIN_STEP_SECONDS",
    "ROUTINE_FIELDS",
    "STEP_FIELDS",
    "RoutineChecker",
    "parse_duration",
    "step_place",
]

# Limits: generous for real routines, tight enough to catch typos ("300m").
MAX_STEPS = 200
MAX_ROUTINE_SECONDS = 3 * 60 * 60

ID_PATTERN = re.compile(r"[a-z0-9-]+")
_CAUTION_IDS = tuple(CAUTIONS)

PLAN_FIELDS = ("for", "times_per_week", "how_often", "days", "note")
MAX_TIMES_PER_WEEK = 70


def the_routine() -> str:
    """``the routine``: the file's top level, as problems name it."""
    return translate("Problems", "the routine", "a part of the file named in a problem")


class RoutineChecker(StepChecker):
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
