"""A routine in the reader's language: its translation where it has one, its own text elsewhere.

Pure functions on the model. ``routine_in`` picks the translation for a language
(``de-AT`` is served by ``de``), fills each text field from it, falls back to the
routine's own text field by field, and says which fields fell back.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from handtrainer.core.cautions import caution_text
from handtrainer.core.language import asked_for
from handtrainer.core.library import RoutineLibrary
from handtrainer.core.model import (
    DEFAULT_LANGUAGE,
    Routine,
    RoutineTranslation,
    ShownLanguage,
    Step,
    StepTranslation,
)
from handtrainer.core.problems import Problem
from handtrainer.core.wording import translate


def reading_language(preference: str = "", environ: Mapping[str, str] | None = None) -> str:
    """The language routines are shown in, the one rule for the window and the commands:
    the language asked for by name (``--language``, else the ``preference``), else the
    system's (any language, so a routine translated into one the interface does not
    speak is still shown in it); English for C and POSIX."""
    asked = asked_for(preference)
    if asked:
        return _tag(asked) or DEFAULT_LANGUAGE
    env = os.environ if environ is None else environ
    wanted = (
        [env["LC_ALL"]]
        if env.get("LC_ALL")
        else [*env.get("LANGUAGE", "").split(":"), env.get("LC_MESSAGES", ""), env.get("LANG", "")]
    )
    tags = [_tag(w) for w in wanted if w.strip()]
    return next((t for t in tags if t), DEFAULT_LANGUAGE)


def _tag(locale_name: str) -> str:
    """``de-DE`` for ``de_DE.UTF-8``; empty for ``C`` and ``POSIX``."""
    name = locale_name.split(".")[0].split("@")[0].strip().replace("_", "-")
    return "" if name.lower() in ("c", "posix") else name


def base_language(code: str) -> str:
    """``de`` for ``de-AT``, ``pt`` for ``pt-BR``; lower case, ``_`` read as ``-``."""
    return code.replace("_", "-").split("-")[0].lower()


def original(routine: Routine) -> Routine:
    """The routine as its file has it (undoes ``routine_in``)."""
    source = routine.shown.source if routine.shown is not None else None
    return source or routine


def pick_translation(routine: Routine, language: str) -> RoutineTranslation | None:
    """The routine's translation for ``language``: the exact one, else one of its base
    language; ``None`` when there is none or the routine is written in that language."""
    wanted = language.replace("_", "-")
    if wanted.lower() == routine.language.lower():
        return None
    exact = next((t for t in routine.translations if t.language.lower() == wanted.lower()), None)
    if exact is not None:
        return exact
    base = base_language(wanted)
    if base_language(routine.language) == base:
        return None
    same_base = [t for t in routine.translations if base_language(t.language) == base]
    # ``de`` before ``de-CH`` for a reader of ``de-AT``.
    return min(same_base, key=lambda t: len(t.language), default=None)


def own_caution_positions(routine: Routine) -> tuple[int, ...]:
    """Where in ``routine.cautions`` the routine's own sentences are (not standard ids)."""
    ids = list(routine.caution_ids)
    own: list[int] = []
    for index, text in enumerate(routine.cautions):
        match = next((i for i in ids if caution_text(i, routine.audience) == text), None)
        if match is None:
            own.append(index)
        else:
            ids.remove(match)
    return tuple(own)


def routine_in(routine: Routine, language: str, shared: dict[Any, Any] | None = None) -> Routine:
    """``routine`` with its text in ``language`` where translated, its own text elsewhere.

    The routine returned is a view of the file: its ``shown`` says which language it is
    in and keeps the routine as the file has it (``original``); a translated one carries
    no translations of its own. A routine already shown in some language is shown afresh.

    A routine shown in its own language is the file's routine itself, with ``shown`` set
    (and no ``source``: it is its own original), so a library of them holds each routine
    once; asked again for the same language, it is returned as it is.

    ``shared``, one dict for the routines of a library, makes equal parts of the routines
    translated one object (copies of a routine share their translated steps).
    """
    routine = original(routine)
    translation = pick_translation(routine, language)
    if translation is None:
        shown = _shown_as_written(language, routine.language)
        if routine.shown is shown:
            return routine
        return dataclasses.replace(routine, shown=shown)
    missing: list[str] = []

    def text(name: str, own: str, given: str | None) -> str:
        if not own:
            return own
        if given is None:
            missing.append(name)
            return own
        return given

    title = text("title", routine.title, translation.title)
    summary = text("summary", routine.summary, translation.summary)
    notes = text("notes", routine.notes, translation.notes)
    cautions = list(routine.cautions)
    positions = own_caution_positions(routine)
    if positions and translation.cautions is None:
        missing.append("cautions")
    for index, given in zip(positions, translation.cautions or (), strict=False):
        cautions[index] = given
    if routine.sources and translation.sources is None:
        missing.append("sources")
    if translation.steps is None:
        missing.append("steps")
        steps = tuple(_step(step, StepTranslation(), 0, []) for step in routine.steps)
    else:
        pairs = zip(routine.steps, translation.steps, strict=False)
        steps = tuple(_step(s, t, n, missing) for n, (s, t) in enumerate(pairs, 1))
    keep = _keeper(shared)
    steps = tuple(keep(step, (step, step.pos)) for step in steps)
    return dataclasses.replace(
        routine,
        title=title,
        summary=summary,
        notes=notes,
        sources=translation.sources if translation.sources is not None else routine.sources,
        cautions=keep(tuple(cautions)),
        # A step's place in its file takes no part in its equality: keep each its own.
        steps=keep(steps, (steps, tuple(step.pos for step in steps))),
        language=translation.language,
        translations=(),
        shown=ShownLanguage(
            language, routine.language, translation.language, keep(tuple(missing)), source=routine
        ),
    )


