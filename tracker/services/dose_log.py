"""The daily dose log: one entry per course day, or none (unlogged)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.doselog import DoseEntry, DoseStatus
from tracker.domain.progress import ONE_DAY
from tracker.errors import UserInputError
from tracker.services import mapping
from tracker.services.records import DayRow, LogRequest


class DoseLogService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def log_day(self, request: LogRequest) -> DoseEntry:
        """Record a day's entry, replacing an earlier one for the same day.

        A "taken" request without mg takes the day's scheduled total; a day with nothing
        scheduled then needs the mg stated.
        """
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            self._check_day(course, request.day)
            mg = request.mg_taken
            scheduled = mapping.load_regimen(session, course.id).scheduled_mg(request.day)
            if scheduled == 0 and request.status is not DoseStatus.TAKEN:
                # A pause day counts in none of the totals; there is no dose to miss or skip.
                raise UserInputError(
                    f"nothing is scheduled on {request.day.isoformat()} (a pause), "
                    f"so there is no dose to mark as {request.status.value}"
                )
            if request.status is DoseStatus.TAKEN and mg is None:
                if scheduled == 0:
                    raise UserInputError(
                        f"no dose is scheduled on {request.day.isoformat()}; give the mg taken"
                    )
                mg = scheduled
            # Building the domain value validates the combination before anything is written.
            entry = DoseEntry(
                day=request.day,
                status=request.status,
                mg_taken=mg if request.status is DoseStatus.TAKEN else None,
                with_food=request.with_food if request.status is DoseStatus.TAKEN else None,
                taken_at=request.taken_at if request.status is DoseStatus.TAKEN else None,
                note=request.note.strip(),
            )
            row = session.scalars(
                select(models.DoseEntry).where(
                    models.DoseEntry.course_id == course.id, models.DoseEntry.day == request.day
                )
            ).first()
            if row is None:
                row = models.DoseEntry(course_id=course.id, day=request.day)
                session.add(row)
            row.status = entry.status
            row.mg_taken = entry.mg_taken
            row.with_food = entry.with_food
            row.taken_at = entry.taken_at
            row.note = entry.note
            row.recorded_at = self._clock.now_utc()
            return entry

    def clear_day(self, day: dt.date) -> None:
        """Remove a day's entry, so it shows as unlogged again."""
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            session.execute(
                delete(models.DoseEntry).where(
                    models.DoseEntry.course_id == course.id, models.DoseEntry.day == day
                )
            )

    def day_rows(self, as_of: dt.date | None = None) -> list[DayRow]:
        """Every course day from the start up to `as_of` (default today), newest first."""
        as_of = as_of or self._clock.today()
        with self._sessions() as session:
            course = mapping.active_course_row(session)
            facts = mapping.load_facts(session, course)
        last = as_of if facts.ended_on is None else min(as_of, facts.ended_on)
        rows = []
        day = last
        while day >= facts.started_on:
            rows.append(
                DayRow(
                    day=day,
                    course_day=(day - facts.started_on).days + 1,
                    state=facts.state_on(day, as_of),
                    scheduled_mg=facts.regimen.scheduled_mg(day),
                    entry=facts.entries.get(day),
                )
            )
            day -= ONE_DAY
        return rows

    def _check_day(self, course: models.Course, day: dt.date) -> None:
        if day < course.started_on:
            raise UserInputError(
                f"{day.isoformat()} is before the course started ({course.started_on.isoformat()})"
            )
        if day > self._clock.today():
            raise UserInputError(f"{day.isoformat()} is in the future; log a day once it comes")
