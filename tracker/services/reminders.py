"""Which reminders are due, and what the patient did with them (dismissed, snoozed).

`due()` reads the settings, the active course's plan and log, the open appointments, the
pregnancy schedule and the PHQ-2 rhythm, and hands them to the rules in
tracker.domain.reminders with "now". A reminder never writes to the log: dismissing a dose
reminder leaves the day unlogged.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.appointments import OPEN_STATUSES, AppointmentStatus, kind_name
from tracker.domain.limits import check_plausible_date
from tracker.domain.pregnancy import TestKind
from tracker.domain.reminders import (
    NEVER_ANSWERED,
    DoseDay,
    Reminder,
    ReminderState,
    UpcomingAppointment,
    appointment_reminders,
    dose_reminders,
    dose_window,
    instant_to_wall,
    phq2_reminders,
    pickup_reminders,
    pregnancy_test_reminders,
    unanswered,
    wall_to_instant,
)
from tracker.errors import UserInputError
from tracker.services import mapping
from tracker.services.mood import MoodService
from tracker.services.pregnancy import PregnancyService
from tracker.services.settings import load_reminder_settings
from tracker.words import Words

# "dose:2026-11-29:0", "appointment:12:2026-03-10T10:00:1d", "test-due:monthly:2026-12-01",
# "pickup:2026-12-05", "phq2:2026-12-05"
_KEY = re.compile(r"(dose|appointment|test-due|pickup|phq2):[0-9a-zT:-]{1,60}")


class ReminderServiceWords(Words):
    pass


class ReminderService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def due(self, at: dt.datetime | None = None) -> list[Reminder]:
        """What is due at `at` (naive local wall clock; default: now) and not answered,
        earliest first. Nothing is due when the patient turned reminders off (and nothing
        else is read then: the app asks every half minute).

        No dose reminder is due while a positive pregnancy test awaits the prescriber's
        response: the app does not prompt a dose then."""
        zone = self._clock.zone()
        now = self._now(at)
        with self._sessions() as session:  # one snapshot, one lock, every 30 s
            settings = load_reminder_settings(session)
            if not settings.enabled:
                return []
            found, doses_paused = self._pregnancy_reminders(mapping.same_snapshot(session), now)
            if not doses_paused:
                found += dose_reminders(
                    self._dose_days(session, now), settings.dose_times, now=now, zone=zone
                )
            found += appointment_reminders(
                self._appointments(session), settings.appointment_leads, now=now, zone=zone
            )
            # The PHQ-2 on the patient's rhythm, during a course (none when it is off).
            mood = MoodService(mapping.same_snapshot(session), self._clock)
            phq2_due = mood.phq2_due(instant_to_wall(now, zone).date())
            found += phq2_reminders(phq2_due, now=now, zone=zone)
            keys = [r.key for r in found]
            rows = session.scalars(
                select(models.ReminderState).where(models.ReminderState.key.in_(keys))
            )
            states = {row.key: _state(row) for row in rows}
        return unanswered(found, states, now=now, zone=zone)

    def state(self, key: str) -> ReminderState:
        """What the patient did with reminder `key` (NEVER_ANSWERED: nothing yet)."""
        _check_key(key)
        with self._sessions() as session:
            row = session.get(models.ReminderState, key)
            return NEVER_ANSWERED if row is None else _state(row)

    def dismiss(self, key: str) -> ReminderState:
        """Put the reminder away for good (a dose reminder: the day stays unlogged).
        Returns the state it had, for undo."""
        return self._write(key, ReminderState(dismissed=True))

    def snooze(self, key: str, until: dt.datetime) -> ReminderState:
        """Hide the reminder until `until` (naive local wall clock, later than now); it is
        due again from then. Returns the state it had, for undo."""
        if until.tzinfo is not None:
            raise UserInputError(ReminderServiceWords.tr("snooze until a time on the local clock"))
        now = self._clock.now()
        check_plausible_date(until.date(), instant_to_wall(now, self._clock.zone()).date())
        if wall_to_instant(until, self._clock.zone()) <= now:
            raise UserInputError(
                ReminderServiceWords.tr("snooze until a time later than now, not {time}").format(
                    time=f"{until:%Y-%m-%d %H:%M}"
                )
            )
        return self._write(key, ReminderState(snoozed_until=until))

    def restore_state(self, key: str, state: ReminderState) -> None:
        """Put back a state `dismiss` or `snooze` returned (undo); the empty state removes
        the record, so the reminder is as if never answered."""
        self._write(key, state)

    def _write(self, key: str, state: ReminderState) -> ReminderState:
        _check_key(key)
        with self._sessions.begin() as session:
            row = session.get(models.ReminderState, key)
            previous = NEVER_ANSWERED if row is None else _state(row)
            if state.is_empty:
                if row is not None:
                    session.delete(row)
                return previous
            if row is None:
                row = models.ReminderState(key=key)
                session.add(row)
            now = self._clock.now_utc()
            row.dismissed_at = now if state.dismissed else None
            row.snoozed_until = state.snoozed_until
            row.updated_at = now
            return previous

    def _now(self, at: dt.datetime | None) -> dt.datetime:
        if at is None:
            return self._clock.now()
        if at.tzinfo is None:
            return wall_to_instant(at, self._clock.zone())
        return at

    def _dose_days(self, session: Session, now: dt.datetime) -> list[DoseDay]:
        """The active course's days in the look-back window up to today."""
        course = mapping.find_active_course(session)
        if course is None:
            return []
        # A day before the course began has no plan (0 mg), so it has no reminder either.
        first, last = dose_window(instant_to_wall(now, self._clock.zone()).date())
        regimen = mapping.load_regimen(session, course.id)
        logged = mapping.logged_days(session, course.id, first, last)
        days = []
        day = first
        while day <= last:
            days.append(DoseDay(day, regimen.plan_for(day), day in logged))
            day += dt.timedelta(days=1)
        return days

    def _appointments(self, session: Session) -> list[UpcomingAppointment]:
        """Every planned and tentative appointment (a handful; the rules pick the ones with a
        reminder due)."""
        rows = session.scalars(
            select(models.Appointment).where(models.Appointment.status.in_(OPEN_STATUSES))
        )
        return [
            UpcomingAppointment(id=row.id, starts_at=row.starts_at, what=_what(row)) for row in rows
        ]

    def _pregnancy_reminders(
        self, snapshot: sessionmaker[Session], now: dt.datetime
    ) -> tuple[list[Reminder], bool]:
        """The test-due and pick-up reminders, and whether a positive test awaits the
        prescriber's response (no dose reminders then)."""
        zone = self._clock.zone()
        today = instant_to_wall(now, zone).date()
        overview = PregnancyService(snapshot, self._clock).overview(today)
        if overview is None:  # the profile says the patient cannot become pregnant
            return [], False
        schedule = overview.schedule
        kind = schedule.next_test_kind
        found = (
            []
            if kind is None
            else pregnancy_test_reminders(
                schedule.next_test_due, _test_name(kind), kind=kind.value, now=now, zone=zone
            )
        )
        checklist = schedule.checklist_test
        if checklist is None or checklist.picked_up_on is None:  # nothing left to pick up
            found += pickup_reminders(schedule.pickup_window, now=now, zone=zone)
        return found, schedule.unresolved_positive is not None


