#!/usr/bin/env python3
"""Generate the foot art (assets/foot/right-sole.svg, right-top.svg) from a parametric foot.

Standard library only, and the same SVG shape as the hand art (scripts/make_hand_art.py),
so one renderer reads both: ``class`` names a colour role, ``<g id="zones">`` holds one
element per zone of handtrainer/core/foot_zones.py with ``id`` = zone id.

The model is a right foot of an average adult (255 mm long), drawn as a diagram often
draws it: the foot pointed, so the sole runs on into the back of the heel, the Achilles
area and the calf (sole view), and the instep runs on into the front of the ankle and
the shin (top view). Units are millimetres; the SVG uses ``SCALE`` units per millimetre.

Coordinates (sole view): origin at the back of the heel's pad, x towards the big toe
(the inner side), y downwards, so the toes have negative y and the leg positive y. The
top view is drawn mirrored, as you look down on your own right foot (big toe on the
left); the sole view has the big toe on the right, like the palm of a right hand.

Proportions: the second toe reaches about as far as the big toe (here 1.5 mm further),
the others step back along the oblique line of the toe joints; the ball is widest
behind the big toe; the arch is on the inner side; the heel is about two thirds of
the ball's width.

Run: python scripts/make_foot_art.py  [--out DIR]
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from xml.sax.saxutils import quoteattr

from art_svg import Writer, catmull_rom, fmt, skin_defs

Point = tuple[float, float]
Bezier = tuple[Point, Point, Point, Point]

SCALE = 4.0
X_MIN, X_MAX = -62.0, 62.0
Y_MIN, Y_MAX = -264.0, 190.0
FADE_FROM, FADE_TO = 148.0, 190.0  # the leg fades out over these y (mm)
# Technique marks (the thumb, arrows, rings) are sized in "mm" of the map; a foot with its
# lower leg is drawn about 1.7 times as tall as a hand with its wrist, so its marks are
# drawn 1.5 times as large to read as well at the same picture size.
MARK_MM = SCALE * 1.5


# ---------------------------------------------------------------- small geometry


def add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def mul(a: Point, k: float) -> Point:
    return (a[0] * k, a[1] * k)


def unit(a: Point) -> Point:
    n = math.hypot(*a) or 1.0
    return (a[0] / n, a[1] / n)


def rot(a: Point, deg: float) -> Point:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return (a[0] * c - a[1] * s, a[0] * s + a[1] * c)


def cubic(b: Bezier, t: float) -> Point:
    p0, c1, c2, p1 = b
    u = 1 - t
    return (
        u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p1[0],
        u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p1[1],
    )


def flatten(segs: Iterable[Bezier], steps: int = 8) -> list[Point]:
    out: list[Point] = []
    for seg in segs:
        if not out:
            out.append(seg[0])
        out.extend(cubic(seg, k / steps) for k in range(1, steps + 1))
    return out


def ellipse(c: Point, rx: float, ry: float, angle: float = 0.0, n: int = 16) -> list[Point]:
    return [
        add(c, rot((rx * math.cos(2 * math.pi * k / n), ry * math.sin(2 * math.pi * k / n)), angle))
        for k in range(n)
    ]


def dedupe(pts: Iterable[Point], gap: float = 0.6) -> list[Point]:
    out: list[Point] = []
    for p in pts:
        if not out or math.dist(out[-1], p) > gap:
            out.append(p)
    return out


# ---------------------------------------------------------------- the toes


@dataclass(frozen=True)
class Toe:
    """One toe: a straight axis from the middle of its base crease, with a width profile."""

    name: str
    base: Point
    angle: float  # degrees from straight up, positive towards the big toe (inner side)
    length: float  # from the base crease to the tip (mm)
    width: float  # at the base (mm)
    profile: tuple[tuple[float, float], ...]  # (fraction of length, width factor)
    joint: float  # the crease under the last joint, as a fraction of the length

    @property
    def dir(self) -> Point:
        return rot((0.0, -1.0), self.angle)

    @property
    def normal(self) -> Point:  # towards the big toe (+x)
        return rot((1.0, 0.0), self.angle)

    def half_width(self, s: float) -> float:
        f = s / self.length
        for (f0, w0), (f1, w1) in pairwise(self.profile):
            if f <= f1:
                t = 0.0 if f1 == f0 else max(0.0, (f - f0) / (f1 - f0))
                t = t * t * (3 - 2 * t)
                return 0.5 * self.width * (w0 + (w1 - w0) * t)
        return 0.5 * self.width * self.profile[-1][1]

    @property
    def cap(self) -> float:
        return 1.05 * self.half_width(self.length)

    def axis(self, s: float) -> Point:
        return add(self.base, mul(self.dir, s))

    def at(self, s: float, side: float) -> Point:
        cap_from = self.length - self.cap
        hw = self.half_width(min(s, cap_from))
        if s > cap_from:
            t = (s - cap_from) / self.cap
            hw *= math.sqrt(max(0.0, 1 - t * t))
        return add(self.axis(s), mul(self.normal, side * hw))

    def side_points(self, s0: float, s1: float, side: float, step: float = 4.0) -> list[Point]:
        n = max(1, round(abs(s1 - s0) / step))
        return [self.at(s0 + (s1 - s0) * k / n, side) for k in range(n + 1)]

    def tip_points(self, side_from: float, k_side: float = 1.0) -> list[Point]:
        cap_from = self.length - self.cap
        hw = self.half_width(cap_from) * k_side
        pts = []
        for k in range(1, 8):
            a = math.pi * k / 8
            along = cap_from + self.cap * math.sin(a) * (0.94 + 0.06 * k_side)
            pts.append(add(self.axis(along), mul(self.normal, side_from * hw * math.cos(a))))
        return pts

    def segment(self, s0: float, s1: float, k_side: float = 0.97) -> list[Point]:
        """Closed outline of the part between s0 and s1 (s1 = length: with the tip)."""
        cap_from = self.length - self.cap
        if s1 >= self.length:
            return [
                *self.side_points(s0, cap_from, -k_side),
                *self.tip_points(-1, k_side),
                *self.side_points(cap_from, s0, k_side),
            ]
        return [*self.side_points(s0, s1, -k_side), *self.side_points(s1, s0, k_side)]

    def outline(self) -> list[Point]:
        return self.segment(0.0, self.length)


# A toe seen from below or above: full at its base, a waist over the first joint, a
# rounded pad at the tip (fuller on the big toe).
LESSER = ((0.0, 1.0), (0.4, 0.86), (0.72, 0.9), (1.0, 0.88))
HALLUX = ((0.0, 1.0), (0.45, 0.9), (0.75, 0.95), (1.0, 0.92))

BIG = Toe("toe.big", (32.0, -218.0), -3.0, 36.0, 27.0, HALLUX, 0.5)
SECOND = Toe("toe.second", (9.5, -222.0), -1.0, 33.0, 16.5, LESSER, 0.6)
THIRD = Toe("toe.third", (-7.5, -217.0), 1.5, 30.0, 15.5, LESSER, 0.6)
FOURTH = Toe("toe.fourth", (-23.5, -209.0), 3.5, 27.0, 14.5, LESSER, 0.6)
LITTLE = Toe("toe.little", (-38.5, -198.0), 6.0, 23.5, 13.5, LESSER, 0.58)
TOES = (LITTLE, FOURTH, THIRD, SECOND, BIG)  # from the outer side to the big toe
WEB_S = 3.5  # toes part from each other this far beyond their base crease


def web_bottom(a: Toe, b: Toe) -> Point:
    return mul(add(a.at(WEB_S * 0.3, 1), b.at(WEB_S * 0.3, -1)), 0.5)


# The outer (little-toe) edge, from the leg's bottom up to the little toe's base, and
# the inner edge from the big toe's base down to the leg's bottom: one list per view.
OUTER_FOOT = [
    (-33.5, -28.0),
    (-35.0, -60.0),
    (-36.5, -95.0),
    (-39.5, -124.0),  # the bump of the fifth metatarsal's base
    (-44.0, -150.0),
    (-46.5, -171.0),  # the ball's outer end, its widest on this side
    (-45.0, -187.0),
]
INNER_FOOT = [
    (47.5, -200.0),
    (48.5, -186.0),  # the ball's bulge behind the big toe
    (47.5, -172.0),
    (43.0, -150.0),
    (36.0, -122.0),
    (31.5, -95.0),  # the arch: the inner edge sweeps in
    (31.0, -62.0),
    (32.5, -30.0),
]
SOLE_OUTER_LEG = [
    (-30.0, 190.0),
    (-47.0, 172.0),
    (-46.0, 152.0),
    (-41.0, 128.0),
    (-34.5, 104.0),
    (-32.0, 86.0),  # narrowest above the ankle bones
    (-35.0, 62.0),  # the outer ankle bone, lower than the inner one
    (-32.5, 44.0),
    (-30.0, 26.0),  # the heel's back narrows a little into the Achilles area
    (-31.5, 8.0),
]
SOLE_INNER_LEG = [
    (30.5, 8.0),
    (29.0, 28.0),
    (31.0, 48.0),
    (34.0, 69.0),  # the inner ankle bone
    (32.0, 90.0),
    (33.5, 108.0),
    (41.0, 132.0),
    (48.0, 156.0),
    (50.0, 174.0),
    (32.0, 190.0),
]
TOP_OUTER_LEG = [
    (-28.0, 190.0),
    (-44.5, 170.0),
    (-41.0, 130.0),
    (-33.0, 70.0),
    (-29.5, 20.0),
    (-30.0, -20.0),  # narrowest above the ankle bones
    (-34.5, -52.0),
    (-37.0, -66.0),  # the outer ankle bone, nearer the foot than the inner one
    (-34.0, -82.0),
]
TOP_INNER_LEG = [
    (33.5, -76.0),
    (35.5, -58.0),  # the inner ankle bone
    (32.0, -40.0),
    (29.5, -10.0),
    (31.0, 40.0),
    (37.5, 100.0),
    (42.5, 150.0),
    (44.0, 172.0),
    (29.0, 190.0),
]
ANKLE_CREASE_Y = -84.0  # top view: where the instep meets the front of the ankle


def silhouette(view: str) -> list[Point]:
    """Closed outline of foot and leg, from the leg's bottom on the outer side round the
    toes to the leg's bottom on the inner side."""
    if view == "sole":
        outer = [*SOLE_OUTER_LEG, (-32.5, -12.0), *OUTER_FOOT]
        inner = [*INNER_FOOT, (32.0, -12.0), *SOLE_INNER_LEG]
    else:
        outer = [*TOP_OUTER_LEG, (-35.5, -100.0), *OUTER_FOOT[3:]]
        inner = [*INNER_FOOT[:4], (33.0, -98.0), *TOP_INNER_LEG]
    pts: list[Point] = list(outer)
    for i, toe in enumerate(TOES):
        cap_from = toe.length - toe.cap
        start = 0.0 if i == 0 else WEB_S
        pts += toe.side_points(start, cap_from, -1)
        pts += toe.tip_points(-1)
        end = 0.0 if i == len(TOES) - 1 else WEB_S
        pts += toe.side_points(cap_from, end, 1)
        if i < len(TOES) - 1:
            pts.append(web_bottom(toe, TOES[i + 1]))
    pts += inner
    return dedupe(pts)


