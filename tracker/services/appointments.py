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
- `plan_follow_ups` replaces the active course's proposals still to come with a new series;
  planned, done and cancelled visits are never touched, and their days are left out.

Every write is one transaction and returns what it replaced, for undo. `expected`, when given,
is the appointment as the patient was shown it: if the store holds something else by now
(another window, the command line), RecordChangedError is raised and nothing is written.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.appointments import (
    DEFAULT_FOLLOW_UP_DAYS,
    DEFAULT_FOLLOW_UP_TIME,
    OPEN_STATUSES,
    Appointment,
    AppointmentDraft,
    AppointmentKind,
    AppointmentStatus,
    FollowUpPlan,
    FollowUpPreview,
    check_draft,
    check_outcome,
    propose_follow_ups,
)
from tracker.domain.dates import when_text
from tracker.domain.progress import planned_last_day
from tracker.errors import RecordChangedError, UserInputError
from tracker.services import mapping
from tracker.words import Words


class AppointmentServiceWords(Words):
    pass


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
                    models.Appointment.status.in_(sorted(OPEN_STATUSES)),
                )
                .order_by(models.Appointment.starts_at, models.Appointment.id)
            ).first()
            return None if row is None else _from_row(row)

    def proposals_after(self, course_id: int, last_day: dt.date) -> builtins.list[Appointment]:
        """The course's proposed (tentative) appointments on later days than `last_day`, by
        time: what ending the course on that day drops."""
        with self._sessions() as session:
            return [
                _from_row(row) for row in session.scalars(_proposals_after(course_id, last_day))
            ]

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
                raise UserInputError(_confirm_refusal(before))
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
                    AppointmentServiceWords.tr(
                        "{appointment} has taken place, so it cannot be cancelled"
                    ).format(appointment=before.describe())
                )
            if before.status is AppointmentStatus.CANCELLED:
                raise UserInputError(
                    AppointmentServiceWords.tr("{appointment} is already cancelled").format(
                        appointment=before.describe()
                    )
                )
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
                    AppointmentServiceWords.tr(
                        "{appointment} is on a later day than today; mark it done once it has "
                        "taken place"
                    ).format(appointment=before.describe())
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

    def restore(self, appointment: Appointment, *, expected: Appointment | None) -> None:
        """Write `appointment` back exactly as it was, under its own id, provided the store
        holds `expected` under that id: None when it was removed (undoing a removal: the id
        must be free), else the version that replaced it (undoing an edit). Otherwise
        RecordChangedError, and nothing is written. Undo and redo use it with values this
        service returned."""
        with self._sessions.begin() as session:
            self._write_back(session, appointment, expected)

    def exchange(
        self, *, remove: Sequence[Appointment] = (), insert: Sequence[Appointment] = ()
    ) -> None:
        """Remove each of `remove` (each still stored exactly so) and put each of `insert`
        back under its own id (each id free), in one transaction: undoing or redoing a plan
        of follow-ups, or putting back the proposals an ended course dropped. If any is not
        as expected, RecordChangedError and nothing is written."""
        with self._sessions.begin() as session:
            for appointment in remove:
                session.delete(self._row_to_change(session, appointment.id, appointment))
            session.flush()
            for appointment in insert:
                self._write_back(session, appointment, None)

    def follow_up_preview(
        self, every_days: int = DEFAULT_FOLLOW_UP_DAYS, at: dt.time = DEFAULT_FOLLOW_UP_TIME
    ) -> FollowUpPreview:
        """What plan_follow_ups() would do now, without doing it: the times it would add and
        the earlier proposals it would replace."""
        with self._sessions() as session:
            course = mapping.active_course_row(session)
            times, replaced = self._replan(session, course, every_days, at)
            return FollowUpPreview(tuple(times), tuple(_from_row(row) for row in replaced))

    def follow_up_times(
        self, every_days: int = DEFAULT_FOLLOW_UP_DAYS, at: dt.time = DEFAULT_FOLLOW_UP_TIME
    ) -> builtins.list[dt.datetime]:  # `list` here is the method above
        """The times plan_follow_ups() would add now, without adding them (a preview)."""
        return builtins.list(self.follow_up_preview(every_days, at).times)

    def plan_follow_ups(
        self, every_days: int = DEFAULT_FOLLOW_UP_DAYS, at: dt.time = DEFAULT_FOLLOW_UP_TIME
    ) -> FollowUpPlan:
        """Propose dermatology visits every `every_days` days from the active course's start
        up to its planned end, as tentative entries the patient confirms, moves or drops.

        A new plan replaces the course's earlier proposals still to come: they are dropped,
        except one already at a time the new plan proposes, which stays as it is. Planned,
        done and cancelled visits are kept, and a day holding a planned or done visit of the
        course is skipped. Only times still to come are proposed: planning twice the same
        way changes nothing. Returns what was added and what was dropped, by time, all in
        one transaction. Refused without an active course.
        """
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            times, replaced = self._replan(session, course, every_days, at)
            dropped = tuple(_from_row(row) for row in replaced)
            for row in replaced:
                session.delete(row)
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
                for starts_at in times
            ]
            session.add_all(rows)
            session.flush()
            return FollowUpPlan(added=tuple(_from_row(row) for row in rows), dropped=dropped)

    def _replan(
        self, session: Session, course: models.Course, every_days: int, at: dt.time
    ) -> tuple[builtins.list[dt.datetime], builtins.list[models.Appointment]]:
        """(the times to add, the earlier proposals to drop) for a new plan."""
        now = self._clock.now().replace(tzinfo=None)
        visits = session.scalars(
            select(models.Appointment)
            .where(
                models.Appointment.course_id == course.id,
                models.Appointment.kind == AppointmentKind.VISIT,
                models.Appointment.status != AppointmentStatus.CANCELLED,
            )
            .order_by(models.Appointment.starts_at, models.Appointment.id)
        ).all()
        # Proposals still to come are what a new plan replaces; every other visit (planned,
        # done, or a proposal whose time has passed) holds its day.
        replaceable = [
            row
            for row in visits
            if row.status == AppointmentStatus.TENTATIVE and row.starts_at >= now
        ]
        booked = [row.starts_at.date() for row in visits if row not in replaceable]
        proposals = propose_follow_ups(  # the interval is checked here
            course.started_on,
            planned_last_day(course.started_on, course.planned_weeks),
            every_days,
            at,
            booked=booked,
        )
        to_add: builtins.list[dt.datetime] = []
        for starts_at in (starts_at for starts_at in proposals if starts_at >= now):
            same = next((row for row in replaceable if row.starts_at == starts_at), None)
            if same is None:
                to_add.append(starts_at)
            else:  # already proposed at that very time: it stays, with any note on it
                replaceable.remove(same)
        return to_add, replaceable

    # -- helpers -------------------------------------------------------------------------

    def _now_utc(self) -> dt.datetime:
        return self._clock.now_utc()

    def _row_to_change(
        self, session: Session, appointment_id: int, expected: Appointment | None
    ) -> models.Appointment:
        """The stored row, provided it is still what the patient was shown (`expected`)."""
        row = session.get(models.Appointment, appointment_id)
        if expected is not None:
            _check_unchanged(row, expected)
        if row is None:
            raise _missing(appointment_id)
        return row

    def _write_back(
        self, session: Session, appointment: Appointment, expected: Appointment | None
    ) -> None:
        """`appointment` exactly, under its id, over `expected` (None: the id is free)."""
        row = session.get(models.Appointment, appointment.id)
        if expected is not None:
            _check_unchanged(row, expected)
        elif row is not None:
            current = _from_row(row)
            raise RecordChangedError(
                AppointmentServiceWords.tr(
                    "{appointment} is on record again, so it was not put back a second time"
                ).format(appointment=current.describe()),
                current,
            )
        now = self._now_utc()
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

    def _check_done_stays_past(self, before: Appointment, starts_at: dt.datetime) -> None:
        """A done appointment has taken place: its time can be corrected, to today at the
        latest."""
        if starts_at.date() > self._clock.today():
            raise UserInputError(
                AppointmentServiceWords.tr(
                    "{appointment} has taken place, so it cannot be moved to {when}, a later "
                    "day than today"
                ).format(appointment=before.describe(), when=when_text(starts_at))
            )


