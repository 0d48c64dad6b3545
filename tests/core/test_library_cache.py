"""The library cache: unchanged files are not parsed again, and nothing else is trusted."""

from __future__ import annotations

import io
import os
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from handtrainer.core import library as library_module
from handtrainer.core import library_cache
from handtrainer.core.library import RoutineLibrary, load_library
from handtrainer.core.library_cache import LibraryCache
from handtrainer.core.model import Origin, Routine
from tests.helpers.routine_samples import VALID, routine_text, write

HOUR_NS = 3600 * 10**9
BROKEN = "handtrainer: 1\ntitle: Broken\nsummary: x\nsteps:\n  - title: A\n    technique: nope\n"


class WallClock:
    """A wall clock (file times are wall-clock times) that moves only when told."""

    def __init__(self, now_ns: int) -> None:
        self.now_ns = now_ns

    def __call__(self) -> int:
        return self.now_ns


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    user = tmp_path / "user"
    write(user, "one.yaml", routine_text(title="One"))
    write(user, "two.yaml", routine_text(title="Two"))
    write(user, "broken.yaml", BROKEN)
    return user


@pytest.fixture
def clock(folder: Path) -> WallClock:
    """An hour after the files were written: they have long settled."""
    latest = max(os.stat(p).st_ctime_ns for p in folder.iterdir())
    return WallClock(latest + HOUR_NS)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the loader actually parses, in order."""
    seen: list[Path] = []
    real = library_module.load_routine_file

    def counting(path: Path, origin: Origin) -> object:
        seen.append(path)
        return real(path, origin)

    monkeypatch.setattr(library_module, "load_routine_file", counting)
    return seen


def read(folder: Path, cache_file: Path, clock: Callable[[], int], **kw: str) -> RoutineLibrary:
    cache = LibraryCache(cache_file, now_ns=clock, **kw)
    return load_library(
        (folder,), include_user=False, bundled_dir=folder.parent / "none", cache=cache
    )


def summary(lib: RoutineLibrary) -> tuple[object, ...]:
    return (
        [(r, r.path, r.origin) for r in lib.routines],
        [(f.path, f.problems) for f in lib.failures],
        lib.warnings,
    )


def test_unchanged_files_are_not_parsed_again(
    folder: Path, tmp_path: Path, clock: WallClock, parsed: list[Path]
) -> None:
    cache_file = tmp_path / "cache" / "library.cache"
    first = read(folder, cache_file, clock)
    assert len(parsed) == 3 and cache_file.is_file()
    parsed.clear()
    again = read(folder, cache_file, clock)
    assert parsed == []
    assert summary(again) == summary(first)
    assert [r.id for r in again.routines] == ["one", "two"]


def test_a_bad_routine_is_still_reported_with_its_line_from_the_cache(
    folder: Path, tmp_path: Path, clock: WallClock, parsed: list[Path]
) -> None:
    cache_file = tmp_path / "library.cache"
    first = read(folder, cache_file, clock)
    parsed.clear()
    again = read(folder, cache_file, clock)
    assert parsed == []
    (failed,) = again.failures
    assert failed.path == folder / "broken.yaml" and failed.origin is Origin.EXTRA
    assert [str(p) for p in failed.problems] == [str(p) for p in first.failures[0].problems]
    assert any("broken.yaml:6:" in str(p) for p in failed.problems)


def test_a_changed_file_is_read_again_even_with_its_old_size_and_time(
    folder: Path, tmp_path: Path, clock: WallClock, parsed: list[Path]
) -> None:
    cache_file = tmp_path / "library.cache"
    read(folder, cache_file, clock)
    one = folder / "one.yaml"
    before = os.stat(one)
    text = routine_text(title="Uno")  # the same length as "One"
    assert len(text) == before.st_size
    one.write_text(text, encoding="utf-8")
    os.utime(one, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or `touch -r` do
    clock.now_ns = os.stat(one).st_ctime_ns + HOUR_NS
    parsed.clear()
    again = read(folder, cache_file, clock)
    assert parsed == [one]
    assert sorted(r.title for r in again.routines) == ["Two", "Uno"]
    parsed.clear()
    read(folder, cache_file, clock)
    assert parsed == []


def test_a_removed_file_is_dropped_from_the_library_and_the_cache(
    folder: Path, tmp_path: Path, clock: WallClock, parsed: list[Path]
) -> None:
    cache_file = tmp_path / "library.cache"
    read(folder, cache_file, clock)
    (folder / "two.yaml").unlink()
    (folder / "broken.yaml").unlink()
    again = read(folder, cache_file, clock)
    assert [r.id for r in again.routines] == ["one"] and again.failures == ()
    assert len(LibraryCache(cache_file, now_ns=clock)) == 1


def test_a_new_file_joins(
    folder: Path, tmp_path: Path, clock: WallClock, parsed: list[Path]
) -> None:
    cache_file = tmp_path / "library.cache"
    read(folder, cache_file, clock)
    three = write(folder, "three.yaml", VALID)
    clock.now_ns = os.stat(three).st_ctime_ns + HOUR_NS
    parsed.clear()
    again = read(folder, cache_file, clock)
    assert parsed == [three]
    assert "three" in {r.id for r in again.routines}


def test_a_file_changed_a_moment_ago_is_parsed_until_it_settles(
    folder: Path, tmp_path: Path, clock: WallClock, parsed: list[Path]
) -> None:
    # Within the file system's time resolution it could change again unseen.
    cache_file = tmp_path / "library.cache"
    newest = max(os.stat(p).st_ctime_ns for p in folder.iterdir())
    clock.now_ns = newest + library_cache.SETTLE_NS // 2
    read(folder, cache_file, clock)
    parsed.clear()
    read(folder, cache_file, clock)
    assert len(parsed) == 3
    clock.now_ns = newest + library_cache.SETTLE_NS + 1
    parsed.clear()
    read(folder, cache_file, clock)
    assert len(parsed) == 3  # settled now: kept this time
    parsed.clear()
    read(folder, cache_file, clock)
    assert parsed == []


def test_a_new_cache_version_parses_everything_again(
    folder: Path, tmp_path: Path, clock: WallClock, parsed: list[Path]
) -> None:
    cache_file = tmp_path / "library.cache"
    read(folder, cache_file, clock, version="loader-1")
    parsed.clear()
    read(folder, cache_file, clock, version="loader-2")
    assert len(parsed) == 3
    parsed.clear()
    read(folder, cache_file, clock, version="loader-2")
    assert parsed == []


def test_the_version_follows_the_core_source_and_the_wording_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from handtrainer.core import wording

    english = library_cache.cache_version()
    assert library_cache.cache_version() == english
    monkeypatch.setattr(
        wording, "_translator", lambda c, text, d=None, n=-1: text.replace(" min ", " Min. ")
    )
    assert library_cache.cache_version() != english


def test_each_wording_language_keeps_a_cache_file_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An English command line and a German window in turn: neither rebuilds the other's."""
    from handtrainer.core import wording

    english = library_cache.default_cache_file()
    assert library_cache.default_cache_file() == english
    monkeypatch.setattr(
        wording, "_translator", lambda c, text, d=None, n=-1: text.replace("warning", "Warnung")
    )
    german = library_cache.default_cache_file()
    assert german != english and german.parent == english.parent
    assert german.suffix == english.suffix == ".cache"


