"""The art cache: what reading the art and painting its paper picture gave, kept on disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from handtrainer.core.model import View
from handtrainer.diagram import art as art_module
from handtrainer.diagram import art_cache, base_art
from handtrainer.diagram.art import ArtView, load_view
from handtrainer.diagram.base_art import ArtPainter
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.renderer import _default_dir

PALM = "right-palm.svg"


@pytest.fixture
def art_file(tmp_path: Path) -> Path:
    """A copy of the bundled palm art, free to change."""
    path = tmp_path / "art" / PALM
    path.parent.mkdir()
    shutil.copyfile(_default_dir() / PALM, path)
    return path


def _entries() -> dict[str, Path]:
    folder = art_cache.folder()
    return {p.name: p for p in folder.iterdir()} if folder.is_dir() else {}


def _same_art(a: ArtView, b: ArtView) -> None:
    assert (a.view, a.width, a.height, a.fade, a.mm) == (b.view, b.width, b.height, b.fade, b.mm)
    assert a.silhouette == b.silhouette and a.outline == b.outline
    assert [(x.role, x.closed, x.path) for x in a.layers] == [
        (x.role, x.closed, x.path) for x in b.layers
    ]
    assert [(s.role, s.center, s.rx, s.ry, s.angle) for s in a.soft] == [
        (s.role, s.center, s.rx, s.ry, s.angle) for s in b.soft
    ]
    assert list(a.zones) == list(b.zones)
    for zid, zone in a.zones.items():
        other = b.zones[zid]
        assert (zone.kind, zone.path, zone.anchor, zone.axis, zone.radius) == (
            other.kind,
            other.path,
            other.anchor,
            other.axis,
            other.radius,
        ), zid
        assert zone.line_points == other.line_points, zid


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes, view: View) -> ArtView:
        raise AssertionError("the art was parsed again")

    monkeypatch.setattr(art_module, "_parse_view", refuse)


def test_art_read_again_comes_from_the_cache_unchanged(
    qapp: QApplication, art_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_view(art_file, View.PALM)
    assert any(name.endswith(".art") for name in _entries())
    _no_parsing(monkeypatch)
    again = load_view(art_file, View.PALM)
    _same_art(first, again)
    assert again.cache_key == first.cache_key and again.cache_name == first.cache_name


def test_a_changed_art_file_is_read_afresh(qapp: QApplication, art_file: Path) -> None:
    first = load_view(art_file, View.PALM)
    text = art_file.read_text("utf-8")
    assert 'data-mm="' in text
    start = text.index('data-mm="') + len('data-mm="')
    end = text.index('"', start)
    art_file.write_text(text[:start] + "7.5" + text[end:], "utf-8")
    changed = load_view(art_file, View.PALM)
    assert first.mm != 7.5 and changed.mm == 7.5
    assert changed.cache_key != first.cache_key
    assert len([n for n in _entries() if n.endswith(".art")]) == 1  # replaced, not added


def test_new_code_reads_the_art_afresh(
    qapp: QApplication, art_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_view(art_file, View.PALM)
    parsed: list[View] = []
    real = art_module._parse_view

    def counting(data: bytes, view: View) -> ArtView:
        parsed.append(view)
        return real(data, view)

    monkeypatch.setattr(art_module, "_parse_view", counting)
    monkeypatch.setattr(art_cache, "code_stamp", lambda: "another-version")
    load_view(art_file, View.PALM)
    assert parsed == [View.PALM]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-40] + bytes(40),  # the end overwritten
        lambda data: b"not a cache at all",
        lambda data: b"",
    ],
)
def test_a_damaged_art_entry_is_rebuilt(qapp: QApplication, art_file: Path, damage) -> None:
    first = load_view(art_file, View.PALM)
    (entry,) = (p for n, p in _entries().items() if n.endswith(".art"))
    good = entry.read_bytes()
    entry.write_bytes(damage(good))
    again = load_view(art_file, View.PALM)
    _same_art(first, again)
    assert entry.read_bytes() == good  # made again


def test_a_payload_that_passes_the_checks_but_is_not_art_is_refused(
    qapp: QApplication, art_file: Path
) -> None:
    first = load_view(art_file, View.PALM)
    (name,) = (n for n in _entries() if n.endswith(".art"))
    art_cache.write(name, first.cache_key, b"\x00\x01 not marshal data")
    again = load_view(art_file, View.PALM)
    _same_art(first, again)


def test_no_cache_folder_to_write_still_reads_the_art(
    qapp: QApplication, art_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", "utf-8")
    monkeypatch.setattr(art_cache, "folder", lambda: blocked / "art")
    art = load_view(art_file, View.PALM)
    assert art.zones and not (blocked / "art").exists()


def test_the_environment_can_switch_the_cache_off(
    qapp: QApplication, art_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HANDTRAINER_NO_ART_CACHE", "1")
    load_view(art_file, View.PALM)
    assert _entries() == {}


def _picture(painter: ArtPainter, art: ArtView) -> QImage:
    key = ("print", art.view, DiagramColors.for_print().key(), 0)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    from PySide6.QtGui import QPainter

    p = QPainter(image)
    painter.paint_picture(p, art, DiagramColors.for_print(), 0.0)
    p.end()
    return painter._images[key]


def test_the_paper_picture_is_painted_once_then_kept(
    qapp: QApplication, art_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    art = load_view(art_file, View.PALM)
    painted = _picture(ArtPainter(), art)
    assert any(name.endswith(".picture") for name in _entries())

    def refuse(*args: object) -> QImage:
        raise AssertionError("the picture was painted again")

    monkeypatch.setattr(ArtPainter, "_new_picture", refuse)
    kept = _picture(ArtPainter(), load_view(art_file, View.PALM))
    assert kept.format() == painted.format() and kept == painted


def test_a_damaged_picture_is_painted_again(qapp: QApplication, art_file: Path) -> None:
    art = load_view(art_file, View.PALM)
    painted = _picture(ArtPainter(), art)
    (entry,) = (p for n, p in _entries().items() if n.endswith(".picture"))
    good = entry.read_bytes()
    entry.write_bytes(good[: len(good) - 100])
    assert _picture(ArtPainter(), art) == painted
    assert entry.read_bytes() == good


def test_a_picture_entry_of_the_wrong_size_is_refused(qapp: QApplication, art_file: Path) -> None:
    art = load_view(art_file, View.PALM)
    painted = _picture(ArtPainter(), art)
    (name,) = (n for n in _entries() if n.endswith(".picture"))
    head = base_art._PICTURE_HEAD.pack(10, 10, 10, painted.format().value)
    import zlib

    art_cache.write(name, art.cache_key, head + zlib.compress(bytes(99)))
    assert _picture(ArtPainter(), art) == painted


def test_a_changed_art_file_paints_a_new_picture(qapp: QApplication, art_file: Path) -> None:
    art = load_view(art_file, View.PALM)
    painted = _picture(ArtPainter(), art)
    text = art_file.read_text("utf-8")
    art_file.write_text(text.replace('class="outline"', 'class="crease"', 1), "utf-8")
    changed = _picture(ArtPainter(), load_view(art_file, View.PALM))
    assert changed != painted
    assert len([n for n in _entries() if n.endswith(".picture")]) == 1


def test_art_made_in_memory_is_not_cached(qapp: QApplication, art_file: Path) -> None:
    art = load_view(art_file, View.PALM)
    before = set(_entries())
    art.cache_name = art.cache_key = ""
    _picture(ArtPainter(), art)
    assert set(_entries()) == before
