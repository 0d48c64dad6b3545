"""Reading a routine file into a YAML node tree, safely.

The node tree (``yaml.compose``) keeps every value's line and column and never
builds Python objects from tags. Everything here guards against hostile or
broken files: it never opens a pipe or a device, never reads past the size
limit, rejects binary junk, and refuses nesting deep enough to overflow the C
parser's stack (libyaml's composer recurses in C, where Python's recursion
limit does not help, and its flow-collection handling slows down
quadratically with depth).
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Protocol

import yaml

from handtrainer.core.textpos import YAML_ONLY_BREAKS, EditorPositions
from handtrainer.core.wording import QT_TRANSLATE_NOOP, translate

try:
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader

_STR_TAG = "tag:yaml.org,2002:str"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"
_PLAIN_TAGS: dict[str, str] = {}
# Enough for the words routine files share (the bundled ones use some 600); past it, a
# value is resolved afresh. Each file's own id would otherwise be kept for the process's
# life, a deleted routine's too (some 60 KB a thousand files).
_PLAIN_TAGS_MOST = 4096


class _Loader(_BaseLoader):  # type: ignore[misc]
    """The safe loader with a faster tag resolver.

    The composer asks Python for every node's tag; PyYAML's resolver runs path
    and regex checks each time. Routine files repeat the same plain words
    (field names, zones, techniques), so resolved tags of short plain scalars
    are remembered, up to ``_PLAIN_TAGS_MOST`` of them. The answers are the same
    as the safe resolver's.
    """

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass  # no path resolvers are registered on the safe loader

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if not implicit[0]:
                return _STR_TAG  # quoted or block text is always a string
            tag = _PLAIN_TAGS.get(value)
            if tag is None:
                tag = str(super().resolve(kind, value, implicit))
                if len(value) <= 64 and len(_PLAIN_TAGS) < _PLAIN_TAGS_MOST:
                    _PLAIN_TAGS[value] = tag
            return tag
        if kind is yaml.SequenceNode:
            return _SEQ_TAG
        if kind is yaml.MappingNode:
            return _MAP_TAG
        return str(super().resolve(kind, value, implicit))


MAX_FILE_BYTES = 512 * 1024
"""The largest routine file accepted, in bytes."""

MAX_DEPTH = 32
"""The deepest nesting of lists and mappings accepted (a routine needs four)."""


@dataclass(frozen=True)
class Rejection(Exception):
    """Why a file could not be read as YAML, at a 1-based line and column."""

    message: str
    line: int = 1
    column: int = 1


# --------------------------------------------------------------------- reading

_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Problems", "a folder")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Problems", "a named pipe (FIFO)")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Problems", "a socket")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Problems", "a character device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Problems", "a block device")),
)


def _not_regular(mode: int) -> Rejection:
    kind = next(
        (name for test, name in _KINDS if test(mode)),
        QT_TRANSLATE_NOOP("Problems", "not a regular file"),
    )
    return Rejection(
        translate(
            "Problems", "this is {kind}, not a routine file; routines must be regular files"
        ).format(kind=translate("Problems", kind))
    )


def _os_rejection(exc: OSError) -> Rejection:
    if exc.errno == errno.ELOOP:
        return Rejection(
            translate("Problems", "cannot read the file: its symbolic links form a loop")
        )
    if isinstance(exc, FileNotFoundError):
        return Rejection(
            translate("Problems", "the file does not exist (or is a broken symbolic link)")
        )
    if isinstance(exc, PermissionError):
        return Rejection(translate("Problems", "cannot read the file: permission denied"))
    return Rejection(
        translate("Problems", "cannot read the file: {reason}").format(reason=exc.strerror or exc)
    )


def too_big(size: int, limit: int) -> Rejection:
    """The file is larger than routine files may be."""
    return Rejection(
        translate(
            "Problems",
            "the file is too large ({size} KiB); routine files may be at most {most} KiB",
        ).format(size=f"{size / 1024:.0f}", most=limit // 1024)
    )


def nul_bytes(line: int = 1, column: int = 1) -> Rejection:
    """The file holds NUL bytes, so it is binary."""
    return Rejection(
        translate(
            "Problems", "the file contains NUL bytes: it looks like a binary file, not a routine"
        ),
        line,
        column,
    )


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO that slipped past stat must not block
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_file_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; ``Rejection`` otherwise.

    Checks the kind and size with ``stat`` before opening, opens without
    blocking, checks again on the open descriptor (the file may have been
    swapped meanwhile), and never reads more than ``limit + 1`` bytes.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(info.st_mode)
        if info.st_size > limit:
            raise too_big(info.st_size, limit)
        fd = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise _not_regular(info.st_mode)
            chunks: list[bytes] = []
            remaining = limit + 1
            while remaining > 0:
                chunk = os.read(fd, remaining)
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
        finally:
            os.close(fd)
    except OSError as exc:
        raise _os_rejection(exc) from None
    data = b"".join(chunks)
    if len(data) > limit:
        raise too_big(len(data), limit)
    return data


# -------------------------------------------------------------------- decoding


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    """1-based editor line and column (in characters) of a byte offset."""
    before = data[:offset].decode("utf-8", "replace")
    return EditorPositions(before).at(len(before))


def decode_text(data: bytes) -> str:
    """The text of a UTF-8 routine file; ``Rejection`` for binary or non-UTF-8 data."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise Rejection(translate("Problems", "the file is saved as UTF-16; save it as UTF-8"))
    nul = data.find(b"\0")
    if nul >= 0:
        raise nul_bytes(*_line_col(data, nul))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _line_col(data, exc.start)
        raise Rejection(
            translate(
                "Problems", "the file is not valid UTF-8 text (byte {byte}); save it as UTF-8"
            ).format(byte=f"0x{data[exc.start]:02x}"),
            line,
            column,
        ) from None


