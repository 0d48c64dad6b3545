"""What the library read last time, so unchanged routine files are not parsed again.

A file's entry is used only while its path, size, modification and change times,
inode and origin are what they were, and only under the same cache version: a
fingerprint of the core's own source (the loader, the checks, the model), the
parser, Python and the wording language. Anything else is parsed again.

The cache is one file in the user's cache folder, written atomically and read
defensively: a cache that is damaged, foreign, of another version or too large
is ignored (and rebuilt), never a crash or a wrong routine. It holds exactly the
files of the last read, so it stays about the size of the library, and never more
than ``MAX_CACHE_BYTES``.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import io
import os
import pathlib
import pickle
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from handtrainer.core.library import cyclic_gc_paused
from handtrainer.core.model import Origin, Routine, SourcePos
from handtrainer.core.problems import Problem
from handtrainer.core.userfiles import read_small_file, write_atomically

CACHE_FILE_NAME = "library.cache"
MAX_CACHE_BYTES = 64 * 1024 * 1024  # some 40,000 routines
MAX_ENTRIES = 100_000
# A file changed this recently may change again within the file system's time
# resolution without its stamp changing: it is read each time until it settles.
SETTLE_NS = 2_000_000_000
_MAGIC = b"handtrainer library cache\n"
_FORMAT = 2
_CHUNK = 256  # entries a pickle: a few milliseconds to read each

Stamp = tuple[int, int, int, int, int]
"""size, mtime_ns, ctime_ns, inode, device: what must not have changed."""


@dataclasses.dataclass(frozen=True, slots=True)
class CachedResult:
    """A file's result as the loader gave it (``routine`` is ``None`` for a failed file)."""

    routine: Routine | None
    problems: tuple[Problem, ...]
    id_pos: SourcePos | None


Entry = tuple[Stamp, str, CachedResult]  # stamp, origin, result


def default_cache_file() -> Path:
    """Where the library cache lives: the user's cache folder."""
    from handtrainer.core import paths

    return paths.user_cache_dir() / CACHE_FILE_NAME


def cache_version() -> str:
    """A fingerprint that changes whenever reading a file could give another result."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{_FORMAT} {sys.version} {sys.platform}".encode())
    import yaml

    digest.update(f"yaml {yaml.__version__} {getattr(yaml, '__with_libyaml__', False)}".encode())
    core = Path(__file__).resolve().parent
    sources = sorted(core.glob("*.py"))
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    if not sources:  # a frozen build: a new build is a new program file
        import handtrainer

        info = os.stat(sys.executable)
        digest.update(f"{handtrainer.__version__} {info.st_size} {info.st_mtime_ns}".encode())
    from handtrainer.core.wording import format_seconds

    # Problems are worded through the translation hook: another language, another cache.
    digest.update(format_seconds(150).encode())
    return digest.hexdigest()


def file_stamp(path: Path) -> Stamp | None:
    """The stamp of a regular file, or ``None`` (no such file, or not a regular file)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


class _ModelUnpickler(pickle.Unpickler):
    """Builds only the routine model's own classes and paths: nothing else can be named."""

    def find_class(self, module: str, name: str) -> Any:
        if module.startswith("handtrainer.core.") or module == "pathlib":
            found = getattr(sys.modules.get(module), name, None)
            if isinstance(found, type) and (
                dataclasses.is_dataclass(found)
                or issubclass(found, enum.Enum)
                or (module == "pathlib" and issubclass(found, pathlib.PurePath))
            ):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a routine")


def _entries_from(data: bytes, version: str) -> dict[str, Entry]:
    """The entries in a cache file's bytes; ``ValueError`` for anything not quite right."""
    header = _MAGIC + version.encode() + b"\n"
    if not data.startswith(header):
        raise ValueError("another program's file, or another version")
    checksum, payload = data[len(header) : len(header) + 32], data[len(header) + 32 :]
    if hashlib.blake2b(payload, digest_size=16).hexdigest().encode() != checksum:
        raise ValueError("damaged")
    stream = io.BytesIO(payload)
    unpickler = _ModelUnpickler(stream)
    entries: dict[str, Entry] = {}
    # Chunk by chunk: one load holds the interpreter, and a window must get a turn.
    while stream.tell() < len(payload):
        chunk = unpickler.load()
        if not isinstance(chunk, list) or len(entries) + len(chunk) > MAX_ENTRIES:
            raise ValueError("not a cache")
        for item in chunk:
            if not (isinstance(item, tuple) and len(item) == 2):
                raise ValueError("not a cache entry")
            _check_entry(*item)
            entries[item[0]] = item[1]
    return entries


