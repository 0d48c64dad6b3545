"""The ``handtrainer`` command line.

Commands that need no window (``list``, ``validate``, ``show``, ``export``,
``zones``) never import widgets; each command's module is imported only when
that command runs, so start-up stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

COMMANDS = ("list", "validate", "show", "export", "zones")


def _add_library_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--routines",
        metavar="DIR",
        action="append",
        type=Path,
        default=[],
        help="an extra folder of routine files (may be given more than once; "
        "HANDTRAINER_ROUTINES adds more, separated by the path separator)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="handtrainer",
        description="Hand Trainer: step-by-step hand self-massage and reflexology. "
        "With no command, opens the trainer window.",
    )
    from handtrainer import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_list = sub.add_parser("list", help="list the routines found and the files that failed")
    p_list.add_argument("--json", action="store_true", help="print JSON instead of text")
    _add_library_options(p_list)

    p_validate = sub.add_parser("validate", help="check routine files or folders")
    p_validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    p_show = sub.add_parser("show", help="print a routine as readable text")
    p_show.add_argument(
        "routine", metavar="ROUTINE", help="a routine id or a path to a routine file"
    )
    _add_library_options(p_show)

    p_export = sub.add_parser("export", help="write a routine sheet as PDF")
    p_export.add_argument(
        "routine", metavar="ROUTINE", help="a routine id or a path to a routine file"
    )
    p_export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p_export.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    p_export.add_argument("--compact", action="store_true", help="fit a short routine on one page")
    _add_library_options(p_export)

    p_zones = sub.add_parser("zones", help="list the diagram's zones, or render them to PNG")
    p_zones.add_argument("--render", type=Path, metavar="DIR", help="write one PNG per zone here")
    p_zones.add_argument("--size", type=int, default=400, help="image size in pixels (default 400)")
    return parser


def build_window_parser() -> argparse.ArgumentParser:
    """The parser used when no command is given: the window, maybe with a routine."""
    parser = argparse.ArgumentParser(
        prog="handtrainer",
        description="Open the Hand Trainer window. Commands: " + ", ".join(COMMANDS) + ".",
    )
    parser.add_argument(
        "routine", nargs="?", metavar="ROUTINE", help="a routine id or file to open ready to start"
    )
    _add_library_options(parser)
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Hand Trainer to the desktop's menu (entry, icons, file type) for this user",
    )
    parser.add_argument(
        "--uninstall-desktop", action="store_true", help="take the menu entry out again"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        status = _dispatch(argv)
        # Flush here, inside the try: with a buffered stdout the first write to a closed
        # pipe happens at this flush, not in the command.
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        # The reader went away (``handtrainer zones | head``): not an error of ours.
        # Point stdout at nothing so the interpreter's final flush stays quiet.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0


def _dispatch(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] in (["--install-desktop"], ["--uninstall-desktop"]):
        from handtrainer.commands import desktop

        return desktop.desktop_command(uninstalling=args_list[0] == "--uninstall-desktop")
    if args_list and (args_list[0] in COMMANDS or args_list[0] in ("-h", "--help", "--version")):
        args = build_parser().parse_args(args_list)
        if args.command in ("list", "validate", "show"):
            from handtrainer.commands import library_commands as commands

            return int(getattr(commands, f"cmd_{args.command}")(args))
        if args.command == "export":
            from handtrainer.sheet import export

            return export.export_command(args)
        if args.command == "zones":
            from handtrainer.diagram import zone_sheet

            return zone_sheet.zones_command(args)
        build_parser().print_help()
        return 0
    window_args = build_window_parser().parse_args(args_list)
    from handtrainer import app

    return app.run(window_args)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
