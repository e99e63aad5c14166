"""The profile, the course and its regimen."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain import limits
from tracker.domain.regimen import DosePeriod, Regimen
from tracker.errors import UserInputError
from tracker.services import mapping
from tracker.services.records import CourseInfo, CourseStart, ProfileInfo
from tracker.services.weights import upsert_weight

PROFILE_ID = 1


class CourseService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- profile -------------------------------------------------------------------------

    def profile(self) -> ProfileInfo | None:
        with self._sessions() as session:
            row = session.get(models.Profile, PROFILE_ID)
            if row is None:
                return None
            return ProfileInfo(row.name, row.date_of_birth, row.can_become_pregnant)

    def save_profile(self, profile: ProfileInfo) -> None:
        self._check_profile(profile)
        with self._sessions.begin() as session:
            _copy_profile(profile, self._profile_row(session))

    def _check_profile(self, profile: ProfileInfo) -> None:
        if profile.date_of_birth is not None and profile.date_of_birth > self._clock.today():
            raise UserInputError("date of birth cannot be in the future")

    def _profile_row(self, session: Session) -> models.Profile:
        row = session.get(models.Profile, PROFILE_ID)
        if row is None:
            row = models.Profile(id=PROFILE_ID, name="", created_at=self._clock.now_utc())
            session.add(row)
        return row

    # -- course --------------------------------------------------------------------------

    def active_course(self) -> CourseInfo | None:
        with self._sessions() as session:
            row = mapping.find_active_course(session)
            return None if row is None else mapping.course_info(row)

    def start_course(self, start: CourseStart, profile: ProfileInfo | None = None) -> CourseInfo:
        """Start a course with its first dose period and the starting weight, and save the
        profile if given, all in one transaction.

        Refused while another course is active (a patient takes one course at a time) and
        for a start date still in the future (nothing to track yet).
        """
        limits.check_weight_kg(start.weight_kg)
        reference = start.reference_weight_kg or start.weight_kg
        limits.check_weight_kg(reference)
        limits.check_target(start.target_mg_per_kg)
        limits.check_planned_weeks(start.planned_weeks)
        if not start.product.strip():
            raise UserInputError("name the product (for example Claravis or a generic)")
        if start.first_period.starts_on != start.started_on:
            raise UserInputError("the first dose period starts on the course's first day")
        if start.started_on > self._clock.today():
            raise UserInputError(
                f"{start.started_on.isoformat()} is in the future; set the course up on or "
                "after its first day"
            )
        if profile is not None:
            self._check_profile(profile)
        with self._sessions.begin() as session:
            active = mapping.find_active_course(session)
            if active is not None:
                raise UserInputError(
                    f"a course is already active (started {active.started_on.isoformat()}); "
                    "end it before starting another"
                )
            profile_row = self._profile_row(session)
            if profile is not None:
                _copy_profile(profile, profile_row)
            session.flush()  # the course refers to the profile row
            now = self._clock.now_utc()
            course = models.Course(
                profile_id=PROFILE_ID,
                product=start.product.strip(),
                started_on=start.started_on,
                planned_weeks=start.planned_weeks,
                target_mg_per_kg=start.target_mg_per_kg,
                reference_weight_kg=reference,
                prescriber=start.prescriber.strip(),
                created_at=now,
            )
            course.periods.append(_period_row(start.first_period, now))
            session.add(course)
            upsert_weight(session, start.started_on, start.weight_kg, now)
            session.flush()
            return mapping.course_info(course)

    def end_course(self, ended_on: dt.date) -> CourseInfo:
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            if ended_on < course.started_on:
                raise UserInputError("a course cannot end before it started")
            if ended_on > self._clock.today():
                raise UserInputError("a course cannot end in the future")
            course.ended_on = ended_on
            return mapping.course_info(course)

    def update_course(
        self,
        *,
        target_mg_per_kg: float | None = None,
        reference_weight_kg: float | None = None,
        planned_weeks: int | None = None,
        prescriber: str | None = None,
    ) -> CourseInfo:
        """Change the doctor's target, the reference weight, the plan or the prescriber."""
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            if target_mg_per_kg is not None:
                course.target_mg_per_kg = limits.check_target(target_mg_per_kg)
            if reference_weight_kg is not None:
                course.reference_weight_kg = limits.check_weight_kg(reference_weight_kg)
            if planned_weeks is not None:
                course.planned_weeks = limits.check_planned_weeks(planned_weeks)
            if prescriber is not None:
                course.prescriber = prescriber.strip()
            return mapping.course_info(course)

    # -- regimen -------------------------------------------------------------------------

    def regimen(self) -> Regimen:
        with self._sessions() as session:
            course = mapping.active_course_row(session)
            return mapping.load_regimen(session, course.id)

    def set_dose_period(self, period: DosePeriod) -> None:
        """Add a dose period, replacing one that starts on the same day."""
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            if period.starts_on < course.started_on:
                raise UserInputError(
                    f"{period.starts_on.isoformat()} is before the course started "
                    f"({course.started_on.isoformat()})"
                )
            existing = session.scalars(
                select(models.DosePeriod).where(
                    models.DosePeriod.course_id == course.id,
                    models.DosePeriod.starts_on == period.starts_on,
                )
            ).first()
            if existing is not None:
                session.delete(existing)
                session.flush()
            course.periods.append(_period_row(period, self._clock.now_utc()))

    def remove_dose_period(self, starts_on: dt.date) -> None:
        """Remove a later period (a mistake); the course's first period can only be replaced."""
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            if starts_on == course.started_on:
                raise UserInputError(
                    "the first dose period cannot be removed; set a new dose from the start date"
                )
            row = session.scalars(
                select(models.DosePeriod).where(
                    models.DosePeriod.course_id == course.id,
                    models.DosePeriod.starts_on == starts_on,
                )
            ).first()
            if row is None:
                raise UserInputError(f"no dose period starts on {starts_on.isoformat()}")
            session.delete(row)


def _copy_profile(profile: ProfileInfo, row: models.Profile) -> None:
    row.name = profile.name.strip()
    row.date_of_birth = profile.date_of_birth
    row.can_become_pregnant = profile.can_become_pregnant


def _period_row(period: DosePeriod, now: dt.datetime) -> models.DosePeriod:
    return models.DosePeriod(
        starts_on=period.starts_on,
        cycle_days=len(period.cycle),
        created_at=now,
        intakes=mapping.period_intake_rows(period),
    )
