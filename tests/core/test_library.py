"""The routine library: folders, overrides, duplicates, broken files, look-ups."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from handtrainer.core.library import (
    RoutineLibrary,
    RoutineLookupError,
    load_library,
    resolve_routine,
    routine_files,
)
from handtrainer.core.model import Origin
from handtrainer.core.resources import bundled_routines_dir
from tests.helpers.routine_samples import routine_text, write


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    bundled, user, extra = tmp_path / "bundled", tmp_path / "user", tmp_path / "extra"
    for folder in (bundled, user, extra):
        folder.mkdir()
    return bundled, user, extra


def library(bundled: Path, user: Path, extra: tuple[Path, ...] = (), **env: str) -> RoutineLibrary:
    return load_library(extra, bundled_dir=bundled, user_dir=user, environ=env)


def test_loads_every_origin(folders: tuple[Path, Path, Path], tmp_path: Path) -> None:
    bundled, user, extra = folders
    env_dir = tmp_path / "env"
    write(bundled, "b-one.yaml", routine_text(title="Bravo"))
    write(user, "u-one.yml", routine_text(title="Alpha"))
    write(extra, "nested/x-one.yaml", routine_text(title="Charlie"))
    write(env_dir, "e-one.yaml", routine_text(title="Delta"))
    lib = library(bundled, user, (extra,), HANDTRAINER_ROUTINES=os.pathsep.join([str(env_dir), ""]))
    assert [r.id for r in lib.routines] == ["u-one", "b-one", "x-one", "e-one"]  # by title
    origins = {r.id: r.origin for r in lib.routines}
    assert origins == {
        "b-one": Origin.BUNDLED,
        "u-one": Origin.USER,
        "x-one": Origin.EXTRA,
        "e-one": Origin.EXTRA,
    }
    assert lib.failures == () and lib.notices == () and lib.overridden == frozenset()
    assert lib.get("x-one") is not None and lib.get("nope") is None


def test_only_routine_files_and_no_hidden_folders(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "x")
    write(tmp_path, "b.yml", "x")
    write(tmp_path, "c.txt", "x")
    write(tmp_path, "d.yaml.bak", "x")
    write(tmp_path, ".hidden.yaml", "x")
    write(tmp_path, ".git/e.yaml", "x")
    write(tmp_path, "sub/f.yaml", "x")
    names = [p.relative_to(tmp_path).as_posix() for p in routine_files(tmp_path)]
    assert names == ["a.yaml", "b.yml", "sub/f.yaml"]


def test_a_routine_file_kept_with_a_capital_suffix_is_found_again(
    folders: tuple[Path, Path, Path],
) -> None:
    """A file the window accepts (a dropped ``Massage.YAML``, copied into the user's folder)
    must be found when the folder is read again, not vanish at the next start."""
    from handtrainer.core.library import is_routine_file, keep_routine_file

    bundled, user, _extra = folders
    dropped = write(folders[2], "Massage.YAML", routine_text("massage", title="Massage"))
    assert is_routine_file(dropped)
    kept = keep_routine_file(dropped, user)
    write(user, "Other.Yml", routine_text("other", title="Other"))
    assert [p.name for p in routine_files(user)] == [kept.name, "Other.Yml"]
    assert sorted(r.id for r in library(bundled, user).routines) == ["massage", "other"]


def test_user_routine_overrides_bundled_with_a_notice(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, _ = folders
    write(bundled, "desk-reset.yaml", routine_text(title="Bundled"))
    mine = write(user, "desk-reset.yaml", routine_text(title="Mine"))
    lib = library(bundled, user)
    assert [(r.title, r.origin) for r in lib.routines] == [("Mine", Origin.USER)]
    assert lib.overridden == frozenset({"desk-reset"})
    assert len(lib.notices) == 1
    assert (
        str(mine) in lib.notices[0]
        and "replaces the bundled routine 'desk-reset'" in lib.notices[0]
    )


def test_extra_folder_overrides_bundled_too(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, extra = folders
    write(bundled, "one.yaml", routine_text(title="Bundled"))
    write(extra, "other-name.yaml", routine_text("one", title="Extra"))
    lib = library(bundled, user, (extra,))
    assert [(r.title, r.origin) for r in lib.routines] == [("Extra", Origin.EXTRA)]
    assert lib.overridden == frozenset({"one"})


def test_two_user_files_with_one_id_both_fail_naming_each_other(
    folders: tuple[Path, Path, Path],
) -> None:
    bundled, user, extra = folders
    write(bundled, "same.yaml", routine_text(title="Bundled"))
    first = write(user, "same.yaml", routine_text(title="First"))
    second = write(extra, "copy.yaml", routine_text("same", title="Second"))
    lib = library(bundled, user, (extra,))
    # Neither user file is used; the bundled routine of that id stays.
    assert [(r.title, r.origin) for r in lib.routines] == [("Bundled", Origin.BUNDLED)]
    assert lib.overridden == frozenset()
    failed = {f.path: f for f in lib.failures}
    assert set(failed) == {first, second}
    assert str(second) in failed[first].problems[0].message
    assert str(first) in failed[second].problems[0].message
    # The error points at the id field when there is one.
    assert (failed[second].problems[0].line, failed[second].problems[0].column) == (2, 5)
    assert failed[second].origin is Origin.EXTRA


def test_a_folder_given_twice_is_loaded_once(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, _ = folders
    write(user, "one.yaml", routine_text())
    lib = library(bundled, user, (user,), HANDTRAINER_ROUTINES=str(user))
    assert [r.id for r in lib.routines] == ["one"] and lib.failures == ()


def test_broken_files_do_not_stop_the_others(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, _ = folders
    write(user, "a-good.yaml", routine_text(title="Good A"))
    broken = write(user, "b-broken.yaml", "handtrainer: 1\ntitle: [\n")
    write(user, "c-binary.yaml", os.urandom(500) + b"\0")
    write(user, "d-deep.yaml", "[" * 100_000)
    write(user, "e-good.yaml", routine_text(title="Good E"))
    lib = library(bundled, user)
    assert [r.id for r in lib.routines] == ["a-good", "e-good"]
    assert [f.path.name for f in lib.failures] == ["b-broken.yaml", "c-binary.yaml", "d-deep.yaml"]
    assert all(f.problems and f.origin is Origin.USER for f in lib.failures)
    assert lib.failures[0].path == broken
    assert str(lib.failures[0].problems[0]).startswith(f"{broken}:")


def test_fifo_and_symlink_loops_in_a_folder(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, _ = folders
    write(user, "good.yaml", routine_text())
    if hasattr(os, "mkfifo"):
        os.mkfifo(user / "pipe.yaml")
    (user / "loop.yaml").symlink_to(user / "loop.yaml")
    (user / "sub").mkdir()
    (user / "sub" / "parent").symlink_to(user, target_is_directory=True)
    outcome: list[RoutineLibrary] = []
    worker = threading.Thread(target=lambda: outcome.append(library(bundled, user)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "loading the library blocked or looped"
    lib = outcome[0]
    assert [r.id for r in lib.routines] == ["good"]
    messages = {f.path.name: f.problems[0].message for f in lib.failures}
    assert "loop" in messages["loop.yaml"]
    if hasattr(os, "mkfifo"):
        assert "named pipe" in messages["pipe.yaml"]


def test_missing_folders_are_noticed(tmp_path: Path) -> None:
    lib = library(
        tmp_path / "no-bundled",
        tmp_path / "no-user",
        (tmp_path / "no-extra",),
        HANDTRAINER_ROUTINES=str(tmp_path / "no-env"),
    )
    assert lib.routines == () and lib.failures == ()
    assert len(lib.notices) == 4
    assert any("no-extra" in n and "--routines" in n for n in lib.notices)
    assert any("no-env" in n and "HANDTRAINER_ROUTINES" in n for n in lib.notices)


def test_user_folder_is_created_on_first_run(tmp_path: Path) -> None:
    from handtrainer.core.paths import user_routines_dir

    expected = user_routines_dir(create=False)
    assert str(expected).startswith(os.environ["XDG_DATA_HOME"])  # isolated by conftest
    assert not expected.exists()
    lib = load_library(bundled_dir=tmp_path, environ={})
    assert expected.is_dir() and lib.notices == ()


def test_include_user_false_skips_the_user_folder(tmp_path: Path) -> None:
    from handtrainer.core.paths import user_routines_dir

    write(user_routines_dir(), "mine.yaml", routine_text())
    assert load_library(bundled_dir=tmp_path, environ={}).get("mine") is not None
    assert load_library(bundled_dir=tmp_path, include_user=False, environ={}).get("mine") is None


def test_environment_variable_is_read_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "env", "from-env.yaml", routine_text())
    monkeypatch.setenv("HANDTRAINER_ROUTINES", str(tmp_path / "env"))
    lib = load_library(bundled_dir=tmp_path / "none", include_user=False)
    assert lib.get("from-env") is not None


def test_warnings_are_kept(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, _ = folders
    steps = (
        "  - title: T\n    instruction: I\n    technique: rub\n"
        "    zones: [palm, palm]\n    duration: 5s\n"
    )
    write(user, "warned.yaml", routine_text(steps=steps))
    lib = library(bundled, user)
    assert lib.get("warned") is not None
    assert [w.severity for w in lib.warnings] == ["warning"]


# ------------------------------------------------------------------- look-ups


def test_resolve_by_id_and_by_path(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, _ = folders
    write(bundled, "desk-reset.yaml", routine_text())
    outside = write(user.parent, "elsewhere/other.yaml", routine_text(title="Other"))
    lib = library(bundled, user)
    assert resolve_routine("desk-reset", lib).id == "desk-reset"
    routine = resolve_routine(str(outside), lib)
    assert routine.title == "Other" and routine.origin is Origin.EXTRA


def test_an_empty_reference_is_no_routine_not_the_current_folder(
    folders: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``handtrainer show ""``: Path("") is ".", which must not be read as a routine file."""
    bundled, user, _ = folders
    write(bundled, "desk-reset.yaml", routine_text())
    monkeypatch.chdir(user)
    with pytest.raises(RoutineLookupError) as caught:
        resolve_routine("", library(bundled, user))
    assert caught.value.problems == ()
    assert "no routine with the id ''" in caught.value.message


def test_resolve_errors(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, _ = folders
    write(bundled, "desk-reset.yaml", routine_text())
    broken = write(user, "broken.yaml", "handtrainer: 1\n")
    lib = library(bundled, user)
    with pytest.raises(RoutineLookupError, match="did you mean 'desk-reset'"):
        resolve_routine("desk-rest", lib)
    with pytest.raises(RoutineLookupError) as caught:
        resolve_routine("broken", lib)
    assert caught.value.problems and f"{broken}:" in str(caught.value)
    with pytest.raises(RoutineLookupError) as caught:
        resolve_routine(str(broken), lib)
    assert "has errors" in str(caught.value) and caught.value.problems
    with pytest.raises(RoutineLookupError, match="no such routine file"):
        resolve_routine(str(user / "missing.yaml"), lib)


def test_the_real_bundled_routines_load() -> None:
    lib = load_library(include_user=False, environ={})
    assert lib.routines, "no bundled routines found"
    assert all(r.origin is Origin.BUNDLED for r in lib.routines)
    assert lib.failures == (), [str(p) for f in lib.failures for p in f.problems]
    assert bundled_routines_dir().is_dir()


def test_user_folder_that_cannot_be_created_is_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handtrainer.core import paths

    def refuse(create: bool = True) -> Path:
        raise PermissionError(13, "Permission denied", "/nowhere/routines")

    monkeypatch.setattr(paths, "user_routines_dir", refuse)
    write(tmp_path, "one.yaml", routine_text())
    lib = load_library(bundled_dir=tmp_path, environ={})
    assert [r.id for r in lib.routines] == ["one"]
    assert lib.notices == (
        "cannot create your routines folder /nowhere/routines: Permission denied",
    )


def test_routine_file_names_and_adding_files(tmp_path: Path) -> None:
    from handtrainer.core.library import add_routine_files, is_routine_file

    assert is_routine_file(Path("a.YAML")) and is_routine_file(Path("b.yml"))
    assert not is_routine_file(Path("c.yaml.bak"))
    good = write(tmp_path, "good.yaml", routine_text(title="Zulu"))
    bad = write(tmp_path, "bad.yaml", "title: [\n")
    start = RoutineLibrary()
    lib, added = add_routine_files(start, [good, bad])
    assert [r.id for r in added] == ["good"] and lib.get("good") is added[0]
    assert [f.path for f in lib.failures] == [bad]
    # Fixing the broken file and adding it again replaces its failure.
    bad.write_text(routine_text(title="Alpha"), encoding="utf-8")
    lib, added = add_routine_files(lib, [bad])
    assert [r.title for r in lib.routines] == ["Alpha", "Zulu"] and lib.failures == ()


def test_keeping_a_routine_file_copies_it_once(tmp_path: Path) -> None:
    from handtrainer.core.library import keep_routine_file

    user = tmp_path / "user"
    source = write(tmp_path / "elsewhere", "mine.yaml", routine_text(title="Mine"))
    assert keep_routine_file(source, user) == user / "mine.yaml"
    assert keep_routine_file(source, user) == user / "mine.yaml"  # the same file: one copy
    other = write(tmp_path / "other", "mine.yaml", routine_text(title="Another"))
    assert keep_routine_file(other, user) == user / "mine-2.yaml"
    assert keep_routine_file(user / "mine.yaml", user) == user / "mine.yaml"
    assert sorted(p.name for p in user.iterdir()) == ["mine-2.yaml", "mine.yaml"]


def test_copies_of_a_routine_share_their_steps(tmp_path: Path) -> None:
    for n in range(3):
        write(tmp_path, f"copy{n}.yaml", routine_text(routine_id=f"copy{n}", title=f"Copy {n}"))
    lib = load_library([tmp_path], include_user=False, bundled_dir=tmp_path / "none", environ={})
    steps = {id(r.steps[0]) for r in lib.routines}
    assert len(lib.routines) == 3 and len(steps) == 1  # stored once
    assert lib.routines[0].steps[0].pos is not None


def test_search_words_hold_each_word_once() -> None:
    from handtrainer.core.library import search_words

    lib = load_library(include_user=False)
    routine = lib.get("desk-reset")
    assert routine is not None
    words = search_words(routine, ("Your routine",)).split()
    assert len(words) == len(set(words)) and "desk-reset" in words and "your" in words


def test_copies_of_a_routine_share_their_translations(tmp_path: Path) -> None:
    # A therapist's folder holds many copies of a few routines: their text in other
    # languages is held once, not once a file.
    from tests.core.test_routine_translations import GERMAN, HEAD

    for n in range(3):
        write(tmp_path, f"copy-{n}.yaml", HEAD.replace("Desk reset", f"Desk reset {n}") + GERMAN)
    lib = load_library((tmp_path,), include_user=False, bundled_dir=tmp_path / "none")
    first, *others = lib.routines
    assert first.translations != ()
    assert all(other.translations is first.translations for other in others)
