"""The window-less commands, one module each, and the table ``cli.py`` reads.

Each entry imports its module only when that command runs, so ``handtrainer
list`` never pays for Qt, and ``export`` and ``zones`` never for widgets.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

Command = Callable[[argparse.Namespace], int]


def _list(args: argparse.Namespace) -> int:
    from handtrainer.commands.library_commands import cmd_list

    return cmd_list(args)


def _validate(args: argparse.Namespace) -> int:
    from handtrainer.commands.library_commands import cmd_validate

    return cmd_validate(args)


def _show(args: argparse.Namespace) -> int:
    from handtrainer.commands.library_commands import cmd_show

    return cmd_show(args)


def _export(args: argparse.Namespace) -> int:
    from handtrainer.commands.export import export_command

    return export_command(args)


def _zones(args: argparse.Namespace) -> int:
    from handtrainer.commands.zones import zones_command

    return zones_command(args)


def _history(args: argparse.Namespace) -> int:
    from handtrainer.commands.history import history_command

    return history_command(args)


COMMANDS: dict[str, Command] = {
    "list": _list,
    "validate": _validate,
    "show": _show,
    "export": _export,
    "zones": _zones,
    "history": _history,
}
"""Every sub-command of ``handtrainer``, by name."""
