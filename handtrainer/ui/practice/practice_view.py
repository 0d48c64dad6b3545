"""The practice page: hand diagram, step list and timer panel, with the controls.

The three parts sit side by side in a splitter, and stack when the window is
narrow. The page follows a ``SessionController``; its buttons and keys only
call the controller's plain-language methods.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core.model import Routine, Side
from handtrainer.core.session import Phase, SessionState
from handtrainer.core.zones import zone_name
from handtrainer.diagram.renderer import DiagramScene
from handtrainer.ui.mnemonics import without_mnemonic
from handtrainer.ui.practice.diagram_widget import HandDiagram
from handtrainer.ui.practice.session_controller import SessionController
from handtrainer.ui.practice.step_list import StepList
from handtrainer.ui.practice.timer_panel import TimerPanel, scaled_font
from handtrainer.ui.preferences import Preferences, WindowStateStore
from handtrainer.ui.wrapping import breakable, shortened

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

# Below this many average character widths, the three parts stack.
NARROW_CHARS = 130


LIVE_PHASES = frozenset({Phase.GET_READY, Phase.WORK, Phase.SWITCH, Phase.REST, Phase.WAITING})


def is_live(state: SessionState | None) -> bool:
    """True while a run is under way (counting, working, switching, resting or waiting)."""
    return state is not None and state.phase in LIVE_PHASES


def scene_for(state: SessionState, routine: Routine, lead: Side) -> DiagramScene | None:
    """The diagram scene for a state: the step's view and zones, on the hand worked now."""
    index = state.step_index
    if state.phase is Phase.REST and state.next_step_index is not None:
        # A rest shows the step coming, still; the one just done has gone.
        index = state.next_step_index
    if index is None:
        index = state.next_step_index if state.next_step_index is not None else 0
    if not routine.steps or index >= len(routine.steps):
        return None
    step = routine.steps[index]
    side = state.side
    if state.phase in (Phase.SWITCH, Phase.REST) and state.next_side is not None:
        # While switching, show the hand that is about to be worked.
        side = state.next_side
    if side is None:
        side = step.hand.side(lead)
    return DiagramScene.for_step(step, side, partner=routine.audience.someone_else)


def pointed_scene(scene: DiagramScene, zone: str) -> DiagramScene:
    """The scene showing only the zone the therapist points at, named."""
    return replace(scene, zones=(zone,), path=(), technique=None, labels=True, phase=None)


