"""Command-line behaviour shared by every command."""

from __future__ import annotations

import subprocess
import sys


def test_output_cut_short_by_the_reader_is_not_an_error() -> None:
    """``handtrainer zones | head -1`` ends quietly, with no traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "handtrainer", "zones"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    # Close our end before the command has written anything (it is still starting up),
    # so its first write meets a closed pipe.
    process.stdout.close()
    with process.stderr:
        stderr = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "handtrainer", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    for command in ("list", "validate", "show", "export", "zones"):
        assert command in result.stdout
