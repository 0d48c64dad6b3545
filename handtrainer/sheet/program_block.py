"""The client program on a routine sheet: for whom, how often, the therapist's note.

A small boxed block under the header, printed only when the routine is a client's
program or the settings name a practice or a therapist.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter, QPen

from handtrainer.core import wording
from handtrainer.core.model import PracticePlan, Weekday
from handtrainer.sheet.blocks import INK, MUTED, RULE, Canvas
from handtrainer.sheet.text import TextBlock

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def day_names(days: tuple[Weekday, ...]) -> str:
    """``Monday, Wednesday, Friday`` in the order given."""
    names = {
        Weekday.MONDAY: translate("RoutineSheet", "Monday"),
        Weekday.TUESDAY: translate("RoutineSheet", "Tuesday"),
        Weekday.WEDNESDAY: translate("RoutineSheet", "Wednesday"),
        Weekday.THURSDAY: translate("RoutineSheet", "Thursday"),
        Weekday.FRIDAY: translate("RoutineSheet", "Friday"),
        Weekday.SATURDAY: translate("RoutineSheet", "Saturday"),
        Weekday.SUNDAY: translate("RoutineSheet", "Sunday"),
    }
    return ", ".join(names[d] for d in days)


def program_facts(
    plan: PracticePlan | None, practice: str = "", therapist: str = ""
) -> list[tuple[str, str]]:
    """The labelled facts of the program block, without empty ones."""
    plan = plan or PracticePlan()
    often = plan.how_often
    if not often and plan.times_per_week:
        times = plan.times_per_week
        often = wording.translate("RoutineSheet", "%n time(s) a week", None, times)
    if plan.days:
        days = day_names(plan.days)
        often = f"{often} ({days})" if often else days
    given_by = ", ".join(part for part in (therapist, practice) if part)
    facts = [
        (translate("RoutineSheet", "For:"), plan.for_whom),
        (translate("RoutineSheet", "How often:"), often),
        (translate("RoutineSheet", "From:"), given_by),
    ]
    return [(label, value) for label, value in facts if value]


class ProgramBlock:
    """The client program's facts and the therapist's note, in a thin box."""

    step_index: int | None = None

    def __init__(
        self,
        c: Canvas,
        program: PracticePlan | None,
        width: float,
        practice: str = "",
        therapist: str = "",
    ) -> None:
        s = c.style
        self.c = c
        self.width = width
        self.pad = c.pt(6)
        inner = width - 2 * self.pad
        self.facts = c.labelled(program_facts(program, practice, therapist), s.body_size, inner)
        note = program.note if program else ""
        self.note: TextBlock | None = (
            c.text(note, c.font(s.body_size, italic=True), inner) if note else None
        )
        self.height = self.pad * 2 + self.facts.height + c.pt(s.gap)
        if self.note:
            self.height += c.pt(3) + self.note.height

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner at ``(x, y)``."""
        c = self.c
        box_h = self.height - c.pt(c.style.gap)
        painter.save()
        painter.setPen(QPen(RULE, c.pt(0.8)))
        painter.drawRect(QRectF(x, y, self.width, box_h))
        painter.restore()
        painter.setPen(INK)
        self.facts.draw(painter, x + self.pad, y + self.pad)
        if self.note:
            painter.setPen(MUTED)
            self.note.draw(painter, x + self.pad, y + self.pad + self.facts.height + c.pt(3))


def wants_program_block(program: PracticePlan | None, practice: str, therapist: str) -> bool:
    """True when there is anything to print in the block."""
    return bool(program_facts(program, practice, therapist)) or bool(program and program.note)
