"""The ``handtrainer`` command line.

Commands that need no window (``list``, ``validate``, ``show``, ``export``,
``zones``) never import widgets; each command's module is imported only when
that command runs, so start-up stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from handtrainer.commands import COMMANDS
from handtrainer.core.wording import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from handtrainer.core.library import RoutineLibrary

MIN_IMAGE_SIZE, MAX_IMAGE_SIZE = 64, 4096
EXIT_USAGE = 2


def _image_size(text: str) -> int:
    """``--size``: whole pixels within bounds (0 once meant 400 silently)."""
    try:
        size = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "'{text}' is not a whole number of pixels").format(text=text)
        ) from None
    if not MIN_IMAGE_SIZE <= size <= MAX_IMAGE_SIZE:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{size} is out of range; give {low} to {high} pixels").format(
                size=size, low=MIN_IMAGE_SIZE, high=MAX_IMAGE_SIZE
            )
        )
    return size


def _add_library_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--routines",
        metavar="DIR",
        action="append",
        type=Path,
        default=[],
        help=translate(
            "CommandLine",
            "an extra folder of routine files (may be given more than once; "
            "HANDTRAINER_ROUTINES adds more, separated by the path separator)",
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="handtrainer",
        description=translate(
            "CommandLine",
            "Hand Trainer: step-by-step hand self-massage and reflexology. "
            "With no command, opens the trainer window.",
        ),
    )
    from handtrainer import __version__

    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("CommandLine", "show the version and exit"),
    )
    _add_language_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_list = sub.add_parser(
        "list", help=translate("CommandLine", "list the routines found and the files that failed")
    )
    p_list.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print JSON instead of text")
    )
    _add_library_options(p_list)

    p_validate = sub.add_parser(
        "validate", help=translate("CommandLine", "check routine files or folders")
    )
    p_validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    p_show = sub.add_parser(
        "show", help=translate("CommandLine", "print a routine as readable text")
    )
    p_show.add_argument(
        "routine", metavar="ROUTINE", help="a routine id or a path to a routine file"
    )
    _add_library_options(p_show)

    p_edit = sub.add_parser(
        "edit", help=translate("CommandLine", "open the window on the editor for a routine")
    )
    p_edit.add_argument(
        "routine", metavar="ROUTINE", help="a routine id or a path to a routine file"
    )
    _add_library_options(p_edit)

    p_export = sub.add_parser(
        "export", help=translate("CommandLine", "write a routine sheet as PDF")
    )
    p_export.add_argument(
        "routine", metavar="ROUTINE", help="a routine id or a path to a routine file"
    )
    p_export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p_export.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    p_export.add_argument(
        "--compact",
        action="store_true",
        help=translate("CommandLine", "fit a short routine on one page"),
    )
    _add_library_options(p_export)

    p_zones = sub.add_parser(
        "zones",
        help=translate("CommandLine", "list the diagram's zones, or render them to PNG"),
    )
    p_zones.add_argument(
        "--render",
        type=Path,
        metavar="DIR",
        help=translate("CommandLine", "write one PNG per zone here"),
    )
    p_zones.add_argument(
        "--size",
        type=_image_size,
        default=400,
        help=translate("CommandLine", "image size in pixels, {low} to {high} (default 400)").format(
            low=MIN_IMAGE_SIZE, high=MAX_IMAGE_SIZE
        ),
    )

    from handtrainer.commands import history

    history.add_arguments(
        sub.add_parser(
            "history", help=translate("CommandLine", "the practice history: sessions, streaks")
        )
    )
    return parser


def build_window_parser() -> argparse.ArgumentParser:
    """The parser used when no command is given: the window, maybe with a routine."""
    parser = argparse.ArgumentParser(
        prog="handtrainer",
        description=translate(
            "CommandLine", "Open the Hand Trainer window. Commands: {names}."
        ).format(names=", ".join(COMMANDS)),
    )
    parser.add_argument(
        "routine",
        nargs="?",
        metavar="ROUTINE",
        help=translate("CommandLine", "a routine id or file to open ready to start"),
    )
    _add_language_option(parser)
    _add_library_options(parser)
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help=translate(
            "CommandLine",
            "add Hand Trainer to the desktop's menu (entry, icons, file type) for this user",
        ),
    )
    parser.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help=translate("CommandLine", "take the menu entry out again"),
    )
    return parser


def run() -> NoReturn:
    """The program: run the command line, then end the process with its status."""
    status = main()
    if _ran_windowless:
        # Nothing a window-less command made must be torn down in order, so the last
        # walk of the collector over every object (a tenth of ``export``) is skipped.
        gc.freeze()
    raise SystemExit(status)


_ran_windowless = False  # set by main: the command that ran needed no window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    global _ran_windowless
    from handtrainer.commands import language, output

    output.install()
    args_list = list(sys.argv[1:] if argv is None else argv)
    args_list = _take_language(args_list)
    language.install()
    _translate_argparse()
    is_command = bool(args_list) and args_list[0] in COMMANDS
    _ran_windowless = is_command
    if is_command and sys.stdout is None:
        _say(translate("CommandLine", "standard output is closed, so there is nowhere to print to"))
        return EXIT_USAGE
    try:
        status = _dispatch(args_list)
        # Flush here, inside the try: with a buffered stdout the first write to a closed
        # pipe or a full disk happens at this flush, not in the command.
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``handtrainer zones | head``): not an error of ours.
        _silence_stdout()
        return 0
    except OSError as exc:
        # A full disk or device (``> /dev/full``) or a vanished terminal.
        _say(
            translate("CommandLine", "cannot write the output: {reason}").format(
                reason=exc.strerror or exc
            )
        )
        _silence_stdout()
        return 1
    return status


# argparse's own words, as it writes them, so that lupdate lists them for translation.
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


def _translate_argparse() -> None:
    """argparse's own words ("usage:", "options", its errors) in the interface language.

    argparse looks each one up through its module-level ``_`` (gettext) when it writes
    it; pointing that at the translation hook translates the words listed above.
    """
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]


def _add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        metavar="LANG",
        help=translate(
            "CommandLine",
            "the language to speak (en, de); by default the one chosen in Settings, "
            "else the system's",
        ),
    )


def _take_language(args_list: list[str]) -> list[str]:
    """Take ``--language LANG`` (before any ``--``) out of the arguments, and ask for it."""
    from handtrainer.core import language

    language.request("")
    rest: list[str] = []
    items = iter(args_list)
    for arg in items:
        if arg == "--":
            rest += [arg, *items]
            break
        if arg == "--language":
            language.request(next(items, ""))
        elif arg.startswith("--language="):
            language.request(arg.partition("=")[2])
        else:
            rest.append(arg)
    return rest


def _say(message: str) -> None:
    if sys.stderr is not None:
        with contextlib.suppress(OSError):
            print(f"handtrainer: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    """Point stdout at nothing so the interpreter's final flush stays quiet."""
    import os

    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _dispatch(args_list: list[str]) -> int:
    if args_list[:1] in (["--install-desktop"], ["--uninstall-desktop"]):
        from handtrainer.commands import desktop

        return desktop.desktop_command(uninstalling=args_list[0] == "--uninstall-desktop")
    if args_list[:1] == ["edit"]:
        # Not a window-less command: it opens the window, on the editor.
        edit = build_parser().parse_args(args_list)
        window_args = build_window_parser().parse_args([])
        window_args.routine, window_args.routines = edit.routine, edit.routines
        window_args.edit = True
        return open_window(window_args)
    if args_list and (args_list[0] in COMMANDS or args_list[0] in ("-h", "--help", "--version")):
        args = build_parser().parse_args(args_list)
        if args.command is None:
            build_parser().print_help()
            return 0
        if args.command == "export" and (refusal := _export_refusal(args)):
            _say(translate("CommandLine", "export: {refusal}").format(refusal=refusal))
            return EXIT_USAGE
        return COMMANDS[args.command](args)
    return open_window(build_window_parser().parse_args(args_list))


