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
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from handtrainer.core import wording
from handtrainer.core.library import is_routine_file
from handtrainer.core.model import Routine
from handtrainer.core.practice_record import PracticeRecord
from handtrainer.core.routine_length import routine_seconds
from handtrainer.ui.cues.screen_awake import ScreenAwake
from handtrainer.ui.library.picker import RoutinePicker

if TYPE_CHECKING:
    from handtrainer.core.session import Cue, SessionState
    from handtrainer.ui.client.client_screen import ClientScreen
    from handtrainer.ui.cues import CuePlayer, CueRouter
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
        self._told: set[str] = set()
        # The companion may keep running in the tray when the window is closed.
        self.close_to_tray: Callable[[], bool] | None = None
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
        # The screen stays awake while a routine runs, and may sleep when it does not.
        self.screen_awake = ScreenAwake(self)
        self.controller.stateChanged.connect(self.screen_awake.follow)
        self._build_menus()
        self.statusBar().setSizeGripEnabled(True)
        if self.preferences_store.notice:
            self.tell(self.preferences_store.notice)  # e.g. a damaged file kept aside
        self._restore_geometry()
        self._restore_zoom()
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
            self.practice_menu.addActions(
                [a for n, a in self._practice.actions_by_name.items() if n != "library"]
            )
        return self._practice

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
        self.screen_awake.release()
        if self._editing is not None and self._editing.take_return():
            return  # a routine tried out from the editor goes back to the editor
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
                self.statusBar().showMessage(
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
            self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "Copied into your routines folder, so it is there next time: {files}",
                ).format(files=", ".join(str(path) for path in result.copies))
            )
        if broken:
            self.stack.setCurrentWidget(self.picker)
            self.statusBar().showMessage(
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
        chosen = self.prompts.edit_preferences(self, self.preferences)
        if chosen is not None:
            self.apply_preferences(chosen)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Use new preferences everywhere, then save them (a failure is said, not raised)."""
        self.preferences = prefs
        if self._practice is not None:
            self._practice.use_preferences(prefs)
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
            self._say_sheet_saved(path)
        return path

    def _say_sheet_saved(self, path: Path) -> None:
        """Say where the PDF went, with a button that opens it."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QToolButton

        button = self.findChild(QToolButton, "open-saved-sheet")
        if button is None:
            button = QToolButton(self.statusBar())
            button.setObjectName("open-saved-sheet")
            button.setText(translate("MainWindow", "Open the sheet"))
            self.statusBar().addPermanentWidget(button)

            def open_it() -> None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(button.property("path"))))
                button.hide()

            button.clicked.connect(open_it)
        button.setProperty("path", str(path))
        button.show()
        self.statusBar().showMessage(
            translate("MainWindow", "Sheet saved to {path}").format(path=path)
        )

    def _sheet_names(self) -> tuple[str, str]:
        """The practice and therapist names (Settings) printed on client programs."""
        return (self.preferences.practice_name, self.preferences.therapist_name)

    def show_shortcuts(self) -> None:
        """The list of keyboard shortcuts, from the window's own actions."""
        from handtrainer.ui.dialogs.about import ShortcutsDialog

        actions = [*self.actions()]
        if self._practice is not None:
            actions += self._practice.actions()
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

    client_screen: ClientScreen | None = None  # the client's window, once opened

    def toggle_client_screen(self) -> None:
        """Open the client screen (F5), full screen on a second monitor; or close it."""
        from handtrainer.ui.client.client_screen import ClientScreen
        from handtrainer.ui.client.placement import show_client_window

        if self.client_screen is not None and self.client_screen.isVisible():
            self.client_screen.close()
            return
        practice = self.practice
        screen = self.client_screen
        if screen is None:
            screen = ClientScreen(practice.actions_by_name, None)
            practice.displayChanged.connect(
                lambda state, routine, scene: screen.show_step(
                    state, routine, scene, walking=practice.walking
                )
            )
            practice.pointedChanged.connect(screen.show_pointed)
            screen.closed.connect(lambda: self.client_action.setChecked(False))
            self.client_screen = screen
        state = self.controller.state()
        if state is not None and practice.routine is not None:
            screen.show_step(
                state, practice.routine, practice.current_scene, walking=practice.walking
            )
        show_client_window(screen, self)
        self.client_action.setChecked(True)

    _ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
    _zoom_index = 2
    _base_point_size = 0.0

    def zoom_text(self, direction: int) -> None:
        """Larger (+1), smaller (-1) or normal (0) text in every view; remembered."""
        from PySide6.QtCore import QByteArray

        if direction == 0:
            self._zoom_index = self._ZOOM_STEPS.index(1.0)
        else:
            self._zoom_index = max(0, min(len(self._ZOOM_STEPS) - 1, self._zoom_index + direction))
        self._apply_zoom()
        factor = self._ZOOM_STEPS[self._zoom_index]
        self.window_state.save_state("text-zoom", QByteArray(str(factor).encode()))

    def text_zoom(self) -> float:
        """The text size, as a factor of the system's."""
        return self._ZOOM_STEPS[self._zoom_index]

    def _restore_zoom(self) -> None:
        saved = self.window_state.state("text-zoom")
        try:
            factor = float(bytes(saved.data()).decode()) if saved is not None else 1.0
        except ValueError:
            factor = 1.0
        steps = self._ZOOM_STEPS
        self._zoom_index = min(range(len(steps)), key=lambda i: abs(steps[i] - factor))
        if steps[self._zoom_index] != 1.0:
            self._apply_zoom()

    def _apply_zoom(self) -> None:
        # Every page sizes its type relative to the window's font, so one font change
        # grows or shrinks them all (and the dialogs opened from here).
        font = self.font()
        if not self._base_point_size:
            self._base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(self._base_point_size * self._ZOOM_STEPS[self._zoom_index])
        self.setFont(font)

    def toggle_full_screen(self) -> None:
        """Full screen on or off."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # -- menus and shortcuts --------------------------------------------------------

    def _add(
        self,
        menu_name: str,
        name: str,
        text: str,
        key: str | QKeySequence.StandardKey | None,
        slot: object,
        fallback: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if key is not None:
            # A standard key follows the platform (all its bindings); where the platform
            # has none (Preferences on X11), the fallback string stands in.
            if isinstance(key, QKeySequence.StandardKey):
                sequences = QKeySequence.keyBindings(key) or [QKeySequence(fallback or "")]
            else:
                sequences = [QKeySequence(key)]
            sequences = [sequence for sequence in sequences if not sequence.isEmpty()]
            action.setShortcuts(sequences)
            if sequences:
                shown = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{text.rstrip('…')} ({shown})")
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        getattr(self, menu_name).addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.practice_menu = bar.addMenu(translate("MainWindow", "&Practice"))
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.open_action = self._add(
            "file_menu",
            "open",
            translate("MainWindow", "&Open routine file…"),
            QKeySequence.StandardKey.Open,
            self.open_files,
        )
        self.print_action = self._add(
            "file_menu",
            "print",
            translate("MainWindow", "&Print sheet…"),
            QKeySequence.StandardKey.Print,
            self.print_preview,
        )
        self.export_action = self._add(
            "file_menu",
            "export-pdf",
            translate("MainWindow", "&Export sheet as PDF…"),
            "Ctrl+E",
            self.export_pdf,
        )
        self.file_menu.addSeparator()
        self._add(
            "file_menu",
            "new-routine",
            translate("MainWindow", "&New routine"),
            "Ctrl+N",
            self._new_routine,
        )
        self._add(
            "file_menu",
            "duplicate-routine",
            translate("MainWindow", "&Duplicate routine"),
            None,
            self._duplicate,
        )
        self._add(
            "file_menu",
            "edit-routine",
            translate("MainWindow", "E&dit routine"),
            "Ctrl+Shift+E",
            self._edit,
        )
        self.file_menu.addSeparator()
        self.settings_action = self._add(
            "file_menu",
            "settings",
            translate("MainWindow", "&Settings…"),
            QKeySequence.StandardKey.Preferences,
            self.show_settings,
            fallback="Ctrl+,",
        )
        self.file_menu.addSeparator()
        self.quit_action = self._add(
            "file_menu",
            "quit",
            translate("MainWindow", "&Quit"),
            QKeySequence.StandardKey.Quit,
            self.quit_application,
            fallback="Ctrl+Q",
        )
        self.full_screen_action = self._add(
            "view_menu",
            "full-screen",
            translate("MainWindow", "&Full screen"),
            QKeySequence.StandardKey.FullScreen,
            self.toggle_full_screen,
            fallback="F11",
        )
        self.library_action = self._add(
            "view_menu",
            "show-library",
            translate("MainWindow", "Routine &library"),
            "Ctrl+L",
            self.show_library,
        )
        self.client_action = self._add(
            "view_menu",
            "client-screen",
            translate("MainWindow", "&Client screen"),
            "F5",
            self.toggle_client_screen,
        )
        self.client_action.setCheckable(True)
        self.view_menu.addSeparator()
        self.zoom_in_action = self._add(
            "view_menu",
            "zoom-in",
            translate("MainWindow", "&Larger text"),
            QKeySequence.StandardKey.ZoomIn,
            lambda: self.zoom_text(+1),
            fallback="Ctrl++",
        )
        self.zoom_out_action = self._add(
            "view_menu",
            "zoom-out",
            translate("MainWindow", "&Smaller text"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.zoom_text(-1),
            fallback="Ctrl+-",
        )
        self.zoom_reset_action = self._add(
            "view_menu",
            "zoom-reset",
            translate("MainWindow", "&Normal text size"),
            "Ctrl+0",
            lambda: self.zoom_text(0),
        )
        # The practice page is made when first needed; opening its menu makes it, so the
        # menu is never empty.
        self.practice_menu.aboutToShow.connect(lambda: self.practice)
        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = self._add(
            "help_menu",
            "keyboard-shortcuts",
            translate("MainWindow", "&Keyboard shortcuts"),
            QKeySequence.StandardKey.HelpContents,
            self.show_shortcuts,
            fallback="F1",
        )
        self.about_action = self._add(
            "help_menu",
            "about",
            translate("MainWindow", "&About Hand Trainer"),
            None,
            self.show_about,
        )

    def _new_routine(self) -> None:
        self.editing.new_routine()

    def _duplicate(self) -> None:
        self.editing.duplicate()

    def _edit(self) -> None:
        self.editing.edit()

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
        self.record.note(cue)
        routine, state = self.controller.routine, self._last_state
        if routine is None or state is None:
            return
        self.cue_router.play(cue, state, routine)
        self._tell_unavailable()

    def add_cue_players(self, players: Sequence[CuePlayer]) -> None:
        """Let more players follow the cues (the real ones arrive after the first paint)."""
        self.cue_router.players.extend(players)
        self.cue_router.apply_preferences(self.preferences)
        self._tell_unavailable()

    def _tell_unavailable(self) -> None:
        for message in self.cue_router.unavailable_messages():
            self.tell(message)

    def tell(self, message: str) -> None:
        """A status-bar note, never a dialog, and each one only once."""
        if message in self._told:
            return
        self._told.add(message)
        self.statusBar().showMessage(" ".join(sorted(self._told)))

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
        if self.client_screen is not None:
            self.client_screen.close()
        self.controller.unload()
        self.library.stop()
        self.cue_router.shutdown()  # never waits on the voice for more than a second
        self.screen_awake.release()
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
