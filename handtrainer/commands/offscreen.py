"""The one Qt application a window-less command needs: fonts and painting, no widgets.

Chooses Qt's offscreen platform when there is no display, so ``export`` and
``zones --render`` run over SSH and in CI.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

from PySide6.QtGui import QGuiApplication


def choose_platform(environ: MutableMapping[str, str]) -> None:
    """Use the offscreen platform when there is no display and none was chosen."""
    if "QT_QPA_PLATFORM" in environ:
        return
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return
    if sys.platform.startswith(("win", "darwin")):
        return  # these always have their own platform, display or not
    environ["QT_QPA_PLATFORM"] = "offscreen"


def gui_application() -> QGuiApplication:
    """The running Qt application, or a new ``QGuiApplication`` (no widgets needed)."""
    choose_platform(os.environ)
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    app = QGuiApplication(["handtrainer"])
    from handtrainer.commands import language

    language.attach(app)
    return app
