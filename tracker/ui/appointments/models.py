"""The two lists of the Appointments page: what is to come, and what is past."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from tracker.domain.appointments import Appointment, AppointmentStatus
from tracker.ui import names
from tracker.ui.appointments.wording import State, is_past, state, state_word, when
from tracker.ui.models.record_table import Column, RecordTableModel
from tracker.ui.widgets.accessible import markup

# Column numbers, shared by both lists up to STATUS.
WHEN, WHAT, PLACE, STATUS, TEXT = range(5)


def _sort_time(appointment: Appointment) -> float:
    return appointment.starts_at.timestamp()


def _one_line(text: str) -> str:
    # A cell is one line; the detail under the lists has the note whole.
    return " ".join(text.split())


def _upcoming_status(appointment: Appointment) -> str:
    proposed = appointment.status is AppointmentStatus.TENTATIVE
    return state_word(State.PROPOSED if proposed else State.PLANNED)


def _past_status(appointment: Appointment) -> str:
    if appointment.status is AppointmentStatus.DONE:
        return state_word(State.DONE)
    if appointment.status is AppointmentStatus.CANCELLED:
        return state_word(State.CANCELLED)
    # In the past list, an open one's time has passed.
    return state_word(State.NOT_MARKED_DONE)


def _columns(
    state: Column[Appointment], last: Column[Appointment]
) -> tuple[Column[Appointment], ...]:
    """When, what, where, then the list's own state and last column."""
    translate = QCoreApplication.translate
    return (
        Column(translate("AppointmentTableModel", "When"), when, sort_key=_sort_time),
        Column(translate("AppointmentTableModel", "What"), names.subject),
        Column(translate("AppointmentTableModel", "Place"), lambda a: _one_line(a.place)),
        state,
        last,
    )


def upcoming_columns() -> tuple[Column[Appointment], ...]:
    return _columns(
        Column(QCoreApplication.translate("AppointmentTableModel", "State"), _upcoming_status),
        Column(
            QCoreApplication.translate("AppointmentTableModel", "Note"),
            lambda a: _one_line(a.note),
        ),
    )


def past_columns() -> tuple[Column[Appointment], ...]:
    return _columns(
        Column(QCoreApplication.translate("AppointmentTableModel", "State"), _past_status),
        Column(
            QCoreApplication.translate("AppointmentTableModel", "Outcome"),
            lambda a: _one_line(a.outcome),
        ),
    )


def split(
    appointments: Iterable[Appointment], now: dt.datetime
) -> tuple[list[Appointment], list[Appointment]]:
    """(upcoming, past): upcoming are the planned and proposed ones still to come, soonest
    first; past are the done, the cancelled and the open ones whose time has come, latest
    first. `now` is the naive local wall-clock time."""
    ordered = sorted(appointments, key=lambda a: (a.starts_at, a.id))
    upcoming = [a for a in ordered if not is_past(a, now)]
    past = [a for a in reversed(ordered) if is_past(a, now)]
    return upcoming, past


class AppointmentTableModel(RecordTableModel[Appointment]):
    """A list of appointments; the tooltip of a row has its whole text, escaped (Qt would
    render a note such as "<b>x</b>" in a tooltip as markup otherwise)."""

    def __init__(
        self,
        columns: Sequence[Column[Appointment]],
        long_text: Callable[[Appointment], str],
        parent: QObject | None,
    ) -> None:
        """`long_text`: the last column's whole text (the note, or the outcome)."""
        super().__init__(columns, parent)
        self._columns_shown = tuple(columns)
        self._long_text = long_text
        self._now = dt.datetime.min

    def set_appointments(self, rows: Sequence[Appointment], now: dt.datetime) -> None:
        self._now = now
        self.set_rows(rows)

    def row_of(self, appointment_id: int) -> int | None:
        return next(
            (row for row in range(self.rowCount()) if self.record(row).id == appointment_id),
            None,
        )

    def rows_on(self, day: dt.date) -> list[int]:
        return [row for row in range(self.rowCount()) if self.record(row).starts_at.date() == day]

    def extra_data(self, record: Appointment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._columns_shown[column].text(record)
            if column in (PLACE, TEXT) and text:
                full = record.place if column == PLACE else self._long_text(record)
                return "<qt>" + markup("{}", full).replace("\n", "<br>") + "</qt>"
            return None
        # What needs the patient (a proposal, one not marked done) reads in italics.
        if (
            role == Qt.ItemDataRole.FontRole
            and column == STATUS
            and state(record, self._now) in (State.PROPOSED, State.NOT_MARKED_DONE)
        ):
            font = QFont()
            font.setItalic(True)
            return font
        return None


class UpcomingModel(AppointmentTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(upcoming_columns(), lambda a: a.note, parent)


class PastModel(AppointmentTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(past_columns(), lambda a: a.outcome, parent)
