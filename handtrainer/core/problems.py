"""Problems found in routine files, each pointing at a line and column."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from handtrainer.core.wording import translate

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a routine file, at a 1-based line and column."""

    path: Path
    line: int
    column: int
    message: str
    severity: Severity = "error"
    missing: str = field(default="", compare=False)
    """The field a "has no ..." problem is about (the editor marks it; the words may be German)."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        if self.severity == "warning":
            return f"{where}: {warning_text(self.message)}"
        return f"{where}: {self.message}"

    @property
    def is_error(self) -> bool:
        """True for an error (the file does not load), False for a warning."""
        return self.severity == "error"


def warning_text(message: str) -> str:
    """``warning: ...``: a warning's message as the reader sees it."""
    return translate("Problems", "warning: {message}").format(message=message)


def not_a_step(where: str, kind: str) -> str:
    """A step (of the routine or of a translation) that is not a set of fields."""
    return translate(
        "Problems", "{where} must be a set of fields (title:, instruction:, ...), not {kind}"
    ).format(where=where, kind=kind)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or an empty string."""
    return did_you_mean_choice(closest_choice(word, choices))


def did_you_mean_choice(choice: str | None) -> str:
    """`` (did you mean 'x'?)`` for ``choice``, or an empty string for ``None``."""
    if choice is None:
        return ""
    return translate("Problems", " (did you mean '{choice}'?)").format(choice=choice)


def closest_choice(word: str, choices: Iterable[str]) -> str | None:
    """The choice ``word`` most likely meant, or ``None``."""
    # difflib is only needed on the error path; importing it lazily keeps start-up lean.
    import difflib

    options = list(choices)
    matches = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not matches:
        lowered = word.lower()
        matches = [c for c in options if c.lower() == lowered or c.startswith(lowered + ".")][:1]
    return matches[0] if matches else None
