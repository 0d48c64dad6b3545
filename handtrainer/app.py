"""The one place where the Qt application is created and wired together.

Start-up is kept lean: only the picker is built before the first paint; the
practice page, sound, speech and printing are imported when first needed or
just after the window has appeared.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

# Set by the start-up benchmark: print the wall-clock time of the first paint, then quit.
EXIT_AFTER_FIRST_PAINT = "HANDTRAINER_EXIT_AFTER_FIRST_PAINT"


def run(args: argparse.Namespace) -> int:
    """Open the trainer window, with ``args.routine`` ready to start if given."""
    from handtrainer.system_libraries import check_before_qt

    missing = check_before_qt()
    if missing:
        print(missing, file=sys.stderr)
        return 1

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from handtrainer import __version__
    from handtrainer.resources import APP_ID, app_icon_path

    QCoreApplication.setOrganizationName("handtrainer")
    QCoreApplication.setApplicationName("Hand Trainer")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # One application id everywhere: the desktop file, the icon and the window class.
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(QIcon(str(app_icon_path())))

    from handtrainer.ui.main_window import MainWindow

    # The window paints first; the routines are read right after, so it appears at once.
    window = MainWindow(None)
    _watch_first_paint(window)
    window.firstPainted.connect(lambda: _load_library(window, args))
    window.show()
    return int(app.exec())


def _load_library(window: object, args: argparse.Namespace) -> None:
    """Read the routines into the picker, then open ``handtrainer ROUTINE`` if asked."""
    from handtrainer.core.library import load_library
    from handtrainer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    extra_dirs: list[Path] = list(getattr(args, "routines", None) or [])
    window.picker.set_library(load_library(extra_dirs))
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):
        print(f"routines-listed {time.time():.6f}", flush=True)
    routine_ref: str | None = getattr(args, "routine", None)
    if routine_ref:
        _open_requested(window, routine_ref)


def _open_requested(window: object, ref: str) -> None:
    """Open ``handtrainer ROUTINE`` (an id or a path) ready to start, or say why not."""
    from handtrainer.core.library import RoutineLookupError, resolve_routine
    from handtrainer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    try:
        routine = resolve_routine(ref, window.picker.library())
    except RoutineLookupError as error:
        window.statusBar().showMessage(str(error))
        print(f"handtrainer: {error}", file=sys.stderr)
        return
    if window.picker.library().get(routine.id) is not routine:
        # A file given by path joins the library so it is listed too.
        path = routine.path
        if path is not None:
            window.add_routine_files([path])
            return
    window.open_routine_by_id(routine.id) or window.open_routine(routine)


def _watch_first_paint(window: object) -> None:
    """For the benchmark: report the first paint of the window and quit."""
    if not os.environ.get(EXIT_AFTER_FIRST_PAINT):
        return
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)

    class _FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(window)
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                print(f"first-paint {time.time():.6f}", flush=True)
                # Quit once the routines are listed too (they load right after this paint).
                QTimer.singleShot(0, lambda: QTimer.singleShot(0, QApplication.quit))
            return False

    window.installEventFilter(_FirstPaint())


def main() -> int:
    """Entry point for the GUI launcher."""
    from handtrainer.cli import build_window_parser

    return run(build_window_parser().parse_args(sys.argv[1:]))
