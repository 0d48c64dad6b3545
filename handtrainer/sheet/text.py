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


class TextBlock:
    """A string wrapped to a width on a given device; ``height`` is known once built."""

    def __init__(
        self,
        text: str,
        font: QFont,
        device: QPaintDevice,
        width: float,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        formats: Sequence[tuple[int, int, QTextCharFormat]] = (),
    ) -> None:
        self.text = text
        self.width = width
        self.laid_text = text.replace("\r\n", "\n").replace("\n", _LINE_SEPARATOR)
        self._layout = QTextLayout(self.laid_text, font, device)
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
        leading = max(0.0, QFontMetricsF(font, device).leading())
        y = 0.0
        self._layout.beginLayout()
        first = True
        while True:
            line = self._layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if not first:
                y += leading
            first = False
            line.setPosition(QPointF(0.0, y))
            y += line.height()
        self._layout.endLayout()
        self.height = y
        self.line_count = self._layout.lineCount()

    def line_spans(self) -> list[tuple[int, int]]:
        """Where each line starts in ``laid_text`` and how many characters it holds."""
        spans = []
        for i in range(self._layout.lineCount()):
            line = self._layout.lineAt(i)
            spans.append((line.textStart(), line.textLength()))
        return spans

    def natural_width(self) -> float:
        """The width of the longest line (for boxes that hug their text)."""
        return max(
            (self._layout.lineAt(i).naturalTextWidth() for i in range(self._layout.lineCount())),
            default=0.0,
        )

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner of the first line at ``(x, y)``."""
        self._layout.draw(painter, QPointF(x, y))
