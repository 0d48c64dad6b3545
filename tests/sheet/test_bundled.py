"""Every bundled routine prints: both page sizes, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from handtrainer.core.library import load_library
from handtrainer.sheet.layout import RoutineSheet
from tests.sheet.pdf import ReadPdf, check_sheet


def bundled():
    library = load_library(include_user=False, environ={})
    assert not library.failures, [str(p) for f in library.failures for p in f.problems]
    return library.routines


def test_there_are_bundled_routines() -> None:
    assert len(bundled()) > 0


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_every_bundled_routine_prints(qapp, tmp_path: Path, page_size: str) -> None:
    for routine in bundled():
        sheet = RoutineSheet(routine)
        target = tmp_path / f"{routine.id}-{page_size}.pdf"
        sheet.to_pdf(target, page_size)
        assert sheet.last_layout is not None
        pdf = ReadPdf(target)
        try:
            check_sheet(routine, pdf, sheet.last_layout)
            assert pdf.title() == routine.title
        finally:
            pdf.close()


def test_short_bundled_routines_fit_a_desk_card(qapp, tmp_path: Path) -> None:
    short = [r for r in bundled() if len(r.steps) <= 5]
    for routine in short:
        sheet = RoutineSheet(routine, compact=True)
        sheet.to_pdf(tmp_path / f"{routine.id}.pdf")
        assert sheet.last_layout is not None
        assert sheet.last_layout.page_count == 1, routine.id


def test_a_baby_s_sheet_is_written_for_a_parent(qapp, tmp_path: Path) -> None:
    routine = next(r for r in bundled() if r.id == "infant-hands-first-weeks")
    target = tmp_path / "infant.pdf"
    RoutineSheet(routine).to_pdf(target)
    pdf = ReadPdf(target)
    try:
        assert pdf.pages_with("For a parent working on a baby's hands") == [0]
        assert pdf.pages_with("Notes for the parent")
        assert not pdf.pages_with("partner")
    finally:
        pdf.close()
