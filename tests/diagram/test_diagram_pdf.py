"""On paper the diagram stays vector: paths in the PDF, no big embedded picture."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from handtrainer.core.model import Side, View
from handtrainer.diagram.renderer import DiagramColors, DiagramScene, HandDiagramRenderer


def _streams(data: bytes) -> list[bytes]:
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = match.group(1)
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


def _image_sizes(data: bytes) -> list[int]:
    sizes = []
    for match in re.finditer(rb"/Subtype\s*/Image(.*?)>>", data, re.S):
        w = re.search(rb"/Width\s+(\d+)", match.group(1))
        h = re.search(rb"/Height\s+(\d+)", match.group(1))
        sizes.append(int(w.group(1)) * int(h.group(1)) if w and h else 0)
    return sizes


def test_pdf_output_is_vector(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "diagram.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    painter = QPainter(writer)
    renderer = HandDiagramRenderer()
    scene = DiagramScene(
        view=View.PALM,
        side=Side.LEFT,
        zones=("palm.thenar", "point.pc6"),
        path=("line.palm-diagonal",),
        labels=True,
    )
    renderer.paint(painter, QRectF(painter.viewport()), scene, DiagramColors.for_print())
    painter.end()
    data = path.read_bytes()
    content = b"\n".join(_streams(data))
    curves = len(re.findall(rb"\sc\s", content))
    lines = len(re.findall(rb"\sl\s", content))
    assert curves > 200, curves  # the hand outline, creases and zones are Bézier paths
    assert lines > 20, lines
    # nothing painted through a picture: at most tiny images (none expected)
    assert all(size <= 64 * 64 for size in _image_sizes(data)), _image_sizes(data)


def test_the_shared_paper_picture_is_grey_for_the_print_colours(qapp: QApplication) -> None:
    from dataclasses import replace

    from PySide6.QtGui import QColor, QImage

    from handtrainer.diagram.base_art import ArtPainter

    renderer = HandDiagramRenderer()
    art = renderer.art(View.PALM)
    grey, coloured = DiagramColors.for_print(), DiagramColors.light()
    assert grey.is_grey() and not coloured.is_grey()
    assert not replace(grey, outline=QColor("#4a4a4b")).is_grey()

    def picture(colors: DiagramColors) -> QImage:
        painter_of_art = ArtPainter()
        target = QImage(10, 10, QImage.Format.Format_RGB32)
        painter = QPainter(target)
        painter_of_art.paint_picture(painter, art, colors, 0.0)
        painter.end()
        (image,) = painter_of_art._images.values()
        return image

    printed = picture(grey)
    assert printed.format() == QImage.Format.Format_Grayscale8  # one byte a pixel
    # The same pixels as painting in colour and converting to grey.
    in_colour = QImage(printed.size(), QImage.Format.Format_RGB32)
    in_colour.fill(grey.background)
    painter = QPainter(in_colour)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    scale = printed.height() / art.height
    painter.scale(printed.width() / art.width, scale)
    ArtPainter().paint(painter, art, grey, 1 / scale, vector=True)
    painter.end()
    assert in_colour.convertToFormat(QImage.Format.Format_Grayscale8) == printed
    assert picture(coloured).format() == QImage.Format.Format_RGB32


def _stroked_out_white(colors: DiagramColors, path: Path) -> list[float]:
    """The stroke opacity under each white fill of a diagram with arrows on a PDF: a
    translucent pen reaches a PDF as its stroke's whole outline (many curves), filled
    under the pen's opacity."""
    from handtrainer.core.model import Technique

    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    painter = QPainter(writer)
    scene = DiagramScene(
        view=View.PALM,
        side=Side.RIGHT,
        zones=("palm.thenar",),
        path=("palm.thenar", "palm.center"),
        technique=Technique.STROKE,
    )
    HandDiagramRenderer().paint(painter, QRectF(painter.viewport()), scene, colors)
    painter.end()
    data = path.read_bytes()
    # Each graphics state's stroke opacity, by the name the page content uses for it.
    objects = {m[0]: m[1] for m in re.findall(rb"\n(\d+) 0 obj\n(.*?)endobj", data, re.S)}
    stroke_alpha = {}
    for name, number in re.findall(rb"/(GState\d+|GSa) (\d+) 0 R", data):
        found = re.search(rb"/CA ([0-9.]+)", objects.get(number, b""))
        stroke_alpha[name] = float(found.group(1)) if found else 1.0
    state, fill, white_fills = b"GSa", b"", []
    for line in b"\n".join(_streams(data)).split(b"\n"):
        if line.endswith(b" gs"):
            state = line.split()[0][1:]
        elif line.endswith(b" scn"):
            fill = line
        elif line in (b"f", b"h f") and fill in (b"1 scn", b"1 1 1 scn"):
            white_fills.append(stroke_alpha.get(state, 1.0))
    return white_fills


def test_arrow_halos_on_paper_are_strokes_not_stroked_out_shapes(
    qapp: QApplication, tmp_path: Path
) -> None:
    from dataclasses import replace

    from PySide6.QtGui import QColor

    paper = DiagramColors.for_print()
    assert paper.arrow_halo.alpha() == 255
    assert _stroked_out_white(paper, tmp_path / "paper.pdf") == []  # shafts and heads
    # what a translucent halo gave: its shape stroked out, under its opacity
    translucent = replace(paper, arrow_halo=QColor(255, 255, 255, 230))
    assert any(a < 1.0 for a in _stroked_out_white(translucent, tmp_path / "halo.pdf"))
