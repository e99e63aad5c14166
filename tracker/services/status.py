"""Where the active course stands."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.errors import UserInputError
from tracker.services import assemble, mapping
from tracker.services.records import CourseStatus


class StatusService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def status(self, as_of: dt.date | None = None) -> CourseStatus:
        """The figures as of `as_of` (default today), counting only entries up to it."""
        today = self._clock.today()
        as_of = as_of or today
        if as_of > today:
            raise UserInputError(
                f"{as_of.isoformat()} is in the future; figures count only what has happened"
            )
        with self._sessions() as session:
            course = mapping.active_course_row(session)
            info = mapping.course_info(course)
            facts = mapping.load_facts(session, course)
        return assemble.course_status(info, facts, as_of)
