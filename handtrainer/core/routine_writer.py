"""Writing routines as YAML: clean, readable text that reads back as the same routine.

``routine_to_yaml`` writes any routine; ``save_routine`` checks the text reads back
the same and puts it on disk atomically (``write_text_atomically``): a failure never
leaves half a file. Hand-written files are edited in place by ``RoutineDocument``
(``handtrainer.core.routine_document``), which keeps their comments and order.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterable
from dataclasses import MISSING, fields
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
)

from handtrainer.core.cautions import caution_text
from handtrainer.core.loader import load_routine_text
from handtrainer.core.model import (
    DEFAULT_LANGUAGE,
    FORMAT_VERSION,
    PracticePlan,
    Routine,
    RoutineTranslation,
    Step,
)
from handtrainer.core.validate import PLAN_FIELDS, STEP_FIELDS
from handtrainer.core.wording import translate

if TYPE_CHECKING:
    from handtrainer.core.routine_document import RoutineDocument

SCHEMA_COMMENT = "# yaml-language-server: $schema="
FOLD_AT = 80  # long text is folded into lines of about this many characters
# Never re-wrap: text that did not change keeps its lines; new long text is folded by us.
WIDTH = 4096

# The order fields are written in; fields a newer model adds come after their group.
ROUTINE_KEYS = (
    "handtrainer",
    "id",
    "language",
    "title",
    "summary",
    "audience",
    "map",
    "tags",
    "order",
    "cautions",
    "sources",
    "notes",
    "plan",
    "steps",
    "translations",
)
_STEP_FIRST = ("title", "instruction", "view", "hand", "technique", "pressure", "zones", "path")
STEP_KEYS = _STEP_FIRST + tuple(k for k in STEP_FIELDS if k not in _STEP_FIRST)
_SECONDS = frozenset({"duration", "pace", "rest"})
ALWAYS_WRITTEN = frozenset({"hand", "view"})  # written even when default: easier to read
_FLOW_LISTS = frozenset({"tags", "zones", "path", "days"})
PLAN_ATTRS = {key: "for_whom" if key == "for" else key for key in PLAN_FIELDS}


class RoutineWriteError(Exception):
    """The routine could not be written (or would not read back the same)."""


def schema_path() -> Path:
    """The installed JSON Schema that the first line of a written file names."""
    from handtrainer.core.resources import assets_dir

    return assets_dir() / "routine.schema.json"


# ------------------------------------------------------------------ plain values


def seconds_text(seconds: float) -> str:
    """A length as the format writes it: ``30s``, ``2.5s``, ``1m``, ``1m30s``."""
    if seconds == int(seconds):
        minutes, secs = divmod(int(seconds), 60)
        if minutes and secs:
            return f"{minutes}m{secs}s"
        return f"{minutes}m" if minutes else f"{secs}s"
    # Decimal keeps every digit of the float without an exponent, so it reads back equal.
    return f"{Decimal(repr(seconds)):f}s"


_RESOLVER = yaml.resolver.Resolver()


def _fold_points(value: str, width: int = FOLD_AT) -> list[int]:
    """Where to break long text into lines: single spaces between words only."""
    points: list[int] = []
    start = 0
    last = -1
    for index, char in enumerate(value):
        between_words = 0 < index < len(value) - 1 and value[index - 1] != " "
        if char == " " and between_words and value[index + 1] not in " \t":
            last = index
        if index - start >= width and last > start:
            points.append(last)
            start = last + 1
            last = -1
    return points


def _text(value: str, key: str = "") -> Any:
    """Text as a scalar the loader reads back as the same text.

    Text that would make a line longer than about 96 characters (with its key) is folded.
    """
    if "\n" in value:
        return LiteralScalarString(value)
    if len(value) + len(key) + 8 > 96 and value.isprintable() and "\t" not in value:
        points = _fold_points(value)
        if points:
            folded = FoldedScalarString(value)
            folded.fold_pos = points
            return folded
    # The loader reads YAML 1.1 (``yes``, ``1:30``, ``=`` are not text there); quote those.
    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return value if tag == "tag:yaml.org,2002:str" else DoubleQuotedScalarString(value)


def yaml_value(key: str, value: Any) -> Any:
    """A model value as a YAML value for ``key``."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        seq = CommentedSeq([yaml_value(key, item) for item in value])
        if key in _FLOW_LISTS and len(", ".join(map(str, seq))) + len(key) + 10 <= 96:
            seq.fa.set_flow_style()  # [a, b] on one line when it fits
        return seq
    if isinstance(value, PracticePlan):
        return _mapping(
            ((k, getattr(value, attr)) for k, attr in PLAN_ATTRS.items()), lambda k, v: True
        )
    if isinstance(value, str):
        return _text(value, key)
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float) and key in _SECONDS:
        return seconds_text(value)
    return value


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == ()


def _mapping(items: Iterable[tuple[str, Any]], keep: Any) -> CommentedMap:
    out = CommentedMap()
    for key, value in items:
        if not is_empty(value) and keep(key, value):
            out[key] = yaml_value(key, value)
    return out


def step_attr(key: str) -> str:
    return key.replace("-", "_")


