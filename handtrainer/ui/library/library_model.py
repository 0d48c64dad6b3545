"""The library model: the routine library as a Qt object that widgets observe.

The picker (and later the editor and the client screen) hold no library state of
their own: they read ``library()`` and follow ``changed``. Reading the folders
happens on a worker thread that posts routines back in batches, so the window
paints at once and fills as they arrive; the user's folder is watched, and a
change there reads the library again in the background.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QObject,
    QSemaphore,
    QThread,
    Signal,
)

from handtrainer.core.heap import keep_large_blocks_apart, return_free_memory
from handtrainer.core.library import (
    LibraryReader,
    RoutineLibrary,
    add_routine_files,
    cyclic_gc_paused,
    keep_routine_file,
    sort_key,
)
from handtrainer.core.library_cache import LibraryCache, default_cache_file
from handtrainer.core.localize import library_in, routine_in
from handtrainer.core.model import DEFAULT_LANGUAGE, Origin, Routine
from handtrainer.ui.library.favourites import FavouritesStore

if TYPE_CHECKING:
    from handtrainer.ui.library.folder_watch import FolderWatch

# Routines per batch posted to the window: the first comes quickly (the bundled
# routines are on screen at once), later ones grow so a big folder costs the
# window a few dozen updates, not thousands.
FIRST_BATCH = 32
LARGEST_BATCH = 256  # some 15 ms of the window's time to take in
# While reading, the window waits at most this long for the interpreter each time it
# runs Python (a paint, a key): Python's default is 5 ms, per call.
READING_SWITCH_INTERVAL = 0.001
BATCH_WAIT_MS = 5000  # the longest the reader waits for the window to take a batch
# Past this many files only folders are watched: each watch is a kernel resource.
MOST_FILES_WATCHED = 1000
# A library up to this size, all of it unchanged in the cache, is read before the
# window shows (some 0.2 ms a routine): its first paint has the routines in it.
FIRST_LOOK_MOST = 200
# Past this many files, where the kernel can (Linux's inotify), one watch a folder tells
# every file's change instead of one watch a file (some 0.4 KB of the window's each).
FOLDER_WATCH_FROM = 200


@dataclass(frozen=True)
class LibraryChange:
    """What changed: routines that joined and routines that left (a changed one is both)."""

    added: tuple[Routine, ...] = ()
    removed: tuple[Routine, ...] = ()
    reset: bool = False  # failures, notices or warnings changed too

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.reset)


@dataclass(frozen=True)
class LibrarySources:
    """Where the library is read from (see ``handtrainer.core.library``)."""

    extra_dirs: tuple[Path, ...] = ()
    include_user: bool = True
    bundled_dir: Path | None = None
    user_dir: Path | None = None
    environ: Mapping[str, str] | None = field(default=None, compare=False)
    cache_file: Path | None = field(default_factory=default_cache_file)
    """Where unchanged files' results are kept between reads (``None``: parse every file)."""

    def reader(self, language: str | None = None) -> LibraryReader:
        """A fresh reader of these sources (it reads the cache: call it off the GUI thread)."""
        return LibraryReader(
            self.extra_dirs,
            include_user=self.include_user,
            bundled_dir=self.bundled_dir,
            user_dir=self.user_dir,
            environ=self.environ,
            cache=LibraryCache(self.cache_file) if self.cache_file is not None else None,
            language=language,
        )


def _same(before: Routine, after: Routine) -> bool:
    if before is after:
        return True
    return before == after and (before.path, before.origin) == (after.path, after.origin)


def _diff(old: RoutineLibrary, new: RoutineLibrary) -> tuple[RoutineLibrary, LibraryChange]:
    """``new`` with unchanged routines kept as the old objects, and what changed."""
    old_by_id = {r.id: r for r in old.routines}
    kept: list[Routine] = []
    added: list[Routine] = []
    for routine in new.routines:
        before = old_by_id.pop(routine.id, None)
        if before is not None and _same(before, routine):
            kept.append(before)
        else:
            kept.append(routine)
            added.append(routine)
            if before is not None:
                old_by_id[routine.id] = before  # replaced: it leaves too
    removed = tuple(old_by_id.values())
    reset = (old.failures, old.notices, old.warnings, old.overridden) != (
        new.failures,
        new.notices,
        new.warnings,
        new.overridden,
    )
    settled = RoutineLibrary(tuple(kept), new.failures, new.notices, new.overridden, new.warnings)
    return settled, LibraryChange(tuple(added), removed, reset)


