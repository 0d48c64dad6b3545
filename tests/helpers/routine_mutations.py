"""Mutations of routine files for fuzzing the loader: numbers, tags, line ends, depth, size.

Each mutation takes a ``random.Random`` and a text and returns a changed text,
so the suite (through hypothesis) and the longer campaign in
``scripts/fuzz_loader.py`` share them.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

from handtrainer.core.loader import LoadResult
from handtrainer.core.textpos import EditorPositions

BUNDLED = sorted((Path(__file__).parents[2] / "routines").glob("*.yaml"))
LINE_ENDS = ("\n", "\r\n", "\r", "\x85", "\u2028", "\u2029")
TAGS = (
    "!!int",
    "!!float",
    "!!str",
    "!!bool",
    "!!null",
    "!!binary",
    "!!timestamp",
    "!!set",
    "!!omap",
    "!!pairs",
    "!!map",
    "!!seq",
    "!!merge",
    "!!python/object/apply:os.system",
    "!custom",
    "!<tag:example.com,2000:x>",
    "!",
)
_VALUE_LINE = re.compile(r"^(\s*(?:- )?[a-z]+:)[ \t]+(.*)$", re.MULTILINE)
_NUMBER_LINE = re.compile(r"^(\s*(?:- )?(?:duration|repeat|pace|rest|handtrainer):)(.*)$", re.M)
_HUGE_CHARS = (" ", "x", "é", "\t", "[", "{", ":", "#", "'", '"', "-", "0", "\\", "\u2028")


def _number(rng: random.Random) -> str:
    n = rng.choice((16, 17, 20, 309, 400, 1100, 4400, 20_000))
    return rng.choice(
        (
            "1" + "0" * n,
            "-" + "9" * n,
            "0x" + "f" * n,
            "0b" + "1" * n,
            "0" + "7" * n,
            "1" + ":59" * rng.randint(1, n),
            "1" + ":59" * rng.randint(1, 50) + ".5",
            "1" + "0" * n + ".5",
            "0." + "0" * n + "1",
            f"1.0e{rng.choice('+-')}{'9' * rng.randint(1, 20)}",
            '!!int ""',
            '!!int "-"',
            '!!int "_"',
            "!!int",
            "!!float",
            '!!float ""',
            '!!float "-"',
            '!!int "0x"',
            '!!int "1.5"',
            '!!float "1:"',
            ".inf",
            "-.inf",
            ".nan",
            "-5",
            "0",
            "1_0_0",
            "0o17",
            '"' + " " * n + '"',
            '"' + " " * n + '1m"',
            '"1m' + " " * n + '30s"',
            '"' + "1" * n + 's"',
            '"' + "1m " * n + '"',
        )
    )


def mutate_number(rng: random.Random, text: str) -> str:
    """Replace one length, count or version with an extreme or malformed number."""
    lines = list(_NUMBER_LINE.finditer(text))
    if not lines:
        return text
    match = rng.choice(lines)
    return text[: match.start()] + f"{match[1]} {_number(rng)}" + text[match.end() :]


def mutate_tag(rng: random.Random, text: str) -> str:
    """Put a YAML tag in front of one value."""
    lines = list(_VALUE_LINE.finditer(text))
    if not lines:
        return text
    match = rng.choice(lines)
    value = match[2] if rng.random() < 0.7 else rng.choice(('""', "", "[]", "{}", "'x'"))
    return text[: match.start()] + f"{match[1]} {rng.choice(TAGS)} {value}" + text[match.end() :]


def mutate_line_ends(rng: random.Random, text: str) -> str:
    """Swap some or all line ends for CR, CR LF, NEL, LS or PS."""
    end = rng.choice(LINE_ENDS)
    if rng.random() < 0.5:
        return text.replace("\n", end)
    parts = text.split("\n")
    return "".join(p + (end if rng.random() < 0.3 else "\n") for p in parts[:-1]) + parts[-1]


def mutate_depth(rng: random.Random, text: str) -> str:
    """Insert deep flow, block or compact nesting at one line."""
    depth = rng.choice((31, 32, 33, 40, 200, 1400, 5000))
    end = rng.choice(LINE_ENDS)
    kind = rng.randrange(4)
    if kind == 0:
        nested = "x: " + "[" * depth + "]" * rng.choice((0, depth))
    elif kind == 1:
        nested = "x: " + "{a: " * depth + "1" + "}" * depth
    elif kind == 2:
        nested = end.join(" " * level + "a:" for level in range(min(depth, 400))) + end + "  b"
    else:
        nested = "x:" + end + "- " * depth + "y"
    lines = text.split("\n")
    at = rng.randrange(len(lines) + 1)
    return "\n".join([*lines[:at], nested, *lines[at:]])


def mutate_huge(rng: random.Random, text: str) -> str:
    """Replace one value with a long run of one character (keeping under the size limit)."""
    lines = list(_VALUE_LINE.finditer(text))
    if not lines:
        return text
    match = rng.choice(lines)
    size = rng.choice((5001, 20_000, 100_000, 400_000))
    run = rng.choice(_HUGE_CHARS) * size
    quote = rng.choice(("", '"', "'"))
    return text[: match.start()] + f"{match[1]} {quote}{run}{quote}" + text[match.end() :]


def mutate_splice(rng: random.Random, text: str) -> str:
    """Insert, delete or repeat a span: the shapes no rule expects."""
    if not text:
        return text
    at = rng.randrange(len(text))
    span = rng.randint(1, 200)
    choice = rng.randrange(3)
    if choice == 0:
        noise = "".join(
            rng.choice(("\0", "\x1b", "\t", "\ufeff", "\ud800", "&a", "*a", "? ", ": ", "- ", "%"))
            if rng.random() < 0.3
            else chr(rng.randint(32, 0x2FFF))
            for _ in range(rng.randint(1, 20))
        )
        return text[:at] + noise + text[at:]
    if choice == 1:
        return text[:at] + text[at + span :]
    return text[:at] + text[at : at + span] * rng.randint(2, 200) + text[at:]


MUTATIONS: tuple[Callable[[random.Random, str], str], ...] = (
    mutate_number,
    mutate_tag,
    mutate_line_ends,
    mutate_depth,
    mutate_huge,
    mutate_splice,
)


def mutated(rng: random.Random, text: str) -> str:
    """``text`` after one to three mutations."""
    for _ in range(rng.randint(1, 3)):
        text = rng.choice(MUTATIONS)(rng, text)
    return text


def check_result(result: LoadResult, path: Path, text: str | bytes) -> None:
    """A routine with only warnings, or problems each at a real place of ``path``."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    assert result.routine is not None or result.problems, "no routine and no problem"
    if result.routine is not None:
        assert not result.errors, [str(p) for p in result.problems]
    lines = len(EditorPositions(text).starts()) + 1
    for problem in result.problems:
        assert problem.path == path
        assert 1 <= problem.line <= lines and problem.column >= 1, str(problem)
        assert str(problem).startswith(f"{path}:{problem.line}:{problem.column}: ")
        assert problem.message and "Traceback" not in problem.message
        # The loader's last guard turns a fault of its own into a problem: a finding here.
        assert "fault in Hand Trainer" not in problem.message, str(problem)
