"""The calendar export: appointments and pregnancy-test dates as calendar events.

What goes in:
- every appointment, in every state: a planned or done one as CONFIRMED, a proposed one as
  TENTATIVE, a cancelled one as CANCELLED (so that importing the file again takes it off
  the calendar), each 30 minutes long, with an alarm per reminder lead from the reminder
  settings while it is still to come;
- for a patient whose profile says they can become pregnant: one event for each kind of
  test and one for the last day of the pick-up window, always all six: the ones due (the
  next test, the after-course test once the end-of-course test is next, an open pick-up
  window) as all-day events with an alarm at the time the app's own reminder fires, the
  others as CANCELLED, so that a date an earlier export gave is taken off the calendar
  when the file is imported again.

What cannot be taken off: an appointment removed from the store (not cancelled) leaves no
trace to write a cancellation from, so a calendar that imported it keeps it until the
patient deletes it there. Cancelling instead of removing avoids that.

UIDs are stable: built from the record (an appointment's id, a test's kind) and the
store's identity (the setting `store.identity`, a UUID revision 0002 writes once), so
importing a later export updates the events instead of adding them again. SEQUENCE is the
number of seconds from SEQUENCE_EPOCH to the last change (an appointment's `updated_at`;
for the dates worked out from the rules, the export itself, since any entry may move
them), so it grows with every change, an undo's restore included.

An export only reads, and reads everything in one transaction: one consistent snapshot,
even while another window or the command line writes.

The service never imports `tracker.reports` (the layers point the other way): `write` takes
the renderer, `tracker.reports.ics.calendar_bytes`, from its caller.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
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
from tracker.domain.pregnancy import RuleSet, TestKind, remaining_tests
from tracker.domain.reminders import DAY_REMINDER_TIME
from tracker.errors import StoreError, UserInputError
from tracker.services import export_files, mapping
from tracker.services.appointments import AppointmentService
from tracker.services.pregnancy import PregnancyOverview, PregnancyService
from tracker.services.settings import load_reminder_settings
from tracker.words import Words


class CalendarExportWords(Words):
    pass


APPOINTMENT_LENGTH = dt.timedelta(minutes=30)
DEFAULT_FILE_NAME = "isotrack-appointments.ics"
# Every UID ends with the store's identity and this domain-like tail (RFC 5545 3.8.4.7).
UID_TAIL = "isotrack"
# The setting revision 0002 writes once: a JSON string holding a UUID.
STORE_IDENTITY_KEY = "store.identity"


def missing_identity() -> str:
    return CalendarExportWords.tr(
        "your data has no store identity (the setting store.identity), which names the events "
        "of an exported calendar; nothing was exported. Restoring a backup brings it back"
    )


MISSING_IDENTITY = missing_identity()  # in English: the constant is read at import
# SEQUENCE counts seconds from here: fixed, so that a later change always has a higher
# number (whatever an undo did to a record's creation time), and before any record.
SEQUENCE_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
# An all-day event's alarm: when the app's own reminder fires, counted from 00:00 that day.
_AT_REMINDER_TIME = dt.timedelta(hours=DAY_REMINDER_TIME.hour, minutes=DAY_REMINDER_TIME.minute)
_DAY_BEFORE = dt.timedelta(days=1)


# The events' words in the language in use when the calendar is exported; the constants
# below are the same words in English (read at import, before a language is installed).


def test_summaries() -> dict[TestKind, str]:
    return {
        TestKind.SCREENING: CalendarExportWords.tr("Screening pregnancy test due"),
        TestKind.CONFIRMATION: CalendarExportWords.tr("Confirmation pregnancy test due"),
        TestKind.MONTHLY: CalendarExportWords.tr("Monthly pregnancy test due"),
        TestKind.END_OF_COURSE: CalendarExportWords.tr("End-of-course pregnancy test due"),
        TestKind.AFTER_COURSE: CalendarExportWords.tr("After-course pregnancy test due"),
    }


def pickup_summary() -> str:
    return CalendarExportWords.tr("Last day to pick up your prescription")


def test_due_note() -> str:
    return CalendarExportWords.tr(
        "Worked out by isotrack from your test dates and the intervals of your rule set; "
        "you can change the intervals in the app."
    )


def ipledge_note() -> str:
    return CalendarExportWords.tr("Recording a test in isotrack does not submit it to iPLEDGE.")


def tentative_note() -> str:
    return CalendarExportWords.tr("Proposed by your follow-up plan; not confirmed yet.")


def not_due_note() -> str:
    return CalendarExportWords.tr(
        "Not due at the moment. isotrack writes this entry so that a date it gave before is "
        "taken off your calendar."
    )


TEST_SUMMARIES = test_summaries()
PICKUP_SUMMARY = pickup_summary()
TEST_DUE_NOTE = test_due_note()
IPLEDGE_NOTE = ipledge_note()
TENTATIVE_NOTE = tentative_note()
NOT_DUE_NOTE = not_due_note()


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


Alarms = tuple[dt.timedelta, ...]

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

    def events(self) -> list[CalendarEvent]:
        """The appointments by time, then the pregnancy-test dates (when they apply), all
        read in one transaction. Writes nothing; StoreError when the store has no identity
        to build the UIDs from."""
        now = self._clock.now()
        with self._sessions() as session:
            identity = read_store_identity(session)
            settings = load_reminder_settings(session)
            query = select(models.Appointment.id, models.Appointment.updated_at)
            changed: dict[int, dt.datetime] = dict(session.execute(query).all())
            snapshot = mapping.same_snapshot(session)  # the other services read it too
            appointments = AppointmentService(snapshot, self._clock).list()
            overview = PregnancyService(snapshot, self._clock).overview()
        leads = tuple(-lead.as_timedelta() for lead in settings.appointment_leads)
        wall_now = now.replace(tzinfo=None)
        events = []
        for appointment in appointments:
            alarms = leads if settings.enabled and _still_to_come(appointment, wall_now) else ()
            updated = changed[appointment.id]
            events.append(_appointment_event(appointment, identity, alarms, updated))
        if overview is not None:
            events += _pregnancy_events(
                overview,
                identity,
                sequence=sequence_at(now),
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
                CalendarExportWords.tr(
                    "{path} is a folder; give a file name, e.g. {example}"
                ).format(path=target, example=target / DEFAULT_FILE_NAME)
            )
        export_files.check_parent(target)
        events = self.events()
        export_files.write_file(target, render(events, self._clock.zone(), self._clock.now_utc()))
        return len(events)


def read_store_identity(session: Session) -> str:
    """The store's lasting name (a UUID, in its canonical form); StoreError when the
    setting is missing or does not hold a UUID (revision 0002 writes it, nothing removes it:
    only a hand-edited or damaged file lacks it). Never written here: a made-up identity
    would put every event into the calendar a second time."""
    row = session.get(models.Setting, STORE_IDENTITY_KEY)
    try:
        value = json.loads(row.value) if row is not None else None
        if not isinstance(value, str):
            raise ValueError("not a string")
        return str(uuid.UUID(value))
    except ValueError:  # JSONDecodeError is one, and so is a malformed UUID
        raise StoreError(missing_identity()) from None


def event_uid(name: str, identity: str) -> str:
    """ "appointment-12-<identity>@isotrack": unique to this record in this store."""
    return f"{name}-{identity}@{UID_TAIL}"


def sequence_at(instant: dt.datetime) -> int:
    """A SEQUENCE value: whole seconds from SEQUENCE_EPOCH to `instant` (aware), never below
    0 (a clock set far back must not give a negative number)."""
    return max(0, int((instant - SEQUENCE_EPOCH).total_seconds()))


def _still_to_come(appointment: Appointment, now: dt.datetime) -> bool:
    """Worth an alarm: tentative or planned, and not yet started (an alarm of a past event
    would pop up as a missed reminder in some calendar programs)."""
    return appointment.is_open and appointment.starts_at >= now


def _appointment_event(
    appointment: Appointment,
    identity: str,
    alarms: tuple[dt.timedelta, ...],
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
        sequence=sequence_at(updated),
        changed_at=updated,
    )


def _appointment_description(appointment: Appointment) -> str:
    parts = []
    if appointment.status is AppointmentStatus.TENTATIVE:
        parts.append(tentative_note())
    if appointment.note:
        parts.append(appointment.note)
    if appointment.status is AppointmentStatus.DONE and appointment.outcome:
        parts.append(
            CalendarExportWords.tr("Outcome: {outcome}").format(outcome=appointment.outcome)
        )
    return "\n\n".join(parts)


def _pregnancy_events(
    overview: PregnancyOverview,
    identity: str,
    *,
    sequence: int,
    today: dt.date,
    with_alarms: bool,
) -> list[CalendarEvent]:
    """One event per kind of test, then the pick-up window's last day: the ones due on
    their dates, the others CANCELLED (on today, without alarms). UIDs by kind: when the
    next monthly test moves a month on, the event moves with it."""

    def event(name: str, summary: str, due: tuple[dt.date, str, Alarms] | None) -> CalendarEvent:
        if due is None:
            return CalendarEvent(
                uid=event_uid(name, identity),
                summary=summary,
                start=today,
                description=not_due_note(),
                status=EventStatus.CANCELLED,
                sequence=sequence,
            )
        day, description, alarms = due
        return CalendarEvent(
            uid=event_uid(name, identity),
            summary=summary,
            start=day,
            description=description,
            alarms=alarms if with_alarms and day >= today else (),
            sequence=sequence,
        )

    schedule = overview.schedule
    test_note = test_due_note()
    if overview.rules is RuleSet.US:
        test_note += " " + ipledge_note()
    # The same tests still to come as the app shows (no after-course test when its
    # interval is 0: the end-of-course test is then the last).
    due_tests = dict(remaining_tests(schedule, overview.intervals))
    summaries = test_summaries()
    events = [
        event(
            f"pregnancy-test-{test_kind.value}",
            summaries[test_kind],
            None
            if test_kind not in due_tests
            else (due_tests[test_kind], test_note, (_AT_REMINDER_TIME,)),
        )
        for test_kind in TestKind
    ]
    pickup = None
    if schedule.pickup_window is not None:
        tested_on, closes = schedule.pickup_window
        window = overview.intervals.pickup_window_days
        pickup = (
            closes,
            CalendarExportWords.tr(
                "The %n-day window to pick up your prescription after your negative test on "
                "{day} ends with this day.",
                "",
                window,
            ).format(day=day_text(tested_on)),
            (_AT_REMINDER_TIME - _DAY_BEFORE, _AT_REMINDER_TIME),
        )
    events.append(event("pickup-window", pickup_summary(), pickup))
    return events
