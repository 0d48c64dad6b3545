"""A foot routine's sheet: the foot drawn in every card, and the words say feet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from handtrainer.core.loader import load_routine_text
from handtrainer.sheet.layout import RoutineSheet
from tests.helpers.foot_routine import FOOT_ROUTINE
from tests.sheet.pdf import ReadPdf, check_sheet


def test_a_foot_routine_prints_with_the_foot(qapp, tmp_path: Path) -> None:
    result = load_routine_text(FOOT_ROUTINE, tmp_path / "foot-test.yaml")
    assert result.ok and result.routine is not None
    routine = result.routine
    sheet = RoutineSheet(routine, printed_on=date(2026, 12, 2))
    target = tmp_path / "foot.pdf"
    sheet.to_pdf(target, "A4")
    assert sheet.last_layout is not None
    pdf = ReadPdf(target)
    try:
        check_sheet(routine, pdf, sheet.last_layout)  # every card's diagram is drawn
        text = " ".join(pdf.texts)
        assert "RIGHT FOOT" in text and "sole" in text and "top" in text
        assert "Feet:" in text and "per foot" in text and "Each foot in turn" in text
        assert "partner's feet" in text
        assert "HAND" not in text and "Hands:" not in text
    finally:
        pdf.close()
