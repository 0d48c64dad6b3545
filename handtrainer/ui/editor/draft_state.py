"""A routine being edited, as plain data, and checking it with the loader's own checker.

The editor keeps what the person typed (text, choices, lists of ids) rather than a
``Routine``, because a half-written routine is not a valid one. To check it, the
state is written as YAML with one field per line and given to the same loader
``handtrainer validate`` uses; each problem's line tells which field it is about.
No Qt here.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import (
    DEFAULT_LANGUAGE,
    Hand,
    Origin,
    PracticePlan,
    Routine,
    Step,
    Technique,
    View,
)
from handtrainer.core.problems import Problem, warning_text
from handtrainer.core.routine_writer import (
    PLAN_ATTRS,
    ROUTINE_KEYS,
    STEP_KEYS,
    caution_items,
    seconds_text,
)
from handtrainer.core.validate import PLAN_FIELDS, parse_duration
from handtrainer.ui.editor.draft_translations import check_lines, translations_state

State = dict[str, Any]
FieldKey = tuple[int | None, str]  # (step index or None for the routine, field name)

LIST_KEYS = frozenset({"tags", "cautions", "sources", "zones", "path", "days"})
SECONDS_KEYS = frozenset({"duration", "pace", "rest"})
_NUMBER = re.compile(r"\s*[0-9]+(\.[0-9]+)?\s*")
_WHOLE = re.compile(r"\s*[-+]?[0-9]+\s*")


def _value(key: str, value: Any) -> Any:
    """A model value as editor state: text, or a list of texts."""
    if value is None:
        return [] if key in LIST_KEYS else ""
    if isinstance(value, tuple):
        return [str(getattr(v, "value", v)) for v in value]
    if hasattr(value, "value"):
        return str(value.value)
    if key in SECONDS_KEYS and isinstance(value, float):
        return "" if key == "rest" and value == 0 else seconds_text(value)
    return str(value)


def step_state(step: Step) -> State:
    """One step as editor state."""
    return {key: _value(key, getattr(step, key.replace("-", "_"), None)) for key in STEP_KEYS}


def blank_step(view: str = "palm") -> State:
    """A new step: the fields a person fills in first, with a sensible length."""
    state = {key: [] if key in LIST_KEYS else "" for key in STEP_KEYS}
    state.update(view=view, hand=Hand.EACH.value, duration="30s")
    return state


def state_from_routine(routine: Routine) -> State:
    """A routine as editor state."""
    state: State = {}
    for key in ROUTINE_KEYS:
        if key in ("handtrainer", "steps"):
            continue
        if key == "translations":
            state[key] = translations_state(routine)
        elif key == "language":
            state[key] = routine.language if routine.language != DEFAULT_LANGUAGE else ""
        elif key == "cautions":
            state[key] = list(caution_items(routine))
        elif key == "plan":
            plan = routine.plan or PracticePlan()
            state[key] = {k: _value(k, getattr(plan, a)) for k, a in PLAN_ATTRS.items()}
        else:
            state[key] = _value(key, getattr(routine, key, None))
    state["steps"] = [step_state(step) for step in routine.steps]
    return state


def blank_state(language: str = "") -> State:
    """A new routine with one empty step, written in ``language`` (English when empty)."""
    state: State = {key: [] if key in LIST_KEYS else "" for key in ROUTINE_KEYS}
    del state["handtrainer"]
    state.update(audience="self", map="hand", order="step-by-step", translations={})
    state["language"] = "" if language in ("", DEFAULT_LANGUAGE) else language
    state["plan"] = {key: [] if key in LIST_KEYS else "" for key in PLAN_FIELDS}
    state["steps"] = [blank_step()]
    return state


def copy_state(state: State) -> State:
    """A deep copy (states are small: a few hundred values)."""
    return copy.deepcopy(state)


# ------------------------------------------------------------------ checking


def _scalar(key: str, value: str) -> str:
    if key in SECONDS_KEYS and _NUMBER.fullmatch(value):
        return value.strip()
    if key in ("repeat", "times_per_week") and _WHOLE.fullmatch(value):
        return value.strip()
    return json.dumps(value)  # a JSON string is a YAML double-quoted scalar


def _is_set(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value)
    return isinstance(value, str) and value.strip() != ""


def _line(indent: str, key: str, value: Any) -> str:
    if isinstance(value, list):
        return f"{indent}{key}: [" + ", ".join(json.dumps(v) for v in value) + "]"
    return f"{indent}{key}: {_scalar(key, value)}"


def check_text(state: State) -> tuple[str, dict[int, FieldKey]]:
    """The state as YAML, one field a line, and which field each line (1-based) holds."""
    lines = ["handtrainer: 1"]
    where: dict[int, FieldKey] = {}

    def add(text: str, key: FieldKey) -> None:
        lines.append(text)
        where[len(lines)] = key

    for key in ROUTINE_KEYS:
        value = state.get(key)
        if key in ("handtrainer", "steps", "translations") or value is None:
            continue
        if key == "plan":
            given = [(k, v) for k, v in value.items() if _is_set(v)]
            if given:
                add("plan:", (None, "plan"))
                for k, v in given:
                    add(_line("  ", k, v), (None, f"plan.{k}"))
        elif _is_set(value):
            add(_line("", key, value), (None, key))
    steps = state.get("steps", [])
    add("steps:" if steps else "steps: []", (None, "steps"))
    for index, step in enumerate(steps):
        given = [(k, v) for k, v in step.items() if _is_set(v)]
        if not given:
            add("  - {}", (index, "title"))
        for number, (key, value) in enumerate(given):
            add(_line("  - " if number == 0 else "    ", key, value), (index, key))
    check_lines(state, add)
    return "\n".join(lines) + "\n", where


@dataclass(frozen=True)
class CheckResult:
    """What the checker said: the routine when valid, and each problem by field."""

    routine: Routine | None
    by_field: dict[FieldKey, list[str]] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the routine has no errors."""
        return self.routine is not None

    def messages(self, step: int | None, key: str) -> list[str]:
        """The problems next to one field."""
        return self.by_field.get((step, key), [])

    def step_has_problems(self, step: int) -> bool:
        """True when any field of the step has a problem."""
        return any(s == step for s, _k in self.by_field)


