"""The routine sheet written as PDF and read back: text, pages, diagrams, metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from handtrainer.core.model import Routine
from handtrainer.sheet.layout import RoutineSheet
from tests.sheet.pdf import ReadPdf, check_sheet
from tests.sheet.routines import long_routine, short_routine


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_long_routine_runs_over_pages_without_splitting_steps(
    qapp, tmp_path: Path, page_size: str
) -> None:
    routine = long_routine()
    sheet = RoutineSheet(routine, printed_on=date(2024, 3, 5))
    target = tmp_path / "long.pdf"
    sheet.to_pdf(target, page_size)
    assert sheet.last_layout is not None
    assert sheet.last_layout.page_count > 2
    pdf = ReadPdf(target)
    try:
        check_sheet(routine, pdf, sheet.last_layout)
        assert pdf.title() == routine.title
        assert pdf.author() == "Hand Trainer"
        assert "Printed 2024-03-05" in pdf.texts[-1]
        first = pdf.texts[0]
        assert routine.title in first
        assert "CAUTIONS" in first
        assert routine.cautions[0] in first
        assert "For working on a partner's hands" in first
        assert "Sources" in pdf.texts[-1]
        size = pdf.document.pagePointSize(0)
        expected = (595, 842) if page_size == "A4" else (612, 792)
        assert (round(size.width()), round(size.height())) == expected
    finally:
        pdf.close()


def test_step_facts_are_printed(qapp, tmp_path: Path) -> None:
    routine = short_routine()
    target = tmp_path / "short.pdf"
    RoutineSheet(routine).to_pdf(target)
    pdf = ReadPdf(target)
    try:
        text = "".join(pdf.squashed)
        for fact in (
            "20 s",
            "30 s per hand",
            "5 × 3 s (15 s) per hand",
            "then rest 5 s",
            "Both hands together",
            "Left hand",
            "Pressure: Firm",
            "Technique: Squeeze",
            "In tradition: The centre of the palm is associated with calm.",
            "For your own hands",
        ):
            assert "".join(fact.split()) in text, fact
    finally:
        pdf.close()


def test_compact_fits_a_short_routine_on_one_page(qapp, tmp_path: Path) -> None:
    routine = short_routine()
    normal = RoutineSheet(routine)
    normal.to_pdf(tmp_path / "normal.pdf")
    compact = RoutineSheet(routine, compact=True)
    target = tmp_path / "compact.pdf"
    compact.to_pdf(target)
    assert compact.last_layout is not None and normal.last_layout is not None
    assert compact.last_layout.page_count == 1
    # Two columns: some step sits to the right of the first one.
    lefts = {round(p.rect.left()) for p in compact.last_layout.steps}
    assert len(lefts) == 2
    small = compact.last_layout.steps[0].diagram
    assert small.width() < normal.last_layout.steps[0].diagram.width()
    pdf = ReadPdf(target)
    try:
        check_sheet(routine, pdf, compact.last_layout)
    finally:
        pdf.close()


def test_very_long_instruction_wraps_and_stays_on_its_page(qapp, tmp_path: Path) -> None:
    base = short_routine()
    words = " ".join(f"word{i}" for i in range(400))
    unbroken = "x" * 300  # a word longer than the line must still wrap
    steps = (
        base.steps[0],
        base.steps[1].__class__(
            title="A very long step",
            instruction=f"{words} {unbroken} finally the end.",
            technique=base.steps[1].technique,
            duration=30,
        ),
    ) * 2
    routine = Routine(id="wordy", title="Wordy", summary="", steps=steps)
    sheet = RoutineSheet(routine)
    target = tmp_path / "wordy.pdf"
    sheet.to_pdf(target)
    assert sheet.last_layout is not None
    pdf = ReadPdf(target)
    try:
        check_sheet(routine, pdf, sheet.last_layout)
    finally:
        pdf.close()


def test_unknown_page_size_is_refused(qapp, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="A5"):
        RoutineSheet(short_routine()).to_pdf(tmp_path / "x.pdf", "A5")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_leaves_no_file(qapp, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "sheet.pdf"
    with pytest.raises(OSError, match="cannot write"):
        RoutineSheet(short_routine()).to_pdf(missing)
    assert not missing.parent.exists()


def test_failure_while_painting_leaves_no_file(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"the old sheet")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("drawing failed")

    monkeypatch.setattr("handtrainer.sheet.blocks.paint_step_diagram", broken)
    with pytest.raises(RuntimeError):
        RoutineSheet(short_routine()).to_pdf(target)
    # The old file is untouched and no temporary file is left beside it.
    assert target.read_bytes() == b"the old sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_pdf_is_vector_with_embedded_fonts(qapp, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    RoutineSheet(short_routine()).to_pdf(target)
    data = target.read_bytes()
    assert b"/FontFile2" in data  # TrueType font programs are embedded
    assert b"/PatternType" in data  # highlights are hatched with a vector pattern
    # Only the still hand drawing is ever a picture, one per view drawn three times or
    # more (the palm here, four hands); the back, shown once, stays in curves.
    assert data.count(b"/Subtype /Image") == 1


def test_pdf_is_written_in_grey(qapp, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    RoutineSheet(short_routine()).to_pdf(target)
    data = target.read_bytes()
    # The hand picture is stored at one byte a pixel, not three.
    image = data[data.index(b"/Subtype /Image") :][:200]
    assert b"/ColorSpace /DeviceGray" in image


def test_sheet_size_per_step_stays_small(qapp, tmp_path: Path) -> None:
    sizes = {}
    for count in (10, 20):
        target = tmp_path / f"long-{count}.pdf"
        RoutineSheet(long_routine(count)).to_pdf(target)
        data = target.read_bytes()
        sizes[count] = len(data)
        assert data.count(b"/Subtype /Image") <= 4  # views and clench stages, not steps
    # Ten more steps cost the words, highlights and marks, not ten more drawings:
    # 59 KiB a step when every diagram drew the whole hand as curves.
    assert (sizes[20] - sizes[10]) / 10 < 35 * 1024, sizes


def test_printer_gets_the_same_sheet_as_the_pdf(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    routine = long_routine()
    pdf_sheet = RoutineSheet(routine)
    pdf_sheet.to_pdf(tmp_path / "direct.pdf", "Letter")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    printed = RoutineSheet(routine)
    printed.to_printer(printer)
    assert printed.last_layout is not None and pdf_sheet.last_layout is not None
    assert printed.last_layout.page_count == pdf_sheet.last_layout.page_count
    assert [p.page for p in printed.last_layout.steps] == [
        p.page for p in pdf_sheet.last_layout.steps
    ]
    pdf = ReadPdf(tmp_path / "printed.pdf")
    try:
        check_sheet(routine, pdf, printed.last_layout)
    finally:
        pdf.close()


def test_the_check_notices_a_missing_diagram(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("handtrainer.sheet.blocks.paint_step_diagram", lambda *a, **k: None)
    routine = short_routine()
    sheet = RoutineSheet(routine)
    target = tmp_path / "blank.pdf"
    sheet.to_pdf(target)
    assert sheet.last_layout is not None
    pdf = ReadPdf(target)
    try:
        with pytest.raises(AssertionError, match="looks blank"):
            check_sheet(routine, pdf, sheet.last_layout)
    finally:
        pdf.close()


def test_notes_and_sources_run_on_with_their_heading(qapp, tmp_path: Path) -> None:
    base = short_routine()
    notes = " ".join(f"note{i}" for i in range(2500))
    sources = tuple(f"Source number {i}, a book about hands" for i in range(30))
    routine = Routine(
        id="run-on",
        title="Run-on",
        summary="",
        steps=base.steps,
        notes=notes,
        sources=sources,
    )
    sheet = RoutineSheet(routine)
    target = tmp_path / "notes.pdf"
    sheet.to_pdf(target)
    pdf = ReadPdf(target)
    try:
        words = {word for text in pdf.texts for word in text.split()}
        assert set(notes.split()) <= words
        assert sheet.last_layout is not None
        note_pages = {i for i, text in enumerate(pdf.texts) if "note1" in text}
        assert len(note_pages) > 1  # the notes ran on to another page
        for source in sources:
            assert pdf.pages_with(source), source
        # A heading is never left alone at the foot of a page.
        assert set(pdf.pages_with("Sources Source number 0,")) == set(pdf.pages_with("Sources"))
        assert pdf.pages_with("Notes note0 note1")
    finally:
        pdf.close()


def test_views_shown_often_share_one_picture() -> None:
    from handtrainer.core.model import Side, View
    from handtrainer.sheet.diagram_slot import shared_views

    steps = short_routine().steps
    # Both hands count twice: palm 2 + 1 + 1 (+ the left thumb), back once.
    sides = [Side.BOTH, Side.RIGHT, Side.RIGHT, Side.LEFT]
    assert shared_views(steps, sides) == frozenset({View.PALM})
    assert shared_views(steps[:2], sides[:2]) == frozenset({View.PALM})
    assert shared_views(steps[1:3], sides[1:3]) == frozenset()
