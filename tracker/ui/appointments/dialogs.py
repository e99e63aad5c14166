"""The Appointments page's dialogs: add or edit one, move one, mark one done.

Each dialog is a `SubmittingDialog` (tracker/ui/widgets/dialogs.py): it hands what the patient
entered to the page's write, and stays open with the reason if that is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.appointments import (
    MAX_NOTE_LENGTH,
    MAX_OUTCOME_LENGTH,
    MAX_PLACE_LENGTH,
    MAX_TITLE_LENGTH,
    Appointment,
    AppointmentDraft,
    AppointmentKind,
    AppointmentStatus,
)
from tracker.domain.limits import EARLIEST_DATE, MAX_DAYS_AHEAD
from tracker.ui import names
from tracker.ui.appointments.wording import capitalised, sentence
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import SubmittingDialog, text_box


def time_edit(name: str, value: dt.time) -> QTimeEdit:
    edit = named(QTimeEdit(), name)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute))
    return edit


def time_of(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())


def appointment_date_edit(name: str, day: dt.date, today: dt.date) -> QDateEdit:
    """The days the services accept: none before 1900, none more than the longest course
    ahead (a typo in the year)."""
    return date_edit(name, value=day, earliest=EARLIEST_DATE, latest=today + MAX_DAYS_AHEAD)


def offered_kinds(
    pregnancy_tests: bool, editing: Appointment | None = None
) -> list[AppointmentKind]:
    """The kinds the dialog lists: a pregnancy test only for a patient who can become
    pregnant, or when the appointment being edited already is one (it keeps its kind)."""
    keep = editing is not None and editing.kind is AppointmentKind.PREGNANCY_TEST
    return [
        kind
        for kind in AppointmentKind
        if kind is not AppointmentKind.PREGNANCY_TEST or pregnancy_tests or keep
    ]


class AppointmentDialog(SubmittingDialog[AppointmentDraft]):
    """Kind, date and time, title, place and note of one appointment."""

    def __init__(
        self,
        submit: Callable[[AppointmentDraft], object],
        initial: AppointmentDraft,
        today: dt.date,
        *,
        pregnancy_tests: bool,
        editing: Appointment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`pregnancy_tests`: whether the patient can become pregnant (the profile), so
        that "Pregnancy test" is among the kinds."""
        title = self.tr("Edit appointment") if editing else self.tr("Add appointment")
        super().__init__(title, submit, parent)
        self.kind = named(QComboBox(), self.tr("Kind of appointment"))
        for kind in offered_kinds(pregnancy_tests, editing):
            self.kind.addItem(names.kind_name(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(initial.kind))
        self.date = appointment_date_edit(self.tr("Date"), initial.starts_at.date(), today)
        self.time = time_edit(self.tr("Time"), initial.starts_at.time())
        self.title = named(
            QLineEdit(initial.title),
            self.tr("Title"),
            self.tr("Optional: the kind is used if empty"),
        )
        self.title.setMaxLength(MAX_TITLE_LENGTH)
        self.place = named(QLineEdit(initial.place), self.tr("Place"))
        self.place.setMaxLength(MAX_PLACE_LENGTH)
        self.place.setPlaceholderText(self.tr("Optional"))
        self.note = text_box(
            self.tr("Note"),
            initial.note,
            self.tr("Optional, up to {count} characters").format(count=MAX_NOTE_LENGTH),
        )
        self._sync_title_placeholder()

        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Time"), self.time)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("&Note"), self.note)
        plain_captions(form)
        if editing is not None and editing.status is not AppointmentStatus.PLANNED:
            form.addRow(wrapping_label(self._stays(editing.status)))
        self.ok = self.add_ok(self.tr("&Save") if editing else self.tr("&Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._sync_title_placeholder)
        self.setMinimumWidth(420)

    def _stays(self, status: AppointmentStatus) -> str:
        """Under the fields when editing one that is not simply planned: it keeps its state."""
        if status is AppointmentStatus.TENTATIVE:
            return self.tr("It stays tentative: this changes its details only.")
        if status is AppointmentStatus.DONE:
            return self.tr("It stays done: this changes its details only.")
        return self.tr("It stays cancelled: this changes its details only.")

    def _sync_title_placeholder(self) -> None:
        self.title.setPlaceholderText(
            self.tr("Optional; shown as “{kind}” if empty").format(kind=self.kind.currentText())
        )

    def answer(self) -> AppointmentDraft:
        return AppointmentDraft(
            kind=AppointmentKind(self.kind.currentData()),
            starts_at=dt.datetime.combine(from_qdate(self.date.date()), time_of(self.time)),
            title=self.title.text(),
            place=self.place.text(),
            note=self.note.toPlainText(),
        )


class MoveDialog(SubmittingDialog[dt.datetime]):
    """A new date and time for one appointment."""

    def __init__(
        self,
        submit: Callable[[dt.datetime], object],
        appointment: Appointment,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Move appointment"), submit, parent)
        self.date = appointment_date_edit(self.tr("New date"), appointment.starts_at.date(), today)
        self.time = time_edit(self.tr("New time"), appointment.starts_at.time())
        form = QFormLayout()
        form.addRow(
            wrapping_label(
                self.tr("Move {appointment} to:").format(appointment=sentence(appointment)),
                self.tr("Appointment to move"),
            )
        )
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Time"), self.time)
        plain_captions(form)
        if appointment.status is AppointmentStatus.CANCELLED:
            form.addRow(wrapping_label(self.tr("Moving a cancelled appointment books it again.")))
        elif appointment.status is AppointmentStatus.TENTATIVE:
            form.addRow(wrapping_label(self.tr("It stays proposed until you confirm it.")))
        self.ok = self.add_ok(self.tr("&Move"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def answer(self) -> dt.datetime:
        return dt.datetime.combine(from_qdate(self.date.date()), time_of(self.time))


class DoneDialog(SubmittingDialog[str]):
    """Mark an appointment done, with a note of what came of it; or correct that note."""

    def __init__(
        self,
        submit: Callable[[str], object],
        appointment: Appointment,
        parent: QWidget | None = None,
    ) -> None:
        done = appointment.status is AppointmentStatus.DONE
        super().__init__(self.tr("Outcome") if done else self.tr("Mark done"), submit, parent)
        intro = (
            self.tr("What came of {appointment}:")
            if done
            else self.tr("{appointment} took place. What came of it?")
        )
        self.outcome = text_box(
            self.tr("Outcome"),
            appointment.outcome,
            self.tr("Optional, e.g. what was decided; up to {count} characters").format(
                count=MAX_OUTCOME_LENGTH
            ),
        )
        caption = plain_label(self.tr("&Outcome"))
        caption.setBuddy(self.outcome)
        self.ok = self.add_ok(self.tr("&Save") if done else self.tr("&Mark done"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
                capitalised(intro.format(appointment=sentence(appointment))),
                self.tr("Appointment"),
            )
        )
        layout.addWidget(caption)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def answer(self) -> str:
        return self.outcome.toPlainText()