_STEP_DEFAULTS = {
    f.name: f.default for f in fields(Step) if f.default is not MISSING and f.name != "pos"
}


def keep_step_value(key: str, value: Any) -> bool:
    attr = step_attr(key)
    return key in ALWAYS_WRITTEN or attr not in _STEP_DEFAULTS or value != _STEP_DEFAULTS[attr]


def step_to_data(step: Step) -> CommentedMap:
    """One step as a YAML mapping, defaults left out (except hand and view)."""
    return _mapping(((k, getattr(step, step_attr(k), None)) for k in STEP_KEYS), keep_step_value)


def caution_items(routine: Routine) -> tuple[str, ...]:
    """The routine's cautions as its file lists them: standard ids and its own sentences."""
    ids = list(getattr(routine, "caution_ids", ()))
    items: list[str] = []
    for text in routine.cautions:
        match = next((i for i in ids if caution_text(i, routine.audience) == text), None)
        if match is not None:
            ids.remove(match)
        items.append(match or text)
    return tuple(items)


TRANSLATION_KEYS = ("title", "summary", "notes", "sources", "cautions", "steps")
STEP_TRANSLATION_KEYS = ("title", "instruction", "notes", "tradition")


def translation_to_data(translation: RoutineTranslation) -> CommentedMap:
    """One language's text as the ``translations:`` block holds it (left-out fields absent)."""
    data = _mapping(
        ((k, getattr(translation, k)) for k in TRANSLATION_KEYS if k != "steps"),
        lambda k, v: True,
    )
    if translation.steps is not None:
        data["steps"] = CommentedSeq(
            [
                _mapping(((k, getattr(s, k)) for k in STEP_TRANSLATION_KEYS), lambda k, v: True)
                for s in translation.steps
            ]
        )
    return data


def translations_to_data(translations: Iterable[RoutineTranslation]) -> CommentedMap:
    """The whole ``translations:`` block, one language after another."""
    out = CommentedMap()
    for translation in translations:
        out[translation.language] = translation_to_data(translation)
    return out


def routine_value(routine: Routine, key: str) -> Any:
    if key == "handtrainer":
        return FORMAT_VERSION
    if key == "steps":
        return None  # written by the caller
    if key == "cautions":
        return caution_items(routine)
    if key == "translations":
        return translations_to_data(routine.translations) if routine.translations else None
    value = getattr(routine, key, None)
    defaults = {
        "audience": "self",
        "map": "hand",
        "order": "step-by-step",
        "language": DEFAULT_LANGUAGE,
    }
    return None if defaults.get(key) == value else value


def routine_to_data(routine: Routine) -> CommentedMap:
    """The whole routine as a YAML mapping, ready for ruamel.yaml to write."""
    data = _mapping(((k, routine_value(routine, k)) for k in ROUTINE_KEYS), lambda k, v: True)
    data["steps"] = CommentedSeq([step_to_data(s) for s in routine.steps])
    if "translations" in data:
        data["translations"] = data.pop("translations")  # after the steps it follows
    return data


def new_yaml() -> YAML:
    y = YAML()  # round-trip mode: keeps comments, order and styles of what it read
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = WIDTH
    y.preserve_quotes = True
    return y


def dump_yaml(data: Any) -> str:
    out = io.StringIO()
    new_yaml().dump(data, out)
    return out.getvalue()


def with_schema_line(text: str) -> str:
    head = [line for line in text.splitlines()[:5] if line.startswith("#")]
    if any(line.startswith(SCHEMA_COMMENT) for line in head):
        return text
    return f"{SCHEMA_COMMENT}{schema_path()}\n{text}"


def routine_to_yaml(routine: Routine) -> str:
    """Clean, readable YAML for ``routine``, headed by the schema line."""
    return with_schema_line(dump_yaml(routine_to_data(routine)))


def check_reads_back(text: str, routine: Routine, path: Path | None = None) -> None:
    """Raise ``RoutineWriteError`` unless ``text`` loads as exactly ``routine``."""
    name = path or routine.path or Path(f"{routine.id}.yaml")
    result = load_routine_text(text, Path(name))
    if not result.ok or result.routine != routine:
        problems = "; ".join(str(p) for p in result.errors) or translate(
            "Problems", "it reads back differently"
        )
        raise RoutineWriteError(
            translate("Problems", "the routine would not be saved as it is: {problems}").format(
                problems=problems
            )
        )


# ------------------------------------------------------------------------- writing


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new, never half.

    ``OSError`` when it cannot be written; a failure leaves no temporary file behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def save_routine(routine: Routine, path: Path, document: RoutineDocument | None = None) -> str:
    """Write ``routine`` to ``path`` (keeping ``document``'s comments when it has one).

    The text is checked to read back as the same routine before anything is written.
    Returns the text written; ``RoutineWriteError`` or ``OSError`` on failure.
    """
    text = document.render(routine, path) if document is not None else routine_to_yaml(routine)
    check_reads_back(text, routine, path)
    write_text_atomically(path, text)
    return text


def user_copy_path(routine_id: str, user_dir: Path) -> Path:
    """Where a routine of this id is saved in the user folder."""
    return user_dir / f"{routine_id}.yaml"
