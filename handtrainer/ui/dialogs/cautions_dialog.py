"""The cautions shown before a routine starts, to be read and acknowledged once."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core.model import Routine
from handtrainer.ui.wrapping import breakable

# An amber that reads as "take care" on light and dark backgrounds alike; it is
# only a thin bar beside the box, never behind text, so contrast does not depend on it.
CAUTION_ACCENT = QColor("#d99a1e")


def _plain_label(text: str) -> QLabel:
    """A label for text from a routine file: always plain text, never rich text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(breakable(text))  # a very long word wraps instead of widening the dialog
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _CautionFrame(QWidget):
    """A box with the palette's base colour, an amber outline and a thick amber edge."""

    EDGE = 6

    def __init__(self) -> None:
        super().__init__()
        self.setContentsMargins(self.EDGE + 8, 8, 8, 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.75, 0.75, -0.75, -0.75)
        painter.setPen(QPen(CAUTION_ACCENT, 1.5))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CAUTION_ACCENT)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), self.EDGE, rect.height()), 3, 3)
        painter.end()


class CautionsDialog(QDialog):
    """Shows a routine's cautions in a clearly marked box.

    ``exec()`` returns Accepted when the user pressed "I have read these cautions",
    Rejected on Cancel or Escape.
    """

    def __init__(self, routine: Routine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routine = routine
        self.setWindowTitle(self.tr("Before you start"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

        layout = QVBoxLayout(self)
        heading = _plain_label(
            self.tr("Please read these cautions before practising “{0}”.").format(routine.title)
        )
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        layout.addWidget(self._cautions_box(routine), 1)

        self.buttons = QDialogButtonBox()
        self.acknowledge_button = QPushButton(self.tr("I have &read these cautions"))
        self.acknowledge_button.setAccessibleName(self.tr("I have read these cautions"))
        self.acknowledge_button.setAutoDefault(False)  # Enter alone must not skip the reading
        self.buttons.addButton(self.acknowledge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        # screen readers read the cautions as the dialog's description when it opens
        self.setAccessibleDescription("\n".join(routine.cautions))
        self.cautions_area.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses only the focused button: it never acknowledges unread cautions."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _cautions_box(self, routine: Routine) -> QWidget:
        box = _CautionFrame()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Caution"))
        row.addWidget(icon)

        content = QWidget()
        items = QVBoxLayout(content)
        items.setContentsMargins(4, 0, 4, 0)
        self.caution_labels: list[QLabel] = []
        cautions = routine.cautions or (self.tr("This routine has no cautions."),)
        for caution in cautions:
            bullet = QHBoxLayout()
            mark = QLabel("•")
            mark.setAlignment(Qt.AlignmentFlag.AlignTop)
            mark.setAccessibleName("")  # the bullet is decoration
            label = _plain_label(caution)
            label.setForegroundRole(QPalette.ColorRole.Text)
            self.caution_labels.append(label)
            bullet.addWidget(mark)
            bullet.addWidget(label, 1)
            items.addLayout(bullet)
        items.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Cautions"))
        # transparent, so the frame's base colour shows through
        scroll.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        row.addWidget(scroll, 1)
        self.cautions_area = scroll
        return box