# ----------------------------------------------------------- nesting guards

# Keeps only the flow brackets: bytes.translate does the filtering at C speed.
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_BRACKET_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_BRACKET = re.compile(r"[\[\]{}]")
# Block indicators in a row on one line ("- - - - x") nest without indentation; without
# them, and with lines indented less than 48 spaces, block nesting stays shallow. Any
# character YAML ends a line at counts (LF, CR, NEL, LS, PS), not only LF.
_BREAKS = "\r\n" + YAML_ONLY_BREAKS
_COMPACT_CHAIN = re.compile(f"[-?:][ \t]+[-?:](?:[ \t{_BREAKS}]|\\Z)")
_DEEP_INDENT = re.compile(f"[{_BREAKS}] {{48}}")
# The regexes above cost a tenth of a file's parsing: cheap scans decide first whether
# they can match at all. With '?' and ':' as '-' and a tab as a space, a chain holds
# "- -" (one blank between) or "-  " (more); a deep indent holds 48 spaces in a row.
_CHAIN_FOLD = bytes.maketrans(b"?:\t", b"-- ")
_SPACES = " " * 48


def _may_chain(data: bytes) -> bool:
    folded = data.translate(_CHAIN_FOLD)  # UTF-8 keeps ASCII bytes for ASCII only
    return b"- -" in folded or b"-  " in folded


def _nests_deeply(text: str, data: bytes) -> bool:
    """True when block nesting may go deep: text for the event scan."""
    return (_SPACES in text and _DEEP_INDENT.search(text) is not None) or (
        _may_chain(data) and _COMPACT_CHAIN.search(text) is not None
    )


def _clamped_sum(depth: int, step: int) -> int:
    # Closing brackets inside quoted text must not hide deeper nesting after them.
    return depth + step if depth + step > 0 else 0


def _check_flow_depth(text: str, data: bytes) -> None:
    """Reject flow nesting (``[[[[...``) deeper than ``MAX_DEPTH`` before libyaml sees it.

    ``data`` is the text in UTF-8. Brackets inside quoted text count too; a real
    routine never comes close.
    """
    # UTF-8 never uses ASCII bytes inside a multi-byte character, so filtering bytes is exact.
    brackets = data.translate(None, _NOT_BRACKETS)
    if len(brackets) <= MAX_DEPTH:
        return
    depths = accumulate(map(_BRACKET_STEP.__getitem__, brackets), _clamped_sum)
    for index, depth in enumerate(depths):
        if depth > MAX_DEPTH:
            match = next(m for i, m in enumerate(_BRACKET.finditer(text)) if i == index)
            raise _too_deep(text, match.start())