PROBLEMS: list[str] = []


class Outline:
    """A view's flattened outline, for the zones that follow its edges."""

    def __init__(self, view: str) -> None:
        self.points = silhouette(view)
        self.poly = flatten(catmull_rom(self.points, closed=False))

    def crossings(self) -> list[Point]:
        """Where the outline crosses itself (it must not: a crossing leaves a hole)."""
        poly = flatten(catmull_rom(self.points, closed=False), 4)
        segs = list(pairwise(poly))
        found = []
        for i, (a, b) in enumerate(segs):
            for c, d in segs[i + 2 :]:
                if max(c[0], d[0]) < min(a[0], b[0]) or min(c[0], d[0]) > max(a[0], b[0]):
                    continue
                if max(c[1], d[1]) < min(a[1], b[1]) or min(c[1], d[1]) > max(a[1], b[1]):
                    continue
                d1 = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
                d2 = (b[0] - a[0]) * (d[1] - a[1]) - (b[1] - a[1]) * (d[0] - a[0])
                d3 = (d[0] - c[0]) * (a[1] - c[1]) - (d[1] - c[1]) * (a[0] - c[0])
                d4 = (d[0] - c[0]) * (b[1] - c[1]) - (d[1] - c[1]) * (b[0] - c[0])
                if d1 * d2 < 0 and d3 * d4 < 0:
                    found.append(a)
        return found

    def inside(self, p: Point) -> bool:
        inside = False
        for a, b in pairwise([*self.poly, self.poly[0]]):
            if (a[1] > p[1]) != (b[1] > p[1]):
                x = a[0] + (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1])
                if x > p[0]:
                    inside = not inside
        return inside

    def edge_x(self, y: float, outer: bool) -> float:
        """x of the outline at height y on the outer (-x) or inner (+x) side."""
        best: float | None = None
        for a, b in pairwise(self.poly):
            if (a[1] - y) * (b[1] - y) <= 0 and a[1] != b[1]:
                x = a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1])
                if best is None or (x < best if outer else x > best):
                    best = x
        assert best is not None, y
        return best

    def side(
        self, y0: float, y1: float, outer: bool, inset: float, step: float = 4.0
    ) -> list[Point]:
        """Points just inside one edge, from height y0 to y1 (either order)."""
        n = max(2, round(abs(y1 - y0) / step))
        ys = [y0 + (y1 - y0) * k / n for k in range(n + 1)]
        sign = 1.0 if outer else -1.0
        return [(self.edge_x(y, outer) + sign * inset, y) for y in ys]

    def band(self, y0: float, y1: float, inset: float = 1.0) -> list[Point]:
        """A closed area between heights y0 < y1 spanning the outline (its top and bottom
        edges carry points too, so the smoothed corners stay inside)."""
        outer = self.side(y1, y0, True, inset)
        inner = self.side(y0, y1, False, inset)
        top = [(outer[-1][0] + (inner[0][0] - outer[-1][0]) * k / 4, y0) for k in (1, 2, 3)]
        bottom = [(inner[-1][0] + (outer[0][0] - inner[-1][0]) * k / 4, y1) for k in (1, 2, 3)]
        return [*outer, *top, *inner, *bottom]

    def clearance(self, p: Point) -> float:
        """Distance from p to the outline (mm)."""
        best = math.inf
        for a, b in pairwise(self.poly):
            ab = sub(b, a)
            n2 = ab[0] ** 2 + ab[1] ** 2 or 1.0
            t = max(0.0, min(1.0, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / n2))
            best = min(best, math.dist(p, add(a, mul(ab, t))))
        return best

    def check(self, zid: str, polys: Sequence[Sequence[Point]]) -> None:
        """Note a zone whose smoothed outline leaves the foot by more than half a mm
        (the renderer clips highlights to the outline; this keeps the shapes honest)."""
        for poly in polys:
            for p in flatten(catmull_rom(poly, closed=True)):
                if not self.inside(p) and self.clearance(p) > 0.5:
                    PROBLEMS.append(f"zone {zid} leaves the foot near ({p[0]:.1f}, {p[1]:.1f})")
                    break


