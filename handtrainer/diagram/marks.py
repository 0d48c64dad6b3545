"""One mark per technique: what the diagram draws to show how to move.

``build_mark`` turns a scene's technique, zones, path and rotation into a
``Mark``: still primitives (drawn on screen and paper alike) and a function giving
the moving primitives at a phase of the beat (screen only). Geometry comes from
the map's zone shapes, so nothing here depends on the map being a hand, except
the curling digits of a clench, which are looked up by zone id and simply absent
on a map without them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF

from handtrainer.core.model import Rotation, Technique
from handtrainer.core.zones import ZoneKind
from handtrainer.diagram.art import ArtView, ZoneShape
from handtrainer.diagram.primitives import (
    Dot,
    Ghost,
    Line,
    Primitive,
    Ring,
    bounds,
    point_along,
    sample_curve,
    smooth,
)

# The digits that curl in a clench, from the little-finger side (zone ids of the map).
CURLING = ("little", "ring", "middle", "index")


@dataclass
class Mark:
    """A technique's mark: its kind (for tests and descriptions), the still primitives,
    and the moving ones at a phase 0..1 of the beat."""

    kind: str
    still: list[Primitive]
    moving: Callable[[float], list[Primitive]] = lambda _t: []
    curl: Callable[[float], float] | None = None  # clench: how far the fingers curl
    still_curl: float = 0.0
    base: list[Primitive] | None = None  # what stays still under the motion (default: still)
    _bounds: dict[float, QRectF] = field(default_factory=dict)

    def moving_bounds(self, width: float) -> QRectF:
        """Where the moving primitives can be, over a whole beat (art units)."""
        key = round(width, 1)
        if key not in self._bounds:
            rect = QRectF()
            for k in range(16):
                rect = rect.united(bounds(self.moving(k / 16), width))
            self._bounds[key] = rect
        return self._bounds[key]

    def under_motion(self) -> list[Primitive]:
        """The still primitives drawn beneath the moving ones while animating."""
        return self.still if self.base is None else self.base

    def lines(self) -> list[Line]:
        """Every line of the mark, still and moving, for checks of the arrowheads."""
        prims = [*self.still, *self.moving(0.3)]
        return [p for p in prims if isinstance(p, Line)]


def _pt(x: float, y: float) -> QPointF:
    return QPointF(x, y)


def _unit(v: QPointF) -> QPointF:
    n = math.hypot(v.x(), v.y()) or 1.0
    return QPointF(v.x() / n, v.y() / n)


def _perp(v: QPointF) -> QPointF:
    return QPointF(-v.y(), v.x())


def _angle_of(v: QPointF) -> float:
    """Ghost angle (degrees) for a body lying along direction v from the tip."""
    return math.degrees(math.atan2(-v.x(), v.y()))


class _Geometry:
    """Where a mark goes, from the zones it is about."""

    def __init__(self, art: ArtView, zones: tuple[str, ...], path: tuple[str, ...]) -> None:
        self.art = art
        self.mm = art.mm
        self.shapes = [art.zones[z] for z in zones if z in art.zones]
        self.path_shapes = [art.zones[z] for z in path if z in art.zones]
        candidates = self.shapes or self.path_shapes
        first = candidates[0] if candidates else None
        self.first: ZoneShape | None = first
        # the zone that gives a direction: the first with an axis (a finger), else the first
        with_axis = [z for z in (*self.shapes, *self.path_shapes) if z.axis is not None]
        self.along: ZoneShape | None = with_axis[0] if with_axis else first
        self.route = _route(art, path)  # a motion path through the path zones, or []

    def focus(self) -> QPointF:
        shape = self.first
        if shape is None:  # no zone named: the middle of the hand (its palm)
            box = self.art.silhouette.boundingRect()
            return QPointF(box.center().x(), box.top() + box.height() * 0.42)
        if shape.kind is ZoneKind.LINE:
            return shape.line_points[len(shape.line_points) // 2]
        if shape.axis is not None and shape.kind is ZoneKind.AREA:
            a, b = shape.axis  # a finger's anchor is its base: work on its middle
            return (a + b) / 2.0
        return QPointF(shape.anchor)

    def size(self) -> float:
        """A radius that suits the zone: small on a point or a fingertip, larger on the palm."""
        shape = self.first
        mm = self.mm
        if shape is None or shape.kind is not ZoneKind.AREA:
            return 9.0 * mm
        box = shape.path.boundingRect()
        return max(7.0 * mm, min(14.0 * mm, 0.32 * min(box.width(), box.height())))

    def axis(self) -> tuple[QPointF, QPointF]:
        """The zone's natural direction (base to tip on a finger), or straight up."""
        shape = self.along
        if shape is not None and shape.axis is not None:
            return shape.axis
        if shape is not None and shape.kind is ZoneKind.LINE:
            return shape.line_points[0], shape.line_points[-1]
        c = self.focus()
        h = self.size()
        return QPointF(c.x(), c.y() + h), QPointF(c.x(), c.y() - h)

    def across(self) -> float:
        """Half the width of the zone across its axis (a finger's half width)."""
        shape = self.along
        if shape is None or shape.kind is not ZoneKind.AREA:
            return 5.0 * self.mm
        a, b = self.axis()
        d = _unit(b - a)
        n = _perp(d)
        c = (a + b) / 2.0 if shape.axis is not None else self.focus()
        box = shape.path
        r = 0.0
        step = self.mm * 0.5
        while r < 40 * self.mm and box.contains(c + n * r):
            r += step
        return max(5.0 * self.mm, r)

    def outward(self, at: QPointF) -> QPointF:
        """The direction from the middle of the map towards ``at``'s nearest outside,
        used to bring the working thumb in from off the hand."""
        centre = self.art.silhouette.boundingRect().center()
        d = _unit(at - centre)
        return _unit(QPointF(d.x() * 0.6 + 0.45, 1.0))  # mostly from below, the wrist side


