"""A routine's translations in the editor's state, kept step for step with the routine.

``state["translations"]`` maps a language code to its text: ``title``, ``summary``,
``notes`` (empty: left out, the routine's own is shown), ``sources`` and
``cautions`` (lists; empty: left out) and ``steps``, one entry per step of the
routine, always as long as ``state["steps"]``: adding, removing or moving a step
does the same to every translation. Fields are addressed as ``tr.LANG.FIELD``
(``tr.de.title``; with a step index, a step's field; ``tr.de.sources.2``, one
item). No Qt here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from handtrainer.core.model import Routine, StepTranslation
from handtrainer.core.routine_writer import STEP_TRANSLATION_KEYS

State = dict[str, Any]
PREFIX = "tr."
_TEXT_KEYS = ("title", "summary", "notes")
_LIST_KEYS = ("sources", "cautions")


def is_translation_key(key: str) -> bool:
    """True for ``tr.LANG.FIELD`` keys."""
    return key.startswith(PREFIX)


def translation_key(language: str, field: str, item: int | None = None) -> str:
    """``tr.de.title``; ``tr.de.sources.2`` for one item of a list."""
    return f"{PREFIX}{language}.{field}" + ("" if item is None else f".{item}")


def _parse(key: str) -> tuple[str, str, int | None]:
    language, _, rest = key.removeprefix(PREFIX).partition(".")
    field, _, item = rest.partition(".")
    return language, field, int(item) if item.isdigit() else None


def blank_step() -> dict[str, str]:
    """A step with nothing translated."""
    return dict.fromkeys(STEP_TRANSLATION_KEYS, "")


def blank_translation(steps: int) -> State:
    """A language with nothing translated yet."""
    return {
        **dict.fromkeys(_TEXT_KEYS, ""),
        **{key: [] for key in _LIST_KEYS},
        "steps": [blank_step() for _ in range(steps)],
    }


def translations_state(routine: Routine) -> State:
    """The routine's translations as editor state."""
    out: State = {}
    for t in routine.translations:
        entries = t.steps or tuple(StepTranslation() for _ in routine.steps)
        out[t.language] = {
            **{key: getattr(t, key) or "" for key in _TEXT_KEYS},
            **{key: list(getattr(t, key) or ()) for key in _LIST_KEYS},
            "steps": [
                {key: getattr(entry, key) or "" for key in STEP_TRANSLATION_KEYS}
                for entry in entries
            ],
        }
    return out


def value(state: State, step: int | None, key: str) -> Any:
    """One translated field's value ("" when it is not translated)."""
    language, field, item = _parse(key)
    text = state.get("translations", {}).get(language)
    if text is None:
        return ""
    if step is not None:
        steps = text.get("steps", [])
        return steps[step].get(field, "") if 0 <= step < len(steps) else ""
    if item is not None:
        items = text.get(field, [])
        return items[item] if item < len(items) else ""
    return text.get(field, "")


def set_value(state: State, step: int | None, key: str, new: Any) -> None:
    """Change one translated field of ``state`` in place."""
    language, field, item = _parse(key)
    text = state.setdefault("translations", {}).setdefault(
        language, blank_translation(len(state.get("steps", [])))
    )
    if step is not None:
        text["steps"][step][field] = new
    elif item is not None:
        items = list(text.get(field, []))
        items += [""] * (item + 1 - len(items))
        items[item] = new
        # A list nobody has translated is left out (the routine's own is shown).
        text[field] = items if any(i.strip() for i in items) else []
    else:
        text[field] = new


def add_language(state: State, language: str) -> None:
    """Add a language with nothing translated yet (kept if it is there)."""
    translations = state.setdefault("translations", {})
    translations.setdefault(language, blank_translation(len(state.get("steps", []))))


def remove_language(state: State, language: str) -> None:
    """Take a language away."""
    state.get("translations", {}).pop(language, None)


def follow_steps(state: State, change: Callable[[list[Any]], None]) -> None:
    """Do to every translation's steps what ``change`` did to the routine's."""
    for text in state.get("translations", {}).values():
        change(text["steps"])


# ------------------------------------------------------------------ checking


def check_lines(state: State, add: Callable[[str, tuple[int | None, str]], None]) -> None:
    """Write the ``translations:`` block one field a line (``add(line, field)``)."""
    translations = state.get("translations") or {}
    if not translations:
        return
    add("translations:", (None, "translations"))
    for language, text in translations.items():
        add(f"  {json.dumps(language)}:", (None, translation_key(language, "language")))
        given = [k for k in (*_TEXT_KEYS, *_LIST_KEYS) if _is_set(text.get(k))]
        steps = text.get("steps", [])
        if not given and not any(_is_set(v) for s in steps for v in s.values()):
            add("    {}", (None, translation_key(language, "language")))
            continue
        for key in given:
            shown = text[key]
            literal = (
                "[" + ", ".join(map(json.dumps, shown)) + "]"
                if key in _LIST_KEYS
                else (json.dumps(shown))
            )
            add(f"    {key}: {literal}", (None, translation_key(language, key)))
        if not any(_is_set(v) for s in steps for v in s.values()):
            continue
        add("    steps:", (None, translation_key(language, "steps")))
        for index, entry in enumerate(steps):
            fields = [(k, v) for k, v in entry.items() if _is_set(v)]
            if not fields:
                add("      - {}", (index, translation_key(language, "title")))
            for number, (key, text_value) in enumerate(fields):
                lead = "      - " if number == 0 else "        "
                add(
                    f"{lead}{key}: {json.dumps(text_value)}",
                    (index, translation_key(language, key)),
                )


def _is_set(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value)
    return isinstance(value, str) and value.strip() != ""
