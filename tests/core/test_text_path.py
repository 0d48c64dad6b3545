"""A routine file's path that keeps only its text: it behaves as ``Path`` in every way."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path, PosixPath

import pytest

from handtrainer.core import text_path as module
from handtrainer.core.text_path import text_path

pytestmark = pytest.mark.timeout(30)

TEXTS = ["/home/ann/routines/desk-reset.yaml", "routines/a.b.yml", "/x.yaml", "x", "/"]


def parts_made(path: Path) -> bool:
    try:
        object.__getattribute__(path, "_parts")
    except AttributeError:
        return False
    return True


@pytest.mark.parametrize("text", TEXTS)
def test_it_is_the_path_of_its_text(text: str) -> None:
    path, plain = text_path(text), Path(text)
    assert str(path) == str(plain) and repr(path) == repr(plain)
    assert (path.name, path.stem, path.suffix, path.suffixes) == (
        plain.name,
        plain.stem,
        plain.suffix,
        plain.suffixes,
    )
    assert path == plain and hash(path) == hash(plain) and {plain: 1}[path] == 1
    assert path.parent == plain.parent and path / "more" == plain / "more"
    assert path.parts == plain.parts and path.is_absolute() == plain.is_absolute()
    again = pickle.loads(pickle.dumps(path))
    assert again == plain and type(again) is type(plain)
    assert copy.deepcopy(path) == plain


def test_text_path_would_write_otherwise_is_a_plain_path() -> None:
    for text in ["a//b.yaml", "./a.yaml", "a/./b.yaml", "a/b/", "", "/a//b", "/a/.", "//a", "/"]:
        path = text_path(text)
        assert type(path) is type(Path(text)) and str(path) == str(Path(text))


@pytest.mark.skipif(module._TextPath is None, reason="Path already waits on this Python")
def test_reading_a_file_by_it_takes_nothing_apart(tmp_path: Path) -> None:
    file = tmp_path / "desk-reset.yaml"
    file.write_text("id: desk-reset\n", encoding="utf-8")
    path = text_path(str(file))
    assert isinstance(path, PosixPath)
    assert path.read_text(encoding="utf-8") == "id: desk-reset\n"
    assert path.stem == "desk-reset" and str(path) == str(file)
    assert not parts_made(path)
    assert path.parent == tmp_path and parts_made(path)