def _route(art: ArtView, path: tuple[str, ...]) -> list[QPointF]:
    """The points of the motion path, smoothed and evenly sampled."""
    from handtrainer.diagram.overlay import motion_points

    pts = motion_points(art, path)
    if len(pts) < 2:
        return []
    return list(sample_curve(smooth(pts), 64))


def _arc(
    c: QPointF, rx: float, ry: float, start: float, sweep: float, n: int = 40
) -> tuple[QPointF, ...]:
    """Points of an elliptical arc (degrees; positive sweep turns clockwise on screen)."""
    out = []
    for k in range(n + 1):
        a = math.radians(start + sweep * k / n)
        out.append(QPointF(c.x() + rx * math.cos(a), c.y() + ry * math.sin(a)))
    return tuple(out)


def _segment(a: QPointF, b: QPointF, n: int = 12) -> tuple[QPointF, ...]:
    return tuple(a + (b - a) * (k / n) for k in range(n + 1))


def _thumb(g: _Geometry, tip: QPointF, partner: bool, strength: float = 1.0) -> list[Primitive]:
    """The working thumb (or, for a partner, both of the giver's thumbs) at ``tip``."""
    w = 17.0 * g.mm
    if partner:
        off = 9.5 * g.mm
        return [
            Ghost(tip + QPointF(-off, 0), 22.0, w, True, strength),
            Ghost(tip + QPointF(off, 0), -22.0, w, True, strength),
        ]
    return [Ghost(tip, _angle_of(g.outward(tip)), w, True, strength)]


def _pinch(g: _Geometry, at: QPointF, d: QPointF, gap: float) -> list[Primitive]:
    """A thumb and a fingertip either side of a digit, gripping it."""
    n = _perp(d)
    w = 14.0 * g.mm
    return [
        Ghost(at + n * gap, _angle_of(n), w, True, 0.9),
        Ghost(at - n * gap, _angle_of(-n), w * 0.85, False, 0.9),
    ]


# ------------------------------------------------------------------ the marks


def _stroke(g: _Geometry, partner: bool) -> Mark:
    route = g.route
    if not route:
        a, b = g.axis()
        route = list(_segment(a + (b - a) * 0.1, a + (b - a) * 0.9, 24))
    line = Line(tuple(route))

    def moving(t: float) -> list[Primitive]:
        p, _d = point_along(route, 0.04 + 0.92 * t)
        return [*_thumb(g, p, partner, 0.5 + 0.5 * math.sin(math.pi * t)), Dot(p, 2.2 * g.mm)]

    return Mark("path-arrow", [line, *_thumb(g, route[0], partner, 0.7)], moving, base=[line])


