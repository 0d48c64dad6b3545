"""SVG path data to QPainterPath: the subset the hand art uses (M L H V C S Q T Z, any case)."""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}


def parse_path(data: str) -> QPainterPath:
    """Build a QPainterPath from SVG path data; ``ValueError`` on anything malformed."""
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
