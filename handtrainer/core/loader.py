"""Loading one routine file: read it safely, check it, build the model.

``load_routine_file`` never raises for a bad file: whatever is wrong (a YAML
error, a pipe, a huge or binary file, a missing field) comes back as problems
with a line and column, so one broken file never stops the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from handtrainer.core.model import Origin, Routine, SourcePos
from handtrainer.core.problems import Problem
from handtrainer.core.textpos import EditorPositions
from handtrainer.core.validate import RoutineChecker, parse_duration
from handtrainer.core.wording import translate
from handtrainer.core.yamlnodes import (
    MAX_FILE_BYTES,
    Rejection,
    compose_text,
    decode_text,
    nul_bytes,
    read_file_bytes,
    too_big,
)

__all__ = ["LoadResult", "load_routine_file", "load_routine_text", "parse_duration"]


@dataclass(frozen=True)
class LoadResult:
    """What came of loading one file: the routine (``None`` on errors) and every problem."""

    routine: Routine | None
    problems: tuple[Problem, ...]
    id_pos: SourcePos | None = None
    """Where the file's ``id:`` field is, when it has one (for duplicate-id errors)."""

    @property
    def ok(self) -> bool:
        """True when the file has no errors (warnings are allowed)."""
        return self.routine is not None and not any(p.is_error for p in self.problems)

    @property
    def errors(self) -> tuple[Problem, ...]:
        """Only the errors."""
        return tuple(p for p in self.problems if p.is_error)


def _rejected(path: Path, rejection: Rejection) -> LoadResult:
    return LoadResult(None, (Problem(path, rejection.line, rejection.column, rejection.message),))


def load_routine_text(text: str | bytes, path: Path, origin: Origin = Origin.EXTRA) -> LoadResult:
    """Check and build a routine from a file's content; ``path`` names it in problems.

    The routine's id defaults to the file name without its extension.
    """
    try:
        if isinstance(text, bytes):
            if len(text) > MAX_FILE_BYTES:
                raise too_big(len(text), MAX_FILE_BYTES)
            text = decode_text(text)
        elif "\0" in text:
            raise nul_bytes()
        else:
            _check_encodable(text)
        positions = EditorPositions(text)
        root = compose_text(text, positions)
        checker = RoutineChecker(path, origin, positions)
        routine = checker.routine(root, path.stem)
        return LoadResult(routine, tuple(checker.problems), checker.id_pos)
    except Rejection as rejection:
        return _rejected(path, rejection)
    except (RecursionError, MemoryError):
        return _rejected(
            path,
            Rejection(translate("Problems", "the file is too large or too deeply nested to read")),
        )
    except Exception as exc:
        return _rejected(path, _unexpected(exc))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_encodable(text: str) -> None:
    """Text handed in as ``str`` can hold lone surrogates, which no file can."""
    found = _SURROGATE.search(text)
    if found is not None:
        line, column = EditorPositions(text).at(found.start())
        raise Rejection(
            translate(
                "Problems",
                "the text contains a character that is not valid Unicode (a lone surrogate, "
                "{character}); save the file as UTF-8",
            ).format(character=f"U+{ord(found[0]):04X}"),
            line,
            column,
        )


def _unexpected(exc: Exception) -> Rejection:
    """A fault of Hand Trainer's own while reading a file, said as such (and reportable)."""
    return Rejection(
        translate(
            "Problems",
            "Hand Trainer could not read this file because of a fault in Hand Trainer "
            "({fault}); the other routines are not affected. Please report it with this file",
        ).format(fault=type(exc).__name__)
    )


def load_routine_file(path: Path, origin: Origin = Origin.EXTRA) -> LoadResult:
    """Read, check and build the routine in ``path``; never raises for a bad file."""
    try:
        data = read_file_bytes(path)
    except Rejection as rejection:
        return _rejected(path, rejection)
    except Exception as exc:
        return _rejected(path, _unexpected(exc))
    return load_routine_text(data, path, origin)