def test_the_same_file_from_another_origin_is_parsed_again(
    folder: Path, tmp_path: Path, clock: WallClock, parsed: list[Path]
) -> None:
    cache_file = tmp_path / "library.cache"
    read(folder, cache_file, clock)
    parsed.clear()
    cache = LibraryCache(cache_file, now_ns=clock)
    lib = load_library(
        include_user=True, bundled_dir=tmp_path / "none", user_dir=folder, cache=cache
    )
    assert len(parsed) == 3 and {r.origin for r in lib.routines} == {Origin.USER}


class _Evil:
    def __reduce__(self) -> tuple[object, ...]:
        return (os.system, ("echo hacked",))


def _damaged_caches(good: bytes, version: str) -> dict[str, bytes]:
    header = library_cache._MAGIC + version.encode() + b"\n"
    evil = pickle.dumps((["x"], _Evil(), b"\0"))
    foreign_ok = pickle.dumps((["x", "y"], b"\0" * 56, b"\0"))
    checksum = library_cache._checksum
    middle = len(good) // 2
    return {
        "empty": b"",
        "garbage": b"\x00\xff" * 100,
        "another program's": b"[library]\nfoo=1\n",
        "truncated": good[: len(good) - 40],
        "a flipped byte": good[:middle] + bytes([good[middle] ^ 1]) + good[middle + 1 :],
        "a foreign pickle": header + checksum(evil) + evil,
        "a wrong shape": header + checksum(foreign_ok) + foreign_ok,
    }


