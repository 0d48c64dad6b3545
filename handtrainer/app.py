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

    from handtrainer.ui.library.favourites import FavouritesStore
    from handtrainer.ui.library.library_model import LibraryModel
    from handtrainer.ui.main_window import MainWindow

    # The window paints first; the routines are read on a worker thread right
    # after, and fill the list as they arrive.
    library = LibraryModel(favourites=FavouritesStore())
    window = MainWindow(library)
    library.setParent(window)
    _watch_first_paint(window, bool(getattr(args, "routine", None)))
    window.firstPainted.connect(lambda: _install_companion(window))
    window.firstPainted.connect(lambda: _load_library(window, args))
    window.show()
    return int(app.exec())


def _install_companion(window: object) -> None:
    """The practice history, History page, reminders and tray (after the first paint)."""
    from handtrainer.ui.companion.companion import install_companion
    from handtrainer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    install_companion(window)


def _load_library(window: object, args: argparse.Namespace) -> None:
    """Read the routines in the background, then open ``handtrainer ROUTINE`` if asked."""
    from handtrainer.ui.library.library_model import LibrarySources
    from handtrainer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    extra_dirs: list[Path] = list(getattr(args, "routines", None) or [])
    routine_ref: str | None = getattr(args, "routine", None)
    library = window.library
    if routine_ref:

        def open_when_read(loading: bool) -> None:
            if not loading:
                library.loadingChanged.disconnect(open_when_read)
                _open_requested(window, routine_ref)

        library.loadingChanged.connect(open_when_read)
    library.load(LibrarySources(extra_dirs=tuple(extra_dirs)))


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


def _watch_first_paint(window: object, routine_asked: bool) -> None:
    """For the benchmark: report what is on screen when, then quit.

    ``first-paint`` the window, ``routines-listed`` the list painted with routines
    in it, ``library-read`` every routine read, ``practice-shown`` the practice page
    painted (for ``handtrainer ROUTINE``). The program quits once all have happened.
    """
    if not os.environ.get(EXIT_AFTER_FIRST_PAINT):
        return
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from handtrainer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    wanted = {"first-paint", "routines-listed", "library-read"}
    if routine_asked:
        wanted.add("practice-shown")
    seen: set[str] = set()

    def report(event: str) -> None:
        if event in seen:
            return
        seen.add(event)
        print(f"{event} {time.time():.6f}", flush=True)
        if seen >= wanted:
            QTimer.singleShot(0, QApplication.quit)

    class _Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                if watched is window:
                    report("first-paint")
                elif watched is window.picker.view.viewport():
                    if window.picker.view.model().rowCount():
                        report("routines-listed")
                elif window.current_page() is not window.picker and routine_asked:
                    report("practice-shown")
            return False

    paints = _Paints(window)
    window.installEventFilter(paints)
    window.picker.view.viewport().installEventFilter(paints)
    window.stack.currentChanged.connect(lambda _i: window.current_page().installEventFilter(paints))
    window.library.loadingChanged.connect(
        lambda loading: None if loading else report("library-read")
    )


def main() -> int:
    """Entry point for the GUI launcher."""
    from handtrainer.cli import build_window_parser

    return run(build_window_parser().parse_args(sys.argv[1:]))
