"""The routine library: every routine found in the bundled, user and extra folders.

Where routines come from, in order: the bundled folder, the user's folder
(created on first use), the folders given with ``--routines``, then those in
``HANDTRAINER_ROUTINES``. Folders are searched for ``.yaml`` and ``.yml`` files (any case),
including subfolders, but not hidden ones (names starting with ``.``) and not
folders reached through symbolic links (which could loop).

Ids: a user or extra routine with the id of a bundled one replaces it, and the
library says so in a notice. Two files of the same group (two bundled, or two
user/extra files) with one id are an error: neither file is used, and each
file's error names the other, because there is no telling which one the
author meant. A bundled routine of that id, if any, stays in use then.
"""

from __future__ import annotations

import gc
import os
import shutil
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handtrainer.core.model import Origin, Routine, SourcePos
from handtrainer.core.problems import Problem, did_you_mean
from handtrainer.core.text_path import text_path
from handtrainer.core.wording import translate

if TYPE_CHECKING:
    from handtrainer.core.library_cache import LibraryCache
    from handtrainer.core.loader import LoadResult


def load_routine_file(path: Path, origin: Origin) -> LoadResult:
    """The loader's ``load_routine_file``, imported on first use.

    The loader brings the YAML parser and every validation rule: a window can
    paint before it needs them, and a worker thread can read the library with them.
    """
    from handtrainer.core import loader

    return loader.load_routine_file(path, origin)


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
        by_id: dict[str, Routine] | None = self.__dict__.get("_by_id")
        if by_id is None:
            # Built on first use: a window showing 10,000 routines looks them up by id a lot.
            by_id = {r.id: r for r in self.routines}
            object.__setattr__(self, "_by_id", by_id)
        return by_id.get(routine_id)