def _what(row: models.Appointment) -> str:
    """The appointment as its reminder names it: its title, else its kind's name; a
    proposed one says it is not confirmed yet."""
    what = row.title or kind_name(row.kind)
    if row.status is AppointmentStatus.TENTATIVE:
        return ReminderServiceWords.tr("{what} (not confirmed yet)").format(what=what)
    return what


def _test_name(kind: TestKind) -> str:
    """ "Monthly pregnancy test": which test, named whole (the kind's name is "Monthly
    test")."""
    if kind is TestKind.SCREENING:
        return ReminderServiceWords.tr("Screening pregnancy test")
    if kind is TestKind.CONFIRMATION:
        return ReminderServiceWords.tr("Confirmation pregnancy test")
    if kind is TestKind.MONTHLY:
        return ReminderServiceWords.tr("Monthly pregnancy test")
    if kind is TestKind.END_OF_COURSE:
        return ReminderServiceWords.tr("End-of-course pregnancy test")
    return ReminderServiceWords.tr("After-course pregnancy test")


def _state(row: models.ReminderState) -> ReminderState:
    return ReminderState(dismissed=row.dismissed_at is not None, snoozed_until=row.snoozed_until)


def _check_key(key: str) -> None:
    if not _KEY.fullmatch(key):
        raise UserInputError(
            ReminderServiceWords.tr("there is no reminder called {key}").format(key=repr(key[:80]))
        )
