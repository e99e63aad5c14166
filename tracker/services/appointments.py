"""Appointments: add, edit, move, confirm, cancel, mark done, remove, and plan follow-ups.

What each state allows (what a patient expects of a paper diary):
- `update` edits the details (kind, time, title, place, note) in any state; the state stays.
  A done appointment can be corrected too, but not moved to a later day than today: it has
  taken place.
- `move` reschedules: a tentative one stays tentative (it is confirmed on its own), a planned
  one stays planned, a cancelled one is booked again (planned). A done one only has its time
  corrected, to a day no later than today, and stays done.
- `confirm` turns a tentative (proposed) appointment into a planned one; anything else is
  refused with a word on what to do instead.
- `cancel` works on tentative and planned ones; a done one took place and cannot be
  cancelled.
- `mark_done` works on an appointment whose day has come (not a later day than today), in
  any state: marking a cancelled one done says it took place after all, and on a done one
  it corrects the outcome note.
- `remove` deletes in any state (dropping a proposed visit, a mistaken entry, undoing an add).

Every write is one transaction and returns what it replaced, for undo. `expected`, when given,
is the appointment as the patient was shown it: if the store holds something else by now
(another window, the command line), RecordChangedError is raised and nothing is written.
"""

from __future__ import annotations

import builtins
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.appointments import (
    DEFAULT_FOLLOW_UP_DAYS,
    DEFAULT_FOLLOW_UP_TIME,
    Appointment,
    AppointmentDraft,
    AppointmentKind,
    AppointmentStatus,
    check_draft,
    check_outcome,
    propose_follow_ups,
)
from tracker.domain.dates import when_text
from tracker.domain.progress import planned_last_day
from tracker.errors import RecordChangedError, UserInputError
from tracker.services import mapping


