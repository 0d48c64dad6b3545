"""The window-less commands: ``list``, ``validate`` and ``show``.

Each returns the exit status. They import no Qt, so they start fast and run
on machines without a display.

``handtrainer list --json`` prints one JSON object (see docs/routine-format.md)::

    {"version": 1,
     "routines": [{"id", "title", "summary", "audience", "order", "tags", "steps",
                   "length_seconds", "work_seconds", "origin", "path",
                   "language", "languages"}],
    (``title`` and the other text in the reader's language where the routine has it;
    ``language``: the language it is shown in; ``languages``: its own, then its
    translations)
    (``length_seconds``: the time it takes, with the pauses of the saved preferences;
    ``work_seconds``: the working time and the steps' rests only)
     "failures": [{"path", "origin", "problems": [{"path", "line", "column",
                                                   "message", "severity"}]}],
     "warnings": [<problem>], "notices": [str], "overridden": [id],
     "user_folder": {"path": str, "exists": bool}}
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from handtrainer.commands.language import command_language
from handtrainer.core import wording
from handtrainer.core.library import (
    FailedFile,
    RoutineLibrary,
    RoutineLookupError,
    load_library,
    resolve_routine,
    routine_files,
)
from handtrainer.core.library_cache import LibraryCache, default_cache_file
from handtrainer.core.loader import load_routine_file
from handtrainer.core.localize import library_in, routine_in, translation_gaps
from handtrainer.core.model import BodyMap, Origin, Routine, SourcePos
from handtrainer.core.problems import Problem
from handtrainer.core.routine_length import routine_seconds, saved_settings
from handtrainer.core.wording import format_seconds, origin_name, translate
from handtrainer.core.zones import zone_name

JSON_VERSION = 1


def _problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "path": str(problem.path),
        "line": problem.line,
        "column": problem.column,
        "message": problem.message,
        "severity": problem.severity,
    }


def _user_folder() -> tuple[Path, bool]:
    """Where the user's own routines go, and whether that folder exists."""
    from handtrainer.core import paths

    folder = paths.user_routines_dir(create=False)
    try:
        return folder, folder.is_dir()
    except OSError:
        return folder, False


def _languages(routine: Routine) -> list[str]:
    """Every language a routine can be shown in: its own first, then its translations."""
    source = routine.shown.source if routine.shown is not None else None
    source = source or routine
    return [source.language, *(t.language for t in source.translations)]


def library_json(library: RoutineLibrary) -> dict[str, Any]:
    """The stable JSON shape of ``handtrainer list --json``."""
    settings = saved_settings()
    folder, exists = _user_folder()
    return {
        "version": JSON_VERSION,
        "routines": [
            {
                "id": r.id,
                "title": r.title,
                "summary": r.summary,
                "audience": r.audience.value,
                "order": r.order.value,
                "tags": list(r.tags),
                "steps": len(r.steps),
                "length_seconds": routine_seconds(r, settings),
                "work_seconds": r.work_seconds,
                "origin": r.origin.value,
                "path": str(r.path) if r.path else None,
                "language": r.language,
                "languages": _languages(r),
            }
            for r in library.routines
        ],
        "failures": [
            {
                "path": str(f.path),
                "origin": f.origin.value,
                "problems": [_problem_json(p) for p in f.problems],
            }
            for f in library.failures
        ],
        "warnings": [_problem_json(p) for p in library.warnings],
        "notices": list(library.notices),
        "overridden": sorted(library.overridden),
        "user_folder": {"path": str(folder), "exists": exists},
    }


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while files load.

    Composing YAML allocates hundreds of thousands of small node objects, which
    sets off the cyclic collector over and over for nothing: the node trees
    hold no cycles, so reference counting frees them. This saves about a fifth
    of ``validate``'s time on a large folder.
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _cache() -> LibraryCache:
    """The library cache the window uses too: unchanged files are not parsed again."""
    return LibraryCache(default_cache_file())


def _print_failures(failures: Iterable[FailedFile], out: TextIO) -> None:
    for failure in failures:
        print(
            translate("Commands", "{path} ({origin}) did not load:").format(
                path=failure.path, origin=origin_name(failure.origin)
            ),
            file=out,
        )
        for problem in failure.problems:
            print(f"  {problem}", file=out)