def _check_entry(key: object, entry: object) -> None:
    """``ValueError`` unless ``entry`` has the shape a cache entry has."""
    if not (isinstance(key, str) and isinstance(entry, tuple) and len(entry) == 3):
        raise ValueError("not a cache entry")
    stamp, origin, result = entry
    if not (
        isinstance(stamp, tuple)
        and len(stamp) == 5
        and all(type(n) is int for n in stamp)
        and isinstance(origin, str)
        and isinstance(result, CachedResult)
        and (result.routine is None or isinstance(result.routine, Routine))
        and isinstance(result.problems, tuple)
        and all(isinstance(p, Problem) for p in result.problems)
        and (result.id_pos is None or isinstance(result.id_pos, SourcePos))
    ):
        raise ValueError("not a cache entry")
    if result.routine is not None and str(result.routine.path) != key:
        raise ValueError("an entry for another file")


class LibraryCache:
    """The results of the last read, by file; ``save`` keeps this read's for the next.

    ``now_ns`` is the wall clock (file times are wall-clock times), injected so tests
    decide what counts as a file that changed a moment ago.
    """

    def __init__(
        self,
        file: Path | None,
        *,
        version: str | None = None,
        now_ns: Callable[[], int] = time.time_ns,
    ) -> None:
        self.file = file
        self._now_ns = now_ns
        self._old: dict[str, Entry] = {}
        self._new: dict[str, Entry] = {}
        self._kept_fresh = False
        self.hits = 0
        self.problem: str | None = None  # why the cache on disk was not used, if it was not
        try:
            self.version = cache_version() if version is None else version
        except Exception as exc:  # an unreadable install: read without a cache
            self.version, self.file = "", None
            self.problem = f"no cache version: {type(exc).__name__}: {exc}"
        if self.file is not None:
            self._old = self._read(self.file)

    def _read(self, file: Path) -> dict[str, Entry]:
        try:
            data = read_small_file(file, MAX_CACHE_BYTES)
        except OSError as exc:
            self.problem = str(exc)
            return {}
        if data is None:
            return {}
        try:
            with cyclic_gc_paused():  # tens of thousands of objects, none in a cycle
                return _entries_from(data, self.version)
        except Exception as exc:  # whatever a damaged file does to the unpickler
            self.problem = f"{type(exc).__name__}: {exc}"
            return {}

    def __len__(self) -> int:
        """How many files the cache on disk held (0 when it was not used)."""
        return len(self._old)

    def stamp(self, path: Path) -> Stamp | None:
        """The file's stamp now (before it is read), for ``lookup`` and ``keep``."""
        return file_stamp(path)

    def lookup(self, path: Path, stamp: Stamp | None, origin: Origin) -> CachedResult | None:
        """The file's result from last time, if the file has not changed since."""
        if stamp is None:
            return None
        key = str(path)
        entry = self._old.get(key)
        if entry is None or entry[0] != stamp or entry[1] != origin.value:
            return None
        self._new[key] = entry
        self.hits += 1
        return entry[2]

    def keep(self, path: Path, stamp: Stamp | None, origin: Origin, result: CachedResult) -> None:
        """Remember a file's fresh result; a file changed a moment ago is not kept."""
        if stamp is None or len(self._new) >= MAX_ENTRIES:
            return
        recently = self._now_ns() - SETTLE_NS
        if stamp[1] > recently or stamp[2] > recently:
            return
        if result.routine is not None and str(result.routine.path) != str(path):
            return
        self._new[str(path)] = (stamp, origin.value, result)
        self._kept_fresh = True

    @property
    def changed(self) -> bool:
        """True when this read differs from what the cache file holds."""
        return self._kept_fresh or self._new.keys() != self._old.keys()

    def save(self) -> bool:
        """Write this read's entries for next time (only if they changed); True if written.

        A cache that would be too large is removed instead; a folder that cannot be
        written is left alone (the cache only saves time).
        """
        if self.file is None or not self.changed:
            return False
        out = io.BytesIO()
        # Chunks sharing one memo: equal steps and texts are stored once across them all.
        pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
        items = list(self._new.items())
        for start in range(0, len(items), _CHUNK):
            pickler.dump(items[start : start + _CHUNK])
        payload = out.getvalue()
        checksum = hashlib.blake2b(payload, digest_size=16).hexdigest().encode()
        header = _MAGIC + self.version.encode() + b"\n" + checksum
        try:
            if len(header) + len(payload) > MAX_CACHE_BYTES:
                self.file.unlink(missing_ok=True)
                return False
            write_atomically(self.file, header + payload)
        except OSError as exc:
            self.problem = str(exc)
            return False
        return True
