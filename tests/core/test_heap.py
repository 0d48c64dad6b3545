"""Handing freed memory back to the system: safe anywhere, a no-op where it cannot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from handtrainer.core import heap

pytestmark = pytest.mark.timeout(30)


def resident_pages() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1])


@pytest.mark.skipif(heap._malloc_trim() is None, reason="needs glibc's malloc_trim")
def test_pages_freed_between_live_objects_go_back_to_the_system() -> None:
    freed = [bytearray(b"x" * 4000) for _ in range(4000)]  # 16 MB from the C heap
    pin = bytearray(b"x" * 4000)  # lives on after them: the heap cannot simply shrink
    before = resident_pages()
    del freed
    assert heap.return_free_memory() is True
    assert resident_pages() < before - 1000  # most of the 16 MB, in 4 KiB pages
    assert pin


@pytest.mark.parametrize(
    ("cached", "call"),
    [
        (heap._malloc_trim, heap.return_free_memory),  # giving free pages back
        (heap.keep_large_blocks_apart, heap.keep_large_blocks_apart),  # the mmap threshold
    ],
    ids=["trim", "threshold"],
)
def test_without_glibc_nothing_happens(
    monkeypatch: pytest.MonkeyPatch, cached: Any, call: Callable[[], bool]
) -> None:
    cached.cache_clear()
    monkeypatch.setattr(heap.sys, "platform", "darwin")
    try:
        assert call() is False
    finally:
        cached.cache_clear()


def test_the_source_lines_kept_for_tracebacks_go_too() -> None:
    import linecache

    assert linecache.getlines(heap.__file__)
    heap.return_free_memory()
    assert heap.__file__ not in linecache.cache
    assert linecache.getlines(heap.__file__)  # read again when a traceback wants it


_AFTER_A_BIG_BLOCK = """
import ctypes, sys
from handtrainer.core import heap

NAMES = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"

class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in NAMES.split()]

libc = ctypes.CDLL(None)
libc.mallinfo2.restype = Info
if sys.argv[1] == "apart":
    assert heap.keep_large_blocks_apart() is True
big = bytes(8 * 1024 * 1024)  # freed at once: glibc would raise its threshold to 8 MB
del big
block = bytes(512 * 1024)  # a file's text, say
print(libc.mallinfo2().hblkhd >= len(block))  # on pages of its own
"""


@pytest.mark.skipif(heap._malloc_trim() is None, reason="needs glibc")
@pytest.mark.parametrize("how", ["apart", "as-glibc-does"])
def test_big_blocks_get_pages_of_their_own_after_a_bigger_one_is_freed(how: str) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _AFTER_A_BIG_BLOCK, how],
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    )
    assert done.stdout.strip() == ("True" if how == "apart" else "False")
