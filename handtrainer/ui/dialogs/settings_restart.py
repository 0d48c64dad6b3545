"""After Settings: a new language shows when Hand Trainer restarts, so offer to restart now.

The interface, the routines and the voice take their language once, at start-up (the
translators, the library's reading language, the speech helper): switching some of
them live would leave the rest in the old language, so a restart is the rule. When
the language chosen in Settings would change what the next start shows, the person is
asked; on yes the window quits as it does on Quit (a routine under way is asked about
first; the preferences, the window state and the history are saved), the same
program is started again with the same arguments, and this one ends.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from handtrainer.core import language as languages
from handtrainer.core.localize import base_language, reading_language

if TYPE_CHECKING:
    from handtrainer.ui.main_window import MainWindow
    from handtrainer.ui.preferences import Preferences

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

log = logging.getLogger(__name__)

Starter = Callable[[str, Sequence[str], str], bool]
"""``(program, arguments, folder) -> started``: starts a program that outlives this one."""


def start_detached(program: str, arguments: Sequence[str], folder: str) -> bool:
    """Start ``program`` on its own (it goes on when this process ends)."""
    started, _pid = QProcess.startDetached(program, list(arguments), folder)
    return bool(started)


def without_language(arguments: Sequence[str]) -> list[str]:
    """``arguments`` without ``--language LANG`` (before any ``--``): it would go before
    the language just chosen in Settings."""
    rest: list[str] = []
    items = iter(arguments)
    for arg in items:
        if arg == "--":
            rest += [arg, *items]
            break
        if arg == "--language":
            next(items, None)
        elif not arg.startswith("--language="):
            rest.append(arg)
    return rest


def restart_command(
    argv: Sequence[str] | None = None, *, frozen: bool | None = None
) -> tuple[str, list[str]]:
    """The program and arguments that started this process (``python -m handtrainer``,
    the ``handtrainer`` script, or the frozen program), ``--language`` left out."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if argv is None:
        # orig_argv keeps the interpreter's own options and ``-m handtrainer``
        argv = sys.argv if frozen else getattr(sys, "orig_argv", sys.argv)
    return sys.executable, without_language(list(argv)[1:])


def _at_next_start(preference: str) -> tuple[str, str]:
    """The interface and routine languages a start with ``preference`` shows."""
    asked = languages.asked_for("")
    languages.request("")  # the restart leaves --language out
    try:
        interface = languages.interface_language(preference)
        return interface, base_language(reading_language(preference))
    finally:
        languages.request(asked)


def restart_box(parent: QWidget | None) -> QMessageBox:
    """The question: restart now (accept), or later (reject, the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Prompts", "Restart Hand Trainer?"),
        translate("Prompts", "The new language shows when Hand Trainer restarts."),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        translate(
            "Prompts",
            "Restart now to see it: a routine under way is asked about first, and your "
            "settings are kept. Or go on, and see it at the next start.",
        )
    )
    box.addButton(translate("Prompts", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(translate("Prompts", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    box.setEscapeButton(later)
    return box


def language_changes(window: MainWindow, before: Preferences, after: Preferences) -> bool:
    """True when the language chosen in Settings changed what a new start would show."""
    from handtrainer.ui.translation import interface_locale

    if before.language == after.language:
        return False
    now = (base_language(interface_locale().name()), base_language(window.library.language))
    return _at_next_start(after.language) != now


def quit_program() -> None:
    """End this program's event loop (the window has closed and saved already)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.quit()


def offer_restart(
    window: MainWindow,
    before: Preferences,
    after: Preferences,
    *,
    start: Starter | None = None,
    quit_application: Callable[[], None] | None = None,
) -> bool:
    """Ask to restart when the language changed; True once this program is ending and
    the new one was started (or could not be: the person is told).

    ``start`` and ``quit_application`` default to ``start_detached`` and ``quit_program``
    (looked up when called, so a test can replace them).
    """
    if not language_changes(window, before, after):
        return False
    if not window.prompts.confirm_restart(window):
        return False
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.quit_application()  # asks about a routine under way; saves as Quit does
    if not closed:
        return False  # they kept going, or kept editing
    program, arguments = restart_command()
    start = start or start_detached
    if not start(program, arguments, os.getcwd()):
        log.warning("could not start %s %s again", program, arguments)
        window.prompts.show_error(
            window,
            translate("Prompts", "Restart Hand Trainer"),
            translate(
                "Prompts",
                "Hand Trainer could not start again by itself. Your settings are saved: "
                "please start it yourself.",
            ),
        )
    (quit_application or quit_program)()
    return True
