"""Where the active course stands."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.domain.progress import compute_progress
from tracker.services import mapping
from tracker.services.records import CourseStatus


class StatusService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def status(self, as_of: dt.date | None = None) -> CourseStatus:
        """The figures as of `as_of` (default today), counting only entries up to it."""
        as_of = as_of or self._clock.today()
        with self._sessions() as session:
            course = mapping.active_course_row(session)
            info = mapping.course_info(course)
            facts = mapping.load_facts(session, course)
        return CourseStatus(
            course=info,
            progress=compute_progress(facts, as_of),
            plan_today=facts.regimen.plan_for(as_of),
            entry_today=facts.entries.get(as_of),
        )