class _ReaderThread(QThread):
    """Reads the library off the GUI thread and posts the routines in batches.

    It has no parent: a window closing mid-read must not destroy a running thread
    (Qt aborts then). Running readers are kept here until they finish, and asked
    to stop when the application quits.
    """

    running: ClassVar[set[_ReaderThread]] = set()

    batchRead = Signal(object)  # list[Routine]
    libraryRead = Signal(object, object, object)  # settled library, change, user files read

    def __init__(self, sources: LibrarySources, previous: RoutineLibrary, language: str) -> None:
        super().__init__()
        self._sources = sources
        self._previous = previous
        self._language = language
        self._taken = QSemaphore(0)
        _ReaderThread.running.add(self)
        self.finished.connect(self._done)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def taken(self) -> None:
        """The window has taken in a batch (called on the GUI thread): read on."""
        self._taken.release()

    def _until_taken(self) -> bool:
        """Wait for the window to take the last batch; False when asked to stop.

        A cached library reads faster than a window takes it in: unpaced, batches
        would queue up and be handled in one long stall. A window that never answers
        (gone without stopping the reader) is waited for a few seconds at most.
        """
        for _ in range(BATCH_WAIT_MS // 20):
            if self.isInterruptionRequested():
                return False
            if self._taken.tryAcquire(1, 20):
                return True
        return not self.isInterruptionRequested()

    def _done(self) -> None:
        _ReaderThread.running.discard(self)
        self.deleteLater()
        # The read's passing objects are gone (the window has the library, the cache is
        # written): hand their pages back rather than idle with them (about a millisecond).
        # A full collection first: everything read is frozen, so it walks only what came
        # since, and it empties the interpreter's lists of spare objects.
        gc.collect()
        return_free_memory()

    def stop(self) -> None:
        """Stop between two files and wait for it."""
        self.requestInterruption()
        self.wait()

    def run(self) -> None:
        switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(switch_interval, READING_SWITCH_INTERVAL))
        try:
            self._read()
        finally:
            sys.setswitchinterval(switch_interval)

    def _read(self) -> None:
        reader = self._sources.reader(self._language)  # routines come shown in it
        batch: list[Routine] = []
        user_files: list[Path] = []  # for the watcher: found here, off the GUI thread
        size = FIRST_BATCH
        fresh = not self._previous.routines
        with cyclic_gc_paused():
            for path, origin, name in reader.entries():
                if self.isInterruptionRequested():
                    return
                routine = reader.read(path, origin, name)
                if origin is Origin.USER:
                    user_files.append(path)
                if routine is not None and fresh:
                    batch.append(routine)
                    if len(batch) >= size:
                        self.batchRead.emit(batch)
                        batch, size = [], min(size * 2, LARGEST_BATCH)
                        if not self._until_taken():
                            return
            if batch:
                self.batchRead.emit(batch)
            library = reader.library()
            settled, change = _diff(self._previous, library)
            # The routines live as long as the window: keep the collector from
            # walking them again and again.
            gc.freeze()
        self.libraryRead.emit(settled, change, user_files)
        reader.save_cache()  # after the window has the library: it need not wait for this


