"""Today's "Next appointment" box: the first planned or proposed appointment still to come."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from tracker.domain.appointments import Appointment, AppointmentStatus
from tracker.ui import names
from tracker.ui.appointments.controller import AppointmentsController
from tracker.ui.appointments.wording import when
from tracker.ui.style.icons import Icon
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.card import Card

LONGEST_WAIT_MS = 24 * 60 * 60 * 1000


class NextAppointmentBox(Card):
    """Signals:
    open_requested(): the patient asked for the Appointments page.
    """

    open_requested = Signal()

    def __init__(self, appointments: AppointmentsController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Next appointment"), Icon.APPOINTMENTS, parent=parent)
        named(self, self.tr("Next appointment"))
        self.appointments = appointments
        self.text = wrapping_label(name=self.tr("Next appointment details"))
        self.open_button = named(
            QPushButton(self.tr("Open the Appointments page")),
            self.tr("Open the Appointments page"),
            "Ctrl+4",  # untranslated: the keys, as the page's shortcut reads
        )
        layout = self.body
        layout.addWidget(self.text)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._shown: Appointment | None = None
        self._time_passes = QTimer(self)
        self._time_passes.setSingleShot(True)
        self._time_passes.timeout.connect(self.refresh)
        self.open_button.clicked.connect(self.open_requested)
        core = appointments.core
        appointments.appointments_changed.connect(self.refresh)
        # Any write elsewhere (the command line) is followed by figures_changed.
        core.figures_changed.connect(self.refresh)
        self.refresh()

    def shown(self) -> Appointment | None:
        return self._shown

    def refresh(self) -> None:
        upcoming = self.appointments.next_appointment()
        self._shown = upcoming
        if upcoming is None:
            self.text.setText(
                self.tr("No appointment planned. Add one on the Appointments page (Ctrl+4).")
            )
            self._time_passes.stop()
            return
        self.text.setText(self.describe(upcoming, self.appointments.today()))
        # When its time comes it is no longer next; at midnight "in 2 days" becomes
        # "tomorrow". Whichever is first.
        now = self.appointments.now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0))
        wait = (min(upcoming.starts_at, midnight) - now).total_seconds() * 1000 + 1000
        self._time_passes.start(int(min(max(wait, 1000), LONGEST_WAIT_MS)))

    def describe(self, appointment: Appointment, today: dt.date) -> str:
        """ "Thu 3 Dec 2026 10:00 (in 5 days): Dermatology visit, at City clinic", plain
        text, with a second line for a proposal that is not confirmed yet."""
        days = (appointment.starts_at.date() - today).days
        if days == 0:
            soon = self.tr("today")
        elif days == 1:
            soon = self.tr("tomorrow")
        else:
            soon = self.tr("in %n day(s)", "", days)
        text = (
            self.tr("{when} ({soon}): {subject}, at {place}")
            if appointment.place
            else self.tr("{when} ({soon}): {subject}")
        )
        text = text.format(
            when=when(appointment),
            soon=soon,
            subject=names.subject(appointment),
            place=appointment.place,
        )
        if appointment.status is AppointmentStatus.TENTATIVE:
            text += "\n" + self.tr(
                "Proposed: not confirmed yet. Confirm, move or drop it on the Appointments page."
            )
        return text

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
