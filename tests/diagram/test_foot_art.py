"""The foot art: every foot zone is a shape on the foot, the left foot mirrors the right,
both views render at small and large sizes, and the proportions are a foot's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import QApplication

from handtrainer.core.model import MAP_VIEWS, BodyMap, Side, Technique, View
from handtrainer.core.zones import ZoneKind, map_zones
from handtrainer.diagram.art import ArtView
from handtrainer.diagram.renderer import DiagramColors, DiagramScene, HandDiagramRenderer

ROOT = Path(__file__).resolve().parents[2]
FOOT_VIEWS = MAP_VIEWS[BodyMap.FOOT]


@pytest.fixture(scope="module")
def renderer() -> HandDiagramRenderer:
    return HandDiagramRenderer()


def area(path: QPainterPath) -> float:
    total = 0.0
    for poly in path.toSubpathPolygons(QTransform()):
        pts = [poly.at(i) for i in range(poly.count())]
        total += abs(
            sum(a.x() * b.y() - b.x() * a.y() for a, b in zip(pts, pts[1:] + pts[:1], strict=True))
        )
    return total / 2


def render(
    renderer: HandDiagramRenderer,
    scene: DiagramScene,
    w: int,
    h: int,
    colors: DiagramColors | None = None,
) -> QImage:
    colors = colors or DiagramColors.light()
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    image.fill(colors.background)
    painter = QPainter(image)
    renderer.paint(painter, QRectF(0, 0, w, h), scene, colors)
    painter.end()
    return image


@pytest.mark.parametrize("view", FOOT_VIEWS)
def test_every_foot_zone_of_a_view_is_a_shape_of_its_kind(
    qapp: QApplication, renderer: HandDiagramRenderer, view: View
) -> None:
    art = renderer.art(view)
    expected = {z.id: z for z in map_zones("foot").values() if view in z.views}
    assert set(art.zones) == set(expected), sorted(set(art.zones) ^ set(expected))
    for zone_id, zone in expected.items():
        shape = art.zones[zone_id]
        assert shape.kind is zone.kind, zone_id
        assert art.rect.contains(shape.path.boundingRect()), zone_id
        if zone.directed:  # a toe or an edge: it runs one way, so it has an axis
            assert shape.axis is not None, zone_id


@pytest.mark.parametrize("view", FOOT_VIEWS)
def test_every_foot_zone_lies_within_the_outline(
    qapp: QApplication, renderer: HandDiagramRenderer, view: View
) -> None:
    art: ArtView = renderer.art(view)
    for shape in art.zones.values():
        if shape.kind is ZoneKind.LINE:
            for p in shape.line_points:
                assert art.silhouette.contains(p), (shape.id, p)
            continue
        outside = shape.path.subtracted(art.silhouette)
        share = area(outside) / area(shape.path)
        assert share < 0.01, (shape.id, share)


def test_the_foot_has_a_foots_proportions(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    art = renderer.art(View.SOLE)
    mm = 4.0  # the drawing's units per millimetre (SCALE in scripts/make_foot_art.py)
    tops = {t: art.zones[f"toe.{t}"].path.boundingRect().top() for t in
            ("big", "second", "third", "fourth", "little")}  # fmt: skip
    # the second toe about as long as the big toe or a little longer (y grows downwards)
    assert -4 * mm <= tops["second"] - tops["big"] <= 1 * mm
    assert tops["second"] < tops["third"] < tops["fourth"] < tops["little"]
    width = {t: art.zones[f"toe.{t}"].path.boundingRect().width() for t in ("big", "second")}
    assert width["big"] > 1.4 * width["second"]
    # the sole sees the big toe on the right of a right foot, the arch on that inner side
    arch = art.zones["foot.arch"].path.boundingRect().center()
    sole = art.zones["foot.sole"].path.boundingRect().center()
    big = art.zones["toe.big"].path.boundingRect().center()
    assert big.x() > sole.x() and arch.x() > sole.x()
    # toes at the top, then the ball, the arch, the heel, the Achilles area and the calf
    order = ["toe.second", "foot.ball", "foot.arch", "foot.heel", "leg.achilles", "leg.calf"]
    ys = [art.zones[z].path.boundingRect().center().y() for z in order]
    assert ys == sorted(ys)
    heel = art.zones["foot.heel"].path.boundingRect().width()
    ball = art.zones["foot.ball"].path.boundingRect().width()
    assert 0.55 * ball < heel < 0.8 * ball
    length = art.zones["foot.heel"].path.boundingRect().bottom() - tops["second"]
    assert 240 * mm < length < 275 * mm  # an adult foot, about 25.5 cm
    # seen from the top the big toe is on the left, as you look down on your right foot
    top = renderer.art(View.TOP)
    assert top.zones["toe.big"].anchor.x() < top.zones["toe.little"].anchor.x()


def mismatch(a: QImage, b: QImage, start: int) -> float:
    differing = total = 0
    for y in range(start, a.height(), 2):
        for x in range(0, a.width(), 2):
            total += 1
            p, q = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if (
                max(abs(p.red() - q.red()), abs(p.green() - q.green()), abs(p.blue() - q.blue()))
                > 40
            ):
                differing += 1
    return differing / total


@pytest.mark.parametrize("view", FOOT_VIEWS)
def test_the_left_foot_is_the_mirror_of_the_right(
    qapp: QApplication, renderer: HandDiagramRenderer, view: View
) -> None:
    zones = ("foot.arch", "toe.big") if view is View.SOLE else ("foot.top", "ankle.inner")
    right_scene = DiagramScene(view=view, zones=zones, path=zones[:1], side_label=False)
    left_scene = DiagramScene(
        view=view, side=Side.LEFT, zones=zones, path=zones[:1], side_label=False
    )
    right = render(renderer, right_scene, 200, 600)
    flipped = render(renderer, left_scene, 200, 600).flipped(Qt.Orientation.Horizontal)
    assert mismatch(right, flipped, 0) < 0.003
    assert right != flipped  # and the foot really is lopsided, so the check means something


@pytest.mark.parametrize("colors", ["light", "dark", "for_print"])
@pytest.mark.parametrize("size", [200, 1200])
def test_each_view_renders_at_small_and_large_sizes(
    qapp: QApplication, renderer: HandDiagramRenderer, colors: str, size: int
) -> None:
    palette: DiagramColors = getattr(DiagramColors, colors)()
    for view in FOOT_VIEWS:
        scene = DiagramScene(view=view, zones=("toe.big",), path=("toe.big",))
        image = render(renderer, scene, size, size, palette)
        ((_, rect, transform),) = renderer.hand_placements(QRectF(0, 0, size, size), scene)
        assert rect.height() > 0.8 * size  # a tall foot fills the height
        middle = transform.map(
            renderer.art(view).zones["foot.arch" if view is View.SOLE else "foot.top"].anchor
        )
        skin = QColor(image.pixel(round(middle.x()), round(middle.y())))
        assert skin != palette.background and abs(skin.red() - palette.skin.red()) < 40
        outside = QColor(image.pixel(2, size - 2))
        assert outside == palette.background


def test_the_caption_names_the_foot(qapp: QApplication, renderer: HandDiagramRenderer) -> None:
    from handtrainer.core import wording
    from handtrainer.core.model import BodyMap

    assert wording.side_caption(Side.LEFT, BodyMap.FOOT) == "LEFT FOOT"
    assert wording.view_caption(View.SOLE) == "sole"
    foot = render(renderer, DiagramScene(view=View.SOLE), 400, 400)
    hand = render(renderer, DiagramScene(view=View.PALM), 400, 400)
    band = renderer.caption_rect(QRectF(0, 0, 400, 400), DiagramScene(view=View.SOLE))
    assert band is not None and band.height() > 5
    assert foot.copy(band.toRect()) != hand.copy(band.toRect())


def test_zone_at_finds_foot_zones(qapp: QApplication, renderer: HandDiagramRenderer) -> None:
    target = QRectF(0, 0, 300, 900)
    for side in (Side.RIGHT, Side.LEFT):
        scene = DiagramScene(view=View.SOLE, side=side)
        ((_, _, transform),) = renderer.hand_placements(target, scene)
        art = renderer.art(View.SOLE)
        for zone_id in ("toe.big.pad", "foot.heel", "foot.arch", "leg.calf"):
            at = transform.map(art.zones[zone_id].anchor)
            assert renderer.zone_at(at, target, scene) == zone_id, (side, zone_id)
        assert renderer.zone_at(QPointF(1, 899), target, scene) is None


def test_the_art_is_what_the_script_makes(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_foot_art.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    for view in ("sole", "top"):
        made = (tmp_path / f"right-{view}.svg").read_text(encoding="utf-8")
        assert made == (ROOT / "assets" / "foot" / f"right-{view}.svg").read_text(encoding="utf-8")


# A foot zone for each technique, as the foot routines use them.
FOOT_MARKS = {
    Technique.STROKE: (View.SOLE, ("foot.sole",), ("line.sole-heel-to-toes",)),
    Technique.RUB: (View.SOLE, ("foot.arch",), ()),
    Technique.KNEAD: (View.SOLE, ("foot.heel",), ()),
    Technique.PRESS: (View.SOLE, ("foot.ball",), ()),
    Technique.HOLD: (View.TOP, ("foot.top",), ()),
    Technique.CIRCLE: (View.TOP, ("ankle.outer",), ()),
    Technique.SQUEEZE: (View.TOP, ("toe.big",), ()),
    Technique.STRETCH: (View.TOP, ("toes",), ()),
    Technique.ROLL: (View.SOLE, ("toe.third",), ()),
    Technique.TWIST: (View.TOP, ("toe.big",), ()),
    Technique.PULL: (View.TOP, ("toe.second",), ()),
    Technique.TAP: (View.SOLE, ("foot.sole",), ()),
    Technique.SHAKE: (View.TOP, ("foot.top",), ()),
}


@pytest.mark.parametrize("technique", list(FOOT_MARKS))
def test_technique_marks_work_on_the_foot(
    qapp: QApplication, renderer: HandDiagramRenderer, technique: Technique
) -> None:
    from tests.diagram.test_marks import EXPECTED

    view, zones, path = FOOT_MARKS[technique]
    art = renderer.art(view)
    for side in (Side.RIGHT, Side.LEFT):
        scene = DiagramScene(view=view, side=side, zones=zones, path=path, technique=technique)
        mark = renderer.mark(scene, mirrored=side is Side.LEFT)
        assert mark is not None and mark.kind in EXPECTED[technique], mark
        assert mark.still
        # the mark is drawn on the foot's drawing, not somewhere off it
        reach = art.rect.adjusted(-30 * art.mm, -30 * art.mm, 30 * art.mm, 30 * art.mm)
        for line in mark.lines():
            for p in line.points:
                assert reach.contains(p), (technique, p)
    marked = DiagramScene(view=view, zones=zones, path=path, technique=technique)
    bare = DiagramScene(view=view, zones=zones)
    assert render(renderer, marked, 200, 600) != render(renderer, bare, 200, 600)
