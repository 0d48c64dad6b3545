"""A routine file's path that costs its text alone until it is taken apart.

Every routine keeps the path of its file. On Python 3.11 a ``Path`` splits itself
into a list of interned parts the moment it is made: some 300 bytes a routine that
a library of 10,000 keeps for good, though the window only ever shows a path, opens
its file or names it in a problem. ``text_path`` gives a path that keeps only its
text and splits it the first time something needs the parts (``parent``, ``/``,
comparing, hashing). Other versions of Python, which already wait, get a ``Path``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PosixPath
from typing import Any


def text_path(text: str) -> Path:
    """``Path(text)``, holding ``text`` itself and nothing more until its parts are needed.

    Only an absolute path that ``Path`` writes back as it is (no empty or ``.`` parts,
    no slash at the end) is kept as text; any other gets a plain ``Path``, so ``str()``
    of the path is always what ``Path`` makes of it.
    """
    if _TextPath is None or not _written_as_path_writes_it(text):
        return Path(text)
    path = object.__new__(_TextPath)
    object.__setattr__(path, "_str", text)
    return path


def _written_as_path_writes_it(text: str) -> bool:
    # Told from the text alone: making a Path to compare would intern every file's name,
    # and the interpreter's table of interned names keeps the size it grew to.
    return (
        text.startswith("/")
        and not text.endswith(("/", "/."))
        and "//" not in text
        and "/./" not in text
        and "\0" not in text
    )


def _text_path_class() -> type[PosixPath] | None:
    """The lazy class, where pathlib is the one it was written against (3.11, POSIX)."""
    slots = getattr(PosixPath.__mro__[-2], "__slots__", ())
    if sys.version_info[:2] != (3, 11) or os.name != "posix" or "_parts" not in slots:
        return None

    class TextPath(PosixPath):
        """A ``PosixPath`` made from its text; its parts are worked out when first asked for."""

        __slots__ = ()

        def __getattr__(self, name: str) -> Any:
            # Only unset slots land here: the parts, before anything has needed them.
            if name not in ("_drv", "_root", "_parts"):
                raise AttributeError(name)
            text = object.__getattribute__(self, "_str")
            drv, root, parts = PosixPath._parse_args((text,))  # type: ignore[attr-defined]
            object.__setattr__(self, "_drv", drv)
            object.__setattr__(self, "_root", root)
            object.__setattr__(self, "_parts", parts)
            return object.__getattribute__(self, name)

        @property
        def name(self) -> str:
            """The last part, read off the text (the loader asks every file's ``stem``)."""
            text = str(self)
            return text[text.rfind("/") + 1 :] if text not in ("/", ".") else ""

        def __reduce__(self) -> tuple[Any, ...]:
            return PosixPath, (str(self),)  # a plain path: the cache reads only pathlib's

        def __repr__(self) -> str:
            return f"PosixPath({self.as_posix()!r})"

    return TextPath


_TextPath = _text_path_class()
