"""The JSON Schema for editors agrees with the loader on what a routine file is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from handtrainer.core import validate
from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import (
    Audience,
    BodyMap,
    Hand,
    Order,
    Pressure,
    Rotation,
    Technique,
    View,
)
from handtrainer.core.resources import assets_dir, bundled_routines_dir
from handtrainer.core.zones import ZONES
from tests.helpers.routine_samples import VALID, routine_text

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_PATH = assets_dir() / "routine.schema.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


def schema_errors(schema: dict[str, Any], text: str) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema)
    return [error.message for error in validator.iter_errors(yaml.safe_load(text))]


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_vocabularies_match_the_model(schema: dict[str, Any]) -> None:
    step = schema["$defs"]["step"]["properties"]
    assert step["technique"]["enum"] == [t.value for t in Technique]
    assert step["hand"]["enum"] == [h.value for h in Hand]
    assert step["view"]["enum"] == [v.value for v in View]
    assert step["pressure"]["enum"] == [p.value for p in Pressure]
    assert step["rotation"]["enum"] == [r.value for r in Rotation]
    assert step["zones"]["items"]["enum"] == list(ZONES)
    assert schema["properties"]["audience"]["enum"] == [a.value for a in Audience]
    assert schema["properties"]["order"]["enum"] == [o.value for o in Order]
    assert schema["properties"]["map"]["enum"] == [m.value for m in BodyMap]
    by_view = schema["$defs"]["step"]["allOf"]
    shown = {c["if"]["properties"]["view"]["const"]: c["then"] for c in by_view[:4]}
    for view in View:
        on_view = [z for z, zone in ZONES.items() if view in zone.views]
        assert shown[view.value]["properties"]["zones"]["items"]["enum"] == on_view
    default = by_view[4]["then"]["properties"]["zones"]["items"]["enum"]
    first_views = {View.PALM, View.SOLE}
    assert default == [z for z, zone in ZONES.items() if zone.views & first_views]


def test_limits_match_the_loader(schema: dict[str, Any]) -> None:
    step = schema["$defs"]["step"]["properties"]
    assert schema["properties"]["steps"]["maxItems"] == validate.MAX_STEPS
    assert step["repeat"]["maximum"] == validate.MAX_REPEAT
    assert step["duration"]["anyOf"][0]["maximum"] == validate.MAX_STEP_SECONDS
    assert step["pace"]["anyOf"][0]["maximum"] == validate.MAX_PACE_SECONDS
    assert step["rest"]["anyOf"][0]["maximum"] == validate.MAX_REST_SECONDS


def sample_files() -> list[Path]:
    return sorted(bundled_routines_dir().glob("*.yaml"))


@pytest.mark.parametrize(
    "text", [VALID, routine_text("with-id", title="Titled")], ids=["valid", "minimal"]
)
def test_valid_samples_pass_the_schema(schema: dict[str, Any], text: str) -> None:
    assert load_routine_text(text, Path("sample.yaml")).ok
    assert schema_errors(schema, text) == []


def test_bundled_routines_pass_the_schema(schema: dict[str, Any]) -> None:
    files = sample_files()
    assert files
    for path in files:
        assert schema_errors(schema, path.read_text(encoding="utf-8")) == [], path


STEP = "  - title: S\n    instruction: I\n    technique: press\n"


@pytest.mark.parametrize(
    "text",
    [
        VALID.replace("summary:", "sumary:"),
        VALID.replace("handtrainer: 1", "handtrainer: 2"),
        VALID.replace("technique: rub", "technique: rubb"),
        routine_text(steps=STEP + "    duration: 5s\n    repeat: 3\n    pace: 1s\n"),
        routine_text(steps=STEP + "    repeat: 3\n"),
        routine_text(steps=STEP),
        routine_text(steps=STEP + "    duration: 5s\n    view: back\n    zones: [palm.center]\n"),
        routine_text(steps=STEP + "    duration: 5s\n    zones: [palm.centre]\n"),
        routine_text(
            steps=STEP + "    duration: 1801\n"
        ),  # text lengths ("31m") only the loader checks
        routine_text(steps=STEP + "    duration: 2 hours\n"),
        routine_text("Bad_Id"),
    ],
)
def test_invalid_samples_fail_both(schema: dict[str, Any], text: str) -> None:
    assert not load_routine_text(text, Path("sample.yaml")).ok
    assert schema_errors(schema, text)


def test_the_documented_example_is_valid(schema: dict[str, Any]) -> None:
    import re

    doc = Path(__file__).resolve().parents[2] / "docs" / "routine-format.md"
    found = re.search(r"```yaml\n(# yaml-language-server.*?)```", doc.read_text("utf-8"), re.S)
    assert found is not None
    example = found.group(1)
    result = load_routine_text(example, Path("desk-reset.yaml"))
    assert result.ok and result.problems == ()
    assert schema_errors(schema, example) == []
    # Every field of the format appears in the example.
    for field in (*validate.ROUTINE_FIELDS, *validate.STEP_FIELDS):
        assert re.search(rf"^\s*-? ?{field}:", example, re.M), field


def test_the_committed_schema_is_what_the_tables_give() -> None:
    # Run `python -m handtrainer.core.schema` after changing a vocabulary or a limit.
    from handtrainer.core.schema import filled_in, schema_text

    path = assets_dir() / "routine.schema.json"
    text = path.read_text(encoding="utf-8")
    assert schema_text(filled_in(json.loads(text))) == text


def test_filling_in_replaces_a_stale_vocabulary() -> None:
    from handtrainer.core.schema import filled_in

    stale = json.loads((assets_dir() / "routine.schema.json").read_text(encoding="utf-8"))
    stale["$defs"]["step"]["properties"]["technique"]["enum"] = ["stroke"]
    stale["properties"]["steps"]["maxItems"] = 3
    fresh = filled_in(stale)
    assert fresh["$defs"]["step"]["properties"]["technique"]["enum"] == [t.value for t in Technique]
    assert fresh["properties"]["steps"]["maxItems"] == validate.MAX_STEPS


def test_the_schema_id_is_where_the_project_publishes_it(schema: dict[str, Any]) -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    source = project["project"]["urls"]["Source"]  # https://github.com/OWNER/NAME
    owner_name = source.removeprefix("https://github.com/").strip("/")
    raw = f"https://raw.githubusercontent.com/{owner_name}/main/assets/routine.schema.json"
    assert schema["$id"] == raw
