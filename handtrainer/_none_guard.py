"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 drops one reference to ``None`` on every call of a Qt method that
returns nothing (``QPointF.setX``, ``QPainter.drawLine`` ...). Python 3.12 made
``None`` immortal, so there it does no harm; on 3.11 ``None``'s count reaches zero
after some thousands of calls and the interpreter aborts with "none_dealloc".
Giving ``None`` a huge reference count makes it as good as immortal here too.
"""

from __future__ import annotations

import sys


def pin_none() -> None:
    """Raise ``None``'s reference count far beyond what any run can drop."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 56
    # Emitting a Python-declared Signal drops a reference to True the same way
    # (emit() returns a bool), so pin the two booleans as well.
    for flag in (True, False):
        ctypes.c_ssize_t.from_address(id(flag)).value += 1 << 56
