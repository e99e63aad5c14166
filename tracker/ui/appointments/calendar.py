"""A month calendar that marks the days holding an appointment."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QDate, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from tracker.domain.appointments import Appointment
from tracker.ui import names
from tracker.ui.appointments.wording import State, state, status_text
from tracker.ui.widgets.accessible import markup
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate

# At most this many marks in a cell; more appointments on one day still show as this many.
MAX_MARKS = 3


class AppointmentCalendar(QCalendarWidget):
    """Days with an appointment have their number in bold and one mark per appointment
    under it, told apart by shape (not colour alone): a filled dot for one planned, a ring
    for one proposed, a short bar for one that is done, cancelled or past. The tooltip lists
    the day's appointments. Today has a frame, and its number is never greyed out (Qt greys
    the days of the months around the one shown). Saturday and Sunday are in the ordinary
    text colour (no red that could mean anything)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        weekend = QTextCharFormat()
        weekend.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)
        self._marks: dict[dt.date, list[State]] = {}
        self._today: dt.date | None = None

    def set_appointments(self, appointments: Iterable[Appointment], now: dt.datetime) -> None:
        self._today = now.date()
        by_day: defaultdict[dt.date, list[Appointment]] = defaultdict(list)
        for appointment in appointments:
            by_day[appointment.starts_at.date()].append(appointment)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every earlier format
        self._marks = {
            day: [state(a, now) for a in sorted(day_list, key=lambda a: a.starts_at)]
            for day, day_list in by_day.items()
        }
        for day, day_list in by_day.items():
            char_format = QTextCharFormat()
            char_format.setFontWeight(QFont.Weight.Bold)
            lines = [
                markup("{} {} ({})", f"{a.starts_at:%H:%M}", names.subject(a), status_text(a, now))
                for a in sorted(day_list, key=lambda a: a.starts_at)
            ]
            # Rich text with every value escaped: a plain tooltip holding "<b>" would be
            # taken for markup by Qt.
            char_format.setToolTip("<qt>" + "<br>".join(lines) + "</qt>")
            self.setDateTextFormat(to_qdate(day), char_format)
        self.updateCells()

    def marks_on(self, day: dt.date) -> list[State]:
        """The state of each appointment on `day`, by time (what its marks show)."""
        return list(self._marks.get(day, []))

    def selected_day(self) -> dt.date:
        return from_qdate(self.selectedDate())

    def is_today(self, date: QDate) -> bool:
        return self._today is not None and from_qdate(date) == self._today

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        today = self.is_today(date)
        selected = date == self.selectedDate()
        other_month = date.month() != self.monthShown()
        if today and other_month and not selected:
            self._paint_plain_cell(painter, rect, date)
        else:
            super().paintCell(painter, rect, date)
        colour = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = self.palette().color(colour)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if today:
            painter.setPen(QPen(ink, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 3, 3)
        marks = self._marks.get(from_qdate(date), [])
        if other_month and not today:
            painter.setOpacity(0.45)
        self._paint_marks(painter, QRectF(rect), marks[:MAX_MARKS], ink)
        painter.restore()

    def _paint_plain_cell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        """The day's number in the ordinary colour, as a day of the month shown is."""
        painter.save()
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
        font = QFont(self.font())
        font.setBold(bool(self._marks.get(from_qdate(date))))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(date.day()))
        painter.restore()

    @staticmethod
    def _paint_marks(painter: QPainter, rect: QRectF, marks: list[State], ink: QColor) -> None:
        if not marks:
            return
        radius = max(2.5, min(rect.width(), rect.height()) / 9)
        gap = radius * 2.8
        y = rect.bottom() - radius - 2
        x = rect.center().x() - gap * (len(marks) - 1) / 2
        for shown in marks:
            centre = QPointF(x, y)
            if shown is State.PROPOSED:  # a ring
                painter.setPen(QPen(ink, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, radius - 0.5, radius - 0.5)
            elif shown is State.PLANNED:  # a filled dot
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(ink))
                painter.drawEllipse(centre, radius, radius)
            else:  # done, cancelled or past: a short bar
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(ink))
                painter.drawRect(QRectF(x - radius, y - radius * 0.35, radius * 2, radius * 0.7))
            x += gap
