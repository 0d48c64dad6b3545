"""Technique marks: every bundled step shows its own, arrowheads follow their lines,
highlights stay inside the hand, labels keep clear of each other."""

from __future__ import annotations

import itertools
import math

import pytest
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QApplication

from handtrainer.core.library import load_library
from handtrainer.core.model import MAP_VIEWS, Audience, BodyMap, Rotation, Side, Technique, View
from handtrainer.core.zones import ZONES, ZoneKind
from handtrainer.diagram.primitives import Line, arrow_parts
from handtrainer.diagram.renderer import DiagramColors, DiagramScene, HandDiagramRenderer

# The mark each technique must show: no two of rub, clench and shake alike.
EXPECTED = {
    Technique.STROKE: {"path-arrow"},
    Technique.RUB: {"back-and-forth"},
    Technique.KNEAD: {"loops"},
    Technique.PRESS: {"rings-press"},
    Technique.HOLD: {"rings-hold"},
    Technique.CIRCLE: {"rotation", "rotation-both"},
    Technique.SQUEEZE: {"opposed"},
    Technique.STRETCH: {"stretch-apart"},
    Technique.ROLL: {"roll"},
    Technique.TWIST: {"twist"},
    Technique.PULL: {"pull"},
    Technique.TAP: {"taps"},
    Technique.SHAKE: {"wiggle"},
    Technique.CLENCH: {"curl"},
}


@pytest.fixture(scope="module")
def renderer() -> HandDiagramRenderer:
    return HandDiagramRenderer()


def bundled_steps() -> list[tuple[str, int, object, bool]]:
    library = load_library([])
    out = []
    for routine in library.routines:
        for i, step in enumerate(routine.steps):
            out.append((routine.id, i, step, routine.audience is Audience.PARTNER))
    return out


def test_every_technique_has_its_own_mark() -> None:
    kinds = [k for group in EXPECTED.values() for k in group]
    assert len(kinds) == len(set(kinds))
    assert set(EXPECTED) == set(Technique)


