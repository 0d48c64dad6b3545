"""Reading a routine's ``language:`` and ``translations:`` block (docs/routine-format.md).

A translation holds only text, matched to the routine by position: one entry per
step, and the routine's sources and own cautions in order. Everything else (zones,
timings, the standard cautions) comes from the routine itself, so every language
shows the same steps on the same zones. Each problem names its line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from handtrainer.core.model import RoutineTranslation, StepTranslation
from handtrainer.core.nodes import BOOL, MAX_TEXT_CHARS, NULL, STR, NodeReader, describe
from handtrainer.core.problems import did_you_mean_choice, not_a_step
from handtrainer.core.wording import translate
from handtrainer.core.yamlnumbers import shorten

#: ``de``, ``fr``, ``pt-BR``, ``zh-Hant``, ``es-419``: a language, then a script or region.
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?")
TRANSLATION_FIELDS = ("title", "summary", "notes", "sources", "cautions", "steps")
STEP_TRANSLATION_FIELDS = ("title", "instruction", "notes", "tradition")


@dataclass(frozen=True)
class OwnText:
    """What of the routine's own text a translation is matched against."""

    language: str
    steps: int | None  # None: the routine's steps could not be read, so no count check
    sources: int
    own_cautions: int
    step_fields: tuple[frozenset[str], ...] = ()  # per step: notes / tradition it has
    title_chars: int = 200  # the routine's limit for a title


def suggested_code(code: str) -> str | None:
    """The language code a near miss meant (``pt-BR`` for ``pt_br``), or ``None``."""
    parts = code.replace("_", "-").split("-")
    fixed = "-".join(
        [parts[0].lower()]
        + [p.title() if len(p) == 4 else p.upper() if p.isalpha() else p for p in parts[1:]]
    )
    return fixed if fixed != code and LANGUAGE_CODE.fullmatch(fixed) else None


def language_hint(code: str) -> str:
    """`` (did you mean 'pt-BR'?)`` for a near miss of a language code."""
    return did_you_mean_choice(suggested_code(code))


def language_code(reader: NodeReader, node: Node, what: str) -> str | None:
    """A language code from ``node``, or ``None`` with an error at the node."""
    if isinstance(node, ScalarNode) and node.tag == BOOL:
        reader.error(
            node,
            translate(
                "Problems",
                "{what} '{value}' reads as yes/no in YAML; put it in quotes (\"{value}\")",
            ).format(what=what, value=shorten(node.value)),
        )
        return None
    if not isinstance(node, ScalarNode) or node.tag not in (STR, NULL):
        if not reader.bad_tag(node):
            reader.error(
                node,
                translate(
                    "Problems", "{what} must be a language code like de or pt-BR, not {kind}"
                ).format(what=what, kind=describe(node)),
            )
        return None
    code = "" if node.tag == NULL else node.value.strip()
    if not LANGUAGE_CODE.fullmatch(code):
        if code:
            message = translate(
                "Problems",
                "{what} '{value}' is not a language code{hint}; write a short "
                "code like de, fr or pt-BR",
            )
        else:
            message = translate(
                "Problems",
                "{what} empty is not a language code{hint}; write a short "
                "code like de, fr or pt-BR",
            )
        reader.error(node, message.format(what=what, value=shorten(code), hint=language_hint(code)))
        return None
    return code


def read_translations(
    reader: NodeReader, node: Node, own: OwnText
) -> tuple[RoutineTranslation, ...]:
    """Check a ``translations:`` block against the routine's own text; what it holds."""
    if not isinstance(node, MappingNode):
        if not reader.bad_tag(node):
            reader.error(
                node,
                translate(
                    "Problems",
                    "'translations' must be a set of languages (de: ..., fr: ...), not {kind}",
                ).format(kind=describe(node)),
            )
        return ()
    found: list[RoutineTranslation] = []
    seen: dict[str, int] = {}
    what = translate("Problems", "the translation language")
    for key, value in node.value:
        code = language_code(reader, key, what)
        if code is None:
            continue
        if code in seen:
            reader.error(
                key,
                translate(
                    "Problems", "the '{code}' translation appears twice (first on line {first})"
                ).format(code=code, first=seen[code]),
            )
            continue
        seen[code] = reader.pos(key).line
        if code == own.language:
            reader.error(
                key,
                translate(
                    "Problems",
                    "the routine is written in '{code}' (its 'language'), so it cannot also "
                    "have a '{code}' translation; its own text is the '{code}' text",
                ).format(code=code),
            )
            continue
        translation = _translation(reader, key, value, code, own)
        if translation is not None:
            found.append(translation)
    return tuple(found)


def _only_text(
    reader: NodeReader, node: MappingNode, known: tuple[str, ...], where: str
) -> MappingNode:
    """``node`` without the fields that are not text (each an error saying why)."""
    kept = []
    for key, value in node.value:
        name = key.value if isinstance(key, ScalarNode) and key.tag == STR else None
        if name is not None and name not in known and name in _NOT_TEXT:
            reader.error(
                key,
                translate(
                    "Problems",
                    "'{name}' cannot be translated in {where}: a translation holds only text "
                    "({fields}); '{name}' comes from the routine itself",
                ).format(name=name, where=where, fields=", ".join(known)),
            )
            continue
        kept.append((key, value))
    return MappingNode(node.tag, kept, node.start_mark, node.end_mark)


