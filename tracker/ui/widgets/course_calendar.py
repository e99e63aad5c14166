"""A month calendar with each course day coloured by its state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from tracker.domain.doselog import DayState
from tracker.services.records import DayRow
from tracker.ui.day_states import COLOURS, LABELS


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class CourseCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._states: dict[dt.date, DayState] = {}

    def set_days(self, rows: Iterable[DayRow]) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every earlier format
        self._states = {}
        for row in rows:
            self._states[row.day] = row.state
            colour = COLOURS.get(row.state)
            if colour is None:
                continue
            char_format = QTextCharFormat()
            char_format.setBackground(colour)
            char_format.setToolTip(LABELS[row.state])
            self.setDateTextFormat(to_qdate(row.day), char_format)

    def state_of(self, day: dt.date) -> DayState | None:
        return self._states.get(day)
