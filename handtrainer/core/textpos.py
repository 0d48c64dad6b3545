"""Line and column as an editor shows them, for positions PyYAML reports.

YAML 1.1 (and so PyYAML and libyaml) also ends a line at NEL (U+0085), LS
(U+2028) and PS (U+2029); editors end lines only at LF, CR LF and CR. Every
problem names the editor's line, so positions are recounted from the
character offset when the text holds one of those characters.
"""

from __future__ import annotations

import bisect
import re

YAML_ONLY_BREAKS = "\x85\u2028\u2029"
EDITOR_BREAK = re.compile(r"\r\n|\r|\n")


class EditorPositions:
    """1-based editor line and column of character offsets in one text."""

    def __init__(self, text: str) -> None:
        self._starts: list[int] | None = None
        self._text = text
        # Only texts with NEL/LS/PS need recounting; for the rest YAML's marks are right.
        # isascii() is instant on a Python string; each ``in`` is a fast scan, unlike a regex.
        self.recount = not text.isascii() and any(c in text for c in YAML_ONLY_BREAKS)

    def starts(self) -> list[int]:
        """The offset at which each line starts."""
        if self._starts is None:
            self._starts = [0, *(m.end() for m in EDITOR_BREAK.finditer(self._text))]
        return self._starts

    def at(self, offset: int) -> tuple[int, int]:
        """Line and column of the character at ``offset``."""
        starts = self.starts()
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    def of_mark(self, index: int, line: int, column: int) -> tuple[int, int]:
        """A YAML mark (0-based line and column, character ``index``) as an editor shows it."""
        if not self.recount:
            return line + 1, column + 1
        return self.at(index)
