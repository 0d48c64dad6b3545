"""The window in German, as a person sees it: no button, label or tab cuts its words off.

German words run about a third longer than English ones; each page and dialog is
shown in German and every visible text is checked against the room it has
(``tests/helpers/layout.py``; ``scripts/check_layout.py`` takes the screenshots).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from handtrainer.ui.preferences import Preferences
from handtrainer.ui.translation import install_translations, remove_translations
from tests.e2e.conftest import ROUTINES
from tests.helpers.layout import cut_off
from tests.helpers.window import Trainer, build_trainer

TRANSLATIONS = Path(__file__).resolve().parents[2] / "assets" / "translations"


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = TRANSLATIONS / "handtrainer_de.ts"
    subprocess.run(
        [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, timeout=60
    )
    app = QCoreApplication.instance()
    assert app is not None
    loaded = install_translations(app, QLocale("de_DE"))
    yield
    remove_translations(app, loaded)


@pytest.fixture
def trainer(german: None, qtbot: QtBot, tmp_path: Path) -> Iterator[Trainer]:
    from handtrainer.core.library import load_library

    library = load_library([ROUTINES], include_user=False, bundled_dir=tmp_path / "no-bundled")
    trainer = build_trainer(qtbot, tmp_path, library, language="de")
    yield trainer
    trainer.window.controller.unload()


def _shown(qtbot: QtBot, dialog: QDialog) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return cut_off(dialog)


def test_the_pages_fit_their_german_words(trainer: Trainer, qtbot: QtBot) -> None:
    window = trainer.window
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert cut_off(window) == []  # the library
    routine = window.library.library().routines[0]
    window.open_routine(routine)
    assert window.start_routine()
    trainer.run_for(6)
    assert cut_off(window) == []  # a routine under way
    window.controller.pause()
    assert cut_off(window) == []
    window.resize(900, 640)
    qtbot.wait(1)
    assert cut_off(window) == []


def test_the_dialogs_fit_their_german_words(trainer: Trainer, qtbot: QtBot) -> None:
    from handtrainer.ui.dialogs.about import AboutDialog
    from handtrainer.ui.dialogs.cautions_dialog import CautionsDialog
    from handtrainer.ui.dialogs.settings_dialog import SettingsDialog

    window = trainer.window
    routine = window.library.library().routines[0]
    settings = SettingsDialog(Preferences(), window)
    assert settings.windowTitle() == "Einstellungen"
    assert _shown(qtbot, settings) == []
    assert _shown(qtbot, CautionsDialog(routine, window)) == []
    assert _shown(qtbot, AboutDialog("1.0", window)) == []


def test_a_squeezed_button_or_label_is_found(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    button, label = QPushButton("Schritt neu starten"), QLabel("Pause zum Handwechsel:")
    for widget in (button, label):
        widget.setFixedWidth(40)
        row.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = cut_off(root)
    assert len(found) == 2 and "Schritt neu starten" in found[0], found
