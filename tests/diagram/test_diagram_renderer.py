"""The renderer: highlights land inside their zone, left mirrors right, zone_at, colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette, QTransform
from PySide6.QtWidgets import QApplication

from handtrainer.core.model import MAP_VIEWS, BodyMap, Side, Technique, View
from handtrainer.core.zones import ZONES, ZoneKind
from handtrainer.diagram.renderer import DiagramColors, DiagramScene, HandDiagramRenderer

W, H = 360, 600


@pytest.fixture(scope="module")
def renderer() -> HandDiagramRenderer:
    return HandDiagramRenderer()


def render(renderer: HandDiagramRenderer, scene: DiagramScene, w: int = W, h: int = H) -> QImage:
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    renderer.paint(painter, QRectF(0, 0, w, h), scene, DiagramColors.light())
    painter.end()
    return image


def changed_pixels(a: QImage, b: QImage, region: QPainterPath, inside: bool) -> tuple[int, int]:
    """(changed, total) pixels of a vs b inside (or outside) region, sampled every 2 px."""
    changed = total = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            if region.contains(QPointF(x + 0.5, y + 0.5)) != inside:
                continue
            total += 1
            if a.pixel(x, y) != b.pixel(x, y):
                changed += 1
    return changed, total


def device_shape(renderer: HandDiagramRenderer, scene: DiagramScene, zone_id: str) -> QPainterPath:
    ((_, _, transform),) = renderer.hand_placements(QRectF(0, 0, W, H), scene)
    return transform.map(renderer.art(scene.view).zones[zone_id].path)


SAMPLE = [
    "index.tip",
    "thumb.base",
    "palm.thenar",
    "palm.center",
    "point.pc6",
    "point.li4",
    "back.knuckles",
    "wrist.outer",
    "line.palm-diagonal",
    "palm.outer-edge",
]


@pytest.mark.parametrize("zone_id", SAMPLE)
def test_highlight_changes_inside_and_not_far_outside(
    qapp: QApplication, renderer: HandDiagramRenderer, zone_id: str
) -> None:
    view = View.PALM if View.PALM in ZONES[zone_id].views else View.BACK
    plain = render(renderer, DiagramScene(view=view))
    lit = render(renderer, DiagramScene(view=view, zones=(zone_id,), point_labels=False))
    shape = device_shape(renderer, DiagramScene(view=view), zone_id)
    if ZONES[zone_id].kind is ZoneKind.LINE:
        from PySide6.QtGui import QPainterPathStroker

        stroker = QPainterPathStroker()
        stroker.setWidth(6)
        shape = stroker.createStroke(shape)
    changed, total = changed_pixels(plain, lit, shape, inside=True)
    assert total > 0
    assert changed / total > 0.6, (changed, total)
    # "not far outside": grow the shape by a margin for the outline, glow and arrowhead
    from PySide6.QtGui import QPainterPathStroker

    grow = QPainterPathStroker()
    grow.setWidth(2 * 14)
    margin = grow.createStroke(shape)
    # a stroke wider than a tiny shape (a point) leaves a hole: use its grown box instead
    box = shape.boundingRect()
    small = box.width() < 28 or box.height() < 28
    grown = box.adjusted(-14, -14, 14, 14)
    for y in range(0, H, 2):
        for x in range(0, W, 2):
            if plain.pixel(x, y) != lit.pixel(x, y):
                p = QPointF(x + 0.5, y + 0.5)
                near = shape.contains(p) or margin.contains(p) or (small and grown.contains(p))
                assert near, (x, y)


def test_left_is_the_mirror_of_right(qapp: QApplication, renderer: HandDiagramRenderer) -> None:
    for view in MAP_VIEWS[BodyMap.HAND]:
        zones = ("palm.thenar", "point.palm-center") if view is View.PALM else ("point.li4",)
        base = DiagramScene(
            view=view, zones=zones, path=("index.base", "index.tip"), point_labels=False
        )
        right = render(renderer, base)
        left = render(
            renderer,
            DiagramScene(
                view=view,
                side=Side.LEFT,
                zones=zones,
                path=("index.base", "index.tip"),
                point_labels=False,
            ),
        )
        flipped = left.flipped(Qt.Orientation.Horizontal)
        band = renderer.caption_rect(QRectF(0, 0, W, H), base)
        assert band is not None
        start = int(band.bottom()) + 1
        differing = 0
        total = 0
        for y in range(start, H, 2):
            for x in range(0, W, 2):
                total += 1
                a, b = QColor(right.pixel(x, y)), QColor(flipped.pixel(x, y))
                if (
                    max(
                        abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())
                    )
                    > 40
                ):
                    differing += 1
        assert differing / total < 0.002, differing
        # and the hand really is asymmetric, so the comparison means something
        assert right != flipped


def test_captions_name_the_hand(qapp: QApplication, renderer: HandDiagramRenderer) -> None:
    right = render(renderer, DiagramScene(side=Side.RIGHT))
    left = render(renderer, DiagramScene(side=Side.LEFT))
    band = renderer.caption_rect(QRectF(0, 0, W, H), DiagramScene())
    assert band is not None and band.height() > 10
    top = right.copy(band.toRect())
    assert top != left.copy(band.toRect())
    bare = render(renderer, DiagramScene(side_label=False))
    assert renderer.caption_rect(QRectF(0, 0, W, H), DiagramScene(side_label=False)) is None
    assert bare != right


class _RecordingPainter(QPainter):
    """A painter that remembers every text it draws."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[str] = []

    def drawText(self, *args: object) -> None:
        self.texts.append(str(args[-1]))
        super().drawText(*args)  # type: ignore[call-overload]


