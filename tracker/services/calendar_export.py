"""The calendar export: appointments and pregnancy-test dates as calendar events.

What goes in:
- every appointment, in every state: a planned or done one as CONFIRMED, a proposed one as
  TENTATIVE, a cancelled one as CANCELLED (so that importing the file again takes it off
  the calendar), each 30 minutes long, with an alarm per reminder lead from the reminder
  settings while it is still to come;
- for a patient whose profile says they can become pregnant: the next pregnancy test due,
  the last day of the pick-up window, and the after-course test once the course has ended,
  as all-day events with an alarm at the time the app's own reminder fires.

UIDs are stable: built from the record (an appointment's id, a test's kind) and the
store's identity (when its profile was created), so importing a later export updates the
events instead of adding them again. SEQUENCE grows with every change: for an appointment,
the seconds from its creation to its last change; for the dates worked out from the rules,
the seconds from the store's creation to the export (they may have moved with any entry).

The service never imports `tracker.reports` (the layers point the other way): `write` takes
the renderer, `tracker.reports.ics.calendar_bytes`, from its caller.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.appointments import Appointment, AppointmentStatus
from tracker.domain.dates import day_text
from tracker.domain.pregnancy import RuleSet, TestKind
from tracker.domain.reminders import DAY_REMINDER_TIME
from tracker.errors import UserInputError
from tracker.services.appointments import AppointmentService
from tracker.services.pregnancy import PregnancyOverview, PregnancyService
from tracker.services.settings import SettingsService

APPOINTMENT_LENGTH = dt.timedelta(minutes=30)
DEFAULT_FILE_NAME = "isotrack-appointments.ics"
PROFILE_ID = 1
# Every UID ends with the store's identity and this domain-like tail (RFC 5545 3.8.4.7).
UID_TAIL = "isotrack"
# uuid5 namespace of store identities: any fixed UUID works, this one must never change.
_IDENTITY_NAMESPACE = uuid.UUID("6f1c7e0a-3d59-5c43-9d1e-1b2f8a4c9e70")
# An all-day event's alarm: when the app's own reminder fires, counted from 00:00 that day.
_AT_REMINDER_TIME = dt.timedelta(hours=DAY_REMINDER_TIME.hour, minutes=DAY_REMINDER_TIME.minute)
_DAY_BEFORE = dt.timedelta(days=1)

TEST_SUMMARIES = {
    TestKind.SCREENING: "Screening pregnancy test due",
    TestKind.CONFIRMATION: "Confirmation pregnancy test due",
    TestKind.MONTHLY: "Monthly pregnancy test due",
    TestKind.END_OF_COURSE: "End-of-course pregnancy test due",
    TestKind.AFTER_COURSE: "After-course pregnancy test due",
}
PICKUP_SUMMARY = "Last day to pick up your prescription"
TEST_DUE_NOTE = (
    "Worked out by isotrack from your test dates and the intervals of your rule set; "
    "you can change the intervals in the app."
)
IPLEDGE_NOTE = "Recording a test in isotrack does not submit it to iPLEDGE."
TENTATIVE_NOTE = "Proposed by your follow-up plan; not confirmed yet."


class EventStatus(enum.StrEnum):
    """RFC 5545's STATUS values for an event."""

    CONFIRMED = "CONFIRMED"
    TENTATIVE = "TENTATIVE"
    CANCELLED = "CANCELLED"


@dataclass(frozen=True)
class CalendarEvent:
    """One event as a calendar program will show it. Plain data, ready for a renderer."""

    uid: str
    summary: str
    start: dt.datetime | dt.date  # naive local wall-clock time; a date = all-day event
    length: dt.timedelta = APPOINTMENT_LENGTH  # timed events only; all-day ones last the day
    location: str = ""
    description: str = ""
    status: EventStatus = EventStatus.CONFIRMED
    alarms: tuple[dt.timedelta, ...] = ()  # from the start; negative = before it
    sequence: int = 0
    changed_at: dt.datetime | None = None  # aware; None = not known

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)


