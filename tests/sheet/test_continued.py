"""A step taller than a page goes on to the next column or page, marked, with nothing lost."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from handtrainer.sheet.layout import RoutineSheet
from tests.sheet.pdf import ReadPdf, check_sheet
from tests.sheet.routines import long_routine, tall_routine

CASES = [("A4", False), ("Letter", False), ("A4", True), ("Letter", True)]


def pdf_words(path: Path) -> list[str]:
    """Every word of the PDF as pdftotext reads it (the way a reader's tools see it)."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.split()


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("page_size", "compact"), CASES)
def test_a_tall_step_continues_with_every_word(
    qapp, tmp_path: Path, page_size: str, compact: bool
) -> None:
    routine = tall_routine()
    tall = routine.steps[1]
    sheet = RoutineSheet(routine, compact=compact)
    target = tmp_path / "tall.pdf"
    sheet.to_pdf(target, page_size)
    layout = sheet.last_layout
    assert layout is not None
    assert [p.split for p in layout.steps] == [False, True, False]
    pdf = ReadPdf(target)
    try:
        check_sheet(routine, pdf, layout)  # also: nothing below the footer line
        start = layout.steps[1].page
        marks = [i for i, text in enumerate(pdf.texts) if "Continued on the next page" in text]
        columns = [i for i, text in enumerate(pdf.texts) if "Continued in the next column" in text]
        follows = pdf.pages_with(f"{tall.title} (continued)")
        assert (marks and marks[0] == start) or (columns and columns[0] == start)
        assert len(follows) >= 2  # far taller than a page: it continues more than once
        assert min(follows) >= start
        # Every page that says "continued on the next page" is followed by a continuation.
        for page in marks:
            assert page + 1 in follows
        text = " ".join(pdf.texts)
        seen = set(text.split())
        for part in (tall.title, tall.instruction, tall.notes, tall.tradition):
            missing = set(part.split()) - seen
            assert not missing, sorted(missing)[:10]
        assert routine.notes in " ".join(text.split())
        assert "the end of the tradition." in text
    finally:
        pdf.close()
    if shutil.which("pdftotext"):
        words = set(pdf_words(target))
        for part in (tall.instruction, tall.notes, tall.tradition):
            assert not set(part.split()) - words


@pytest.mark.timeout(60)
def test_steps_that_fit_a_page_are_never_split(qapp, tmp_path: Path) -> None:
    for compact in (False, True):
        sheet = RoutineSheet(long_routine(), compact=compact)
        sheet.to_pdf(tmp_path / "long.pdf")
        assert sheet.last_layout is not None
        assert not any(p.split for p in sheet.last_layout.steps)


@pytest.mark.timeout(60)
def test_a_tall_step_first_on_a_page_keeps_its_diagram_whole(qapp, tmp_path: Path) -> None:
    sheet = RoutineSheet(tall_routine())
    sheet.to_pdf(tmp_path / "tall.pdf")
    layout = sheet.last_layout
    assert layout is not None
    placed = layout.steps[1]
    assert placed.rect.contains(placed.diagram)
    assert placed.diagram.bottom() <= layout.body_bottom


@pytest.mark.timeout(120)
def test_steps_of_every_length_stay_inside_their_pages(qapp, tmp_path: Path) -> None:
    from dataclasses import replace

    from tests.sheet.routines import short_routine, words

    base = short_routine()
    narrow = base.steps[1]  # one hand: such steps may share a row
    for count in (20, 80, 160, 260, 400, 700):
        steps = tuple(
            replace(narrow, title=f"Step {i}", instruction=words(f"w{i}x", count) + " end.")
            for i in range(4)
        )
        routine = replace(base, id=f"len-{count}", steps=steps)
        for compact in (False, True):
            sheet = RoutineSheet(routine, compact=compact)
            target = tmp_path / f"{count}-{compact}.pdf"
            sheet.to_pdf(target, "Letter")
            assert sheet.last_layout is not None
            pdf = ReadPdf(target)
            try:
                check_sheet(routine, pdf, sheet.last_layout)  # nothing over the footer
                seen = set(" ".join(pdf.texts).split())
                assert all(set(step.instruction.split()) <= seen for step in steps), count
            finally:
                pdf.close()
