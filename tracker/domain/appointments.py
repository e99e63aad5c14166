"""Appointments: what kinds there are, the states one goes through, and the follow-up plan."""

from __future__ import annotations

import enum


class AppointmentKind(enum.StrEnum):
    """Stored by value; the values are also the command line's spelling."""

    VISIT = "visit"  # dermatology visit
    LAB = "lab"  # lab draw
    PREGNANCY_TEST = "pregnancy-test"
    PICKUP = "pickup"  # prescription pick-up
    OTHER = "other"


class AppointmentStatus(enum.StrEnum):
    TENTATIVE = "tentative"  # proposed by the follow-up plan, not yet confirmed
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
