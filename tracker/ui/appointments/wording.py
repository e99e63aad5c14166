"""How an appointment reads on the page, in its dialogs, on Today and in Edit > Undo."""

from __future__ import annotations

import datetime as dt

from tracker.domain.appointments import Appointment, AppointmentStatus, kind_name
from tracker.domain.dates import short_day_text, when_text

# The state words the lists show. A planned or proposed appointment whose time has passed
# was not marked done: said as such, never assumed to have happened.
PROPOSED = "proposed"
PLANNED = "planned"
DONE = "done"
CANCELLED = "cancelled"
NOT_MARKED_DONE = "not marked done"


def when(appointment: Appointment) -> str:
    return when_text(appointment.starts_at)


def is_past(appointment: Appointment, now: dt.datetime) -> bool:
    """In the past list: done, cancelled, or its time has come without being marked done.
    `now` is the naive local wall-clock time."""
    return not appointment.is_open or appointment.starts_at < now


def status_text(appointment: Appointment, now: dt.datetime) -> str:
    """The state as the lists say it: proposed, planned, done, cancelled, not marked done."""
    if appointment.status is AppointmentStatus.DONE:
        return DONE
    if appointment.status is AppointmentStatus.CANCELLED:
        return CANCELLED
    if appointment.starts_at < now:
        return NOT_MARKED_DONE
    if appointment.status is AppointmentStatus.TENTATIVE:
        return PROPOSED
    return PLANNED


def named_thing(appointment: Appointment) -> str:
    """ "the dermatology visit", "the proposed dermatology visit", "“Blood test”": how a
    question or a confirmation names it. A title the patient typed is quoted as typed."""
    if appointment.title:
        return f"“{appointment.title}”"
    kind = appointment.subject[:1].lower() + appointment.subject[1:]
    proposed = "proposed " if appointment.status is AppointmentStatus.TENTATIVE else ""
    return f"the {proposed}{kind}"


def undo_name(appointment: Appointment) -> str:
    """ "the dermatology visit on Thu 3 Dec", for Edit > Undo."""
    return f"{named_thing(appointment)} on {short_day_text(appointment.starts_at.date())}"


def sentence(appointment: Appointment) -> str:
    """ "the dermatology visit on Thu 3 Dec 2026 10:00", inside a sentence."""
    return f"{named_thing(appointment)} on {when(appointment)}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def details(appointment: Appointment, now: dt.datetime) -> str:
    """Everything about one appointment, plain text over a few lines (place, note, outcome
    only when given)."""
    subject = appointment.subject
    if appointment.title:  # what kind it is, too
        subject += f" ({kind_name(appointment.kind)})"
    lines = [f"{when(appointment)} · {subject} · {status_text(appointment, now)}"]
    if appointment.place:
        lines.append(f"Place: {appointment.place}")
    if appointment.note:
        lines.append(f"Note: {appointment.note}")
    if appointment.outcome:
        lines.append(f"Outcome: {appointment.outcome}")
    return "\n".join(lines)