def _field_of(problem: Problem, where: dict[int, FieldKey]) -> FieldKey:
    step, key = where.get(problem.line, (None, "steps"))
    # A missing field is named by the checker, not read from the words (they may be German).
    return step, problem.missing or key


def check_state(state: State, path: Path, origin: Origin = Origin.USER) -> CheckResult:
    """Check the state with the loader's checker; ``path`` names the file (and default id)."""
    text, where = check_text(state)
    result = load_routine_text(text, path, origin)
    by_field: dict[FieldKey, list[str]] = {}
    for problem in result.problems:
        shown = problem.message if problem.is_error else warning_text(problem.message)
        by_field.setdefault(_field_of(problem, where), []).append(shown)
    routine = result.routine if result.ok else None
    return CheckResult(routine, by_field, result.problems)


# ------------------------------------------------------------------ for the screen


def _seconds(text: Any) -> float:
    try:
        return parse_duration(text.strip()) if isinstance(text, str) and text.strip() else 0.0
    except ValueError:
        return 0.0


def rough_step(state: State) -> Step:
    """The step as well as it can be read, for the diagram and the total length."""

    def choice(kind: type[Any], key: str, default: Any) -> Any:
        try:
            return kind(state.get(key, ""))
        except ValueError:
            return default

    repeat_text = str(state.get("repeat", "")).strip()
    repeat = int(repeat_text) if _WHOLE.fullmatch(repeat_text or "x") else None
    pace = _seconds(state.get("pace"))
    return Step(
        title=str(state.get("title", "")),
        instruction=str(state.get("instruction", "")),
        technique=choice(Technique, "technique", Technique.HOLD),
        hand=choice(Hand, "hand", Hand.EACH),
        view=choice(View, "view", View.PALM),
        zones=tuple(state.get("zones", [])),
        path=tuple(state.get("path", [])),
        duration=_seconds(state.get("duration")) or None,
        repeat=repeat if repeat is not None and pace else None,
        pace=pace or None,
        rest=_seconds(state.get("rest")),
    )


def rough_length(state: State) -> float:
    """The routine's length in seconds, counting what can be read of each step."""
    from handtrainer.core.model import Order

    try:
        order = Order(state.get("order") or "step-by-step")
    except ValueError:
        order = Order.STEP_BY_STEP
    steps = tuple(rough_step(s) for s in state.get("steps", []))
    return Routine(id="draft", title="", summary="", steps=steps, order=order).work_seconds


def slug(text: str) -> str:
    """An id from a title: ``Evening hands`` -> ``evening-hands``."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:64].strip("-") or "my-routine"