def _rub(g: _Geometry, partner: bool) -> Mark:
    """A short back-and-forth arrow with small friction ticks across it."""
    c = g.focus()
    a, b = g.axis()
    if g.route:
        a, b = g.route[0], g.route[-1]
    d = _unit(b - a)
    half = min(g.size() * 1.8, QLineF(a, b).length() / 2 or g.size())
    start, end = c - d * half, c + d * half
    line = Line(_segment(start, end), head_end=True, head_start=True)
    n = _perp(d)
    ticks: list[Primitive] = []
    for k in (-0.45, 0.0, 0.45):
        m = c + d * (half * k)
        ticks.append(Line(_segment(m - n * 4.0 * g.mm, m + n * 4.0 * g.mm, 2), False, weight=0.55))

    def moving(t: float) -> list[Primitive]:
        s = 0.5 - 0.5 * math.cos(2 * math.pi * t)  # there and back once a beat
        p = start + (end - start) * (0.15 + 0.7 * s)
        return [Dot(p, 2.4 * g.mm)]

    return Mark("back-and-forth", [line, *ticks], moving)


def _rotation(g: _Geometry, rotation: Rotation | None, mirrored: bool, partner: bool) -> Mark:
    """A ring with an arrowhead that turns the way the step says (as seen on screen)."""
    sense = -1.0 if rotation is Rotation.ANTICLOCKWISE else 1.0
    if mirrored:
        sense = -sense  # drawn into a mirrored hand: keep the turn as the viewer sees it
    r = g.size()
    rings: list[tuple[QPointF, float, float]] = []
    if g.route:
        for t in (0.15, 0.5, 0.85):
            p, _d = point_along(g.route, t)
            rings.append((p, max(r * 0.55, 8.0 * g.mm), sense))
    elif rotation is Rotation.BOTH:
        c = g.focus()
        off = r * 1.05
        rings = [(c + QPointF(-off, 0), r * 0.9, sense), (c + QPointF(off, 0), r * 0.9, -sense)]
    else:
        rings = [(g.focus(), r, sense)]
    still: list[Primitive] = []
    if g.route:
        still.append(Line(tuple(g.route), dashed=True, weight=0.7, strength=0.8))
    for c, radius, s in rings:
        still.append(Line(_arc(c, radius, radius, -60.0, 300.0 * s), weight=0.85))

    def moving(t: float) -> list[Primitive]:
        if rotation is Rotation.BOTH and len(rings) == 2:
            c, radius, s = rings[0] if t < 0.5 else rings[1]
            t = (t * 2) % 1.0
        elif g.route:
            c, radius, s = rings[min(2, int(t * 3))]
            t = (t * 3) % 1.0
        else:
            c, radius, s = rings[0]
        a = math.radians(-60.0 + 360.0 * t * s)
        p = QPointF(c.x() + radius * math.cos(a), c.y() + radius * math.sin(a))
        return [*_thumb(g, p, partner, 0.85), Dot(p, 2.2 * g.mm)]

    kind = "rotation-both" if rotation is Rotation.BOTH else "rotation"
    return Mark(kind, still, moving)


def _rings(g: _Geometry, hold: bool, partner: bool) -> Mark:
    """Press: rings with inward ticks; hold: two steady rings. Both pulse with the count."""
    c = g.focus()
    r = g.size() * 0.9
    still: list[Primitive] = [Ring(c, r * 0.6, 0.9), Ring(c, r, 0.9, dashed=hold)]
    if not hold:
        for k in range(4):
            a = math.radians(45 + 90 * k)
            u = QPointF(math.cos(a), math.sin(a))
            still.append(Line((c + u * (r * 1.75), c + u * (r * 1.12)), weight=0.75))
    if not hold or partner:
        still += _thumb(g, c, partner, 0.55)

    def moving(t: float) -> list[Primitive]:
        if hold:  # a slow breath: the ring swells a little and glows
            s = 0.5 - 0.5 * math.cos(2 * math.pi * t)
            return [Ring(c, r * (1.05 + 0.25 * s), 1.2, 0.25 + 0.6 * s)]
        s = t  # each count: a ring closes in on the point, as the pressure sinks in
        return [Ring(c, r * (1.9 - 1.4 * s), 1.3, 0.2 + 0.8 * s)]

    return Mark("rings-hold" if hold else "rings-press", still, moving)


