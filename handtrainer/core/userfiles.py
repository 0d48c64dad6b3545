"""Reading and writing the small files the program keeps for the user, safely.

Reads never block (a FIFO in the file's place), never follow a link to a
device (``/dev/zero``), and never read more than a limit. Writes go to a
temporary file beside the real one and are renamed over it, so a reader sees
the old file or the new one, never half of one, and no lock file is needed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


class NotAFile(OSError):
    """Something other than a regular file (a folder, a pipe, a device) is in the file's place."""


class TooLarge(OSError):
    """The file is larger than any file this program writes there."""


def read_small_file(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path``, or ``None`` when there is no such file.

    ``NotAFile``, ``TooLarge`` or another ``OSError`` when it cannot be read.
    """
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except ValueError as exc:  # a NUL in the path
        raise OSError(str(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(f"{path} is not a regular file")
    if info.st_size > limit:
        raise TooLarge(f"{path} is larger than {limit} bytes")
    fd = os.open(path, _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped after the first look
            raise NotAFile(f"{path} is not a regular file")
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, remaining)
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise TooLarge(f"{path} is larger than {limit} bytes")
    return data


def write_atomically(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Replace ``path`` with ``data`` all at once; ``OSError`` when it cannot be written.

    ``sync=False`` skips waiting for the disk: for a cache whose entries carry their
    own checksum, which a crash can only turn into a miss.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            if sync:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def keep_aside(path: Path, now: float | None = None) -> Path:
    """Rename a damaged file to ``NAME.damaged-YYYY-MM-DD-HHMMSS`` beside it; the new path."""
    stamp = time.strftime("%Y-%m-%d-%H%M%S", time.localtime(now))
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while os.path.lexists(target):
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    os.replace(path, target)
    return target


def move_once(old: Path, new: Path) -> bool:
    """Move ``old`` to ``new`` if ``new`` does not exist yet; True when something moved.

    For files whose place changed between versions (state moved out of the
    config and data folders). Never raises: a file that cannot move stays.
    """
    try:
        if os.path.lexists(new) or not os.path.isfile(old) or os.path.islink(old):
            return False
        new.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(old, new)
        except OSError:  # another file system: copy, then remove
            data = read_small_file(old, 16 * 1024 * 1024)
            if data is None:
                return False
            write_atomically(new, data)
            os.unlink(old)
        return True
    except (OSError, ValueError):
        return False
