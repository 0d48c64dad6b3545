"""The command line's language: the interface's, through the core's translation hook.

``install`` picks the language as the window does (``--language``, the preference,
the system's locale). English needs no catalogue, so ``handtrainer list`` in
English never loads Qt; another language loads its ``.qm`` with a bare
``QTranslator`` (no application needed). A command that makes a Qt application
(``export``, ``zones --render``) hands the translator to it with ``attach``, so
the sheet's words, looked up by Qt itself, are translated too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handtrainer.core import language, wording
from handtrainer.core.routine_length import saved_preferences

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

_loaded: QTranslator | None = None


def install() -> str:
    """Translate the commands' output into the interface language; returns its code.

    ``--language`` first, then the language chosen in Settings, then the system's.
    """
    global _loaded
    saved = saved_preferences()
    if saved and saved.language and not language.asked_for():
        language.request(saved.language)  # the routines are read in it too (core.localize)
    chosen = language.interface_language()
    path = language.catalogue(chosen)
    _loaded = None
    wording.install_translator(None)
    if chosen == language.SOURCE_LANGUAGE or not path.is_file():
        return language.SOURCE_LANGUAGE
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(path)):
        return language.SOURCE_LANGUAGE
    _loaded = translator

    def from_catalogue(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    wording.install_translator(from_catalogue)
    return chosen


def command_language() -> str:
    """The language the commands show routines in: the interface's, as the window's."""
    from handtrainer.core.localize import reading_language

    saved = saved_preferences()
    return reading_language(saved.language if saved else "")


def attach(app: QCoreApplication) -> None:
    """Give a command's Qt application the catalogue ``install`` loaded, if any."""
    from PySide6.QtCore import QCoreApplication

    if _loaded is not None:
        app.installTranslator(_loaded)
        wording.install_translator(QCoreApplication.translate)