# ---------------------------------------------------------------- zones


def webs() -> list[Point]:
    """The bottom of each cleft between neighbouring toes, from the outer side."""
    return [web_bottom(a, b) for a, b in pairwise(TOES)]


def into_foot(p: Point, by: float) -> Point:
    """p moved by mm towards the middle of the sole."""
    return add(p, mul(unit(sub((0.0, -120.0), p)), by))


def toe_base_line() -> list[Point]:
    """Across the toe bases, from the little toe's outer side to the big toe's inner side,
    through the bottom of every cleft (a little inside it)."""
    pts = [LITTLE.at(1.5, -0.8)]
    for toe, web in zip(TOES, [*webs(), None], strict=True):
        pts.append(toe.at(0.0, 0.0))
        if web is not None:
            pts.append(into_foot(web, 2.5))
    return [*pts, BIG.at(1.5, 0.85)]


def toe_outline(i: int, k_side: float = 0.97) -> list[Point]:
    """A toe's zone: from the clefts either side of it (or the foot's edge) to its tip."""
    t = TOES[i]
    cap_from = t.length - t.cap
    outer = t.side_points(0.0 if i == 0 else WEB_S, cap_from, -k_side)
    inner = t.side_points(cap_from, 0.0 if i == len(TOES) - 1 else WEB_S, k_side)
    ws = webs()
    before = [into_foot(ws[i - 1], 1.5)] if i > 0 else [t.at(-1.5, -0.85)]
    after = [into_foot(ws[i], 1.5)] if i < len(TOES) - 1 else [t.at(-1.5, 0.85)]
    return [*before, *outer, *t.tip_points(-1, k_side), *inner, *after, t.at(-1.0, 0.0)]


