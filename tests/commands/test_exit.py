"""How the program ends: a window-less command skips the collector's last walk."""

from __future__ import annotations

import gc
import sys

import pytest

from handtrainer import cli


@pytest.mark.parametrize(
    ("argv", "frozen"),
    [(["list", "--json"], True), (["--language", "en", "list"], True), (["--version"], False)],
)
def test_the_program_ends_with_the_status_of_its_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv, frozen
) -> None:
    freezes: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: freezes.append(True))
    monkeypatch.setattr(sys, "argv", ["handtrainer", *argv])
    with pytest.raises(SystemExit) as done:
        cli.run()
    assert done.value.code == 0
    assert bool(freezes) is frozen
    assert capsys.readouterr().out  # the command did print


def test_export_leaves_the_collector_as_it_found_it(qapp, tmp_path, capsys) -> None:
    from pathlib import Path

    routine = Path(__file__).parents[2] / "routines" / "desk-reset.yaml"
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            assert cli.main(["export", str(routine), "-o", str(tmp_path / "s.pdf")]) == 0
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
    assert (tmp_path / "s.pdf").stat().st_size > 1000
