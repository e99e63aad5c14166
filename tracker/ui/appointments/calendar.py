"""A month calendar that marks the days holding an appointment."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QDate, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from tracker.domain.appointments import Appointment
from tracker.ui.appointments.wording import PLANNED, PROPOSED, status_text
from tracker.ui.widgets.accessible import markup
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate

# At most this many marks in a cell; more appointments on one day still show as this many.
MAX_MARKS = 3


class AppointmentCalendar(QCalendarWidget):
    """Days with an appointment have their number in bold and one mark per appointment
    under it: a filled dot for one planned, a ring for one proposed, a small grey dot for
    one that is done, cancelled or past. The tooltip lists the day's appointments.
    Saturday and Sunday are in the ordinary text colour (no red that could mean anything)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        weekend = QTextCharFormat()
        weekend.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)
        self._marks: dict[dt.date, list[str]] = {}

    def set_appointments(self, appointments: Iterable[Appointment], now: dt.datetime) -> None:
        by_day: defaultdict[dt.date, list[Appointment]] = defaultdict(list)
        for appointment in appointments:
            by_day[appointment.starts_at.date()].append(appointment)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every earlier format
        self._marks = {
            day: [status_text(a, now) for a in sorted(day_list, key=lambda a: a.starts_at)]
            for day, day_list in by_day.items()
        }
        for day, day_list in by_day.items():
            char_format = QTextCharFormat()
            char_format.setFontWeight(QFont.Weight.Bold)
            lines = [
                markup("{} {} ({})", f"{a.starts_at:%H:%M}", a.subject, status_text(a, now))
                for a in sorted(day_list, key=lambda a: a.starts_at)
            ]
            # Rich text with every value escaped: a plain tooltip holding "<b>" would be
            # taken for markup by Qt.
            char_format.setToolTip("<qt>" + "<br>".join(lines) + "</qt>")
            self.setDateTextFormat(to_qdate(day), char_format)
        self.updateCells()

    def marks_on(self, day: dt.date) -> list[str]:
        """The state of each appointment on `day`, by time (what its marks show)."""
        return list(self._marks.get(day, []))

    def selected_day(self) -> dt.date:
        return from_qdate(self.selectedDate())

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        marks = self._marks.get(from_qdate(date))
        if not marks:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if date.month() != self.monthShown():
            painter.setOpacity(0.4)
        shown = marks[:MAX_MARKS]
        radius = max(2.0, min(rect.width(), rect.height()) / 12)
        gap = radius * 3
        y = rect.bottom() - radius * 1.8
        x = rect.center().x() - gap * (len(shown) - 1) / 2
        ink = self.palette().color(QPalette.ColorRole.Text)
        faint = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for state in shown:
            centre = QPointF(x, y)
            if state == PROPOSED:
                painter.setPen(QPen(ink, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, radius, radius)
            elif state == PLANNED:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(ink))
                painter.drawEllipse(centre, radius, radius)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(faint))
                painter.drawEllipse(centre, radius * 0.7, radius * 0.7)
            x += gap
        painter.restore()
