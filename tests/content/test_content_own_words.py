"""The routines are written in the project's own words, not the source articles'.

Facts carry over from ../shared/seeds/, sentences do not: every piece of routine
text is compared with every source article, and a run of MAX_SHARED_RUN or more
words in a row that both share fails (six words is about the length of a place:
"on the back of the hand"). A few location phrases (a point's address,
such as "between the bases of the middle and ring fingers") are facts and may
appear word for word; they break a run instead of counting in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from handtrainer.core.library import load_library
from handtrainer.core.model import Routine

#: A shared run of this many words in a row fails.
MAX_SHARED_RUN = 7

#: Addresses of points and zones, allowed word for word (they are facts).
LOCATION_PHRASES = (
    "between the bases of the middle and ring fingers",
    "between the base of the middle and ring fingers",
    "at the base of the ring and little fingers",
    "from the base of the thumb to the little finger",
    "from the base of the thumb round to the little finger",
    "the web between the thumb and index finger",
    "from the inner edge to the base",
    "from the outer edge to the middle of the palm",
    "from the fingers to the wrist",
    "three finger widths above the wrist crease",
)

ROUTINES = sorted(load_library(include_user=False).routines, key=lambda r: r.id)
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    """Lower-case words, with curly quotes and hyphens treated as in plain text."""
    text = text.lower().replace("\u2019", "'").replace("-", " ")
    return WORD.findall(text)


def seeds_dir() -> Path | None:
    """../shared/seeds beside the checkout (or beside one of its parents)."""
    for folder in Path(__file__).resolve().parents:
        candidate = folder / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


@cache
def source_runs() -> frozenset[tuple[str, ...]]:
    """Every run of MAX_SHARED_RUN words in the source articles."""
    folder = seeds_dir()
    assert folder is not None
    runs: set[tuple[str, ...]] = set()
    for path in sorted(folder.glob("[0-9]*.txt")):
        found = words(path.read_text(encoding="utf-8"))
        runs.update(tuple(found[i : i + MAX_SHARED_RUN]) for i in range(len(found)))
    return frozenset(runs)


def masked(text: str) -> list[list[str]]:
    """The text's words, cut into pieces at every allowed location phrase."""
    lowered = " ".join(words(text))
    for phrase in LOCATION_PHRASES:
        lowered = lowered.replace(" ".join(words(phrase)), " | ")
    return [piece.split() for piece in lowered.split("|")]


def routine_texts(routine: Routine) -> Iterator[tuple[str, str]]:
    """Every piece of text a person reads or hears, with where it is."""
    yield "title", routine.title
    yield "summary", routine.summary
    yield "notes", routine.notes
    for caution in routine.cautions:
        yield "caution", caution
    for number, step in enumerate(routine.steps, 1):
        yield f"step {number} title", step.title
        yield f"step {number} instruction", step.instruction
        yield f"step {number} notes", step.notes
        yield f"step {number} tradition", step.tradition


def shared_runs(text: str) -> list[str]:
    """The runs of MAX_SHARED_RUN or more words that the text shares with a source."""
    runs = source_runs()
    found: list[str] = []
    for piece in masked(text):
        i = 0
        while i + MAX_SHARED_RUN <= len(piece):
            if tuple(piece[i : i + MAX_SHARED_RUN]) not in runs:
                i += 1
                continue
            end = i + MAX_SHARED_RUN
            while end < len(piece) and tuple(piece[end - MAX_SHARED_RUN + 1 : end + 1]) in runs:
                end += 1
            found.append(" ".join(piece[i:end]))
            i = end
    return found


pytestmark = pytest.mark.skipif(seeds_dir() is None, reason="the source articles are not here")


@pytest.mark.parametrize("routine", ROUTINES, ids=[r.id for r in ROUTINES])
def test_no_long_runs_shared_with_the_sources(routine: Routine) -> None:
    copied = [
        f"{where}: '{run}'" for where, text in routine_texts(routine) for run in shared_runs(text)
    ]
    assert copied == []


def test_the_check_catches_a_copied_sentence_and_allows_a_location() -> None:
    copied = "Using the thumb of your other hand, massage this point well in circular motions."
    assert shared_runs(copied)
    located = "Find the point between the bases of the middle and ring fingers on your palm."
    assert shared_runs(located) == []


def test_the_standard_cautions_are_in_our_own_words() -> None:
    from handtrainer.core.cautions import CAUTIONS

    copied = [
        f"{caution.id}: '{run}'"
        for caution in CAUTIONS.values()
        for text in (caution.self_text, caution.partner_text)
        for run in shared_runs(text)
    ]
    assert copied == []
