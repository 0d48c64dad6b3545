"""Measured plain text: wrap a string to a width and know its height before drawing.

Routine files are plain text, so the sheet never goes through rich text: a
``QTextLayout`` lays out the characters as they are, measured against the paint
device that will receive them (a PDF writer or a printer), so what is measured is
what is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

# QTextLayout breaks lines only at U+2028; a newline in a routine file is a line break.
_LINE_SEPARATOR = "\u2028"


class TextMeasure:
    """One string in one font, laid out again at whatever width is asked.

    Laying out the pages tries a card at several sizes, so the same words are wrapped
    to many widths. One ``QTextLayout`` keeps its shaped glyphs between layouts, so
    each new width only breaks the lines again (about a quarter of a fresh layout).
    """

    def __init__(
        self,
        laid_text: str,
        font: QFont,
        device: QPaintDevice,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        formats: Sequence[tuple[int, int, QTextCharFormat]] = (),
    ) -> None:
        self._layout = QTextLayout(laid_text, font, device)
        option = QTextOption(align)
        # A word longer than the line (a URL in a source) breaks anywhere rather than overflow.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._layout.setTextOption(option)
        if formats:
            ranges = []
            for start, length, char_format in formats:
                fmt_range = QTextLayout.FormatRange()
                fmt_range.start, fmt_range.length, fmt_range.format = start, length, char_format
                ranges.append(fmt_range)
            self._layout.setFormats(ranges)
        self._leading = max(0.0, QFontMetricsF(font, device).leading())
        self._width: float | None = None
        self._height = 0.0
        self._sizes: dict[float, tuple[float, int]] = {}

    def size(self, width: float) -> tuple[float, int]:
        """The height and line count of the text wrapped to ``width``."""
        known = self._sizes.get(width)
        if known is None:
            self.at(width)
            known = self._sizes[width] = (self._height, self._layout.lineCount())
        return known

    def at(self, width: float) -> QTextLayout:
        """The layout, with its lines broken at ``width`` (valid until the next call)."""
        if width == self._width:
            return self._layout
        y = 0.0
        self._layout.beginLayout()
        first = True
        while True:
            line = self._layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if not first:
                y += self._leading
            first = False
            line.setPosition(QPointF(0.0, y))
            y += line.height()
        self._layout.endLayout()
        self._width, self._height = width, y
        return self._layout


class TextBlock:
    """A string wrapped to a width on a given device; ``height`` is known once built.

    ``measure``: the string's shared ``TextMeasure`` (same text, font, alignment and
    formats), when the same words are wrapped to other widths too.
    """

    def __init__(
        self,
        text: str,
        font: QFont,
        device: QPaintDevice,
        width: float,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        formats: Sequence[tuple[int, int, QTextCharFormat]] = (),
        measure: TextMeasure | None = None,
    ) -> None:
        self.text = text
        self.width = width
        self._font, self._device, self._align = font, device, align
        self._formats = tuple(formats)
        self.laid_text = laid_text(text)
        self._measure = measure or TextMeasure(self.laid_text, font, device, align, formats)
        self._size: tuple[float, int] | None = None

    @property
    def height(self) -> float:
        """How tall the wrapped text is (measured when first asked)."""
        if self._size is None:
            self._size = self._measure.size(self.width)
        return self._size[0]

    @property
    def line_count(self) -> int:
        """How many lines the text wraps to."""
        if self._size is None:
            self._size = self._measure.size(self.width)
        return self._size[1]

    @property
    def _layout(self) -> QTextLayout:
        return self._measure.at(self.width)

    def line_spans(self) -> list[tuple[int, int]]:
        """Where each line starts in ``laid_text`` and how many characters it holds."""
        layout = self._layout
        spans = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            spans.append((line.textStart(), line.textLength()))
        return spans

    def line_bottoms(self) -> list[float]:
        """How far down each line ends, from the top of the block."""
        layout = self._layout
        bottoms = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            bottoms.append(line.y() + line.height())
        return bottoms

    def split(self, lines: int, rest_width: float) -> tuple[TextBlock, TextBlock]:
        """The first ``lines`` lines, and the rest re-wrapped to ``rest_width``.

        Whole lines re-laid at the same width wrap exactly as before, and the bold
        labels keep their places, so the two halves read as the one block did.
        """
        spans = self.line_spans()
        cut = spans[lines][0] if lines < len(spans) else len(self.laid_text)
        head = self._part(self.laid_text[:cut].rstrip(), 0, self.width)
        rest = self.laid_text[cut:]
        skip = len(rest) - len(rest.lstrip())
        return head, self._part(rest[skip:], cut + skip, rest_width)

    def rewrapped(self, width: float) -> TextBlock:
        """The same text and formats wrapped to another width."""
        return TextBlock(
            self.text, self._font, self._device, width, self._align, self._formats, self._measure
        )

    def _part(self, text: str, start: int, width: float) -> TextBlock:
        formats = []
        for first, length, char_format in self._formats:
            lo, hi = max(first, start), min(first + length, start + len(text))
            if lo < hi:
                formats.append((lo - start, hi - lo, char_format))
        return TextBlock(text, self._font, self._device, width, self._align, formats)

    def natural_width(self) -> float:
        """The width of the longest line (for boxes that hug their text)."""
        layout = self._layout
        return max(
            (layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())),
            default=0.0,
        )

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner of the first line at ``(x, y)``."""
        self._layout.draw(painter, QPointF(x, y))


def laid_text(text: str) -> str:
    """The text as ``QTextLayout`` is given it: newlines as line separators."""
    return text.replace("\r\n", "\n").replace("\n", _LINE_SEPARATOR)


class WordsColumn:
    """Text blocks stacked with a gap, each drawn in its own colour; splits between lines."""

    def __init__(self, parts: Sequence[tuple[TextBlock, QColor]], gap: float) -> None:
        self.parts = list(parts)
        self.gap = gap
        self._height: float | None = None

    @property
    def height(self) -> float:
        """The blocks' heights and the gaps between them (measured when first asked)."""
        if self._height is None:
            gaps = self.gap * max(0, len(self.parts) - 1)
            self._height = sum(p.height for p, _ in self.parts) + gaps
        return self._height

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner at ``(x, y)``."""
        for block, colour in self.parts:
            painter.setPen(colour)
            block.draw(painter, x, y)
            y += block.height + self.gap

    def split(self, room: float, rest_width: float) -> tuple[WordsColumn, WordsColumn] | None:
        """What fits in ``room`` and the rest (wrapped to ``rest_width``); None if no line fits."""
        head: list[tuple[TextBlock, QColor]] = []
        y = 0.0
        for index, (block, colour) in enumerate(self.parts):
            if y + block.height <= room:
                head.append((block, colour))
                y += block.height + self.gap
                continue
            lines = sum(1 for bottom in block.line_bottoms() if y + bottom <= room)
            rest: list[tuple[TextBlock, QColor]] = []
            if lines:
                first, remainder = block.split(lines, rest_width)
                head.append((first, colour))
                rest.append((remainder, colour))
            else:
                rest.append((block.rewrapped(rest_width), colour))
            rest.extend((b.rewrapped(rest_width), c) for b, c in self.parts[index + 1 :])
            if not head:
                return None
            return WordsColumn(head, self.gap), WordsColumn(rest, self.gap)
        return None  # everything fits: nothing to split
