"""The folder watch: routine files written in place, renamed in, removed; swap files left alone."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from handtrainer.ui.library.folder_watch import FolderWatch
from handtrainer.ui.library.library_model import LibraryModel, LibrarySources
from tests.helpers.routine_samples import routine_text, write

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify")


class Told:
    """What the watch told, and the waiting test's callback."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.callback: Callable[[str], None] | None = None

    def __call__(self, path: str) -> None:
        self.paths.append(path)
        callback, self.callback = self.callback, None
        if callback is not None:
            callback(path)  # once: the first change ends the wait

    @contextmanager
    def waited(self, qtbot: QtBot) -> Iterator[list[str]]:
        """Wait (5 s at most) until the watch tells a change made in the block: its paths."""
        self.paths = []
        with qtbot.waitCallback(timeout=5000) as callback:
            self.callback = callback
            yield self.paths


def _watch(tmp_path: Path) -> tuple[FolderWatch, Told, Path, QObject]:
    folder = tmp_path / "routines"
    folder.mkdir(parents=True)
    (folder / "a.yaml").write_text("title: A\n", encoding="utf-8")
    told, parent = Told(), QObject()
    watch = FolderWatch.made(parent, told)
    assert watch is not None
    watch.watch([str(folder)])
    assert watch.folders() == [str(folder)]
    return watch, told, folder, parent


def test_a_file_written_in_place_is_told(qtbot: QtBot, tmp_path: Path) -> None:
    watch, told, folder, _parent = _watch(tmp_path)
    assert watch.notifier.isEnabled()
    with told.waited(qtbot) as paths, open(folder / "a.yaml", "r+", encoding="utf-8") as file:
        file.write("title: B\n")  # as nano saves
    assert paths[0] == str(folder / "a.yaml")


def test_files_renamed_in_and_removed_are_told(qtbot: QtBot, tmp_path: Path) -> None:
    watch, told, folder, _parent = _watch(tmp_path)
    assert watch.notifier.isEnabled()
    (tmp_path / "new.yaml").write_text("title: New\n", encoding="utf-8")
    with told.waited(qtbot) as paths:
        os.replace(tmp_path / "new.yaml", folder / "new.yaml")  # as most editors save
    assert paths[0] == str(folder / "new.yaml")
    with told.waited(qtbot) as paths:
        (folder / "a.yaml").unlink()
    assert paths[0] == str(folder / "a.yaml")
    with told.waited(qtbot) as paths:  # the library reads any case of the suffix
        (folder / "Kept.YAML").write_text("title: Kept\n", encoding="utf-8")
    assert paths[0] == str(folder / "Kept.YAML")


def test_swap_files_are_left_alone_and_new_folders_watched(qtbot: QtBot, tmp_path: Path) -> None:
    watch, told, folder, _parent = _watch(tmp_path)
    watch.watch([str(folder)])  # again: nothing new
    assert watch.folders() == [str(folder)]
    # An editor's swap and backup files are no routines: the routine written after them
    # is the first thing told.
    with told.waited(qtbot) as paths:
        (folder / ".a.yaml.swp").write_bytes(b"swap")
        (folder / "a.yaml~").write_text("backup", encoding="utf-8")
        (folder / "a.yaml").write_text("title: C\n", encoding="utf-8")
    assert paths[0] == str(folder / "a.yaml")
    with told.waited(qtbot):
        (folder / "clients").mkdir()
    assert str(folder / "clients") in watch.folders()
    with told.waited(qtbot) as paths:
        (folder / "clients" / "anna.yaml").write_text("title: Anna\n", encoding="utf-8")
    assert paths[0] == str(folder / "clients" / "anna.yaml")


def test_the_kernel_instance_is_closed_with_its_parent(tmp_path: Path) -> None:
    before = len(os.listdir("/proc/self/fd"))
    for n in range(5):
        watch, _told, _folder, parent = _watch(tmp_path / str(n))
        assert watch.notifier.isEnabled()
        assert len(os.listdir("/proc/self/fd")) == before + 1
        parent.deleteLater()
        del parent
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        assert len(os.listdir("/proc/self/fd")) == before


def test_a_big_library_watches_its_folder_and_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write(bundled, "b.yaml", routine_text(title="Bundled"))
    for n in range(250):
        write(user, f"u{n:03}.yaml", routine_text(title=f"User {n:03}"))
    model = LibraryModel()
    sources = LibrarySources(bundled_dir=bundled, user_dir=user, environ={}, cache_file=None)
    with qtbot.waitSignal(model.loadingChanged, timeout=20_000, check_params_cb=lambda b: not b):
        model.load(sources)
    assert model._watcher is None
    assert model._folder_watch is not None and model._folder_watch.folders() == [str(user)]
    # A file written in place (no rename) is read again.
    with (
        qtbot.waitSignal(model.loadingChanged, timeout=20_000, check_params_cb=lambda b: not b),
        open(user / "u007.yaml", "w", encoding="utf-8") as file,
    ):
        file.write(routine_text(title="Edited in place"))
    assert model.get("u007") is not None and model.get("u007").title == "Edited in place"