def _translation(
    reader: NodeReader, key: Node, node: Node, code: str, own: OwnText
) -> RoutineTranslation | None:
    where = translate(
        "Problems", "the '{code}' translation", "a part of the file named in a problem"
    ).format(code=code)
    if not isinstance(node, MappingNode):
        if not reader.bad_tag(node):
            reader.error(
                node,
                translate(
                    "Problems",
                    "{where} must be a set of fields (title:, summary:, steps: ...), not {kind}",
                ).format(where=where, kind=describe(node)),
            )
        return None
    f = reader.fields(
        _only_text(reader, node, TRANSLATION_FIELDS, where), TRANSLATION_FIELDS, where
    )

    def text(name: str, limit: int = MAX_TEXT_CHARS) -> str | None:
        return reader.text(f[name][1], name, limit) if name in f else None

    sources = _texts(reader, f, "sources", own.sources, where)
    cautions = _texts(reader, f, "cautions", own.own_cautions, where)
    return RoutineTranslation(
        language=code,
        title=text("title", own.title_chars),
        summary=text("summary"),
        notes=text("notes"),
        sources=sources,
        cautions=cautions,
        steps=_steps(reader, f["steps"][1], own, where, code) if "steps" in f else None,
        pos=reader.pos(key),
    )


def _texts(
    reader: NodeReader,
    f: dict[str, tuple[Node, Node]],
    name: str,
    count: int,
    where: str,
) -> tuple[str, ...] | None:
    if name not in f:
        return None
    node = f[name][1]
    items = reader.texts(node, name)
    if isinstance(node, SequenceNode) and len(node.value) != count:
        if name == "cautions":
            message = translate(
                "Problems",
                "{where} has %n cautions, the routine {count} of its own; give one for each, "
                "in the same order (standard cautions such as 'injuries' are translated by "
                "the program: list only the routine's own sentences)",
                None,
                len(node.value),
            )
        else:
            message = translate(
                "Problems",
                "{where} has %n sources, the routine {count}; give one for each, in the same order",
                None,
                len(node.value),
            )
        reader.error(node, message.format(where=where, count=count))
        return None
    return items


def _steps(
    reader: NodeReader, node: Node, own: OwnText, where: str, code: str
) -> tuple[StepTranslation, ...] | None:
    if not isinstance(node, SequenceNode):
        if not reader.bad_tag(node):
            reader.error(
                node,
                translate(
                    "Problems", "'steps' in {where} must be a list of steps, not {kind}"
                ).format(where=where, kind=describe(node)),
            )
        return None
    if own.steps is not None and len(node.value) != own.steps:
        reader.error(
            node,
            translate(
                "Problems",
                "{where} has %n steps, the routine {count}; give one entry per step, in the "
                "same order (an empty entry '- {{}}' keeps a step's own text)",
                None,
                len(node.value),
            ).format(where=where, count=own.steps),
        )
        return None
    steps = [_step(reader, item, number, own, code) for number, item in enumerate(node.value, 1)]
    return tuple(steps)


def _step(reader: NodeReader, node: Node, number: int, own: OwnText, code: str) -> StepTranslation:
    if isinstance(node, ScalarNode) and node.tag == NULL:
        return StepTranslation()
    here = translate(
        "Problems",
        "step {number} of the '{code}' translation",
        "a part of the file named in a problem",
    ).format(number=number, code=code)
    if not isinstance(node, MappingNode):
        if not reader.bad_tag(node):
            reader.error(node, not_a_step(here, describe(node)))
        return StepTranslation()
    f = reader.fields(
        _only_text(reader, node, STEP_TRANSLATION_FIELDS, here), STEP_TRANSLATION_FIELDS, here
    )
    has = own.step_fields[number - 1] if number <= len(own.step_fields) else None
    for name in ("notes", "tradition"):
        if name in f and has is not None and name not in has:
            reader.warning(
                f[name][0],
                translate(
                    "Problems",
                    "step {number} has no {name} in the routine's own text, so this "
                    "'{name}' is never shown",
                ).format(number=number, name=name),
            )

    def text(name: str, limit: int = MAX_TEXT_CHARS) -> str | None:
        return reader.text(f[name][1], name, limit) if name in f else None

    return StepTranslation(
        title=text("title", own.title_chars),
        instruction=text("instruction"),
        notes=text("notes") if has is None or "notes" in has else None,
        tradition=text("tradition") if has is None or "tradition" in has else None,
    )


# Fields of a routine or a step that a translation may not hold (they are not text).
_NOT_TEXT = frozenset(
    {
        "handtrainer", "id", "language", "audience", "map", "tags", "order", "plan", "translations",
        "technique", "hand", "view", "zones", "path", "pressure", "rotation", "duration",
        "repeat", "pace", "rest",
    }
)  # fmt: skip