def _keeper(shared: dict[Any, Any] | None) -> Callable[..., Any]:
    """``keep(value, key=value)``: the equal value ``shared`` holds already, else ``value``."""

    def keep(value: Any, key: Any = None) -> Any:
        if shared is None:
            return value
        return shared.setdefault(value if key is None else key, value)

    return keep


def shown_as_read(routine: Routine, language: str, shared: dict[Any, Any] | None = None) -> Routine:
    """``routine_in`` for a routine just read, that nothing else holds yet.

    Shown in its own language, the routine is marked so in place rather than copied:
    a library of 10,000 then holds each routine once, with no copy freed behind it.
    """
    if routine.shown is not None or pick_translation(routine, language) is not None:
        return routine_in(routine, language, shared)
    # Frozen for everyone else; ``shown`` takes no part in equality or in the cache.
    object.__setattr__(routine, "shown", _shown_as_written(language, routine.language))
    return routine


@lru_cache(maxsize=64)
def _shown_as_written(wanted: str, own: str) -> ShownLanguage:
    """One ``ShownLanguage`` for every routine shown in its own language ``own`` to a
    reader of ``wanted``: they differ in nothing else."""
    return ShownLanguage(wanted, own, own)


def _step(step: Step, given: StepTranslation, number: int, missing: list[str]) -> Step:
    def text(name: str, own: str, value: str | None) -> str:
        if own and value is None:
            missing.append(f"step {number} {name}")
        return value if own and value is not None else own

    return dataclasses.replace(
        step,
        title=text("title", step.title, given.title),
        instruction=text("instruction", step.instruction, given.instruction),
        notes=text("notes", step.notes, given.notes),
        tradition=text("tradition", step.tradition, given.tradition),
    )


def library_in(library: RoutineLibrary, language: str) -> RoutineLibrary:
    """Every routine of ``library`` shown in ``language`` (failures and notices as they are)."""
    shared: dict[Any, Any] = {}
    routines = tuple(routine_in(r, language, shared) for r in library.routines)
    return dataclasses.replace(library, routines=routines)


def translation_gaps(routine: Routine, path: Path | None = None) -> list[Problem]:
    """A warning for each partly translated language of ``routine``, at its translation."""
    problems: list[Problem] = []
    for translation in routine.translations:
        language = routine_in(routine, translation.language).shown
        missing = language.missing if language is not None else ()
        if not missing:
            continue
        pos = translation.pos
        shown = ", ".join(_gap(item) for item in missing[:8])
        if len(missing) > 8:
            shown = translate("Problems", "{fields} and %n more", None, len(missing) - 8).format(
                fields=shown
            )
        if len(missing) == 1:
            message = translate(
                "Problems",
                "the '{code}' translation is partial: {fields} is shown in the routine's own "
                "language ('{own}')",
            )
        else:
            message = translate(
                "Problems",
                "the '{code}' translation is partial: {fields} are shown in the routine's own "
                "language ('{own}')",
            )
        problems.append(
            Problem(
                path or routine.path or Path(routine.id),
                pos.line if pos else 1,
                pos.column if pos else 1,
                message.format(code=translation.language, fields=shown, own=routine.language),
                "warning",
            )
        )
    return problems


def _gap(item: str) -> str:
    """``step 2 notes`` (a missing field, as ``routine_in`` lists it) in the reader's words."""
    number, _, name = item.removeprefix("step ").partition(" ")
    if not item.startswith("step ") or not number.isdigit():
        return item
    return translate("Problems", "step {number} {field}").format(number=number, field=name)


def field_language(routine: Routine, field: str, step: int | None = None) -> str:
    """The language one text of a shown routine is in (the voice reads each in its own).

    ``field`` is ``title``, ``summary``, ``notes`` or ``cautions``; with ``step`` (from
    0) a step's ``title``, ``instruction``, ``notes`` or ``tradition``. A field a partial
    translation lacks is in the routine's own language (``ShownLanguage.missing``).
    """
    shown = routine.shown
    if shown is None:
        return routine.language
    name = field if step is None else f"step {step + 1} {field}"
    fell_back = name in shown.missing or (step is not None and "steps" in shown.missing)
    return shown.own if fell_back else shown.shown
