"""A calendar of minutes practised: one square a day, a column a week, painted with QPainter.

It takes the diagram's colours (light or dark by the palette), so the History
page looks like the rest of the trainer. Hovering a day names it and its minutes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from handtrainer.core import wording
from handtrainer.diagram.colors import DiagramColors

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

#: Minutes at which a day's square is one shade darker.

LEVELS = (1, 5, 10, 20)


def level(minutes: float) -> int:
    """0 for no practice, then 1 to 4 by the thresholds in :data:`LEVELS`."""
    if minutes <= 0:
        return 0
    return 1 + sum(1 for threshold in LEVELS[1:] if minutes >= threshold)


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class PracticeCalendar(QWidget):
    """The last weeks of practice; feed it with :meth:`set_days` (day, minutes), oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice-calendar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._days: list[tuple[date, float]] = []
        self._today = date.today()
        self._cells: list[tuple[QRectF, date, float]] = []

    def set_days(self, days: Sequence[tuple[date, float]], today: date) -> None:
        """Show these days (oldest first; weeks start on Monday)."""
        self._days = list(days)
        self._today = today
        total = sum(minutes for _day, minutes in self._days)
        practised = sum(1 for _day, minutes in self._days if minutes > 0)
        minutes, weeks = round(total), math.ceil(len(self._days) / 7)
        self.setAccessibleName(translate("PracticeCalendar", "Practice calendar"))
        self.setAccessibleDescription(
            translate(
                "PracticeCalendar", "{days} with practice, {minutes} in all, in the last {weeks}"
            ).format(
                days=wording.translate("PracticeCalendar", "%n day(s)", None, practised),
                minutes=wording.translate("PracticeCalendar", "%n minute(s)", None, minutes),
                weeks=wording.translate("PracticeCalendar", "%n week(s)", None, weeks),
            )
        )
        self.update()

    def _cell(self) -> float:
        return self.fontMetrics().height() * 1.25

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        cell = self._cell()
        return QSize(int(cell * 1.2 * 22 + cell * 3), int(cell * 7 * 1.2 + metrics.height() * 3.2))

    def minimumSizeHint(self) -> QSize:
        return QSize(int(self._cell() * 12), self.sizeHint().height())

    def colors(self) -> tuple[list[QColor], QColor, QColor]:
        """The five shades (none to most), the text colour and the today mark."""
        diagram = DiagramColors.from_palette(self.palette())
        base = self.palette().color(QPalette.ColorRole.Base)
        empty = _blend(base, self.palette().color(QPalette.ColorRole.WindowText), 0.08)
        full = QColor(diagram.highlight_edge)
        if base.lightnessF() < 0.5:
            full = QColor(diagram.highlight).lighter(130)
            full.setAlpha(255)
        shades = [empty] + [_blend(empty, full, t) for t in (0.3, 0.55, 0.8, 1.0)]
        return shades, self.palette().color(QPalette.ColorRole.WindowText), QColor(diagram.arrow)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shades, text, today_mark = self.colors()
        metrics = self.fontMetrics()
        locale = QLocale()
        cell = self._cell()
        gap = max(2.0, cell * 0.18)
        left = (
            max(
                metrics.horizontalAdvance(locale.dayName(d, QLocale.FormatType.ShortFormat))
                for d in (1, 3, 5)
            )
            + gap * 2
        )
        top = metrics.height() * 1.3
        self._cells = []
        if not self._days:
            painter.end()
            return
        first = self._days[0][0] - timedelta(days=self._days[0][0].weekday())
        weeks = (self._days[-1][0] - first).days // 7 + 1
        fits = max(1, int((self.width() - left) // (cell + gap)))
        skip = max(0, weeks - fits)  # too narrow: the oldest weeks give way
        painter.setPen(text)
        for row, weekday in ((0, 1), (2, 3), (4, 5)):
            y = top + row * (cell + gap)
            painter.drawText(
                QRectF(0, y, left - gap, cell),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                locale.dayName(weekday, QLocale.FormatType.ShortFormat),
            )
        last_month = None
        for day, minutes in self._days:
            column = (day - first).days // 7 - skip
            if column < 0:
                continue
            x = left + column * (cell + gap)
            y = top + day.weekday() * (cell + gap)
            month = (day.year, day.month)
            if (day.weekday() == 0 or last_month is None) and month != last_month:
                painter.setPen(text)
                painter.drawText(
                    QPointF(x, top - metrics.descent() - gap),
                    locale.monthName(day.month, QLocale.FormatType.ShortFormat),
                )
                last_month = month
            rect = QRectF(x, y, cell, cell)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shades[level(minutes)])
            painter.drawRoundedRect(rect, cell * 0.2, cell * 0.2)
            if day == self._today:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(today_mark, max(1.5, cell * 0.12)))
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), cell * 0.22, cell * 0.22)
            self._cells.append((rect, day, minutes))
        self._paint_legend(painter, shades, text, top + 7 * (cell + gap) + gap, left, cell, gap)
        painter.end()

    def _paint_legend(
        self,
        painter: QPainter,
        shades: list[QColor],
        text: QColor,
        y: float,
        x: float,
        cell: float,
        gap: float,
    ) -> None:
        metrics = self.fontMetrics()
        painter.setPen(text)
        less, more = translate("PracticeCalendar", "Less"), translate("PracticeCalendar", "More")
        baseline = y + cell * 0.7 + metrics.ascent() / 2 - metrics.descent()
        painter.drawText(QPointF(x, baseline), less)
        x += metrics.horizontalAdvance(less) + gap
        small = cell * 0.7
        for shade in shades:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            painter.drawRoundedRect(QRectF(x, y + cell * 0.35, small, small), 2, 2)
            x += small + gap
        painter.setPen(text)
        painter.drawText(QPointF(x, baseline), more)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for rect, day, minutes in self._cells:
                if rect.contains(QPointF(event.pos())):
                    when = QLocale().toString(
                        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
                    )
                    QToolTip.showText(
                        event.globalPos(),
                        translate("PracticeCalendar", "{day}: {minutes} min").format(
                            day=when, minutes=round(minutes)
                        ),
                        self,
                    )
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)
