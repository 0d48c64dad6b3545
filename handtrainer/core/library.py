"""The routine library: every routine found in the bundled, user and extra folders.

Where routines come from, in order: the bundled folder, the user's folder
(created on first use), the folders given with ``--routines``, then those in
``HANDTRAINER_ROUTINES``. Folders are searched for ``.yaml`` and ``.yml`` files,
including subfolders, but not hidden ones (names starting with ``.``) and not
folders reached through symbolic links (which could loop).

Ids: a user or extra routine with the id of a bundled one replaces it, and the
library says so in a notice. Two files of the same group (two bundled, or two
user/extra files) with one id are an error: neither file is used, and each
file's error names the other, because there is no telling which one the
author meant. A bundled routine of that id, if any, stays in use then.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from handtrainer.core.loader import LoadResult, load_routine_file
from handtrainer.core.model import Origin, Routine
from handtrainer.core.problems import Problem, did_you_mean

ROUTINE_SUFFIXES = (".yaml", ".yml")
ENVIRONMENT_VARIABLE = "HANDTRAINER_ROUTINES"


@dataclass(frozen=True)
class FailedFile:
    """A routine file that did not load, with everything wrong with it."""

    path: Path
    problems: tuple[Problem, ...]
    origin: Origin


@dataclass(frozen=True)
class RoutineLibrary:
    """The routines that loaded, the files that failed, and notices for the user."""

    routines: tuple[Routine, ...] = ()
    failures: tuple[FailedFile, ...] = ()
    notices: tuple[str, ...] = ()
    overridden: frozenset[str] = frozenset()
    warnings: tuple[Problem, ...] = field(default=())
    """Warnings about routines that did load (they are worth fixing, not fatal)."""

    def get(self, routine_id: str) -> Routine | None:
        """The routine with this id, or ``None``."""
        return next((r for r in self.routines if r.id == routine_id), None)


class RoutineLookupError(Exception):
    """A routine asked for by id or path could not be found or loaded."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join([self.message, *(str(p) for p in self.problems)])


def routine_files(folder: Path, errors: list[str] | None = None) -> list[Path]:
    """The routine files in ``folder`` and its non-hidden subfolders, sorted."""

    def on_error(exc: OSError) -> None:
        if errors is not None:
            errors.append(f"cannot read the folder {exc.filename}: {exc.strerror or exc}")

    found: list[Path] = []
    # followlinks=False: a symbolic link to a parent folder must not loop forever.
    for root, dirs, files in os.walk(folder, onerror=on_error, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root, name)
            for name in sorted(files)
            if name.endswith(ROUTINE_SUFFIXES) and not name.startswith(".")
        )
    return found


def _duplicate_failures(
    results: list[tuple[LoadResult, Origin]],
) -> tuple[list[tuple[LoadResult, Origin]], list[FailedFile]]:
    """Drop every routine whose id another file of the same group also uses."""
    by_id: dict[str, list[tuple[LoadResult, Origin]]] = {}
    for result, origin in results:
        assert result.routine is not None
        by_id.setdefault(result.routine.id, []).append((result, origin))
    kept: list[tuple[LoadResult, Origin]] = []
    failed: list[FailedFile] = []
    for routine_id, group in by_id.items():
        if len(group) == 1:
            kept.extend(group)
            continue
        for result, origin in group:
            assert result.routine is not None and result.routine.path is not None
            others = ", ".join(
                str(r.routine.path) for r, _ in group if r is not result if r.routine is not None
            )
            pos = result.id_pos
            problem = Problem(
                result.routine.path,
                pos.line if pos else 1,
                pos.column if pos else 1,
                f"the id '{routine_id}' is also used by {others}; ids must be unique, "
                "so neither file is used (change one id)",
            )
            failed.append(FailedFile(result.routine.path, (problem, *result.problems), origin))
    return kept, failed