def _opposed(g: _Geometry, outward: bool) -> Mark:
    """Squeeze: two arrowheads pointing at each other across the zone; stretch: apart."""
    a, b = g.axis()
    c = g.focus()
    if g.route:
        c = g.route[0]
    d = _unit(b - a)
    n = _perp(d) if not outward else d
    gap = g.across() * (1.05 if not outward else 0.4)
    reach = max(g.size() * 1.2, 13.0 * g.mm)

    def pair(shift: float) -> list[Primitive]:
        lines: list[Primitive] = []
        for sign in (1.0, -1.0):
            inner = c + n * (sign * (gap + shift))
            outer = c + n * (sign * (gap + shift + reach))
            lines.append(Line(_segment(inner, outer) if outward else _segment(outer, inner)))
        return lines

    guide: list[Primitive] = []
    if g.route and not outward:
        guide.append(Line(tuple(g.route), dashed=True, weight=0.7, strength=0.8))
    still = [*guide, *pair(0.0)]

    def moving(t: float) -> list[Primitive]:
        s = 0.5 - 0.5 * math.cos(2 * math.pi * t)
        shift = (-0.3 if not outward else 0.3) * reach * s
        ghosts = _pinch(g, c, d, gap + shift + reach * 0.25) if not outward else []
        return [*ghosts, *pair(shift)]

    kind = "stretch-apart" if outward else "opposed"
    return Mark(kind, still, moving, base=guide)


def _loops(g: _Geometry, partner: bool) -> Mark:
    """Knead: small overlapping loops along the path (or across the zone)."""
    route = g.route
    if not route:
        a, b = g.axis()
        c = g.focus()
        d = _unit(b - a)
        n = _perp(d)
        half = g.size() * 1.1
        route = list(_segment(c - n * half, c + n * half, 24))
    total = sum(QLineF(p, q).length() for p, q in itertools.pairwise(route))
    rho = max(2.8 * g.mm, min(6.0 * g.mm, total / 10))
    turns = max(3, round(total / (rho * 1.6)))
    pts = []
    steps = turns * 16
    for k in range(steps + 1):
        t = k / steps
        p, d = point_along(route, t)
        n = _perp(d)
        angle = 2 * math.pi * turns * t
        pts.append(p + d * (-rho * math.sin(angle)) + n * (rho * (1 - math.cos(angle)) - rho))
    end, d_end = point_along(route, 1.0)
    loops = tuple(pts)
    # the loops end with a short straight run, so the head shows which way the work goes
    tail = (*loops, *(end + d_end * (k * 3.0 * g.mm) for k in range(1, 5)))

    def moving(t: float) -> list[Primitive]:
        p, _d = point_along(loops, t)
        return [*_thumb(g, p, partner, 0.8), Dot(p, 2.0 * g.mm)]

    return Mark("loops", [Line(tail, weight=0.8)], moving)


def _roll(g: _Geometry) -> Mark:
    """Roll: flat to-and-fro arcs across the digit, at two places along it."""
    a, b = g.axis()
    if g.route:
        a, b = g.route[0], g.route[-1]
    d = _unit(b - a)
    w = g.across() * 1.45
    up = _angle_deg(d)
    spots = [a + (b - a) * 0.3, a + (b - a) * 0.72]
    arcs = [_rot_arc(c, w, w * 0.22, up, 15.0, 150.0) for c in spots]
    still: list[Primitive] = [
        Line(arc, head_end=True, head_start=True, weight=0.85) for arc in arcs
    ]
    still.append(Line(_segment(spots[0], spots[1]), dashed=True, weight=0.6, strength=0.7))

    def moving(t: float) -> list[Primitive]:
        s = 0.5 - 0.5 * math.cos(2 * math.pi * t)
        c = spots[0] + (spots[1] - spots[0]) * t
        p, _ = point_along(_rot_arc(c, w, w * 0.22, up, 15.0, 150.0), 0.1 + 0.8 * s)
        return [*_pinch(g, c, d, g.across() * 1.05), Dot(p, 2.0 * g.mm)]

    return Mark("roll", still, moving)


