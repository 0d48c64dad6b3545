"""The routine sheet: one layout that paints onto a printer, a print preview or a PDF.

Two passes: every block (header, cautions, one card per step, notes) is first
measured on the target device and placed on pages, so the page count is known;
then the pages are painted with their footers ("Page N of M"). A step card is
never split: if it does not fit in what is left of a column, it moves on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

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
)
from handtrainer.sheet.continued import is_splittable, split_card
from handtrainer.sheet.program_block import ProgramBlock, wants_program_block

if TYPE_CHECKING:
    # Only named: printing needs QtPrintSupport, which pulls in QtWidgets; PDF does not.
    from PySide6.QtPrintSupport import QPrinter

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


PDF_RESOLUTION = 1200
PDF_AUTHOR = "Hand Trainer"
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


class Block(Protocol):
    """Anything the layout can place: it knows its height and paints itself."""

    @property
    def height(self) -> float: ...
    @property
    def step_index(self) -> int | None: ...

    def paint(self, painter: QPainter, x: float, y: float) -> None: ...


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


def page_size_id(name: str) -> QPageSize.PageSizeId:
    """``A4`` or ``Letter`` (any case) as a Qt page size; ``ValueError`` otherwise."""
    try:
        return PAGE_SIZES[name.lower()]
    except KeyError:
        raise ValueError(f"unknown page size {name!r} (use A4 or Letter)") from None


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
        """Write the sheet as a vector PDF, atomically: a failure leaves no file behind.

        Raises ``OSError`` when the file cannot be written, ``ValueError`` for an
        unknown page size.
        """
        size = QPageSize(page_size_id(page_size))
        target = QSaveFile(str(path))
        if not target.open(QIODevice.OpenModeFlag.WriteOnly):
            raise OSError(f"cannot write {path}: {target.errorString()}")
        try:
            writer = QPdfWriter(target)
            writer.setResolution(PDF_RESOLUTION)
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
        """Place the blocks on pages and columns; a block is never split."""
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
        flow: list[Block] = [
            StepCard(c, step, i, column_w, self.lead_hand, routine.order)
            for i, step in enumerate(routine.steps)
        ]
        # Nothing the routine holds is left off, not even on the compact card.
        if routine.notes:
            heading = (
                translate("RoutineSheet", "Notes for the practitioner")
                if routine.audience is Audience.PARTNER
                else translate("RoutineSheet", "Notes")
            )
            flow.extend(notes_blocks(c, heading, (routine.notes,), column_w))
        if routine.sources:
            flow.extend(
                notes_blocks(c, translate("RoutineSheet", "Sources"), routine.sources, column_w)
            )
        column_top = y
        while flow:
            placed, rest = self._fill_page(flow, column_top, bottom, column_w, column_gap, gap)
            if not rest and style.columns > 1:
                placed = self._balanced(flow, column_top, bottom, column_w, column_gap, gap)
            pages[-1].extend(placed)
            flow = rest
            if flow:
                pages.append([])
                column_top = 0.0
        return pages

    def _fill_page(
        self,
        blocks: list[Block],
        top: float,
        bottom: float,
        column_w: float,
        column_gap: float,
        gap: float,
    ) -> tuple[list[tuple[Block, float, float]], list[Block]]:
        """Fill the columns of one page from ``top`` down to ``bottom``; the blocks left over.

        A step too tall for any whole column is split (see ``continued``): its first
        part fills what is left of this column, the rest goes on in the next.
        """
        columns = (COMPACT_STYLE if self.compact else NORMAL_STYLE).columns
        placed: list[tuple[Block, float, float]] = []
        queue = list(blocks)
        column, y = 0, top
        while queue:
            block = queue[0]
            # The gap below a block may run into the bottom margin.
            if y + block.height - gap > bottom:
                # Later pages start at the top: there a column is ``bottom`` tall.
                if is_splittable(block) and block.height - gap > bottom:
                    halves = split_card(
                        block,  # type: ignore[arg-type]
                        bottom - y,
                        next_page=column + 1 == columns,
                    )
                    if halves is not None:
                        placed.append((halves[0], column * (column_w + column_gap), y))
                        queue[0] = halves[1]
                        y = bottom
                # Only a block taller than a whole empty page is placed where it does not fit.
                if y > top or top > 0:
                    column, y = column + 1, top
                    if column == columns:
                        break
                    continue
            placed.append((block, column * (column_w + column_gap), y))
            y += block.height
            queue.pop(0)
        return placed, queue

    def _balanced(
        self,
        blocks: list[Block],
        top: float,
        bottom: float,
        column_w: float,
        column_gap: float,
        gap: float,
    ) -> list[tuple[Block, float, float]]:
        """The last page's blocks spread over the columns as evenly as they go."""
        best, _ = self._fill_page(blocks, top, bottom, column_w, column_gap, gap)
        low = max(block.height for block in blocks) + top - gap
        if any(is_splittable(b) for b, _, _ in best if b not in blocks):
            return best  # a split step fills its columns already
        high = bottom
        for _ in range(24):  # bisect the lowest column bottom that still takes every block
            middle = (low + high) / 2
            placed, rest = self._fill_page(blocks, top, middle, column_w, column_gap, gap)
            if not rest:
                best, high = placed, middle
            else:
                low = middle
        return best

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
        for number, placed in enumerate(pages):
            for block, x, y in placed:
                drawn = getattr(block, "card_h", block.height)
                blocks.append((number, points(QRectF(x, y, getattr(block, "width", 0.0), drawn))))
                if isinstance(block, StepCard):
                    card = QRectF(x, y, block.width, block.card_h)
                    steps.append(
                        PlacedStep(
                            block.step_index,
                            number,
                            points(card),
                            points(block.diagram_rect(x, y)),
                            block.continued is not None,
                        )
                    )
        full = layout.fullRect(QPageLayout.Unit.Point).size()
        return SheetLayout(len(pages), full, tuple(steps), tuple(blocks), oy + bottom / c.u)
