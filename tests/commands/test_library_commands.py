"""The ``list``, ``validate`` and ``show`` commands, through the real command line."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from handtrainer import cli
from tests.helpers.routine_samples import VALID, routine_text, write


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    """The user's routine folder (redirected by conftest), with nothing bundled."""
    from handtrainer.core.paths import user_routines_dir

    return user_routines_dir()


@pytest.fixture(autouse=True)
def _no_bundled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the bundled folder at a temporary one the tests fill themselves."""
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    monkeypatch.setattr("handtrainer.core.resources.bundled_routines_dir", lambda: bundled)
    return bundled


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------------------ list


def test_list_text(
    capsys: pytest.CaptureFixture[str], user_dir: Path, _no_bundled: Path, tmp_path: Path
) -> None:
    write(_no_bundled, "desk-reset.yaml", VALID)
    write(_no_bundled, "bundled-two.yaml", routine_text(title="Zed"))
    mine = write(user_dir, "desk-reset.yaml", VALID.replace("Desk reset", "My desk reset"))
    broken = write(
        tmp_path / "extra", "broken.yaml", VALID.replace("technique: rub", "technique: rubb")
    )
    code, out, _ = run(capsys, "list", "--routines", str(tmp_path / "extra"))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "LENGTH", "FOR", "ORIGIN", "PATH"]
    mine_line = next(line for line in lines if line.startswith("desk-reset"))
    # One length everywhere: work and rests, plus the get-ready and switch-hands pauses.
    assert "My desk reset" in mine_line and "1 min 20 s" in mine_line
    assert " user " in mine_line and mine_line.endswith(str(mine))
    assert any(line.startswith("bundled-two") and "bundled" in line for line in lines)
    assert "2 routines" in out
    assert f"{broken} (extra) did not load:" in out
    assert f"  {broken}:13:16: technique 'rubb' is not known (did you mean 'rub'?)" in out
    assert "replaces the bundled routine 'desk-reset'" in out


def test_list_json(capsys: pytest.CaptureFixture[str], user_dir: Path, tmp_path: Path) -> None:
    good = write(user_dir, "good.yaml", VALID)
    bad = write(user_dir, "bad.yaml", "handtrainer: 1\n")
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {
        "version",
        "routines",
        "failures",
        "warnings",
        "notices",
        "overridden",
        "user_folder",
    }
    assert data["version"] == 1
    assert data["routines"] == [
        {
            "id": "good",
            "title": "Desk reset",
            "summary": "Two minutes to warm and loosen both hands.",
            "audience": "self",
            "order": "step-by-step",
            "tags": ["desk", "quick"],
            "steps": 2,
            "length_seconds": 80.0,
            "work_seconds": 70.0,
            "origin": "user",
            "path": str(good),
            "language": "en",
            "languages": ["en"],
        }
    ]
    (failure,) = data["failures"]
    assert failure["path"] == str(bad) and failure["origin"] == "user"
    assert failure["problems"][0] == {
        "path": str(bad),
        "line": 1,
        "column": 1,
        "severity": "error",
        "message": failure["problems"][0]["message"],
    }
    assert data["notices"] == [] and data["overridden"] == []


# -------------------------------------------------------------------- validate


def test_validate_valid_files_and_folders(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path, "a/one.yaml", VALID)
    two = write(tmp_path, "b/two.yml", routine_text())
    code, out, err = run(capsys, "validate", str(tmp_path / "a"), str(two))
    assert (code, err) == (0, "")
    assert out == "2 files checked: 2 valid, 0 with errors (0 errors, 0 warnings)\n"


def test_validate_reports_every_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", VALID)
    bad = write(
        tmp_path, "bad.yaml", VALID.replace("summary:", "sumary:").replace("rub\n", "rubb\n")
    )
    code, out, _ = run(capsys, "validate", str(good), str(bad))
    assert code == 1
    assert out.splitlines() == [
        f"{bad}:1:1: the routine has no 'summary'; it is required",
        f"{bad}:3:1: unknown field 'sumary' in the routine (did you mean 'summary'?)",
        f"{bad}:13:16: technique 'rubb' is not known (did you mean 'rub'?); choose one of: "
        "stroke, rub, knead, press, circle, squeeze, stretch, roll, twist, pull, tap, shake, "
        "hold, clench",
        "2 files checked: 1 valid, 1 with errors (3 errors, 0 warnings)",
    ]


def test_validate_duplicate_ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    one = write(tmp_path, "one.yaml", routine_text("same"))
    two = write(tmp_path, "two.yaml", routine_text("same"))
    code, out, _ = run(capsys, "validate", str(tmp_path))
    assert code == 1
    assert f"{one}:2:5: the id 'same' is also used by {two}" in out
    assert f"{two}:2:5: the id 'same' is also used by {one}" in out


def test_validate_warnings_do_not_fail(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    steps = (
        "  - title: T\n    instruction: I\n    technique: rub\n"
        "    zones: [palm, palm]\n    duration: 5s\n"
    )
    path = write(tmp_path, "w.yaml", routine_text(steps=steps))
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 0
    assert f"{path}:8:19: warning: zone 'palm' is listed twice" in out


def test_validate_missing_path_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", VALID)
    code, out, err = run(capsys, "validate", str(good), str(tmp_path / "missing.yaml"))
    assert code == 2
    assert f"{tmp_path / 'missing.yaml'}: no such file or folder" in err
    assert "1 file checked: 1 valid" in out


def test_validate_a_fifo_does_not_block(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    codes: list[int] = []
    worker = threading.Thread(
        target=lambda: codes.append(cli.main(["validate", str(fifo)])), daemon=True
    )
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert codes == [1]
    assert "named pipe" in capsys.readouterr().out


def test_validate_leaves_the_garbage_collector_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import gc

    assert gc.isenabled()
    run(capsys, "validate", str(write(tmp_path, "x.yaml", VALID)))
    assert gc.isenabled()


# ------------------------------------------------------------------------ show


def test_show_by_id(capsys: pytest.CaptureFixture[str], user_dir: Path) -> None:
    write(user_dir, "desk-reset.yaml", VALID)
    code, out, _ = run(capsys, "show", "desk-reset")
    assert code == 0
    assert out.startswith("Desk reset\n==========\nTwo minutes to warm and loosen both hands.\n")
    assert "For: Your own hands" in out and "Length: 1 min 20 s" in out
    assert "Cautions:\n  - Skip any area with a wound." in out
    assert "  1. Rub the palms together: 30 s\n" in out
    assert "     Both hands at once, palm side, Rub, light pressure\n" in out
    assert "     Where: Centre of the palm; Ball of the thumb\n" in out
    assert "     Direction: Heel of the hand -> Pads under the fingers\n" in out
    assert (
        "  2. Make a fist, then spread the fingers: 10 × 2 s (20 s) per hand, then rest 5 s\n"
        in out
    )
    assert "     Each hand in turn, palm side, Clench\n" in out
    assert "Total length: 1 min 20 s" in out


def test_the_length_follows_the_saved_preferences(
    capsys: pytest.CaptureFixture[str], user_dir: Path, tmp_path: Path
) -> None:
    import os

    write(user_dir, "desk-reset.yaml", VALID)
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "handtrainer"
    config.mkdir(parents=True, exist_ok=True)
    (config / "preferences.ini").write_text(
        "[practice]\nget_ready_seconds=20\nswitch_seconds=0\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "show", "desk-reset")
    assert code == 0 and "Length: 1 min 30 s" in out  # 70 + 20 + 0, as the window says


@pytest.mark.parametrize("language", ["en", "de"])
def test_show_a_foot_routine_says_feet(
    capsys: pytest.CaptureFixture[str], user_dir: Path, language: str
) -> None:
    from tests.helpers.foot_routine import write_foot_routine
    from tests.helpers.german import build_german_catalogue
    from tests.helpers.shown_words import hand_words

    if language == "de":
        build_german_catalogue()
    write_foot_routine(user_dir)
    code, out, _ = run(capsys, "--language", language, "show", "foot-test")
    assert code == 0
    assert hand_words(out.splitlines()) == []
    assert ("switch-feet pauses" in out) if language == "en" else ("Fußwechsel" in out)


def test_show_by_path_and_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", VALID)
    code, out, _ = run(capsys, "show", str(path))
    assert code == 0 and out.startswith("Desk reset\n")
    code, _, err = run(capsys, "show", "desk-rest")
    assert code == 1 and "no routine with the id 'desk-rest'" in err
    bad = write(tmp_path, "bad.yaml", "handtrainer: 1\n")
    code, _, err = run(capsys, "show", str(bad))
    assert code == 1 and f"{bad}:1:1:" in err
