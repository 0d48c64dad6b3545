"""The routine JSON Schema's vocabularies and limits, filled in from the loader's tables.

The schema's shape (which keys exist, their descriptions) is written by hand in
``assets/routine.schema.json``; every list of allowed words (techniques, hands,
views, pressures, turnings, zones, caution ids, audiences, orders) and every limit
the loader enforces is written into it from the same tables the validator reads, so
the two cannot drift. ``python -m handtrainer.core.schema`` refreshes the file;
a test fails when the committed file is not what this would write.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

from handtrainer.core import validate
from handtrainer.core.cautions import CAUTIONS
from handtrainer.core.model import (
    MAP_VIEWS,
    Audience,
    BodyMap,
    Hand,
    Order,
    Pressure,
    Rotation,
    Technique,
    View,
)
from handtrainer.core.translations import (
    LANGUAGE_CODE,
    STEP_TRANSLATION_FIELDS,
    TRANSLATION_FIELDS,
)
from handtrainer.core.zones import ZONES


def _zones_on(view: View) -> list[str]:
    return [zone_id for zone_id, zone in ZONES.items() if view in zone.views]


def filled_in(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``schema`` with its vocabularies and limits taken from the tables."""
    out = copy.deepcopy(schema)
    props = out["properties"]
    step_def = out["$defs"]["step"]
    step = step_def["properties"]
    props["audience"]["enum"] = [a.value for a in Audience]
    props["order"]["enum"] = [o.value for o in Order]
    props["steps"]["maxItems"] = validate.MAX_STEPS
    props["cautions"]["items"]["anyOf"][0]["enum"] = list(CAUTIONS)
    step["technique"]["enum"] = [t.value for t in Technique]
    step["hand"]["enum"] = [h.value for h in Hand]
    step["view"]["enum"] = [v.value for v in View]
    step["pressure"]["enum"] = [p.value for p in Pressure]
    step["rotation"]["enum"] = [r.value for r in Rotation]
    step["zones"]["items"]["enum"] = list(ZONES)
    step["path"]["anyOf"][1]["items"]["enum"] = [z for z, v in ZONES.items() if v.has_course]
    step["repeat"]["maximum"] = validate.MAX_REPEAT
    step["duration"]["anyOf"][0]["maximum"] = validate.MAX_STEP_SECONDS
    step["pace"]["anyOf"][0]["maximum"] = validate.MAX_PACE_SECONDS
    step["rest"]["anyOf"][0]["maximum"] = validate.MAX_REST_SECONDS
    props["map"]["enum"] = [m.value for m in BodyMap]
    # One condition per view, then the default view of each map for a step without one.
    conditions = step_def["allOf"]
    for condition in conditions[:-1]:
        view = View(condition["if"]["properties"]["view"]["const"])
        condition["then"]["properties"]["zones"]["items"]["enum"] = _zones_on(view)
    defaults = {views[0] for views in MAP_VIEWS.values()}
    conditions[-1]["then"]["properties"]["zones"]["items"]["enum"] = [
        z for z, zone in ZONES.items() if zone.views & defaults
    ]
    _translations(out)
    return out


def _translations(out: dict[str, Any]) -> None:
    """``language`` and ``translations``: the same text fields with the same limits."""
    props, defs = out["properties"], out["$defs"]
    pattern = f"^{LANGUAGE_CODE.pattern}$"
    props["language"]["pattern"] = pattern
    props["translations"]["propertyNames"]["pattern"] = pattern
    step = defs["step"]["properties"]
    defs["stepTranslation"]["properties"] = {
        name: copy.deepcopy(step[name]) for name in STEP_TRANSLATION_FIELDS
    }
    fields: dict[str, Any] = {}
    for name in TRANSLATION_FIELDS:
        if name == "steps":
            fields[name] = {
                "type": "array",
                "maxItems": validate.MAX_STEPS,
                "items": {"anyOf": [{"$ref": "#/$defs/stepTranslation"}, {"type": "null"}]},
                "description": (
                    "One entry per step of the routine, in order ({} keeps a step's own text)."
                ),
            }
        elif name == "cautions":
            own = copy.deepcopy(props["cautions"]["items"]["anyOf"][1])
            fields[name] = {
                "type": "array",
                "maxItems": props["cautions"]["maxItems"],
                "items": own,
                "description": (
                    "The routine's own caution sentences, in order (not the standard ids)."
                ),
            }
        else:
            fields[name] = copy.deepcopy(props[name])
    defs["translation"]["properties"] = fields


def schema_text(schema: dict[str, Any]) -> str:
    """The schema as the file holds it: two-space JSON, non-ASCII kept, a final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def refresh(path: Path) -> bool:
    """Rewrite the schema file at ``path`` from the tables; True when it changed."""
    old = path.read_text(encoding="utf-8")
    new = schema_text(filled_in(json.loads(old)))
    if new == old:
        return False
    path.write_text(new, encoding="utf-8")
    return True


def main() -> int:
    """Refresh ``assets/routine.schema.json`` (or the file named) from the tables."""
    from handtrainer.core.resources import assets_dir

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else assets_dir() / "routine.schema.json"
    print(f"{path}: {'refreshed' if refresh(path) else 'already up to date'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