class AppointmentService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- reading -------------------------------------------------------------------------

    def list(self, *, course_id: int | None = None) -> list[Appointment]:
        """Every appointment (all states) by time; only one course's when `course_id` is
        given."""
        with self._sessions() as session:
            query = select(models.Appointment).order_by(
                models.Appointment.starts_at, models.Appointment.id
            )
            if course_id is not None:
                query = query.where(models.Appointment.course_id == course_id)
            return [_from_row(row) for row in session.scalars(query)]

    def get(self, appointment_id: int) -> Appointment:
        with self._sessions() as session:
            return _from_row(_row(session, appointment_id))

    def next_appointment(self, now: dt.datetime) -> Appointment | None:
        """The first tentative or planned appointment starting at `now` (naive local) or
        later."""
        with self._sessions() as session:
            row = session.scalars(
                select(models.Appointment)
                .where(
                    models.Appointment.starts_at >= now,
                    models.Appointment.status.in_(
                        [AppointmentStatus.TENTATIVE, AppointmentStatus.PLANNED]
                    ),
                )
                .order_by(models.Appointment.starts_at, models.Appointment.id)
            ).first()
            return None if row is None else _from_row(row)

    # -- writing -------------------------------------------------------------------------

    def add(self, draft: AppointmentDraft) -> Appointment:
        """A planned appointment, belonging to the active course (None before any course)."""
        clean = check_draft(draft, self._clock.today())
        with self._sessions.begin() as session:
            course = mapping.find_active_course(session)
            now = self._now_utc()
            row = models.Appointment(
                course_id=None if course is None else course.id,
                kind=clean.kind,
                starts_at=clean.starts_at,
                title=clean.title,
                place=clean.place,
                note=clean.note,
                status=AppointmentStatus.PLANNED,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            return _from_row(row)

    def update(
        self,
        appointment_id: int,
        draft: AppointmentDraft,
        *,
        expected: Appointment | None = None,
    ) -> Appointment:
        """Change the details; the state and outcome stay. Returns the previous version."""
        clean = check_draft(draft, self._clock.today())
        with self._sessions.begin() as session:
            row = self._row_to_change(session, appointment_id, expected)
            before = _from_row(row)
            if before.status is AppointmentStatus.DONE:
                self._check_done_stays_past(before, clean.starts_at)
            row.kind = clean.kind
            row.starts_at = clean.starts_at
            row.title = clean.title
            row.place = clean.place
            row.note = clean.note
            row.updated_at = self._now_utc()
            return before

    def move(
        self,
        appointment_id: int,
        starts_at: dt.datetime,
        *,
        expected: Appointment | None = None,
    ) -> Appointment:
        """Reschedule; a cancelled appointment moved to a new time is booked again (planned).
        Returns the previous version."""
        with self._sessions.begin() as session:
            row = self._row_to_change(session, appointment_id, expected)
            before = _from_row(row)
            clean = check_draft(_draft_of(before, starts_at), self._clock.today())
            if before.status is AppointmentStatus.DONE:
                self._check_done_stays_past(before, clean.starts_at)
            if before.status is AppointmentStatus.CANCELLED:
                row.status = AppointmentStatus.PLANNED
            row.starts_at = clean.starts_at
            row.updated_at = self._now_utc()
            return before

    def confirm(self, appointment_id: int, *, expected: Appointment | None = None) -> Appointment:
        """A proposed (tentative) appointment is booked: planned. Returns the previous
        version."""
        with self._sessions.begin() as session:
            row = self._row_to_change(session, appointment_id, expected)
            before = _from_row(row)
            if before.status is not AppointmentStatus.TENTATIVE:
                raise UserInputError(f"{before.describe()} is {_CONFIRM_REFUSALS[before.status]}")
            row.status = AppointmentStatus.PLANNED
            row.updated_at = self._now_utc()
            return before

    def cancel(self, appointment_id: int, *, expected: Appointment | None = None) -> Appointment:
        """Returns the previous version."""
        with self._sessions.begin() as session:
            row = self._row_to_change(session, appointment_id, expected)
            before = _from_row(row)
            if before.status is AppointmentStatus.DONE:
                raise UserInputError(
                    f"{before.describe()} has taken place, so it cannot be cancelled"
                )
            if before.status is AppointmentStatus.CANCELLED:
                raise UserInputError(f"{before.describe()} is already cancelled")
            row.status = AppointmentStatus.CANCELLED
            row.updated_at = self._now_utc()
            return before

    def mark_done(
        self,
        appointment_id: int,
        outcome: str | None = None,
        *,
        expected: Appointment | None = None,
    ) -> Appointment:
        """It took place; `outcome` is what was decided (None keeps the outcome already
        written, "" clears it). On a done appointment this corrects the outcome. Returns the
        previous version."""
        clean = None if outcome is None else check_outcome(outcome)
        with self._sessions.begin() as session:
            row = self._row_to_change(session, appointment_id, expected)
            before = _from_row(row)
            if before.starts_at.date() > self._clock.today():
                raise UserInputError(
                    f"{before.describe()} is on a later day than today; mark it done once it "
                    "has taken place"
                )
            row.status = AppointmentStatus.DONE
            if clean is not None:
                row.outcome = clean
            row.updated_at = self._now_utc()
            return before

    def remove(self, appointment_id: int, *, expected: Appointment | None = None) -> Appointment:
        """Delete it, whatever its state; returns it (restore() puts it back)."""
        with self._sessions.begin() as session:
            row = self._row_to_change(session, appointment_id, expected)
            before = _from_row(row)
            session.delete(row)
            return before

    def restore(self, appointment: Appointment) -> None:
        """Write `appointment` back exactly as it was, under its own id (re-inserted if it
        was removed). Undo and redo use it with values this service returned."""
        with self._sessions.begin() as session:
            now = self._now_utc()
            row = session.get(models.Appointment, appointment.id)
            if row is None:
                row = models.Appointment(id=appointment.id, created_at=now)
                session.add(row)
            row.course_id = appointment.course_id
            row.kind = appointment.kind
            row.starts_at = appointment.starts_at
            row.title = appointment.title
            row.place = appointment.place
            row.note = appointment.note
            row.outcome = appointment.outcome
            row.status = appointment.status
            row.updated_at = now

    def follow_up_times(
        self, every_days: int = DEFAULT_FOLLOW_UP_DAYS, at: dt.time = DEFAULT_FOLLOW_UP_TIME
    ) -> builtins.list[dt.datetime]:  # `list` here is the method above
        """The times plan_follow_ups() would add now, without adding them (a preview)."""
        with self._sessions() as session:
            course = mapping.active_course_row(session)
            return self._follow_up_times(session, course, every_days, at)

    def plan_follow_ups(
        self, every_days: int = DEFAULT_FOLLOW_UP_DAYS, at: dt.time = DEFAULT_FOLLOW_UP_TIME
    ) -> builtins.list[Appointment]:
        """Propose dermatology visits every `every_days` days from the active course's start
        up to its planned end, as tentative entries the patient confirms, moves or drops.

        Only times still to come are proposed, and a day that already holds a visit that is
        not cancelled (a tentative one included) is skipped: planning twice adds nothing new.
        Returns the new appointments, by time. Refused without an active course.
        """
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            now = self._now_utc()
            rows = [
                models.Appointment(
                    course_id=course.id,
                    kind=AppointmentKind.VISIT,
                    starts_at=starts_at,
                    status=AppointmentStatus.TENTATIVE,
                    created_at=now,
                    updated_at=now,
                )
                for starts_at in self._follow_up_times(session, course, every_days, at)
            ]
            session.add_all(rows)
            session.flush()
            return [_from_row(row) for row in rows]

    def _follow_up_times(
        self, session: Session, course: models.Course, every_days: int, at: dt.time
    ) -> builtins.list[dt.datetime]:
        booked = session.scalars(  # the interval is checked by the proposal
            select(models.Appointment.starts_at).where(
                models.Appointment.kind == AppointmentKind.VISIT,
                models.Appointment.status != AppointmentStatus.CANCELLED,
            )
        )
        proposals = propose_follow_ups(
            course.started_on,
            planned_last_day(course.started_on, course.planned_weeks),
            every_days,
            at,
            booked=(starts_at.date() for starts_at in booked),
        )
        now = self._clock.now().replace(tzinfo=None)
        return [starts_at for starts_at in proposals if starts_at >= now]

    # -- helpers -------------------------------------------------------------------------

    def _now_utc(self) -> dt.datetime:
        return self._clock.now_utc()

    def _row_to_change(
        self, session: Session, appointment_id: int, expected: Appointment | None
    ) -> models.Appointment:
        """The stored row, provided it is still what the patient was shown (`expected`)."""
        row = session.get(models.Appointment, appointment_id)
        if expected is not None:
            current = None if row is None else _from_row(row)
            if current != expected:
                now = "it has been removed" if current is None else f"now {current.describe()}"
                raise RecordChangedError(
                    f"{expected.describe()} was changed elsewhere since it was shown: {now}",
                    current,
                )
        if row is None:
            raise _missing(appointment_id)
        return row

    def _check_done_stays_past(self, before: Appointment, starts_at: dt.datetime) -> None:
        """A done appointment has taken place: its time can be corrected, to today at the
        latest."""
        if starts_at.date() > self._clock.today():
            raise UserInputError(
                f"{before.describe()} has taken place, so it cannot be moved to "
                f"{when_text(starts_at)}, a later day than today"
            )


_CONFIRM_REFUSALS = {
    AppointmentStatus.PLANNED: "already planned; there is nothing to confirm",
    AppointmentStatus.DONE: "done; only a proposed (tentative) appointment is confirmed",
    AppointmentStatus.CANCELLED: "cancelled; move it to a new time to book it again",
}


def _missing(appointment_id: int) -> UserInputError:
    return UserInputError(f"there is no appointment with id {appointment_id}")


def _row(session: Session, appointment_id: int) -> models.Appointment:
    row = session.get(models.Appointment, appointment_id)
    if row is None:
        raise _missing(appointment_id)
    return row


def _draft_of(appointment: Appointment, starts_at: dt.datetime) -> AppointmentDraft:
    return AppointmentDraft(
        kind=appointment.kind,
        starts_at=starts_at,
        title=appointment.title,
        place=appointment.place,
        note=appointment.note,
    )


def _from_row(row: models.Appointment) -> Appointment:
    return Appointment(
        id=row.id,
        course_id=row.course_id,
        kind=AppointmentKind(row.kind),
        starts_at=row.starts_at,
        title=row.title,
        place=row.place,
        note=row.note,
        outcome=row.outcome,
        status=AppointmentStatus(row.status),
    )