# The renderer `write` is given: (events, zone of their wall-clock times, export moment).
Renderer = Callable[[Sequence[CalendarEvent], ZoneInfo, dt.datetime], bytes]

_STATUS = {
    AppointmentStatus.TENTATIVE: EventStatus.TENTATIVE,
    AppointmentStatus.PLANNED: EventStatus.CONFIRMED,
    AppointmentStatus.DONE: EventStatus.CONFIRMED,
    AppointmentStatus.CANCELLED: EventStatus.CANCELLED,
}


class CalendarExportService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
        self._appointments = AppointmentService(sessions, clock)
        self._pregnancy = PregnancyService(sessions, clock)
        self._settings = SettingsService(sessions, clock)

    def events(self) -> list[CalendarEvent]:
        """The appointments by time, then the pregnancy-test dates (when they apply)."""
        appointments = self._appointments.list()
        store_created, changes = self._store_facts()
        identity = store_identity(store_created)
        settings = self._settings.reminder_settings()
        leads = tuple(-lead.as_timedelta() for lead in settings.appointment_leads)
        now = self._clock.now().replace(tzinfo=None)
        events = []
        for appointment in appointments:
            stamps = changes.get(appointment.id)
            if stamps is None:  # removed since the list was read (another window)
                continue
            alarms = leads if settings.enabled and _still_to_come(appointment, now) else ()
            events.append(_appointment_event(appointment, identity, alarms, *stamps))
        overview = self._pregnancy.overview()
        if overview is not None:
            events += _pregnancy_events(
                overview,
                identity,
                sequence=seconds_between(store_created, self._clock.now_utc()),
                today=self._clock.today(),
                with_alarms=settings.enabled,
            )
        return events

    def write(self, path: Path, render: Renderer) -> int:
        """Write the calendar to `path` (replacing a file there at once, never half-way;
        readable by this user only); returns how many events it holds. Refused with
        UserInputError, nothing written, when the folder does not exist, the path is a
        folder, or the file cannot be written."""
        target = path.expanduser()
        if target.is_dir():
            raise UserInputError(
                f"{target} is a folder; give a file name, e.g. {target / DEFAULT_FILE_NAME}"
            )
        if not target.parent.is_dir():
            raise UserInputError(
                f"cannot write {target}: the folder {target.parent} does not exist"
            )
        events = self.events()
        write_private_file(target, render(events, self._clock.zone(), self._clock.now_utc()))
        return len(events)

    def _store_facts(self) -> tuple[dt.datetime, dict[int, tuple[dt.datetime, dt.datetime]]]:
        """When the store's profile was created, and each appointment's created and updated
        instants. Read only, unless the store has no profile yet (no course was ever
        started): then it gets one now, the same row `course start` would make."""
        with self._sessions() as session:
            profile = session.get(models.Profile, PROFILE_ID)
            created = None if profile is None else profile.created_at
            rows = session.execute(
                select(
                    models.Appointment.id,
                    models.Appointment.created_at,
                    models.Appointment.updated_at,
                )
            )
            changes = {id_: (made, changed) for id_, made, changed in rows}
        return created or self._create_profile(), changes

    def _create_profile(self) -> dt.datetime:
        with self._sessions.begin() as session:
            profile = session.get(models.Profile, PROFILE_ID)
            if profile is None:  # still none: no other program made it meanwhile
                profile = models.Profile(id=PROFILE_ID, name="", created_at=self._clock.now_utc())
                session.add(profile)
            return profile.created_at


def store_identity(created_at: dt.datetime) -> str:
    """A short name of this store that never changes (its profile's creation instant,
    hashed: the file need not tell when the patient started using the app)."""
    return uuid.uuid5(_IDENTITY_NAMESPACE, created_at.astimezone(dt.UTC).isoformat()).hex


def event_uid(name: str, identity: str) -> str:
    """ "appointment-12-<identity>@isotrack": unique to this record in this store."""
    return f"{name}-{identity}@{UID_TAIL}"


