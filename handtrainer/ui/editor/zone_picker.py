"""The diagram as the editor's main input: click zones to mark them, or draw a path.

Only the zones of the step's view can be picked (the renderer finds zones on the
art of the view shown); hovering names them. In path mode each click adds a zone
to the direction of movement, drawn at once as the animated arrow.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core.model import Side, View
from handtrainer.core.zones import ZONES, ZoneKind
from handtrainer.diagram.renderer import DiagramScene, shared_renderer
from handtrainer.ui.practice.diagram_widget import HandDiagram

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


class PickingDiagram(HandDiagram):
    """A hand diagram whose clicks find the smallest zone under the pointer.

    The practice diagram prefers highlighted zones; when editing, a small point
    inside a highlighted area must still be reachable, so lit areas do not win.
    Lines cannot be seen unless lit, so only lit lines can be clicked (to remove).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        self._picker_renderer = shared_renderer()
        super().__init__(parent, self._picker_renderer)

    def accessible_name(self, foot: bool) -> str:
        """The diagram's name says what a click does (it follows the step's hand or foot)."""
        if foot:
            return translate("ZonePicker", "Foot diagram: click a zone to mark it")
        return translate("ZonePicker", "Hand diagram: click a zone to mark it")

    def zone_at(self, pos: QPointF) -> str | None:
        scene = self.scene()
        lit_lines = tuple(
            z for z in (*scene.zones, *scene.path) if z in ZONES and ZONES[z].kind is ZoneKind.LINE
        )
        probe = replace(scene, zones=lit_lines, path=())
        return self._picker_renderer.zone_at(pos, QRectF(self.rect()), probe)


def side_for(hand: str, lead: Side = Side.RIGHT) -> Side:
    """Which hand the diagram shows for a step's ``hand``."""
    return {"left": Side.LEFT, "right": Side.RIGHT, "both": Side.BOTH}.get(hand, lead)


class ZonePicker(QWidget):
    """The diagram with the two ways of clicking: mark zones, or draw the direction."""

    zoneToggled = Signal(str)  # mark mode: add or remove this zone
    pathExtended = Signal(str)  # path mode: add this zone to the path
    pathCleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram = PickingDiagram(self)
        self.diagram.setObjectName("editor-diagram")
        self.diagram.zoneClicked.connect(self._on_click)
        self.mark_mode = QRadioButton(translate("ZonePicker", "&Mark zones"))
        self.path_mode = QRadioButton(translate("ZonePicker", "Draw &direction"))
        self.mark_mode.setToolTip(
            translate("ZonePicker", "Click a zone to add it to the step, or again to remove it")
        )
        self.path_mode.setToolTip(
            translate("ZonePicker", "Click zones in the order the movement goes")
        )
        self.mark_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.mark_mode)
        group.addButton(self.path_mode)
        self.clear_path = QPushButton(translate("ZonePicker", "Clear direction"))
        self.clear_path.clicked.connect(self.pathCleared)
        self.clear_path.setShortcut(QKeySequence("Ctrl+Shift+Backspace"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        modes = QHBoxLayout()
        modes.addWidget(self.mark_mode)
        modes.addWidget(self.path_mode)
        modes.addStretch(1)
        # Below the diagram, beside the hint: the row above stays narrow enough for the
        # diagram to keep its room in a small window, whatever the language.
        foot = QHBoxLayout()
        foot.addWidget(self.hint, 1)
        foot.addWidget(self.clear_path, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(modes)
        layout.addWidget(self.diagram, 1)
        layout.addLayout(foot)
        self.mark_mode.toggled.connect(self._show_hint)
        self._show_hint()

    def set_step(
        self,
        view: str,
        hand: str,
        zones: list[str],
        path: list[str],
        lead: Side = Side.RIGHT,
    ) -> None:
        """Show a step: its view and hand, marked zones and direction."""
        try:
            shown_view = View(view)
        except ValueError:
            shown_view = View.PALM
        on_view = [z for z in zones if z in ZONES and shown_view in ZONES[z].views]
        on_path = [z for z in path if z in ZONES and shown_view in ZONES[z].views]
        scene = DiagramScene(
            view=shown_view,
            side=side_for(hand, lead),
            zones=tuple(on_view),
            path=tuple(on_path),
            labels=True,
        )
        self.diagram.set_scene(scene)
        self.diagram.set_animating(True)
        self.clear_path.setEnabled(bool(path))

    def set_reduced_motion(self, reduced: bool) -> None:
        """No moving arrow or pulse when the person asked for less motion."""
        self.diagram.set_reduced_motion(reduced)

    def _on_click(self, zone: str) -> None:
        if self.path_mode.isChecked():
            self.pathExtended.emit(zone)
        else:
            self.zoneToggled.emit(zone)

    def _show_hint(self) -> None:
        if self.path_mode.isChecked():
            self.hint.setText(
                translate("ZonePicker", "Click the zones in the order the hand moves through them.")
            )
        else:
            self.hint.setText(
                translate("ZonePicker", "Click a zone to mark it; click it again to unmark it.")
            )
