"""The one place where the Qt application is created and wired together.

``build_window`` makes the stores, the session controller with its clock and
timers, the prompts and the cue router, and hands them to the window. Start-up
is kept lean: only the picker is built before the first paint; the routines are
read on a worker thread just after it; the sound, speech and screen-reader
players once the list shows routines, and the practice page and printing when
first needed. ``handtrainer ROUTINE`` has read the library already (to check the
name), so its practice page is built first and is what the window first paints.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handtrainer.core.library import RoutineLibrary
    from handtrainer.ui.cues import CuePlayer
    from handtrainer.ui.library.library_model import LibrarySources
    from handtrainer.ui.main_window import MainWindow
    from handtrainer.ui.timers import TimerFactory

# Set by the start-up benchmark: print the wall-clock time of the first paint, then quit.
EXIT_AFTER_FIRST_PAINT = "HANDTRAINER_EXIT_AFTER_FIRST_PAINT"


def run(args: argparse.Namespace) -> int:
    """Open the trainer window, with ``args.routine`` ready to start if given."""
    # The window's Qt-free parts before Qt itself: PySide6 reads the source text of
    # every module imported after it (for its ``__feature__`` switches), some 0.1 ms
    # a module that the first paint would wait for.
    from handtrainer.core import (  # noqa: F401
        library_cache,
        localize,
        practice_record,
        preferences,
        routine_length,
        session,
    )
    from handtrainer.system_libraries import check_before_qt

    missing = check_before_qt()
    if missing:
        print(missing, file=sys.stderr)
        return 1

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from handtrainer import __version__
    from handtrainer.core.resources import APP_ID, app_icon_path

    QCoreApplication.setOrganizationName("handtrainer")
    QCoreApplication.setApplicationName("Hand Trainer")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from handtrainer.core.routine_length import saved_preferences
    from handtrainer.ui.translation import install_translations

    saved = saved_preferences()
    install_translations(app, preference=saved.language if saved else "")
    # One application id everywhere: the desktop file, the icon and the window class.
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(QIcon(str(app_icon_path())))

    routine_ref: str | None = getattr(args, "routine", None)
    read: RoutineLibrary | None = getattr(args, "library", None)
    window = build_window(
        read,
        sources=None if read is not None else library_sources(args),
        language_preference=saved.language if saved else "",
    )
    # ``handtrainer ROUTINE``: the command line has read the library to check the name,
    # so the routine's page is what the window first paints (the editor waits as before).
    opened = bool(routine_ref and read is not None and not getattr(args, "edit", False))
    if opened and routine_ref:
        open_requested(window, routine_ref)
    _watch_first_paint(window, bool(routine_ref))

    from handtrainer.ui.timers import QtTimerFactory

    # The cue players first (a routine may be started at any moment: hands-free needs
    # them), then the companion on a later turn of the event loop, so a key pressed
    # in between is handled between the two, not after both.
    companion_timer = QtTimerFactory().single_shot(window, "install-companion")
    companion_timer.timeout.connect(lambda: install_companion(window))

    def slower_work() -> None:
        after_first_paint(window, args)
        companion_timer.start(0)

    # The window paints first; the routines are read on a worker thread right
    # after (started earlier, the reading slows the first paint more than it
    # brings the list forward); the companion and the cue players wait until the
    # list has routines on screen, so the list is what comes next.
    window.firstPainted.connect(lambda: load_library(window, args, open_routine=not opened))
    window.firstPainted.connect(lambda: when_listed(window, slower_work))
    window.show()
    return int(app.exec())


def library_sources(args: argparse.Namespace) -> LibrarySources:
    """Where the window reads routines: the bundled, the user's and ``--routines`` folders."""
    from handtrainer.ui.library.library_model import LibrarySources

    return LibrarySources(extra_dirs=tuple(getattr(args, "routines", None) or ()))


