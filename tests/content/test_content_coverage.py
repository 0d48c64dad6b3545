"""docs/coverage.md stays true to the routines: every one listed, with its real length."""

from __future__ import annotations

import re
from pathlib import Path

from handtrainer.core.library import load_library
from handtrainer.core.session import Session, SessionSettings
from handtrainer.core.wording import format_seconds

COVERAGE = Path(__file__).resolve().parents[2] / "docs" / "coverage.md"
ROW = re.compile(r"^\| `([a-z0-9-]+)` \| (self|partner|infant) \| [^|]+ \| ([^|]+) \|$", re.M)


def test_the_routine_table_gives_each_routine_its_audience_and_length() -> None:
    table = {m[1]: (m[2], m[3].strip()) for m in ROW.finditer(COVERAGE.read_text("utf-8"))}
    routines = load_library(include_user=False).routines
    assert set(table) == {r.id for r in routines}
    for routine in routines:
        total = Session(routine, SessionSettings(), clock=lambda: 0.0).state().routine_total
        assert table[routine.id] == (routine.audience.value, format_seconds(total)), routine.id


STEP_REF = re.compile(r"(?:^|[;,] ?)(\d+) ([A-Z][^;,(|]*)")


def test_step_references_name_the_step_at_that_number() -> None:
    routines = {r.id: r for r in load_library(include_user=False).routines}
    checked = 0
    for line in COVERAGE.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        ids = re.findall(r"`([a-z0-9-]+)`", cells[1]) if len(cells) == 3 else []
        if len(ids) != 1 or ids[0] not in routines:
            continue
        steps = routines[ids[0]].steps
        for number, title in STEP_REF.findall(cells[2]):
            index = int(number) - 1
            assert index < len(steps), line
            assert steps[index].title.startswith(title.strip()), (ids[0], number, title)
            checked += 1
    assert checked > 50
