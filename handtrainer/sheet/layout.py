"""The routine sheet: one layout that paints onto a printer, a print preview or a PDF.

Two passes: every block (header, cautions, one card per step, notes) is first
measured on the target device and placed on pages, so the page count is known;
then the pages are painted with their footers ("Page N of M"). How blocks go on
pages, and how a page sizes its diagrams, is ``pages``; a step taller than a page
goes on, marked, as ``continued`` says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QIODevice, QMarginsF, QRectF, QSaveFile, QSizeF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from handtrainer.core.model import Audience, Routine, Side
from handtrainer.sheet.blocks import (
    COMPACT_STYLE,
    MUTED,
    NORMAL_STYLE,
    RULE,
    Canvas,
    CautionsBox,
    HeaderBlock,
    StepCard,
    notes_blocks,
    shown_side,
)
from handtrainer.sheet.diagram_slot import shared_views
from handtrainer.sheet.pages import Block, CardRow, Columns, Item, Paginator, Steps, trailing
from handtrainer.sheet.program_block import ProgramBlock, wants_program_block

if TYPE_CHECKING:
    # Only named: printing needs QtPrintSupport, which pulls in QtWidgets; PDF does not.
    from PySide6.QtPrintSupport import QPrinter

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


PDF_RESOLUTION = 1200
PAIR_SAVING = 0.8  # two steps share a row when it is at most this part of them stacked
PDF_AUTHOR = "Hand Trainer"
# Sizes in millimetres, which Qt recognises as its A4 and Letter: naming them through
# QPageSize.PageSizeId would build Python's copy of that 120-member enum on every export.
PAGE_SIZES = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}


@dataclass(frozen=True)
class PlacedStep:
    """Where one step landed: its page (0-based) and rectangles in points from the page corner."""

    step_index: int
    page: int
    rect: QRectF
    diagram: QRectF
    split: bool = False  # taller than a page: the rest follows in the next column or page


@dataclass(frozen=True)
class SheetLayout:
    """The result of laying out a sheet: page count, page size and every step's place."""

    page_count: int
    page_size: QSizeF  # points
    steps: tuple[PlacedStep, ...]  # where each step starts, with its diagram
    blocks: tuple[tuple[int, QRectF], ...] = ()  # page and rectangle of everything placed
    body_bottom: float = 0.0  # points from the page's top: the footer is below this


def paper_size(name: str) -> QPageSize:
    """``A4`` or ``Letter`` (any case) as a Qt page size; ``ValueError`` otherwise."""
    try:
        width, height = PAGE_SIZES[name.lower()]
    except KeyError:
        raise ValueError(f"unknown page size {name!r} (use A4 or Letter)") from None
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter)


