"""The trainer window: the library, the practice page and the summary, in one stack.

The window wires the pieces together and offers plain-language methods
(``open_routine``, ``start_routine``, ``show_library``, ``add_routine_files``);
each page is its own widget that follows the session controller.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from handtrainer.core.library import RoutineLibrary, is_routine_file
from handtrainer.core.model import Routine
from handtrainer.core.routine_length import routine_seconds
from handtrainer.ui.dialogs.prompts import Prompts
from handtrainer.ui.library.library_model import LibraryModel
from handtrainer.ui.library.picker import RoutinePicker
from handtrainer.ui.practice.session_controller import SessionController
from handtrainer.ui.preferences import (
    CautionAcknowledgements,
    Preferences,
    PreferencesStore,
    WindowStateStore,
)

if TYPE_CHECKING:
    from handtrainer.core.session import Cue, SessionState
    from handtrainer.ui.cues import CuePlayer, CueRouter
    from handtrainer.ui.practice.practice_view import PracticeView
    from handtrainer.ui.practice.summary_view import SummaryView


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """The Hand Trainer window.

    Everything it talks to can be handed in (controller with its clock,
    prompts, stores, cue players), so tests drive the real window with fakes.
    Without ``cue_players`` the real sound, voice and announcement players are
    made just after the first paint, keeping start-up quick.
    """

    firstPainted = Signal()  # the window is on screen: time for the slower work

    _painted = False  # class default: Qt sends events before __init__ has finished

    def __init__(
        self,
        library: LibraryModel | RoutineLibrary | None,
        *,
        controller: SessionController | None = None,
        prompts: Prompts | None = None,
        preferences_store: PreferencesStore | None = None,
        window_state: WindowStateStore | None = None,
        acknowledgements: CautionAcknowledgements | None = None,
        cue_players: Sequence[CuePlayer] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle(_tr("Hand Trainer"))
        self.setAcceptDrops(True)
        self.controller = controller or SessionController(parent=self)
        self.prompts = prompts or Prompts()
        self.preferences_store = preferences_store or PreferencesStore()
        self.window_state = window_state or WindowStateStore()
        self.acknowledgements = acknowledgements or CautionAcknowledgements()
        self.preferences: Preferences = self.preferences_store.load()
        self._cue_router: CueRouter | None = None
        self._cue_players = list(cue_players) if cue_players is not None else None
        self._told: set[str] = set()
        self._last_state: SessionState | None = None
        # What this run of the routine has done, for the summary.
        self._worked_steps: set[int] = set()
        self._practised_seconds = 0.0

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        if not isinstance(library, LibraryModel):
            library = LibraryModel(library, self)  # a finished library, as tests give
        self.library = library
        self.picker = RoutinePicker(library, self.stack, length=self.routine_seconds)
        self.stack.addWidget(self.picker)
        self._practice: PracticeView | None = None
        self._summary: SummaryView | None = None

        self.picker.routineActivated.connect(self.open_routine)
        self.picker.openFilesRequested.connect(self.open_files)
        self.controller.stateChanged.connect(self._on_state)
        self.controller.cueEmitted.connect(self._on_cue)
        self._build_menus()
        self.statusBar().setSizeGripEnabled(True)
        self._restore_geometry()
        if self._cue_players is not None:
            self._make_cue_router(self._cue_players)

    # -- pages, made when first needed so start-up stays lean ----------------------

    @property
    def practice(self) -> PracticeView:
        """The practice page."""
        if self._practice is None:
            from handtrainer.ui.practice.practice_view import PracticeView

            self._practice = PracticeView(self.controller, self.stack)
            self._practice.lead_hand = self.preferences.lead_hand
            self._practice.startRequested.connect(self.start_routine)
            self._practice.backRequested.connect(self.show_library)
            self._practice.orientationChanged.connect(self._restore_splitter)
            self._apply_preferences_to_practice()
            self.stack.addWidget(self._practice)
            self.practice_menu.addActions(list(self._practice.actions_by_name.values()))
            self._restore_splitter(self._practice.splitter.orientation())
        return self._practice

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
            QTimer.singleShot(0, self._after_first_paint)
        return super().event(event)

    def _after_first_paint(self) -> None:
        self.firstPainted.emit()
        # Sound and speech engines are slow to load: only once the window is on screen.
        self.make_real_cue_players()

    def current_page(self) -> QWidget:
        """The page shown now."""
        return self.stack.currentWidget()

    # -- plain-language methods -------------------------------------------------------

    def show_library(self) -> None:
        """Back to the routine picker (a running session is stopped)."""
        self.controller.unload()
        self.stack.setCurrentWidget(self.picker)
        self.picker.view.setFocus()

    def open_routine(self, routine: Routine) -> None:
        """Show a routine's page, ready to start."""
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

    def start_routine(self) -> bool:
        """Start the loaded routine from the beginning, once its cautions are acknowledged."""
        routine = self.controller.routine
        if routine is None:
            return False
        if not self.acknowledgements.is_acknowledged(routine):
            if not self.prompts.acknowledge_cautions(self, routine):
                self.statusBar().showMessage(
                    _tr("Not started: the cautions were not acknowledged.")
                )
                return False
            self.acknowledgements.acknowledge(routine)
        self.stack.setCurrentWidget(self.practice)
        self._worked_steps.clear()
        self._practised_seconds = 0.0
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
                _tr("Copied into your routines folder, so it is there next time: {files}").format(
                    files=", ".join(str(path) for path in result.copies)
                )
            )
        if broken:
            self.stack.setCurrentWidget(self.picker)
            self.statusBar().showMessage(
                _tr("{count} file(s) could not be loaded; see the list of errors.").format(
                    count=broken
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
        """Use and save new preferences."""
        self.preferences = prefs
        self.preferences_store.save(prefs)
        if self._practice is not None:
            self._practice.lead_hand = prefs.lead_hand
            self._apply_preferences_to_practice()
        self.controller.apply_settings(prefs.session_settings())
        self.picker.lengths_changed()
        self._apply_preferences_to_players()

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
        from handtrainer.ui.dialogs.print_actions import export_pdf_interactive

        return export_pdf_interactive(
            self,
            routine,
            lambda: self.prompts.pdf_save_path(self, f"{routine.id}.pdf"),
            lead_hand=self.preferences.lead_hand,
            names=self._sheet_names(),
        )

    def _sheet_names(self) -> tuple[str, str]:
        """The practice and therapist names (Settings) printed on client programs."""
        return (self.preferences.practice_name, self.preferences.therapist_name)

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
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if key is not None:
            sequence = QKeySequence(key)
            action.setShortcut(sequence)
            action.setToolTip(
                f"{text.rstrip('…')} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        getattr(self, menu_name).addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(_tr("&File"))
        self.practice_menu = bar.addMenu(_tr("&Practice"))
        self.view_menu = bar.addMenu(_tr("&View"))
        self.open_action = self._add(
            "file_menu", "open", _tr("&Open routine file…"), "Ctrl+O", self.open_files
        )
        self.print_action = self._add(
            "file_menu", "print", _tr("&Print sheet…"), "Ctrl+P", self.print_preview
        )
        self.export_action = self._add(
            "file_menu", "export-pdf", _tr("&Export sheet as PDF…"), "Ctrl+E", self.export_pdf
        )
        self.file_menu.addSeparator()
        self.settings_action = self._add(
            "file_menu", "settings", _tr("&Settings…"), "Ctrl+,", self.show_settings
        )
        self.file_menu.addSeparator()
        self.quit_action = self._add("file_menu", "quit", _tr("&Quit"), "Ctrl+Q", self.close)
        self.full_screen_action = self._add(
            "view_menu", "full-screen", _tr("&Full screen"), "F11", self.toggle_full_screen
        )
        self.library_action = self._add(
            "view_menu", "show-library", _tr("Routine &library"), "Ctrl+L", self.show_library
        )

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
            self.summary.show_summary(routine, self._practised_seconds, len(self._worked_steps))
            self.stack.setCurrentWidget(self.summary)

    def _on_cue(self, cue: Cue) -> None:
        from handtrainer.core.session import CueKind

        # A cue's time is unpaused seconds since the start: the time really practised.
        self._practised_seconds = max(self._practised_seconds, cue.at)
        if cue.kind is CueKind.STEP_STARTED and cue.step_index is not None:
            self._worked_steps.add(cue.step_index)
        router, routine, state = self._cue_router, self.controller.routine, self._last_state
        if router is None or routine is None or state is None:
            return
        try:
            router.play(cue, state, routine)
        except Exception as error:
            self._tell_once(_tr("A cue could not be played: {error}").format(error=error))
        self._tell_unavailable()

    def _make_cue_router(self, players: Sequence[CuePlayer]) -> None:
        from handtrainer.ui.cues import CueRouter

        self._cue_router = CueRouter(list(players))
        for player in players:
            # A player that gives up later (no audio device, no speech engine) says why once.
            unavailable = getattr(player, "unavailable", None)
            if unavailable is not None:
                unavailable.connect(self._tell_once)
        self._apply_preferences_to_players()
        self._tell_unavailable()

    def make_real_cue_players(self) -> None:
        """Create the sound, voice and announcement players (after the first paint)."""
        if self._cue_router is not None:
            return
        from handtrainer.ui.cues import AnnouncementCuePlayer, SoundCuePlayer, VoiceCuePlayer

        players: list[CuePlayer] = []
        for make in (
            lambda: SoundCuePlayer(self),
            lambda: VoiceCuePlayer(self),
            lambda: AnnouncementCuePlayer(self),
        ):
            try:
                players.append(make())
            except Exception as error:
                self._tell_once(_tr("Some cues are unavailable: {error}").format(error=error))
        self._cue_players = players
        self._make_cue_router(players)
        for player in players:
            # Sound and speech run in helper processes: start them now, off screen time.
            warm_up = getattr(player, "warm_up", None)
            if warm_up is not None:
                warm_up()

    def _apply_preferences_to_players(self) -> None:
        if self._cue_router is not None:
            self._cue_router.apply_preferences(self.preferences)

    def _apply_preferences_to_practice(self) -> None:
        diagram = self.practice.diagram
        if hasattr(diagram, "set_reduced_motion"):
            diagram.set_reduced_motion(self.preferences.reduced_motion)

    def _tell_unavailable(self) -> None:
        if self._cue_router is None:
            return
        for message in self._cue_router.unavailable_messages():
            self._tell_once(message)

    def _tell_once(self, message: str) -> None:
        """A status-bar note, never a dialog, and each one only once."""
        if message in self._told:
            return
        self._told.add(message)
        self.statusBar().showMessage(" ".join(sorted(self._told)))

    # -- window state -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.window_state.geometry("main-window")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)

    def _splitter_key(self, orientation: Qt.Orientation) -> str:
        wide = orientation == Qt.Orientation.Horizontal
        return "practice-splitter-" + ("side-by-side" if wide else "stacked")

    def _restore_splitter(self, orientation: Qt.Orientation) -> None:
        if self._practice is None:
            return
        state = self.window_state.state(self._splitter_key(orientation))
        if state is not None:
            self._practice.splitter.restoreState(state)

    def save_window_state(self) -> None:
        """Remember geometry and splitter positions (apart from the preferences)."""
        self.window_state.save_geometry("main-window", self.saveGeometry())
        if self._practice is not None:
            splitter = self._practice.splitter
            self.window_state.save_state(
                self._splitter_key(splitter.orientation()), splitter.saveState()
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        self.controller.unload()
        self.library.stop()
        if self._cue_router is not None:
            self._cue_router.shutdown()  # never waits on the voice for more than a second
        super().closeEvent(event)

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
            QTimer.singleShot(0, lambda: self.add_routine_files(paths))