def strip(curve: Sequence[Point], width: float) -> list[Point]:
    """A closed strip along a curve, reaching width mm to the right of its direction
    (on screen, y down), and rounded at both ends."""
    inner = []
    for i, p in enumerate(curve):
        d = unit(sub(curve[min(len(curve) - 1, i + 1)], curve[max(0, i - 1)]))
        inner.append(add(p, mul((-d[1], d[0]), width)))
    return [*curve, *reversed(inner)]


AreaSpec = tuple[str, list[list[Point]], Point | None, Point | None]
Spec = AreaSpec | tuple[str, list[Point]]

# Where a label points, for an area whose axis (its stroke's way) starts elsewhere.
ANCHORS: dict[str, Point] = {
    "foot.arch": (18.0, -112.0),
    "leg.achilles": (0.0, 60.0),
    "leg.calf": (0.0, 140.0),
}

INNER_ANKLE = {"sole": (24.0, 68.0), "top": (25.0, -58.0)}
OUTER_ANKLE = {"sole": (-25.5, 61.0), "top": (-27.0, -66.0)}


def toe_zones() -> dict[str, Spec]:
    zones: dict[str, Spec] = {}
    zones["toes"] = ("area", [toe_outline(i) for i in range(len(TOES))], None, None)
    for i, t in enumerate(TOES):
        zones[t.name] = ("area", [toe_outline(i)], t.axis(0.0), t.axis(t.length))
    b = BIG
    zones["toe.big.base"] = ("area", [b.segment(0.0, b.length * b.joint, 0.9)], b.axis(0.0), None)
    return zones