class RoutineSheet:
    """A routine laid out for paper: header, cautions, numbered step cards, footer."""

    def __init__(
        self,
        routine: Routine,
        *,
        compact: bool = False,
        printed_on: date | None = None,
        lead_hand: Side = Side.RIGHT,
        practice: str = "",
        therapist: str = "",
    ) -> None:
        self.routine = routine
        self.practice = practice  # practice and therapist names (Settings), for the program
        self.therapist = therapist
        self.compact = compact
        self.printed_on = printed_on or date.today()
        self.lead_hand = lead_hand
        self.last_layout: SheetLayout | None = None

    def to_pdf(self, path: Path, page_size: str = "A4") -> None:
        """Write the sheet as a PDF (vector, but for the shared hand pictures), atomically.

        Raises ``OSError`` when the file cannot be written, ``ValueError`` for an
        unknown page size.
        """
        size = paper_size(page_size)
        target = QSaveFile(str(path))
        if not target.open(QIODevice.OpenModeFlag.WriteOnly):
            raise OSError(f"cannot write {path}: {target.errorString()}")
        try:
            writer = QPdfWriter(target)
            writer.setResolution(PDF_RESOLUTION)
            # The sheet is black, greys and white: grey pictures are stored at one byte a
            # pixel (in RGB, three, written and compressed for nothing).
            writer.setColorModel(QPdfWriter.ColorModel.Grayscale)
            writer.setPageLayout(
                QPageLayout(
                    size,
                    QPageLayout.Orientation.Portrait,
                    self._margins(),
                    QPageLayout.Unit.Millimeter,
                )
            )
            writer.setTitle(self.routine.title)
            writer.setCreator(PDF_AUTHOR)
            writer.setAuthor(PDF_AUTHOR)
            self.paint(writer)
            del writer  # the writer must let go of the file before it is committed
            if not target.commit():
                raise OSError(f"cannot write {path}: {target.errorString()}")
        except BaseException:
            target.cancelWriting()
            target.commit()  # after cancelWriting this only removes the temporary file
            raise

    def to_printer(self, printer: QPrinter) -> None:
        """Paint the sheet on a printer (or the printer behind a print preview)."""
        self.paint(printer)

    def _margins(self) -> QMarginsF:
        m = (COMPACT_STYLE if self.compact else NORMAL_STYLE).margin_mm
        return QMarginsF(m, m, m, m)

    def paint(self, device: QPagedPaintDevice) -> SheetLayout:
        """Lay out and paint the whole sheet on ``device``; returns where everything went."""
        canvas = Canvas(device, COMPACT_STYLE if self.compact else NORMAL_STYLE)
        steps = self.routine.steps
        sides = [shown_side(step, self.lead_hand, self.routine.order) for step in steps]
        canvas.shared_views = shared_views(steps, sides)
        width = float(device.width())
        height = float(device.height())
        footer_h = self._footer_height(canvas)
        pages = self._paginate(canvas, width, height - footer_h)
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("cannot start painting the routine sheet")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            for number, placed in enumerate(pages):
                if number:
                    device.newPage()
                for block, x, y in placed:
                    block.paint(painter, x, y)
                self._paint_footer(painter, canvas, width, height, number + 1, len(pages))
        finally:
            painter.end()
        self.last_layout = self._describe(device, canvas, pages, height - footer_h)
        return self.last_layout

    def _paginate(
        self, c: Canvas, width: float, bottom: float
    ) -> list[list[tuple[Block, float, float]]]:
        """Place the blocks on pages and columns (see ``pages``)."""
        style = c.style
        routine = self.routine
        gap = c.pt(style.gap)
        column_gap = c.pt(style.column_gap)
        column_w = (width - column_gap * (style.columns - 1)) / style.columns
        pages: list[list[tuple[Block, float, float]]] = [[]]
        y = 0.0
        # Header and cautions run across the full width of the first page.
        top: list[Block] = [HeaderBlock(c, routine, width)]
        if wants_program_block(routine.plan, self.practice, self.therapist):
            top.append(ProgramBlock(c, routine.plan, width, self.practice, self.therapist))
        if routine.cautions:
            top.append(CautionsBox(c, routine.cautions, width))
        for block in top:
            pages[0].append((block, 0.0, y))
            y += block.height
        flow: list[Item] = [(i,) for i in range(len(routine.steps))]
        # Nothing the routine holds is left off, not even on the compact card.
        if routine.notes:
            if routine.audience is Audience.INFANT:
                heading = translate("RoutineSheet", "Notes for the parent")
            elif routine.audience is Audience.PARTNER:
                heading = translate("RoutineSheet", "Notes for the practitioner")
            else:
                heading = translate("RoutineSheet", "Notes")
            flow.extend(notes_blocks(c, heading, (routine.notes,), column_w))
        if routine.sources:
            flow.extend(
                notes_blocks(c, translate("RoutineSheet", "Sources"), routine.sources, column_w)
            )
        cards: dict[tuple[int, float, float], StepCard] = {}

        def one(index: int, size: float, card_w: float) -> StepCard:
            if (index, size, card_w) not in cards:
                step = routine.steps[index]
                lead, order = self.lead_hand, routine.order
                cards[index, size, card_w] = StepCard(c, step, index, card_w, lead, order, size)
            return cards[index, size, card_w]

        half_w = (column_w - gap) / 2
        rows: dict[tuple[Steps, float], CardRow] = {}

        def card(steps: Steps, size: float) -> Block:
            if len(steps) == 1:
                return one(steps[0], size, column_w)
            if (steps, size) not in rows:
                left, right = one(steps[0], size, half_w), one(steps[1], size, half_w)
                rows[steps, size] = CardRow(left, right, gap)
            return rows[steps, size]

        flow[: len(routine.steps)] = self._rows(one, column_w, half_w, bottom)
        columns = Columns(style.columns, column_w, column_gap, gap)
        sizes = (style.diagram_min, style.diagram_height)
        later = Paginator(columns, card, sizes).paginate(flow, y, bottom)
        pages[0].extend(later[0])
        return pages + later[1:]

    def _rows(
        self,
        card: Callable[[int, float, float], StepCard],
        column_w: float,
        half_w: float,
        page_h: float,
    ) -> list[Steps]:
        """Steps in reading order, two to a row where their diagrams are narrow enough.

        Pairing is only worth it where the pair's row is clearly lower than the two
        cards one under the other (long instructions in half a width grow tall); and a
        row is never taller than half a page, since only a single card can go on to
        the next page.
        """
        style = COMPACT_STYLE if self.compact else NORMAL_STYLE
        count = len(self.routine.steps)
        if style.columns > 1:
            return [(i,) for i in range(count)]
        size, largest = style.diagram_min, style.diagram_height
        rows: list[Steps] = []
        i = 0
        while i < count:
            if i + 1 < count:
                pair = [card(i, size, half_w), card(i + 1, size, half_w)]
                narrow = all(p.side is not Side.BOTH for p in pair)
                row_h = max(p.height for p in pair)
                whole = card(i, size, column_w).height + card(i + 1, size, column_w).height
                if (
                    narrow
                    and row_h <= PAIR_SAVING * whole
                    and self._row_fits(
                        card(i, largest, half_w), card(i + 1, largest, half_w), page_h
                    )
                ):
                    rows.append((i, i + 1))
                    i += 2
                    continue
            rows.append((i,))
            i += 1
        return rows

    @staticmethod
    def _row_fits(left: StepCard, right: StepCard, page_h: float) -> bool:
        return max(left.height, right.height) <= page_h / 2

    def _footer_height(self, c: Canvas) -> float:
        font = c.font(c.style.small_size)
        return QFontMetricsF(font, c.device).height() + c.pt(8)

    def _paint_footer(
        self, painter: QPainter, c: Canvas, width: float, height: float, number: int, count: int
    ) -> None:
        font = c.font(c.style.small_size)
        line_h = QFontMetricsF(font, c.device).height()
        rect = QRectF(0.0, height - line_h, width, line_h)
        painter.save()
        painter.fillRect(QRectF(0.0, rect.top() - c.pt(4), width, c.pt(0.6)), RULE)
        painter.setFont(font)
        painter.setPen(MUTED)
        metrics = QFontMetricsF(font, c.device)
        printed = translate("RoutineSheet", "Printed {date}").format(
            date=self.printed_on.isoformat()
        )
        page = translate("RoutineSheet", "Page {number} of {count}").format(
            number=number, count=count
        )
        right = f"{printed}    {page}"
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right
        )
        left_w = width - metrics.horizontalAdvance(right) - c.pt(12)
        # The id is what finds the routine again, so only the title is ever shortened.
        suffix = f" \u2014 {self.routine.id}"
        title = metrics.elidedText(
            self.routine.title,
            Qt.TextElideMode.ElideRight,
            max(0.0, left_w - metrics.horizontalAdvance(suffix)),
        )
        painter.drawText(
            QRectF(rect.left(), rect.top(), left_w, line_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title + suffix,
        )
        painter.restore()

    def _describe(
        self,
        device: QPagedPaintDevice,
        c: Canvas,
        pages: list[list[tuple[Block, float, float]]],
        bottom: float,
    ) -> SheetLayout:
        layout = device.pageLayout()
        paint_rect = layout.paintRect(QPageLayout.Unit.Point)
        ox, oy = paint_rect.left(), paint_rect.top()

        def points(rect: QRectF) -> QRectF:
            return QRectF(
                ox + rect.x() / c.u, oy + rect.y() / c.u, rect.width() / c.u, rect.height() / c.u
            )

        steps: list[PlacedStep] = []
        blocks: list[tuple[int, QRectF]] = []
        gap = c.pt(c.style.gap)
        for number, placed in enumerate(pages):
            for row, x, y in placed:
                members = row.members() if isinstance(row, CardRow) else [(row, 0.0)]
                for block, dx in members:
                    drawn = getattr(block, "card_h", block.height - trailing(block, gap))
                    width = getattr(block, "width", 0.0)
                    blocks.append((number, points(QRectF(x + dx, y, width, drawn))))
                    if isinstance(block, StepCard):
                        card = QRectF(x + dx, y, block.width, block.card_h)
                        steps.append(
                            PlacedStep(
                                block.step_index,
                                number,
                                points(card),
                                points(block.diagram_rect(x + dx, y)),
                                block.continued is not None,
                            )
                        )
        full = layout.fullRect(QPageLayout.Unit.Point).size()
        return SheetLayout(len(pages), full, tuple(steps), tuple(blocks), oy + bottom / c.u)
