"""A missing system library is one sentence naming the package, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from handtrainer import system_libraries


def test_an_import_error_names_the_library_and_both_packages() -> None:
    error = ImportError("libglib-2.0.so.0: cannot open shared object file: No such file")
    library = system_libraries.library_in_error(error)
    assert library == "libglib-2.0.so.0"
    sentence = system_libraries.missing_library_sentence(library)
    assert "apt-get install libglib2.0-0" in sentence
    assert "dnf install glib2" in sentence
    assert sentence.count(".") >= 1 and "\n" not in sentence


def test_an_unknown_library_still_reads_as_a_sentence() -> None:
    sentence = system_libraries.missing_library_sentence("libnew.so.7")
    assert "libnew.so.7" in sentence and "README" in sentence


def test_xcb_without_xcb_cursor_is_caught_before_qt_aborts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_library(name: str) -> None:
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(system_libraries.ctypes, "CDLL", no_library)
    sentence = system_libraries.check_before_qt()
    assert sentence is not None and "libxcb-cursor0" in sentence


def test_offscreen_needs_no_xcb_library(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_library(name: str) -> None:
        raise OSError(name)

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(system_libraries.ctypes, "CDLL", no_library)
    assert system_libraries.check_before_qt() is None


def test_the_window_command_exits_with_the_sentence(tmp_path: object) -> None:
    # The child pretends libxcb-cursor is absent, as on a minimal Debian machine.
    code = (
        "import ctypes, sys\n"
        "def gone(name, *a, **k): raise OSError(name)\n"
        "ctypes.CDLL = gone\n"
        "from handtrainer.cli import main\n"
        "sys.exit(main([]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "libxcb-cursor0" in done.stderr and "xcb-util-cursor" in done.stderr