def forefoot(o: Outline, outer_from: float, inner_to: float, inset: float = 1.0) -> list[Point]:
    """Up the outer edge from height outer_from to the little toe, across the toe bases,
    and down the inner edge to height inner_to."""
    lo, hi = LITTLE.at(0.8, -0.97), BIG.at(0.8, 0.97)
    return [
        *o.side(outer_from, lo[1] + 4.0, True, inset, 6.0),
        *toe_base_line(),
        *o.side(hi[1] + 4.0, inner_to, False, inset, 6.0),
    ]


def sole_zones(o: Outline) -> dict[str, Spec]:
    zones = toe_zones()
    b = BIG
    pad = ellipse(b.axis(b.length * 0.72), b.width * 0.34, b.length * 0.2, b.angle)
    zones["toe.big.pad"] = ("area", [pad], b.axis(b.length * 0.72), None)
    ball = [
        *forefoot(o, -152.0, -176.0),
        (36.0, -168.0),
        (20.0, -165.0),
        (2.0, -159.0),
        (-18.0, -152.0),
        (-34.0, -148.0),
    ]
    zones["foot.ball"] = ("area", [ball], (6.0, -186.0), None)
    arch = [
        *o.side(-146.0, -84.0, False, 1.5, 8.0),
        (22.0, -78.0),
        (9.0, -84.0),
        (3.0, -100.0),
        (5.0, -122.0),
        (13.0, -142.0),
        (26.0, -152.0),
    ]
    zones["foot.arch"] = ("area", [arch], (15.0, -88.0), (24.0, -146.0))
    heel = [
        *o.side(-8.0, -66.0, True, 1.2, 6.0),
        (-20.0, -75.0),
        (0.0, -78.0),
        (18.0, -74.0),
        *o.side(-64.0, -8.0, False, 1.2, 6.0),
        (20.0, 3.0),
        (0.0, 6.0),
        (-20.0, 3.0),
    ]
    zones["foot.heel"] = ("area", [heel], (0.0, -34.0), None)
    sole = [*o.side(0.0, -140.0, True, 1.0, 6.0), *forefoot(o, -146.0, -150.0)]
    sole += [*o.side(-144.0, 0.0, False, 1.0, 6.0), (18.0, 6.0), (0.0, 7.5), (-18.0, 6.0)]
    zones["foot.sole"] = ("area", [sole], (2.0, -100.0), None)
    inner = [*o.side(-12.0, -204.0, False, 1.2, 6.0), b.at(3.0, 0.85)]
    zones["foot.inner-edge"] = ("area", [strip(inner, -12.0)], inner[0], inner[-1])
    outer = [*o.side(-12.0, -186.0, True, 1.2, 6.0), LITTLE.at(3.0, -0.8)]
    zones["foot.outer-edge"] = ("area", [strip(outer, 11.0)], outer[0], outer[-1])
    zones["ankle.inner"] = ("area", [ellipse(INNER_ANKLE["sole"], 8.0, 10.5, 6.0)], None, None)
    zones["ankle.outer"] = ("area", [ellipse(OUTER_ANKLE["sole"], 8.0, 10.5, -6.0)], None, None)
    achilles = [(-15.0, 14.0), (-14.0, 48.0), (-11.5, 80.0), (-13.0, 110.0), (0.0, 114.0)]
    achilles += [(13.0, 110.0), (11.5, 80.0), (14.0, 48.0), (15.0, 14.0), (0.0, 10.0)]
    zones["leg.achilles"] = ("area", [achilles], (0.0, 18.0), (0.0, 108.0))
    zones["leg.calf"] = ("area", [o.band(108.0, 170.0, 2.0)], (0.0, 112.0), (0.0, 170.0))
    zones["line.sole-heel-to-toes"] = (
        "line",
        [(0.0, -22.0), (0.5, -60.0), (3.0, -105.0), (6.5, -150.0), (9.5, -200.0)],
    )
    zones["line.calf-up"] = ("line", [(0.0, 28.0), (0.0, 80.0), (-1.0, 130.0), (-2.0, 178.0)])
    return zones