def _confirm_refusal(appointment: Appointment) -> str:
    """Why an appointment that is not a proposal cannot be confirmed."""
    if appointment.status is AppointmentStatus.PLANNED:
        text = AppointmentServiceWords.tr(
            "{appointment} is already planned; there is nothing to confirm"
        )
    elif appointment.status is AppointmentStatus.DONE:
        text = AppointmentServiceWords.tr(
            "{appointment} is done; only a proposed (tentative) appointment is confirmed"
        )
    else:
        text = AppointmentServiceWords.tr(
            "{appointment} is cancelled; move it to a new time to book it again"
        )
    return text.format(appointment=appointment.describe())


def drop_proposals_after(session: Session, course_id: int, last_day: dt.date) -> list[Appointment]:
    """Delete the course's proposed (tentative) appointments on later days than `last_day`,
    in the caller's transaction; returns them by time (for undo). Ending a course calls it:
    proposals past its last day would keep reminding and stay "next"."""
    rows = session.scalars(_proposals_after(course_id, last_day)).all()
    dropped = [_from_row(row) for row in rows]
    for row in rows:
        session.delete(row)
    return dropped


def _proposals_after(course_id: int, last_day: dt.date) -> Select[models.Appointment]:
    return (
        select(models.Appointment)
        .where(
            models.Appointment.course_id == course_id,
            models.Appointment.status == AppointmentStatus.TENTATIVE,
            models.Appointment.starts_at >= dt.datetime.combine(last_day, dt.time()) + _DAY,
        )
        .order_by(models.Appointment.starts_at, models.Appointment.id)
    )


_DAY = dt.timedelta(days=1)


def _check_unchanged(row: models.Appointment | None, expected: Appointment) -> None:
    """RecordChangedError unless `row` holds `expected` exactly."""
    current = None if row is None else _from_row(row)
    if current != expected:
        if current is None:
            text = AppointmentServiceWords.tr(
                "{appointment} was changed elsewhere since it was shown: it has been removed"
            )
        else:
            text = AppointmentServiceWords.tr(
                "{appointment} was changed elsewhere since it was shown: now {current}"
            )
        raise RecordChangedError(
            text.format(
                appointment=expected.describe(),
                current=None if current is None else current.describe(),
            ),
            current,
        )


def _missing(appointment_id: int) -> UserInputError:
    return UserInputError(
        AppointmentServiceWords.tr("there is no appointment with id {id}").format(id=appointment_id)
    )


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
