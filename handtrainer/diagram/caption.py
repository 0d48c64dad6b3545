"""The caption above a diagram: which hand (or foot) and which view, and a cue on the
thumb's (big toe's) side that tells left from right at a glance, even without reading.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from handtrainer.core import wording
from handtrainer.core.model import BodyMap, Side, View, map_of
from handtrainer.diagram.colors import DiagramColors
from handtrainer.diagram.layout import DiagramLayout
from handtrainer.diagram.scene import DiagramScene

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def paint_caption(
    painter: QPainter, layout: DiagramLayout, scene: DiagramScene, colors: DiagramColors
) -> None:
    """Draw the caption into the layout's caption band (which it must have)."""
    band = layout.caption
    assert band is not None
    body = map_of(scene.view)
    foot = body is BodyMap.FOOT
    title = f"{wording.side_caption(scene.side, body)} · {wording.view_caption(scene.view)}"
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, round(band.height() * 0.46)))
    cue_font = QFont()
    cue_font.setPixelSize(max(6, round(band.height() * 0.34)))
    # The thumb (big toe) side tells left from right at a glance, even without reading.
    thumb_right = (scene.view in (View.PALM, View.SOLE)) == (scene.side is Side.RIGHT)
    if foot:
        cue = (
            translate("HandDiagram", "big toe ▸")
            if thumb_right
            else translate("HandDiagram", "◂ big toe")
        )
    else:
        cue = (
            translate("HandDiagram", "thumb ▸")
            if thumb_right
            else translate("HandDiagram", "◂ thumb")
        )
    metrics, cue_metrics = QFontMetricsF(font), QFontMetricsF(cue_font)
    cue_room = cue_metrics.horizontalAdvance(cue) + cue_metrics.height() + band.width() * 0.03
    need = metrics.horizontalAdvance(title) + 2 * cue_room
    if scene.side is Side.BOTH or need > band.width():
        # The title comes first: where the cue does not fit beside it, the cue goes
        # (the title says which hand) and only the title is shrunk to fit.
        need = metrics.horizontalAdvance(title) * 1.1
    if need > band.width():
        shrink = band.width() / need
        font.setPixelSize(max(6, math.floor(font.pixelSize() * shrink)))
        cue_font.setPixelSize(max(5, math.floor(cue_font.pixelSize() * shrink)))
    painter.setFont(font)
    painter.setPen(colors.caption)
    painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), title)
    title_box = painter.boundingRect(band, int(Qt.AlignmentFlag.AlignCenter), title)
    if scene.side is Side.BOTH:
        painter.setFont(cue_font)
        painter.setPen(colors.caption_cue)
        words = []
        for hand in layout.hands:
            word = (
                translate("HandDiagram", "left")
                if hand.side is Side.LEFT
                else translate("HandDiagram", "right")
            )
            pad = hand.rect.width() * 0.06
            # at the band's outer ends (a narrow foot leaves room beside it)
            if hand.side is Side.LEFT:
                box = QRectF(band.left() + pad, band.top(), hand.rect.right(), band.height())
                box.setRight(hand.rect.right())
                align = Qt.AlignmentFlag.AlignLeft
            else:
                box = QRectF(hand.rect.left(), band.top(), 0.0, band.height())
                box.setRight(band.right() - pad)
                align = Qt.AlignmentFlag.AlignRight
            words.append((box, int(align | Qt.AlignmentFlag.AlignVCenter), word))
        # Both words or neither: "left" alone (the shorter word fits where "right" does
        # not) reads as if the other side were missing.
        if any(painter.boundingRect(*word).intersects(title_box) for word in words):
            return  # no room beside the title: the title says it
        for box, flags, word in words:
            painter.drawText(box, flags, word)
        return
    room = QFontMetricsF(font).horizontalAdvance(title)
    room += 2 * QFontMetricsF(cue_font).horizontalAdvance(cue)
    if room > band.width() * 0.97:
        return  # too small for the cue beside the title: the title alone says it
    painter.setFont(cue_font)
    painter.setPen(colors.caption_cue)
    pad = band.width() * 0.03
    box = band.adjusted(pad, 0, -pad, 0)
    align = Qt.AlignmentFlag.AlignRight if thumb_right else Qt.AlignmentFlag.AlignLeft
    painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), cue)
