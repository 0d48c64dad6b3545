"""The generated hand art: every zone has a shape, and the SVG path parser is right."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QApplication

from handtrainer.core.model import MAP_VIEWS, BodyMap, View
from handtrainer.core.zones import ZONES, ZoneKind
from handtrainer.diagram.renderer import HandDiagramRenderer
from handtrainer.diagram.svgpath import parse_path


@pytest.fixture(scope="module")
def renderer() -> HandDiagramRenderer:
    return HandDiagramRenderer()


@pytest.mark.parametrize("view", MAP_VIEWS[BodyMap.HAND])
def test_every_zone_on_a_view_has_a_shape_of_its_kind(
    qapp: QApplication, renderer: HandDiagramRenderer, view: View
) -> None:
    art = renderer.art(view)
    expected = {z.id for z in ZONES.values() if view in z.views}
    assert expected <= set(art.zones), sorted(expected - set(art.zones))
    for zone_id in expected:
        shape = art.zones[zone_id]
        assert shape.kind is ZONES[zone_id].kind, zone_id
        box = shape.path.boundingRect()
        assert box.width() > 0 and box.height() > 0, zone_id
        # every zone lies on the drawing (inside the art's box)
        assert art.rect.contains(box), zone_id


@pytest.mark.parametrize("view", MAP_VIEWS[BodyMap.HAND])
def test_no_shape_for_an_unknown_or_wrong_view_zone(
    qapp: QApplication, renderer: HandDiagramRenderer, view: View
) -> None:
    art = renderer.art(view)
    for zone_id in art.zones:
        assert zone_id in ZONES, zone_id
        assert view in ZONES[zone_id].views, zone_id


def test_points_and_areas_sit_on_the_hand(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    for view in MAP_VIEWS[BodyMap.HAND]:
        art = renderer.art(view)
        for shape in art.zones.values():
            if shape.kind is ZoneKind.POINT:
                assert art.silhouette.contains(shape.anchor), shape.id
            if shape.kind is ZoneKind.LINE:
                for p in (shape.line_points[0], shape.line_points[-1]):
                    assert art.silhouette.contains(p), shape.id


def test_pc6_is_well_above_the_wrist_and_the_forearm_goes_beyond(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    art = renderer.art(View.PALM)
    pc6 = art.zones["point.pc6"].anchor
    pc7 = art.zones["point.pc7"].anchor
    # a finger-width measured across the middle segment of the middle finger
    finger_width = art.zones["middle.middle"].path.boundingRect().width()
    assert 2.4 * finger_width < pc6.y() - pc7.y() < 3.5 * finger_width
    assert art.silhouette.boundingRect().bottom() > pc6.y() + finger_width


def test_middle_finger_is_longest_and_ring_beats_index(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    art = renderer.art(View.PALM)
    top = {f: art.zones[f].path.boundingRect().top() for f in ("index", "middle", "ring", "little")}
    assert top["middle"] < top["ring"] < top["index"] < top["little"]


def _width_across(shape_path: QPainterPath, base: QPointF, tip: QPointF, f: float) -> float:
    """The width of a digit's zone across its axis, a fraction f from base to tip."""
    v = tip - base
    length = math.hypot(v.x(), v.y())
    d = v / length
    n = QPointF(-d.y(), d.x())
    at = base + v * f
    sides = []
    for sign in (1, -1):
        r = 0.0
        while shape_path.contains(at + n * (sign * (r + 0.25))):
            r += 0.25
        sides.append(r)
    return sum(sides)


