"""Writing command output safely: escaped on a terminal, exact in a file, errors said.

Routine text and file names come from other people. On a terminal, control
characters (an escape sequence can retitle the window or clear the screen)
and bidirectional overrides are shown escaped, like ``ls -b``; piped or
redirected, text is written as it is, and file names that are not valid UTF-8
keep their original bytes. Whatever the stream cannot take is escaped, never
an exception.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import re
import sys
from typing import TextIO

ERRORS = "handtrainer-output"

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings,
# overrides and isolates that can make a line read differently from what it holds.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\udc80-\udcff]")


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that was not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with control characters, bidi overrides and undecodable bytes escaped."""
    text = _UNSAFE.sub(lambda m: _escaped(m[0]), text)
    return _SURROGATE.sub(lambda m: _escaped(m[0]), text)


def _on_unencodable(exc: UnicodeError) -> tuple[str | bytes, int]:
    """Bytes of undecodable file names go out as they were; other characters escaped."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    if all(0xDC80 <= ord(c) <= 0xDCFF for c in chunk):
        return bytes(ord(c) - 0xDC00 for c in chunk), exc.end
    return "".join(_escaped(c) for c in chunk), exc.end


codecs.register_error(ERRORS, _on_unencodable)


class TerminalText(io.TextIOBase):
    """A text stream for a terminal: what is written is passed through ``terminal_safe``."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self._stream, "encoding", "utf-8"))


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


def safe_stream(stream: TextIO) -> TextIO:
    """``stream`` made safe to write any text to (see the module's description)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors=ERRORS)
    if _is_terminal(stream) and not isinstance(stream, TerminalText):
        return TerminalText(stream)  # type: ignore[return-value]
    return stream


def install() -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` safe (when they are open)."""
    if sys.stdout is not None:
        sys.stdout = safe_stream(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = safe_stream(sys.stderr)


def json_text(data: object, stream: TextIO) -> str:
    """``data`` as JSON that ``stream`` can carry, always valid UTF-8 or ASCII.

    Undecodable bytes of file names become ``\\udcXX`` escapes, which
    ``json.loads`` and ``os.fsencode`` turn back into the original bytes.
    """
    import json

    encoding = str(getattr(stream, "encoding", None) or "utf-8")
    utf = codecs.lookup(encoding).name.startswith("utf")
    text = json.dumps(data, indent=2, ensure_ascii=not utf)
    # JSON's structure is ASCII, so these can only be inside strings, where \uXXXX is valid.
    text = _UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
