"""``handtrainer export``: the routine sheet from the command line, and its error exits."""

from __future__ import annotations

import io
from argparse import Namespace
from pathlib import Path

import pytest

from handtrainer.cli import main
from handtrainer.commands.export import export_command
from handtrainer.commands.offscreen import choose_platform
from tests.sheet.pdf import ReadPdf

GOOD = """\
handtrainer: 1
id: tiny-test
title: Tiny test routine
summary: Two steps for the export test.
cautions:
  - Stop if it hurts.
steps:
  - title: Rub the palms
    instruction: Rub your palms together until warm.
    hand: both
    technique: rub
    zones: [palm]
    duration: 20s
  - title: Press the palm centre
    instruction: Press the centre of the palm and hold.
    technique: press
    zones: [palm.center]
    duration: 15s
"""

BROKEN = """\
handtrainer: 1
id: broken-test
title: Broken
summary: A step without a technique and with an unknown zone.
steps:
  - title: Nothing
    instruction: No technique here.
    zones: [no-such-zone]
    duration: 10s
"""


@pytest.fixture
def routines_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "tiny-test.yaml").write_text(GOOD, encoding="utf-8")
    return folder


def test_export_by_id_from_an_extra_folder(
    qapp, tmp_path: Path, routines_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "tiny.pdf"
    target.parent.mkdir()
    status = main(["export", "tiny-test", "-o", str(target), "--routines", str(routines_dir)])
    assert status == 0
    assert capsys.readouterr().out.strip() == str(target)
    pdf = ReadPdf(target)
    try:
        assert pdf.title() == "Tiny test routine"
        assert pdf.pages_with("Press the centre of the palm and hold.")
        size = pdf.document.pagePointSize(0)
        assert round(size.width()) == 595
    finally:
        pdf.close()


def test_export_by_path_letter_compact(
    qapp, tmp_path: Path, routines_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tiny.pdf"
    routine_file = routines_dir / "tiny-test.yaml"
    args = ["export", str(routine_file), "-o", str(target), "--page-size", "Letter", "--compact"]
    assert main(args) == 0
    pdf = ReadPdf(target)
    try:
        assert pdf.page_count == 1
        assert round(pdf.document.pagePointSize(0).width()) == 612
    finally:
        pdf.close()


def test_unknown_routine_fails_clearly(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.pdf"
    assert main(["export", "no-such-routine", "-o", str(target)]) != 0
    err = capsys.readouterr().err
    assert "no-such-routine" in err
    assert not target.exists()


def test_routine_file_with_errors_lists_them(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    target = tmp_path / "x.pdf"
    assert main(["export", str(broken), "-o", str(target)]) != 0
    err = capsys.readouterr().err
    # Each problem is given as path:line:column: message.
    assert f"{broken}:" in err
    assert "no-such-zone" in err
    assert not target.exists()


def test_unwritable_path_fails_and_leaves_nothing(
    qapp, tmp_path: Path, routines_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing-folder" / "tiny.pdf"
    args = ["export", "tiny-test", "-o", str(target), "--routines", str(routines_dir)]
    assert main(args) != 0
    assert "cannot write" in capsys.readouterr().err
    assert not target.parent.exists()


def test_output_that_is_a_folder_fails_and_leaves_nothing(
    qapp, tmp_path: Path, routines_dir: Path
) -> None:
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    err = io.StringIO()
    args = Namespace(
        routine="tiny-test", output=folder, page_size="A4", compact=False, routines=[routines_dir]
    )
    assert export_command(args, out=io.StringIO(), err=err) != 0
    assert "cannot write" in err.getvalue()
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder.pdf", "routines"]


def test_offscreen_only_without_a_display() -> None:
    env: dict[str, str] = {}
    choose_platform(env)
    assert env == {"QT_QPA_PLATFORM": "offscreen"}
    env = {"DISPLAY": ":0"}
    choose_platform(env)
    assert "QT_QPA_PLATFORM" not in env
    env = {"WAYLAND_DISPLAY": "wayland-0"}
    choose_platform(env)
    assert "QT_QPA_PLATFORM" not in env
    env = {"QT_QPA_PLATFORM": "xcb"}
    choose_platform(env)
    assert env == {"QT_QPA_PLATFORM": "xcb"}