def test_a_damaged_or_foreign_cache_is_ignored_and_rebuilt(
    folder: Path,
    tmp_path: Path,
    clock: WallClock,
    parsed: list[Path],
    capfd: pytest.CaptureFixture[str],
) -> None:
    cache_file = tmp_path / "library.cache"
    expected = summary(read(folder, cache_file, clock, version="v"))
    good = cache_file.read_bytes()
    for name, data in _damaged_caches(good, "v").items():
        cache_file.write_bytes(data)
        cache = LibraryCache(cache_file, now_ns=clock, version="v")
        assert len(cache) == 0, name
        assert cache.problem or not data, name
        parsed.clear()
        lib = load_library(
            (folder,), include_user=False, bundled_dir=tmp_path / "none", cache=cache
        )
        assert len(parsed) == 3, name
        assert summary(lib) == expected, name
        assert cache_file.read_bytes() != data, f"{name}: not rebuilt"
    assert "hacked" not in capfd.readouterr().out


def test_a_damaged_chunk_stops_the_cache_there(
    folder: Path, tmp_path: Path, clock: WallClock, parsed: list[Path]
) -> None:
    cache_file = tmp_path / "library.cache"
    expected = summary(read(folder, cache_file, clock, version="v"))
    index = library_cache._Index(cache_file.read_bytes(), "v")
    first = index.result(0)
    out = io.BytesIO()
    pickler = pickle.Pickler(out)
    pickler.dispatch_table = {Routine: library_cache._reduce_routine}
    pickler.dump((index.names, index.numbers, index.origins))
    pickler.dump([])  # the parts routines share: none here
    pickler.dump([first[0] if first[0] is not None and not first[1] else first[:2]])
    pickler.dump("not a chunk")
    payload = out.getvalue()
    checksum = library_cache._checksum(payload)
    cache_file.write_bytes(library_cache._MAGIC + b"v\n" + checksum + payload)
    parsed.clear()
    cache = LibraryCache(cache_file, now_ns=clock, version="v")
    lib = load_library((folder,), include_user=False, bundled_dir=tmp_path / "none", cache=cache)
    assert cache.hits == 1 and len(parsed) == 2 and cache.problem
    assert summary(lib) == expected


