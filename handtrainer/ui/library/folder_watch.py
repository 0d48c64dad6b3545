"""Watching a big library's folders: one kernel watch a folder, not one a file.

``QFileSystemWatcher`` tells when a folder's entries change (a file added, removed
or renamed, as most editors save) but not when a file is written in place (nano,
VS Code): for that it watches each file, some 0.4 KB of the window's memory a
file. Linux's inotify tells both for a whole folder: ``FolderWatch`` keeps one
watch a folder, for every file in it however many there are.
"""

from __future__ import annotations

import ctypes
import functools
import os
import struct
import sys
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QSocketNotifier

from handtrainer.core.library import has_routine_suffix

# inotify's event bits (linux/inotify.h).
_ATTRIB, _CLOSE_WRITE, _MOVED_FROM, _MOVED_TO = 0x4, 0x8, 0x40, 0x80
_CREATE, _DELETE, _DELETE_SELF, _MOVE_SELF = 0x100, 0x200, 0x400, 0x800
_OVERFLOW, _IGNORED, _ONLYDIR, _ISDIR = 0x4000, 0x8000, 0x01000000, 0x40000000
_MASK = (_ATTRIB | _CLOSE_WRITE | _MOVED_FROM | _MOVED_TO | _CREATE | _DELETE) | (
    _DELETE_SELF | _MOVE_SELF | _ONLYDIR
)
_EVENT = struct.Struct("iIII")  # wd, mask, cookie, length of the name that follows


class FolderWatch:
    """Calls ``on_change`` (with a path) when a routine file in a watched folder changes.

    Made by ``made`` (``None`` where there is no inotify); it lives as long as
    ``parent``, which owns its notifier. A plain class, not a ``QObject`` with a
    signal of its own: a new Qt type costs instructions wherever it is loaded.
    """

    def __init__(self, fd: int, parent: QObject, on_change: Callable[[str], None]) -> None:
        self._fd = fd
        self._on_change = on_change
        self._folders: dict[int, str] = {}  # inotify's watch number: the folder
        self.notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, parent)
        """Tells when the kernel has events to read."""
        self.notifier.activated.connect(self._read_events)
        # Closed with its notifier (a test makes hundreds: each is a kernel instance).
        self.notifier.destroyed.connect(functools.partial(os.close, fd))

    @classmethod
    def made(cls, parent: QObject, on_change: Callable[[str], None]) -> FolderWatch | None:
        """A watch, or ``None`` (not Linux, or no inotify instance to be had)."""
        libc = _libc() if sys.platform.startswith("linux") else None
        fd = int(libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)) if libc is not None else -1
        return cls(fd, parent, on_change) if fd >= 0 else None

    def watch(self, folders: Iterable[str]) -> None:
        """Watch these folders too (each of their files is told; subfolders made later too)."""
        known = set(self._folders.values())
        for folder in folders:
            if folder not in known:
                self._add(folder)
                known.add(folder)

    def folders(self) -> list[str]:
        """The folders watched."""
        return list(self._folders.values())

    def _add(self, folder: str) -> None:
        libc = _libc()
        wd = libc.inotify_add_watch(self._fd, os.fsencode(folder), _MASK) if libc else -1
        if wd >= 0:
            self._folders[wd] = folder

    def _read_events(self) -> None:
        said: str | None = None
        while True:
            try:
                data = os.read(self._fd, 64 * 1024)
            except (BlockingIOError, InterruptedError):
                break
            except OSError:  # the instance is gone: nothing more will come
                self.notifier.setEnabled(False)
                break
            if not data:
                break
            for path in self._paths(data):
                said = said or path
        if said is not None:
            self._on_change(said)  # one reload for a burst of events

    def _paths(self, data: bytes) -> list[str]:
        """The paths of the events in ``data`` that may change the library."""
        paths: list[str] = []
        offset = 0
        while offset + _EVENT.size <= len(data):
            wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
            name = data[offset + _EVENT.size : offset + _EVENT.size + length].rstrip(b"\0")
            offset += _EVENT.size + length
            folder = self._folders.get(wd, "")
            if mask & _OVERFLOW:
                paths.append(folder)  # events were lost: read again to be sure
            elif mask & _IGNORED:
                self._folders.pop(wd, None)  # the folder went, and its watch with it
            elif not name:
                paths.append(folder)  # the folder itself was removed or moved
            else:
                text = os.fsdecode(name)
                path = os.path.join(folder, text)
                if text.startswith("."):
                    continue  # hidden: not read (editors' swap files are hidden too)
                if mask & _ISDIR:
                    if mask & (_CREATE | _MOVED_TO):
                        self._add(path)  # routines may be put in it
                    paths.append(path)
                elif has_routine_suffix(text):
                    paths.append(path)  # not backups (name.yaml~) or an editor's test files
        return paths


@functools.cache
def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.inotify_init1.argtypes = [ctypes.c_int]
        libc.inotify_add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
    except (OSError, AttributeError):  # not glibc, or no inotify
        return None
    return libc
