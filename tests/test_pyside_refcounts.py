"""PySide6 must not leak references to None, True or False (6.12.0 did, on Python 3.11).

A release with that bug aborts the interpreter (``none_dealloc``) after some thousands
of calls, so the loop runs in a child Python: a crash there is a failed test here.
"""

from __future__ import annotations

import subprocess
import sys

_LOOP = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, QPointF, Signal

class Source(QObject):
    ping = Signal()
    value = Signal(int)

app = QCoreApplication([])
point = QPointF()
source = Source()
seen = []
source.value.connect(seen.append)
SINGLETONS = (("None", None), ("True", True), ("False", False))
before = {name: sys.getrefcount(obj) for name, obj in SINGLETONS}
for i in range(200_000):
    point.setX(float(i))  # returns nothing: 6.12.0 dropped a reference to None here
    source.ping.emit()  # emit() returns a bool: 6.12.0 dropped one to True here
    if i % 1000 == 0:
        source.value.emit(i)
after = {name: sys.getrefcount(obj) for name, obj in SINGLETONS}
assert len(seen) == 200, len(seen)
if sys.version_info < (3, 12):  # immortal objects from 3.12 on: counts mean nothing there
    for name in before:
        assert after[name] > before[name] - 10_000, (name, before[name], after[name])
print("clean")
"""


def test_qt_calls_keep_none_true_and_false_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _LOOP],
        capture_output=True,
        text=True,
        timeout=90,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "clean"