def open_window(window_args: argparse.Namespace) -> int:
    """Open the window (with ``window_args.routine`` when given, checked first)."""
    if window_args.routine:
        refusal, library = _unknown_routine(window_args.routine, window_args.routines)
        if refusal:
            _say(refusal)
            return EXIT_USAGE
        # Read once: the window opens the routine with this library, before it paints.
        window_args.library = library
    from handtrainer import app

    return app.run(window_args)


def _export_refusal(args: argparse.Namespace) -> str:
    """Why ``export`` must not write where it was asked to, or an empty string."""
    import os

    output: Path = args.output
    if output.suffix.lower() != ".pdf":
        return translate(
            "CommandLine", "the output must be a PDF file name ending in .pdf, not '{output}'"
        ).format(output=output)
    source = Path(args.routine)
    try:
        same = os.path.lexists(source) and os.path.realpath(source) == os.path.realpath(output)
    except (OSError, ValueError):
        same = False
    if same:
        return translate(
            "CommandLine", "the output {output} is the routine file itself; choose another name"
        ).format(output=output)
    return ""


def _unknown_routine(ref: str, extra_dirs: Sequence[Path]) -> tuple[str, RoutineLibrary]:
    """Why ``handtrainer REF`` cannot open a window with REF (or ""), and the library read.

    Checked before any window appears: a mistyped command or routine id gets an
    error with a suggestion, not an empty window waiting.
    """
    from handtrainer.core.library import RoutineLookupError, load_library, resolve_routine
    from handtrainer.core.library_cache import LibraryCache, default_cache_file
    from handtrainer.core.problems import did_you_mean

    library = load_library(extra_dirs, cache=LibraryCache(default_cache_file()))
    try:
        resolve_routine(ref, library)
    except RoutineLookupError as error:
        known = library.get(ref) is not None or any(f.path.stem == ref for f in library.failures)
        if not known and not (Path(ref).suffix or "/" in ref):
            hint = did_you_mean(ref, [*COMMANDS, *(r.id for r in library.routines)])
            return translate(
                "CommandLine",
                "'{ref}' is neither a command nor a routine id{hint}; 'handtrainer "
                "--help' lists the commands and 'handtrainer list' the routines",
            ).format(ref=ref, hint=hint), library
        return str(error), library
    return "", library


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