def _angle_deg(d: QPointF) -> float:
    return math.degrees(math.atan2(d.y(), d.x()))


def _rot_arc(
    c: QPointF, rx: float, ry: float, frame: float, start: float, sweep: float
) -> tuple[QPointF, ...]:
    """An elliptical arc in a frame turned so that its y axis runs along ``frame`` degrees."""
    out = []
    rad = math.radians(frame + 90.0)
    cos, sin = math.cos(rad), math.sin(rad)
    for k in range(41):
        a = math.radians(start + sweep * k / 40)
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append(QPointF(c.x() + x * cos - y * sin, c.y() + x * sin + y * cos))
    return tuple(out)


def _twist(g: _Geometry, rotation: Rotation | None, mirrored: bool) -> Mark:
    """Twist: a flat ring around the digit's axis, its back half dashed behind the digit."""
    a, b = g.axis()
    c = g.focus()
    if g.route:
        c = g.route[len(g.route) // 3]
    d = _unit(b - a)
    w = g.across() * 1.7
    frame = _angle_deg(d)
    sense = -1.0 if rotation is Rotation.ANTICLOCKWISE else 1.0
    if mirrored:
        sense = -sense
    front = _rot_arc(c, w, w * 0.5, frame, 12.0, 156.0)
    back = _rot_arc(c, w, w * 0.5, frame, 192.0, 156.0)
    both = rotation is Rotation.BOTH or rotation is None  # "from side to side" by default
    if sense < 0:
        front = tuple(reversed(front))
    still: list[Primitive] = [
        Line(back, head_end=False, dashed=True, weight=0.7, strength=0.7),
        Line(front, head_end=True, head_start=both),
    ]

    def moving(t: float) -> list[Primitive]:
        s = 0.5 - 0.5 * math.cos(2 * math.pi * t) if both else t
        p, _ = point_along(front, 0.1 + 0.8 * s)
        return [*_pinch(g, c, d, g.across() * 1.05), Dot(p, 2.0 * g.mm)]

    return Mark("twist", still, moving)


def _pull(g: _Geometry) -> Mark:
    """Pull: an arrow along the digit that runs out past its tip."""
    if g.route:
        a, b = g.route[0], g.route[-1]
    else:
        a, b = g.axis()
    d = _unit(b - a)
    length = QLineF(a, b).length()
    start = a + d * (length * 0.35)
    end = b + d * (12.0 * g.mm)
    line = Line(_segment(start, end), weight=1.1)
    grip = [Line(_segment(start - _perp(d) * g.across(), start + _perp(d) * g.across(), 2), False)]

    def moving(t: float) -> list[Primitive]:
        p = start + (end - start) * (0.2 + 0.6 * t)
        return [*_pinch(g, p, d, g.across() * 1.05), Dot(p, 2.0 * g.mm, 1.0 - 0.6 * t)]

    return Mark("pull", [line, *grip], moving)


def _taps(g: _Geometry) -> Mark:
    """Tap: three small targets with short strike lines, touched one after another."""
    c = g.focus()
    r = g.size() * 0.75
    spots = [c + QPointF(r * math.cos(a), r * math.sin(a)) for a in (-2.3, -0.4, 1.35)]
    still: list[Primitive] = []
    for p in spots:
        still.append(Dot(p, 2.4 * g.mm))
        for a in (-2.4, -1.57, -0.74):
            u = QPointF(math.cos(a), math.sin(a))
            still.append(Line((p + u * (4.2 * g.mm), p + u * (7.8 * g.mm)), False, weight=0.55))

    def moving(t: float) -> list[Primitive]:
        k = min(2, int(t * 3))
        f = (t * 3) % 1.0
        p = spots[k]
        lift = 9.0 * g.mm * (1 - math.sin(math.pi * f))  # the fingertip comes down and up
        tip = p + QPointF(0, -lift * 0.3)
        return [
            Ghost(tip, 18.0, 12.0 * g.mm, False, 0.8),
            Ring(p, 3.0 * g.mm * (1 + f), 0.8, 1 - f),
        ]

    return Mark("taps", still, moving)


def _wiggle(g: _Geometry) -> Mark:
    """Shake: a wavy double arrow across the hand and motion lines at its sides."""
    box = g.art.silhouette.boundingRect()
    shape = g.first
    c = shape.path.boundingRect().center() if shape and shape.kind is ZoneKind.AREA else g.focus()
    width = box.width() * 0.5
    amp = 3.5 * g.mm

    def wave(phase: float) -> tuple[QPointF, ...]:
        pts = []
        for k in range(49):
            t = k / 48
            x = c.x() - width / 2 + width * t
            pts.append(QPointF(x, c.y() + amp * math.sin(2 * math.pi * (3 * t + phase))))
        return tuple(pts)

    side: list[Primitive] = []
    for sign in (-1.0, 1.0):
        for k, r in enumerate((10.0, 15.0)):
            x = c.x() + sign * (width / 2 + (8 + 5 * k) * g.mm)
            side.append(
                Line(
                    _arc(
                        QPointF(x - sign * r * g.mm, c.y()),
                        r * g.mm,
                        r * g.mm,
                        -25 if sign > 0 else 155,
                        50,
                        10,
                    ),
                    False,
                    weight=0.55,
                )
            )
    still: list[Primitive] = [Line(wave(0.0), head_end=True, head_start=True), *side]

    def moving(t: float) -> list[Primitive]:
        s = math.sin(2 * math.pi * t * 2)  # twice a beat: a quick, loose shake
        shift = QPointF(s * 3.0 * g.mm, 0)
        return [Line(tuple(p + shift for p in wave(t)), False, weight=0.6, strength=0.5)]

    return Mark("wiggle", still, moving)


def _curl(g: _Geometry) -> Mark:
    """Clench: the fingers curl into a fist and open again (the art itself bends)."""
    art = g.art
    still: list[Primitive] = []
    digit = art.zones.get(CURLING[-1])  # beside the first finger, above the thumb
    if digit is not None and digit.axis is not None:
        base, tip = digit.axis
        d = _unit(tip - base)
        n = _perp(d)
        length = QLineF(base, tip).length()
        centre = art.silhouette.boundingRect().center()
        side = 1.0 if (base + n - centre).x() ** 2 > (base - n - centre).x() ** 2 else -1.0
        c = base + d * (length * 0.55) + n * (side * 15.0 * g.mm)
        frame = _angle_deg(d)
        arc = _rot_arc(c, length * 0.4, 8.0 * g.mm, frame - 90, -70, 160)
        still.append(Line(arc, head_end=True, head_start=True, weight=0.8))

    def curl(t: float) -> float:
        return 0.5 - 0.5 * math.cos(2 * math.pi * t)  # close, then open, once a beat

    return Mark("curl", still, lambda _t: [], curl, still_curl=1.0)


def build_mark(
    art: ArtView,
    technique: Technique | None,
    zones: tuple[str, ...],
    path: tuple[str, ...],
    rotation: Rotation | None = None,
    *,
    mirrored: bool = False,
    partner: bool = False,
) -> Mark | None:
    """The mark for a technique on these zones; None when there is nothing to show."""
    if technique is Technique.HOLD and not zones and not path:
        return None  # a pause or a posture (settling in): no hand work to show
    g = _Geometry(art, zones, path)
    if technique is None:
        return _stroke(g, partner) if g.route else None
    t = Technique
    if technique is t.STROKE:
        return _stroke(g, partner)
    if technique is t.RUB:
        return _rub(g, partner)
    if technique is t.CIRCLE:
        return _rotation(g, rotation, mirrored, partner)
    if technique in (t.PRESS, t.HOLD):
        return _rings(g, technique is t.HOLD, partner)
    if technique in (t.SQUEEZE, t.STRETCH):
        return _opposed(g, technique is t.STRETCH)
    if technique is t.KNEAD:
        return _loops(g, partner)
    if technique is t.ROLL:
        return _roll(g)
    if technique is t.TWIST:
        return _twist(g, rotation, mirrored)
    if technique is t.PULL:
        return _pull(g)
    if technique is t.TAP:
        return _taps(g)
    if technique is t.SHAKE:
        return _wiggle(g)
    return _curl(g)
