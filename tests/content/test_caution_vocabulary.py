"""The standard cautions: named by id in a routine file, worded once in core/cautions.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

from handtrainer.core.cautions import CAUTIONS, GENERAL_CAUTIONS, caution_text, is_caution_id
from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import Audience
from handtrainer.core.resources import assets_dir
from handtrainer.core.zones import ZONES

STEPS = (
    "steps:\n  - title: Press\n    instruction: Press the centre.\n"
    "    technique: press\n    zones: [palm.center]\n    duration: 20s\n"
)


def routine(cautions: str, audience: str = "self") -> str:
    return (
        f"handtrainer: 1\ntitle: T\nsummary: S.\naudience: {audience}\ncautions:\n{cautions}{STEPS}"
    )


def test_ids_become_their_text_in_the_written_order() -> None:
    result = load_routine_text(
        routine("  - injuries\n  - Keep the room warm.\n  - stop-if-pain\n"), Path("r.yaml")
    )
    assert result.ok and result.routine is not None
    assert result.routine.caution_ids == ("injuries", "stop-if-pain")
    assert result.routine.cautions == (
        caution_text("injuries"),
        "Keep the room warm.",
        caution_text("stop-if-pain"),
    )


def test_partner_routines_get_the_partner_wording() -> None:
    result = load_routine_text(routine("  - bruising\n", "partner"), Path("r.yaml"))
    assert result.routine is not None
    assert result.routine.cautions == (CAUTIONS["bruising"].partner_text,)
    assert "partner" in result.routine.cautions[0]
    assert CAUTIONS["bruising"].self_text != CAUTIONS["bruising"].partner_text


def test_an_unknown_id_is_an_error_at_its_line_with_a_suggestion() -> None:
    result = load_routine_text(routine("  - injuries\n  - cancr\n"), Path("r.yaml"))
    assert not result.ok
    (problem,) = result.problems
    assert (problem.line, problem.column) == (7, 5)
    assert "unknown caution 'cancr'" in problem.message
    assert "did you mean 'cancer'" in problem.message
    assert str(problem).startswith("r.yaml:7:5: ")


def test_an_id_listed_twice_is_a_warning() -> None:
    result = load_routine_text(routine("  - cancer\n  - cancer\n"), Path("r.yaml"))
    assert result.ok and result.routine is not None
    assert result.routine.caution_ids == ("cancer",)
    assert [p.severity for p in result.problems] == ["warning"]
    assert result.problems[0].line == 7


def test_sentences_are_never_taken_for_ids() -> None:
    for text in ("Careful.", "Stop if it hurts", "Heat", "keep it light", "x-ray first!"):
        assert not is_caution_id(text), text
    for text in ("cancer", "pregnancy-li4", "stop-if-pain"):
        assert is_caution_id(text), text


def test_every_caution_is_worded_for_every_audience() -> None:
    for caution in CAUTIONS.values():
        assert is_caution_id(caution.id)
        for text in (caution.self_text, caution.partner_text, caution.infant_text):
            assert text.strip() == text and text.endswith("."), caution.id
            assert len(text) <= 300, caution.id
        assert caution_text(caution.id, Audience.PARTNER) == caution.partner_text
        assert caution_text(caution.id, Audience.INFANT) == caution.infant_text
        assert caution_text(caution.id, Audience.SELF) == caution.self_text


def test_a_baby_is_never_asked_or_called_a_partner() -> None:
    # A parent reads these: the baby cannot be asked, and cannot say what hurts.
    for caution in CAUTIONS.values():
        text = caution.infant_text.lower()
        assert "partner" not in text and "ask your baby" not in text, caution.id
        assert not re.search(r"\bif (you|your baby) (feel|feels)\b", text), caution.id


GENERAL_WORDS = (
    "wound",
    "fracture",
    "injur",
    "cancer",
    "bruise",
    "bleeding",
    "heart",
    "digestive",
    "genitourinary",
    "nervous-system",
    "doctor",
    "stroke",
    "specialist",
    "hurts",
    "tingles",
    "numb",
)


def test_the_general_cautions_are_those_the_sources_give() -> None:
    words = " ".join(caution_text(c) for c in GENERAL_CAUTIONS).lower()
    for word in GENERAL_WORDS:
        assert word in words, word


def test_a_baby_s_general_cautions_keep_every_one_the_sources_give() -> None:
    words = " ".join(caution_text(c, Audience.INFANT) for c in GENERAL_CAUTIONS).lower()
    # A baby cannot report tingling or numbness: its caution names what to watch instead.
    for word in (w for w in GENERAL_WORDS if w not in ("tingles", "numb")):
        assert word in words, word
    for sign in ("crying", "pulling away", "stiffening"):
        assert sign in words, sign


def test_the_schema_offers_the_caution_ids_and_zones_with_a_course() -> None:
    schema = json.loads((assets_dir() / "routine.schema.json").read_text(encoding="utf-8"))
    items = schema["properties"]["cautions"]["items"]["anyOf"]
    assert items[0]["enum"] == list(CAUTIONS)
    path = schema["$defs"]["step"]["properties"]["path"]
    assert path["anyOf"][1]["items"]["enum"] == [z for z, v in ZONES.items() if v.has_course]


def test_one_zone_path_needs_a_zone_with_a_course() -> None:
    step = "steps:\n  - title: S\n    instruction: I.\n    technique: stroke\n    duration: 5s\n"
    good = load_routine_text(
        f"handtrainer: 1\ntitle: T\nsummary: S.\n{step}    path: [line.palm-diagonal]\n",
        Path("r.yaml"),
    )
    assert good.ok, [str(p) for p in good.problems]
    bad = load_routine_text(
        f"handtrainer: 1\ntitle: T\nsummary: S.\n{step}    path: [palm.center]\n", Path("r.yaml")
    )
    assert not bad.ok
    assert "at least two zones" in bad.problems[0].message