def seconds_between(earlier: dt.datetime, later: dt.datetime) -> int:
    """A SEQUENCE value: whole seconds from `earlier` to `later`, never below 0 (a clock
    set back must not make an update look older)."""
    return max(0, int((later - earlier).total_seconds()))


def _still_to_come(appointment: Appointment, now: dt.datetime) -> bool:
    """Worth an alarm: tentative or planned, and not yet started (an alarm of a past event
    would pop up as a missed reminder in some calendar programs)."""
    return appointment.is_open and appointment.starts_at >= now


def _appointment_event(
    appointment: Appointment,
    identity: str,
    alarms: tuple[dt.timedelta, ...],
    created: dt.datetime,
    updated: dt.datetime,
) -> CalendarEvent:
    return CalendarEvent(
        uid=event_uid(f"appointment-{appointment.id}", identity),
        summary=appointment.subject,
        start=appointment.starts_at,
        location=appointment.place,
        description=_appointment_description(appointment),
        status=_STATUS[appointment.status],
        alarms=alarms,
        sequence=seconds_between(created, updated),
        changed_at=updated,
    )


def _appointment_description(appointment: Appointment) -> str:
    parts = []
    if appointment.status is AppointmentStatus.TENTATIVE:
        parts.append(TENTATIVE_NOTE)
    if appointment.note:
        parts.append(appointment.note)
    if appointment.status is AppointmentStatus.DONE and appointment.outcome:
        parts.append(f"Outcome: {appointment.outcome}")
    return "\n\n".join(parts)


def _pregnancy_events(
    overview: PregnancyOverview,
    identity: str,
    *,
    sequence: int,
    today: dt.date,
    with_alarms: bool,
) -> list[CalendarEvent]:
    """The next test due (and, while the end-of-course test is next, the after-course test
    that follows it) and the pick-up window's last day. UIDs by kind: when the next monthly
    test moves a month on, the event moves with it."""

    def all_day(
        name: str, summary: str, day: dt.date, description: str, alarms: tuple[dt.timedelta, ...]
    ) -> CalendarEvent:
        return CalendarEvent(
            uid=event_uid(name, identity),
            summary=summary,
            start=day,
            description=description,
            alarms=alarms if with_alarms and day >= today else (),
            sequence=sequence,
        )

    schedule = overview.schedule
    test_note = TEST_DUE_NOTE
    if overview.rules is RuleSet.US:
        test_note += " " + IPLEDGE_NOTE
    events = []
    due, kind = schedule.next_test_due, schedule.next_test_kind
    if due is not None and kind is not None:
        tests = [(kind, due)]
        if kind is TestKind.END_OF_COURSE:
            after = due + dt.timedelta(days=overview.intervals.after_course_test_days)
            tests.append((TestKind.AFTER_COURSE, after))
        for test_kind, day in tests:
            events.append(
                all_day(
                    f"pregnancy-test-{test_kind.value}",
                    TEST_SUMMARIES[test_kind],
                    day,
                    test_note,
                    (_AT_REMINDER_TIME,),
                )
            )
    if schedule.pickup_window is not None:
        tested_on, closes = schedule.pickup_window
        window = overview.intervals.pickup_window_days
        events.append(
            all_day(
                "pickup-window",
                PICKUP_SUMMARY,
                closes,
                f"The {window}-day window to pick up your prescription after your negative "
                f"test on {day_text(tested_on)} ends with this day.",
                (_AT_REMINDER_TIME - _DAY_BEFORE, _AT_REMINDER_TIME),
            )
        )
    return events


def write_private_file(target: Path, data: bytes) -> None:
    """Replace `target` with `data` in one step (a temporary file in the same folder, then
    a rename): a reader never sees half a file, and a failure leaves the old one. The file
    is readable by this user only: it holds health information (mkstemp makes it 0600, and
    the rename keeps that mode)."""
    try:
        # A hidden name: a copy left by a power cut does not look like an export.
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    except OSError as exc:
        raise UserInputError(f"cannot write {target}: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise UserInputError(f"cannot write {target}: {exc.strerror}") from None
