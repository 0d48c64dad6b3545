"""The printed sheet shows the client program and the practice and therapist names."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import PracticePlan, Weekday
from handtrainer.sheet.layout import RoutineSheet
from handtrainer.sheet.program_block import program_facts
from tests.helpers.routine_samples import routine_text
from tests.sheet.pdf import ReadPdf


def test_facts_leave_out_what_is_not_given() -> None:
    program = PracticePlan(how_often="twice a day", days=(Weekday.MONDAY, Weekday.FRIDAY))
    assert program_facts(program) == [("How often:", "twice a day (Monday, Friday)")]
    assert program_facts(PracticePlan(times_per_week=14)) == [("How often:", "14 times a week")]
    assert program_facts(None, practice="Calm Hands", therapist="Ada") == [
        ("From:", "Ada, Calm Hands")
    ]


def test_the_sheet_prints_the_program(qapp: object, tmp_path: Path) -> None:
    routine = load_routine_text(routine_text(), Path("p.yaml")).routine
    assert routine is not None
    program = PracticePlan(
        "Sam Client", how_often="every morning", days=(Weekday.TUESDAY,), note="Go gently."
    )
    out = tmp_path / "sheet.pdf"
    RoutineSheet(
        replace(routine, plan=program), practice="Calm Hands", therapist="Ada Lovell"
    ).to_pdf(out)
    pdf = ReadPdf(out)
    try:
        for text in ("For:", "Sam Client", "every morning (Tuesday)", "Ada Lovell, Calm Hands"):
            assert pdf.pages_with(text) == [0], text
        assert pdf.pages_with("Go gently.") == [0]
    finally:
        pdf.close()
