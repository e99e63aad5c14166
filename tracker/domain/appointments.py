"""Appointments: what kinds there are, the states one goes through, and the follow-up plan.

An appointment's time is local wall-clock time, naive: a 10:00 visit stays at 10:00 whatever
daylight saving does before it comes.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace

from tracker.domain.dates import when_text
from tracker.domain.limits import check_plausible_date, check_text
from tracker.errors import UserInputError
from tracker.words import Words


class AppointmentWords(Words):
    """The context of this module's sentences (tracker.words). The kinds' and states' names
    stay as they are here: the window says them in its language (tracker.ui.names)."""


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


# Still to come (or missed without being marked): what reminders and "next appointment" see.
OPEN_STATUSES = frozenset({AppointmentStatus.TENTATIVE, AppointmentStatus.PLANNED})

_KIND_NAMES = {
    AppointmentKind.VISIT: "Dermatology visit",
    AppointmentKind.LAB: "Lab draw",
    AppointmentKind.PREGNANCY_TEST: "Pregnancy test",
    AppointmentKind.PICKUP: "Prescription pick-up",
    AppointmentKind.OTHER: "Other",
}

# The columns' sizes.
MAX_TITLE_LENGTH = 200
MAX_PLACE_LENGTH = 200
MAX_NOTE_LENGTH = 2000
MAX_OUTCOME_LENGTH = 2000

DEFAULT_FOLLOW_UP_DAYS = 30
MIN_FOLLOW_UP_DAYS = 1
# A prescription covers at most 30 days; four months between visits is already far apart, and
# more is a typo.
MAX_FOLLOW_UP_DAYS = 120
DEFAULT_FOLLOW_UP_TIME = dt.time(10, 0)


def kind_name(kind: AppointmentKind) -> str:
    """The kind in plain words, as the patient reads it."""
    return _KIND_NAMES[kind]


def status_word(status: AppointmentStatus) -> str:
    """The state in plain words: a tentative appointment reads "proposed", as the plan put
    it (the stored value and the JSON keep "tentative")."""
    return "proposed" if status is AppointmentStatus.TENTATIVE else status.value


@dataclass(frozen=True)
class Appointment:
    id: int
    course_id: int | None
    kind: AppointmentKind
    starts_at: dt.datetime  # naive local wall clock
    title: str  # "" = use the kind's name
    place: str
    note: str
    outcome: str  # after the visit: what was decided
    status: AppointmentStatus

    @property
    def subject(self) -> str:
        """What the appointment is called: its title, else the kind's name."""
        return self.title or kind_name(self.kind)

    @property
    def is_open(self) -> bool:
        """Tentative or planned: still to come, or not yet marked done."""
        return self.status in OPEN_STATUSES

    def describe(self) -> str:
        """One line naming it: 'Dermatology visit on Thu 3 Dec 2026 10:00 (planned)'."""
        return AppointmentWords.tr("{subject} on {when} ({status})").format(
            subject=self.subject, when=when_text(self.starts_at), status=status_word(self.status)
        )


@dataclass(frozen=True)
class FollowUpPlan:
    """What planning follow-ups did: the proposals it added and the earlier proposals it
    replaced (dropped). Undo removes the first and puts the second back."""

    added: tuple[Appointment, ...]
    dropped: tuple[Appointment, ...]


@dataclass(frozen=True)
class FollowUpPreview:
    """What planning follow-ups would do now: the times of the visits it would add, and the
    earlier proposals it would replace."""

    times: tuple[dt.datetime, ...]
    replacing: tuple[Appointment, ...]


@dataclass(frozen=True)
class AppointmentDraft:
    """What the patient fills in to add or edit an appointment."""

    kind: AppointmentKind
    starts_at: dt.datetime
    title: str = ""
    place: str = ""
    note: str = ""


def check_draft(draft: AppointmentDraft, today: dt.date) -> AppointmentDraft:
    """The draft as it will be stored: title, place and note trimmed of surrounding spaces,
    the time to the minute. Raises UserInputError when a text is too long or holds control
    characters, or the date is implausible (a typo in the year)."""
    if draft.starts_at.tzinfo is not None:
        raise ValueError("an appointment's time is naive local wall-clock time")
    check_plausible_date(draft.starts_at.date(), today)
    title = check_text(
        draft.title.strip(),
        what=AppointmentWords.tr("the title"),
        max_length=MAX_TITLE_LENGTH,
        multiline=False,
    )
    place = check_text(
        draft.place.strip(),
        what=AppointmentWords.tr("the place"),
        max_length=MAX_PLACE_LENGTH,
        multiline=False,
    )
    note = check_text(
        draft.note.strip(),
        what=AppointmentWords.tr("the note"),
        max_length=MAX_NOTE_LENGTH,
        multiline=True,
    )
    return replace(
        draft,
        kind=AppointmentKind(draft.kind),
        starts_at=draft.starts_at.replace(second=0, microsecond=0),
        title=title,
        place=place,
        note=note,
    )


def check_outcome(outcome: str) -> str:
    """The outcome note as it will be stored (trimmed); UserInputError if unstorable."""
    return check_text(
        outcome.strip(),
        what=AppointmentWords.tr("the outcome"),
        max_length=MAX_OUTCOME_LENGTH,
        multiline=True,
    )


def check_every_days(every_days: int) -> int:
    if not MIN_FOLLOW_UP_DAYS <= every_days <= MAX_FOLLOW_UP_DAYS:
        raise UserInputError(
            AppointmentWords.tr("follow-ups can be every {low} to {high} days (got {days})").format(
                low=MIN_FOLLOW_UP_DAYS, high=MAX_FOLLOW_UP_DAYS, days=every_days
            )
        )
    return every_days


def propose_follow_ups(
    start: dt.date,
    planned_end: dt.date,
    every_days: int,
    at: dt.time,
    booked: Iterable[dt.date],
) -> list[dt.datetime]:
    """Visits every `every_days` days after `start` (start + N, start + 2N, ...) up to and
    including `planned_end`, at `at` on each day; a day in `booked` (it already has a visit)
    is skipped, not shifted, so the rhythm stays the same."""
    check_every_days(every_days)
    booked_days = set(booked)
    proposals: list[dt.datetime] = []
    day = start + dt.timedelta(days=every_days)
    while day <= planned_end:
        if day not in booked_days:
            proposals.append(dt.datetime.combine(day, at))
        day += dt.timedelta(days=every_days)
    return proposals