def build_window(
    library_read: RoutineLibrary | None = None,
    *,
    sources: LibrarySources | None = None,
    language_preference: str | None = None,
    clock: Callable[[], float] = time.monotonic,
    timers: TimerFactory | None = None,
) -> MainWindow:
    """The trainer window with its real collaborators (and the library, if read already).

    With ``sources``, a small library unchanged in the cache is read at once, so
    the first paint lists it (``LibraryModel.first_look``). ``language_preference`` is
    the saved language, when the caller has read the preferences already. ``clock`` and
    ``timers`` are the session's (and the animation's): the real ones, unless a
    benchmark runs a long routine on time of its own.
    """
    from handtrainer.core.localize import reading_language
    from handtrainer.core.routine_length import saved_preferences
    from handtrainer.ui.cues.router import CueRouter
    from handtrainer.ui.dialogs.prompts import QtPrompts
    from handtrainer.ui.library.favourites import FavouritesStore
    from handtrainer.ui.library.library_model import LibraryModel
    from handtrainer.ui.main_window import MainWindow
    from handtrainer.ui.practice.session_controller import SessionController
    from handtrainer.ui.preferences import (
        CautionAcknowledgements,
        PreferencesStore,
        WindowStateStore,
    )
    from handtrainer.ui.timers import QtTimerFactory

    timers = timers or QtTimerFactory()
    # Routines in the person's language, the commands' rule (falling back to their own).
    if language_preference is None:  # not read by the caller yet
        saved = saved_preferences()
        language_preference = saved.language if saved else ""
    language = reading_language(language_preference)
    library = LibraryModel(library_read, favourites=FavouritesStore(), language=language)
    if sources is not None:
        library.first_look(sources)
    controller = SessionController(clock=clock, timers=timers)
    window = MainWindow(
        library=library,
        controller=controller,
        prompts=QtPrompts(),
        preferences_store=PreferencesStore(),
        window_state=WindowStateStore(),
        acknowledgements=CautionAcknowledgements(),
        cue_router=CueRouter([]),
        timers=timers,
    )
    library.setParent(window)
    controller.setParent(window)
    return window


def after_first_paint(window: MainWindow, args: argparse.Namespace) -> None:
    """The slower work, once the window is on screen: the cue players."""
    if window.has_closed():  # closed at once: no helper processes to start and end
        return
    # Sound and speech engines are slow to load: only once the window is on screen.
    window.add_cue_players(make_cue_players(window))


def when_listed(window: MainWindow, work: Callable[[], None]) -> None:
    """Run ``work`` just after the list shows routines, or once every routine is read."""
    from handtrainer.ui.timers import QtTimerFactory

    library = window.library
    # A zero timer fires after the pending repaint: the rows are painted first.
    timer = QtTimerFactory().single_shot(window, "after-the-list")
    timer.timeout.connect(work)
    if library.library().routines or not library.is_loading():
        timer.start(0)
        return

    def arrived(*_args: object) -> None:
        library.changed.disconnect(arrived)
        library.loadingChanged.disconnect(arrived)
        timer.start(0)

    library.changed.connect(arrived)
    library.loadingChanged.connect(arrived)


def install_companion(window: MainWindow) -> None:
    """The practice history, History page, reminders and tray (after the first paint)."""
    from handtrainer.ui.companion.companion import install_companion as install

    install(window)
    release_module_sources()


def release_module_sources() -> None:
    """Let go of the source text of every module imported so far (some 4 MB).

    PySide6 reads the source of each module imported after it (for its ``__feature__``
    switches) through ``linecache``, which keeps it for good. The start-up's imports
    are done once the companion is in, so the window idles without them; a traceback
    reads again what it needs.
    """
    import linecache

    from handtrainer.core.heap import return_free_memory

    linecache.clearcache()
    return_free_memory()  # the freed pages back to the system, where the C library can


def load_library(
    window: MainWindow, args: argparse.Namespace, *, open_routine: bool = True
) -> None:
    """Read the routines in the background, then open ``handtrainer ROUTINE`` if asked.

    Without ``open_routine`` the routine is open already (``run`` opened it).
    """
    routine_ref: str | None = getattr(args, "routine", None)
    library = window.library
    if routine_ref and open_routine:

        def open_when_read(loading: bool) -> None:
            if not loading:
                library.loadingChanged.disconnect(open_when_read)
                open_requested(window, routine_ref, edit=bool(getattr(args, "edit", False)))

        library.loadingChanged.connect(open_when_read)
    library.load(library_sources(args))