def _render(renderer: HandDiagramRenderer, scene: DiagramScene) -> QImage:
    image = QImage(150, 260, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    renderer.paint(painter, QRectF(0, 0, 150, 260), scene, DiagramColors.light())
    painter.end()
    return image


def test_every_bundled_step_shows_the_mark_of_its_technique(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    steps = bundled_steps()
    assert len(steps) > 100
    for routine_id, index, step, partner in steps:
        where = f"{routine_id} step {index + 1}"
        if step.technique is Technique.HOLD and not step.zones and not step.path:  # type: ignore[attr-defined]
            # a pause or a posture (settling in, sitting back): nothing on the hand
            scene = DiagramScene.for_step(step, Side.RIGHT, partner=partner)  # type: ignore[arg-type]
            assert renderer.mark(scene) is None, where
            continue
        for side in (Side.RIGHT, Side.LEFT):
            scene = DiagramScene.for_step(step, side, partner=partner)  # type: ignore[arg-type]
            mark = renderer.mark(scene, mirrored=side is Side.LEFT)
            assert mark is not None, where
            assert mark.kind in EXPECTED[step.technique], (where, mark.kind)  # type: ignore[attr-defined]
            assert mark.still or mark.curl is not None, where
        # and it is really drawn: the picture differs from the same step without a technique
        plain = _render(renderer, DiagramScene.for_step(step, Side.RIGHT, partner=partner))  # type: ignore[arg-type]
        bare = DiagramScene(
            view=step.view,  # type: ignore[attr-defined]
            zones=step.zones,  # type: ignore[attr-defined]
        )
        assert _render(renderer, bare) != plain, where


def _angle(v: QPointF) -> float:
    return math.atan2(v.y(), v.x())


def _turn(a: float, b: float) -> float:
    d = abs(a - b) % (2 * math.pi)
    return math.degrees(min(d, 2 * math.pi - d))


def _check_heads(line: Line, width: float, where: str) -> int:
    parts = arrow_parts(line, width)
    checked = 0
    for base, tip, _poly in parts.heads:
        at_end = tip == line.points[-1]
        pts = line.points if at_end else tuple(reversed(line.points))
        last = pts[-1] - pts[-2]
        assert _turn(_angle(tip - base), _angle(last)) < 30.0, where
        # the shaft stops under the head, in line with it
        shaft = parts.shaft if at_end else tuple(reversed(parts.shaft))
        run = shaft[-1] - shaft[-2]
        assert _turn(_angle(tip - base), _angle(run)) < 40.0, where
        checked += 1
    return checked


def test_every_arrowhead_follows_the_end_of_its_line(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    checked = 0
    for routine_id, index, step, partner in bundled_steps():
        for side in (Side.RIGHT, Side.LEFT):
            scene = DiagramScene.for_step(step, side, partner=partner)  # type: ignore[arg-type]
            mark = renderer.mark(scene, mirrored=side is Side.LEFT)
            if mark is None:  # a pause (settling in): nothing drawn, no arrowhead
                assert step.technique is Technique.HOLD and not step.zones  # type: ignore[attr-defined]
                continue
            for line in mark.lines():
                checked += _check_heads(line, 8.0, f"{routine_id} step {index + 1}")
    assert checked > 100


def test_back_of_hand_thumb_stroke_points_up_the_thumb(renderer: HandDiagramRenderer) -> None:
    scene = DiagramScene(
        view=View.BACK,
        zones=("back.thumb-base",),
        path=("line.thumb-spine",),
        technique=Technique.STROKE,
    )
    mark = renderer.mark(scene)
    assert mark is not None
    (line,) = [p for p in mark.still if isinstance(p, Line)]
    ((base, tip, _),) = arrow_parts(line, 8.0).heads
    assert tip.y() < base.y()  # towards the thumb's tip, up the page
    assert _check_heads(line, 8.0, "thumb stroke") == 1


@pytest.mark.parametrize("rotation", [Rotation.CLOCKWISE, Rotation.ANTICLOCKWISE])
def test_rotation_turns_the_same_way_on_either_hand(
    renderer: HandDiagramRenderer, rotation: Rotation
) -> None:
    def turning(side: Side) -> float:
        scene = DiagramScene(
            side=side, zones=("palm.center",), technique=Technique.CIRCLE, rotation=rotation
        )
        mark = renderer.mark(scene, mirrored=side is Side.LEFT)
        assert mark is not None
        (ring,) = [p for p in mark.still if isinstance(p, Line)]
        mirror = QTransform.fromScale(-1, 1) if side is Side.LEFT else QTransform()
        pts = [mirror.map(p) for p in ring.points]
        # the signed area of the arc (y down): positive is clockwise on screen
        return sum(a.x() * b.y() - b.x() * a.y() for a, b in itertools.pairwise(pts))

    right, left = turning(Side.RIGHT), turning(Side.LEFT)
    assert (right > 0) == (left > 0)
    assert (right > 0) == (rotation is Rotation.CLOCKWISE)


def test_every_zone_highlight_lies_within_the_hand_outline(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    from PySide6.QtGui import QPainterPathStroker

    w, h = 200, 380
    target = QRectF(0, 0, w, h)
    for view in MAP_VIEWS[BodyMap.HAND]:
        plain_scene = DiagramScene(view=view, point_labels=False)
        plain = _render_at(renderer, plain_scene, w, h)
        ((_, _, transform),) = renderer.hand_placements(target, plain_scene)
        outline = transform.map(renderer.art(view).silhouette)
        grow = QPainterPathStroker()
        grow.setWidth(3.0)  # antialiased edge pixels
        inside = outline.united(grow.createStroke(outline))
        for zone_id, zone in ZONES.items():
            if view not in zone.views or zone.kind is ZoneKind.POINT:
                continue
            lit = _render_at(
                renderer, DiagramScene(view=view, zones=(zone_id,), point_labels=False), w, h
            )
            changed = 0
            for y in range(0, h, 2):
                for x in range(0, w, 2):
                    if plain.pixel(x, y) != lit.pixel(x, y):
                        changed += 1
                        assert inside.contains(QPointF(x + 0.5, y + 0.5)), (view, zone_id, x, y)
            assert changed > 0, (view, zone_id)


def _render_at(renderer: HandDiagramRenderer, scene: DiagramScene, w: int, h: int) -> QImage:
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    renderer.paint(painter, QRectF(0, 0, w, h), scene, DiagramColors.light())
    painter.end()
    return image


def test_point_labels_keep_clear_of_each_other(qapp: QApplication) -> None:
    from handtrainer.diagram import overlay

    image = QImage(400, 700, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    placed: list[QRectF] = []
    original = painter.drawRoundedRect

    def spy(rect: QRectF, *args: object) -> None:
        placed.append(QRectF(rect))
        original(rect, *args)  # type: ignore[arg-type]

    painter.drawRoundedRect = spy  # type: ignore[method-assign]
    hand = QRectF(50, 50, 300, 600)
    items = [("PC6 Neiguan", QPointF(200, 500)), ("PC7 Daling", QPointF(200, 470))]
    items += [("HT8 Shaofu", QPointF(150, 250)), ("Sore spot", QPointF(190, 230))]
    tips = [QRectF(60, 60, 40, 40)]
    overlay.paint_labels(painter, items, hand, hand, DiagramColors.light(), tips)
    painter.end()
    assert len(placed) == 4
    for i, a in enumerate(placed):
        assert not a.intersects(tips[0])
        for b in placed[i + 1 :]:
            assert not a.intersects(b)


def _walked(points: list[QPointF], t: float) -> tuple[QPointF, QPointF]:
    """point_along as it was: walk the segments from the start for every point."""
    total = sum(QLineF(a, b).length() for a, b in itertools.pairwise(points))
    if total <= 0 or len(points) < 2:
        return (points[0] if points else QPointF()), QPointF(0.0, -1.0)
    want = max(0.0, min(1.0, t)) * total
    run = 0.0
    for a, b in itertools.pairwise(points):
        seg = QLineF(a, b).length()
        if seg > 0 and run + seg >= want:
            return a + (b - a) * ((want - run) / seg), (b - a) / seg
        run += seg
    a, b = points[-2], points[-1]
    return b, (b - a) / (QLineF(a, b).length() or 1.0)


def test_a_measured_polyline_gives_the_points_a_walk_gives() -> None:
    from handtrainer.diagram.primitives import Polyline

    # A repeated point (a zero-length segment) at the start, in the middle and at the end.
    points = [QPointF(0, 0), QPointF(0, 0), QPointF(3, 4), QPointF(3, 4), QPointF(10, 4.5)]
    points += [QPointF(10 + math.cos(k / 5), 4.5 + math.sin(k / 5)) for k in range(40)]
    points.append(points[-1])

    def exact(pair: tuple[QPointF, QPointF]) -> tuple[float, ...]:
        return tuple(v for p in pair for v in (p.x(), p.y()))  # QPointF == is fuzzy

    line = Polyline(points)
    for k in range(-3, 404):
        t = k / 400
        assert exact(line.at(t)) == exact(_walked(points, t)), t
    for degenerate in ([], [QPointF(1, 1)], [QPointF(1, 1), QPointF(1, 1)]):
        assert exact(Polyline(degenerate).at(0.5)) == exact(_walked(degenerate, 0.5))
