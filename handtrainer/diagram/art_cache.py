"""What reading the art and painting its paper picture gave last time, kept on disk.

Both come out the same for the same art file, the same code and the same Qt, and
both cost every export more than looking them up: reading an SVG view is some 150
paths to parse, and a view's paper picture some 860,000 pixels to paint. An entry
is one file in the user's cache folder: a header, the key it was made under, a
CRC-32 of the payload, then the payload. The key holds everything that could
change the result (the art file's bytes, the diagram's code by size and time, Qt,
Python); a file under another key, damaged, foreign or unreadable is treated as
missing and made again. Entries are written atomically, and a cache that cannot be
written (a read-only home) only costs the time.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import zlib
from pathlib import Path

_MAGIC = b"handtrainer art cache 1\n"
MAX_ENTRY_BYTES = 16 * 1024 * 1024  # far above any entry: a bigger file is not ours
_DISABLE = "HANDTRAINER_NO_ART_CACHE"  # set (to anything) to read and paint afresh


def folder() -> Path:
    """Where the entries live: ``art`` in the user's cache folder."""
    from handtrainer.core.paths import user_cache_dir

    return user_cache_dir() / "art"


def checksum(data: bytes) -> str:
    """A short fingerprint of some bytes: their CRC-32 and length (no hashlib to load)."""
    return f"{zlib.crc32(data):08x}{len(data):x}"


@functools.cache
def code_stamp() -> str:
    """The diagram's code, Qt and Python as they are now: a new version of any of them
    may draw or read differently, so its entries are made again."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    parts = [_MAGIC.decode().strip(), sys.version, f"PySide6 {pyside_version} Qt {qVersion()}"]
    here = Path(__file__).resolve().parent
    # By size and time, as Python's own bytecode cache does; the zones' kinds too.
    sources = sorted(here.glob("**/*.py"))
    sources += [here.parent / "core" / "zones.py", here.parent / "core" / "model.py"]
    for source in sources:
        with contextlib.suppress(OSError):
            info = source.stat()
            parts.append(f"{source.name} {info.st_size} {info.st_mtime_ns}")
    if len(parts) == 3:  # a frozen build: a new build is a new program file
        with contextlib.suppress(OSError):
            info = os.stat(sys.executable)
            parts.append(f"{sys.executable} {info.st_size} {info.st_mtime_ns}")
    return checksum("\n".join(parts).encode())


def enabled() -> bool:
    """False when the environment asks for no art cache."""
    return not os.environ.get(_DISABLE)


def read(name: str, key: str) -> bytes | None:
    """The payload of entry ``name`` if it was written under ``key``, else ``None``."""
    if not enabled():
        return None
    from handtrainer.core.userfiles import read_small_file

    try:
        data = read_small_file(folder() / name, MAX_ENTRY_BYTES)
    except (OSError, ValueError):
        return None
    if data is None or not data.startswith(_MAGIC):
        return None
    head, newline, payload = data[len(_MAGIC) :].partition(b"\n")
    if not newline:
        return None
    stored_key, _, stored_sum = head.decode("ascii", "replace").rpartition(" ")
    if stored_key != key or stored_sum != checksum(payload):
        return None
    return payload


def write(name: str, key: str, payload: bytes) -> None:
    """Keep ``payload`` as entry ``name`` under ``key``; quietly nothing if it cannot be.

    Atomic (a temporary file renamed over the entry) but not synced to the disk: an
    entry torn by a crash fails its checksum and is made again.
    """
    if not enabled():
        return
    from handtrainer.core.userfiles import write_atomically

    head = f"{key} {checksum(payload)}\n".encode("ascii")
    with contextlib.suppress(OSError, ValueError):
        write_atomically(folder() / name, _MAGIC + head + payload, sync=False)
