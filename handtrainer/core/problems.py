"""Problems found in routine files, each pointing at a line and column."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a routine file, at a 1-based line and column."""

    path: Path
    line: int
    column: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        if self.severity == "warning":
            return f"{where}: warning: {self.message}"
        return f"{where}: {self.message}"

    @property
    def is_error(self) -> bool:
        """True for an error (the file does not load), False for a warning."""
        return self.severity == "error"


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or an empty string."""
    # difflib is only needed on the error path; importing it lazily keeps start-up lean.
    import difflib

    options = list(choices)
    matches = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not matches:
        lowered = word.lower()
        matches = [c for c in options if c.lower() == lowered or c.startswith(lowered + ".")][:1]
    if not matches:
        return ""
    from handtrainer.core.wording import translate

    return translate("Problems", " (did you mean '{choice}'?)").format(choice=matches[0])