def open_requested(window: MainWindow, ref: str, *, edit: bool = False) -> None:
    """Open ``handtrainer ROUTINE`` (an id or a path) ready to start, or say why not.

    With ``edit`` (``handtrainer edit ROUTINE``) the editor opens on it instead.
    """
    from handtrainer.core.library import RoutineLookupError, resolve_routine

    try:
        routine = resolve_routine(ref, window.picker.library())
    except RoutineLookupError as error:
        window.statusBar().showMessage(str(error))
        print(f"handtrainer: {error}", file=sys.stderr)
        return
    if edit:
        window.editing.edit(routine)
        return
    if window.picker.library().get(routine.id) is not routine and routine.path is not None:
        # A file given by path joins the library so it is listed too.
        window.add_routine_files([routine.path])
        return
    if not window.open_routine_by_id(routine.id):
        window.open_routine(window.library.shown(routine))


def make_cue_players(window: MainWindow, *, warm_up: bool = True) -> list[CuePlayer]:
    """The real sound, voice and screen-reader players; one that cannot be made says why.

    ``warm_up`` starts the sound and speech helper processes at once.
    """
    from PySide6.QtCore import QCoreApplication

    from handtrainer.ui.cues import AnnouncementCuePlayer, SoundCuePlayer, VoiceCuePlayer

    players: list[CuePlayer] = []
    for make in (SoundCuePlayer, VoiceCuePlayer):
        try:
            player = make(window)
        except Exception as error:
            message = QCoreApplication.translate("MainWindow", "Some cues are unavailable: {error}")
            window.tell(message.format(error=error))
            continue
        # A player that gives up later (no audio device, no speech engine) says why once.
        player.unavailable.connect(window.tell)
        if warm_up:
            # Sound and speech run in helper processes: start them now, off screen time
            # (only the ones the preferences switch on).
            player.apply_preferences(window.preferences)
            player.warm_up()
        players.append(player)
    players.append(AnnouncementCuePlayer(window))
    return players


def _watch_first_paint(window: MainWindow, routine_asked: bool) -> None:
    """For the benchmark: report what is on screen when, then quit.

    ``first-paint`` the window, ``routines-listed`` the list painted with routines
    in it, ``library-read`` every routine read, ``practice-shown`` the practice page
    painted (for ``handtrainer ROUTINE``). The program quits once all have happened.
    """
    if not os.environ.get(EXIT_AFTER_FIRST_PAINT):
        return
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from handtrainer.ui.timers import QtTimerFactory

    # With a routine asked for, the practice page is what comes on screen, not the list.
    wanted = {"first-paint", "library-read"}
    wanted.add("practice-shown" if routine_asked else "routines-listed")
    seen: set[str] = set()

    # The benchmark measures memory with the window idle: a while after the last event.
    settle_ms = int(os.environ.get("HANDTRAINER_BENCH_SETTLE_MS", "0") or 0)

    def finish() -> None:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    print(f"rss-kb {line.split()[1]}", flush=True)
        QApplication.quit()  # exec() returns once this event is handled

    settle = QtTimerFactory().single_shot(window, "benchmark-settle")
    settle.timeout.connect(finish)

    def report(event: str) -> None:
        if event in seen:
            return
        seen.add(event)
        print(f"{event} {time.time():.6f}", flush=True)
        print(f"cpu-{event} {time.process_time():.6f}", flush=True)
        if seen >= wanted:
            settle.start(settle_ms)

    class _Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                if watched is window:
                    report("first-paint")
                elif window.current_page() is not window.picker and routine_asked:
                    report("practice-shown")
            return False

    paints = _Paints(window)
    window.installEventFilter(paints)
    # Reported once the rows are painted (the view's own signal: touching its viewport
    # from Python here would add PySide6's type lookup to the moment measured).
    window.picker.view.rowsPainted.connect(lambda: report("routines-listed"))
    window.stack.currentChanged.connect(lambda _i: window.current_page().installEventFilter(paints))
    if window.current_page() is not window.picker:  # opened before the first paint
        window.current_page().installEventFilter(paints)
    window.library.loadingChanged.connect(
        lambda loading: None if loading else report("library-read")
    )
