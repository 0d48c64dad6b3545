"""The command line with hostile names and text, broken outputs and mistyped words."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from handtrainer import cli
from handtrainer.commands.output import json_text, terminal_safe
from tests.helpers.routine_samples import routine_text, write

ESCAPE_TITLE = "\x1b]0;pwned\x07Clear\x1b[2J"


def handtrainer(
    *args: str, env: dict[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, **(env or {})}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "handtrainer", *args],
        capture_output="stdout" not in kwargs,
        timeout=60,
        env=environment,
        check=False,
        **kwargs,
    )


@pytest.fixture
def user_dir() -> Path:
    from handtrainer.core.paths import user_routines_dir

    return user_routines_dir()


# ----------------------------------------------------------- names and text


def test_non_utf8_file_names_are_listed_under_a_strict_utf8_locale(user_dir: Path) -> None:
    name = os.fsdecode(b"caf\xe9-bad.yaml")
    write(user_dir, name, "handtrainer: 1\n")
    write(user_dir, os.fsdecode(b"ok\xff.yaml"), routine_text("ok-routine"))
    strict = {"PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8", "PYTHONUTF8": "0"}
    for args in (["list"], ["validate", str(user_dir)]):
        result = handtrainer(*args, env=strict)
        assert b"Traceback" not in result.stderr, result.stderr.decode(errors="replace")
        assert b"caf\xe9-bad.yaml" in result.stdout  # the name's own bytes, as ls prints them
    result = handtrainer("list", "--json", env=strict)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))  # valid UTF-8, whatever the names
    failed = [Path(f["path"]) for f in data["failures"]]
    assert os.fsencode(failed[0].name) == b"caf\xe9-bad.yaml"


def test_terminal_escapes_are_shown_escaped_on_a_terminal(tmp_path: Path) -> None:
    path = write(tmp_path, "escapes.yaml", routine_text(title=json.dumps(ESCAPE_TITLE)))
    leader, follower = pty.openpty()
    try:
        process = subprocess.run(
            [sys.executable, "-m", "handtrainer", "show", str(path)],
            stdout=follower,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)
    assert process.returncode == 0, process.stderr
    assert b"\x1b" not in shown and b"\x07" not in shown
    assert b"\\x1b]0;pwned\\x07Clear" in shown


def test_text_written_to_a_file_is_kept_exact(tmp_path: Path) -> None:
    path = write(tmp_path, "escapes.yaml", routine_text(title=json.dumps(ESCAPE_TITLE)))
    result = handtrainer("show", str(path))
    assert ESCAPE_TITLE.encode() in result.stdout


def test_terminal_safe_escapes_controls_bidi_and_undecodable_bytes() -> None:
    assert terminal_safe("a\x1b[2Jb\tc\n") == "a\\x1b[2Jb\tc\n"
    assert terminal_safe("x\u202ey\x9b") == "x\\u202ey\\x9b"
    assert terminal_safe(os.fsdecode(b"caf\xe9")) == "caf\\xe9"


def test_json_escapes_controls_and_keeps_undecodable_names_recoverable() -> None:
    class Stream:
        encoding = "utf-8"

    name = os.fsdecode(b"caf\xe9")
    text = json_text({"path": name, "title": "\x9b\u202e"}, Stream())  # type: ignore[arg-type]
    text.encode("utf-8")  # no lone surrogates left
    data = json.loads(text)
    assert os.fsencode(data["path"]) == b"caf\xe9" and data["title"] == "\x9b\u202e"


# ---------------------------------------------------------- broken outputs


@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["zones"]])
def test_a_full_device_is_an_error_with_a_message(args: list[str]) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        result = handtrainer(*args, stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 1
    assert b"cannot write the output" in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["validate", "."], ["zones"]])
def test_a_closed_stdout_is_an_error_with_a_message(args: list[str]) -> None:
    result = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "handtrainer", *args],
        capture_output=False,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert b"standard output is closed" in result.stderr and b"Traceback" not in result.stderr


# --------------------------------------------------------- mistyped words


def test_a_mistyped_command_is_an_error_with_a_suggestion_and_no_window(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from handtrainer import app

    monkeypatch.setattr(app, "run", lambda args: pytest.fail("a window was opened"))
    assert cli.main(["lsit"]) == 2
    assert "did you mean 'list'?" in capsys.readouterr().err
    assert cli.main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert "'frobnicate' is neither a command nor a routine id" in err


def test_a_mistyped_routine_id_is_an_error_with_a_suggestion_and_no_window(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from handtrainer import app

    monkeypatch.setattr(app, "run", lambda args: pytest.fail("a window was opened"))
    assert cli.main(["desk-rest"]) == 2
    assert "did you mean 'desk-reset'?" in capsys.readouterr().err
    assert cli.main(["missing.yaml"]) == 2
    assert "no such routine file" in capsys.readouterr().err


def test_a_known_routine_id_opens_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    from handtrainer import app

    opened: list[str] = []
    monkeypatch.setattr(app, "run", lambda args: opened.append(args.routine) or 0)
    assert cli.main(["desk-reset"]) == 0 and opened == ["desk-reset"]


def test_export_refuses_to_write_over_its_routine_or_to_a_non_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = write(tmp_path, "mine.yaml", routine_text())
    before = routine.read_bytes()
    assert cli.main(["export", str(routine), "-o", str(routine)]) == 2
    assert ".pdf" in capsys.readouterr().err
    same_pdf = write(tmp_path, "mine.pdf", routine_text())
    assert cli.main(["export", str(same_pdf), "-o", str(same_pdf)]) == 2
    assert "is the routine file itself" in capsys.readouterr().err
    assert cli.main(["export", str(routine), "-o", str(tmp_path / "sheet.txt")]) == 2
    assert routine.read_bytes() == before and not (tmp_path / "sheet.txt").exists()


def test_list_names_the_user_folder_and_whether_it_exists(
    capsys: pytest.CaptureFixture[str], user_dir: Path
) -> None:
    assert cli.main(["list"]) == 0
    assert f"Your routines folder: {user_dir}\n" in capsys.readouterr().out
    assert cli.main(["list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["user_folder"] == {"path": str(user_dir), "exists": True}


def test_list_says_when_the_user_folder_does_not_exist(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    assert cli.main(["list"]) == 0
    assert "(it does not exist yet)" in capsys.readouterr().out


@pytest.mark.parametrize("size", ["0", "-5", "63", "100000", "big"])
def test_zones_size_out_of_range_is_refused(size: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["zones", "--render", str(tmp_path), "--size", size])
    assert exit_.value.code == 2 and not list(tmp_path.iterdir())