class LibraryModel(QObject):
    """The routine library, observed by the widgets that show it.

    ``changed`` carries a ``LibraryChange``; ``library()`` is the library now
    (while loading, the routines read so far). ``load`` reads in the background;
    ``add_files`` adds routine files, keeping a copy in the user's folder.

    Every routine it holds is shown in ``language`` (``core.localize.routine_in``):
    the picker, the practice page, the sheet, the voice and the client screen all
    read that one routine. ``original()`` gives the file's own, for the editor.
    """

    changed = Signal(object)  # LibraryChange
    loadingChanged = Signal(bool)

    def __init__(
        self,
        library: RoutineLibrary | None = None,
        parent: QObject | None = None,
        *,
        favourites: FavouritesStore | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__(parent)
        self.language = language
        """The language routines are shown in (the interface's)."""
        self._library = library_in(library, language) if library else RoutineLibrary()
        self.favourites = favourites  # the person's marks, kept apart from the files
        self._sources: LibrarySources | None = None
        self._thread: _ReaderThread | None = None
        self._again = False
        self._added_while_loading: list[Path] = []
        self._watcher: QFileSystemWatcher | None = None
        self._folder_watch: FolderWatch | None = None  # instead, for a big library (Linux)
        self._watch_wanted = False
        self._looked: tuple[LibrarySources, list[Path]] | None = None  # see first_look

    # -- reading ----------------------------------------------------------------------

    def library(self) -> RoutineLibrary:
        """The library as it is now."""
        return self._library

    def get(self, routine_id: str) -> Routine | None:
        """The routine with this id, or ``None``."""
        return self._library.get(routine_id)

    def shown(self, routine: Routine) -> Routine:
        """``routine`` in the library's language (a file opened from outside, say)."""
        return routine_in(routine, self.language)

    def is_loading(self) -> bool:
        """True while the folders are being read."""
        return self._thread is not None

    def user_dir(self) -> Path | None:
        """The user's routines folder, when the library reads one."""
        if self._sources is None or not self._sources.include_user:
            return None
        if self._sources.user_dir is not None:
            return self._sources.user_dir
        from handtrainer.core import paths

        return paths.user_routines_dir(create=False)

    def first_look(self, sources: LibrarySources) -> bool:
        """Read a small library from the cache at once, before the window shows.

        Only when every file is in the cache unchanged and there are at most
        ``FIRST_LOOK_MOST``: then the window's first paint lists the routines, and
        ``load(sources)`` has nothing left to read. Otherwise nothing changes
        (False) and ``load`` reads in the background as usual.
        """
        reader = sources.reader(self.language)  # routines come shown in it
        if reader.cache is None or not 0 < len(reader.cache) <= FIRST_LOOK_MOST:
            return False
        user_files: list[Path] = []
        with cyclic_gc_paused():
            for path, origin, name in reader.entries():
                if not reader.read_cached(path, origin, name):
                    return False
                if origin is Origin.USER:
                    user_files.append(path)
            library = reader.library()
        self._library = library
        self._looked = (sources, user_files)
        self.changed.emit(LibraryChange(library.routines, (), True))
        return True

    def load(self, sources: LibrarySources, *, watch: bool = True) -> None:
        """Read the library from ``sources`` in the background (``changed`` as it arrives).

        With ``watch``, the user's folder is watched once it has been read.
        ``loadingChanged`` says True, then False when the reading is done (at once
        when ``first_look`` read these sources already).
        """
        self._sources = sources
        self._watch_wanted = watch and sources.include_user
        looked, self._looked = self._looked, None
        if looked is not None and looked[0] == sources:
            self.loadingChanged.emit(True)
            if self._watch_wanted and not self._watching():
                self._watch(looked[1])
            self.loadingChanged.emit(False)
            return
        self._start()

    def reload(self) -> None:
        """Read the same folders again (after a change on disk)."""
        if self._sources is None:
            return
        if self._thread is not None:
            self._again = True  # one more read once this one is done
            return
        self._start()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the reading is done (for tests and benchmarks); False on timeout."""
        thread = self._thread
        return thread is None or thread.wait(msecs)

    def stop(self) -> None:
        """Stop reading (the window is closing)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.batchRead.disconnect(self._on_batch)
            thread.libraryRead.disconnect(self._on_library)
            thread.stop()
            self.loadingChanged.emit(False)

    def _start(self) -> None:
        assert self._sources is not None
        keep_large_blocks_apart()
        thread = _ReaderThread(self._sources, self._library, self.language)
        thread.batchRead.connect(self._on_batch)
        thread.libraryRead.connect(self._on_library)
        self._thread = thread
        self.loadingChanged.emit(True)
        thread.start(QThread.Priority.LowPriority)

    def _on_batch(self, batch: list[Routine]) -> None:
        try:
            self._take(batch)
        finally:
            if self._thread is not None:  # batches come only from the current reader
                self._thread.taken()

    def _take(self, batch: list[Routine]) -> None:
        by_id = {r.id: r for r in self._library.routines}
        removed = [by_id[r.id] for r in batch if r.id in by_id]
        by_id.update((r.id, r) for r in batch)
        self._library = RoutineLibrary(tuple(by_id.values()), notices=self._library.notices)
        self.changed.emit(LibraryChange(tuple(batch), tuple(removed)))

    def _on_library(
        self, library: RoutineLibrary, change: LibraryChange, user_files: list[Path]
    ) -> None:
        self._thread = None
        if self._watch_wanted and not self._watching():
            self._watch(user_files)
        # Against what the window shows now (the batches, or the library before a
        # reload): unchanged routines are the same objects, so this is quick.
        library, change = _diff(self._library, library)
        added = change.added
        if self._added_while_loading:
            paths, self._added_while_loading = self._added_while_loading, []
            library, more = add_routine_files(library, paths, Origin.USER)
            library = library_in(library, self.language)
            added += tuple(library.get(r.id) or r for r in more)
        self._library = library
        self.loadingChanged.emit(False)
        self.changed.emit(LibraryChange(added, change.removed, True))
        if self._again:
            self._again = False
            self._start()

    # -- changing -----------------------------------------------------------------------

    def set_library(self, library: RoutineLibrary) -> None:
        """Show a finished library (``changed`` says what is different)."""
        self._library, change = _diff(self._library, library_in(library, self.language))
        self.changed.emit(LibraryChange(change.added, change.removed, True))

    def add_files(self, paths: Sequence[Path], *, keep: bool = True) -> AddedFiles:
        """Add routine files; with ``keep`` each is copied into the user's folder first.

        Broken files join the failures with their errors; nothing is copied for them.
        """
        from handtrainer.core.loader import load_routine_file

        user_dir = self.user_dir() if keep else None
        kept: list[Path] = []
        copies: list[Path] = []
        problems: list[str] = []
        for path in paths:
            target = path
            if user_dir is not None and load_routine_file(path, Origin.USER).ok:
                try:
                    target = keep_routine_file(path, user_dir)
                except OSError as error:
                    problems.append(f"{path}: {error.strerror or error}")
                else:
                    if target != path:
                        copies.append(target)
            kept.append(target)
        origin = Origin.USER if user_dir is not None else Origin.EXTRA
        library, added = add_routine_files(self._library, kept, origin)
        if self.is_loading() and copies:
            self._added_while_loading.extend(copies)
        self.set_library(library)
        shown = tuple(self._library.get(r.id) or r for r in added)
        return AddedFiles(shown, tuple(copies), tuple(problems), len(paths))

    # -- watching the user's folder -----------------------------------------------------

    def _watching(self) -> bool:
        return self._watcher is not None or self._folder_watch is not None

    def _watch(self, user_files: list[Path]) -> None:
        folder = self.user_dir()
        if folder is None or not folder.is_dir():
            return
        # The parent as text: a routine's path taken apart would keep its parts for good.
        folders = dict.fromkeys([str(folder), *(os.path.dirname(p) or "." for p in user_files)])
        if len(user_files) > FOLDER_WATCH_FROM:
            # A watch a file costs some 0.4 KB: a big library gets one a folder where the
            # kernel tells files written in place too (Linux's inotify; the module is not
            # loaded for a small library, on the way to the window's first paint).
            from handtrainer.ui.library.folder_watch import FolderWatch

            watch = FolderWatch.made(self, self._on_disk_change)
            if watch is not None:
                watch.watch(folders)
                self._folder_watch = watch
                return
        watcher = QFileSystemWatcher(self)
        files = [str(path) for path in user_files[:MOST_FILES_WATCHED]]
        watcher.addPaths([*folders, *files])
        watcher.directoryChanged.connect(self._on_disk_change)
        watcher.fileChanged.connect(self._on_file_change)
        self._watcher = watcher

    def _on_file_change(self, path: str) -> None:
        # Editors that save by renaming drop the watch: watch the new file again.
        if self._watcher is not None and Path(path).exists():
            self._watcher.addPath(path)
        self._on_disk_change(path)

    def _on_disk_change(self, _path: str) -> None:
        if self._watcher is not None:
            folder = self.user_dir()
            if folder is not None:
                from handtrainer.core.library import routine_files

                known = set(self._watcher.files())
                new = [str(p) for p in routine_files(folder) if str(p) not in known]
                room = MOST_FILES_WATCHED - len(known)
                if new and room > 0:
                    self._watcher.addPaths(new[:room])
        self.reload()


@dataclass(frozen=True)
class AddedFiles:
    """What ``add_files`` did: routines added, copies kept, problems copying."""

    routines: tuple[Routine, ...]
    copies: tuple[Path, ...]
    problems: tuple[str, ...]
    asked: int

    @property
    def broken(self) -> int:
        """Files that did not load."""
        return self.asked - len(self.routines)


__all__ = ["AddedFiles", "LibraryChange", "LibraryModel", "LibrarySources", "sort_key"]