def cmd_list(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """``handtrainer list [--json]``: the routines found, where from, and the failures."""
    out = out or sys.stdout
    with _cyclic_gc_paused():
        library = load_library(getattr(args, "routines", None) or (), cache=_cache())
    library = library_in(library, command_language())
    if getattr(args, "json", False):
        from handtrainer.commands.output import json_text

        out.write(json_text(library_json(library), out) + "\n")
        return 0
    settings = saved_settings()
    rows = [
        (
            r.id,
            r.title,
            format_seconds(routine_seconds(r, settings)),
            wording.audience_name(r.audience, r.map),
            origin_name(r.origin),
            str(r.path),
        )
        for r in library.routines
    ]
    header = (
        translate("Commands", "ID"),
        translate("Commands", "TITLE"),
        translate("Commands", "LENGTH"),
        translate("Commands", "FOR"),
        translate("Commands", "ORIGIN"),
        translate("Commands", "PATH"),
    )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(5)]
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[5]]), file=out)
    count = len(library.routines)
    print("\n" + translate("Commands", "%n routine(s)", None, count), file=out)
    folder, exists = _user_folder()
    if exists:
        print(
            translate("Commands", "Your routines folder: {folder}").format(folder=folder), file=out
        )
    else:
        print(
            translate("Commands", "Your routines folder: {folder} (it does not exist yet)").format(
                folder=folder
            ),
            file=out,
        )
    if library.failures:
        count = len(library.failures)
        failed = translate("Commands", "%n file(s) did not load:", None, count)
        print("\n" + failed, file=out)
        _print_failures(library.failures, out)
    if library.warnings:
        print("\n" + translate("Commands", "Warnings:"), file=out)
        for warning in library.warnings:
            print(f"  {warning}", file=out)
    if library.notices:
        print("\n" + translate("Commands", "Notes:"), file=out)
        for notice in library.notices:
            print(f"  {notice}", file=out)
    return 0


def _duplicate_id_problems(
    ids: dict[str, list[tuple[Path, SourcePos | None]]],
) -> list[Problem]:
    """Errors for files given to ``validate`` that share an id."""
    problems: list[Problem] = []
    for routine_id, group in ids.items():
        for path, pos in group if len(group) > 1 else ():
            others = ", ".join(str(other) for other, _ in group if other != path)
            problems.append(
                Problem(
                    path,
                    pos.line if pos else 1,
                    pos.column if pos else 1,
                    translate("Commands", "the id '{id}' is also used by {others}").format(
                        id=routine_id, others=others
                    ),
                )
            )
    return problems