def top_zones(o: Outline) -> dict[str, Spec]:
    zones = toe_zones()
    crease = ANKLE_CREASE_Y
    instep = [
        *forefoot(o, crease - 7.0, crease - 4.0, 1.6),
        (18.0, crease + 1.0),
        (0.0, crease + 2.0),
        (-18.0, crease + 0.0),
    ]
    zones["foot.top"] = ("area", [instep], (2.0, -145.0), (2.0, -95.0))
    zones["ankle.inner"] = ("area", [ellipse(INNER_ANKLE["top"], 8.0, 10.5, -6.0)], None, None)
    zones["ankle.outer"] = ("area", [ellipse(OUTER_ANKLE["top"], 8.0, 10.5, 6.0)], None, None)
    zones["leg.shin"] = ("area", [o.band(-38.0, 170.0, 2.0)], (0.0, 40.0), (0.0, 172.0))
    zones["line.leg-up"] = ("line", [(0.0, -72.0), (1.5, -20.0), (2.0, 60.0), (1.0, 178.0)])
    return zones


def zones_for(view: str) -> dict[str, Spec]:
    o = Outline(view)
    PROBLEMS.extend(f"the {view} outline crosses itself near {p}" for p in o.crossings())
    zones = sole_zones(o) if view == "sole" else top_zones(o)
    for zid, spec in zones.items():
        if spec[0] == "area":
            o.check(zid, spec[1])  # type: ignore[arg-type]
    return zones


# ---------------------------------------------------------------- landmarks


def crease_across(t: Toe, s: float, frac: float, bow: float) -> list[Point]:
    """A short crease across a toe at s, bowed towards the tip by bow mm."""
    return [t.at(s, -frac), add(t.at(s, 0), mul(t.dir, bow)), t.at(s, frac)]


Mark = tuple[str, list[Point], bool]


def sole_landmarks() -> list[Mark]:
    out: list[Mark] = []
    for t in TOES:
        out.append(("crease", crease_across(t, 1.0, 0.72, 1.4), False))
        if t is BIG:
            out.append(("crease", crease_across(t, t.length * t.joint, 0.66, 1.8), False))
            out.append(
                ("crease-faint", crease_across(t, t.length * t.joint + 2.0, 0.5, 1.5), False)
            )
        else:
            out.append(("crease-faint", crease_across(t, t.length * t.joint, 0.55, 1.0), False))
    # the back of the ball pad, where the sole softens into the arch
    out.append(("crease-faint", [(-24.0, -148.0), (0.0, -155.5), (24.0, -162.0)], False))
    # the heel's back edge, where the sole turns upwards
    out.append(
        ("crease", [(-24.0, 1.5), (-12.0, 5.5), (0.0, 6.8), (12.0, 5.5), (24.0, 1.5)], False)
    )
    # the Achilles tendon, narrowest above the heel, fanning into the calf
    out.append(("tendon", [(-8.0, 20.0), (-5.0, 50.0), (-5.5, 90.0), (-10.0, 128.0)], False))
    out.append(("tendon", [(8.0, 20.0), (5.0, 50.0), (5.5, 90.0), (10.0, 128.0)], False))
    # the ankle bones as soft arcs, and the two heads of the calf muscle
    out.append(("knuckle", [(-33.5, 48.0), (-35.0, 58.0), (-33.5, 68.0)], False))
    out.append(("knuckle", [(31.0, 56.0), (32.5, 66.0), (31.0, 76.0)], False))
    out.append(("crease-faint", [(-3.0, 150.0), (-1.5, 165.0), (-1.0, 186.0)], False))
    return out


