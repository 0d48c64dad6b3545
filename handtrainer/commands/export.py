"""``handtrainer export ROUTINE -o FILE.pdf``: write a routine sheet without a window.

Needs only a ``QGuiApplication`` (fonts and painting), never widgets, and runs
with no display (see ``offscreen``).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TextIO

EXIT_OK = 0
EXIT_FAILED = 1


def export_command(
    args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Write the sheet of ``args.routine`` to ``args.output``; returns the exit status."""
    # Reading, laying out and painting make little cyclic garbage, but many objects:
    # the collector would walk them over and over (a tenth of an export). Paused here,
    # not switched off: whoever called us gets it back as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _export(args, out, err)
    finally:
        if collecting:
            gc.enable()


def _export(args: argparse.Namespace, out: TextIO | None, err: TextIO | None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    from handtrainer.core.library import RoutineLookupError, find_routine

    try:
        # A file is read alone: no need to read every routine of the library first; an
        # id through the library cache, as ``list`` and ``show`` do.
        extra = list(getattr(args, "routines", []) or [])
        routine = find_routine(args.routine, extra, cached=True)
    except RoutineLookupError as error:
        print(f"handtrainer export: {error}", file=err)
        shown = str(error)
        for problem in error.problems:
            if str(problem) not in shown:
                print(f"  {problem}", file=err)
        return EXIT_FAILED
    from handtrainer.commands.offscreen import gui_application

    app = gui_application()
    from handtrainer.sheet.layout import RoutineSheet

    output = Path(args.output)
    from handtrainer.commands.language import command_language
    from handtrainer.core.localize import routine_in

    routine = routine_in(routine, command_language())
    sheet = RoutineSheet(routine, compact=bool(getattr(args, "compact", False)))
    try:
        sheet.to_pdf(output, getattr(args, "page_size", "A4"))
    except (OSError, ValueError) as error:
        print(f"handtrainer export: {error}", file=err)
        return EXIT_FAILED
    finally:
        del app  # the application outlives painting, and no longer
    print(output, file=out)
    return EXIT_OK