def test_fingers_taper_and_their_bases_make_an_arc(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    art = renderer.art(View.PALM)
    bases = {}
    for finger in ("index", "middle", "ring", "little"):
        shape = art.zones[finger]
        assert shape.axis is not None
        base, tip = shape.axis
        bases[finger] = base.y()
        near, far = (_width_across(shape.path, base, tip, f) for f in (0.15, 0.88))
        assert far < 0.88 * near, finger  # tapering, not a sausage
    # y grows downwards: the middle finger's base highest, the little finger's clearly lowest
    assert bases["middle"] < bases["index"] and bases["middle"] < bases["ring"]
    assert bases["little"] - max(bases["index"], bases["ring"]) > 4 * art.mm


def test_thumb_sits_low_with_a_deep_web(qapp: QApplication, renderer: HandDiagramRenderer) -> None:
    art = renderer.art(View.PALM)
    wrist = art.zones["point.pc7"].anchor.y()
    assert art.zones["middle"].axis is not None and art.zones["index"].axis is not None
    middle_base = art.zones["middle"].axis[0].y()
    palm = wrist - middle_base
    thumb = art.zones["thumb"].axis
    assert thumb is not None
    # the thumb's base crease is in the lower half of the palm
    assert thumb[0].y() > middle_base + palm / 2
    # well below the index finger's base the web still opens between index and thumb
    index_base = art.zones["index"].axis[0]
    y = index_base.y() + 0.22 * palm
    gap = 0.0
    x = index_base.x()
    while x < thumb[0].x() + 20 * art.mm:
        if not art.silhouette.contains(QPointF(x, y)):
            gap += 1.0
        x += 1.0
    assert gap > 5 * art.mm
    # the thumb's tip reaches about the index finger's base
    assert abs(thumb[1].y() - index_base.y()) < 0.12 * palm


def test_named_points_land_on_their_anatomy(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    palm, back = renderer.art(View.PALM), renderer.art(View.BACK)
    li4 = back.zones["point.li4"].anchor
    assert back.zones["back.thumb-web"].path.contains(li4)
    assert not back.zones["back.knuckles"].path.contains(li4)
    pc8 = palm.zones["point.palm-center"].anchor
    assert palm.zones["palm.center"].path.contains(pc8)
    assert not palm.zones["palm.thenar"].path.contains(pc8)
    # the thenar zone is the mound at the thumb's base, between the thumb and the wrist
    thenar = palm.zones["palm.thenar"].path.boundingRect()
    thumb = palm.zones["thumb"].axis
    assert thumb is not None
    pc7 = palm.zones["point.pc7"].anchor
    assert thenar.top() < thumb[0].y() < thenar.bottom()
    assert thenar.bottom() > pc7.y() - 4 * palm.mm
    assert thenar.center().x() > pc7.x()
    ht8 = palm.zones["point.ht8"].anchor
    assert palm.zones["palm.hypothenar"].path.boundingRect().center().x() < ht8.x() + 8 * palm.mm


def test_parse_path_absolute_relative_and_curves() -> None:
    path = parse_path("M10 10 L20 10 l0 10 H10 v-10 Z m5 5 c1 0 2 1 2 2 s1 2 2 2 Q30 30 40 40 t5 5")
    box = path.boundingRect()
    assert box.left() == pytest.approx(10)
    assert box.top() == pytest.approx(10)
    assert path.contains(QPointF(12, 12))
    assert path.currentPosition() == QPointF(45, 45)


def test_parse_path_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        parse_path("10 10 L 5")
    with pytest.raises(ValueError):
        parse_path("M10 L5 5")


def _elements(path: QPainterPath) -> list[tuple[object, float, float]]:
    return [(e.type, e.x, e.y) for e in (path.elementAt(i) for i in range(path.elementCount()))]


def test_the_arts_own_paths_read_fast_as_the_general_reader_reads_them() -> None:
    import re
    from pathlib import Path

    from handtrainer.diagram import svgpath

    root = Path(__file__).parents[2] / "assets"
    paths = [
        data
        for svg in (*root.glob("hand/*.svg"), *root.glob("foot/*.svg"))
        for data in re.findall(r' d="([^"]*)"', svg.read_text(encoding="utf-8"))
    ]
    assert len(paths) > 100
    for data in [*paths, "M1 2 3 4 5 6 Z", "M0 0C1 1 2 2 3 3 4 4 5 5 6 6", "", "M1-2L3.5e1 4"]:
        fast = svgpath._absolute_path(data)
        assert fast is not None, data[:40]
        assert _elements(fast) == _elements(svgpath._any_path(data)), data[:40]
    # Out of the ordinary: left to the general reader, which says what is wrong.
    for data in ("10 10 L 5", "M10 L5 5", "M1 2 C1 2 3", "M1 2 Z 3"):
        assert svgpath._absolute_path(data) is None
        with pytest.raises(ValueError):
            parse_path(data)


def test_a_broken_art_file_is_refused(tmp_path) -> None:
    from xml.parsers.expat import ExpatError

    from handtrainer.diagram.art import load_view

    broken = tmp_path / "right-palm.svg"
    broken.write_text('<svg xmlns="http://www.w3.org/2000/svg"><g id="art"><path d="M0 0"', "utf-8")
    with pytest.raises(ExpatError):
        load_view(broken, View.PALM)