class PracticeView(QWidget):
    """The routine page. ``startRequested`` asks the window to start (after cautions);
    ``stopRequested`` asks it to stop the run (it may ask first); ``backRequested``
    asks to go back to the library.

    Choosing a step in the list while a run is under way goes to it; when none
    is, it only shows that step (diagram and text): every run starts through
    the window, and so through the cautions.
    """

    startRequested = Signal()
    stopRequested = Signal()
    backRequested = Signal()
    # what the page shows, for the client screen: (state shown, routine, scene)
    displayChanged = Signal(object, object, object)
    pointedChanged = Signal(object, str)  # the zone pointed at (None: none), its plain name
    orientationChanged = Signal(
        object
    )  # Qt.Orientation: the parts were stacked or put side by side

    def __init__(
        self,
        controller: SessionController,
        window_state: WindowStateStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practice")
        self.controller = controller
        self._window_state = window_state
        self.lead_hand = Side.RIGHT
        self._routine: Routine | None = None
        self._preview: int | None = None  # the step shown while no run is under way
        self._walking = False  # walk-through: no timer; Left/Right move through the steps
        self._start_at: int | None = None  # Start from the step being shown
        self._pointed: str | None = None  # the zone the therapist points at
        self.current_scene: DiagramScene | None = None  # the scene shown, for tests and print

        self.title = QLabel(self)
        self.title.setObjectName("routine-title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.title.setAccessibleName(translate("PracticeView", "Routine"))

        # the controller's timers and clock, so tests drive the animation too
        self.diagram = HandDiagram(self, timers=controller.timers, clock=controller.clock)
        self.diagram.setObjectName("hand-diagram")
        self.diagram.setAccessibleName(translate("PracticeView", "Hand diagram"))
        self.diagram.setMinimumSize(160, 160)
        self.step_list = StepList(self)
        self.timer_panel = TimerPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("practice-splitter")
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.diagram, 4), (self.step_list, 2), (self.timer_panel, 3)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)

        self.actions_by_name: dict[str, QAction] = {}
        px = QStyle.StandardPixmap
        # The start button's icon now, set again only when it changes: the controls
        # follow every tick, and each new QIcon leaves a pixmap in Qt's cache and a
        # connection in the button (about 1 KB a second over a long routine).
        self._start_icon = px.SP_MediaPlay
        self.start_action = self._action(
            "start-pause",
            translate("PracticeView", "&Start"),
            translate("PracticeView", "Start or pause"),
            "Space",
            px.SP_MediaPlay,
            self._start_or_pause,
        )
        self.previous_action = self._action(
            "previous",
            translate("PracticeView", "Pre&vious"),
            translate("PracticeView", "Previous step"),
            "Left",
            px.SP_MediaSkipBackward,
            self._previous,
        )
        self.next_action = self._action(
            "next",
            translate("PracticeView", "&Next"),
            translate("PracticeView", "Next step"),
            "Right",
            px.SP_MediaSkipForward,
            self._next,
        )
        self.extend_action = self._action(
            "extend",
            translate("PracticeView", "+&30 s"),
            translate("PracticeView", "Give this step 30 seconds more"),
            "E",
            px.SP_ArrowUp,
            lambda: controller.extend(30),
        )
        self.walk_action = self._action(
            "walk-through",
            translate("PracticeView", "&Walk through"),
            translate("PracticeView", "Walk through the steps at your own pace, without the timer"),
            "W",
            px.SP_FileDialogDetailedView,
            lambda: None,
        )
        self.walk_action.setCheckable(True)
        self.walk_action.toggled.connect(self.set_walk_through)
        self.restart_action = self._action(
            "restart-step",
            translate("PracticeView", "&Restart step"),
            translate("PracticeView", "Restart this step"),
            "R",
            px.SP_BrowserReload,
            controller.restart_step,
        )
        self.stop_action = self._action(
            "stop",
            translate("PracticeView", "St&op"),
            translate("PracticeView", "Stop, or go back to the library when stopped"),
            "Escape",
            px.SP_MediaStop,
            self._stop_or_back,
        )
        self.library_action = self._action(
            "library",
            translate("PracticeView", "&Library"),
            translate("PracticeView", "Back to the library"),
            None,
            px.SP_ArrowBack,
            self.backRequested.emit,
        )

        self.buttons: dict[str, QToolButton] = {}
        controls = QHBoxLayout()
        controls.addWidget(self._button(self.library_action))
        controls.addStretch(1)
        for action in (
            self.previous_action,
            self.start_action,
            self.next_action,
            self.restart_action,
            self.extend_action,
            self.stop_action,
        ):
            controls.addWidget(self._button(action))
        controls.addStretch(1)

        # The routine's notes for the therapist, on this (the therapist's) screen only.
        self.therapist_notes = QLabel(self)
        self.therapist_notes.setObjectName("therapist-notes")
        self.therapist_notes.setTextFormat(Qt.TextFormat.PlainText)
        self.therapist_notes.setWordWrap(True)
        self.therapist_notes.setAccessibleName(translate("PracticeView", "Notes for the therapist"))
        self.therapist_notes.setVisible(False)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self._button(self.walk_action), 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.therapist_notes)
        layout.addLayout(controls)
        self._order_tabs()

        self.step_list.stepActivated.connect(self._on_step_chosen)
        self.diagram.zoneClicked.connect(self._point_at)
        self.diagram.installEventFilter(self)
        controller.stateChanged.connect(self._on_state)
        controller.routineChanged.connect(self._on_routine)
        self.orientationChanged.connect(self._restore_layout)
        self._restore_layout(self.splitter.orientation())
        self._hold_start_button_width()

    # -- building ------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        what: str,
        key: str | None,
        icon: QStyle.StandardPixmap,
        slot: Callable[[], None],
    ) -> QAction:
        action = QAction(self.style().standardIcon(icon), text, self)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            # Only while this page is shown, and also when the step list has focus.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown_key = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(
                translate("PracticeView", "{what} ({key})").format(what=what, key=shown_key)
            )
        else:
            action.setToolTip(what)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _order_tabs(self) -> None:
        # Tab goes as the page reads, top to bottom and left to right (side by side or
        # stacked, the parts keep their order): Walk through at the top right, the steps,
        # the instructions, then the controls along the bottom. Made last, Walk through
        # came after Stop.
        order: list[QWidget] = [self.buttons["walk-through"], self.step_list]
        text = self.timer_panel.findChild(QScrollArea, "step-text")
        if text is not None:
            order.append(text)
        order += [
            self.buttons[name]
            for name in (
                "library",
                "previous",
                "start-pause",
                "next",
                "restart-step",
                "extend",
                "stop",
            )
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setObjectName(f"{action.objectName()}-button")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFont(scaled_font(self.font(), 1.15))
        button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        button.setAccessibleName(button.text())  # the words shown, without the &
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons[action.objectName()] = button
        return button

    # -- preferences and layout --------------------------------------------------

    def use_preferences(self, prefs: Preferences) -> None:
        """Follow the lead hand and reduced-motion preferences."""
        self.lead_hand = prefs.lead_hand
        self.diagram.set_reduced_motion(prefs.reduced_motion)

    @staticmethod
    def _layout_key(orientation: Qt.Orientation) -> str:
        wide = orientation == Qt.Orientation.Horizontal
        return "practice-splitter-" + ("side-by-side" if wide else "stacked")

    def _restore_layout(self, orientation: Qt.Orientation) -> None:
        state = self._window_state.state(self._layout_key(orientation))
        if state is not None:
            self.splitter.restoreState(state)

    def save_layout(self) -> str | None:
        """Remember where the splitter was left, for this orientation; what went wrong, if so."""
        return self._window_state.save_state(
            self._layout_key(self.splitter.orientation()), self.splitter.saveState()
        )

    # -- following the controller ---------------------------------------------------

    @property
    def routine(self) -> Routine | None:
        """The routine shown."""
        return self._routine

    def _on_routine(self, routine: Routine) -> None:
        self._routine = routine
        self._preview = None
        self._start_at = None
        self._pointed = None
        # A title may hold 200 characters; the page shows two lines' worth, the tooltip all.
        self.title.setText(breakable(shortened(routine.title, 90)))
        self.title.setToolTip(routine.title if len(routine.title) > 90 else "")
        self.step_list.set_routine(routine)

    def _on_state(self, state: SessionState) -> None:
        routine = self._routine
        if routine is None:
            return
        if is_live(state) and self._start_at is not None:
            # Started from the step being shown: go there (this run has passed the cautions).
            index, self._start_at = self._start_at, None
            self._preview = None
            self.controller.jump_to(index)
            return
        if is_live(state) and not self._walking:
            self._preview = None
        self.step_list.set_state(state, routine)
        shown = state
        if self._preview is not None and self._preview < len(routine.steps):
            shown = replace(state, step_index=self._preview, side=None, repetition=None)
        self.timer_panel.set_state(shown, routine)
        scene = scene_for(shown, routine, self.lead_hand)
        if scene is not None and self._pointed is not None:
            scene = pointed_scene(scene, self._pointed)
        if scene is not None and scene != self.current_scene:
            self.current_scene = scene
            self.diagram.set_scene(scene)
        running = state.phase not in (Phase.IDLE, Phase.FINISHED, Phase.STOPPED, Phase.WAITING)
        # The arrow moves while there is work to show (and counting in to it), not in a rest.
        animate = (
            running
            and not state.paused
            and state.phase is not Phase.REST
            and self._pointed is None
            and not self._walking
        )
        noted = shown.next_step_index if shown.phase is Phase.REST else shown.step_index
        if noted is None and shown.phase is Phase.IDLE and routine.steps:
            noted = 0
        notes = (
            routine.steps[noted].notes if noted is not None and noted < len(routine.steps) else ""
        )
        self.therapist_notes.setText(
            translate("PracticeView", "For you, not the client: {notes}").format(notes=notes)
        )
        self.therapist_notes.setVisible(bool(notes))
        if state.phase is Phase.WORK and state.step_index is not None:
            # the mark keeps time with the count
            elapsed = state.segment_duration - state.segment_remaining
            self.diagram.set_beat(routine.steps[state.step_index].pace, elapsed)
        self.diagram.set_animating(animate)
        self._update_controls(state, running)
        self.displayChanged.emit(shown, routine, self.current_scene)

    # each is also written in a translate() call below, where lupdate finds it
    _START_TEXTS = ("&Start", "&Pause", "Res&ume", "&Go on", "&Timed")

    def _hold_start_button_width(self) -> None:
        # Start, Pause, Resume; Stop, Library: each button is as wide as its widest word,
        # so the controls never shift while practising.
        for name, texts in (
            ("start-pause", self._START_TEXTS),
            ("stop", ("St&op", "&Library")),
        ):
            button = self.buttons[name]
            metrics = button.fontMetrics()
            current = metrics.horizontalAdvance(button.text())
            widest = max(
                metrics.horizontalAdvance(without_mnemonic(translate("PracticeView", text)))
                for text in texts
            )
            button.setMinimumWidth(button.sizeHint().width() - current + widest)

    def _update_controls(self, state: SessionState, running: bool) -> None:
        px = QStyle.StandardPixmap
        if running and not state.paused:
            text, icon = translate("PracticeView", "&Pause"), px.SP_MediaPause
        elif running:
            text, icon = translate("PracticeView", "Res&ume"), px.SP_MediaPlay
        elif state.phase is Phase.WAITING:
            text, icon = translate("PracticeView", "&Go on"), px.SP_MediaPlay
        else:
            text, icon = translate("PracticeView", "&Start"), px.SP_MediaPlay
        self.start_action.setText(text)  # the same text again changes nothing
        if icon is not self._start_icon:
            self._start_icon = icon
            self.start_action.setIcon(self.style().standardIcon(icon))
        live = running or state.phase is Phase.WAITING
        for action in (self.previous_action, self.next_action):
            action.setEnabled(live or self._walking)
        self.restart_action.setEnabled(live)
        self.extend_action.setEnabled(state.phase is Phase.WORK and not self._walking)
        if self._walking:
            self.start_action.setText(translate("PracticeView", "&Timed"))
        self.stop_action.setText(
            translate("PracticeView", "St&op") if live else translate("PracticeView", "&Library")
        )
        self._name_buttons()

    def _name_buttons(self) -> None:
        # A screen reader reads a button by the words it shows now (Stop reads "Library"
        # while nothing is under way); set only on a change, not on every tick.
        for button in self.buttons.values():
            shown = button.text()
            if button.accessibleName() != shown:
                button.setAccessibleName(shown)

    # -- commands ------------------------------------------------------------------

    @property
    def previewed_step(self) -> int | None:
        """The step shown while no run is under way, if one was chosen."""
        return self._preview

    def _on_step_chosen(self, index: int) -> None:
        state = self.controller.state()
        if is_live(state) and not self._walking:
            self.controller.jump_to(index)
        elif state is not None:
            self._preview = index
            self._on_state(state)

    # -- walking through, pointing, moving ------------------------------------------

    @property
    def walking(self) -> bool:
        """True in walk-through: no timer, the therapist moves through the steps."""
        return self._walking

    def set_walk_through(self, on: bool) -> None:
        """Walk through the steps untimed, or go back to timed practice at the same step."""
        if on == self._walking:
            return
        state = self.controller.state()
        routine = self._routine
        if on:
            if is_live(state) and state is not None and not state.paused:
                self.controller.pause()
                state = self.controller.state()
            self._walking = True
            if self._preview is None and state is not None:
                shown = state.next_step_index if state.phase is Phase.REST else state.step_index
                self._preview = shown if shown is not None else 0
        else:
            self._walking = False
            if is_live(state) and self._preview is not None:
                index, self._preview = self._preview, None
                self.controller.jump_to(index)
                self.controller.resume()
            elif self._preview is not None:
                self._start_at = self._preview  # Start begins where the walk ended
        if self.walk_action.isChecked() != on:
            self.walk_action.setChecked(on)
        if routine is not None and state is not None:
            self._on_state(self.controller.state() or state)

    def _previous(self) -> None:
        if self._walking:
            self._move_preview(-1)
        else:
            self.controller.previous()

    def _next(self) -> None:
        if self._walking:
            self._move_preview(+1)
        else:
            self.controller.next()

    def _move_preview(self, delta: int) -> None:
        routine, state = self._routine, self.controller.state()
        if routine is None or state is None or not routine.steps:
            return
        current = self._preview if self._preview is not None else 0
        self._preview = max(0, min(len(routine.steps) - 1, current + delta))
        self._pointed = None
        self.pointedChanged.emit(None, "")
        self._on_state(state)

    @property
    def pointed_zone(self) -> str | None:
        """The zone the therapist clicked to show the client, if any."""
        return self._pointed

    def _can_point(self) -> bool:
        state = self.controller.state()
        return self._walking or state is None or not is_live(state) or state.paused

    def _point_at(self, zone: str | None) -> None:
        if zone is not None and not self._can_point():
            return
        self._pointed = zone
        self.pointedChanged.emit(zone, zone_name(zone) if zone else "")
        state = self.controller.state()
        if state is not None:
            self._on_state(state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click on the diagram away from any zone clears the pointing.
        if (
            watched is self.diagram
            and event.type() == QEvent.Type.MouseButtonRelease
            and self._pointed is not None
            and isinstance(event, QMouseEvent)
            and self.diagram.zone_at(event.position()) is None
        ):
            self._point_at(None)
        return super().eventFilter(watched, event)

    def _start_or_pause(self) -> None:
        state = self.controller.state()
        if state is None:
            return
        if self._walking:
            self.set_walk_through(False)
            return
        if state.phase in (Phase.IDLE, Phase.FINISHED, Phase.STOPPED):
            self.startRequested.emit()
        elif state.phase is Phase.WAITING:
            self.controller.proceed()
        else:
            self.controller.toggle_pause()

    def _stop_or_back(self) -> None:
        if is_live(self.controller.state()):
            self.stopRequested.emit()
        else:
            self.backRequested.emit()

    # -- narrow windows stack the parts ----------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_orientation()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_orientation()
            self._hold_start_button_width()
        elif event.type() == QEvent.Type.StyleChange:
            self.start_action.setIcon(self.style().standardIcon(self._start_icon))

    def narrow_threshold(self) -> int:
        """The width in pixels below which the parts stack."""
        return self.fontMetrics().averageCharWidth() * NARROW_CHARS

    def _fit_orientation(self) -> None:
        wanted = (
            Qt.Orientation.Vertical
            if self.width() < self.narrow_threshold()
            else Qt.Orientation.Horizontal
        )
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.orientationChanged.emit(wanted)
