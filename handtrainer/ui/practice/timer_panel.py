"""The timer panel: the big countdown, the hand, the repetition and what comes next.

Everything is sized relative to the system font, so it scales with the user's
settings and stays legible from arm's length.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core.model import BodyMap, Routine, Side, Step, format_clock, map_of
from handtrainer.core.session import Phase, SessionState
from handtrainer.core.wording import pressure_name, side_name, technique_name
from handtrainer.ui.fonts import scaled_font
from handtrainer.ui.wrapping import breakable

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def work_text(step: Step | None) -> str:
    """What to do during work, e.g. ``Press · firm pressure``.

    The hand itself is shown by the badge just below, so it is not repeated here.
    """
    if step is None:
        return translate("TimerPanel", "Work")
    technique = technique_name(step.technique)
    if step.pressure is None:
        return technique
    return f"{technique} · {pressure_name(step.pressure)}"


def phase_text(state: SessionState, step: Step | None = None) -> str:
    """The phase in a few words: Get ready, Press · firm pressure, Switch hands, Rest, Done."""
    if state.phase is Phase.WORK:
        text = work_text(step)
    elif state.phase is Phase.SWITCH and step is not None and map_of(step.view) is BodyMap.FOOT:
        text = translate("TimerPanel", "Switch feet")
    else:
        text = {
            Phase.IDLE: translate("TimerPanel", "Ready to start"),
            Phase.GET_READY: translate("TimerPanel", "Get ready"),
            Phase.SWITCH: translate("TimerPanel", "Switch hands"),
            Phase.REST: translate("TimerPanel", "Rest — coming up next"),
            Phase.WAITING: translate(
                "TimerPanel", "Waiting for you — press Space to start the step"
            ),
            Phase.FINISHED: translate("TimerPanel", "Done"),
            Phase.STOPPED: translate("TimerPanel", "Stopped"),
        }.get(state.phase, "")
    if state.paused:
        text = translate("TimerPanel", "Paused — {phase}").format(phase=text)
    return text


def shown_step_index(state: SessionState) -> int | None:
    """The step a display shows: the one worked, or in a rest the one coming next."""
    if state.phase is Phase.REST:
        return state.next_step_index
    return state.step_index


def accent_for(side: Side, palette: QPalette) -> QColor:
    """A subtle accent for a hand, derived from the palette's highlight.

    The right hand takes the highlight itself, the left hand the same colour
    turned round the colour wheel, so the two never look alike.
    """
    base = palette.color(QPalette.ColorRole.Highlight)
    if side is Side.LEFT:
        hue = (base.hslHue() + 150) % 360 if base.hslHue() >= 0 else 30
        return QColor.fromHsl(hue, max(base.hslSaturation(), 120), base.lightness())
    if side is Side.BOTH:
        return palette.color(QPalette.ColorRole.Mid)
    return base


class SideBadge(QWidget):
    """A big LEFT / RIGHT badge with a round mark on the hand's own side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._side: Side | None = None
        self._map = BodyMap.HAND
        self.setAccessibleName(translate("TimerPanel", "Hand"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def side(self) -> Side | None:
        """The hand shown."""
        return self._side

    def text(self) -> str:
        """The badge's words, e.g. ``LEFT HAND`` (``LEFT FOOT`` on the foot map)."""
        return side_name(self._side, self._map).upper() if self._side else ""

    def set_side(self, side: Side | None, body_map: BodyMap = BodyMap.HAND) -> None:
        """Show a hand or a foot (or nothing)."""
        if side == self._side and body_map is self._map:
            return
        new_map = body_map is not self._map
        self._side = side
        self._map = body_map
        if new_map:
            self.updateGeometry()  # the other map's words may be longer
        if body_map is BodyMap.FOOT:
            self.setAccessibleName(translate("TimerPanel", "Foot"))
        else:
            self.setAccessibleName(translate("TimerPanel", "Hand"))
        self.setAccessibleDescription(self.text())
        self.setVisible(side is not None)
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        height = int(metrics.height() * 2.6)
        # Room for the longest of the map's words in the reader's language, so the
        # badge keeps its size from one side to the other.
        words = max(metrics.horizontalAdvance(side_name(side, self._map).upper()) for side in Side)
        return QSize(words * 2 + height * 2, height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._side is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = accent_for(self._side, palette)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 2
        fill = QColor(accent)
        fill.setAlpha(48)
        painter.setPen(QPen(accent, 2))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, radius, radius)

        # The round mark with the letter sits at the hand's own end of the badge.
        diameter = rect.height() - 8
        marks: list[tuple[QRectF, str]] = []
        left_mark = QRectF(rect.left() + 4, rect.top() + 4, diameter, diameter)
        right_mark = QRectF(rect.right() - 4 - diameter, rect.top() + 4, diameter, diameter)
        if self._side is Side.LEFT:
            marks.append((left_mark, translate("TimerPanel", "L")))
        elif self._side is Side.RIGHT:
            marks.append((right_mark, translate("TimerPanel", "R")))
        else:
            marks += [
                (left_mark, translate("TimerPanel", "L")),
                (right_mark, translate("TimerPanel", "R")),
            ]
        letter_font = scaled_font(self.font(), 1.6, bold=True)
        for mark, letter in marks:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawEllipse(mark)
            painter.setFont(letter_font)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, letter)

        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text_rect = rect.adjusted(diameter + 12, 0, -(diameter + 12), 0)
        painter.setFont(self.words_font(text_rect.width()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()

    def words_font(self, room: float) -> QFont:
        """The badge's big bold type, smaller where the words would not fit in ``room``
        (a narrow panel): never cut off, as "IGHT FOO" would read."""
        font = scaled_font(self.font(), 1.5, bold=True)
        for _ in range(8):  # type does not shrink quite in proportion: try again
            width = QFontMetricsF(font).horizontalAdvance(self.text())
            if width <= room or room <= 0 or font.pointSizeF() <= 1.0:
                break
            font.setPointSizeF(max(1.0, font.pointSizeF() * room / width * 0.98))
        return font


class TimerPanel(QWidget):
    """Follows a session's state: phase, hand, countdown, repetition, next, progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timer-panel")
        self.phase_label = self._label("phase", translate("TimerPanel", "Phase"))
        self.side_badge = SideBadge(self)
        self.step_title = self._label("step-title", translate("TimerPanel", "Step"))
        self.instruction = self._label("instruction", translate("TimerPanel", "Instruction"))
        self.instruction.setWordWrap(True)
        # A traditional association, shown apart from the instruction and marked as tradition.
        self.tradition = self._label("tradition", translate("TimerPanel", "Tradition"))
        self.tradition.setWordWrap(True)
        self.countdown = self._label("countdown", translate("TimerPanel", "Time left in this step"))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.repetition = self._label("repetition", translate("TimerPanel", "Repetition"))
        self.repetition.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label = self._label("next", translate("TimerPanel", "Next"))
        self.next_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("routine-progress")
        self.progress.setAccessibleName(translate("TimerPanel", "Routine progress"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.time_left = self._label(
            "time-left", translate("TimerPanel", "Time left in the routine")
        )

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.side_badge)
        layout.addWidget(self.step_title)
        layout.addWidget(self._text_area(), 1)
        layout.addWidget(self.countdown)
        layout.addWidget(self.repetition)
        layout.addStretch(1)
        layout.addWidget(self.next_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.time_left)
        self._apply_fonts()
        self.side_badge.set_side(None)

    def _text_area(self) -> QScrollArea:
        """The instruction and tradition, scrolling when they are longer than the room."""
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.instruction)
        column.addWidget(self.tradition)
        column.addStretch(1)
        area = QScrollArea(self)
        area.setObjectName("step-text")
        area.setAccessibleName(translate("TimerPanel", "Step instructions"))
        area.setWidget(inner)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        return area

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        # Routine text is shown as it is written, never interpreted as markup.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Every line may wrap: a long title or word must never widen the window.
        label.setWordWrap(True)
        return label

    def _apply_fonts(self) -> None:
        base = self.font()
        self.phase_label.setFont(scaled_font(base, 1.4, bold=True))
        self.side_badge.setFont(base)
        self.step_title.setFont(scaled_font(base, 1.5, bold=True))
        self.instruction.setFont(scaled_font(base, 1.1))
        tradition_font = scaled_font(base, 0.95)
        tradition_font.setItalic(True)
        self.tradition.setFont(tradition_font)
        self.countdown.setFont(scaled_font(base, 5.0, bold=True))
        self.repetition.setFont(scaled_font(base, 2.0, bold=True))
        self.next_label.setFont(scaled_font(base, 1.05))
        self.time_left.setFont(base)

    def changeEvent(self, event: QEvent) -> None:
        # The system font changed: grow or shrink everything with it.
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def set_state(self, state: SessionState, routine: Routine) -> None:
        """Show a session's state.

        Each pause says what it is: before a step (get ready, switch hands, waiting)
        and during a rest, the step shown is the one coming, and "Next" is left out
        rather than naming that same step again.
        """
        index = shown_step_index(state)
        if index is None and state.phase is Phase.IDLE and routine.steps:
            index = 0
        step = routine.steps[index] if index is not None and index < len(routine.steps) else None
        self.phase_label.setText(breakable(phase_text(state, step)))
        self.side_badge.set_side(
            state.side if state.phase not in (Phase.FINISHED, Phase.STOPPED) else None,
            routine.map,
        )
        self.step_title.setText(
            breakable(
                translate("TimerPanel", "Step {n} of {total}: {title}").format(
                    n=index + 1, total=len(routine.steps), title=step.title
                )
                if step is not None and index is not None
                else routine.title
            )
        )
        self.instruction.setText(breakable(step.instruction if step else ""))
        tradition = step.tradition if step else ""
        # Bundled routines word this as tradition themselves (tests hold them to it),
        # so the line is set apart by style rather than by a repeated prefix.
        self.tradition.setText(breakable(tradition))
        self.tradition.setVisible(bool(tradition))
        if state.phase in (Phase.IDLE, Phase.STOPPED):
            self.countdown.setText(format_clock(state.routine_total))
        elif state.phase is Phase.FINISHED:
            self.countdown.setText(format_clock(0))
        elif state.phase is Phase.WAITING:
            # Nothing counts down while waiting: show how long the coming step lasts.
            self.countdown.setText(format_clock(step.work_seconds) if step else "")
        else:
            self.countdown.setText(format_clock(state.segment_remaining))
        if state.repetition is not None and state.repetitions is not None:
            self.repetition.setText(
                translate("TimerPanel", "{n} of {total}").format(
                    n=state.repetition, total=state.repetitions
                )
            )
        else:
            self.repetition.setText("")
        self.next_label.setText(breakable(self._next_text(state, routine)))
        self.progress.setValue(round(state.progress * 1000))
        self.time_left.setText(
            translate("TimerPanel", "{left} left of {total}").format(
                left=format_clock(state.routine_remaining), total=format_clock(state.routine_total)
            )
        )

    def _next_text(self, state: SessionState, routine: Routine) -> str:
        if state.phase is not Phase.WORK:
            # Before a step and in a rest the coming step is the one shown above.
            return ""
        index = state.next_step_index
        if index is None or index >= len(routine.steps):
            return translate("TimerPanel", "Next: finish")
        title = routine.steps[index].title
        if state.next_side is not None:
            return translate("TimerPanel", "Next: {title} — {side}").format(
                title=title, side=side_name(state.next_side, routine.map)
            )
        return translate("TimerPanel", "Next: {title}").format(title=title)
