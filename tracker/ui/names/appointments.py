"""Appointment kinds and states (tracker.domain.appointments) in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain import appointments
from tracker.domain.appointments import Appointment, AppointmentKind, AppointmentStatus

CONTEXT = "AppointmentNames"

MARKED = (
    # kind_name(): what an appointment without a title is called.
    QT_TRANSLATE_NOOP("AppointmentNames", "Dermatology visit"),
    QT_TRANSLATE_NOOP("AppointmentNames", "Lab draw"),
    QT_TRANSLATE_NOOP("AppointmentNames", "Pregnancy test"),
    QT_TRANSLATE_NOOP("AppointmentNames", "Prescription pick-up"),
    QT_TRANSLATE_NOOP("AppointmentNames", "Other"),
    # status_word(): an appointment's state.
    QT_TRANSLATE_NOOP("AppointmentNames", "proposed"),
    QT_TRANSLATE_NOOP("AppointmentNames", "planned"),
    QT_TRANSLATE_NOOP("AppointmentNames", "done"),
    QT_TRANSLATE_NOOP("AppointmentNames", "cancelled"),
)


def kind_name(kind: AppointmentKind) -> str:
    """ "Dermatology visit", "Lab draw"... in the window's language."""
    return QCoreApplication.translate(CONTEXT, appointments.kind_name(kind))


def subject(appointment: Appointment) -> str:
    """What the appointment is called: the title the patient gave it (as typed), else its
    kind's name."""
    return appointment.title or kind_name(appointment.kind)


def appointment_status_word(status: AppointmentStatus) -> str:
    """ "proposed" (tentative), "planned", "done", "cancelled" in the window's language."""
    return QCoreApplication.translate(CONTEXT, appointments.status_word(status))