@pytest.mark.parametrize("view", [View.PALM, View.SOLE])
def test_both_sides_are_named_or_neither(
    qapp: QApplication, renderer: HandDiagramRenderer, view: View
) -> None:
    # "left" is the shorter word: where it fitted beside the title and "right" did not,
    # a sheet's two feet were captioned "left BOTH FEET · sole" and nothing on the right.
    scene = DiagramScene(view=view, side=Side.BOTH)
    one_sided = []
    for width in range(80, 420, 2):
        image = QImage(width, 240, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = _RecordingPainter(image)
        renderer.paint(painter, QRectF(0, 0, width, 240), scene, DiagramColors.light())
        painter.end()
        named = {"left", "right"} & set(painter.texts)
        if len(named) == 1:
            one_sided.append((width, named))
    assert one_sided == []


def test_both_hands_are_side_by_side(qapp: QApplication, renderer: HandDiagramRenderer) -> None:
    one = renderer.aspect_ratio(DiagramScene())
    both = renderer.aspect_ratio(DiagramScene(side=Side.BOTH))
    assert both == pytest.approx(2 * one, rel=0.01)
    hands = renderer.hand_placements(QRectF(0, 0, 800, 600), DiagramScene(side=Side.BOTH))
    assert [h[0] for h in hands] == [Side.LEFT, Side.RIGHT]
    assert hands[0][1].right() <= hands[1][1].left() + 0.01


def test_letterbox_keeps_proportions(qapp: QApplication, renderer: HandDiagramRenderer) -> None:
    scene = DiagramScene()
    for target in (QRectF(0, 0, 1000, 300), QRectF(10, 20, 200, 900)):
        ((_, rect, _),) = renderer.hand_placements(target, scene)
        art = renderer.art(View.PALM)
        assert rect.width() / rect.height() == pytest.approx(art.width / art.height, rel=1e-6)
        assert target.contains(rect)


def test_zone_at_finds_the_smallest_zone(qapp: QApplication, renderer: HandDiagramRenderer) -> None:
    target = QRectF(0, 0, W, H)
    for side in (Side.RIGHT, Side.LEFT):
        scene = DiagramScene(side=side)
        ((_, _, transform),) = renderer.hand_placements(target, scene)
        art = renderer.art(View.PALM)
        tip = art.zones["index.tip"].path.boundingRect().center()
        assert renderer.zone_at(transform.map(tip), target, scene) == "index.tip"
        pc6 = art.zones["point.pc6"].anchor
        assert renderer.zone_at(transform.map(pc6), target, scene) == "point.pc6"
    assert renderer.zone_at(QPointF(1, H - 1), target, DiagramScene()) is None


def test_colors_follow_the_palette(qapp: QApplication) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#f5f5f5"))
    from_dark, from_light = DiagramColors.from_palette(dark), DiagramColors.from_palette(light)
    assert from_dark.skin == DiagramColors.dark().skin
    assert from_light.skin == DiagramColors.light().skin
    assert DiagramColors.light() != DiagramColors.dark()
    # the faded forearm ends in the window's own colour
    assert from_dark.background == QColor("#202124")
    assert from_light.background == QColor("#f5f5f5")


def test_dark_forearm_fades_without_a_muddy_band(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    """Down the faded forearm on a dark window the skin gives way to the window's colour
    over a short soft edge, not a long band of grey-brown in between."""
    colors = DiagramColors.dark()
    w, h = 300, 560
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    image.fill(colors.background)
    painter = QPainter(image)
    scene = DiagramScene(view=View.BACK, side_label=False)
    renderer.paint(painter, QRectF(0, 0, w, h), scene, colors)
    painter.end()
    ((_, _, transform),) = renderer.hand_placements(QRectF(0, 0, w, h), scene)
    art = renderer.art(View.BACK)
    x = round(transform.map(QPointF(art.width / 2, 0)).x())
    top = round(transform.map(QPointF(0, art.fade[0])).y())
    bottom = min(h, round(transform.map(QPointF(0, art.fade[1])).y()))
    skin, window = colors.skin.lightnessF(), colors.background.lightnessF()
    between = 0
    for y in range(top, bottom):
        # how far from the window colour (0) to the skin (1) this pixel is
        t = (QColor(image.pixel(x, y)).lightnessF() - window) / (skin - window)
        between += 0.15 < t < 0.85
    assert 0 < between <= 0.3 * (bottom - top)
    assert QColor(image.pixel(x, bottom - 1)).lightnessF() < window + 0.1 * (skin - window)


def test_print_colours_are_gray(qapp: QApplication) -> None:
    colors = DiagramColors.for_print()
    for name in ("skin", "outline", "highlight", "highlight_edge", "hatch", "arrow", "marker"):
        c: QColor = getattr(colors, name)
        assert c.red() == c.green() == c.blue(), name


def test_arrow_and_animation_change_the_picture(
    qapp: QApplication, renderer: HandDiagramRenderer
) -> None:
    plain = render(renderer, DiagramScene())
    arrow = render(renderer, DiagramScene(path=("line.palm-midline",)))
    moving_a = render(renderer, DiagramScene(path=("line.palm-midline",), phase=0.2))
    moving_b = render(renderer, DiagramScene(path=("line.palm-midline",), phase=0.8))
    assert plain != arrow
    assert moving_a != moving_b


@pytest.mark.parametrize("view", MAP_VIEWS[BodyMap.HAND])
def test_a_fist_folds_the_thumb_in(
    qapp: QApplication, renderer: HandDiagramRenderer, view: View
) -> None:
    """In a clench the thumb turns in with the fingers: where its tip stood in the open
    hand there is only the window, and the hand's outline stays closed round the web."""
    colors = DiagramColors.light()
    w, h = 300, 540
    target = QRectF(0, 0, w, h)
    scene = DiagramScene(view=view, technique=Technique.CLENCH, side_label=False)
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    image.fill(colors.background)
    painter = QPainter(image)
    renderer.paint(painter, target, scene, colors)  # the still picture is the closed fist
    painter.end()
    ((_, _, transform),) = renderer.hand_placements(target, scene)
    art = renderer.art(view)
    thumb = art.zones["thumb"].axis
    assert thumb is not None
    tip = transform.map(thumb[0] + (thumb[1] - thumb[0]) * 0.85)
    assert QColor(image.pixel(round(tip.x()), round(tip.y()))) == colors.background
    # the old web between thumb and index is skin now, not a notch of background
    index = art.zones["index"].axis
    assert index is not None
    web = transform.map((thumb[0] + index[0]) / 2)
    assert QColor(image.pixel(round(web.x()), round(web.y()))) != colors.background


def test_zones_lit_together_have_one_outline_and_no_seam(renderer: HandDiagramRenderer) -> None:
    from handtrainer.diagram import overlay
    from handtrainer.diagram.lit_zones import merged_areas

    art = renderer.art(View.BACK)
    wrist, forearm = art.zones["wrist.outer"], art.zones["forearm.outer"]
    # a point on the line where the wrist band meets the forearm, half way across
    box = wrist.path.boundingRect()
    seam = QPointF(box.center().x(), box.bottom())
    [merged] = merged_areas(art, [wrist, forearm])
    assert overlay.outline_of(wrist, 6.0).contains(seam)  # each zone alone: a line here
    assert not overlay.outline_of(merged, 6.0).contains(seam)  # lit together: none
    assert merged.path.contains(wrist.anchor) and merged.path.contains(forearm.anchor)


def test_merged_areas_are_kept_for_the_art_they_were_made_from(
    renderer: HandDiagramRenderer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another art with the same zone ids (and, once the first is gone, maybe its id)
    gets a shape of its own, never the one made from the first art."""
    from dataclasses import replace

    from handtrainer.diagram import lit_zones

    art = renderer.art(View.BACK)
    pair = [art.zones["wrist.outer"], art.zones["forearm.outer"]]
    [first] = lit_zones.merged_areas(art, pair)
    assert lit_zones.merged_areas(art, pair) == [first]  # made once for this art
    moved = QTransform.fromTranslate(50, 0)
    other = replace(art)
    shifted = [replace(z, path=moved.map(z.path)) for z in pair]
    # The other art as if it had come to the first one's id.
    monkeypatch.setattr(lit_zones, "id", lambda obj: id(art), raising=False)
    [second] = lit_zones.merged_areas(other, shifted)
    assert second is not first
    assert second.path.boundingRect().left() > first.path.boundingRect().left() + 40
