"""The interface language: Qt's translators for the chosen language, and the core's hook.

``install_translations`` is called once by app.py, right after the application
is made: Qt's own strings (``qtbase_*.qm``) and ours (``handtrainer_*.qm`` in
``assets/translations``, built from the ``.ts`` files), then the core's wording
is pointed at ``QCoreApplication.translate`` so every phrase is looked up the
same way. The language is the preference's (Settings), else the system's
(``core.language``); the voice speaks it too (``interface_locale``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from handtrainer.core import language as languages
from handtrainer.core import wording

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
_interface = _ENGLISH


def translations_dir() -> str:
    """Where the trainer's own ``.qm`` files (and the source ``.ts``) are kept."""
    return str(languages.translations_dir())


def locale_for(language: str) -> QLocale:
    """The locale to format numbers and pick a voice for ``language``: the system's when
    it speaks that language (``de_AT`` stays Austrian), else the language's own."""
    system = QLocale.system()
    if QLocale(language).language() == system.language():
        return system
    return QLocale(language)


def interface_locale() -> QLocale:
    """The locale of the language the interface speaks (the voice speaks it too)."""
    return _interface


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, preference: str = ""
) -> list[QTranslator]:
    """Load the translators for ``locale`` (by default the preference's language, else the
    system's); returns those loaded. English needs none: it is the source language."""
    global _interface
    if locale is None:
        language = languages.interface_language(preference)
        locale = locale_for(language)
        if language != languages.SOURCE_LANGUAGE and locale != QLocale.system():
            QLocale.setDefault(locale)  # numbers and dates as the language writes them
    language = languages.interface_language(locale.name())
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("handtrainer", translations_dir())):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            translator.deleteLater()
    _interface = locale if language != languages.SOURCE_LANGUAGE else _ENGLISH
    wording.install_translator(QCoreApplication.translate)
    return loaded


def remove_translations(app: QCoreApplication, loaded: list[QTranslator]) -> None:
    """Take out what ``install_translations`` loaded: English again, everywhere."""
    global _interface
    for translator in loaded:
        app.removeTranslator(translator)
    _interface = _ENGLISH
    wording.install_translator(None)
