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

import copyreg
import dataclasses
import enum
import io
import os
import pathlib
import pickle
import stat
import struct
import sys
import time
import zlib
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
_FORMAT = 4  # 3: a CRC-32 of the payload (it was a BLAKE2 digest); 4: shared parts first
_CHUNK = 256  # entries a pickle: a few milliseconds to read each

Stamp = tuple[int, int, int, int, int]
"""size, mtime_ns, ctime_ns, inode, device: what must not have changed."""

Found = tuple[Routine | None, tuple[Problem, ...], SourcePos | None]
"""What reading a file gave: its routine (``None`` if it failed), its problems, its id's place."""

_ORIGINS = tuple(Origin)
# A file's numbers in the index: its stamp, then the line and column of its id (0: none).
_NUMBERS = struct.Struct("<7q")
_STAMP_BYTES = struct.calcsize("<5q")


def default_cache_file() -> Path:
    """Where the library cache lives: the user's cache folder, a file per language.

    Problems are kept worded (in the interface language), so the version tells the
    languages apart; a file each keeps an English command line and a German window,
    used in turn, from rebuilding the one file again and again.
    """
    from handtrainer.core import paths

    wording = zlib.crc32(_wording().encode())
    return paths.user_cache_dir() / f"{Path(CACHE_FILE_NAME).stem}-{wording:08x}.cache"


def _wording() -> str:
    """A few words as the translation hook gives them now: they differ by language."""
    from handtrainer.core.problems import warning_text
    from handtrainer.core.wording import format_seconds

    # German writes "2 min 30 s" as English does, so a problem's words are asked too.
    return f"{format_seconds(150)}|{warning_text('')}"


def cache_version() -> str:
    """A fingerprint that changes whenever reading a file could give another result."""
    parts = [f"{_FORMAT} {sys.version} {sys.platform}", _parser_stamp()]
    # The reading code by size and time, as Python's own bytecode cache does: reading
    # and hashing every source on every start costs the window's first paint.
    core = Path(__file__).resolve().parent
    sources = sorted(core.glob("*.py"))
    for source in sources:
        info = source.stat()
        parts.append(f"{source.name} {info.st_size} {info.st_mtime_ns}")
    if not sources:  # a frozen build: a new build is a new program file
        import handtrainer

        info = os.stat(sys.executable)
        parts.append(f"{handtrainer.__version__} {info.st_size} {info.st_mtime_ns}")
    # Problems are worded through the translation hook: another language, another cache.
    parts.append(_wording())
    text = "\n".join(parts).encode()
    # Two checksums of the text: a fingerprint, not a secret (no hashlib to load).
    return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}{len(text):x}"


def _checksum(payload: bytes | memoryview) -> bytes:
    """32 bytes that tell a damaged cache file: the payload's CRC-32 and length."""
    return f"{zlib.crc32(payload):08x}{len(payload):024x}".encode()


def _parser_stamp() -> str:
    """The YAML parser's files (its version, and whether its C part is there), by stamp.

    Not by importing it: the window reads the library from this cache before it has
    any other use for the parser, and importing it would cost the start-up.
    """
    import importlib.util

    spec = importlib.util.find_spec("yaml")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    parts = ["yaml"]
    for folder in folders:
        try:
            for path in sorted(Path(folder).iterdir()):
                if path.suffix in (".py", ".so", ".pyd"):
                    info = path.stat()
                    parts.append(f"{path.name} {info.st_size} {info.st_mtime_ns}")
        except OSError:  # a frozen build keeps the parser inside its archive
            continue
    if len(parts) == 1 and spec is not None:  # a frozen build: its program file says it
        parts.append(str(spec.origin))
    return " ".join(parts)


def file_stamp(path: Path | str) -> Stamp | None:
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


