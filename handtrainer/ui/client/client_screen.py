"""The client screen: what a client across the table needs to see, large.

It follows the practice page (the step shown, the zone pointed at, walk-through)
and shows the diagram, whose hand it is, the step's title and instruction in type
sized to the window, the countdown or the count, and what comes next. It never
shows the therapist's notes. The therapist keeps every control on the main window;
this window offers the few a therapist reaches for while facing the client.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core.model import Audience, BodyMap, Routine, Side, format_clock, map_of
from handtrainer.core.session import Phase, SessionState
from handtrainer.diagram.renderer import DiagramScene
from handtrainer.ui.practice.diagram_widget import HandDiagram

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

DIAGRAM_HEADROOM = 0.05  # of the diagram's height, free above and below the drawing
MARGIN = 0.035  # of the screen's height: around the whole, between diagram and words


def whose_hand(side: Side, audience: Audience, body_map: BodyMap = BodyMap.HAND) -> str:
    """ "your left hand" / "your partner's left hand" / "your baby's left hand": the label
    says whose hand it is (or whose foot, on the foot map)."""
    if body_map is BodyMap.FOOT:
        return _whose_foot(side, audience)
    if audience is Audience.INFANT:
        return {
            Side.LEFT: translate("ClientScreen", "your baby’s left hand"),
            Side.RIGHT: translate("ClientScreen", "your baby’s right hand"),
            Side.BOTH: translate("ClientScreen", "your baby’s hands"),
        }[side]
    if audience is Audience.PARTNER:
        return {
            Side.LEFT: translate("ClientScreen", "your partner’s left hand"),
            Side.RIGHT: translate("ClientScreen", "your partner’s right hand"),
            Side.BOTH: translate("ClientScreen", "your partner’s hands"),
        }[side]
    return {
        Side.LEFT: translate("ClientScreen", "your left hand"),
        Side.RIGHT: translate("ClientScreen", "your right hand"),
        Side.BOTH: translate("ClientScreen", "both your hands"),
    }[side]


def _whose_foot(side: Side, audience: Audience) -> str:
    if audience is Audience.INFANT:
        return {
            Side.LEFT: translate("ClientScreen", "your baby’s left foot"),
            Side.RIGHT: translate("ClientScreen", "your baby’s right foot"),
            Side.BOTH: translate("ClientScreen", "your baby’s feet"),
        }[side]
    if audience is Audience.PARTNER:
        return {
            Side.LEFT: translate("ClientScreen", "your partner’s left foot"),
            Side.RIGHT: translate("ClientScreen", "your partner’s right foot"),
            Side.BOTH: translate("ClientScreen", "your partner’s feet"),
        }[side]
    return {
        Side.LEFT: translate("ClientScreen", "your left foot"),
        Side.RIGHT: translate("ClientScreen", "your right foot"),
        Side.BOTH: translate("ClientScreen", "both your feet"),
    }[side]


class TurnedHandDiagram(HandDiagram):
    """The hand diagram, optionally turned half round: the hand as seen across a table."""

    _turned = False

    def set_turned(self, turned: bool) -> None:
        """Show the hand as the person opposite sees it (rotated 180°, not mirrored)."""
        self._turned = turned
        self.update()

    def is_turned(self) -> bool:
        """True when the hand is shown turned round."""
        return self._turned

    def zone_at(self, pos: QPointF) -> str | None:
        if self._turned:
            pos = QPointF(self.width() - pos.x(), self.height() - pos.y())
        return super().zone_at(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._turned:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        try:
            painter.translate(self.width(), self.height())
            painter.rotate(180)
            phase = self.phase() if self.is_animated() else None
            scene = replace(self.scene(), phase=phase)
            self._renderer.paint(painter, self.paint_target(), scene, self._colors)
        finally:
            painter.end()

    def _moving_area(self, scene: DiagramScene) -> QRect:
        # Turned, the moving part lies elsewhere: repaint the whole (small) window.
        if self._turned:
            return self.rect()
        return super()._moving_area(scene)


class ClientScreen(QWidget):
    """A window for the client: the step, large, following the practice page."""

    closed = Signal()  # the window was closed (by F5, Escape, or its close button)

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("client-screen")
        self.setWindowTitle(translate("ClientScreen", "Hand Trainer — client screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._partner = False
        self._routine: Routine | None = None

        self.hand_label = self._label("client-hand", translate("ClientScreen", "Whose hand"))
        self.hand_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.diagram = TurnedHandDiagram(self)
        self.diagram.setObjectName("client-diagram")
        # No caption band above the drawing here (the label says whose hand): keep room
        # for a mark that reaches past the fingertips or the toes.
        self.diagram.set_headroom(DIAGRAM_HEADROOM)
        self.step_title = self._label("client-step-title", translate("ClientScreen", "Step"))
        self.instruction = self._label(
            "client-instruction", translate("ClientScreen", "Instruction")
        )
        self.countdown = self._label(
            "client-countdown", translate("ClientScreen", "Time left in this step")
        )
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label = self._label("client-next", translate("ClientScreen", "Next"))
        self.pointed_label = self._label(
            "client-pointed", translate("ClientScreen", "Zone pointed at")
        )
        self.pointed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.turn_action = QAction(translate("ClientScreen", "Turn the hand to face me"), self)
        self.turn_action.setObjectName("client-turn")
        self.turn_action.setCheckable(True)
        self.turn_action.setToolTip(
            translate("ClientScreen", "Show your partner's hand as you see it across the table (T)")
        )
        self.turn_action.setShortcut(QKeySequence("T"))
        self.turn_action.toggled.connect(self.diagram.set_turned)
        self.addAction(self.turn_action)

        self.buttons: dict[str, QToolButton] = {}
        controls = QHBoxLayout()
        controls.addStretch(1)
        for name in ("previous", "start-pause", "next", "extend", "restart-step", "walk-through"):
            action = actions.get(name)
            if action is None:
                continue
            self.addAction(action)  # its key works in this window too
            controls.addWidget(self._button(action))
        controls.addWidget(self._button(self.turn_action))
        controls.addStretch(1)

        text = QVBoxLayout()
        text.addStretch(1)
        text.addWidget(self.step_title)
        text.addWidget(self.instruction)
        text.addStretch(1)
        text.addWidget(self.countdown)
        text.addStretch(1)
        text.addWidget(self.next_label)
        picture = QVBoxLayout()
        picture.addWidget(self.hand_label)
        picture.addWidget(self.diagram, 1)
        picture.addWidget(self.pointed_label)
        self._body = QHBoxLayout()
        self._body.addLayout(picture, 5)
        self._body.addLayout(text, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(self._body, 1)
        layout.addLayout(controls)
        self.resize(1100, 700)
        self._fit_type()

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setTextFormat(Qt.TextFormat.PlainText)  # routine text is plain text
        label.setWordWrap(True)
        return label

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setObjectName(f"client-{action.objectName()}-button")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons[action.objectName()] = button
        return button

    # -- following the practice page -------------------------------------------------

    def show_step(
        self,
        state: SessionState,
        routine: Routine,
        scene: DiagramScene | None,
        *,
        walking: bool = False,
    ) -> None:
        """Show what the practice page shows now (the state with any preview applied)."""
        self._routine = routine
        self._partner = routine.audience.someone_else
        self.turn_action.setVisible(self._partner)
        self.buttons["client-turn"].setVisible(self._partner)
        self._name_turn(routine.map)
        if not self._partner and self.turn_action.isChecked():
            self.turn_action.setChecked(False)
        index = state.next_step_index if state.phase is Phase.REST else state.step_index
        if index is None and routine.steps:
            index = state.next_step_index if state.next_step_index is not None else 0
        step = routine.steps[index] if index is not None and index < len(routine.steps) else None
        if scene is not None:
            self.diagram.set_scene(replace(scene, side_label=False))
            self.hand_label.setText(whose_hand(scene.side, routine.audience, map_of(scene.view)))
        if step is None or index is None:
            self.step_title.setText(routine.title)
            self.instruction.setText("")
        else:
            self.step_title.setText(
                translate("ClientScreen", "Step {n} of {total}: {title}").format(
                    n=index + 1, total=len(routine.steps), title=step.title
                )
            )
            self.instruction.setText(step.instruction)
        self.countdown.setText(self._clock_text(state, walking, routine.map is BodyMap.FOOT))
        self.next_label.setText(self._next_text(state, routine, walking))
        running = state.phase not in (Phase.IDLE, Phase.FINISHED, Phase.STOPPED, Phase.WAITING)
        self.diagram.set_animating(running and not state.paused and state.phase is Phase.WORK)

    def _name_turn(self, body_map: BodyMap) -> None:
        if body_map is BodyMap.FOOT:
            self.hand_label.setAccessibleName(translate("ClientScreen", "Whose foot"))
        else:
            self.hand_label.setAccessibleName(translate("ClientScreen", "Whose hand"))
        if body_map is BodyMap.FOOT:
            self.turn_action.setText(translate("ClientScreen", "Turn the foot to face me"))
            self.turn_action.setToolTip(
                translate(
                    "ClientScreen", "Show your partner's foot as you see it from where you sit (T)"
                )
            )
            return
        self.turn_action.setText(translate("ClientScreen", "Turn the hand to face me"))
        self.turn_action.setToolTip(
            translate("ClientScreen", "Show your partner's hand as you see it across the table (T)")
        )

    def show_pointed(self, zone: str | None, name: str) -> None:
        """Name the zone the therapist points at (empty: nothing pointed at)."""
        self.pointed_label.setText(name if zone else "")

    @staticmethod
    def _clock_text(state: SessionState, walking: bool, foot: bool = False) -> str:
        if walking:
            return translate("ClientScreen", "Walk-through")
        if state.repetition is not None and state.repetitions is not None:
            return translate("ClientScreen", "{n} of {total}").format(
                n=state.repetition, total=state.repetitions
            )
        if state.phase is Phase.FINISHED:
            return translate("ClientScreen", "Done")
        if state.phase in (Phase.IDLE, Phase.STOPPED):
            return ""
        if state.phase is Phase.WAITING:
            return translate("ClientScreen", "Ready when you are")
        text = format_clock(state.segment_remaining)
        if state.paused:
            return translate("ClientScreen", "Paused — {clock}").format(clock=text)
        if state.phase is Phase.GET_READY:
            return translate("ClientScreen", "Get ready — {clock}").format(clock=text)
        if state.phase is Phase.REST:
            return translate("ClientScreen", "Rest — {clock}").format(clock=text)
        if state.phase is Phase.SWITCH and foot:
            return translate("ClientScreen", "Switch feet — {clock}").format(clock=text)
        if state.phase is Phase.SWITCH:
            return translate("ClientScreen", "Switch hands — {clock}").format(clock=text)
        return text

    @staticmethod
    def _next_text(state: SessionState, routine: Routine, walking: bool) -> str:
        if walking or state.phase is not Phase.WORK:
            return ""
        index = state.next_step_index
        if index is None or index >= len(routine.steps):
            return translate("ClientScreen", "Next: the end")
        title = routine.steps[index].title
        if state.next_side is not None:
            # Whose hand, as the practice page says: the same step on the other hand
            # would otherwise read as the step under way named again.
            return translate("ClientScreen", "Next: {title} — {whose}").format(
                title=title, whose=whose_hand(state.next_side, routine.audience, routine.map)
            )
        return translate("ClientScreen", "Next: {title}").format(title=title)

    # -- type sized to the window ------------------------------------------------------

    def _fit_type(self) -> None:
        height = max(300, self.height())
        self.step_title.setFont(_pixel_font(self.font(), height / 20, bold=True))
        self.instruction.setFont(_pixel_font(self.font(), height / 27))
        self.countdown.setFont(_pixel_font(self.font(), height / 9, bold=True))
        self.next_label.setFont(_pixel_font(self.font(), height / 34))
        self.hand_label.setFont(_pixel_font(self.font(), height / 30, bold=True))
        self.pointed_label.setFont(_pixel_font(self.font(), height / 30, bold=True))
        for button in self.buttons.values():
            button.setFont(_pixel_font(self.font(), height / 60))
        # Room to breathe, in proportion: big type flush to the screen's edge, or the
        # "Next" line sitting on the buttons, reads as cramped from across a room.
        margin = round(height * MARGIN)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
            layout.setSpacing(margin // 2)
        self._body.setSpacing(margin)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_type()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # F5 (as in presentation programs) or Escape closes the client screen.
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


def _pixel_font(base: QFont, pixels: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(12, round(pixels)))
    font.setBold(bold)
    return font
