"""Reading a written sheet back: text per page, metadata, and page pictures (QtPdf)."""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from handtrainer.core.model import Routine
from handtrainer.sheet.layout import SheetLayout


def squash(text: str) -> str:
    """Text without any whitespace, so line breaks in the PDF do not matter."""
    return "".join(text.split())


class ReadPdf:
    """A PDF opened with QtPdf, closed with ``close()``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._boxes: list[list[tuple[QRectF, str]]] | None = None
        self.document = QPdfDocument()
        error = self.document.load(str(path))
        assert error == QPdfDocument.Error.None_, f"could not read {path}: {error}"
        self.page_count = self.document.pageCount()
        self.texts = [self.document.getAllText(i).text() for i in range(self.page_count)]
        self.squashed = [squash(t) for t in self.texts]

    def words_in(self, page: int, rect: QRectF) -> list[str]:
        """The words (pdftotext's reading) whose centre lies in ``rect`` (points) on ``page``."""
        if self._boxes is None:
            self._boxes = read_word_boxes(self.path)
        return [word for box, word in self._boxes[page] if rect.contains(box.center())]

    def title(self) -> str:
        return str(self.document.metaData(QPdfDocument.MetaDataField.Title))

    def author(self) -> str:
        return str(self.document.metaData(QPdfDocument.MetaDataField.Author))

    def pages_with(self, text: str) -> list[int]:
        """The pages (0-based) whose text contains ``text``, whitespace ignored."""
        wanted = squash(text)
        return [i for i, page in enumerate(self.squashed) if wanted in page]

    def render(self, page: int, dpi: float = 40) -> QImage:
        """The page as a white-backed picture at ``dpi``."""
        size = self.document.pagePointSize(page)
        pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
        # Qt before 6.12 has no fillColor: lay the (transparent) page on white ourselves.
        rendered = self.document.render(page, pixels)
        image = QImage(rendered.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return image

    def close(self) -> None:
        self.document.close()


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def read_word_boxes(path: Path) -> list[list[tuple[QRectF, str]]]:
    """Every word of every page with its box in points, from ``pdftotext -bbox``."""
    done = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    pages: list[list[tuple[QRectF, str]]] = []
    for chunk in done.stdout.split("<page ")[1:]:
        words = []
        for x0, y0, x1, y1, word in _WORD.findall(chunk):
            box = QRectF(float(x0), float(y0), float(x1) - float(x0), float(y1) - float(y0))
            # NFKC undoes the ligatures the font shaped ("ﬁ" is read as "fi").
            words.append((box, unicodedata.normalize("NFKC", html.unescape(word))))
        pages.append(words)
    return pages


_DARK = bytes(1 if value < 235 else 0 for value in range(256))


def ink_fraction(image: QImage, rect_points: QRectF, dpi: float) -> float:
    """How much of ``rect_points`` (in PDF points) is not white in a page picture."""
    scale = dpi / 72
    area = QRect(
        round(rect_points.left() * scale),
        round(rect_points.top() * scale),
        round(rect_points.width() * scale),
        round(rect_points.height() * scale),
    ).intersected(image.rect())
    if area.isEmpty():
        return 0.0
    grey = image.copy(area).convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    stride, width = grey.bytesPerLine(), grey.width()
    # Rows are padded to a stride; count only the pixels of each row.
    inked = sum(
        data[row * stride : row * stride + width].translate(_DARK).count(1)
        for row in range(grey.height())
    )
    return inked / (width * grey.height())


DPI = 40


def last_words(text: str, count: int = 4) -> str:
    return " ".join(text.split()[-count:])


def check_sheet(routine: Routine, pdf: ReadPdf, layout: SheetLayout) -> None:
    """What every sheet must show, read back from the PDF."""
    assert pdf.page_count == layout.page_count
    assert [p.step_index for p in layout.steps] == list(range(len(routine.steps)))
    pictures = {}
    for placed in layout.steps:
        step = routine.steps[placed.step_index]
        # Read inside the card: cards may stand side by side, two to a row.
        inside = squash(" ".join(pdf.words_in(placed.page, placed.rect)))
        assert squash(step.title) in inside, f"step {step.title!r} is not on page {placed.page + 1}"
        if placed.split:
            # Taller than a page: it goes on under "Title (continued)" after a mark.
            assert pdf.pages_with(last_words(step.instruction)), step.title
            assert "Continued" in inside, step.title
            assert any(p >= placed.page for p in pdf.pages_with(f"{step.title} (continued)"))
        else:
            # The step's last words are in the card its title is in: it was not split.
            assert squash(last_words(step.instruction)) in inside, step.title
        # The card stays inside the page.
        full = QRectF(0, 0, layout.page_size.width(), layout.page_size.height())
        assert full.contains(placed.rect)
        if placed.page not in pictures:
            pictures[placed.page] = pdf.render(placed.page, DPI)
        inked = ink_fraction(pictures[placed.page], placed.diagram, DPI)
        assert inked > 0.03, f"the diagram of {step.title!r} looks blank ({inked:.3f})"
    for page, rect in layout.blocks:
        # Nothing runs over the footer or off the page.
        assert rect.bottom() <= layout.body_bottom + 0.5, (page, rect, layout.body_bottom)
        assert rect.right() <= layout.page_size.width(), (page, rect)
    for number in range(pdf.page_count):
        footer = f"Page {number + 1} of {pdf.page_count}"
        assert pdf.pages_with(footer) == [number]
        assert routine.id in pdf.texts[number], (routine.id, pdf.texts[number][-120:])