def _sources(
    extra_dirs: Sequence[Path],
    include_user: bool,
    bundled_dir: Path | None,
    user_dir: Path | None,
    environ: Mapping[str, str],
    notices: list[str],
) -> list[tuple[Path, Origin, str]]:
    if bundled_dir is None:
        from handtrainer import resources

        bundled_dir = resources.bundled_routines_dir()
    sources = [(bundled_dir, Origin.BUNDLED, "the bundled routines folder")]
    if include_user:
        if user_dir is None:
            from handtrainer.core import paths

            try:
                user_dir = paths.user_routines_dir(create=True)
            except OSError as exc:
                notices.append(
                    f"cannot create your routines folder {exc.filename}: {exc.strerror or exc}"
                )
        if user_dir is not None:
            sources.append((user_dir, Origin.USER, "your routines folder"))
    sources.extend((Path(d), Origin.EXTRA, "--routines") for d in extra_dirs)
    sources.extend(
        (Path(part), Origin.EXTRA, ENVIRONMENT_VARIABLE)
        for part in environ.get(ENVIRONMENT_VARIABLE, "").split(os.pathsep)
        if part
    )
    return sources


def _files_of(source: Path, label: str, notices: list[str]) -> Iterable[Path]:
    try:
        is_dir = source.is_dir()
        exists = is_dir or source.exists()
    except OSError:
        is_dir = exists = False
    if is_dir:
        return routine_files(source, notices)
    if exists:
        return [source]  # a single file given as a source is loaded as it is
    notices.append(f"the folder {source} ({label}) does not exist")
    return []


def load_library(
    extra_dirs: Sequence[Path] = (),
    *,
    include_user: bool = True,
    bundled_dir: Path | None = None,
    user_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> RoutineLibrary:
    """Load every routine from the bundled, user and extra folders; never raises for bad files."""
    notices: list[str] = []
    env = os.environ if environ is None else environ
    seen: set[str] = set()
    loaded: dict[bool, list[tuple[LoadResult, Origin]]] = {True: [], False: []}
    failures: list[FailedFile] = []
    warnings: list[Problem] = []
    sources = _sources(extra_dirs, include_user, bundled_dir, user_dir, env, notices)
    for source, origin, label in sources:
        for path in _files_of(source, label, notices):
            # The same file reached twice (a folder given twice) is loaded once.
            real = os.path.realpath(path)
            if real in seen:
                continue
            seen.add(real)
            result = load_routine_file(path, origin)
            if result.ok:
                loaded[origin is Origin.BUNDLED].append((result, origin))
                warnings.extend(result.problems)
            else:
                failures.append(FailedFile(path, result.problems, origin))
    bundled, bundled_failed = _duplicate_failures(loaded[True])
    others, others_failed = _duplicate_failures(loaded[False])
    failures.extend(bundled_failed + others_failed)
    routines = {r.routine.id: r.routine for r, _ in bundled if r.routine is not None}
    overridden: set[str] = set()
    for result, origin in others:
        routine = result.routine
        assert routine is not None
        if routine.id in routines:
            overridden.add(routine.id)
            who = "your routine" if origin is Origin.USER else "the routine"
            notices.append(
                f"{who} {routine.path} replaces the bundled routine "
                f"'{routine.id}' ({routines[routine.id].path})"
            )
        routines[routine.id] = routine
    ordered = sorted(routines.values(), key=lambda r: (r.title.casefold(), r.id))
    failures.sort(key=lambda f: str(f.path))
    return RoutineLibrary(
        tuple(ordered), tuple(failures), tuple(notices), frozenset(overridden), tuple(warnings)
    )


def _looks_like_path(ref: str) -> bool:
    return ref.endswith(ROUTINE_SUFFIXES) or "/" in ref or os.sep in ref


def resolve_routine(ref: str, library: RoutineLibrary) -> Routine:
    """The routine ``ref`` names: an id in the library, or a path to a routine file."""
    routine = library.get(ref)
    if routine is not None:
        return routine
    path = Path(ref)
    if _looks_like_path(ref) or os.path.lexists(path):
        if not os.path.lexists(path):
            raise RoutineLookupError(f"no such routine file: {ref}")
        result = load_routine_file(path, Origin.EXTRA)
        if result.routine is None or not result.ok:
            raise RoutineLookupError(f"the routine file {ref} has errors:", result.errors)
        return result.routine
    failed = [f for f in library.failures if f.path.stem == ref]
    if failed:
        problems = tuple(p for f in failed for p in f.problems)
        raise RoutineLookupError(
            f"the routine '{ref}' did not load; its file has errors:", problems
        )
    hint = did_you_mean(ref, [r.id for r in library.routines])
    raise RoutineLookupError(
        f"no routine with the id '{ref}'{hint}; 'handtrainer list' shows the routines there are"
    )