def nail(t: Toe) -> list[Point]:
    """Closed outline of a toenail: about half the last segment, at the tip."""
    tip = t.length - 1.4
    root = t.length - (t.length * (1 - t.joint)) * (0.62 if t is BIG else 0.55)
    w = 0.66 if t is BIG else 0.6
    return [
        t.at(root + 1.0, -w * 0.9),
        t.at((root + tip) / 2, -w),
        t.at(tip - 1.8, -w * 0.92),
        t.at(tip - 0.4, -w * 0.6),
        t.at(tip, 0.0),
        t.at(tip - 0.4, w * 0.6),
        t.at(tip - 1.8, w * 0.92),
        t.at((root + tip) / 2, w),
        t.at(root + 1.0, w * 0.9),
        t.at(root, w * 0.45),
        t.at(root - 0.4, 0.0),
        t.at(root, -w * 0.45),
    ]


def top_landmarks() -> list[Mark]:
    out: list[Mark] = []
    # faint tendons from the toes up the instep towards the front of the ankle
    for t, end in zip(TOES[:4], (-14.0, -9.0, -4.5, 0.0), strict=True):
        start = t.axis(-9.0)
        stop = (end, -128.0)
        bend = add(mul(add(start, stop), 0.5), (-1.5, 0.0))
        out.append(("tendon", [start, bend, stop], False))
    out.append(("tendon", [BIG.axis(-6.0), (22.0, -160.0), (13.0, -110.0), (9.0, -90.0)], False))
    for t in TOES:
        j = t.length * t.joint
        out.append(("crease-faint", crease_across(t, j - 1.2, 0.32, -0.7), False))
        out.append(("crease-faint", crease_across(t, j + 0.4, 0.26, -0.6), False))
        if t is not BIG:
            out.append(("crease-faint", crease_across(t, t.length * 0.3, 0.3, -0.6), False))
        out.append(("nail", nail(t), True))
    # the ankle: its front crease, the two ankle bones, and the shin bone's crest
    out.append(
        ("crease-faint", [(-22.0, -80.0), (-8.0, -85.0), (8.0, -85.5), (22.0, -81.0)], False)
    )
    out.append(("knuckle", [(-34.5, -56.0), (-36.0, -66.0), (-34.0, -76.0)], False))
    out.append(("knuckle", [(32.5, -48.0), (34.5, -58.0), (32.5, -68.0)], False))
    out.append(("tendon", [(9.0, -50.0), (7.0, 20.0), (6.5, 100.0), (7.5, 180.0)], False))
    return out


def soft_shapes(view: str) -> list[tuple[str, Point, float, float, float]]:
    """(role, centre, rx, ry, angle) of soft shading ellipses."""
    shapes: list[tuple[str, Point, float, float, float]] = []
    if view == "sole":
        shapes += [
            ("soft-light", (10.0, -170.0), 30.0, 13.0, -14.0),
            ("soft-light", (0.0, -34.0), 21.0, 26.0, 0.0),
            ("soft-light", (-26.0, -100.0), 7.0, 30.0, 3.0),
            ("soft-dark", (17.0, -108.0), 13.0, 34.0, -4.0),
            ("soft-light", INNER_ANKLE["sole"], 6.0, 8.0, 0.0),
            ("soft-light", OUTER_ANKLE["sole"], 6.0, 8.0, 0.0),
            ("soft-light", (-26.0, 160.0), 12.0, 26.0, 6.0),
            ("soft-light", (26.0, 165.0), 13.0, 28.0, -6.0),
        ]
        for t in TOES:
            shapes.append(
                ("soft-light", t.axis(t.length * 0.76), t.width * 0.3, t.length * 0.14, t.angle)
            )
    else:
        shapes += [
            ("soft-light", (6.0, -140.0), 22.0, 34.0, -10.0),
            ("soft-light", INNER_ANKLE["top"], 6.5, 8.5, 0.0),
            ("soft-light", OUTER_ANKLE["top"], 6.5, 8.5, 0.0),
            ("soft-light", (4.0, 60.0), 9.0, 60.0, 0.0),
        ]
    return shapes


# ---------------------------------------------------------------- SVG output


STYLE = {
    "skin": 'fill="url(#skin)" stroke="none"',
    "outline": 'fill="none" stroke="url(#outline)" stroke-width="3.2" stroke-linejoin="round"',
    "crease": 'fill="none" stroke="#b7896f" stroke-width="2" stroke-linecap="round"',
    "crease-faint": 'fill="none" stroke="#c9a08a" stroke-width="1.5" stroke-linecap="round"',
    "tendon": 'fill="none" stroke="#d9b49e" stroke-width="3" stroke-linecap="round"',
    "knuckle": 'fill="none" stroke="#c08f76" stroke-width="2.2" stroke-linecap="round"',
    "nail": 'fill="#f4e1d6" stroke="#b88c74" stroke-width="2"',
    "soft-light": 'fill="url(#softlight)"',
    "soft-dark": 'fill="url(#softdark)"',
}


def build_svg(view: str) -> str:
    mirror = view == "top"
    w = Writer(mirror, (X_MIN, X_MAX), Y_MIN, SCALE)
    width, height = (X_MAX - X_MIN) * SCALE, (Y_MAX - Y_MIN) * SCALE
    fade0, fade1 = (FADE_FROM - Y_MIN) * SCALE, (FADE_TO - Y_MIN) * SCALE
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Generated by scripts/make_foot_art.py; edit the script, not this file. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {fmt(width)} {fmt(height)}" '
        f'width="{fmt(width)}" height="{fmt(height)}" data-view="{view}" data-side="right" '
        f'data-fade="{fmt(fade0)} {fmt(fade1)}" data-mm="{fmt(MARK_MM)}">',
        f"<title>Right foot, {view} view</title>",
        *skin_defs(fade0, fade1),
        '<g id="art">',
    ]
    sil = silhouette(view)
    lines.append(f'<path class="skin" {STYLE["skin"]} d="{w.smooth(sil, closed=False)}Z"/>')
    for role, c, rx, ry, ang in soft_shapes(view):
        cx, cy = w.pt(c).split()
        a = -ang if mirror else ang
        lines.append(
            f'<ellipse class="{role}" {STYLE[role]} cx="{cx}" cy="{cy}" '
            f'rx="{fmt(rx * SCALE)}" ry="{fmt(ry * SCALE)}" '
            f'transform="rotate({fmt(a)} {cx} {cy})"/>'
        )
    for role, pts, closed in sole_landmarks() if view == "sole" else top_landmarks():
        lines.append(f'<path class="{role}" {STYLE[role]} d="{w.smooth(pts, closed)}"/>')
    lines.append(f'<path class="outline" {STYLE["outline"]} d="{w.smooth(sil, closed=False)}"/>')
    lines.append("</g>")
    lines.append('<g id="zones" visibility="hidden" fill="none" stroke="#2b7bb9">')
    for zid, spec in zones_for(view).items():
        if spec[0] == "area":
            _, polys, start, end = spec[:4]  # type: ignore[misc]
            anchor = ANCHORS.get(zid, start)
            d = "".join(w.smooth(p, closed=True) for p in polys)
            extra = ""
            if anchor is not None:
                extra += f' data-anchor="{w.pt(anchor)}"'
            if start is not None and end is not None:
                extra += f' data-axis="{w.pt(start)} {w.pt(end)}"'
            lines.append(f'<path id={quoteattr(zid)} class="zone area"{extra} d="{d}"/>')
        else:
            d = w.smooth(spec[1], closed=False)
            lines.append(f'<path id={quoteattr(zid)} class="zone line" d="{d}"/>')
    lines.append("</g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "assets" / "foot"
    parser.add_argument("--out", type=Path, default=default)
    parser.add_argument("--force", action="store_true", help="write even if a zone leaves")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    svgs = {view: build_svg(view) for view in ("sole", "top")}
    if PROBLEMS and not args.force:
        raise SystemExit("\n".join(PROBLEMS))
    for view in ("sole", "top"):
        path = args.out / f"right-{view}.svg"
        path.write_text(svgs[view], encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
