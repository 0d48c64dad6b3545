"""The library model: read in the background, in batches; added files kept; the folder watched."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.core import library_cache
from handtrainer.core.model import Origin
from handtrainer.ui.library import library_model
from handtrainer.ui.library.library_model import LibraryChange, LibraryModel, LibrarySources
from tests.helpers.routine_samples import routine_text, write


def _sources(tmp_path: Path) -> tuple[LibrarySources, Path, Path]:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    for n in range(3):
        write(bundled, f"b{n}.yaml", routine_text(title=f"Bundled {n}"))
    user.mkdir()
    return LibrarySources(bundled_dir=bundled, user_dir=user, environ={}), bundled, user


def _load(qtbot: QtBot, model: LibraryModel, sources: LibrarySources, **kw: bool) -> None:
    with qtbot.waitSignal(model.loadingChanged, timeout=10_000, check_params_cb=lambda b: not b):
        model.load(sources, **kw)


def test_reads_in_the_background_and_says_what_arrived(qtbot: QtBot, tmp_path: Path) -> None:
    sources, _bundled, user = _sources(tmp_path)
    for n in range(100):
        write(user, f"u{n:03}.yaml", routine_text(title=f"User {n:03}"))
    write(user, "broken.yaml", "handtrainer: 1\ntitle: [\n")
    model = LibraryModel()
    changes: list[LibraryChange] = []
    model.changed.connect(changes.append)
    _load(qtbot, model, sources, watch=False)
    library = model.library()
    assert len(library.routines) == 103
    assert [f.path.name for f in library.failures] == ["broken.yaml"]
    # Batches while reading (the first small, so the window fills at once), then the end.
    assert len(changes) >= 3 and len(changes[0].added) <= 32
    assert sum(len(c.added) for c in changes) == 103
    assert changes[-1].reset
    assert [r.title for r in library.routines][:2] == ["Bundled 0", "Bundled 1"]


def test_a_routine_that_replaces_a_bundled_one_leaves_one_row(qtbot: QtBot, tmp_path: Path) -> None:
    sources, _bundled, user = _sources(tmp_path)
    write(user, "b1.yaml", routine_text(title="Mine instead"))
    model = LibraryModel()
    _load(qtbot, model, sources, watch=False)
    assert [r.title for r in model.library().routines] == ["Bundled 0", "Bundled 2", "Mine instead"]
    assert any("replaces the bundled routine" in n for n in model.library().notices)


def test_added_files_are_copied_into_the_user_folder(qtbot: QtBot, tmp_path: Path) -> None:
    sources, _bundled, user = _sources(tmp_path)
    model = LibraryModel()
    _load(qtbot, model, sources, watch=False)
    outside = write(tmp_path / "downloads", "gift.yaml", routine_text(title="A gift"))
    broken = write(tmp_path / "downloads", "bad.yaml", "title: [\n")
    result = model.add_files([outside, broken])
    assert [r.id for r in result.routines] == ["gift"] and result.broken == 1
    assert result.copies == (user / "gift.yaml",)
    assert (user / "gift.yaml").read_text(encoding="utf-8") == outside.read_text(encoding="utf-8")
    assert not (user / "bad.yaml").exists()  # a broken file is shown with its errors, not kept
    assert model.get("gift").origin is Origin.USER
    # After a restart it is still there.
    again = LibraryModel()
    _load(qtbot, again, sources, watch=False)
    assert again.get("gift") is not None


def test_a_change_in_the_user_folder_is_picked_up(qtbot: QtBot, tmp_path: Path) -> None:
    sources, _bundled, user = _sources(tmp_path)
    path = write(user, "mine.yaml", routine_text(title="Before"))
    model = LibraryModel()
    _load(qtbot, model, sources)
    assert model.get("mine").title == "Before"
    with qtbot.waitSignal(model.loadingChanged, timeout=10_000, check_params_cb=lambda b: not b):
        path.write_text(routine_text(title="After"), encoding="utf-8")
    assert model.get("mine").title == "After"
    with qtbot.waitSignal(model.loadingChanged, timeout=10_000, check_params_cb=lambda b: not b):
        write(user, "new.yaml", routine_text(title="New"))
    assert model.get("new") is not None
    with qtbot.waitSignal(model.loadingChanged, timeout=10_000, check_params_cb=lambda b: not b):
        path.unlink()
    assert model.get("mine") is None


def test_unchanged_routines_stay_the_same_objects_on_a_reload(qtbot: QtBot, tmp_path: Path) -> None:
    sources, _bundled, _user = _sources(tmp_path)
    model = LibraryModel()
    _load(qtbot, model, sources, watch=False)
    before = model.library().routines
    changes: list[LibraryChange] = []
    model.changed.connect(changes.append)
    with qtbot.waitSignal(model.loadingChanged, timeout=10_000, check_params_cb=lambda b: not b):
        model.reload()
    assert all(a is b for a, b in zip(before, model.library().routines, strict=True))
    assert [(c.added, c.removed) for c in changes] == [((), ())]


def test_the_reader_waits_for_the_window_to_take_each_batch(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cached library reads faster than a window takes it in: unpaced, batches
    # would pile up and be handled in one long stall.
    monkeypatch.setattr(library_model, "FIRST_BATCH", 5)
    monkeypatch.setattr(library_model, "LARGEST_BATCH", 5)
    sources, _bundled, user = _sources(tmp_path)
    for n in range(40):
        write(user, f"u{n:03}.yaml", routine_text(title=f"User {n:03}"))
    events: list[str] = []
    waiting = library_model._ReaderThread._until_taken

    def emitted(thread: library_model._ReaderThread) -> bool:
        events.append("sent")
        return waiting(thread)

    monkeypatch.setattr(library_model._ReaderThread, "_until_taken", emitted)
    model = LibraryModel()
    model.changed.connect(lambda change: events.append("taken") if not change.reset else None)
    _load(qtbot, model, sources, watch=False)
    assert events.count("sent") >= 8
    for at in range(len(events)):
        sent, taken = events[:at].count("sent"), events[:at].count("taken")
        assert sent <= taken + 1, events  # never a batch sent before the last was taken
    assert len(model.library().routines) == 43


def test_stopping_a_reader_that_waits_for_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_model, "FIRST_BATCH", 1)
    sources, _bundled, _user = _sources(tmp_path)
    model = LibraryModel()
    model.load(sources, watch=False)
    model.stop()  # the window never takes the first batch
    assert not model.is_loading()
    qtbot.waitUntil(lambda: not library_model._ReaderThread.running, timeout=10_000)


@pytest.fixture(autouse=True)
def _files_settle_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The cache keeps no file changed a moment ago (its time may still move): here
    # every file counts as settled, or nothing written by a test would be cached.
    monkeypatch.setattr(library_cache, "SETTLE_NS", 0)


def _cached_sources(qtbot: QtBot, tmp_path: Path) -> tuple[LibrarySources, Path, Path]:
    """Sources read once already, so their cache holds every file."""
    sources, bundled, user = _sources(tmp_path)
    write(user, "mine.yaml", routine_text(title="Mine"))
    sources = replace(sources, cache_file=tmp_path / "library.cache")
    _load(qtbot, LibraryModel(), sources, watch=False)
    # The reader writes the cache after the window has the library: wait for that.
    for thread in list(library_model._ReaderThread.running):
        assert thread.wait(10_000)
    assert (tmp_path / "library.cache").is_file()
    return sources, bundled, user


def test_a_small_cached_library_is_there_before_the_window_shows(
    qtbot: QtBot, tmp_path: Path
) -> None:
    sources, _bundled, user = _cached_sources(qtbot, tmp_path)
    model = LibraryModel()
    changes: list[LibraryChange] = []
    model.changed.connect(changes.append)
    assert model.first_look(sources)
    assert [r.title for r in model.library().routines][-1] == "Mine"
    assert len(model.library().routines) == 4 and not model.is_loading()
    assert len(changes) == 1 and len(changes[0].added) == 4
    # load() then has nothing to read: it says so at once and watches the user's folder.
    said: list[bool] = []
    model.loadingChanged.connect(said.append)
    model.load(sources)
    assert said == [True, False] and not model.is_loading()
    assert model._watcher is not None and str(user / "mine.yaml") in model._watcher.files()
    assert len(changes) == 1  # nothing new to show
    # A change after that is read as ever.
    with qtbot.waitSignal(model.loadingChanged, timeout=10_000, check_params_cb=lambda b: not b):
        write(user, "new.yaml", routine_text(title="New"))
    assert model.get("new") is not None


@pytest.mark.parametrize("why", ["changed file", "new file", "no cache", "too many"])
def test_the_first_look_leaves_the_reading_to_the_thread_unless_all_is_cached(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, why: str
) -> None:
    sources, _bundled, user = _cached_sources(qtbot, tmp_path)
    if why == "changed file":
        write(user, "mine.yaml", routine_text(title="Changed"))
    elif why == "new file":
        write(user, "another.yaml", routine_text(title="Another"))
    elif why == "no cache":
        (tmp_path / "library.cache").unlink()
    else:
        monkeypatch.setattr(library_model, "FIRST_LOOK_MOST", 3)
    model = LibraryModel()
    assert not model.first_look(sources)
    assert model.library().routines == ()
    _load(qtbot, model, sources, watch=False)  # the usual background read
    titles = {r.title for r in model.library().routines}
    assert len(titles) == (5 if why == "new file" else 4)
    assert ("Changed" in titles) == (why == "changed file")


def test_the_first_look_shows_routines_in_the_windows_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    bundled = tmp_path / "bundled"
    german = "translations:\n  de:\n    title: Eine Routine\n"
    write(bundled, "translated.yaml", routine_text("translated") + german)
    sources = LibrarySources(
        bundled_dir=bundled, include_user=False, environ={}, cache_file=tmp_path / "c"
    )
    _load(qtbot, LibraryModel(language="de"), sources, watch=False)
    for thread in list(library_model._ReaderThread.running):
        assert thread.wait(10_000)
    model = LibraryModel(language="de")
    assert model.first_look(sources)
    assert [r.title for r in model.library().routines] == ["Eine Routine"]
    english = LibraryModel(language="en")
    assert english.first_look(sources)  # the same cache, read for an English window
    assert [r.title for r in english.library().routines] == ["A routine"]
