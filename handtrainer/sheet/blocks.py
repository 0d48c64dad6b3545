"""The pieces of a routine sheet: header, cautions box, one card per step, notes.

Each block is measured when it is built (for a given width, on the device that
will receive it), so the page layout knows every height before it places
anything. Sizes are given in points and converted with ``Canvas.pt``. Meaning
never rests on colour alone: the sheet is black, greys and white, with bold
labels, borders and shapes carrying the emphasis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QTextCharFormat,
)

from handtrainer.core import wording
from handtrainer.core.model import BodyMap, Hand, Order, Routine, Side, Step, View, map_of
from handtrainer.core.routine_length import routine_seconds
from handtrainer.core.zones import zone_name
from handtrainer.sheet.diagram_slot import diagram_aspect, paint_step_diagram
from handtrainer.sheet.text import TextBlock, TextMeasure, WordsColumn, laid_text

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


INK = QColor("#000000")
MUTED = QColor("#3a3a3a")
RULE = QColor("#8c8c8c")
FILL = QColor("#ededed")
PAPER = QColor("#ffffff")


@dataclass(frozen=True)
class SheetStyle:
    """Sizes of one sheet layout, in points (1/72 inch) unless named otherwise."""

    compact: bool
    margin_mm: float
    columns: int
    column_gap: float
    diagram_height: float  # height of a step's diagram; its width follows the drawing
    diagram_min: float  # a page may shrink its diagrams this far to take one more card
    title_size: float
    heading_size: float
    body_size: float
    small_size: float
    padding: float
    gap: float


NORMAL_STYLE = SheetStyle(
    compact=False,
    margin_mm=15,
    columns=1,
    column_gap=0,
    diagram_height=200,
    diagram_min=135,
    title_size=20,
    heading_size=12,
    body_size=10,
    small_size=8.5,
    padding=8,
    gap=8,
)
COMPACT_STYLE = SheetStyle(
    compact=True,
    margin_mm=10,
    columns=2,
    column_gap=12,
    diagram_height=124,
    diagram_min=100,
    title_size=15,
    heading_size=9,
    body_size=7.5,
    small_size=6.5,
    padding=5,
    gap=5,
)


class Canvas:
    """The device a sheet is measured for, its style, and point-to-pixel conversion."""

    def __init__(self, device: QPaintDevice, style: SheetStyle) -> None:
        self.device = device
        self.style = style
        self.u = device.logicalDpiY() / 72.0
        self.shared_views: frozenset[View] = frozenset()  # drawn once, as a shared picture
        # Laying out the pages measures the same words at a few widths many times over.
        self._words: dict[tuple[object, ...], SheetWords] = {}
        self._fonts: dict[tuple[float, bool, bool], QFont] = {}
        self.step_words: dict[tuple[object, ...], tuple[Step, Words]] = {}  # see step_words

    def pt(self, points: float) -> float:
        """Device pixels for a length in points."""
        return points * self.u

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        """The sheet's sans-serif font at ``size`` points."""
        key = (size, bold, italic)
        font = self._fonts.get(key)
        if font is None:
            font = QFont()
            font.setFamilies(["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"])
            font.setStyleHint(QFont.StyleHint.SansSerif)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setItalic(italic)
            self._fonts[key] = font
        return QFont(font)  # a copy (cheap, shared until changed): callers may change it

    def text(
        self,
        text: str,
        font: QFont,
        width: float,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> TextBlock:
        """Plain text wrapped to ``width`` device pixels (blocks are never changed: shared)."""
        return self.words(text, font, align).block(width)

    def labelled(self, pairs: list[tuple[str, str]], size: float, width: float) -> TextBlock:
        """``Label value · Label value`` with bold labels, wrapped to ``width``."""
        return self.labelled_words(pairs, size).block(width)

    def labelled_words(self, pairs: list[tuple[str, str]], size: float) -> SheetWords:
        """``Label value · Label value`` with bold labels, to be wrapped to any width."""
        parts: list[str] = []
        spans: list[tuple[int, int]] = []
        position = 0
        for label, value in pairs:
            if parts:
                parts.append("   ")
                position += 3
            spans.append((position, len(label)))
            # A no-break space keeps a label on the same line as its value.
            chunk = f"{label}\u00a0{value}"
            parts.append(chunk)
            position += len(chunk)
        return self.words("".join(parts), self.font(size), None, tuple(spans))

    def words(
        self,
        text: str,
        font: QFont,
        align: Qt.AlignmentFlag | None = Qt.AlignmentFlag.AlignLeft,
        bold_spans: tuple[tuple[int, int], ...] = (),
    ) -> SheetWords:
        """The one ``SheetWords`` of this text in this font, alignment and bold spans."""
        key = (text, font.key(), align, bold_spans)
        words = self._words.get(key)
        if words is None:
            words = self._words[key] = SheetWords(self.device, text, font, align, bold_spans)
        return words


class SheetWords:
    """One text of the sheet, wrapped to any width: a block per width, one measure for all."""

    def __init__(
        self,
        device: QPaintDevice,
        text: str,
        font: QFont,
        align: Qt.AlignmentFlag | None,
        bold_spans: tuple[tuple[int, int], ...],
    ) -> None:
        self._device, self._text, self._font = device, text, font
        self._align = Qt.AlignmentFlag.AlignLeft if align is None else align
        self._formats: list[tuple[int, int, QTextCharFormat]] = []
        if bold_spans:
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            self._formats = [(start, length, bold) for start, length in bold_spans]
        self._measure: TextMeasure | None = None
        self._blocks: dict[float, TextBlock] = {}

    def block(self, width: float) -> TextBlock:
        """The text wrapped to ``width`` device pixels (shared: blocks are never changed)."""
        key = round(width, 2)
        block = self._blocks.get(key)
        if block is None:
            if self._measure is None:
                laid = laid_text(self._text)
                self._measure = TextMeasure(
                    laid, self._font, self._device, self._align, self._formats
                )
            block = TextBlock(
                self._text,
                self._font,
                self._device,
                width,
                self._align,
                self._formats,
                self._measure,
            )
            self._blocks[key] = block
        return block


class HeaderBlock:
    """Routine title, summary and the facts: length, audience, hands, number of steps."""

    step_index: int | None = None

    def __init__(self, c: Canvas, routine: Routine, width: float) -> None:
        s = c.style
        self.c = c
        self.width = width
        self.title = c.text(routine.title, c.font(s.title_size, bold=True), width)
        summary_size = s.body_size + (0 if s.compact else 1)
        self.summary = (
            c.text(routine.summary, c.font(summary_size), width) if routine.summary else None
        )
        facts = [
            (
                translate("RoutineSheet", "Length:"),
                wording.about_length(routine_seconds(routine)),
            ),
            (
                translate("RoutineSheet", "Audience:"),
                wording.audience_sentence(routine.audience, routine.map),
            ),
            (_hands_label(routine.map), wording.routine_hands(routine)),
            (translate("RoutineSheet", "Steps:"), str(len(routine.steps))),
        ]
        facts = [(label, value) for label, value in facts if value]
        self.facts = c.labelled(facts, s.body_size if not s.compact else s.small_size + 0.5, width)
        self.height = self.title.height + c.pt(4)
        if self.summary:
            self.height += self.summary.height + c.pt(5)
        self.height += self.facts.height + c.pt(6) + c.pt(1.5) + c.pt(s.gap)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner at ``(x, y)``."""
        c = self.c
        painter.setPen(INK)
        self.title.draw(painter, x, y)
        y += self.title.height + c.pt(4)
        if self.summary:
            painter.setPen(MUTED)
            self.summary.draw(painter, x, y)
            y += self.summary.height + c.pt(5)
        painter.setPen(INK)
        self.facts.draw(painter, x, y)
        y += self.facts.height + c.pt(6)
        painter.fillRect(QRectF(x, y, self.width, c.pt(1.5)), INK)


def paint_warning_mark(painter: QPainter, rect: QRectF) -> None:
    """A black warning triangle with a white exclamation mark, drawn as shapes."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    triangle = QPainterPath()
    triangle.moveTo(rect.center().x(), rect.top())
    triangle.lineTo(rect.right(), rect.bottom())
    triangle.lineTo(rect.left(), rect.bottom())
    triangle.closeSubpath()
    painter.fillPath(triangle, INK)
    w = rect.width()
    bar = QRectF(
        rect.center().x() - w * 0.055,
        rect.top() + rect.height() * 0.33,
        w * 0.11,
        rect.height() * 0.36,
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PAPER)
    painter.drawRoundedRect(bar, w * 0.05, w * 0.05)
    painter.drawEllipse(
        QPointF(rect.center().x(), rect.top() + rect.height() * 0.82), w * 0.065, w * 0.065
    )
    painter.restore()


class CautionsBox:
    """The routine's cautions in a thick-bordered box with a warning mark."""

    step_index: int | None = None

    def __init__(self, c: Canvas, cautions: tuple[str, ...], width: float) -> None:
        s = c.style
        self.c = c
        self.width = width
        self.pad = c.pt(s.padding + 2)
        self.border = c.pt(2.5)
        heading_font = c.font(s.heading_size + (1 if not s.compact else 0), bold=True)
        self.mark = c.pt(s.heading_size * 1.9)
        text_x = self.pad + self.mark + c.pt(s.gap + 2)
        self.text_x = text_x
        inner = width - text_x - self.pad
        self.heading = c.text(
            translate("RoutineSheet", "CAUTIONS: read before you start"), heading_font, inner
        )
        self.bullet_indent = c.pt(s.body_size)
        self.items = [
            c.text(item, c.font(s.body_size), inner - self.bullet_indent) for item in cautions
        ]
        self.item_gap = c.pt(3)
        body = self.heading.height + c.pt(4) + sum(t.height + self.item_gap for t in self.items)
        self.height = max(body, self.mark) + 2 * self.pad + c.pt(s.gap)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner at ``(x, y)``."""
        c = self.c
        box = QRectF(x, y, self.width, self.height - c.pt(c.style.gap))
        half = self.border / 2
        painter.save()
        painter.setPen(QPen(INK, self.border))
        painter.setBrush(FILL)
        painter.drawRect(box.adjusted(half, half, -half, -half))
        painter.restore()
        paint_warning_mark(painter, QRectF(x + self.pad, y + self.pad, self.mark, self.mark * 0.9))
        tx = x + self.text_x
        ty = y + self.pad
        painter.setPen(INK)
        self.heading.draw(painter, tx, ty)
        ty += self.heading.height + c.pt(4)
        bullet_font = c.font(c.style.body_size, bold=True)
        for item in self.items:
            painter.setFont(bullet_font)
            painter.drawText(
                QRectF(tx, ty, self.bullet_indent, item.height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                "\u2022",
            )
            item.draw(painter, tx + self.bullet_indent, ty)
            ty += item.height + self.item_gap


def shown_side(step: Step, lead: Side, order: Order) -> Side:
    """The hand a step's diagram shows: the lead hand when it is done on each."""
    # In a hand-by-hand routine every step but a both-hands one runs on each hand.
    each = step.hand is Hand.EACH or (order is Order.HAND_BY_HAND and step.hand is not Hand.BOTH)
    return lead if each else step.hand.side(lead)


Words = list[tuple[Callable[[float], TextBlock], QColor]]


def step_words(c: Canvas, step: Step, lead: Side, order: Order) -> Words:
    """A step card's words (instruction, facts, where, note, tradition), each ready to
    be wrapped to a width; made once per step, however many sizes the card is tried at."""
    key = (id(step), lead, order)
    known = c.step_words.get(key)
    if known is not None and known[0] is step:
        return known[1]
    s = c.style
    words: Words = [(c.words(step.instruction, c.font(s.body_size)).block, INK)]
    facts = [
        (translate("RoutineSheet", "Length:"), wording.step_length(step)),
        (_hands_label(map_of(step.view)), wording.step_hands(step, lead, order)),
    ]
    if step.pressure is not None:
        facts.append(
            (translate("RoutineSheet", "Pressure:"), wording.pressure_level(step.pressure))
        )
    facts.append((translate("RoutineSheet", "Technique:"), wording.technique_name(step.technique)))
    facts_size = s.small_size + (0.5 if not s.compact else 0)
    words.append((c.labelled_words(facts, facts_size).block, INK))
    if step.zones and not s.compact:
        where = ", ".join(zone_name(z) for z in step.zones)
        where_pair = [(translate("RoutineSheet", "Where:"), where)]
        words.append((c.labelled_words(where_pair, s.small_size).block, MUTED))
    if step.notes:
        labelled = [(translate("RoutineSheet", "Note:"), step.notes)]
        words.append((c.labelled_words(labelled, s.small_size).block, MUTED))
    if step.tradition:
        # Always labelled, and in italics, so it is never read as a claim of the sheet.
        tradition = translate("RoutineSheet", "In tradition: {text}").format(text=step.tradition)
        words.append((c.words(tradition, c.font(s.small_size, italic=True)).block, MUTED))
    c.step_words[key] = (step, words)
    return words


class StepCard:
    """One step: number, title and tick box; diagram beside instruction and facts."""

    def __init__(
        self,
        c: Canvas,
        step: Step,
        index: int,
        width: float,
        lead: Side = Side.RIGHT,
        order: Order = Order.STEP_BY_STEP,
        diagram_height: float | None = None,
    ) -> None:
        s = c.style
        self.c = c
        self.step = step
        self.step_index = index
        self.width = width
        self.side = shown_side(step, lead, order)
        pad = self.pad = c.pt(s.padding)
        gap = c.pt(s.gap)
        heading_font = c.font(s.heading_size, bold=True)
        # Title row: [number] title ........ Done [ ]
        self.badge = c.pt(s.heading_size * 1.65)
        self.tick = c.pt(s.heading_size * 1.05)
        self.done_label = c.text(translate("RoutineSheet", "Done"), c.font(s.small_size), c.pt(60))
        title_x = pad + self.badge + gap
        title_w = (
            width - title_x - pad - self.tick - c.pt(4) - self.done_label.natural_width() - gap
        )
        self.title = c.text(step.title, heading_font, title_w)
        self.title_x = title_x
        self.title_h = max(self.badge, self.title.height)
        # Body row: diagram on the left, words on the right. The diagram's own caption
        # names the hand shown; "Hands:" says when the step is done on each.
        self.diagram_h = c.pt(diagram_height or s.diagram_height)
        self.diagram_w = self.diagram_h * diagram_aspect(step, self.side)
        self.picture_w = self.diagram_w
        text_x = self.text_x = pad + self.picture_w + gap
        text_w = width - text_x - pad
        words = step_words(c, step, lead, order)
        self.parts: list[tuple[TextBlock, QColor]] = [(w(text_w), ink) for w, ink in words]
        words_gap = c.pt(4 if not s.compact else 2.5)
        self.words = WordsColumn(self.parts, words_gap)
        self.picture_h = self.diagram_h
        self.body_y = pad + self.title_h + c.pt(s.gap * 0.6)
        # Narrower text is never shorter: when the words beside the largest diagram a
        # page may choose still fit beside this one, the diagram sets the height, and
        # trying the card at each size needs no wrapping of words.
        largest = max(self.diagram_h, c.pt(s.diagram_height))
        narrowest = width - (pad + largest * diagram_aspect(step, self.side) + gap) - pad
        tallest = WordsColumn([(w(narrowest), ink) for w, ink in words], words_gap).height
        words_h = self.picture_h if tallest <= self.picture_h else self.words.height
        self.card_h = self.body_y + max(words_h, self.picture_h) + pad
        self.height = self.card_h + gap
        self.continued: TextBlock | None = None  # "continued" mark when the card is split

    def diagram_rect(self, x: float, y: float) -> QRectF:
        """Where the diagram goes when the card's top-left corner is at ``(x, y)``."""
        left = x + self.pad + (self.picture_w - self.diagram_w) / 2
        return QRectF(left, y + self.body_y, self.diagram_w, self.diagram_h)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner at ``(x, y)``."""
        c = self.c
        pad = self.pad
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(RULE, c.pt(0.8)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = c.pt(4)
        painter.drawRoundedRect(QRectF(x, y, self.width, self.card_h), radius, radius)
        # Number badge: white figures on a black disc.
        badge = QRectF(x + pad, y + pad + (self.title_h - self.badge) / 2, self.badge, self.badge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        painter.drawEllipse(badge)
        painter.setPen(PAPER)
        painter.setFont(c.font(c.style.heading_size * 0.85, bold=True))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self.step_index + 1))
        # Tick box, with its label, at the right of the title row.
        tick = QRectF(
            x + self.width - pad - self.tick,
            y + pad + (self.title_h - self.tick) / 2,
            self.tick,
            self.tick,
        )
        painter.setPen(QPen(INK, c.pt(1.2)))
        painter.setBrush(PAPER)
        painter.drawRect(tick)
        painter.setPen(MUTED)
        label_x = tick.left() - c.pt(4) - self.done_label.natural_width()
        self.done_label.draw(painter, label_x, tick.center().y() - self.done_label.height / 2)
        painter.restore()
        painter.setPen(INK)
        self.title.draw(painter, x + self.title_x, y + pad + (self.title_h - self.title.height) / 2)
        diagram = self.diagram_rect(x, y)
        # Zone names are printed beside the diagram ("Where:"), legible at any size.
        shared = self.step.view in self.c.shared_views
        paint_step_diagram(painter, diagram, self.step, self.side, labels=False, shared=shared)
        self.words.paint(painter, x + self.text_x, y + self.body_y)
        if self.continued:
            paint_continued_mark(
                painter, self.continued, x + self.width - self.pad, y + self.card_h - self.pad
            )


def _hands_label(body_map: BodyMap) -> str:
    if body_map is BodyMap.FOOT:
        return translate("RoutineSheet", "Feet:")
    return translate("RoutineSheet", "Hands:")


def continued_mark(c: Canvas, text: str) -> TextBlock:
    """The small italic line that says a step goes on elsewhere."""
    font = c.font(c.style.small_size, italic=True, bold=True)
    return c.text(text, font, c.pt(400))


def paint_continued_mark(painter: QPainter, mark: TextBlock, right: float, bottom: float) -> None:
    """Draw ``mark`` with its bottom-right corner at ``(right, bottom)``."""
    painter.setPen(INK)
    mark.draw(painter, right - mark.natural_width(), bottom - mark.height)


class NotesBlock:
    """A few lines of the notes or sources at the end of the sheet, maybe under their heading.

    Notes are not steps: they may run on to the next page, so they come in small
    pieces (see ``notes_blocks``), and a heading always keeps its first lines.
    """

    step_index: int | None = None
    trailing = 0.0  # no gap below: the next piece goes on straight under it

    def __init__(self, c: Canvas, heading: TextBlock | None, lines: TextBlock) -> None:
        self.c = c
        self.heading = heading
        self.lines = lines
        self.top = c.pt(c.style.gap) if heading else 0.0
        head_h = heading.height + c.pt(2) if heading else 0.0
        self.height = self.top + head_h + lines.height + c.pt(2)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner at ``(x, y)``."""
        y += self.top
        if self.heading:
            painter.setPen(INK)
            self.heading.draw(painter, x, y)
            y += self.heading.height + self.c.pt(2)
        painter.setPen(MUTED)
        self.lines.draw(painter, x, y)


def notes_blocks(
    c: Canvas, heading: str, items: tuple[str, ...], width: float, lines_per_piece: int = 3
) -> list[NotesBlock]:
    """A headed list cut into pieces of a few lines, so it can run on to another page."""
    font = c.font(c.style.small_size)
    head: TextBlock | None = c.text(heading, c.font(c.style.small_size + 1, bold=True), width)
    pieces: list[NotesBlock] = []
    for item in items:
        whole = c.text(item, font, width)
        spans = whole.line_spans()
        for first in range(0, len(spans), lines_per_piece):
            chunk = spans[first : first + lines_per_piece]
            start, end = chunk[0][0], chunk[-1][0] + chunk[-1][1]
            # Re-laid at the same width, a run of whole lines wraps exactly as before.
            text = whole.laid_text[start:end].strip()
            pieces.append(NotesBlock(c, head, c.text(text, font, width)))
            head = None
    return pieces
