"""The profile, the course and its regimen."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain import limits
from tracker.domain.appointments import Appointment
from tracker.domain.progress import compute_progress
from tracker.domain.regimen import DosePeriod, Regimen
from tracker.errors import UserInputError
from tracker.services import mapping
from tracker.services.appointments import drop_proposals_after
from tracker.services.records import (
    CourseEdit,
    CourseInfo,
    CourseStart,
    ProfileInfo,
    StartChange,
)
from tracker.services.weights import upsert_weight
from tracker.words import Words

PROFILE_ID = 1
MAX_NAME_LENGTH = 200  # the column's size


class CourseServiceWords(Words):
    pass


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

    def save_profile(self, profile: ProfileInfo) -> ProfileInfo:
        """Store the profile; returns what it replaced (for undo)."""
        self.check_profile(profile)
        with self._sessions.begin() as session:
            row = self._profile_row(session)
            before = ProfileInfo(row.name, row.date_of_birth, row.can_become_pregnant)
            _copy_profile(profile, row)
            return before

    def check_profile(self, profile: ProfileInfo) -> None:
        """Refuse a profile that save_profile would refuse, without writing (a form that
        writes the course and the profile together checks both first)."""
        limits.check_text(
            profile.name.strip(),
            what=CourseServiceWords.tr("the name"),
            max_length=MAX_NAME_LENGTH,
            multiline=False,
        )
        if profile.date_of_birth is not None and profile.date_of_birth > self._clock.today():
            raise UserInputError(CourseServiceWords.tr("date of birth cannot be in the future"))

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

    def current_course(self) -> CourseInfo | None:
        """The course the app shows: the active one, else the most recent ended one
        (None before the first course)."""
        with self._sessions() as session:
            row = mapping.find_current_course(session)
            return None if row is None else mapping.course_info(row)

    def courses(self) -> list[CourseInfo]:
        """Every course on record, the earliest start first."""
        with self._sessions() as session:
            return [mapping.course_info(row) for row in mapping.all_courses(session)]

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
        _check_product(start.product)
        _check_prescriber(start.prescriber)
        if start.first_period.starts_on != start.started_on:
            raise UserInputError(
                CourseServiceWords.tr("the first dose period starts on the course's first day")
            )
        if start.started_on > self._clock.today():
            raise UserInputError(
                CourseServiceWords.tr(
                    "{day} is in the future; set the course up on or after its first day"
                ).format(day=start.started_on.isoformat())
            )
        if profile is not None:
            self.check_profile(profile)
        with self._sessions.begin() as session:
            active = mapping.find_active_course(session)
            if active is not None:
                raise UserInputError(
                    CourseServiceWords.tr(
                        "a course is already active (started {day}); end it before starting another"
                    ).format(day=active.started_on.isoformat())
                )
            profile_row = self._profile_row(session)
            if profile is not None:
                _copy_profile(profile, profile_row)
            session.flush()  # the course refers to the profile row
            now = self._clock.now_utc()
            course = models.Course(
                profile_id=PROFILE_ID,
                product=_check_product(start.product),
                started_on=start.started_on,
                planned_weeks=start.planned_weeks,
                target_mg_per_kg=start.target_mg_per_kg,
                reference_weight_kg=reference,
                prescriber=_check_prescriber(start.prescriber),
                created_at=now,
            )
            course.periods.append(_period_row(start.first_period, now))
            session.add(course)
            upsert_weight(session, start.started_on, start.weight_kg, now)
            session.flush()
            return mapping.course_info(course)

    def end_course(
        self,
        ended_on: dt.date,
        *,
        course_id: int | None = None,
        dropped: list[Appointment] | None = None,
    ) -> CourseInfo:
        """Record `ended_on` as the active course's last day; returns the ended course
        (before the change it was the same with `ended_on` None: `reopen_course` undoes it).

        The course's proposed (tentative) appointments on later days are dropped in the
        same transaction (they would keep reminding, and stay "next"); planned ones stay.
        `dropped`, when given, receives them, by time, so that an undo can put them back
        (AppointmentService.exchange) after reopening the course.

        Refused for a day before the start or after today, and when days after it are
        logged: they would silently stop counting. `course_id` (redo) refuses the call
        unless the active course is that one.
        """
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            if course_id is not None and course.id != course_id:
                raise UserInputError(
                    CourseServiceWords.tr(
                        "the active course is now another one (started {day})"
                    ).format(day=course.started_on.isoformat())
                )
            if ended_on < course.started_on:
                raise UserInputError(CourseServiceWords.tr("a course cannot end before it started"))
            if ended_on > self._clock.today():
                raise UserInputError(CourseServiceWords.tr("a course cannot end in the future"))
            logged_after = session.scalar(
                select(func.count())
                .select_from(models.DoseEntry)
                .where(models.DoseEntry.course_id == course.id, models.DoseEntry.day > ended_on)
            )
            if logged_after:
                raise UserInputError(_logged_after(logged_after, ended_on))
            course.ended_on = ended_on
            proposals = drop_proposals_after(session, course.id, ended_on)
            if dropped is not None:
                dropped[:] = proposals
            return mapping.course_info(course)

    def reopen_course(self, course_id: int) -> CourseInfo:
        """Make an ended course active again (undoing its end, or to correct an entry);
        returns it as it was, ended. Only the most recent course can be reopened, and
        only while no other course is active."""
        with self._sessions.begin() as session:
            course = session.get(models.Course, course_id)
            if course is None:
                raise UserInputError(CourseServiceWords.tr("that course is no longer on record"))
            if course.ended_on is None:
                raise UserInputError(CourseServiceWords.tr("this course has not ended"))
            active = mapping.find_active_course(session)
            if active is not None:
                raise UserInputError(
                    CourseServiceWords.tr(
                        "another course is active (started {day}); only one course can be "
                        "active at a time"
                    ).format(day=active.started_on.isoformat())
                )
            latest = mapping.find_current_course(session)
            if latest is not course:
                assert latest is not None  # `course` itself is on record
                raise UserInputError(
                    CourseServiceWords.tr(
                        "a later course (started {day}) is on record; only the most recent "
                        "course can be reopened"
                    ).format(day=latest.started_on.isoformat())
                )
            before = mapping.course_info(course)
            course.ended_on = None
            return before

    def update_course(self, edit: CourseEdit) -> CourseInfo:
        """Correct the course after the fact: the doctor's target, the reference weight, the
        plan, the prescriber, the product, or the start date (the first dose period moves
        with it). Everything is checked before anything is written."""
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            if edit.target_mg_per_kg is not None:
                course.target_mg_per_kg = limits.check_target(edit.target_mg_per_kg)
            if edit.reference_weight_kg is not None:
                course.reference_weight_kg = limits.check_weight_kg(edit.reference_weight_kg)
            if edit.planned_weeks is not None:
                course.planned_weeks = limits.check_planned_weeks(edit.planned_weeks)
            if edit.prescriber is not None:
                course.prescriber = _check_prescriber(edit.prescriber)
            if edit.product is not None:
                course.product = _check_product(edit.product)
            if edit.started_on is not None and edit.started_on != course.started_on:
                self._check_new_start(session, course, edit.started_on)
                for period in course.periods:
                    if period.starts_on == course.started_on:
                        period.starts_on = edit.started_on
                course.started_on = edit.started_on
            return mapping.course_info(course)

    def start_change_effect(self, started_on: dt.date) -> StartChange:
        """The figures today as they are and as they would be with the course starting on
        `started_on`, so the patient sees the effect before saving. Refused as
        `update_course` would refuse it."""
        today = self._clock.today()
        with self._sessions() as session:
            course = mapping.active_course_row(session)
            self._check_new_start(session, course, started_on)
            facts = mapping.load_facts(session, course)
        moved = Regimen(
            replace(p, starts_on=started_on) if p.starts_on == facts.started_on else p
            for p in facts.regimen.periods
        )
        return StartChange(
            started_on=started_on,
            before=compute_progress(facts, today),
            after=compute_progress(replace(facts, started_on=started_on, regimen=moved), today),
        )

    def _check_new_start(self, session: Session, course: models.Course, day: dt.date) -> None:
        if day > self._clock.today():
            raise UserInputError(
                CourseServiceWords.tr(
                    "{day} is in the future; a course is set up on or after its first day"
                ).format(day=day.isoformat())
            )
        logged_before = session.scalar(
            select(func.count())
            .select_from(models.DoseEntry)
            .where(models.DoseEntry.course_id == course.id, models.DoseEntry.day < day)
        )
        if logged_before:
            raise UserInputError(_logged_before(logged_before, day))
        for period in course.periods:
            if course.started_on < period.starts_on <= day:
                raise UserInputError(
                    CourseServiceWords.tr(
                        "a dose period starts on {day}, on or before the new start; remove it first"
                    ).format(day=period.starts_on.isoformat())
                )

    # -- regimen -------------------------------------------------------------------------

    def regimen(self) -> Regimen:
        """The dose periods of the current course (an ended one's too, for display)."""
        with self._sessions() as session:
            course = mapping.current_course_row(session)
            return mapping.load_regimen(session, course.id)

    def set_dose_period(self, period: DosePeriod) -> DosePeriod | None:
        """Add a dose period, replacing one that starts on the same day; returns the
        replaced one (for undo)."""
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            if period.starts_on < course.started_on:
                raise UserInputError(
                    CourseServiceWords.tr("{day} is before the course started ({start})").format(
                        day=period.starts_on.isoformat(), start=course.started_on.isoformat()
                    )
                )
            existing = session.scalars(
                select(models.DosePeriod).where(
                    models.DosePeriod.course_id == course.id,
                    models.DosePeriod.starts_on == period.starts_on,
                )
            ).first()
            replaced = None
            if existing is not None:
                replaced = mapping.period_to_domain(existing)
                session.delete(existing)
                session.flush()
            course.periods.append(_period_row(period, self._clock.now_utc()))
            return replaced

    def remove_dose_period(self, starts_on: dt.date) -> DosePeriod:
        """Remove a later period (a mistake); the course's first period can only be replaced.
        Returns the removed period (for undo)."""
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            if starts_on == course.started_on:
                raise UserInputError(
                    CourseServiceWords.tr(
                        "the first dose period cannot be removed; set a new dose from the "
                        "start date"
                    )
                )
            row = session.scalars(
                select(models.DosePeriod).where(
                    models.DosePeriod.course_id == course.id,
                    models.DosePeriod.starts_on == starts_on,
                )
            ).first()
            if row is None:
                raise UserInputError(
                    CourseServiceWords.tr("no dose period starts on {day}").format(
                        day=starts_on.isoformat()
                    )
                )
            removed = mapping.period_to_domain(row)
            session.delete(row)
            return removed


def _check_product(product: str) -> str:
    """The product name as stored: trimmed, one line, within the column."""
    name = limits.check_text(
        product.strip(),
        what=CourseServiceWords.tr("the product name"),
        max_length=limits.MAX_PRODUCT_LENGTH,
        multiline=False,
    )
    if not name:
        raise UserInputError(
            CourseServiceWords.tr("name the product (for example Claravis or a generic)")
        )
    return name


def _check_prescriber(prescriber: str) -> str:
    return limits.check_text(
        prescriber.strip(),
        what=CourseServiceWords.tr("the prescriber's name"),
        max_length=limits.MAX_PRESCRIBER_LENGTH,
        multiline=False,
    )


def _logged_after(count: int, ended_on: dt.date) -> str:
    if count == 1:
        text = CourseServiceWords.tr(
            "1 logged day is after {day}; choose a later last day, or mark it as not logged first"
        )
    else:
        text = CourseServiceWords.tr(
            "%n logged days are after {day}; choose a later last day, or mark them as not "
            "logged first",
            "",
            count,
        )
    return text.format(day=ended_on.isoformat())


def _logged_before(count: int, day: dt.date) -> str:
    if count == 1:
        text = CourseServiceWords.tr(
            "1 logged day is before {day}; mark them as not logged first, or choose an "
            "earlier start"
        )
    else:
        text = CourseServiceWords.tr(
            "%n logged days are before {day}; mark them as not logged first, or choose an "
            "earlier start",
            "",
            count,
        )
    return text.format(day=day.isoformat())


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
