"""HandDiagram: the hand diagram as a widget, its technique mark moving in time with the count.

While practice runs, only the moving part of the mark is repainted: the still
picture (art, highlights, still marks, labels, caption) is painted once into a
pixmap, and each frame copies back the small rectangle the moving part covers.
Frames come from the project's timer factory and time from an injected clock, so
tests drive the animation by hand.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QHideEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from handtrainer.core import wording
from handtrainer.core.model import BodyMap, Technique, map_of
from handtrainer.core.zones import zone_name
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.renderer import (
    DiagramScene,
    HandDiagramRenderer,
    Layer,
    shared_renderer,
)
from handtrainer.ui.timers import QtTimerFactory, Timer, TimerFactory

FRAME_MS = 50  # 20 frames a second: smooth enough for a slow mark, cheap enough for a laptop

# One beat of each technique when the step is timed rather than counted (seconds).
DEFAULT_BEAT = {
    Technique.STROKE: 2.5,
    Technique.RUB: 0.9,
    Technique.KNEAD: 3.0,
    Technique.PRESS: 2.0,
    Technique.CIRCLE: 2.0,
    Technique.SQUEEZE: 1.6,
    Technique.STRETCH: 3.0,
    Technique.ROLL: 1.6,
    Technique.TWIST: 1.6,
    Technique.PULL: 2.0,
    Technique.TAP: 1.2,
    Technique.SHAKE: 1.0,
    Technique.HOLD: 4.0,
    Technique.CLENCH: 2.0,
}


class HandDiagram(QWidget):
    """Shows a DiagramScene, keeps the hand's proportions, animates while practice runs."""

    zoneClicked = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        renderer: HandDiagramRenderer | None = None,
        *,
        timers: TimerFactory | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self._renderer = renderer or shared_renderer()
        self._scene = DiagramScene()
        self._colors = DiagramColors.from_palette(self.palette())
        self._reduced_motion = False
        self._animating = False
        self._clock = clock or time.monotonic
        self._beat: float | None = None  # seconds per count, when the step is counted
        self._beat_start = self._clock()
        # a single-shot timer re-armed after each frame: frames never pile up when busy
        self._frame: Timer = (timers or QtTimerFactory()).single_shot(self, "diagram-frame")
        self._frame.timeout.connect(self._on_frame)
        self._still: dict[tuple[object, ...], QPixmap] = {}
        self._painted_stage: int | None = None
        self._moving_rect = QRectF()
        self._headroom = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setMouseTracking(True)
        self.setMinimumSize(120, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._update_description()

    # ------------------------------------------------------------------ public API

    def scene(self) -> DiagramScene:
        """The scene being shown."""
        return self._scene

    def set_scene(self, scene: DiagramScene) -> None:
        """Show another scene (hand, view, highlighted zones, motion path)."""
        if scene == self._scene:
            return
        if scene.technique != self._scene.technique or scene.zones != self._scene.zones:
            self._beat_start = self._clock()
        self._scene = scene
        self._still.clear()
        self._update_description()
        self._sync_animation()
        self.updateGeometry()
        self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        """True: no pulse, no moving arrow; the highlight and the arrow stay still."""
        self._reduced_motion = reduced
        self._sync_animation()
        self.update()

    def set_animating(self, running: bool) -> None:
        """Animate the pulse and arrow while practice runs; stop (no timers) when paused."""
        self._animating = running
        self._sync_animation()
        self.update()

    def set_beat(self, seconds: float | None, elapsed: float = 0.0) -> None:
        """Keep time with the count: ``seconds`` per repetition (None: the technique's own
        pace), ``elapsed`` seconds since the first count began."""
        self._beat = seconds if seconds and seconds > 0 else None
        self._beat_start = self._clock() - max(0.0, elapsed)

    def phase(self) -> float:
        """Where the mark is within the current beat, 0..1."""
        beat = self._beat or DEFAULT_BEAT.get(self._scene.technique or Technique.STROKE, 2.0)
        return ((self._clock() - self._beat_start) / beat) % 1.0

    def is_animated(self) -> bool:
        """True while the mark is moving (a frame timer is running)."""
        return self._frame.isActive()

    def zone_at(self, pos: QPointF) -> str | None:
        """The zone id under a widget position, or None."""
        return self._renderer.zone_at(pos, self.paint_target(), self._scene)

    def set_headroom(self, fraction: float) -> None:
        """Keep ``fraction`` of the height free above and below the drawing: without a
        caption band, a mark that reaches past the fingertips (a pull, a knead along a
        finger) would otherwise be cut off at the widget's edge."""
        self._headroom = max(0.0, min(0.25, fraction))
        self._still.clear()
        self._moving_rect = QRectF()
        self.update()

    def paint_target(self) -> QRectF:
        """Where the scene is letterboxed: the whole widget, less any headroom."""
        room = self.height() * self._headroom
        return QRectF(self.rect()).adjusted(0, room, 0, -room)

    # ------------------------------------------------------------------ Qt overrides

    def sizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def heightForWidth(self, width: int) -> int:
        return math.ceil(width / self._renderer.aspect_ratio(self._scene))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            target = self.paint_target()
            if not self.is_animated():
                self._renderer.paint(painter, target, self._scene, self._colors)
                return
            scene = replace(self._scene, phase=self.phase())
            still = self._still_pixmap(scene)
            dpr = still.devicePixelRatio()
            rect = event.rect()
            source = QRectF(rect.x() * dpr, rect.y() * dpr, rect.width() * dpr, rect.height() * dpr)
            painter.drawPixmap(QRectF(rect), still, source)
            self._renderer.paint(painter, target, scene, self._colors, Layer.MOVING)
        finally:
            painter.end()

    def _still_pixmap(self, scene: DiagramScene) -> QPixmap:
        """The still picture under the moving mark (one per curl stage of a clench)."""
        dpr = self.devicePixelRatioF()
        stage = self._renderer.curl_stage(scene)
        key = (self.width(), self.height(), dpr, self._colors.key(), stage)
        pixmap = self._still.get(key)
        if pixmap is None:
            pixmap = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            self._renderer.paint(p, self.paint_target(), scene, self._colors, Layer.STILL)
            p.end()
            if len(self._still) > 10:
                self._still.clear()
            self._still[key] = pixmap
        return pixmap

    def _on_frame(self) -> None:
        self._frame.start(FRAME_MS)
        scene = replace(self._scene, phase=self.phase())
        stage = self._renderer.curl_stage(scene)
        if stage is not None:
            # a clench changes the drawing itself, and only a few times a beat
            if stage != self._painted_stage:
                self._painted_stage = stage
                self.update(self._moving_area(scene))
            return
        self.update(self._moving_area(scene))

    def _moving_area(self, scene: DiagramScene) -> QRect:
        if self._moving_rect.isEmpty():
            self._moving_rect = self._renderer.moving_rect(self.paint_target(), scene)
        return self._moving_rect.toAlignedRect()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        zone = self.zone_at(event.position())
        self.setToolTip(zone_name(zone) if zone else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor if zone else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            zone = self.zone_at(event.position())
            if zone:
                self.zoneClicked.emit(zone)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colors = DiagramColors.from_palette(self.palette())
            self._still.clear()
            self.update()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._sync_animation()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_animation()

    # ------------------------------------------------------------------ internals

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._still.clear()
        self._moving_rect = QRectF()
        super().resizeEvent(event)

    def _sync_animation(self) -> None:
        wanted = (
            self._animating
            and not self._reduced_motion
            and self.isVisible()
            and self._renderer.mark(self._scene) is not None
        )
        self._moving_rect = QRectF()
        self._painted_stage = None
        if wanted and not self.is_animated():
            self._frame.start(FRAME_MS)
        elif not wanted and self.is_animated():
            self._frame.stop()
            self._still.clear()  # free the pixmaps while nothing moves

    def accessible_name(self, foot: bool) -> str:
        """What a screen reader calls this diagram (a hand's or a foot's)."""
        return self.tr("Foot diagram") if foot else self.tr("Hand diagram")

    def _update_description(self) -> None:
        scene = self._scene
        body = map_of(scene.view)
        foot = body is BodyMap.FOOT
        self.setAccessibleName(self.accessible_name(foot))
        text = f"{wording.side_name(scene.side, body)}, {wording.view_name(scene.view)}."
        names = [zone_name(z) for z in scene.zones]
        if names:
            text += " " + self.tr("Highlighted: %1.").replace("%1", ", ".join(names))
        else:
            text += " " + self.tr("Nothing highlighted.")
        moves = [zone_name(z) for z in scene.path]
        if moves:
            text += " " + self.tr("Move along: %1.").replace("%1", " → ".join(moves))
        self.setAccessibleDescription(text)