class RoutineLookupError(Exception):
    """A routine asked for by id or path could not be found or loaded."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join([self.message, *(str(p) for p in self.problems)])


def is_routine_file(path: Path) -> bool:
    """True for a file name a routine may have (``.yaml`` / ``.yml``, any case)."""
    return path.suffix.lower() in ROUTINE_SUFFIXES


def has_routine_suffix(name: str) -> bool:
    """True for a name ending in ``.yaml`` / ``.yml``, any case, as ``is_routine_file``.

    For names as text (a folder's listing): a file the window accepts must be found
    again when its folder is read, whatever the case of its suffix.
    """
    return name[-5:].lower().endswith(ROUTINE_SUFFIXES)


def sort_key(routine: Routine) -> tuple[str, str]:
    """The library's order: by title regardless of case, then by id."""
    return (routine.title.casefold(), routine.id)


def search_words(routine: Routine, extra: Iterable[str] = ()) -> str:
    """Everything a search may match, casefolded, each word once (kept small for big libraries).

    A search keeps a routine when each of its words is part of a word here.
    """
    parts = [routine.title, routine.summary, routine.id, *routine.tags, *extra]
    parts.extend(step.title for step in routine.steps)
    words = sorted(set(" ".join(parts).casefold().split()), key=lambda w: (-len(w), w))
    # A word inside a longer one adds nothing (every word of a search is matched as a
    # part of a word), so it is left out: the text is held once per routine.
    kept = ""
    for word in words:
        if word not in kept:
            kept = f"{kept} {word}" if kept else word
    return kept


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while files load.

    Composing YAML allocates hundreds of thousands of small objects that hold no
    cycles (reference counting frees them), yet they set off the collector over
    and over: about a fifth of the time of a large load.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def routine_file_names(folder: Path, errors: list[str] | None = None) -> list[str]:
    """The routine files in ``folder`` and its non-hidden subfolders, sorted, as text."""

    def on_error(exc: OSError) -> None:
        if errors is not None:
            errors.append(
                translate("Problems", "cannot read the folder {folder}: {reason}").format(
                    folder=exc.filename, reason=exc.strerror or exc
                )
            )

    found: list[str] = []
    # followlinks=False: a symbolic link to a parent folder must not loop forever.
    for root, dirs, files in os.walk(folder, onerror=on_error, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            os.path.join(root, name)
            for name in sorted(files)
            if has_routine_suffix(name) and not name.startswith(".")
        )
    return found


def routine_files(folder: Path, errors: list[str] | None = None) -> list[Path]:
    """The routine files in ``folder`` and its non-hidden subfolders, sorted."""
    return [Path(name) for name in routine_file_names(folder, errors)]


def _duplicate_failures(loaded: list[_Loaded]) -> tuple[list[_Loaded], list[FailedFile]]:
    """Drop every routine whose id another file of the same group also uses."""
    by_id: dict[str, list[_Loaded]] = {}
    for item in loaded:
        by_id.setdefault(item.routine.id, []).append(item)
    kept: list[_Loaded] = []
    failed: list[FailedFile] = []
    for routine_id, group in by_id.items():
        if len(group) == 1:
            kept.extend(group)
            continue
        for item in group:
            path = item.routine.path
            assert path is not None
            others = ", ".join(str(x.routine.path) for x in group if x is not item)
            pos = item.id_pos
            problem = Problem(
                path,
                pos.line if pos else 1,
                pos.column if pos else 1,
                translate(
                    "Problems",
                    "the id '{id}' is also used by {others}; ids must be unique, "
                    "so neither file is used (change one id)",
                ).format(id=routine_id, others=others),
            )
            failed.append(FailedFile(path, (problem, *item.problems), item.origin))
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
        from handtrainer.core import resources

        bundled_dir = resources.bundled_routines_dir()
    sources = [(bundled_dir, Origin.BUNDLED, translate("Problems", "the bundled routines folder"))]
    if include_user:
        if user_dir is None:
            from handtrainer.core import paths

            try:
                user_dir = paths.user_routines_dir(create=True)
            except OSError as exc:
                notices.append(
                    translate(
                        "Problems", "cannot create your routines folder {folder}: {reason}"
                    ).format(folder=exc.filename, reason=exc.strerror or exc)
                )
        if user_dir is not None:
            sources.append((user_dir, Origin.USER, translate("Problems", "your routines folder")))
    sources.extend((Path(d), Origin.EXTRA, "--routines") for d in extra_dirs)
    sources.extend(
        (Path(part), Origin.EXTRA, ENVIRONMENT_VARIABLE)
        for part in environ.get(ENVIRONMENT_VARIABLE, "").split(os.pathsep)
        if part
    )
    return sources


def _files_of(source: Path, label: str, notices: list[str]) -> Iterable[str]:
    try:
        is_dir = source.is_dir()
        exists = is_dir or source.exists()
    except OSError:
        is_dir = exists = False
    if is_dir:
        return routine_file_names(source, notices)
    if exists:
        return [str(source)]  # a single file given as a source is loaded as it is
    notices.append(
        translate("Problems", "the folder {folder} ({source}) does not exist").format(
            folder=source, source=label
        )
    )
    return []


class _Compactor:
    """Shares equal steps and lists between the routines of one library.

    A therapist's folder holds many copies of a few routines with small changes:
    stored once, a step costs its memory once, not once per file.
    """

    def __init__(self) -> None:
        self.seen: dict[Any, Any] = {}
        """Each part kept, by itself (a step, by itself and its place)."""

    def _share(self, value: Any) -> Any:
        return self.seen.setdefault(value, value)

    def routine(self, routine: Routine) -> Routine:
        """The same routine, built from shared parts."""
        # pos takes no part in a step's equality: key on it too, so each keeps its own.
        steps = tuple(self.seen.setdefault((s, s.pos), s) for s in routine.steps)
        return replace(
            routine,
            steps=self.seen.setdefault((steps, tuple(s.pos for s in steps)), steps),
            tags=self._share(routine.tags),
            cautions=self._share(routine.cautions),
            caution_ids=self._share(routine.caution_ids),
            translations=self._share(tuple(self._share(t) for t in routine.translations)),
            sources=self._share(routine.sources),
            notes=self._share(routine.notes),
            summary=self._share(routine.summary),
        )


@dataclass(frozen=True, slots=True)
class _Loaded:
    routine: Routine
    id_pos: SourcePos | None
    origin: Origin
    problems: tuple[Problem, ...]  # its warnings


# A file's result: the routine (None on errors), its problems, where its id is.
_Found = tuple[Routine | None, tuple[Problem, ...], SourcePos | None]


class LibraryReader:
    """Reads the library file by file, so a window can show routines as they arrive.

    ``files()`` lists what to read (noting missing folders), ``read()`` loads one
    file, and ``library()`` settles ids (duplicates, replaced bundled routines)
    and gives the finished library. ``load_library`` does all three at once.

    With a ``cache``, files unchanged since the last read are not parsed again;
    ``save_cache()`` keeps this read for the next one. With a ``language``, each
    routine is kept as shown in it (``core.localize.routine_in``), not also as read.
    """

    def __init__(
        self,
        extra_dirs: Sequence[Path] = (),
        *,
        include_user: bool = True,
        bundled_dir: Path | None = None,
        user_dir: Path | None = None,
        environ: Mapping[str, str] | None = None,
        cache: LibraryCache | None = None,
        language: str | None = None,
    ) -> None:
        self.notices: list[str] = []
        self.cache = cache
        self.language = language
        env = os.environ if environ is None else environ
        self._sources = _sources(extra_dirs, include_user, bundled_dir, user_dir, env, self.notices)
        self._seen: set[str] = set()
        # What settling ids needs, kept flat: an object or two a routine would outlive
        # the read and leave gaps between the routines when they go.
        self._loaded: list[Routine] = []
        self._id_places = array("l")  # each routine's id line and column (0: unknown)
        self._problems: dict[int, tuple[Problem, ...]] = {}  # warnings, by routine
        self._failures: list[FailedFile] = []
        self._warnings: list[Problem] = []
        self._compactor = _Compactor()

    def entries(self) -> Iterator[tuple[Path, Origin, str]]:
        """Every routine file of every source, in order, each real file once, and its name.

        The name (the path as text) is for ``read``; the path holds that very text
        (``core.text_path``): a routine's path costs little more than its name.
        """
        for source, origin, label in self._sources:
            for name in _files_of(source, label, self.notices):
                # The same file reached twice (a folder given twice) is loaded once.
                real = os.path.realpath(name)
                if real == name:
                    real = name  # one string, not two
                if real not in self._seen:
                    self._seen.add(real)
                    yield text_path(name), origin, name

    def files(self) -> Iterator[tuple[Path, Origin]]:
        """Every routine file of every source, in order, each real file once."""
        for path, origin, _name in self.entries():
            yield path, origin

    def read(self, path: Path, origin: Origin, name: str | None = None) -> Routine | None:
        """Load one file: its routine if it loaded (ids are settled later), else ``None``.

        ``name`` is the path as text, when the caller has it (``entries``).
        """
        cache = self.cache
        if cache is None:
            found = self._parse(path, origin)
        else:
            key = str(path) if name is None else name
            stamp = cache.stamp(key)  # before reading: a change meanwhile shows next time
            cached = cache.lookup(path, stamp, origin, key)
            if cached is None:
                found = self._parse(path, origin)
                cache.keep(path, stamp, origin, found, key)
            else:
                found = cached
        return self._keep(path, origin, found)

    def read_cached(self, path: Path, origin: Origin, name: str | None = None) -> bool:
        """Load one file from the cache alone: False when it is not there unchanged.

        For a quick first look before the window shows: a miss keeps nothing, and
        the caller reads the whole library the usual way instead (with a new reader).
        """
        cache = self.cache
        if cache is None:
            return False
        key = str(path) if name is None else name
        found = cache.lookup(path, cache.stamp(key), origin, key)
        if found is None:
            return False
        self._keep(path, origin, found)
        return True

    def _keep(self, path: Path, origin: Origin, found: _Found) -> Routine | None:
        routine, problems, id_pos = found
        if routine is None:
            self._failures.append(FailedFile(path, problems, origin))
            return None
        if self.language is not None:
            from handtrainer.core.localize import shown_as_read

            # Fresh: the cache drops ``shown``. Translated, it shares parts as parsed ones do.
            routine = shown_as_read(routine, self.language, self._compactor.seen)
        if problems:
            self._problems[len(self._loaded)] = problems
        self._loaded.append(routine)
        self._id_places.extend((id_pos.line, id_pos.column) if id_pos else (0, 0))
        self._warnings.extend(problems)
        return routine

    def _parse(self, path: Path, origin: Origin) -> _Found:
        """The routine (``None`` on errors, compacted), the problems and the id's place."""
        result = load_routine_file(path, origin)
        if not result.ok or result.routine is None:
            return None, result.problems, result.id_pos
        return self._compactor.routine(result.routine), result.problems, result.id_pos

    def save_cache(self) -> bool:
        """Keep this read's results for the next read (never raises); True if written."""
        return self.cache is not None and self.cache.save()

    def _items(self) -> list[_Loaded]:
        """Every routine read, with its id's place and warnings, to settle ids."""
        places = self._id_places
        return [
            _Loaded(
                routine,
                SourcePos(places[2 * n], places[2 * n + 1]) if places[2 * n] else None,
                routine.origin,
                self._problems.get(n, ()),
            )
            for n, routine in enumerate(self._loaded)
        ]

    def library(self) -> RoutineLibrary:
        """The finished library: ids settled, routines in order, failures by path."""
        items = self._items()
        bundled, bundled_failed = _duplicate_failures(
            [x for x in items if x.origin is Origin.BUNDLED]
        )
        others, others_failed = _duplicate_failures(
            [x for x in items if x.origin is not Origin.BUNDLED]
        )
        notices = list(self.notices)
        failures = [*self._failures, *bundled_failed, *others_failed]
        routines = {x.routine.id: x.routine for x in bundled}
        overridden: set[str] = set()
        for loaded in others:
            routine = loaded.routine
            if routine.id in routines:
                overridden.add(routine.id)
                if loaded.origin is Origin.USER:
                    notice = translate(
                        "Problems",
                        "your routine {path} replaces the bundled routine '{id}' ({bundled})",
                    )
                else:
                    notice = translate(
                        "Problems",
                        "the routine {path} replaces the bundled routine '{id}' ({bundled})",
                    )
                notices.append(
                    notice.format(
                        path=routine.path, id=routine.id, bundled=routines[routine.id].path
                    )
                )
            routines[routine.id] = routine
        ordered = sorted(routines.values(), key=sort_key)
        failures.sort(key=lambda f: str(f.path))
        return RoutineLibrary(
            tuple(ordered),
            tuple(failures),
            tuple(notices),
            frozenset(overridden),
            tuple(self._warnings),
        )


def load_library(
    extra_dirs: Sequence[Path] = (),
    *,
    include_user: bool = True,
    bundled_dir: Path | None = None,
    user_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
    cache: LibraryCache | None = None,
) -> RoutineLibrary:
    """Load every routine from the bundled, user and extra folders; never raises for bad files.

    With a ``cache``, unchanged files are not parsed again, and it is saved afterwards.
    """
    reader = LibraryReader(
        extra_dirs,
        include_user=include_user,
        bundled_dir=bundled_dir,
        user_dir=user_dir,
        environ=environ,
        cache=cache,
    )
    with cyclic_gc_paused():
        for path, origin, name in reader.entries():
            reader.read(path, origin, name)
        library = reader.library()
    reader.save_cache()
    return library


def add_routine_files(
    library: RoutineLibrary, paths: Sequence[Path], origin: Origin = Origin.EXTRA
) -> tuple[RoutineLibrary, list[Routine]]:
    """The library with routine files added, and the routines that were added.

    Good files join the routines (replacing one with the same id); broken files
    join the failures with their errors.
    """
    routines = {routine.id: routine for routine in library.routines}
    failures = {failed.path: failed for failed in library.failures}
    added: list[Routine] = []
    for path in paths:
        result = load_routine_file(path, origin)
        failures.pop(path, None)
        if result.routine is not None and result.ok:
            routines[result.routine.id] = result.routine
            added.append(result.routine)
        else:
            failures[path] = FailedFile(path, tuple(result.problems), origin)
    new_library = replace(
        library,
        routines=tuple(sorted(routines.values(), key=sort_key)),
        failures=tuple(sorted(failures.values(), key=lambda f: str(f.path))),
    )
    return new_library, added


def keep_routine_file(path: Path, user_dir: Path) -> Path:
    """Copy a routine file into the user's folder, so it is there after a restart.

    Returns where the copy is. A file already in that folder stays where it is;
    a different file of the same name gets a free name (``name-2.yaml``).
    """
    user_dir.mkdir(parents=True, exist_ok=True)
    source = path.resolve()
    if source.parent == user_dir.resolve():
        return path
    target = user_dir / path.name
    number = 2
    while target.exists():
        if target.read_bytes() == source.read_bytes():
            return target  # the same file added again: keep the one copy
        target = user_dir / f"{path.stem}-{number}{path.suffix}"
        number += 1
    partial = target.with_name(f".{target.name}.part")
    shutil.copyfile(source, partial)
    os.replace(partial, target)  # atomic: a half-copied routine is never listed
    return target


def _looks_like_path(ref: str) -> bool:
    return has_routine_suffix(ref) or "/" in ref or os.sep in ref


def resolve_routine(ref: str, library: RoutineLibrary) -> Routine:
    """The routine ``ref`` names: an id in the library, or a path to a routine file."""
    routine = library.get(ref)
    if routine is not None:
        return routine
    path = Path(ref)
    # The text, not the path: Path("") is ".", the current folder.
    if _looks_like_path(ref) or os.path.lexists(ref):
        if not os.path.lexists(ref):
            raise RoutineLookupError(
                translate("Library", "no such routine file: {ref}").format(ref=ref)
            )
        result = load_routine_file(path, Origin.EXTRA)
        if result.routine is None or not result.ok:
            raise RoutineLookupError(
                translate("Library", "the routine file {ref} has errors:").format(ref=ref),
                result.errors,
            )
        return result.routine
    failed = [f for f in library.failures if f.path.stem == ref]
    if failed:
        problems = tuple(p for f in failed for p in f.problems)
        raise RoutineLookupError(
            translate("Library", "the routine '{ref}' did not load; its file has errors:").format(
                ref=ref
            ),
            problems,
        )
    hint = did_you_mean(ref, [r.id for r in library.routines])
    raise RoutineLookupError(
        translate(
            "Library",
            "no routine with the id '{ref}'{hint}; 'handtrainer list' shows the routines there are",
        ).format(ref=ref, hint=hint)
    )


def find_routine(ref: str, extra_dirs: Sequence[Path] = (), *, cached: bool = False) -> Routine:
    """The routine ``ref`` names, for a command: a file is read alone, without the library.

    An id is looked up in the library; ``cached`` reads it through the library cache
    the window uses (unchanged files are not parsed again, nor the YAML parser loaded
    when none changed). Raises ``RoutineLookupError`` as ``resolve_routine`` does.
    """
    if os.path.lexists(ref) and not os.path.isdir(ref):
        return resolve_routine(ref, RoutineLibrary())
    cache = None
    if cached:
        from handtrainer.core.library_cache import LibraryCache, default_cache_file

        cache = LibraryCache(default_cache_file())
    return resolve_routine(ref, load_library(extra_dirs, cache=cache))
