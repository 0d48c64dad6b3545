"""The trainer window: the library, the practice page and the summary, in one stack.

The window keeps its pages and offers plain-language methods (``open_routine``,
``start_routine``, ``show_library``, ``add_routine_files``); everything it talks
to is made in ``handtrainer.app`` and handed in. Each page is its own widget
that follows the session controller.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from handtrainer.core import wording
from handtrainer.core.library import is_routine_file
from handtrainer.core.model import Routine
from handtrainer.core.practice_record import PracticeRecord
from handtrainer.core.routine_length import routine_seconds
from handtrainer.ui.client.client_toggle import ClientScreenToggle
from handtrainer.ui.library.picker import RoutinePicker
from handtrainer.ui.status_notes import StatusNotes
from handtrainer.ui.text_zoom import TextZoom
from handtrainer.ui.window_menus import WindowMenus

if TYPE_CHECKING:
    from handtrainer.core.session import Cue, SessionState
    from handtrainer.ui.client.client_screen import ClientScreen
    from handtrainer.ui.cues import CuePlayer, CueRouter
    from handtrainer.ui.cues.screen_awake import ScreenAwake
    from handtrainer.ui.dialogs.prompts import Prompts
    from handtrainer.ui.editor.editing import RoutineEditing
    from handtrainer.ui.library.library_model import LibraryModel
    from handtrainer.ui.practice.practice_view import PracticeView
    from handtrainer.ui.practice.session_controller import SessionController
    from handtrainer.ui.practice.summary_view import SummaryView
    from handtrainer.ui.preferences import (
        CautionAcknowledgements,
        Preferences,
        PreferencesStore,
        WindowStateStore,
    )
    from handtrainer.ui.timers import TimerFactory

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


class MainWindow(QMainWindow):
    """The Hand Trainer window.

    Everything it talks to is handed in (controller with its clock, timers,
    prompts, stores, the cue router), so tests drive the real window with fakes.
    """

    firstPainted = Signal()  # the window is on screen: time for the slower work
    closed = Signal()  # the window closed for good (not just hidden to the tray)

    _painted = False  # class default: Qt sends events before __init__ has finished
    _closed_for_good = False

    def __init__(
        self,
        *,
        library: LibraryModel,
        controller: SessionController,
        prompts: Prompts,
        preferences_store: PreferencesStore,
        window_state: WindowStateStore,
        acknowledgements: CautionAcknowledgements,
        cue_router: CueRouter,
        timers: TimerFactory,
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle(translate("MainWindow", "Hand Trainer"))
        self.setAcceptDrops(True)
        self.controller = controller
        self.prompts = prompts
        self.preferences_store = preferences_store
        self.window_state = window_state
        self.acknowledgements = acknowledgements
        self.cue_router = cue_router
        self.preferences: Preferences = self.preferences_store.load()
        self.record = PracticeRecord()  # what this run of the routine has done
        # The companion may keep running in the tray when the window is closed.
        self.close_to_tray: Callable[[], bool] | None = None
        # Makers of extra Settings tabs (the companion's reminders), made each time.
        self.settings_sections: list[Callable[[], QWidget]] = []
        self._quitting = False
        self._last_state: SessionState | None = None
        # Qt sends the first paint and drops from inside its own handlers: act just after.
        self._first_paint_timer = timers.single_shot(self, "after-first-paint")
        self._first_paint_timer.timeout.connect(self.firstPainted.emit)
        self._dropped: list[Path] = []
        self._drop_timer = timers.single_shot(self, "add-dropped-files")
        self._drop_timer.timeout.connect(self._add_dropped)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.library = library
        self.picker = RoutinePicker(library, self.stack, length=self.routine_seconds)
        self.stack.addWidget(self.picker)
        self._practice: PracticeView | None = None
        self._summary: SummaryView | None = None
        self._editing: RoutineEditing | None = None

        self.picker.routineActivated.connect(self.open_routine)
        self.picker.openFilesRequested.connect(self.open_files)
        self.controller.stateChanged.connect(self._on_state)
        self.controller.cueEmitted.connect(self._on_cue)
        # The screen stays awake while a routine runs, and may sleep when it does not
        # (the D-Bus side is made with the first routine, not at start-up).
        self._screen_awake: ScreenAwake | None = None
        self.controller.stateChanged.connect(self._keep_screen_awake)
        self.notes = StatusNotes(self.statusBar())
        self.text_zoom = TextZoom(self)
        self._adopt_legacy_text_size()
        self.menus = WindowMenus(self)
        self.client = ClientScreenToggle(
            self, controller, lambda: self.practice, self.menus.client_action
        )
        self.statusBar().setSizeGripEnabled(True)
        if self.preferences_store.notice:
            self.tell(self.preferences_store.notice)  # e.g. a damaged file kept aside
        self._restore_geometry()
        self.text_zoom.set_factor(self.preferences.text_size)
        self.cue_router.apply_preferences(self.preferences)
        self._tell_unavailable()

    # -- pages, made when first needed so start-up stays lean ----------------------

    @property
    def practice(self) -> PracticeView:
        """The practice page."""
        if self._practice is None:
            from handtrainer.ui.practice.practice_view import PracticeView

            self._practice = PracticeView(self.controller, self.window_state, self.stack)
            self._practice.use_preferences(self.preferences)
            self._practice.startRequested.connect(self.start_routine)
            self._practice.stopRequested.connect(self.stop_routine)
            self._practice.backRequested.connect(self.show_library)
            self.stack.addWidget(self._practice)
            # "Back to the library" is already in the View menu as Routine library.
            self.menus.practice.addActions(
                [a for n, a in self._practice.actions_by_name.items() if n != "library"]
            )
        return self._practice

    @property
    def screen_awake(self) -> ScreenAwake:
        """Keeps the screen from sleeping while a routine runs."""
        if self._screen_awake is None:
            from handtrainer.ui.cues.screen_awake import ScreenAwake

            self._screen_awake = ScreenAwake(self)
        return self._screen_awake

    def _keep_screen_awake(self, state: SessionState | None) -> None:
        # Until a routine is first under way there is nothing to hold awake.
        if self._screen_awake is not None or (state is not None and state.under_way):
            self.screen_awake.follow(state)

    @property
    def editing(self) -> RoutineEditing:
        """New, duplicate, edit and save routines (the editor page)."""
        if self._editing is None:
            from handtrainer.ui.editor.editing import RoutineEditing

            self._editing = RoutineEditing(self)
        return self._editing

    @property
    def summary(self) -> SummaryView:
        """The finished page."""
        if self._summary is None:
            from handtrainer.ui.practice.summary_view import SummaryView

            self._summary = SummaryView(self.stack)
            self._summary.practiseAgain.connect(self.start_routine)
            self._summary.backToLibrary.connect(self.show_library)
            self.stack.addWidget(self._summary)
        return self._summary

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self._first_paint_timer.start(0)
        return super().event(event)

    def current_page(self) -> QWidget:
        """The page shown now."""
        page = self.stack.currentWidget()
        assert page is not None  # the picker is always there
        return page

    # -- plain-language methods -------------------------------------------------------

    def show_library(self) -> None:
        """Back to the routine picker (a routine under way is stopped, if the person agrees)."""
        if not self.may_stop_session():
            return
        self.controller.unload()
        if self._screen_awake is not None:
            self._screen_awake.release()
        if self._editing is not None and self._editing.take_return():
            return  # a routine tried out from the editor goes back to the editor
        if self._editing is not None and self.stack.currentWidget() is self._editing.page:
            # From the editor (Ctrl+L): leave it as Close editor does, asking about
            # unsaved changes; it comes back here with the editor gone. Hidden instead,
            # its draft would be out of reach until the program asked at quitting.
            self._editing.close_editor()
            return
        self.stack.setCurrentWidget(self.picker)
        self.picker.view.setFocus()

    def open_routine(self, routine: Routine) -> None:
        """Show a routine's page, ready to start (after asking, if another is under way)."""
        if not self.may_stop_session():
            return
        practice = self.practice
        self.controller.load(routine, self.preferences.session_settings())
        self.stack.setCurrentWidget(practice)
        practice.buttons["start-pause"].setFocus()

    def open_routine_by_id(self, routine_id: str) -> bool:
        """Open a routine of the library by id; False if there is none."""
        routine = self.picker.library().get(routine_id)
        if routine is None:
            return False
        self.picker.select_routine(routine_id)
        self.open_routine(routine)
        return True

    def may_stop_session(self) -> bool:
        """True when nothing is under way, or the person agreed to stop what is.

        The run is paused while they decide, and goes on if they keep going.
        """
        from handtrainer.core.session import Phase
        from handtrainer.ui.practice.practice_view import is_live

        state, routine = self.controller.state(), self.controller.routine
        if routine is None or state is None or not is_live(state):
            return True
        running = not state.paused and state.phase is not Phase.WAITING
        if running:
            self.controller.pause()
        step = None if state.step_index is None else state.step_index + 1
        if self.prompts.confirm_stop(self, routine, step):
            return True
        if running:
            self.controller.resume()
        return False

    def stop_routine(self) -> None:
        """Stop the routine under way, once the person has agreed."""
        if self.may_stop_session():
            self.controller.stop()

    def start_routine(self) -> bool:
        """Start the loaded routine from the beginning, once its cautions are acknowledged."""
        routine = self.controller.routine
        if routine is None:
            return False
        if not self.acknowledgements.is_acknowledged(routine):
            if not self.prompts.acknowledge_cautions(self, routine):
                self.notes.show(
                    translate("MainWindow", "Not started: the cautions were not acknowledged.")
                )
                return False
            trouble = self.acknowledgements.acknowledge(routine)
            if trouble:
                self.tell(trouble)
        self.stack.setCurrentWidget(self.practice)
        self.record.restart()
        self.controller.start()
        return True

    def open_files(self) -> None:
        """Ask for routine files and add them."""
        paths = self.prompts.open_routine_files(self)
        if paths:
            self.add_routine_files(paths)

    def add_routine_files(self, paths: Sequence[Path]) -> list[Routine]:
        """Add routine files to the library; one good file opens ready to start."""
        result = self.library.add_files(list(paths))
        added, broken = list(result.routines), result.broken
        if result.copies:
            self.notes.show(
                translate(
                    "MainWindow",
                    "Copied into your routines folder, so it is there next time: {files}",
                ).format(files=", ".join(str(path) for path in result.copies))
            )
        if broken:
            self.stack.setCurrentWidget(self.picker)
            self.notes.show(
                wording.translate(
                    "MainWindow",
                    "%n file(s) could not be loaded; see the list of errors.",
                    None,
                    broken,
                )
            )
        if len(added) == 1 and not broken:
            self.picker.select_routine(added[0].id)
            self.open_routine(added[0])
        elif added:
            self.picker.select_routine(added[0].id)
        return added

    def show_settings(self) -> None:
        """Edit the preferences; saved and applied at once."""
        chosen = self.prompts.edit_preferences(
            self, self.preferences, sections=self.settings_sections, cues=self.cue_router
        )
        if chosen is not None:
            before = self.preferences
            self.apply_preferences(chosen)
            from handtrainer.ui.dialogs.settings_restart import offer_restart

            offer_restart(self, before, chosen)  # a new language shows after a restart

    def apply_preferences(self, prefs: Preferences) -> None:
        """Use new preferences everywhere, then save them (a failure is said, not raised)."""
        self.preferences = prefs
        if self._practice is not None:
            self._practice.use_preferences(prefs)
        self.text_zoom.set_factor(prefs.text_size)
        self.controller.apply_settings(prefs.session_settings())
        self.picker.lengths_changed()
        self.cue_router.apply_preferences(prefs)
        trouble = self.preferences_store.save(prefs)
        if trouble:
            self.tell(trouble)

    def routine_seconds(self, routine: Routine) -> float:
        """How long a routine lasts under the person's settings (one figure everywhere)."""
        return routine_seconds(routine, self.preferences.session_settings())

    def routine_in_view(self) -> Routine | None:
        """The routine on the practice page, or the one selected in the picker."""
        if self.current_page() is not self.picker and self.controller.routine is not None:
            return self.controller.routine
        return self.picker.current_routine()

    def print_preview(self) -> None:
        """Preview and print the sheet of the routine in view."""
        routine = self.routine_in_view()
        if routine is None:
            return
        from handtrainer.ui.dialogs.print_actions import show_print_preview

        show_print_preview(
            self, routine, lead_hand=self.preferences.lead_hand, names=self._sheet_names()
        )

    def export_pdf(self) -> Path | None:
        """Save the sheet of the routine in view as PDF."""
        routine = self.routine_in_view()
        if routine is None:
            return None
        from handtrainer.ui.dialogs.print_actions import ask_sheet_options, export_pdf_interactive

        path = export_pdf_interactive(
            self,
            routine,
            lambda: self.prompts.pdf_save_path(self, f"{routine.id}.pdf"),
            lead_hand=self.preferences.lead_hand,
            ask_options=lambda: ask_sheet_options(self),
            names=self._sheet_names(),
        )
        if path is not None:
            self.notes.saved(path)
        return path

    def _sheet_names(self) -> tuple[str, str]:
        """The practice and therapist names (Settings) printed on client programs."""
        return (self.preferences.practice_name, self.preferences.therapist_name)

    def show_shortcuts(self) -> None:
        """The list of keyboard shortcuts, from the window's own actions."""
        from handtrainer.ui.dialogs.about import ShortcutsDialog

        # The practice page's keys (Space, Next ...) are listed before any routine was
        # opened too: the page is made now if it was not yet.
        actions = [*self.actions(), *self.practice.actions()]
        self._show_info(ShortcutsDialog(actions, self))

    def show_about(self) -> None:
        """Version, licence and the credits for the techniques."""
        from handtrainer import __version__
        from handtrainer.ui.dialogs.about import AboutDialog

        self._show_info(AboutDialog(__version__, self))

    def _show_info(self, dialog: QWidget) -> None:
        # Information only: shown window-modal without exec(), so nothing waits on it.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]

    # -- the client screen and text size -------------------------------------------

    @property
    def client_screen(self) -> ClientScreen | None:
        """The client's window, once opened."""
        return self.client.screen

    def toggle_client_screen(self) -> None:
        """Open the client screen (F5), full screen on a second monitor; or close it."""
        self.client.toggle()

    def zoom_text(self, direction: int) -> None:
        """Larger (+1), smaller (-1) or normal (0) text in every view; a preference."""
        from dataclasses import replace

        self.apply_preferences(
            replace(self.preferences, text_size=self.text_zoom.stepped(direction))
        )

    def _adopt_legacy_text_size(self) -> None:
        # Before it was a preference, the size was kept with the window state: move it once.
        from dataclasses import replace

        from handtrainer.core.preferences import clamp
        from handtrainer.ui.text_zoom import LEGACY_KEY, legacy_text_size

        legacy = legacy_text_size(self.window_state)
        if legacy is None:
            return
        if self.preferences.text_size == 1.0:
            self.preferences = clamp(replace(self.preferences, text_size=legacy))
            self.preferences_store.save(self.preferences)
        self.window_state.forget_state(LEGACY_KEY)

    def toggle_full_screen(self) -> None:
        """Full screen on or off."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # -- session and cues --------------------------------------------------------------

    def _on_state(self, state: SessionState) -> None:
        from handtrainer.core.session import Phase

        self._last_state = state
        routine = self.controller.routine
        if (
            state.phase is Phase.FINISHED
            and routine is not None
            and self.current_page() is not self.picker
        ):
            self.summary.show_summary(
                routine,
                self.record.practised_seconds,
                self.record.steps_worked,
                self.routine_seconds(routine),
            )
            self.stack.setCurrentWidget(self.summary)

    def _on_cue(self, cue: Cue) -> None:
        from handtrainer.core.practice_record import finished_in_full
        from handtrainer.core.session import CueKind

        self.record.note(cue)
        routine, state = self.controller.routine, self._last_state
        if routine is None or state is None:
            return
        if cue.kind is CueKind.FINISHED:  # praise a run that went in full, not a skip-through
            in_full = self.record.ran_in_full(len(routine.steps), self.routine_seconds(routine))
            cue = finished_in_full(cue, in_full)
        self.cue_router.play(cue, state, routine)
        self._tell_unavailable()

    def has_closed(self) -> bool:
        """True once the window has closed for good (not hidden to the tray)."""
        return self._closed_for_good

    def add_cue_players(self, players: Sequence[CuePlayer]) -> None:
        """Let more players follow the cues (the real ones arrive after the first paint).

        Players that arrive after the window closed are ended at once: a helper
        process left running would outlive the window that owns it.
        """
        if self._closed_for_good:
            from handtrainer.ui.cues.router import CueRouter

            CueRouter(players).shutdown()
            return
        self.cue_router.players.extend(players)
        self.cue_router.apply_preferences(self.preferences)
        self._tell_unavailable()

    def _tell_unavailable(self) -> None:
        for message in self.cue_router.unavailable_messages():
            self.tell(message)

    def tell(self, message: str) -> None:
        """A status-bar note, never a dialog, and each one only once."""
        self.notes.tell(message)

    # -- window state -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.window_state.geometry("main-window")
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen(1200, 760)
        else:
            self.fit_to_screen()  # saved on a larger monitor, perhaps

    def fit_to_screen(self, width: int | None = None, height: int | None = None) -> None:
        """Take ``width`` x ``height`` (default: the size now), but never more than the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        wanted = QSize(width or self.width(), height or self.height())
        if screen is not None:
            room = screen.availableGeometry().size()
            wanted = wanted.boundedTo(QSize(room.width() * 95 // 100, room.height() * 95 // 100))
        if wanted != self.size():
            self.resize(wanted)

    def save_window_state(self) -> None:
        """Remember geometry and splitter positions (apart from the preferences)."""
        trouble = self.window_state.save_geometry("main-window", self.saveGeometry())
        if self._practice is not None:
            trouble = self._practice.save_layout() or trouble
        if trouble:
            self.tell(trouble)

    def quit_application(self) -> None:
        """Close for good, even when the companion would stay in the tray."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editing is not None and not self._editing.confirm_close():
            event.ignore()  # the person chose to keep editing
            return
        if not self._quitting and self.close_to_tray is not None and self.close_to_tray():
            event.ignore()
            self.hide()
            return
        if not self.may_stop_session():
            event.ignore()  # they chose to keep going
            self._quitting = False
            return
        self.save_window_state()
        self.client.close()
        self.controller.unload()
        self.library.stop()
        self.cue_router.shutdown()  # never waits on the voice for more than a second
        if self._screen_awake is not None:
            self._screen_awake.close()
        self._closed_for_good = True
        super().closeEvent(event)
        self.closed.emit()

    # -- dropping routine files ------------------------------------------------------------

    @staticmethod
    def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [path for path in paths if is_routine_file(path)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            # Leave the drop handler first: opening a routine may show a dialog.
            self._dropped.extend(paths)
            self._drop_timer.start(0)

    def _add_dropped(self) -> None:
        paths, self._dropped = self._dropped, []
        if paths:
            self.add_routine_files(paths)
