"""How an appointment reads on the page, in its dialogs, on Today and in Edit > Undo.

Module functions, so their texts are in the "AppointmentWording" context of the catalogs.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain.appointments import Appointment, AppointmentKind, AppointmentStatus
from tracker.domain.dates import short_day_text, when_text
from tracker.ui import names


class State(enum.StrEnum):
    """The states the lists and the calendar tell apart (`state_word` says each one). A
    planned or proposed appointment whose time has passed was not marked done: said as
    such, never assumed to have happened."""

    PROPOSED = "proposed"
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
    NOT_MARKED_DONE = "not-marked-done"


_STATE_WORDS = {
    State.PROPOSED: QT_TRANSLATE_NOOP("AppointmentWording", "proposed"),
    State.PLANNED: QT_TRANSLATE_NOOP("AppointmentWording", "planned"),
    State.DONE: QT_TRANSLATE_NOOP("AppointmentWording", "done"),
    State.CANCELLED: QT_TRANSLATE_NOOP("AppointmentWording", "cancelled"),
    State.NOT_MARKED_DONE: QT_TRANSLATE_NOOP("AppointmentWording", "not marked done"),
}

# How a question or a confirmation names an appointment without a title, by its kind and
# whether it is a proposal. The English follows the kind's name (tracker.domain.appointments):
# "the " and the name in lower case. Every Spanish one is feminine ("la visita…"), so that a
# sentence around it agrees whatever the kind.
_NAMED_KINDS = {
    (AppointmentKind.VISIT, False): QT_TRANSLATE_NOOP(
        "AppointmentWording", "the dermatology visit"
    ),
    (AppointmentKind.VISIT, True): QT_TRANSLATE_NOOP(
        "AppointmentWording", "the proposed dermatology visit"
    ),
    (AppointmentKind.LAB, False): QT_TRANSLATE_NOOP("AppointmentWording", "the lab draw"),
    (AppointmentKind.LAB, True): QT_TRANSLATE_NOOP("AppointmentWording", "the proposed lab draw"),
    (AppointmentKind.PREGNANCY_TEST, False): QT_TRANSLATE_NOOP(
        "AppointmentWording", "the pregnancy test"
    ),
    (AppointmentKind.PREGNANCY_TEST, True): QT_TRANSLATE_NOOP(
        "AppointmentWording", "the proposed pregnancy test"
    ),
    (AppointmentKind.PICKUP, False): QT_TRANSLATE_NOOP(
        "AppointmentWording", "the prescription pick-up"
    ),
    (AppointmentKind.PICKUP, True): QT_TRANSLATE_NOOP(
        "AppointmentWording", "the proposed prescription pick-up"
    ),
    (AppointmentKind.OTHER, False): QT_TRANSLATE_NOOP("AppointmentWording", "the other"),
    (AppointmentKind.OTHER, True): QT_TRANSLATE_NOOP("AppointmentWording", "the proposed other"),
}


def when(appointment: Appointment) -> str:
    return when_text(appointment.starts_at)


def is_past(appointment: Appointment, now: dt.datetime) -> bool:
    """In the past list: done, cancelled, or its time has come without being marked done.
    `now` is the naive local wall-clock time."""
    return not appointment.is_open or appointment.starts_at < now


def state(appointment: Appointment, now: dt.datetime) -> State:
    """Proposed, planned, done, cancelled, or not marked done (an open one whose time has
    come)."""
    if appointment.status is AppointmentStatus.DONE:
        return State.DONE
    if appointment.status is AppointmentStatus.CANCELLED:
        return State.CANCELLED
    if appointment.starts_at < now:
        return State.NOT_MARKED_DONE
    if appointment.status is AppointmentStatus.TENTATIVE:
        return State.PROPOSED
    return State.PLANNED


def state_word(shown: State) -> str:
    """The state in the lists' words."""
    return QCoreApplication.translate("AppointmentWording", str(_STATE_WORDS[shown]))


def status_text(appointment: Appointment, now: dt.datetime) -> str:
    """The state as the lists say it: proposed, planned, done, cancelled, not marked done."""
    return state_word(state(appointment, now))


def named_thing(appointment: Appointment) -> str:
    """ "the dermatology visit", "the proposed dermatology visit", "“Blood test”": how a
    question or a confirmation names it. A title the patient typed is quoted as typed."""
    if appointment.title:
        return QCoreApplication.translate("AppointmentWording", "“{title}”").format(
            title=appointment.title
        )
    proposed = appointment.status is AppointmentStatus.TENTATIVE
    return QCoreApplication.translate(
        "AppointmentWording", str(_NAMED_KINDS[(appointment.kind, proposed)])
    )


def undo_name(appointment: Appointment) -> str:
    """ "the dermatology visit on Thu 3 Dec", for Edit > Undo."""
    return QCoreApplication.translate("AppointmentWording", "{appointment} on {day}").format(
        appointment=named_thing(appointment), day=short_day_text(appointment.starts_at.date())
    )


def sentence(appointment: Appointment) -> str:
    """ "the dermatology visit on Thu 3 Dec 2026 10:00", inside a sentence."""
    return QCoreApplication.translate("AppointmentWording", "{appointment} on {when}").format(
        appointment=named_thing(appointment), when=when(appointment)
    )


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def details(appointment: Appointment, now: dt.datetime) -> str:
    """Everything about one appointment, plain text over a few lines (place, note, outcome
    only when given)."""
    subject = names.subject(appointment)
    if appointment.title:  # what kind it is, too
        subject += f" ({names.kind_name(appointment.kind)})"
    lines = [f"{when(appointment)} · {subject} · {status_text(appointment, now)}"]
    if appointment.place:
        lines.append(
            QCoreApplication.translate("AppointmentWording", "Place: {place}").format(
                place=appointment.place
            )
        )
    if appointment.note:
        lines.append(
            QCoreApplication.translate("AppointmentWording", "Note: {note}").format(
                note=appointment.note
            )
        )
    if appointment.outcome:
        lines.append(
            QCoreApplication.translate("AppointmentWording", "Outcome: {outcome}").format(
                outcome=appointment.outcome
            )
        )
    return "\n".join(lines)