class _Index:
    """A cache file's table of files, read before any routine, checked as a whole.

    The routines follow it in chunks, in the order of the last read, and are read
    only as the files are looked up: the first routines are on screen before the
    last are read, and the table's own objects, all made at once, leave no gaps
    between the routines' when they go.
    """

    def __init__(self, data: bytes, version: str) -> None:
        header = _MAGIC + version.encode() + b"\n"
        if not data.startswith(header):
            raise ValueError("another program's file, or another version")
        start = len(header) + 32
        if _checksum(memoryview(data)[start:]) != data[start - 32 : start]:
            raise ValueError("damaged")
        # Over the file's own bytes (a BytesIO of bytes shares them): no second copy of
        # megabytes, whose gap would stay behind in the reading thread's heap.
        self._stream = io.BytesIO(data)
        self._stream.seek(start)
        self._unpickler = _ModelUnpickler(self._stream)
        names, self.numbers, self.origins = self._unpickler.load()
        count = len(self.origins) if isinstance(self.origins, bytes) else -1
        if not (
            0 <= count <= MAX_ENTRIES
            and type(names) is str
            and names.count("\0") == max(count - 1, 0)
            and (count or not names)
            and isinstance(self.numbers, bytes)
            and len(self.numbers) == count * _NUMBERS.size
            and all(code < len(_ORIGINS) for code in self.origins)
        ):
            raise ValueError("not a cache")
        self.count = count
        # The files' names, NUL-separated: one string, not one for each of 10,000 files,
        # each of which would leave its gap between the routines when it goes. A read of
        # the same files in the same order finds each where the last one ended.
        self.names: str = names
        self._next = self._cursor = 0
        self._positions: dict[str, int] | None = None
        self._results: list[object] = []
        # The parts routines share: held by the memo from here on, for every chunk.
        if not isinstance(self._unpickler.load(), list):
            raise ValueError("not a cache")

    def position(self, key: str) -> int | None:
        """Where the file named ``key`` is in the table, or ``None``."""
        if self._positions is None:
            names, cursor, end = self.names, self._cursor, self._cursor + len(key)
            if (
                self._next < self.count
                and names.startswith(key, cursor)
                and (end == len(names) or names[end] == "\0")
            ):
                self._next, self._cursor = self._next + 1, end + 1
                return self._next - 1
            # Files came and went: look every name up from now on.
            self._positions = {n: i for i, n in enumerate(names.split("\0"))} if names else {}
        return self._positions.get(key)

    def result(self, position: int) -> Found:
        """The result at ``position``, reading chunks up to it; ``ValueError`` if damaged."""
        while len(self._results) <= position:
            chunk = self._unpickler.load()
            if not isinstance(chunk, list) or not chunk:
                raise ValueError("not a cache")
            self._results.extend(chunk)
        found = self._results[position]
        line, column = _NUMBERS.unpack_from(self.numbers, position * _NUMBERS.size)[5:]
        id_pos = SourcePos(line, column) if line else None
        if isinstance(found, Routine):
            return found, (), id_pos
        if (
            isinstance(found, tuple)
            and len(found) == 2
            and (found[0] is None or isinstance(found[0], Routine))
            and isinstance(found[1], tuple)
            and all(isinstance(p, Problem) for p in found[1])
        ):
            return found[0], found[1], id_pos
        raise ValueError("not a cache entry")

    def stamp_matches(self, position: int, stamp: Stamp) -> bool:
        """True when the file's stamp is the one it had."""
        start = position * _NUMBERS.size
        return bool(self.numbers[start : start + _STAMP_BYTES] == struct.pack("<5q", *stamp))


def _reduce_routine(routine: Routine) -> tuple[Callable[..., Routine], tuple[object, ...]]:
    """A routine as its constructor's arguments, without its path (the key says it) and
    without the language it was shown in (the reader's, not the file's)."""
    values = [getattr(routine, f.name) for f in dataclasses.fields(Routine)]
    values[_PATH_FIELD] = values[_SHOWN_FIELD] = None
    return Routine, tuple(values)


