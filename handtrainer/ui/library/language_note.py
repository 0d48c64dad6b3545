"""What the picker says about a routine's language: not (or partly) translated for you.

The library shows every routine in the interface language where it has a
translation, in its own language elsewhere (``core.localize``); these phrases tell
the person when that happened, in the picker's list and its detail pane.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from handtrainer.core.localize import base_language
from handtrainer.core.model import Routine, ShownLanguage

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def language_name(code: str) -> str:
    """A language's name in the interface language: ``German`` for ``de``."""
    names = {
        "en": translate("Language", "English"),
        "de": translate("Language", "German"),
        "fr": translate("Language", "French"),
        "es": translate("Language", "Spanish"),
        "it": translate("Language", "Italian"),
        "nl": translate("Language", "Dutch"),
        "pt": translate("Language", "Portuguese"),
        "pl": translate("Language", "Polish"),
    }
    base = base_language(code)
    if base in names:
        return names[base]
    language = QLocale(code.replace("-", "_")).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(language)


def _language(routine: Routine) -> ShownLanguage | None:
    shown = routine.shown
    return shown if shown is not None and not shown.complete else None


def language_note(routine: Routine) -> str:
    """``Not translated into German; shown in English.``, or empty when it is in yours."""
    shown = _language(routine)
    if shown is None:
        return ""
    if shown.translated:
        return translate(
            "RoutinePicker", "Partly translated into {language}; some text is shown in {own}."
        ).format(language=language_name(shown.wanted), own=language_name(shown.own))
    return translate("RoutinePicker", "Not translated into {language}; shown in {own}.").format(
        language=language_name(shown.wanted), own=language_name(shown.shown)
    )


def language_mark(routine: Routine) -> str:
    """The same, short, for the list's detail line: ``Not in German``, ``Partly in German``."""
    shown = _language(routine)
    if shown is None:
        return ""
    if shown.translated:
        return translate("RoutinePicker", "Partly in {language}").format(
            language=language_name(shown.wanted)
        )
    return translate("RoutinePicker", "Not in {language}").format(
        language=language_name(shown.wanted)
    )
