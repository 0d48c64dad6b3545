"""HandDiagram: the hand diagram as a widget, with a gentle pulse and a moving arrow."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractAnimation,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from handtrainer.core.model import Side, View
from handtrainer.core.zones import zone_name
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.renderer import DiagramScene, HandDiagramRenderer, shared_renderer

_CYCLE_MS = 1800  # one breath of the pulse and one trip of the arrow chevron


class HandDiagram(QWidget):
    """Shows a DiagramScene, keeps the hand's proportions, animates while practice runs."""

    zoneClicked = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, renderer: HandDiagramRenderer | None = None
    ) -> None:
        super().__init__(parent)
        self._renderer = renderer or shared_renderer()
        self._scene = DiagramScene()
        self._colors = DiagramColors.from_palette(self.palette())
        self._reduced_motion = False
        self._animating = False
        self._phase = 0.0
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(_CYCLE_MS)
        self._animation.setLoopCount(-1)
        self._animation.valueChanged.connect(self._on_phase)
        self.setMouseTracking(True)
        self.setMinimumSize(120, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Hand diagram"))
        self._update_description()

    # ------------------------------------------------------------------ public API

    def scene(self) -> DiagramScene:
        """The scene being shown."""
        return self._scene

    def set_scene(self, scene: DiagramScene) -> None:
        """Show another scene (hand, view, highlighted zones, motion path)."""
        if scene == self._scene:
            return
        self._scene = scene
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

    def is_animated(self) -> bool:
        """True while the pulse/arrow animation is actually running."""
        return self._animation.state() == QAbstractAnimation.State.Running

    def zone_at(self, pos: QPointF) -> str | None:
        """The zone id under a widget position, or None."""
        return self._renderer.zone_at(pos, QRectF(self.rect()), self._scene)

    # ------------------------------------------------------------------ Qt overrides

    def sizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def heightForWidth(self, width: int) -> int:
        return math.ceil(width / self._renderer.aspect_ratio(self._scene))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._renderer.paint(painter, QRectF(self.rect()), self._painted_scene(), self._colors)
        finally:
            painter.end()

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
            self.update()
        super().changeEvent(event)

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self._sync_animation()
        super().hideEvent(event)

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        self._sync_animation()

    # ------------------------------------------------------------------ internals

    def _painted_scene(self) -> DiagramScene:
        if self.is_animated():
            # pulse breathes in and out; the chevron travels once per cycle
            pulse = 0.5 - 0.5 * math.cos(2 * math.pi * self._phase)
            progress = self._phase if self._scene.path else None
            return replace(self._scene, pulse=pulse, arrow_progress=progress)
        return self._scene

    def _on_phase(self, value: object) -> None:
        self._phase = float(value)  # type: ignore[arg-type]
        self.update()

    def _sync_animation(self) -> None:
        wanted = (
            self._animating
            and not self._reduced_motion
            and self.isVisible()
            and bool(self._scene.zones or self._scene.path)
        )
        if wanted and not self.is_animated():
            self._animation.start()
        elif not wanted and self.is_animated():
            self._animation.stop()
            self._phase = 0.0

    def _update_description(self) -> None:
        scene = self._scene
        hands = {
            Side.LEFT: self.tr("Left hand"),
            Side.RIGHT: self.tr("Right hand"),
            Side.BOTH: self.tr("Both hands"),
        }
        views = {View.PALM: self.tr("palm side"), View.BACK: self.tr("back of the hand")}
        text = f"{hands[scene.side]}, {views[scene.view]}."
        names = [zone_name(z) for z in scene.zones]
        if names:
            text += " " + self.tr("Highlighted: %1.").replace("%1", ", ".join(names))
        else:
            text += " " + self.tr("Nothing highlighted.")
        moves = [zone_name(z) for z in scene.path]
        if moves:
            text += " " + self.tr("Move along: %1.").replace("%1", " → ".join(moves))
        self.setAccessibleDescription(text)