_PATH_FIELD = [f.name for f in dataclasses.fields(Routine)].index("path")
_SHOWN_FIELD = [f.name for f in dataclasses.fields(Routine)].index("shown")


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
        self._index: _Index | None = None
        self._order: list[str] = []  # this read's files, in order
        self._hits: set[str] = set()  # the files found in the cache
        # This read's parsed files, kept flat until saved (as the index holds them): a
        # tuple, a stamp and its numbers per file would outlive the read by thousands.
        # Each file's result as saved (a routine, or the routine and its problems), and its
        # numbers and origin in the same order: no row numbers kept (each an object).
        self._fresh: dict[str, object] = {}
        self._fresh_numbers = bytearray()  # _NUMBERS a file
        self._fresh_origins = bytearray()
        self.problem: str | None = None  # why the cache on disk was not used, if it was not
        try:
            self.version = cache_version() if version is None else version
        except Exception as exc:  # an unreadable install: read without a cache
            self.version, self.file = "", None
            self.problem = f"no cache version: {type(exc).__name__}: {exc}"
        if self.file is not None:
            self._index = self._read(self.file)

    def _read(self, file: Path) -> _Index | None:
        try:
            data = read_small_file(file, MAX_CACHE_BYTES)
        except OSError as exc:
            self.problem = str(exc)
            return None
        if data is None:
            return None
        try:
            with cyclic_gc_paused():
                return _Index(data, self.version)
        except Exception as exc:  # whatever a damaged file does to the unpickler
            self.problem = f"{type(exc).__name__}: {exc}"
            return None

    def __len__(self) -> int:
        """How many files the cache on disk held (0 when it was not used)."""
        return self._index.count if self._index is not None else 0

    @property
    def hits(self) -> int:
        """How many files came from the cache in this read."""
        return len(self._hits)

    def stamp(self, path: Path | str) -> Stamp | None:
        """The file's stamp now (before it is read), for ``lookup`` and ``keep``."""
        return file_stamp(path)

    def lookup(
        self, path: Path, stamp: Stamp | None, origin: Origin, key: str | None = None
    ) -> Found | None:
        """The file's result from last time, if the file has not changed since.

        ``key`` is ``str(path)``, when the caller has it already.
        """
        key = str(path) if key is None else key
        index = self._index
        position = index.position(key) if index is not None else None
        self._order.append(key)  # the caller's own string: its path holds it anyway
        if index is None or position is None:
            return None
        if (
            stamp is None
            or key in self._hits
            or _ORIGINS[index.origins[position]] is not origin
            or not index.stamp_matches(position, stamp)
        ):
            return None
        try:
            with cyclic_gc_paused():
                routine, problems, id_pos = index.result(position)
        except Exception as exc:  # a damaged chunk: nothing more from this cache
            self.problem = f"{type(exc).__name__}: {exc}"
            self._index = None
            return None
        if routine is not None:
            if routine.origin is not origin or routine.path is not None:
                return None
            # Stored without its path (the key is the path): given the reader's own
            # path object, before anyone else sees this fresh, unshared routine.
            object.__setattr__(routine, "path", path)
        self._hits.add(key)
        return routine, problems, id_pos

    def keep(
        self,
        path: Path,
        stamp: Stamp | None,
        origin: Origin,
        found: Found,
        key: str | None = None,
    ) -> None:
        """Remember a file's fresh result; a file changed a moment ago is not kept."""
        if stamp is None or len(self._fresh) >= MAX_ENTRIES:
            return
        recently = self._now_ns() - SETTLE_NS
        if stamp[1] > recently or stamp[2] > recently:
            return
        routine = found[0]
        # ``is`` first: comparing paths takes them apart (see ``core.text_path``).
        moved = routine is not None and routine.path is not path and routine.path != path
        if moved or (routine is not None and routine.origin is not origin):
            return
        routine, problems, id_pos = found
        line, column = (id_pos.line, id_pos.column) if id_pos is not None else (0, 0)
        numbers = _NUMBERS.pack(*stamp, line, column)
        result = routine if routine is not None and not problems else (routine, problems)
        key = str(path) if key is None else key
        if key not in self._fresh:
            self._fresh_numbers += numbers
            self._fresh_origins.append(_ORIGINS.index(origin))
        else:  # the same file read again: the last read stands
            row = list(self._fresh).index(key)
            self._fresh_numbers[row * _NUMBERS.size : (row + 1) * _NUMBERS.size] = numbers
            self._fresh_origins[row] = _ORIGINS.index(origin)
        self._fresh[key] = result

    @property
    def changed(self) -> bool:
        """True when this read differs from what the cache file holds."""
        return bool(self._fresh) or len(self._hits) != len(self)

    def save(self) -> bool:
        """Write this read's entries for next time (only if they changed); True if written.

        A cache that would be too large is removed instead; a folder that cannot be
        written is left alone (the cache only saves time).
        """
        if self.file is None or not self.changed:
            return False
        payload = self._payload()
        checksum = _checksum(payload)
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

    def _payload(self) -> bytes:
        keys: list[str] = []
        numbers = bytearray()
        origins = bytearray()
        results: list[object] = []
        index = self._index
        size = _NUMBERS.size
        # Where each file is, now that the read is over (kept meanwhile, they would be
        # 10,000 more objects for the whole read).
        rows = {key: row for row, key in enumerate(self._fresh)}
        places = {}
        if index is not None and self._hits:
            places = {name: n for n, name in enumerate(index.names.split("\0"))}
        for key in dict.fromkeys(self._order):
            if "\0" in key:
                continue  # no file's name (the table's separator)
            row = rows.get(key)
            if row is not None:
                numbers += self._fresh_numbers[row * size : (row + 1) * size]
                origins.append(self._fresh_origins[row])
                results.append(self._fresh[key])
            elif key in self._hits and index is not None:
                position = places[key]
                numbers += index.numbers[position * size : (position + 1) * size]
                origins.append(index.origins[position])
                routine, problems, _id_pos = index.result(position)
                results.append(
                    routine if routine is not None and not problems else (routine, problems)
                )
            else:
                continue  # not kept (changed a moment ago), or gone
            keys.append(key)
        out = io.BytesIO()
        # Protocol 3 names each memo entry's place (protocols 4 and 5 put it at the end of
        # the reader's memo, so a place could not be taken again: see below).
        pickler = pickle.Pickler(out, protocol=3)
        table: dict[type, Any] = {**copyreg.dispatch_table, Routine: _reduce_routine}
        pickler.dispatch_table = table
        pickler.dump(("\0".join(keys), bytes(numbers), bytes(origins)))
        # What several routines share is written once, ahead of them all, and each chunk
        # starts from the memo that leaves: a chunk's own entries (every routine's
        # arguments) take the places of the last chunk's in the reader's memo, so they
        # go chunk by chunk instead of all staying to the end of the read.
        pickler.clear_memo()
        pickler.dump(_shared_parts(results))
        shared = pickler.memo.copy()
        for start in range(0, len(results), _CHUNK):
            pickler.memo = shared
            pickler.dump(results[start : start + _CHUNK])
        return out.getvalue()


def _shared_parts(results: list[object]) -> list[object]:
    """The parts of routines (texts, steps, lists) that more than one routine holds."""
    seen: dict[int, object] = {}
    shared: dict[int, object] = {}
    for result in results:
        routine = result[0] if isinstance(result, tuple) else result
        if not isinstance(routine, Routine):
            continue
        for name in _SHARED_FIELDS:
            value = getattr(routine, name)
            for part in (value, *value) if name == "steps" else (value,):
                if not part:
                    continue  # None, "" and (): nothing to share
                key = id(part)
                if key in seen:
                    shared[key] = part
                else:
                    seen[key] = part
    return list(shared.values())


# Every field but those each routine has its own of.
_SHARED_FIELDS = tuple(
    f.name for f in dataclasses.fields(Routine) if f.name not in ("id", "title", "shown", "path")
)
