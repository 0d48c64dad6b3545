"""``handtrainer zones --render``: one picture per zone and view of both maps, and the sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from handtrainer.core.model import View
from handtrainer.core.zones import ZONES, map_zones
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.zone_sheet import render_zones


def test_zone_pictures_cover_the_hand_and_the_foot(qapp: QApplication, tmp_path: Path) -> None:
    written = render_zones(tmp_path, 96)
    names = {p.name for p in written}
    expected = {f"{z.id}-{v.value}.png" for z in ZONES.values() for v in View if v in z.views}
    assert expected | {"overview.png"} == names
    for zone in map_zones("foot").values():
        for view in zone.views:
            image = QImage(str(tmp_path / f"{zone.id}-{view.value}.png"))
            assert image.width() == 96
            # something besides the background: the foot is drawn
            background = DiagramColors.light().background.rgb()
            middle = [image.pixel(48, y) for y in range(10, 90, 4)]
            assert any(p != background for p in middle), zone.id
    overview = QImage(str(tmp_path / "overview.png"))
    last = len(names) - 2  # the sheet's last cell: a foot zone (the foot's zones come last)
    x, y = (last % 10) * 150, (last // 10) * 248
    background = DiagramColors.light().background
    column = {QColor(overview.pixel(x + 75, y + k)).rgb() for k in range(20, 220, 5)}
    assert column - {background.rgb()}, "the last cell of the sheet is empty"
