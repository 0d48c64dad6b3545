"""What the art generators share: smooth curves through points, and SVG path data in the
format ``handtrainer.diagram.art`` reads (millimetres scaled, the mirror view flipped).

Used by ``make_hand_art.py`` and ``make_foot_art.py``; standard library only.
"""

from __future__ import annotations

from collections.abc import Sequence

Point = tuple[float, float]
Bezier = tuple[Point, Point, Point, Point]


def catmull_rom(points: Sequence[Point], closed: bool) -> list[Bezier]:
    """Cubic Bézier segments of a smooth (Catmull-Rom) curve through the points."""
    pts = list(points)
    n = len(pts)
    segs = []
    for i in range(n if closed else n - 1):
        p0 = pts[(i - 1) % n] if (closed or i > 0) else pts[i]
        p1, p2 = pts[i], pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if (closed or i + 2 < n) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) * (1 / 6), p1[1] + (p2[1] - p0[1]) * (1 / 6))
        c2 = (p2[0] - (p3[0] - p1[0]) * (1 / 6), p2[1] - (p3[1] - p1[1]) * (1 / 6))
        segs.append((p1, c1, c2, p2))
    return segs


def fmt(v: float) -> str:
    """A coordinate with one decimal at most, and never ``-0``."""
    s = f"{v:.1f}"
    return "0" if s in ("-0.0", "0.0") else s.rstrip("0").rstrip(".")


class Writer:
    """Turns millimetre geometry into SVG path data for one view."""

    def __init__(
        self, mirror: bool, x_range: tuple[float, float], y_min: float, scale: float
    ) -> None:
        self.mirror = mirror
        self.x_min, self.x_max = x_range
        self.y_min = y_min
        self.scale = scale

    def pt(self, p: Point) -> str:
        x = (self.x_max - p[0]) if self.mirror else (p[0] - self.x_min)
        return f"{fmt(x * self.scale)} {fmt((p[1] - self.y_min) * self.scale)}"

    def smooth(self, points: Sequence[Point], closed: bool) -> str:
        segs = catmull_rom(points, closed)
        d = [f"M{self.pt(segs[0][0])}"]
        d += [f"C{self.pt(c1)} {self.pt(c2)} {self.pt(p1)}" for _, c1, c2, p1 in segs]
        if closed:
            d.append("Z")
        return "".join(d)

    def poly(self, points: Sequence[Point]) -> str:
        return "M" + "L".join(self.pt(p) for p in points)


def skin_defs(fade0: float, fade1: float) -> list[str]:
    """The gradients every view uses: skin and outline fading out, soft light and shade."""
    return [
        "<defs>",
        f'<linearGradient id="skin" gradientUnits="userSpaceOnUse" x1="0" y1="{fmt(fade0)}" '
        f'x2="0" y2="{fmt(fade1)}"><stop offset="0" stop-color="#f0d5c2"/>'
        '<stop offset="1" stop-color="#f0d5c2" stop-opacity="0"/></linearGradient>',
        f'<linearGradient id="outline" gradientUnits="userSpaceOnUse" x1="0" y1="{fmt(fade0)}" '
        f'x2="0" y2="{fmt(fade1)}"><stop offset="0" stop-color="#9c705b"/>'
        '<stop offset="1" stop-color="#9c705b" stop-opacity="0"/></linearGradient>',
        '<radialGradient id="softlight"><stop offset="0" stop-color="#fff4ec" stop-opacity="0.6"/>'
        '<stop offset="1" stop-color="#fff4ec" stop-opacity="0"/></radialGradient>',
        '<radialGradient id="softdark"><stop offset="0" stop-color="#b98468" stop-opacity="0.22"/>'
        '<stop offset="1" stop-color="#b98468" stop-opacity="0"/></radialGradient>',
        "</defs>",
    ]