def _text_line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based editor line and column of a character offset."""
    return EditorPositions(text).at(offset)


def _too_deep(text: str, offset: int) -> Rejection:
    return _too_deep_at(*_text_line_col(text, offset))


_MANY_DOCUMENTS = QT_TRANSLATE_NOOP(
    "Problems", "the file holds more than one YAML document ('---'); put one routine per file"
)
# libyaml's wording, and what a routine author would call the problem instead (looked up
# in the reader's language when a message is made). No {fields} here: shown as they are.
_PLAIN_WORDS = (
    (
        "mapping values are not allowed",
        QT_TRANSLATE_NOOP(
            "Problems",
            "a ': ' here starts a new field where none may start; "
            "if this is text containing ': ', put the whole text in quotes",
        ),
    ),
    (
        "expected a single document",
        _MANY_DOCUMENTS,
    ),
    ("but found another document", _MANY_DOCUMENTS),
    (
        "could not find expected ':'",
        QT_TRANSLATE_NOOP(
            "Problems",
            "this line has no ':' after its field name; if it "
            "continues the text above, indent it further or put the text in quotes",
        ),
    ),
    (
        "found unexpected end of stream",
        QT_TRANSLATE_NOOP(
            "Problems", "the file ends inside quoted text: a closing quote is missing"
        ),
    ),
    (
        "did not find expected ',' or ']'",
        QT_TRANSLATE_NOOP("Problems", "a [list] is not closed here: a ',' or ']' is missing"),
    ),
    (
        "did not find expected ',' or '}'",
        QT_TRANSLATE_NOOP(
            "Problems", "a {set of fields} is not closed here: a ',' or '}' is missing"
        ),
    ),
    (
        "did not find expected key",
        QT_TRANSLATE_NOOP(
            "Problems",
            "the indentation here does not line up with the fields "
            "above (or text follows a closing quote or bracket)",
        ),
    ),
    (
        "did not find expected '-' indicator",
        QT_TRANSLATE_NOOP(
            "Problems",
            "the indentation here does not line up with "
            "the list above; each item starts with '- ' at the same indentation",
        ),
    ),
    (
        "found character that cannot start any token",
        QT_TRANSLATE_NOOP(
            "Problems",
            "a value cannot start with this "
            "character ('@', '`', '%' and others are reserved); put the text in quotes",
        ),
    ),
    (
        "found unknown escape character",
        QT_TRANSLATE_NOOP(
            "Problems",
            "unknown escape after a backslash in double-quoted "
            "text; write \\\\ for a backslash, or use single quotes",
        ),
    ),
    (
        "did not find expected node content",
        QT_TRANSLATE_NOOP("Problems", "a value is missing here"),
    ),
)


def _plain_words(problem: str, context: str | None) -> str:
    if "tab character" in problem or "found character '\\t'" in problem:
        return translate("Problems", "tab characters cannot indent YAML; indent with spaces")
    for words, message in _PLAIN_WORDS:
        if words in problem:
            return translate("Problems", message)
    # The parser's own words stay as it wrote them: they are what a search would find.
    if context:
        return translate(
            "Problems", "the file is not valid YAML here ({problem}, {context})"
        ).format(problem=problem, context=context)
    return translate("Problems", "the file is not valid YAML here ({problem})").format(
        problem=problem
    )


def _mark_rejection(
    exc: yaml.YAMLError, text: str, positions: EditorPositions | None = None
) -> Rejection:
    """A YAML syntax error in words a routine author understands."""
    if isinstance(exc, yaml.reader.ReaderError):
        offset = len(
            text.encode("utf-8", "surrogatepass")[: exc.position].decode("utf-8", "replace")
        )
        character = (
            exc.character if isinstance(exc.character, int) else ord(exc.character[:1] or "?")
        )
        return Rejection(
            translate(
                "Problems",
                "the file contains a control character ({character}) that YAML does not allow",
            ).format(character=f"#x{character:04x}"),
            *_text_line_col(text, offset),
        )
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = str(getattr(exc, "problem", None) or exc)
    context = getattr(exc, "context", None)
    message = _plain_words(problem, context)
    if mark is None:
        return Rejection(message)
    return Rejection(message, *_mark_pos(mark, positions))


class _Mark(Protocol):
    index: int
    line: int
    column: int


def _mark_pos(mark: _Mark, positions: EditorPositions | None) -> tuple[int, int]:
    if positions is None:
        return mark.line + 1, mark.column + 1
    return positions.of_mark(mark.index, mark.line, mark.column)


def _scan_events(text: str, positions: EditorPositions | None) -> None:
    """Reject anchors, aliases and deep block nesting by walking the parser's events.

    Only run when the text hints at them: libyaml's event parser keeps its own
    stack (no recursion), so it is safe where the composer is not.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent | yaml.NodeEvent) and event.anchor is not None:
            sign = "*" if isinstance(event, yaml.AliasEvent) else "&"
            raise Rejection(
                translate(
                    "Problems",
                    "anchors and aliases ('{anchor}') are not allowed in routine files; "
                    "write the value out in full",
                ).format(anchor=sign + event.anchor[:40]),
                *_event_pos(event, positions),
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep_at(*_event_pos(event, positions))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _event_pos(event: yaml.Event, positions: EditorPositions | None) -> tuple[int, int]:
    mark = event.start_mark
    return _mark_pos(mark, positions) if mark is not None else (1, 1)


def _too_deep_at(line: int = 1, column: int = 1) -> Rejection:
    return Rejection(
        translate(
            "Problems", "the file nests lists or mappings more than {depth} levels deep"
        ).format(depth=MAX_DEPTH),
        line,
        column,
    )


def compose_text(text: str, positions: EditorPositions | None = None) -> yaml.Node | None:
    """The YAML node tree of ``text`` (``None`` for an empty document); ``Rejection`` otherwise.

    ``positions`` turns YAML's line numbers into an editor's (see ``textpos``).
    """
    try:
        data = text.encode("utf-8", "surrogatepass")
        _check_flow_depth(text, data)
        if "&" in text or "*" in text or _nests_deeply(text, data):
            _scan_events(text, positions)
        node: yaml.Node | None = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise _mark_rejection(exc, text, positions) from None
    except RecursionError:
        raise _too_deep_at() from None
    return node
