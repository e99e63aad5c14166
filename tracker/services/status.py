"""Where the current course stands, and where every course ended."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.progress import CourseFacts, compute_progress
from tracker.errors import UserInputError
from tracker.services import assemble, mapping
from tracker.services.records import CourseInfo, CourseStatus, CourseSummary
from tracker.words import Words


class StatusServiceWords(Words):
    pass


class StatusService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def status(self, as_of: dt.date | None = None) -> CourseStatus:
        """The current course's figures as of `as_of` (default today), counting only
        entries up to it: the active course, else the most recent one, which has ended.

        An ended course's figures are its final ones: a day after its last day is
        reported as of the last day (`CourseStatus.progress.as_of`), since nothing after
        it counts. NoCourseYetError before the first course.
        """
        today = self._clock.today()
        as_of = as_of or today
        if as_of > today:
            raise UserInputError(
                StatusServiceWords.tr(
                    "{day} is in the future; figures count only what has happened"
                ).format(day=as_of.isoformat())
            )
        with self._sessions() as session:
            course = mapping.current_course_row(session)
            info = mapping.course_info(course)
            facts = mapping.load_facts(session, course)
        return assemble.course_status(info, facts, final_day(as_of, info.ended_on))

    def course_summaries(self) -> list[CourseSummary]:
        """Every course with its figures, the earliest start first: an ended course's as
        of its last day, the active one's as of today (None while it has not started)."""
        today = self._clock.today()
        with self._sessions() as session:
            loaded = [
                (mapping.course_info(row), mapping.load_facts(session, row))
                for row in mapping.all_courses(session)
            ]
        return [_summary(info, facts, today) for info, facts in loaded]

    def course_summary(self, course_id: int) -> CourseSummary:
        """One course's entry of `course_summaries()` (UserInputError if there is none)."""
        today = self._clock.today()
        with self._sessions() as session:
            row = session.get(models.Course, course_id)
            if row is None:
                raise UserInputError(StatusServiceWords.tr("that course is no longer on record"))
            info = mapping.course_info(row)
            facts = mapping.load_facts(session, row)
        return _summary(info, facts, today)


def _summary(info: CourseInfo, facts: CourseFacts, today: dt.date) -> CourseSummary:
    if today < info.started_on:
        return CourseSummary(course=info, progress=None)
    return CourseSummary(
        course=info, progress=compute_progress(facts, final_day(today, info.ended_on))
    )


def final_day(as_of: dt.date, ended_on: dt.date | None) -> dt.date:
    """`as_of`, or the course's last day when `as_of` is later (the figures stop there)."""
    return as_of if ended_on is None or as_of <= ended_on else ended_on
