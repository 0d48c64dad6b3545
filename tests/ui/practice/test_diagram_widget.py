"""HandDiagram widget: tooltip, click, accessibility, palette, and no timers when idle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractAnimation, QEvent, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handtrainer.core.model import Side, View
from handtrainer.diagram.renderer import DiagramScene, shared_renderer
from handtrainer.ui.practice.diagram_widget import HandDiagram


def _widget(qtbot: QtBot, scene: DiagramScene | None = None) -> HandDiagram:
    widget = HandDiagram()
    qtbot.addWidget(widget)
    widget.resize(300, 500)
    if scene is not None:
        widget.set_scene(scene)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _zone_pos(widget: HandDiagram, zone_id: str) -> QPoint:
    scene = widget.scene()
    (_, _, transform), *_ = shared_renderer().hand_placements(QRectF(widget.rect()), scene)
    anchor = shared_renderer().art(scene.view).zones[zone_id].anchor
    return transform.map(anchor).toPoint()


def _running(widget: HandDiagram) -> bool:
    animations = widget.findChildren(QAbstractAnimation)
    timers = widget.findChildren(QTimer)
    return any(a.state() == QAbstractAnimation.State.Running for a in animations) or any(
        t.isActive() for t in timers
    )


def test_accessible_name_and_description(qtbot: QtBot) -> None:
    widget = _widget(qtbot)
    assert widget.accessibleName() == "Hand diagram"
    assert "Right hand" in widget.accessibleDescription()
    widget.set_scene(DiagramScene(view=View.BACK, side=Side.LEFT, zones=("point.li4", "index")))
    text = widget.accessibleDescription()
    assert "Left hand" in text and "back" in text
    assert "LI4 (Hegu)" in text and "Index finger" in text


def test_tooltip_names_the_zone_under_the_mouse(qtbot: QtBot) -> None:
    widget = _widget(qtbot)
    pos = _zone_pos(widget, "point.pc6")
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    assert widget.toolTip() == "PC6 (Neiguan)"
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(2, 498),
        QPointF(widget.mapToGlobal(QPoint(2, 498))),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    assert widget.toolTip() == ""


def test_click_emits_the_zone_id(qtbot: QtBot) -> None:
    widget = _widget(qtbot, DiagramScene(side=Side.LEFT))
    pos = _zone_pos(widget, "palm.thenar")
    with qtbot.waitSignal(widget.zoneClicked, timeout=1000) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["palm.thenar"]


def test_animation_runs_only_while_asked_and_stops_fully(qtbot: QtBot) -> None:
    widget = _widget(qtbot, DiagramScene(zones=("index",), path=("index.base", "index.tip")))
    assert not _running(widget)
    widget.set_animating(True)
    assert _running(widget)
    first = widget.grab().toImage()
    qtbot.waitUntil(lambda: widget.grab().toImage() != first, timeout=3000)
    widget.set_animating(False)
    assert not _running(widget)


def test_reduced_motion_shows_a_still_picture(qtbot: QtBot) -> None:
    widget = _widget(qtbot, DiagramScene(zones=("index",), path=("index.base", "index.tip")))
    widget.set_reduced_motion(True)
    widget.set_animating(True)
    assert not _running(widget)
    widget.set_reduced_motion(False)
    assert _running(widget)
    widget.set_animating(False)
    assert not _running(widget)


def test_nothing_to_animate_means_no_timer(qtbot: QtBot) -> None:
    widget = _widget(qtbot)
    widget.set_animating(True)
    assert not _running(widget)


def test_follows_palette_changes(qtbot: QtBot) -> None:
    widget = _widget(qtbot)
    pos = _zone_pos(widget, "palm.center")
    before = widget.grab().toImage().pixelColor(pos)
    dark = QPalette(widget.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    widget.setPalette(dark)
    after = widget.grab().toImage().pixelColor(pos)
    assert before != after


def test_keeps_the_hand_proportions(qtbot: QtBot) -> None:
    widget = _widget(qtbot)
    ratio = shared_renderer().aspect_ratio(widget.scene())
    assert abs(widget.heightForWidth(300) - 300 / ratio) <= 1
    hint = widget.sizeHint()
    assert abs(hint.width() / hint.height() - ratio) < 0.02


def test_the_mark_moves_in_time_with_the_count_on_fake_timers(qtbot: QtBot) -> None:
    from handtrainer.core.model import Technique
    from tests.helpers.clock import FakeClock as ManualClock
    from tests.helpers.timers import ManualTimerFactory

    timers, clock = ManualTimerFactory(), ManualClock()
    widget = HandDiagram(timers=timers, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(300, 500)
    scene = DiagramScene(view=View.BACK, zones=("point.li4",), technique=Technique.PRESS)
    widget.set_scene(scene)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_animating(True)
    frame = timers.timers["diagram-frame"]
    assert frame.isActive() and widget.is_animated()
    widget.set_beat(2.0, elapsed=0.5)  # a quarter into the second count... of 2 s each
    assert widget.phase() == pytest.approx(0.25)
    first = widget.grab().toImage()
    clock.advance(0.8)
    assert widget.phase() == pytest.approx(0.65)
    frame.fire()
    second = widget.grab().toImage()
    assert first != second
    # only the mark is repainted: a small part of the widget
    moving = shared_renderer().moving_rect(QRectF(widget.rect()), scene)
    assert 0 < moving.width() * moving.height() < 0.2 * widget.width() * widget.height()
    widget.set_reduced_motion(True)
    assert not frame.isActive()
    widget.set_reduced_motion(False)
    widget.set_animating(False)
    assert not frame.isActive()


def test_a_clench_redraws_only_when_the_fingers_move_on(qtbot: QtBot) -> None:
    from handtrainer.core.model import Technique
    from tests.helpers.clock import FakeClock as ManualClock
    from tests.helpers.timers import ManualTimerFactory

    timers, clock = ManualTimerFactory(), ManualClock()
    widget = HandDiagram(timers=timers, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(300, 500)
    widget.set_scene(DiagramScene(technique=Technique.CLENCH))
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_animating(True)
    widget.set_beat(2.0)
    open_hand = widget.grab().toImage()
    clock.advance(1.0)  # half a beat: the fist
    timers.timers["diagram-frame"].fire()
    fist = widget.grab().toImage()
    assert open_hand != fist


def test_a_foot_scene_shows_and_names_the_foot(qtbot: QtBot) -> None:
    scene = DiagramScene(view=View.SOLE, side=Side.LEFT, zones=("foot.arch",), path=("foot.arch",))
    widget = _widget(qtbot, scene)
    assert widget.accessibleName() == "Foot diagram"
    text = widget.accessibleDescription()
    assert "Left foot" in text and "sole" in text and "Arch" in text
    pos = _zone_pos(widget, "foot.heel")
    assert widget.zone_at(QPointF(pos)) == "foot.heel"
    shot = widget.grab().toImage()
    skin = QColor(shot.pixel(_zone_pos(widget, "foot.heel")))
    assert abs(skin.red() - 0xF0) < 30  # the foot is drawn (the heel is skin-coloured)
    widget.set_scene(DiagramScene(view=View.PALM))
    assert widget.accessibleName() == "Hand diagram"
