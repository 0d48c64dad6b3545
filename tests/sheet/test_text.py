"""Measured text: a string wrapped to many widths through one shared layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPainter, QTextCharFormat

from handtrainer.sheet.text import TextBlock, TextMeasure, laid_text

WORDS = (
    "Work slowly over the area with the thumb of the other hand,\n"
    "keeping the pressure comfortable and the breathing calm. " * 3
)


def _font() -> QFont:
    font = QFont()
    font.setPointSizeF(10)
    return font


def _drawn(block: TextBlock, device: QImage) -> QImage:
    image = QImage(device.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    block.draw(painter, 4, 4)
    painter.end()
    return image


def test_a_shared_measure_wraps_as_a_fresh_layout_does(qapp) -> None:
    device = QImage(600, 600, QImage.Format.Format_RGB32)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    formats = [(0, 4, bold)]
    align = Qt.AlignmentFlag.AlignLeft
    measure = TextMeasure(laid_text(WORDS), _font(), device, align, formats)
    widths = [120.0, 300.0, 121.5, 450.0, 120.0, 299.0]
    shared = [TextBlock(WORDS, _font(), device, w, align, formats, measure) for w in widths]
    for block, width in zip(shared, widths, strict=True):
        fresh = TextBlock(WORDS, _font(), device, width, align, formats)
        assert (block.height, block.line_count) == (fresh.height, fresh.line_count)
        assert block.line_spans() == fresh.line_spans()
        assert block.line_bottoms() == fresh.line_bottoms()
        assert block.natural_width() == fresh.natural_width()
    assert len({b.line_count for b in shared}) > 2  # the widths really wrap differently


def test_a_block_draws_at_its_own_width_after_others_were_measured(qapp) -> None:
    device = QImage(600, 600, QImage.Format.Format_RGB32)
    align = Qt.AlignmentFlag.AlignLeft
    measure = TextMeasure(laid_text(WORDS), _font(), device, align)
    narrow = TextBlock(WORDS, _font(), device, 150.0, align, measure=measure)
    wide = TextBlock(WORDS, _font(), device, 500.0, align, measure=measure)
    assert wide.height < narrow.height
    # The measure was last laid out at the wide width: the narrow block still draws narrow.
    assert _drawn(narrow, device) == _drawn(TextBlock(WORDS, _font(), device, 150.0), device)
    assert _drawn(wide, device) == _drawn(TextBlock(WORDS, _font(), device, 500.0), device)
    assert _drawn(narrow, device) != _drawn(wide, device)


def test_the_canvas_hands_out_fonts_a_caller_may_change(qapp) -> None:
    from handtrainer.sheet.blocks import NORMAL_STYLE, Canvas

    canvas = Canvas(QImage(100, 100, QImage.Format.Format_RGB32), NORMAL_STYLE)
    changed = canvas.font(10)
    changed.setItalic(True)
    assert not canvas.font(10).italic()
    assert canvas.font(10, bold=True).bold() and not canvas.font(10).bold()
    # The same words in the same font at two widths: two blocks, one measure.
    first = canvas.text(WORDS, canvas.font(10), 200.0)
    assert canvas.text(WORDS, canvas.font(10), 200.0) is first
    assert canvas.text(WORDS, canvas.font(10), 400.0).height < first.height
