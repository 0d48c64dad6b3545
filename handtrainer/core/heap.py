"""Handing memory the process has freed back to the system, where the C library can.

Reading a big library frees megabytes of passing objects (parsed files, the cache's
table, batches on their way to the window). The C allocator keeps those pages for
the process, in gaps between objects that live on, so the window would idle with
them resident. On Linux with glibc, ``malloc_trim`` gives every whole free page
back, and ``keep_large_blocks_apart`` keeps big passing blocks out of those gaps;
elsewhere both do nothing.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from functools import cache
from typing import Any

# glibc's mallopt setting (malloc.h) and its starting value: blocks of at least this
# many bytes get pages of their own, handed back to the system when they are freed.
_M_MMAP_THRESHOLD = -3
_MMAP_THRESHOLD = 128 * 1024


def return_free_memory() -> bool:
    """Give the freed pages of the C heap back to the system; True if some were.

    First the source lines ``linecache`` keeps: PySide's import hook reads every module
    imported after it to see whether it uses PySide (megabytes of text for the window's
    modules), and a traceback reads what it needs again.
    """
    linecache.clearcache()
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


@cache
def keep_large_blocks_apart() -> bool:
    """Keep big passing blocks (a file's text, the cache's bytes) out of the heap; True if set.

    glibc raises that threshold to the size of each big block freed, so the next big
    blocks land in the heap among objects that live on, and their pages stay resident
    once freed (some 1.4 MB after reading 1,000 files). Set once, it stays where it
    started. Call before reading; once is enough.
    """
    mallopt = _libc_function("mallopt")
    if mallopt is None:
        return False
    import ctypes

    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD))


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    trim = _libc_function("malloc_trim")
    if trim is None:
        return None
    import ctypes

    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim  # type: ignore[no-any-return]


def _libc_function(name: str) -> Any:
    """A function of the process's own C library (glibc on Linux), or ``None``."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):  # not glibc (musl has neither function)
        return None