def cmd_validate(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """``handtrainer validate PATH...``: exit 0 if all valid, 1 if not, 2 for a missing path."""
    out, err = out or sys.stdout, err or sys.stderr
    missing = False
    files: list[Path] = []
    for path in args.paths:
        if not os.path.lexists(path):
            print(f"{path}: " + translate("Commands", "no such file or folder"), file=err)
            missing = True
        elif path.is_dir():
            folder_errors: list[str] = []
            files.extend(routine_files(path, folder_errors))
            for message in folder_errors:
                print(f"{path}: {message}", file=err)
                missing = True
        else:
            files.append(path)
    # One file at a time: only its problems and its id are kept, so memory stays
    # small however many files there are.
    ids: dict[str, list[tuple[Path, SourcePos | None]]] = {}
    failed_paths: set[Path] = set()
    errors = warnings = 0
    with _cyclic_gc_paused():
        for path in files:
            result = load_routine_file(path, Origin.EXTRA)
            if result.routine is not None and result.routine.path is not None:
                ids.setdefault(result.routine.id, []).append((result.routine.path, result.id_pos))
            problems = list(result.problems)
            if result.routine is not None:
                # Partly translated routines load fine, so the loader leaves this to us.
                problems += translation_gaps(result.routine, path)
            del result
            if problems:
                out.write("".join(f"{p}\n" for p in problems))
            for problem in problems:
                if problem.is_error:
                    errors += 1
                    failed_paths.add(problem.path)
                else:
                    warnings += 1
    duplicates = _duplicate_id_problems(ids)
    if duplicates:
        out.write("".join(f"{p}\n" for p in duplicates))
        errors += len(duplicates)
        failed_paths.update(p.path for p in duplicates)
    checked, failed = len(files), len(failed_paths)
    summary = translate(
        "Commands", "{checked}: {valid} valid, {failed} ({errors}, {warnings})"
    ).format(
        checked=translate("Commands", "%n file(s) checked", None, checked),
        valid=checked - failed,
        failed=translate("Commands", "%n with errors", None, failed),
        errors=translate("Commands", "%n error(s)", None, errors),
        warnings=translate("Commands", "%n warning(s)", None, warnings),
    )
    print(summary, file=out)
    if missing:
        return 2
    return 1 if failed_paths else 0


def routine_text(routine: Routine) -> str:
    """A routine as readable plain text, with its total length."""
    settings = saved_settings()
    lines = [routine.title, "=" * len(routine.title), routine.summary, ""]
    lines.append(
        translate(
            "Commands", "For: {audience}   Order: {order}   Steps: {steps}   Length: {length}"
        ).format(
            audience=wording.audience_name(routine.audience, routine.map),
            order=wording.order_name(routine.order, routine.map),
            steps=len(routine.steps),
            length=format_seconds(routine_seconds(routine, settings)),
        )
    )
    if routine.tags:
        lines.append(
            translate("Commands", "Tags: {tags}").format(
                tags=", ".join(map(wording.tag_name, routine.tags))
            )
        )
    if routine.cautions:
        lines += ["", translate("Commands", "Cautions:"), *(f"  - {c}" for c in routine.cautions)]
    lines += ["", translate("Commands", "Steps:")]
    for number, step in enumerate(routine.steps, 1):
        lines.append(f"{number:>3}. {step.title}: {wording.step_length(step)}")
        details = [
            wording.hand_name(step.hand, routine.map),
            wording.view_name(step.view),
            wording.technique_name(step.technique),
        ]
        if step.pressure is not None:
            details.append(wording.pressure_name(step.pressure))
        lines.append("     " + ", ".join(details))
        lines.append(f"     {step.instruction}")
        if step.zones:
            where = "; ".join(zone_name(z) for z in step.zones)
            lines.append("     " + translate("Commands", "Where: {zones}").format(zones=where))
        if step.path:
            way = " -> ".join(zone_name(z) for z in step.path)
            lines.append("     " + translate("Commands", "Direction: {zones}").format(zones=way))
        if step.tradition:
            tradition = translate("Commands", "Tradition: {text}").format(text=step.tradition)
            lines.append("     " + tradition)
        if step.notes:
            lines.append("     " + translate("Commands", "Notes: {text}").format(text=step.notes))
    if routine.map is BodyMap.FOOT:
        total = translate(
            "Commands",
            "Total length: {length} (the time it takes: work, rests, and the get-ready "
            "and switch-feet pauses set in your preferences)",
        )
    else:
        total = translate(
            "Commands",
            "Total length: {length} (the time it takes: work, rests, and the get-ready "
            "and switch-hands pauses set in your preferences)",
        )
    lines += ["", total.format(length=format_seconds(routine_seconds(routine, settings)))]
    if routine.sources:
        lines += ["", translate("Commands", "Sources:"), *(f"  - {s}" for s in routine.sources)]
    if routine.notes:
        lines += ["", translate("Commands", "Notes: {text}").format(text=routine.notes)]
    if routine.path is not None:
        lines += [
            "",
            translate("Commands", "File: {path} ({origin})").format(
                path=routine.path, origin=origin_name(routine.origin)
            ),
        ]
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """``handtrainer show ROUTINE``: the routine (an id or a file) as readable text."""
    out, err = out or sys.stdout, err or sys.stderr
    ref: str = args.routine
    try:
        if os.path.lexists(ref) and not os.path.isdir(ref):
            # A file needs no library: skip loading every routine.
            routine = resolve_routine(ref, RoutineLibrary())
        else:
            extra = getattr(args, "routines", None) or ()
            routine = resolve_routine(ref, load_library(extra, cache=_cache()))
    except RoutineLookupError as exc:
        print(exc, file=err)
        return 1
    print(routine_text(routine_in(routine, command_language())), file=out)
    return 0
