"""Every zone of the diagram drawn to PNG, one per zone and view, for review."""

from __future__ import annotations

from pathlib import Path

from handtrainer.core.model import MAP_VIEWS, BodyMap, Side
from handtrainer.core.zones import ZONES


def render_zones(out_dir: Path, size: int) -> list[Path]:
    """One PNG per zone per view it appears on, plus overview.png; returns the files."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from handtrainer.diagram.colors import DiagramColors
    from handtrainer.diagram.renderer import DiagramScene, shared_renderer

    renderer = shared_renderer()
    colors = DiagramColors.light()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    cells: list[tuple[str, DiagramScene]] = []
    for zone in ZONES.values():
        for view in MAP_VIEWS[BodyMap(zone.map)]:
            if view not in zone.views:
                continue
            scene = DiagramScene(
                view=view, side=Side.RIGHT, zones=(zone.id,), path=(zone.id,), labels=True
            )
            image = QImage(size, size, QImage.Format.Format_ARGB32)
            image.fill(colors.background)
            painter = QPainter(image)
            renderer.paint(painter, QRectF(0, 0, size, size), scene, colors)
            painter.end()
            path = out_dir / f"{zone.id}-{view.value}.png"
            if not image.save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
            cells.append((f"{zone.id} ({view.value})", scene))
    # The overview: every zone in a grid, small, with its id under it.
    cell_w, cell_h, text_h = 150, 230, 18
    columns = 10
    rows = (len(cells) + columns - 1) // columns
    sheet = QImage(columns * cell_w, rows * (cell_h + text_h), QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    font = QFont()
    font.setPixelSize(11)
    for i, (title, scene) in enumerate(cells):
        x, y = (i % columns) * cell_w, (i // columns) * (cell_h + text_h)
        painter.fillRect(QRectF(x + 2, y + 2, cell_w - 4, cell_h + text_h - 4), colors.background)
        small = DiagramScene(view=scene.view, zones=scene.zones, path=scene.path, side_label=False)
        renderer.paint(painter, QRectF(x + 4, y + 4, cell_w - 8, cell_h - 8), small, colors)
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(x, y + cell_h, cell_w, text_h), int(Qt.AlignmentFlag.AlignCenter), title
        )
    painter.end()
    overview = out_dir / "overview.png"
    if not sheet.save(str(overview)):
        raise OSError(f"could not write {overview}")
    written.append(overview)
    return written
