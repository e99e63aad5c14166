"""Copying between stored rows and domain values, in one place."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from tracker.db import models
from tracker.db.engine import READ_ONLY_OPTION
from tracker.domain.doselog import DoseEntry
from tracker.domain.progress import CourseFacts, Weighing
from tracker.domain.regimen import DosePeriod, Regimen, format_capsules
from tracker.errors import NoActiveCourseError, NoCourseYetError
from tracker.services import assemble
from tracker.services.records import CourseInfo


def find_active_course(session: Session) -> models.Course | None:
    """The course without an end date (the schema allows at most one)."""
    return session.scalars(select(models.Course).where(models.Course.ended_on.is_(None))).first()


def active_course_row(session: Session) -> models.Course:
    row = find_active_course(session)
    if row is None:
        raise NoActiveCourseError()
    return row


def find_current_course(session: Session) -> models.Course | None:
    """The course the app shows: the active one, else the one started last (ended)."""
    return (
        find_active_course(session)
        or session.scalars(
            select(models.Course).order_by(models.Course.started_on.desc(), models.Course.id.desc())
        ).first()
    )


def current_course_row(session: Session) -> models.Course:
    row = find_current_course(session)
    if row is None:
        raise NoCourseYetError()
    return row


def all_courses(session: Session) -> list[models.Course]:
    """Every course, the earliest first (two starting on the same day: as entered)."""
    return list(
        session.scalars(select(models.Course).order_by(models.Course.started_on, models.Course.id))
    )


def course_info(row: models.Course) -> CourseInfo:
    return assemble.course_info(
        id=row.id,
        product=row.product,
        started_on=row.started_on,
        planned_weeks=row.planned_weeks,
        target_mg_per_kg=row.target_mg_per_kg,
        reference_weight_kg=row.reference_weight_kg,
        prescriber=row.prescriber,
        ended_on=row.ended_on,
    )


def period_to_domain(row: models.DosePeriod) -> DosePeriod:
    return assemble.dose_period(
        row.starts_on,
        row.cycle_days,
        ((i.cycle_day, i.mg, i.label, i.capsules) for i in row.intakes),
    )


def period_intake_rows(period: DosePeriod) -> list[models.PlannedIntake]:
    return [
        models.PlannedIntake(
            cycle_day=cycle_day,
            position=position,
            label=intake.label,
            mg=intake.mg,
            capsules=format_capsules(intake.capsules_mg),
        )
        for cycle_day, plan in enumerate(period.cycle)
        for position, intake in enumerate(plan.intakes)
    ]


def entry_to_domain(row: models.DoseEntry) -> DoseEntry:
    return DoseEntry(
        day=row.day,
        status=row.status,
        mg_taken=row.mg_taken,
        with_food=row.with_food,
        taken_at=row.taken_at,
        note=row.note,
    )


def load_regimen(session: Session, course_id: int) -> Regimen:
    rows = session.scalars(
        select(models.DosePeriod)
        .where(models.DosePeriod.course_id == course_id)
        .options(selectinload(models.DosePeriod.intakes))
    )
    return Regimen(period_to_domain(row) for row in rows)


def load_weights(session: Session) -> list[Weighing]:
    rows: Iterable[models.Weight] = session.scalars(
        select(models.Weight).order_by(models.Weight.measured_on)
    )
    return [Weighing(row.measured_on, row.kg) for row in rows]


def load_facts(session: Session, course: models.Course) -> CourseFacts:
    """Everything about `course` as domain values, in three queries."""
    entries = session.scalars(
        select(models.DoseEntry).where(models.DoseEntry.course_id == course.id)
    )
    return CourseFacts(
        started_on=course.started_on,
        planned_weeks=course.planned_weeks,
        target_mg_per_kg=course.target_mg_per_kg,
        reference_weight_kg=course.reference_weight_kg,
        regimen=load_regimen(session, course.id),
        entries={row.day: entry_to_domain(row) for row in entries},
        weights=load_weights(session),
        ended_on=course.ended_on,
    )


def logged_days(session: Session, course_id: int, first: dt.date, last: dt.date) -> set[dt.date]:
    """The days from `first` to `last` that have an entry of any kind (taken, missed,
    skipped): the days a backlog fill leaves alone and no dose reminder is due for."""
    return set(
        session.scalars(
            select(models.DoseEntry.day).where(
                models.DoseEntry.course_id == course_id,
                models.DoseEntry.day >= first,
                models.DoseEntry.day <= last,
            )
        )
    )


def same_snapshot(session: Session) -> sessionmaker[Session]:
    """Sessions that read through `session`'s connection, inside its transaction: another
    service can then read the same snapshot without a second BEGIN IMMEDIATE (which, opened
    inside this one, would wait for our own lock). Closing them leaves the transaction open."""
    return sessionmaker(bind=session.connection(), expire_on_commit=False)


@contextlib.contextmanager
def read_session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session for reading only: one consistent snapshot (a plain BEGIN) that does not take
    the write lock, so that a long read (a complete export, the visit summary) never makes
    a write elsewhere wait. Anything written in it is rolled back when it ends."""
    with sessions() as session:
        # Set before the session's transaction begins: engine._on_begin reads it.
        session.connection(execution_options={READ_ONLY_OPTION: True})
        yield session
