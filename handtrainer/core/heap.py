"""Handing memory the process has freed back to the system, where the C library can.

Reading a big library frees megabytes of passing objects (parsed files, the cache's
table, batches on their way to the window). The C allocator keeps those pages for
the process, in gaps between objects that live on, so the window would idle with
them resident. On Linux with glibc, ``malloc_trim`` gives every whole free page
back; elsewhere this does nothing.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from functools import cache


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
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own C library
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim
