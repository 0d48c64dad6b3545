#!/usr/bin/env python3
"""Generate the hand art (assets/hand/right-palm.svg, right-back.svg) from a parametric hand.

Standard library only. The model is a right hand seen by its owner: on the palm view
the thumb is on the right, on the back view it is on the left (the back view is the
mirror image of the palm silhouette). Units are millimetres of an average adult hand
(see /work/shared/HAND-ANATOMY.md); the SVG uses ``SCALE`` units per millimetre.

Coordinates: origin in the middle of the inner wrist crease, x towards the thumb on
the palm view, y downwards (so the fingers have negative y and the forearm positive).

Every zone of handtrainer/core/zones.py that appears on a view gets an element with
``id`` = zone id inside ``<g id="zones">``: closed paths for areas, circles for points,
open paths (first point = start) for lines. Art elements carry a ``class`` naming their
colour role so the renderer can recolour them for light, dark and print.

Run: python scripts/make_hand_art.py  [--out DIR]
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

SCALE = 4.0
X_MIN, X_MAX = -50.0, 92.0  # palm-view extent in mm, with a margin
Y_MIN, Y_MAX = -158.0, 100.0
FADE_FROM, FADE_TO = 70.0, 100.0  # the forearm fades out over these y (mm)


# ---------------------------------------------------------------- small geometry


def add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def mul(a: Point, k: float) -> Point:
    return (a[0] * k, a[1] * k)


def lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def unit(a: Point) -> Point:
    n = math.hypot(*a) or 1.0
    return (a[0] / n, a[1] / n)


def rot(a: Point, deg: float) -> Point:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return (a[0] * c - a[1] * s, a[0] * s + a[1] * c)


def cubic(p0: Point, c1: Point, c2: Point, p1: Point, t: float) -> Point:
    u = 1 - t
    return (
        u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p1[0],
        u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p1[1],
    )


def flatten(segs: Iterable[tuple[Point, Point, Point, Point]], steps: int = 8) -> list[Point]:
    out: list[Point] = []
    for p0, c1, c2, p1 in segs:
        if not out:
            out.append(p0)
        out.extend(cubic(p0, c1, c2, p1, k / steps) for k in range(1, steps + 1))
    return out


# ---------------------------------------------------------------- the hand model


@dataclass(frozen=True)
class Digit:
    """One finger or the thumb: a straight axis with a tapering width profile."""

    name: str
    base: Point  # centre of the base crease (palm side)
    angle: float  # degrees from straight up, positive towards the thumb
    length: float  # palm-side length from the base crease to the tip (mm)
    width: float  # width at the base (mm)
    joints: tuple[float, ...]  # crease positions as fractions of the length
    profile: tuple[tuple[float, float], ...]  # (fraction of length, width factor)

    @property
    def dir(self) -> Point:
        return rot((0.0, -1.0), self.angle)

    @property
    def normal(self) -> Point:  # points towards the thumb side (+x on the palm view)
        return rot((1.0, 0.0), self.angle)

    def half_width(self, s: float) -> float:
        f = s / self.length
        prof = self.profile
        for (f0, w0), (f1, w1) in pairwise(prof):
            if f <= f1:
                t = 0.0 if f1 == f0 else max(0.0, (f - f0) / (f1 - f0))
                # ease between profile stations so the side has no kinks
                t = t * t * (3 - 2 * t)
                return 0.5 * self.width * (w0 + (w1 - w0) * t)
        return 0.5 * self.width * prof[-1][1]

    @property
    def cap(self) -> float:
        """Length of the rounded tip along the axis."""
        return 1.08 * self.half_width(self.length)

    def at(self, s: float, side: float) -> Point:
        """A point at distance s along the axis, side in -1..1 of the half width."""
        cap_from = self.length - self.cap
        hw = self.half_width(min(s, cap_from))
        if s > cap_from:
            t = (s - cap_from) / self.cap
            hw *= math.sqrt(max(0.0, 1 - t * t))
        return add(add(self.base, mul(self.dir, s)), mul(self.normal, side * hw))

    def axis(self, s: float) -> Point:
        return add(self.base, mul(self.dir, s))

    def side_points(self, s0: float, s1: float, side: float, step: float = 5.0) -> list[Point]:
        """Points along one side from s0 to s1 (s1 may be below s0), stopping before the cap."""
        n = max(1, round(abs(s1 - s0) / step))
        return [self.at(s0 + (s1 - s0) * k / n, side) for k in range(n + 1)]

    def tip_points(self, side_from: float) -> list[Point]:
        """The rounded tip from one side over to the other (side_from = -1 or 1)."""
        cap_from = self.length - self.cap
        hw = self.half_width(cap_from)
        pts = []
        for k in range(1, 8):
            a = math.pi * k / 8
            along = cap_from + self.cap * math.sin(a)
            across = side_from * hw * math.cos(a)
            pts.append(add(add(self.base, mul(self.dir, along)), mul(self.normal, across)))
        return pts

    def crease(self, f: float) -> float:
        return self.length * f

    def outline(self) -> list[Point]:
        """Closed outline of the whole digit from its base crease."""
        cap_from = self.length - self.cap
        return [
            *self.side_points(0, cap_from, -1),
            *self.tip_points(-1),
            *self.side_points(cap_from, 0, 1),
        ]

    def segment(self, s0: float, s1: float) -> list[Point]:
        """Closed outline of the part between s0 and s1 (s1 = length includes the tip)."""
        cap_from = self.length - self.cap
        if s1 >= self.length:
            return [
                *self.side_points(s0, cap_from, -1),
                *self.tip_points(-1),
                *self.side_points(cap_from, s0, 1),
            ]
        return [*self.side_points(s0, s1, -1), *self.side_points(s1, s0, 1)]


FINGER_PROFILE = (
    (0.0, 1.0),
    (0.14, 0.92),
    (0.34, 0.87),
    (0.46, 0.875),  # the middle knuckle (PIP) a touch wider than the shaft either side
    (0.62, 0.82),
    (0.75, 0.815),  # the end knuckle (DIP)
    (0.88, 0.79),  # the fingertip pad
    (1.0, 0.75),
)
FINGER_JOINTS = (0.46, 0.75)  # proximal = middle + distal, distal the shortest

# The finger bases (palm-side creases) lie on an arc: the middle finger's highest, the
# index and ring a little lower, the little finger's clearly lower.
LITTLE = Digit("little", (-26.6, -71.0), -11.0, 53.3, 15.2, FINGER_JOINTS, FINGER_PROFILE)
RING = Digit("ring", (-9.4, -78.0), -4.0, 65.5, 17.3, FINGER_JOINTS, FINGER_PROFILE)
MIDDLE = Digit("middle", (8.6, -80.8), 0.5, 70.7, 18.4, FINGER_JOINTS, FINGER_PROFILE)
INDEX = Digit("index", (26.2, -77.4), 5.0, 63.9, 18.2, FINGER_JOINTS, FINGER_PROFILE)

# The thumb's column starts low, at the wrist (the joint at the base of its metacarpal);
# the metacarpal runs up and out under the thenar mound to the thumb's base crease,
# where the Digit (two phalanges, 49.5 mm on the palm side) begins.
THUMB_CMC: Point = (21.0, -9.0)
THUMB = Digit(
    "thumb",
    (47.6, -39.2),
    36.0,
    49.5,
    21.6,
    (0.52,),
    ((0.0, 1.0), (0.3, 0.92), (0.52, 0.91), (0.72, 0.94), (0.88, 0.92), (1.0, 0.84)),
)
FINGERS = (LITTLE, RING, MIDDLE, INDEX)  # from the little-finger side to the thumb side
DIGITS = (THUMB, INDEX, MIDDLE, RING, LITTLE)

WRIST_L, WRIST_R = (-27.5, 0.0), (29.5, 0.0)
ULNAR_EDGE = [
    (-33.0, 100.0),
    (-31.5, 60.0),
    (-29.0, 25.0),
    (-27.6, 2.0),
    (-29.8, -10.0),
    (-33.4, -24.0),
    (-35.6, -38.0),
    (-36.0, -50.0),
    (-35.6, -59.0),
    (-34.9, -65.0),
]
# The radial edge below the thumb: the thenar mound, a long convex curve from the
# thumb's base down to the wrist, then the forearm.
THENAR_EDGE = [
    (53.9, -27.6),
    (51.0, -20.8),
    (47.0, -13.8),
    (41.5, -7.2),
    (35.2, -2.4),
    (31.4, 0.8),
]
FOREARM_RADIAL = [
    (30.4, 6.0),
    (30.7, 30.0),
    (32.5, 60.0),
    (34.0, 100.0),
]
RADIAL_EDGE = [THUMB.at(0.0, 1.0), *THENAR_EDGE, *FOREARM_RADIAL]
WEB_S = 6.0  # fingers part from each other this far above their base crease
THUMB_WEB_S = 19.0  # the thumb leaves the web this far above its base crease


def parting(a: Digit, b: Digit) -> tuple[float, float]:
    """Where neighbouring fingers a (ulnar) and b part, as distances along each: WEB_S
    on the lower finger, and the same height on the higher one."""
    ya, yb = a.at(WEB_S, 1)[1], b.at(WEB_S, -1)[1]
    low = max(ya, yb)
    return (WEB_S - (low - ya) / -a.dir[1], WEB_S - (low - yb) / -b.dir[1])


def web_bottom(a: Digit, b: Digit) -> Point:
    """The deepest point of the web between neighbouring fingers a (ulnar) and b, just
    below where they part."""
    sa, sb = parting(a, b)
    mid = mul(add(a.at(sa, 1), b.at(sb, -1)), 0.5)
    return sub(mid, mul(unit(add(a.dir, b.dir)), 2.5))


# The thumb-index web: a deep U from the index finger's side down to the thumb.
THUMB_WEB = [
    INDEX.at(-1.5, 1.0),
    (36.0, -70.5),
    (37.0, -64.5),
    (39.0, -59.6),
    (42.0, -56.7),
    (45.5, -56.0),
    (48.6, -57.5),
]


def silhouette() -> list[Point]:
    """Closed outline of the hand and forearm (palm view), counter-clockwise from the
    forearm's ulnar bottom corner; the last point is the radial bottom corner."""
    pts: list[Point] = list(ULNAR_EDGE)
    for i, f in enumerate(FINGERS):
        cap_from = f.length - f.cap
        start = 3.0 if i == 0 else parting(FINGERS[i - 1], f)[1]
        pts += f.side_points(start, cap_from, -1)
        pts += f.tip_points(-1)
        end = 0.0 if i == len(FINGERS) - 1 else parting(f, FINGERS[i + 1])[0]
        pts += f.side_points(cap_from, end, 1)
        if i < len(FINGERS) - 1:
            pts.append(web_bottom(f, FINGERS[i + 1]))
    pts += THUMB_WEB
    t = THUMB
    cap_from = t.length - t.cap
    pts += t.side_points(THUMB_WEB_S, cap_from, -1)
    pts += t.tip_points(-1)
    pts += t.side_points(cap_from, 0.0, 1)
    pts += RADIAL_EDGE
    # drop near-duplicate neighbours (joins between runs)
    out: list[Point] = []
    for p in pts:
        if not out or math.dist(out[-1], p) > 0.6:
            out.append(p)
    return out


def smooth_open(points: Sequence[Point]) -> list[tuple[Point, Point, Point, Point]]:
    return catmull_rom(points, closed=False)


# ---------------------------------------------------------------- geometry of zones


SIL = silhouette()
SIL_SEGS = smooth_open(SIL)
SIL_POLY = flatten(SIL_SEGS)


def inside_silhouette(p: Point) -> bool:
    """Whether p lies inside the (flattened) hand and forearm outline."""
    inside = False
    for a, b in pairwise([*SIL_POLY, SIL_POLY[0]]):
        if (a[1] > p[1]) != (b[1] > p[1]):
            x = a[0] + (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1])
            if x > p[0]:
                inside = not inside
    return inside


def clearance(p: Point) -> float:
    """Distance from p to the nearest point of the hand outline (mm)."""
    best = math.inf
    for a, b in pairwise(SIL_POLY):
        ab = sub(b, a)
        n2 = ab[0] ** 2 + ab[1] ** 2 or 1.0
        t = max(0.0, min(1.0, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / n2))
        best = min(best, math.dist(p, add(a, mul(ab, t))))
    return best


def check_inside(zid: str, polys: Sequence[Sequence[Point]], margin: float = 0.6) -> None:
    """Fail loudly when a zone's smoothed outline leaves the hand (or hugs its outline
    closer than margin mm), so the highlight never pokes outside the drawing."""
    for poly in polys:
        for p in flatten(catmull_rom(poly, closed=True)):
            if not inside_silhouette(p) or clearance(p) < margin:
                raise ValueError(f"zone {zid} leaves the hand near {p}")


def edge_x(y: float, ulnar: bool) -> float:
    """x of the silhouette at height y on the ulnar (little-finger) or radial side,
    looked up on the outer edges below the finger bases."""
    best: float | None = None
    for a, b in pairwise(SIL_POLY):
        if (a[1] - y) * (b[1] - y) <= 0 and a[1] != b[1]:
            x = a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1])
            if best is None or (x < best if ulnar else x > best):
                best = x
    assert best is not None, y
    return best


def band(y0: float, y1: float, inset: float = 0.0, step: float = 4.0) -> list[Point]:
    """Closed area between heights y0 < y1 spanning the hand, following its edges."""
    n = max(2, round((y1 - y0) / step))
    ys = [y0 + (y1 - y0) * k / n for k in range(n + 1)]
    left = [(edge_x(y, True) + inset, y) for y in ys]
    right = [(edge_x(y, False) - inset, y) for y in reversed(ys)]
    return left + right


def offset_strip(curve: Sequence[Point], width: float) -> list[Point]:
    """A closed strip of the given width on the left-hand side (screen) of a curve."""
    inner = []
    for i, p in enumerate(curve):
        a = curve[max(0, i - 1)]
        b = curve[min(len(curve) - 1, i + 1)]
        d = unit(sub(b, a))
        inner.append(add(p, mul((d[1], -d[0]), width)))
    return list(curve) + list(reversed(inner))


def ellipse(c: Point, rx: float, ry: float, angle: float = 0.0, n: int = 16) -> list[Point]:
    return [
        add(c, rot((rx * math.cos(2 * math.pi * k / n), ry * math.sin(2 * math.pi * k / n)), angle))
        for k in range(n)
    ]


def base_line() -> list[Point]:
    """The line of the finger base creases, from the little-finger edge to the index."""
    pts: list[Point] = []
    for f in FINGERS:
        pts += [f.at(0, -1), f.at(0, 0), f.at(0, 1)]
    return pts


def inward(curve: Sequence[Point], dist: float) -> list[Point]:
    """The curve moved dist mm into the hand; curve runs the silhouette's way round
    (the hand lies on the right of its travel, screen coordinates)."""
    out = []
    for i, p in enumerate(curve):
        a = curve[max(0, i - 1)]
        b = curve[min(len(curve) - 1, i + 1)]
        d = unit(sub(b, a))
        out.append(add(p, mul((-d[1], d[0]), dist)))
    return out


def thumb_web_curve() -> list[Point]:
    """The silhouette's thumb-index web, from the index finger's side to the thumb's."""
    return [
        INDEX.at(2.0, 1.0),
        *THUMB_WEB,
        THUMB.at(THUMB_WEB_S, -1.0),
        THUMB.at(THUMB_WEB_S + 3.0, -1.0),
    ]


def thumb_base_crease() -> list[Point]:
    return [THUMB.at(0, -1), THUMB.at(0, 0), THUMB.at(0, 1)]


def palm_area() -> list[Point]:
    lower_ulnar = [p for p in ULNAR_EDGE if p[1] <= 0.0]
    return [
        *lower_ulnar,
        *base_line(),
        *inward(THUMB_WEB, 0.8)[1:],
        *thumb_base_crease(),
        *THENAR_EDGE,
        (10.0, 1.5),
        (-10.0, 1.5),
    ]


def thenar_crease() -> list[Point]:
    """The crease curving round the thenar mound, from the web down to the wrist."""
    return [
        (37.4, -64.0),
        (31.8, -58.0),
        (26.4, -49.0),
        (22.0, -37.5),
        (19.0, -25.0),
        (17.4, -13.0),
        (17.2, -3.0),
    ]


def thenar_area() -> list[Point]:
    return [
        *thenar_crease(),
        (24.0, -0.5),
        *reversed(THENAR_EDGE),
        *reversed(thumb_base_crease()),
        (38.6, -52.0),
    ]


def hypothenar_area() -> list[Point]:
    return [
        (-35.2, -52.0),
        (-24.0, -47.5),
        (-16.0, -36.0),
        (-13.5, -20.0),
        (-14.0, -3.0),
        (-27.0, -0.5),
        (-29.4, -10.0),
        (-32.9, -24.0),
        (-35.0, -38.0),
    ]


def local_frame(origin: Point, angle: float, pts: Iterable[Point]) -> list[Point]:
    """Points given as (across, down) millimetres in a frame at origin, turned by angle
    degrees like a digit (down = towards the wrist)."""
    return [add(origin, rot(p, angle)) for p in pts]


# A rounded triangle hanging from the bottom of a finger cleft, in (across, down) mm:
# its top edge dips gently under the cleft, its tip points into the palm.
WEB_SHAPE = (
    (-4.4, -0.9),
    (-2.2, 0.3),
    (0.0, 0.8),
    (2.2, 0.3),
    (4.4, -0.9),
    (5.5, 0.2),
    (4.4, 3.4),
    (1.6, 7.4),
    (0.0, 8.2),
    (-1.6, 7.4),
    (-4.4, 3.4),
    (-5.5, 0.2),
)
THUMB_WEB_FOLD = len(THUMB_WEB) + 3  # points of webs()[-1] that follow the silhouette's web curve


def webs(back: bool = False) -> list[list[Point]]:
    """The skin between neighbouring digits: small rounded triangles just under each
    cleft, and a larger one in the deep thumb-index web (the same shapes on both views)."""
    out = [
        local_frame(
            sub(web_bottom(a, b), mul(unit(add(a.dir, b.dir)), 1.6)),
            (a.angle + b.angle) / 2,
            WEB_SHAPE,
        )
        for a, b in pairwise(FINGERS)
    ]
    # the thumb-index web follows the silhouette's web curve, 1.3 mm inside it
    fold = inward(thumb_web_curve(), 1.3)
    assert len(fold) == THUMB_WEB_FOLD
    out.append(
        [
            *fold,
            THUMB.at(THUMB_WEB_S - 2.0, -0.4),
            (41.5, -50.5),
            (36.0, -52.0),
            (31.0, -57.0),
            (28.6, -64.5),
            (29.6, -72.5),
        ]
    )
    return out


def arc_band(s_top: float, s_bottom: float) -> list[Point]:
    """A smooth band across the hand following the arc of the finger bases, from s_top
    to s_bottom mm along the fingers (negative: into the hand)."""

    mid = (s_top + s_bottom) / 2
    # the ends run a little past the hand's sides: the highlight is clipped to the outline
    return [
        *(LITTLE.at(s, -1.1) for s in (mid, s_top)),
        *(f.axis(s_top) for f in FINGERS),
        *(INDEX.at(s, 1.1) for s in (s_top, mid, s_bottom)),
        *(f.axis(s_bottom) for f in reversed(FINGERS)),
        LITTLE.at(s_bottom, -1.1),
    ]


def knuckles_area() -> list[Point]:
    return arc_band(-3.0, -15.0)


def metacarpal(t: float, across: float) -> Point:
    """A point on the thumb's metacarpal: t from its base (0) to the thumb's base crease
    (1), across mm towards the palm (negative: towards the outer edge)."""
    d = unit(sub(THUMB.base, THUMB_CMC))
    return add(lerp(THUMB_CMC, THUMB.base, t), mul((-d[1], -d[0]), across))


def thumb_base_back() -> list[Point]:
    """The back of the first metacarpal, from the wrist to the thumb's knuckle, kept
    1.5 mm inside the radial edge of the hand."""
    edge = inward([THUMB.at(3.0, 1.0), THUMB.at(0.0, 1.0), *THENAR_EDGE], 1.5)
    return [
        *edge,
        (27.0, -2.0),
        metacarpal(0.2, 4.0),
        metacarpal(0.5, 6.0),
        metacarpal(0.8, 7.0),
        THUMB.at(2.0, -0.8),
        THUMB.at(3.0, 0.0),
    ]


def thumb_web_back() -> list[Point]:
    """The thumb-index web seen from the back: the skin fold and the muscle under it,
    down past LI4, between the first and second metacarpals."""
    fold = webs(back=True)[-1][:THUMB_WEB_FOLD]  # along the silhouette's web curve
    return [
        *fold,
        THUMB.at(THUMB_WEB_S - 2.0, -0.4),
        metacarpal(0.85, 8.0),
        metacarpal(0.62, 8.0),
        (29.0, -35.0),
        (25.5, -40.0),
        (24.2, -50.0),
        (25.6, -62.0),
        (28.6, -72.0),
    ]


def outer_edge() -> list[Point]:
    curve = [
        (-28.0, 2.0),
        (-29.8, -10.0),
        (-33.4, -24.0),
        (-35.6, -38.0),
        (-36.0, -50.0),
        (-35.2, -60.0),
        LITTLE.at(-1.0, -1),
        LITTLE.at(6.0, -1),
    ]
    return offset_strip(list(reversed(curve)), 9.0)


def inner_edge() -> list[Point]:
    curve = [
        INDEX.at(2.0, 1),
        *THUMB_WEB,
        THUMB.at(0, 1),
        *THENAR_EDGE,
        (30.2, 2.0),
    ]
    return offset_strip(list(reversed(curve)), -8.5)


PC6 = (0.5, 49.5)  # three of the person's own finger-widths (4.5-5 cm) above the crease
PC7 = (0.5, 2.0)
PC8 = (14.5, -51.5)  # between the 2nd and 3rd metacarpals, on the proximal crease
HT8 = (-20.5, -56.0)  # between the 4th and 5th metacarpals, by the distal crease
SORE_SPOT = (-0.5, -71.5)
SHOULDER = (-18.0, -66.5)
LI4 = (31.5, -45.5)  # palm-view coordinates; drawn on the (mirrored) back view


def zones_palm_and_back() -> tuple[dict[str, object], dict[str, object]]:
    """Zone shapes per view: ("area", [polygons]) / ("point", centre) / ("line", points)."""
    common: dict[str, object] = {}
    parts = {
        "tip": (FINGER_JOINTS[1], 1.0),
        "middle": (FINGER_JOINTS[0], FINGER_JOINTS[1]),
        "base": (0.0, FINGER_JOINTS[0]),
    }
    for f in FINGERS:
        common[f.name] = ("area", [f.outline()], f.axis(0.0), f.axis(f.length))
        for seg, (f0, f1) in parts.items():
            s0, s1 = f.length * f0, f.length * f1
            common[f"{f.name}.{seg}"] = (
                "area",
                [f.segment(s0, s1 if f1 < 1 else f.length)],
                f.axis(s0),
                f.axis(min(s1, f.length - 2)),
            )
    t = THUMB
    tj = t.length * t.joints[0]
    common["thumb"] = ("area", [t.outline()], t.axis(0.0), t.axis(t.length))
    common["thumb.base"] = ("area", [t.segment(0.0, tj)], t.axis(0.0), t.axis(tj))
    common["thumb.tip"] = ("area", [t.segment(tj, t.length)], t.axis(tj), t.axis(t.length - 2))
    common["fingers"] = ("area", [d.outline() for d in DIGITS], None, None)
    common["palm.outer-edge"] = ("area", [outer_edge()], LITTLE.at(0, -0.5), (-30.0, -6.0))
    thumb_line = [
        metacarpal(0.12, 0.0),
        metacarpal(0.55, 0.0),
        t.axis(0.0),
        t.axis(tj),
        t.axis(t.length - 8),
    ]
    common["line.thumb-spine"] = ("line", thumb_line)

    palm = dict(common)
    palm["palm"] = ("area", [palm_area()], (4.0, -60.0), (4.0, -8.0))
    palm["palm.center"] = ("area", [ellipse((5.0, -44.0), 15.0, 13.0, -10.0)], None, None)
    palm["palm.pads"] = ("area", [arc_band(-1.5, -13.0)], None, None)
    palm["palm.thenar"] = ("area", [thenar_area()], (33.0, -26.0), None)
    palm["palm.hypothenar"] = ("area", [hypothenar_area()], (-26.0, -26.0), None)
    palm["palm.heel"] = ("area", [band(-19.0, 0.0)], (2.0, -10.0), None)
    palm["palm.inner-edge"] = ("area", [inner_edge()], (34.0, -66.0), (28.0, -4.0))
    palm["palm.webs"] = ("area", webs(), None, None)
    palm["wrist.inner"] = ("area", [band(-5.0, 13.0)], (0.0, 4.0), None)
    palm["forearm.inner"] = ("area", [band(13.0, 92.0)], (0.0, 45.0), None)
    palm["point.pc6"] = ("point", PC6)
    palm["point.pc7"] = ("point", PC7)
    palm["point.palm-center"] = ("point", PC8)
    palm["point.ht8"] = ("point", HT8)
    palm["point.sore-spot"] = ("point", SORE_SPOT)
    palm["point.shoulder"] = ("point", SHOULDER)
    palm["line.palm-contour"] = (
        "line",
        [
            (29.0, -14.0),
            (15.0, -5.5),
            (-6.0, -5.0),
            (-22.0, -8.5),
            (-29.0, -22.0),
            (-30.8, -42.0),
            (-29.5, -58.0),
            LITTLE.at(3.0, -0.2),
        ],
    )
    palm["line.palm-diagonal"] = (
        "line",
        [(27.0, -18.0), (12.0, -31.0), (-5.0, -46.0), (-19.0, -58.0), LITTLE.at(1.0, 0.0)],
    )
    palm["line.palm-midline"] = (
        "line",
        [MIDDLE.at(-2.0, 0.0), (7.5, -55.0), (5.0, -32.0), (2.5, -6.0)],
    )
    palm["line.palm-inner"] = (
        "line",
        [(35.8, -66.0), (32.5, -55.0), (28.0, -42.0), (24.0, -28.0), (21.5, -15.0), (20.5, -5.0)],
    )
    palm["line.palm-outer"] = (
        "line",
        [(-33.0, -38.0), (-22.0, -40.0), (-10.0, -42.0), (2.0, -43.0)],
    )

    back = dict(common)
    back["back.hand"] = ("area", [palm_area()], (4.0, -60.0), (4.0, -8.0))
    back["back.knuckles"] = ("area", [knuckles_area()], None, None)
    back["back.thumb-base"] = ("area", [thumb_base_back()], (36.0, -28.0), None)
    back["back.thumb-web"] = ("area", [thumb_web_back()], LI4, None)
    back["back.webs"] = ("area", webs(back=True), None, None)
    back["wrist.outer"] = ("area", [band(-5.0, 13.0)], (0.0, 4.0), None)
    back["forearm.outer"] = ("area", [band(13.0, 92.0)], (0.0, 45.0), None)
    back["point.li4"] = ("point", LI4)
    for zid in ("palm.webs", "back.webs", "back.thumb-base", "back.thumb-web"):
        zones = palm if zid in palm else back
        check_inside(zid, zones[zid][1])  # type: ignore[index]
    return palm, back


# ---------------------------------------------------------------- landmarks


def crease_across(d: Digit, s: float, frac: float = 0.62, bow: float = 1.2) -> list[Point]:
    """A short crease across a digit at s, bowed towards the tip."""
    a = d.at(s, -frac)
    b = d.at(s, frac)
    mid = add(d.at(s, 0), mul(d.dir, bow))
    return [a, mid, b]


def palm_landmarks() -> list[tuple[str, list[Point], bool]]:
    """(role, points, closed) for the palm view's details."""
    out: list[tuple[str, list[Point], bool]] = []
    for d in FINGERS:
        out.append(("crease", crease_across(d, 0.6, 0.7, 1.0), False))
        out.append(("crease-faint", crease_across(d, 2.4, 0.55, 1.0), False))
        pip = d.length * d.joints[0]
        dip = d.length * d.joints[1]
        out.append(("crease", crease_across(d, pip, 0.66, 1.3), False))
        out.append(("crease-faint", crease_across(d, pip + 1.8, 0.5, 1.1), False))
        out.append(("crease", crease_across(d, dip, 0.6, 1.2), False))
        # the nail edge peeking beyond the fingertip pad
        out.append(
            (
                "crease-faint",
                [d.at(d.length - 1.6, -0.45), d.at(d.length - 0.9, 0), d.at(d.length - 1.6, 0.45)],
                False,
            )
        )
    t = THUMB
    out.append(("crease", crease_across(t, 0.5, 0.72, 1.4), False))
    out.append(("crease-faint", crease_across(t, 2.4, 0.55, 1.2), False))
    out.append(("crease", crease_across(t, t.length * t.joints[0], 0.68, 1.6), False))
    # the three main palm creases
    out.append(
        (
            "crease-main",
            [
                (-35.6, -55.0),
                (-26.0, -59.5),
                (-12.0, -63.0),
                (2.0, -66.0),
                (13.0, -70.0),
                (19.5, -75.0),
            ],
            False,
        )
    )
    out.append(
        (
            "crease-main",
            [
                (36.4, -65.5),
                (25.0, -58.5),
                (12.0, -53.0),
                (-2.0, -48.5),
                (-15.0, -44.5),
                (-25.0, -41.5),
            ],
            False,
        )
    )
    out.append(("crease-main", thenar_crease(), False))
    # wrist creases
    out.append(("crease", [(-21.0, 1.0), (-8.0, -0.8), (8.0, -0.8), (21.0, 1.0)], False))
    out.append(("crease-faint", [(-17.0, 7.0), (-5.0, 6.0), (7.0, 6.0), (18.0, 7.2)], False))
    # the two central tendons of the inner forearm, very faint
    out.append(("tendon", [(-5.5, 12.0), (-5.0, 40.0), (-4.0, 75.0)], False))
    out.append(("tendon", [(6.5, 12.0), (6.0, 40.0), (5.5, 75.0)], False))
    return out


def nail(d: Digit, w: float = 0.72, shift: float = 0.0) -> list[Point]:
    """Closed outline of a nail on the back of a digit: w is its half width and shift
    its offset across the digit, both as fractions of the digit's half width."""
    tip = d.length
    free = tip - 1.2
    root = tip - 0.58 * (d.length * (1 - d.joints[-1])) - 2.5
    c = shift
    return [
        d.at(root + 1.2, c - w * 0.92),
        d.at((root + free) / 2, c - w),
        d.at(free - 2.5, c - w * 0.96),
        d.at(free - 0.6, c - w * 0.7),
        d.at(free, c),
        d.at(free - 0.6, c + w * 0.7),
        d.at(free - 2.5, c + w * 0.96),
        d.at((root + free) / 2, c + w),
        d.at(root + 1.2, c + w * 0.92),
        d.at(root, c + w * 0.5),
        d.at(root - 0.5, c),
        d.at(root, c - w * 0.5),
    ]


def back_landmarks() -> list[tuple[str, list[Point], bool]]:
    out: list[tuple[str, list[Point], bool]] = []
    # faint tendons from the knuckles towards the middle of the wrist
    for d, wx in zip(FINGERS, (-11.0, -4.0, 3.0, 10.0), strict=True):
        k = d.axis(-10.0)
        out.append(("tendon", [k, lerp(k, (wx, -4.0), 0.5), (wx, -4.0)], False))
    out.append(
        ("tendon", [THUMB.axis(6.0), THUMB.axis(-2.0), metacarpal(0.5, 3.5), (21.0, -2.0)], False)
    )
    for d in FINGERS:
        pip = d.length * d.joints[0]
        dip = d.length * d.joints[1]
        for k, (ds, frac) in enumerate(((-1.4, 0.34), (0.0, 0.45), (1.4, 0.3))):
            out.append(
                (
                    "crease-faint" if k != 1 else "crease",
                    crease_across(d, pip + ds, frac, -0.9),
                    False,
                )
            )
        out.append(("crease", crease_across(d, dip, 0.36, -0.7), False))
        out.append(("crease-faint", crease_across(d, dip + 1.2, 0.24, -0.6), False))
        # the knuckle: a soft arc over the head of the metacarpal
        out.append(
            (
                "knuckle",
                [
                    d.at(-11.5, -0.62),
                    d.at(-9.6, -0.3),
                    d.at(-9.2, 0.0),
                    d.at(-9.6, 0.3),
                    d.at(-11.5, 0.62),
                ],
                False,
            )
        )
    t = THUMB
    tj = t.length * t.joints[0]
    out.append(("crease", crease_across(t, tj, 0.42, -0.9), False))
    out.append(("crease-faint", crease_across(t, tj + 1.5, 0.3, -0.8), False))
    # the bump of the ulna at the outer wrist, and soft wrist lines
    out.append(("crease-faint", [(-26.0, 10.5), (-22.5, 7.5), (-19.0, 9.5)], False))
    out.append(("crease-faint", [(-12.0, 2.0), (0.0, 0.5), (12.0, 2.0)], False))
    for d in FINGERS:
        out.append(("nail", nail(d), True))
    # the thumb is turned towards its outer side: its nail is seen narrower, off-centre
    out.append(("nail", nail(THUMB, 0.58, 0.22), True))
    return out


def soft_shapes(view: str) -> list[tuple[str, Point, float, float, float]]:
    """(role, centre, rx, ry, angle) of soft shading ellipses."""
    if view == "palm":
        shapes = [
            ("soft-light", (34.0, -26.0), 11.5, 19.0, 20.0),
            ("soft-light", (-27.5, -28.0), 7.5, 19.0, 4.0),
            ("soft-dark", (6.0, -40.0), 14.0, 16.0, -10.0),
        ]
        for f in FINGERS:
            shapes.append(("soft-light", f.axis(-6.0), f.width * 0.45, 5.0, f.angle))
            tip = f.axis(f.length - f.length * 0.12)
            shapes.append(("soft-light", tip, f.width * 0.33, f.length * 0.08, f.angle))
        shapes.append(("soft-light", THUMB.axis(THUMB.length * 0.8), 6.5, 8.0, THUMB.angle))
        return shapes
    shapes = [("soft-light", (3.0, -42.0), 21.0, 22.0, 0.0)]
    for f in FINGERS:
        shapes.append(("soft-light", f.axis(-9.0), f.width * 0.32, 3.6, f.angle))
    return shapes


# ---------------------------------------------------------------- SVG output


STYLE = {
    "skin": 'fill="url(#skin)" stroke="none"',
    "outline": 'fill="none" stroke="url(#outline)" stroke-width="3.2" stroke-linejoin="round"',
    "crease": 'fill="none" stroke="#b7896f" stroke-width="2" stroke-linecap="round"',
    "crease-main": 'fill="none" stroke="#a97b62" stroke-width="2.6" stroke-linecap="round"',
    "crease-faint": 'fill="none" stroke="#c9a08a" stroke-width="1.5" stroke-linecap="round"',
    "tendon": 'fill="none" stroke="#d9b49e" stroke-width="3" stroke-linecap="round"',
    "knuckle": 'fill="none" stroke="#c08f76" stroke-width="2.2" stroke-linecap="round"',
    "nail": 'fill="#f4e1d6" stroke="#b88c74" stroke-width="2"',
    "soft-light": 'fill="url(#softlight)"',
    "soft-dark": 'fill="url(#softdark)"',
}


def build_svg(view: str) -> str:
    mirror = view == "back"
    w = Writer(mirror, (X_MIN, X_MAX), Y_MIN, SCALE)
    width = (X_MAX - X_MIN) * SCALE
    height = (Y_MAX - Y_MIN) * SCALE
    fade0 = (FADE_FROM - Y_MIN) * SCALE
    fade1 = (FADE_TO - Y_MIN) * SCALE
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Generated by scripts/make_hand_art.py; edit the script, not this file. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {fmt(width)} {fmt(height)}" '
        f'width="{fmt(width)}" height="{fmt(height)}" data-view="{view}" data-side="right" '
        f'data-fade="{fmt(fade0)} {fmt(fade1)}" data-mm="{fmt(SCALE)}">',
        f"<title>Right hand, {view} view</title>",
        *skin_defs(fade0, fade1),
        '<g id="art">',
    ]
    sil = SIL
    closed_skin = w.smooth(sil, closed=False) + "Z"
    lines.append(f'<path class="skin" {STYLE["skin"]} d="{closed_skin}"/>')
    for role, c, rx, ry, ang in soft_shapes(view):
        cx, cy = w.pt(c).split()
        a = -ang if mirror else ang
        lines.append(
            f'<ellipse class="{role}" {STYLE[role]} cx="{cx}" cy="{cy}" '
            f'rx="{fmt(rx * SCALE)}" ry="{fmt(ry * SCALE)}" '
            f'transform="rotate({fmt(a)} {cx} {cy})"/>'
        )
    marks = palm_landmarks() if view == "palm" else back_landmarks()
    for role, pts, closed in marks:
        lines.append(f'<path class="{role}" {STYLE[role]} d="{w.smooth(pts, closed)}"/>')
    lines.append(f'<path class="outline" {STYLE["outline"]} d="{w.smooth(sil, closed=False)}"/>')
    lines.append("</g>")

    palm, back = zones_palm_and_back()
    zones = palm if view == "palm" else back
    lines.append('<g id="zones" visibility="hidden" fill="none" stroke="#2b7bb9">')
    for zid, spec in zones.items():
        kind = spec[0]  # type: ignore[index]
        if kind == "area":
            _, polys, start, end = spec  # type: ignore[misc]
            d = "".join(w.smooth(p, closed=True) for p in polys)
            extra = ""
            if start is not None:
                extra += f' data-anchor="{w.pt(start)}"'
            if start is not None and end is not None:
                extra += f' data-axis="{w.pt(start)} {w.pt(end)}"'
            lines.append(f'<path id={quoteattr(zid)} class="zone area"{extra} d="{d}"/>')
        elif kind == "point":
            cx, cy = w.pt(spec[1]).split()  # type: ignore[index]
            lines.append(
                f'<circle id={quoteattr(zid)} class="zone point" cx="{cx}" cy="{cy}" '
                f'r="{fmt(2.6 * SCALE)}"/>'
            )
        else:
            lines.append(
                f'<path id={quoteattr(zid)} class="zone line" '
                f'd="{w.smooth(spec[1], closed=False)}"/>'
            )  # type: ignore[index]
    lines.append("</g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "assets" / "hand"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for view in ("palm", "back"):
        path = args.out / f"right-{view}.svg"
        path.write_text(build_svg(view), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
