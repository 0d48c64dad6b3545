"""Step cards tried at many diagram sizes: the heights the page layout packs by."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from handtrainer.core.model import Side
from handtrainer.sheet.blocks import COMPACT_STYLE, NORMAL_STYLE, Canvas, SheetStyle, StepCard
from handtrainer.sheet.layout import PDF_RESOLUTION
from tests.sheet.routines import LONG_INSTRUCTION, short_routine


def _canvas(style: SheetStyle) -> tuple[Canvas, QPdfWriter, QBuffer]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    return Canvas(writer, style), writer, buffer


def test_a_card_is_as_tall_as_its_words_or_its_diagram_at_every_size(qapp) -> None:
    steps = short_routine().steps
    # Words from a few lines to many, so that at some sizes the words are the taller
    # and at others the diagram: the card must measure the same either way.
    instructions = [" ".join(LONG_INSTRUCTION.split()[:n]) for n in (4, 12, 25, 40, 60, 90)]
    for style in (NORMAL_STYLE, COMPACT_STYLE):
        canvas, _writer, _buffer = _canvas(style)
        width = canvas.pt(520 if style is NORMAL_STYLE else 250)
        both_ways = set()
        for base in steps:
            for words in instructions:
                step = replace(base, instruction=words)
                for size in range(int(style.diagram_min), int(style.diagram_height) + 1, 4):
                    for card_w in (width, width / 2):
                        card = StepCard(canvas, step, 0, card_w, Side.RIGHT, diagram_height=size)
                        words_h = card.words.height  # measured at this very width
                        exact = card.body_y + max(words_h, card.picture_h) + card.pad
                        assert card.card_h == exact, (style.compact, words, size, card_w)
                        both_ways.add(words_h > card.picture_h)
        assert both_ways == {True, False}  # both cases were really tried
