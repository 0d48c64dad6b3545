"""A step taller than a page: it goes on in the next column or page, marked on both sides.

Only a card that could never fit a whole column is split, and only between lines
of its words; the diagram stays whole on the first part. The first part ends with
"Continued on the next page" (or column), the next begins with the step's number
and "Title (continued)", so a reader never loses the thread and nothing is dropped.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from handtrainer.sheet.blocks import (
    INK,
    PAPER,
    RULE,
    Canvas,
    StepCard,
    continued_mark,
    paint_continued_mark,
)
from handtrainer.sheet.text import TextBlock, WordsColumn

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def _mark_text(next_page: bool) -> str:
    if next_page:
        return translate("RoutineSheet", "Continued on the next page")
    return translate("RoutineSheet", "Continued in the next column")


class ContinuedCard:
    """The rest of a split step: its number, "Title (continued)", and the words left over."""

    def __init__(
        self, c: Canvas, step_index: int, title: str, words: WordsColumn, width: float
    ) -> None:
        s = c.style
        self.c = c
        self.step_index = step_index
        self.title_text = title
        self.width = width
        self.words = words
        pad = self.pad = c.pt(s.padding)
        self.badge = c.pt(s.heading_size * 1.3)
        self.title_x = pad + self.badge + c.pt(s.gap)
        heading = translate("RoutineSheet", "{title} (continued)").format(title=title)
        self.title = c.text(heading, c.font(s.heading_size, bold=True), width - self.title_x - pad)
        self.title_h = max(self.badge, self.title.height)
        self.body_y = pad + self.title_h + c.pt(s.gap * 0.6)
        self.text_x = pad
        self.continued: TextBlock | None = None
        self.card_h = self.body_y + words.height + pad
        self.height = self.card_h + c.pt(s.gap)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner at ``(x, y)``."""
        c, pad = self.c, self.pad
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(RULE, c.pt(0.8)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(x, y, self.width, self.card_h), c.pt(4), c.pt(4))
        badge = QRectF(x + pad, y + pad + (self.title_h - self.badge) / 2, self.badge, self.badge)
        painter.setPen(QPen(INK, c.pt(1.2)))
        painter.setBrush(PAPER)
        painter.drawEllipse(badge)
        painter.setFont(c.font(c.style.heading_size * 0.7, bold=True))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self.step_index + 1))
        painter.restore()
        painter.setPen(INK)
        self.title.draw(painter, x + self.title_x, y + pad + (self.title_h - self.title.height) / 2)
        self.words.paint(painter, x + self.text_x, y + self.body_y)
        if self.continued:
            paint_continued_mark(
                painter, self.continued, x + self.width - pad, y + self.card_h - pad
            )


Card = StepCard | ContinuedCard


def is_splittable(block: object) -> bool:
    """True for the blocks a page may break: step cards and their continuations."""
    return isinstance(block, StepCard | ContinuedCard)


def split_card(card: Card, room: float, *, next_page: bool) -> tuple[Card, ContinuedCard] | None:
    """``card`` cut to fit ``room`` (its height, gap excluded) and the rest; None if it cannot.

    The first part keeps the title row and the whole diagram, then as many lines as fit
    above the "continued" mark; the rest is wrapped to the card's full width.
    """
    c = card.c
    mark = continued_mark(c, _mark_text(next_page))
    picture = card.picture_h if isinstance(card, StepCard) else 0.0
    if room < card.body_y + picture + card.pad:
        return None
    words_room = room - card.body_y - card.pad - mark.height - c.pt(2)
    halves = card.words.split(words_room, card.width - 2 * card.pad)
    if halves is None:
        return None
    head_words, rest_words = halves
    head = copy.copy(card)
    head.words = head_words
    head.continued = mark
    head.card_h = room
    head.height = room + c.pt(c.style.gap)
    title = card.step.title if isinstance(card, StepCard) else card.title_text
    rest = ContinuedCard(c, card.step_index, title, rest_words, card.width)
    return head, rest
