"""The hand's outline as a clip, only as much of it as a highlight needs (on paper).

A highlight is clipped to the silhouette so it never spills past the hand. On paper
each clip writes the whole outline again (some 170 curves, about a quarter of a
sheet's page content), though a lit zone lies across only some of it. ``local_clip``
keeps every curve that reaches into the rows the painted area spans, exactly as it
is, and takes short cuts (straight lines) above and below, but only where a cut
stays out of those rows and leaves every point in them inside or outside as before:
across the painted rows the clip is the silhouette itself. Rows, not just the area:
a viewer fills a clip a row at a time, and a row's other edges nudge its
antialiasing (pdftoppm changed a few edge pixels when cuts came beside the area).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath


@dataclass(frozen=True)
class _Segment:
    points: tuple[QPointF, ...]  # start, (controls,) end: a line or a cubic

    @property
    def start(self) -> QPointF:
        return self.points[0]

    @property
    def end(self) -> QPointF:
        return self.points[-1]

    def meets(self, area: QRectF) -> bool:
        """Whether the box of its points (a cubic lies within its control points)
        touches ``area``; a straight edge has a box of no width, and still counts."""
        xs = [p.x() for p in self.points]
        ys = [p.y() for p in self.points]
        return not (
            max(xs) < area.left()
            or min(xs) > area.right()
            or max(ys) < area.top()
            or min(ys) > area.bottom()
        )

    def exact_bounds(self) -> QRectF:
        """The box of the curve itself (not of its control points)."""
        path = QPainterPath(self.start)
        self.add_to(path)
        return path.boundingRect()

    def add_to(self, path: QPainterPath) -> None:
        if len(self.points) == 4:
            path.cubicTo(self.points[1], self.points[2], self.points[3])
        else:
            path.lineTo(self.end)


def _segments(outline: QPainterPath) -> list[_Segment] | None:
    """The single closed subpath as segments; None for anything else (left whole)."""
    count = outline.elementCount()
    if count < 2 or outline.elementAt(0).type is not QPainterPath.ElementType.MoveToElement:
        return None
    out: list[_Segment] = []
    first = outline.elementAt(0)
    here = QPointF(first.x, first.y)
    i = 1
    while i < count:
        e = outline.elementAt(i)
        if e.type is QPainterPath.ElementType.LineToElement:
            p = QPointF(e.x, e.y)
            out.append(_Segment((here, p)))
            here, i = p, i + 1
        elif e.type is QPainterPath.ElementType.CurveToElement and i + 2 < count:
            c2, end = outline.elementAt(i + 1), outline.elementAt(i + 2)
            points = (here, QPointF(e.x, e.y), QPointF(c2.x, c2.y), QPointF(end.x, end.y))
            out.append(_Segment(points))
            here, i = points[3], i + 3
        else:
            return None  # a second subpath or something unexpected
    return out


def _crosses(a: QPointF, b: QPointF, rect: QRectF) -> bool:
    """Whether the straight line a-b touches the rectangle (Liang-Barsky)."""
    t0, t1 = 0.0, 1.0
    dx, dy = b.x() - a.x(), b.y() - a.y()
    for p, q in (
        (-dx, a.x() - rect.left()),
        (dx, rect.right() - a.x()),
        (-dy, a.y() - rect.top()),
        (dy, rect.bottom() - a.y()),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def _winds_round(run: list[_Segment], point: QPointF) -> bool:
    """Whether the run closed by its straight cut goes round ``point``."""
    loop = QPainterPath(run[0].start)
    for segment in run:
        segment.add_to(loop)
    loop.closeSubpath()
    loop.setFillRule(Qt.FillRule.WindingFill)
    return loop.contains(point)


def _cut(run: list[_Segment], area: QRectF) -> list[_Segment]:
    """The run, with straight cuts where they change nothing within ``area``."""
    if not run:
        return []
    a, b = run[0].start, run[-1].end
    if not _crosses(a, b, area) and not _winds_round(run, area.center()):
        return [] if a == b else [_Segment((a, b))]
    if len(run) == 1:
        return run
    half = len(run) // 2
    return _cut(run[:half], area) + _cut(run[half:], area)


def _extremes(segments: list[_Segment]) -> set[int]:
    """The segments reaching furthest left, up, right and down."""
    boxes = [segment.exact_bounds() for segment in segments]
    ends = range(len(segments))
    return {
        min(ends, key=lambda i: boxes[i].left()),
        min(ends, key=lambda i: boxes[i].top()),
        max(ends, key=lambda i: boxes[i].right()),
        max(ends, key=lambda i: boxes[i].bottom()),
    }


def local_clip(outline: QPainterPath, painted: QRectF, margin: float) -> QPainterPath:
    """A clip that is ``outline`` across the rows of ``painted`` (and ``margin`` more
    above and below), and as short as it may be elsewhere."""
    segments = _segments(outline)
    if segments is None or painted.isEmpty():
        return outline
    box = outline.boundingRect()
    top, bottom = painted.top() - margin, painted.bottom() + margin
    area = QRectF(box.left() - margin, top, box.width() + 2 * margin, bottom - top)  # rows
    near = [segment.meets(area) for segment in segments]
    if not any(near):
        return outline  # the rows miss the outline: nothing there to keep short
    # The curves at the outline's far ends stay too, so the clip spans the same box:
    # viewers lay a hatch's tiles from the clip's box (pdftoppm shifted them otherwise).
    for extreme in _extremes(segments):
        near[extreme] = True
    kept: list[_Segment] = []
    run: list[_Segment] = []
    for segment, close in zip(segments, near, strict=True):
        if close:
            kept.extend(_cut(run, area))
            run = []
            kept.append(segment)
        else:
            run.append(segment)
    kept.extend(_cut(run, area))
    clip = QPainterPath(segments[0].start)
    for segment in kept:
        segment.add_to(clip)
    clip.closeSubpath()
    clip.setFillRule(outline.fillRule())
    return clip
