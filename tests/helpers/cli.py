"""The command line run as a person runs it: a process of its own, in a chosen locale."""

from __future__ import annotations

import os
import subprocess
import sys


def run_cli(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    """``handtrainer ARGS`` in a child process with ``LANG=lang`` (ended within 120 s)."""
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from handtrainer import cli; sys.exit(cli.main())",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