def test_a_cache_too_large_is_not_written(
    folder: Path, tmp_path: Path, clock: WallClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_file = tmp_path / "library.cache"
    read(folder, cache_file, clock)
    assert cache_file.is_file()
    monkeypatch.setattr(library_cache, "MAX_CACHE_BYTES", 200)
    write(folder, "three.yaml", VALID)
    clock.now_ns += HOUR_NS
    lib = read(folder, cache_file, clock)
    assert len(lib.routines) == 3 and not cache_file.exists()


def test_a_cache_folder_that_cannot_be_written_costs_only_time(
    folder: Path, tmp_path: Path, clock: WallClock
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    cache = LibraryCache(blocker / "library.cache", now_ns=clock)
    lib = load_library((folder,), include_user=False, bundled_dir=tmp_path / "none", cache=cache)
    assert len(lib.routines) == 2 and cache.problem
    assert LibraryCache(blocker, now_ns=clock, version="v").problem  # a file, not a cache


def test_the_bundled_routines_come_from_the_cache_alike(tmp_path: Path, parsed: list[Path]) -> None:
    cache_file = tmp_path / "library.cache"
    clock = WallClock(library_cache.time.time_ns() + HOUR_NS)
    first = load_library(include_user=False, cache=LibraryCache(cache_file, now_ns=clock))
    parsed.clear()
    again = load_library(include_user=False, cache=LibraryCache(cache_file, now_ns=clock))
    assert parsed == [] and len(again.routines) > 20
    assert summary(again) == summary(first)


def test_translations_come_from_the_cache_as_they_were_read(
    tmp_path: Path, parsed: list[Path]
) -> None:
    from handtrainer.core.localize import routine_in
    from tests.core.test_routine_translations import GERMAN, HEAD

    folder = tmp_path / "user"
    path = write(folder, "desk.yaml", HEAD + GERMAN)
    clock = WallClock(os.stat(path).st_ctime_ns + HOUR_NS)
    cache_file = tmp_path / "library.cache"
    first = read(folder, cache_file, clock)
    parsed.clear()
    again = read(folder, cache_file, clock)
    assert parsed == []
    (cold,), (warm,) = first.routines, again.routines
    assert warm == cold and warm.translations == cold.translations != ()
    assert routine_in(warm, "de") == routine_in(cold, "de")
    assert routine_in(warm, "de").title == "Schreibtisch-Pause"


def test_a_reader_shows_routines_in_its_language_and_the_cache_keeps_them_as_written(
    tmp_path: Path, parsed: list[Path]
) -> None:
    from handtrainer.core.library import LibraryReader
    from handtrainer.core.localize import original
    from tests.core.test_routine_translations import GERMAN, HEAD

    folder = tmp_path / "user"
    path = write(folder, "desk.yaml", HEAD + GERMAN)
    clock = WallClock(os.stat(path).st_ctime_ns + HOUR_NS)
    cache_file = tmp_path / "library.cache"

    def read_in(language: str) -> Routine:
        cache = LibraryCache(cache_file, now_ns=clock)
        reader = LibraryReader(
            (folder,), include_user=False, bundled_dir=tmp_path / "none", cache=cache,
            language=language,
        )  # fmt: skip
        for file, origin, name in reader.entries():
            reader.read(file, origin, name)
        reader.save_cache()
        (routine,) = reader.library().routines
        return routine

    english = read_in("en")  # parsed, and kept in the cache
    assert english.shown is not None and english.shown.complete and original(english) is english
    assert english.title == "Desk reset" and english.path == path
    german = read_in("de")  # from the cache: shown in German, not in the language it was read in
    assert parsed == [path]
    assert german.title == "Schreibtisch-Pause" and german.shown is not None
    assert german.shown.shown == "de" and original(german) == english
    assert read_in("en").shown == english.shown and parsed == [path]


def test_copies_in_different_chunks_still_share_their_parts(
    tmp_path: Path, parsed: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_cache, "_CHUNK", 2)
    folder = tmp_path / "user"
    for n in range(7):
        write(folder, f"copy-{n}.yaml", routine_text(f"copy-{n}", f"Copy {n}"))
    clock = WallClock(max(os.stat(p).st_ctime_ns for p in folder.iterdir()) + HOUR_NS)
    cache_file = tmp_path / "library.cache"
    cold = read(folder, cache_file, clock)
    parsed.clear()
    warm = read(folder, cache_file, clock)
    assert parsed == [] and summary(warm) == summary(cold)
    first, *others = warm.routines
    assert all(o.steps is first.steps and o.summary is first.summary for o in others)
    assert len({r.title for r in warm.routines}) == 7
