"""'Fill in from … to …': a backlog of unlogged days marked taken in one action."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QPushButton, QWidget

from tracker.ui.widgets.accessible import named, plain_label, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate
from tracker.ui.widgets.date_edit import date_edit, set_date_range


class BacklogBox(Card):
    """Two dates and a button; the page does the filling.

    Signals:
        fill_requested(date, date): the patient asked to fill from the first to the last day.
    """

    fill_requested = Signal(dt.date, dt.date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent=parent)
        self.setTitle(self.tr("Enter a backlog"))
        named(self, self.tr("Enter a backlog"))
        self.first = date_edit(self.tr("Fill in from"), self.tr("The first day to fill in"))
        self.last = date_edit(self.tr("Fill in until"), self.tr("The last day to fill in"))
        self.fill = named(
            QPushButton(self.tr("Fill in as ta&ken")),
            self.tr("Fill in as taken"),
            self.tr("Mark the days without an entry in this range as taken at the scheduled dose"),
        )
        self._span: tuple[dt.date, dt.date] | None = None
        form = QFormLayout()
        first_label = plain_label(self.tr("First da&y:"))
        first_label.setBuddy(self.first)
        last_label = plain_label(self.tr("&Last day:"))
        last_label.setBuddy(self.last)
        form.addRow(first_label, self.first)
        form.addRow(last_label, self.last)
        layout = self.body
        explanation = self.tr(
            "Started using the app mid-course? Mark every day without an entry in a range as "
            "taken at its scheduled dose. Days with an entry and pause days stay as they are."
        )
        layout.addWidget(wrapping_label(explanation, self.tr("About entering a backlog")))
        layout.addLayout(form)
        layout.addWidget(self.fill)
        self.fill.clicked.connect(self._request)

    def set_span(self, started_on: dt.date, as_of: dt.date) -> None:
        """The days that can be filled; by default the course start to the day before
        `as_of` (today's dose may still be to come). Dates the patient chose are kept."""
        suggested_last = max(started_on, as_of - dt.timedelta(days=1))
        old = self._span
        self._span = (started_on, suggested_last)
        for edit, old_value, new_value in (
            (self.first, old[0] if old else None, started_on),
            (self.last, old[1] if old else None, suggested_last),
        ):
            follow = old_value is None or from_qdate(edit.date()) == old_value
            set_date_range(edit, started_on, as_of)
            if follow:
                edit.setDate(to_qdate(new_value))

    def _request(self) -> None:
        self.fill_requested.emit(from_qdate(self.first.date()), from_qdate(self.last.date()))
