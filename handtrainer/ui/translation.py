"""The interface language: Qt's translators for the system locale, and the core's hook.

``install_translations`` is called once by app.py, right after the application
is made: Qt's own strings (``qtbase_*.qm``) and ours (``handtrainer_*.qm`` in
``assets/translations``), then the core's wording is pointed at
``QCoreApplication.translate`` so every phrase is looked up the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from handtrainer.core import wording
from handtrainer.core.resources import assets_dir


def translations_dir() -> str:
    """Where the trainer's own ``.qm`` files (and the source ``.ts``) are kept."""
    return str(assets_dir() / "translations")


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the translators for ``locale`` (the system's by default); returns those loaded."""
    locale = locale or QLocale.system()
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("handtrainer", translations_dir())):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            translator.deleteLater()
    wording.install_translator(QCoreApplication.translate)
    return loaded
