"""The hand's outline as a clip, only as much of it as a highlight needs (on paper).

A highlight is clipped to the silhouette so it never spills past the hand. On paper
each clip writes the whole outline again (some 170 curves, about a quarter of a
sheet's page content), though a lit zone lies across only some of it. ``local_clip``
keeps every curve that reaches into the rows the painted area spans, exactly as it
is, and joins the ends of each stretch above or below those rows with a straight
line. Such a stretch and its line lie wholly on one side of the rows, so no point
in them changes from inside to outside: across the painted rows the clip is the
silhouette itself. Rows, not just the area: a viewer fills a clip a row at a time,
and a row's other edges nudge its antialiasing (pdftoppm changed a few edge pixels
when short cuts came beside the area).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath


@dataclass(frozen=True)
class _Segment:
    points: tuple[QPointF, ...]  # start, (controls,) end: a line or a cubic
    top: float  # the box of its points, up and down (a cubic lies within its controls)
    bottom: float

    def add_to(self, path: QPainterPath) -> None:
        if len(self.points) == 4:
            path.cubicTo(self.points[1], self.points[2], self.points[3])
        else:
            path.lineTo(self.points[-1])


@dataclass(frozen=True)
class _Outline:
    """One closed outline taken apart once: its segments and those at its far ends."""

    start: QPointF
    segments: tuple[_Segment, ...]
    extremes: frozenset[int]  # reaching furthest left, up, right and down


def _segment(points: tuple[QPointF, ...]) -> _Segment:
    ys = [p.y() for p in points]
    return _Segment(points, min(ys), max(ys))


def _outline(path: QPainterPath) -> _Outline | None:
    """The single closed subpath taken apart; None for anything else (left whole)."""
    count = path.elementCount()
    if count < 2 or path.elementAt(0).type is not QPainterPath.ElementType.MoveToElement:
        return None
    segments: list[_Segment] = []
    first = path.elementAt(0)
    start = here = QPointF(first.x, first.y)
    i = 1
    while i < count:
        e = path.elementAt(i)
        if e.type is QPainterPath.ElementType.LineToElement:
            p = QPointF(e.x, e.y)
            segments.append(_segment((here, p)))
            here, i = p, i + 1
        elif e.type is QPainterPath.ElementType.CurveToElement and i + 2 < count:
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            points = (here, QPointF(e.x, e.y), QPointF(c2.x, c2.y), QPointF(end.x, end.y))
            segments.append(_segment(points))
            here, i = points[3], i + 3
        else:
            return None  # a second subpath or something unexpected
    boxes = []
    for segment in segments:
        alone = QPainterPath(segment.points[0])
        segment.add_to(alone)
        boxes.append(alone.boundingRect())  # the curve's own box, not its controls'
    ends = range(len(segments))
    extremes = frozenset(
        {
            min(ends, key=lambda k: boxes[k].left()),
            min(ends, key=lambda k: boxes[k].top()),
            max(ends, key=lambda k: boxes[k].right()),
            max(ends, key=lambda k: boxes[k].bottom()),
        }
    )
    return _Outline(start, tuple(segments), extremes)


_OUTLINES: dict[int, tuple[QPainterPath, _Outline | None]] = {}


def _taken_apart(path: QPainterPath) -> _Outline | None:
    known = _OUTLINES.get(id(path))
    if known is None or known[0] is not path:
        if len(_OUTLINES) > 16:
            _OUTLINES.clear()
        known = _OUTLINES[id(path)] = (path, _outline(path))
    return known[1]


def local_clip(outline: QPainterPath, painted: QRectF, margin: float) -> QPainterPath:
    """A clip that is ``outline`` across the rows of ``painted`` (and ``margin`` more
    above and below), and as short as it may be elsewhere."""
    parts = _taken_apart(outline)
    if parts is None or painted.isEmpty():
        return outline
    top, bottom = painted.top() - margin, painted.bottom() + margin
    clip = QPainterPath(parts.start)
    here = parts.start
    cut = False  # a stretch outside the rows is being passed over
    for k, segment in enumerate(parts.segments):
        # The curves at the far ends stay too, so the clip spans the same box:
        # viewers lay a hatch's tiles from the clip's box (pdftoppm shifted them).
        outside = segment.bottom < top or segment.top > bottom
        if outside and k not in parts.extremes:
            here, cut = segment.points[-1], True
            continue
        if cut:
            clip.lineTo(here)
            cut = False
        segment.add_to(clip)
        here = segment.points[-1]
    if cut:
        clip.lineTo(here)
    clip.closeSubpath()
    clip.setFillRule(outline.fillRule())
    return clip
