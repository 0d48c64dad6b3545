"""SVG path data to QPainterPath: the subset the hand art uses (M L H V C S Q T Z, any case)."""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}
# What the generated art writes: absolute moves, lines and curves only.
_ABSOLUTE = re.compile(r"[MLCZ0-9.,eE+\-\s]*")
_COMMAND = re.compile(r"([MLCZ])([^MLCZ]*)")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def parse_path(data: str) -> QPainterPath:
    """Build a QPainterPath from SVG path data; ``ValueError`` on anything malformed."""
    if _ABSOLUTE.fullmatch(data):
        path = _absolute_path(data)
        if path is not None:
            return path
    return _any_path(data)


def _absolute_path(data: str) -> QPainterPath | None:
    """The art's own paths (M, L, C, Z with absolute numbers), read a command at a time:
    several times faster than token by token, and the same path. None if anything is
    out of the ordinary (numbers before the first command, a count that does not
    divide): the general reader then says what is wrong."""
    path = QPainterPath()
    if data.strip() and not data.lstrip().startswith(("M", "L", "C", "Z")):
        return None
    for letter, numbers in _COMMAND.findall(data):
        v = [float(t) for t in _NUMBER.findall(numbers)]
        if letter == "C":
            if not v or len(v) % 6:
                return None
            for k in range(0, len(v), 6):
                path.cubicTo(v[k], v[k + 1], v[k + 2], v[k + 3], v[k + 4], v[k + 5])
        elif letter == "Z":
            if v:
                return None
            path.closeSubpath()
        else:
            if not v or len(v) % 2:
                return None
            first = 0
            if letter == "M":
                path.moveTo(v[0], v[1])
                first = 2
            for k in range(first, len(v), 2):  # further pairs after a move are lines
                path.lineTo(v[k], v[k + 1])
    return path


def _any_path(data: str) -> QPainterPath:
    """The general reader: every command of the subset, relative or absolute."""
    path = QPainterPath()
    tokens = _TOKEN.findall(data)
    i = 0
    cmd = ""
    x = y = 0.0
    start = QPointF()
    last_ctrl: QPointF | None = None  # reflected by S/T
    last_kind = ""
    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            cmd = tok
            i += 1
            if cmd in "Zz":
                path.closeSubpath()
                x, y = start.x(), start.y()
                last_ctrl, last_kind = None, "Z"
                continue
        elif not cmd:
            raise ValueError(f"path data starts with a number: {data[:30]!r}")
        upper = cmd.upper()
        if upper == "Z":  # a number after a close: nothing takes it (it once looped forever)
            raise ValueError(f"path data has numbers after {cmd}: {data[:30]!r}")
        n = _ARGS[upper]
        if i + n > len(tokens) or any(t.isalpha() for t in tokens[i : i + n]):
            raise ValueError(f"path command {cmd} is missing numbers")
        v = [float(t) for t in tokens[i : i + n]]
        i += n
        rel = cmd.islower()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if upper == "M":
            x, y = ox + v[0], oy + v[1]
            path.moveTo(x, y)
            start = QPointF(x, y)
            cmd = "l" if rel else "L"  # further pairs are line-tos
            last_ctrl = None
        elif upper == "L":
            x, y = ox + v[0], oy + v[1]
            path.lineTo(x, y)
            last_ctrl = None
        elif upper == "H":
            x = ox + v[0]
            path.lineTo(x, y)
            last_ctrl = None
        elif upper == "V":
            y = oy + v[0]
            path.lineTo(x, y)
            last_ctrl = None
        elif upper in "CS":
            if upper == "C":
                c1 = QPointF(ox + v[0], oy + v[1])
                rest = v[2:]
            else:
                c1 = (
                    QPointF(2 * x - last_ctrl.x(), 2 * y - last_ctrl.y())
                    if last_ctrl is not None and last_kind in "CS"
                    else QPointF(x, y)
                )
                rest = v
            c2 = QPointF(ox + rest[0], oy + rest[1])
            x, y = ox + rest[2], oy + rest[3]
            path.cubicTo(c1, c2, QPointF(x, y))
            last_ctrl = c2
        elif upper in "QT":
            if upper == "Q":
                c = QPointF(ox + v[0], oy + v[1])
                end = (ox + v[2], oy + v[3])
            else:
                c = (
                    QPointF(2 * x - last_ctrl.x(), 2 * y - last_ctrl.y())
                    if last_ctrl is not None and last_kind in "QT"
                    else QPointF(x, y)
                )
                end = (ox + v[0], oy + v[1])
            x, y = end
            path.quadTo(c, QPointF(x, y))
            last_ctrl = c
        last_kind = upper
    return path
