"""The daily dose log: one entry per course day, or none (unlogged)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.dates import day_text
from tracker.domain.doselog import DoseEntry, DoseStatus, describe_entry
from tracker.domain.progress import ONE_DAY, CourseFacts
from tracker.domain.regimen import Regimen
from tracker.errors import ChangedElsewhereError, UserInputError
from tracker.services import mapping
from tracker.services.records import (
    NOT_CHECKED,
    DayChange,
    DayRestore,
    DayRow,
    Expected,
    LogRequest,
)
from tracker.words import Words


class DoseLogServiceWords(Words):
    pass


class DoseLogService:
    """Every write takes `expected`, the entry the patient was shown for the day (None: not
    logged), and is refused with ChangedElsewhereError if the day holds something else by the
    time it is written: a window left open must never silently replace what another window or
    the command line saved meanwhile. The check and the write are one transaction (the store
    begins every session with BEGIN IMMEDIATE), so nothing can slip in between them. Entries
    are compared by value (status, mg, meal, time, note): a day saved again with the same
    values is not a conflict, nor is one that already holds what is being written.
    `NOT_CHECKED` (the default) writes without comparing: the command line states exactly
    what it writes and showed nothing beforehand.
    """

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def log_day(self, request: LogRequest, *, expected: Expected = NOT_CHECKED) -> DayChange:
        """Record a day's entry, replacing an earlier one for the same day.

        A "taken" request without mg takes the day's scheduled total; a day with nothing
        scheduled then needs the mg stated. More than scheduled is recorded as given (the
        caller tells the patient: `DayChange.over_schedule`).
        """
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            regimen = mapping.load_regimen(session, course.id)
            return self._write(session, course, regimen, request, expected)

    def restore_day(
        self, day: dt.date, entry: DoseEntry | None, *, expected: Expected = NOT_CHECKED
    ) -> DayChange:
        """Put a day back exactly as `entry` says (None: not logged). Undo and redo use it,
        expecting the state they leave behind (undo: the change's `after`)."""
        return self.restore_days([DayRestore(day, entry, expected)])[0]

    def restore_days(self, restores: Sequence[DayRestore]) -> list[DayChange]:
        """`restore_day` for several days in one transaction: if any day changed since,
        none of them is written (undoing a backlog fill is all or nothing)."""
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            regimen = mapping.load_regimen(session, course.id)
            changes = []
            for restore in restores:
                if restore.entry is None:
                    changes.append(self._delete(session, course, restore.day, restore.expected))
                else:
                    request = LogRequest.restoring(restore.entry)
                    changes.append(self._write(session, course, regimen, request, restore.expected))
            return changes

    def clear_day(self, day: dt.date, *, expected: Expected = NOT_CHECKED) -> DayChange:
        """Remove a day's entry, so it shows as unlogged again; the change keeps what was
        removed (its note too), for undo."""
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            self._check_day(course, day)
            return self._delete(session, course, day, expected)

    def fill_taken(
        self, first: dt.date, last: dt.date, *, only: Collection[dt.date] | None = None
    ) -> list[DayChange]:
        """Mark every day from `first` to `last` that has no entry as taken at its scheduled
        dose, in one transaction: a backlog for a patient who starts the app mid-course.
        Days with an entry, pause days and days outside the course are left as they are;
        with `only`, so is every day not in it (the days a filtered list showed).

        It needs no `expected`: it writes only days that have no entry at the time of the
        write, read in the same transaction, so it can never replace anything saved
        elsewhere (a day logged meanwhile is simply left as it is)."""
        if last < first:
            raise UserInputError(
                DoseLogServiceWords.tr("the range ends ({last}) before it starts ({first})").format(
                    last=last.isoformat(), first=first.isoformat()
                )
            )
        with self._sessions.begin() as session:
            course = mapping.active_course_row(session)
            self._check_day(course, first)
            self._check_day(course, last)
            regimen = mapping.load_regimen(session, course.id)
            logged = mapping.logged_days(session, course.id, first, last)
            changes = []
            day = first
            while day <= last:
                wanted = only is None or day in only
                if wanted and day not in logged and regimen.scheduled_mg(day) > 0:
                    request = LogRequest(day, DoseStatus.TAKEN)
                    changes.append(self._write(session, course, regimen, request, None))
                day += ONE_DAY
            return changes

    def _write(
        self,
        session: Session,
        course: models.Course,
        regimen: Regimen,
        request: LogRequest,
        expected: Expected,
    ) -> DayChange:
        self._check_day(course, request.day)
        mg = request.mg_taken
        scheduled = regimen.scheduled_mg(request.day)
        if scheduled == 0 and request.status is not DoseStatus.TAKEN:
            # A pause day counts in none of the totals; there is no dose to miss or skip.
            raise UserInputError(_nothing_to_mark(request.day, request.status))
        if request.status is DoseStatus.TAKEN and mg is None:
            if scheduled == 0:
                raise UserInputError(
                    DoseLogServiceWords.tr(
                        "no dose is scheduled on {day}; give the mg taken"
                    ).format(day=request.day.isoformat())
                )
            mg = scheduled
        if request.status is not DoseStatus.TAKEN and (
            mg is not None or request.with_food is not None or request.taken_at is not None
        ):
            # Never drop what the patient typed without saying so.
            raise UserInputError(_nothing_taken(request.status))
        # Building the domain value validates the combination before anything is written.
        entry = DoseEntry(
            day=request.day,
            status=request.status,
            mg_taken=mg,
            with_food=request.with_food,
            taken_at=request.taken_at,
            note=request.note.strip(),
        )
        row = self._row(session, course, request.day)
        before = None if row is None else mapping.entry_to_domain(row)
        _check_unchanged(request.day, before, expected, entry)
        if row is None:
            row = models.DoseEntry(course_id=course.id, day=request.day)
            session.add(row)
        row.status = entry.status
        row.mg_taken = entry.mg_taken
        row.with_food = entry.with_food
        row.taken_at = entry.taken_at
        row.note = entry.note
        row.recorded_at = self._clock.now_utc()
        return DayChange(request.day, scheduled, before, entry)

    def _delete(
        self, session: Session, course: models.Course, day: dt.date, expected: Expected
    ) -> DayChange:
        row = self._row(session, course, day)
        before = None if row is None else mapping.entry_to_domain(row)
        _check_unchanged(day, before, expected, None)
        if row is not None:
            session.delete(row)
        scheduled = mapping.load_regimen(session, course.id).scheduled_mg(day)
        return DayChange(day, scheduled, before, None)

    @staticmethod
    def _row(session: Session, course: models.Course, day: dt.date) -> models.DoseEntry | None:
        return session.scalars(
            select(models.DoseEntry).where(
                models.DoseEntry.course_id == course.id, models.DoseEntry.day == day
            )
        ).first()

    def day_rows(self, as_of: dt.date | None = None) -> list[DayRow]:
        """Every day of the current course (an ended one's too, for display) from the
        start up to `as_of` (default today), newest first."""
        as_of = as_of or self._clock.today()
        with self._sessions() as session:
            course = mapping.current_course_row(session)
            facts = mapping.load_facts(session, course)
        return course_day_rows(facts, as_of)[::-1]

    def _check_day(self, course: models.Course, day: dt.date) -> None:
        if day < course.started_on:
            raise UserInputError(
                DoseLogServiceWords.tr("{day} is before the course started ({start})").format(
                    day=day.isoformat(), start=course.started_on.isoformat()
                )
            )
        if day > self._clock.today():
            raise UserInputError(
                DoseLogServiceWords.tr("{day} is in the future; log a day once it comes").format(
                    day=day.isoformat()
                )
            )


def course_day_rows(facts: CourseFacts, as_of: dt.date) -> list[DayRow]:
    """A course's days from its first to `as_of` (or the day it ended, if earlier), oldest
    first, each with the state and scheduled mg the history shows as of `as_of`: the one
    implementation behind the history (day_rows) and the complete export (for any course)."""
    last = as_of if facts.ended_on is None else min(as_of, facts.ended_on)
    rows = []
    day = facts.started_on
    while day <= last:
        rows.append(
            DayRow(
                day=day,
                course_day=(day - facts.started_on).days + 1,
                state=facts.state_on(day, as_of),
                scheduled_mg=facts.regimen.scheduled_mg(day),
                entry=facts.entries.get(day),
            )
        )
        day += ONE_DAY
    return rows


def _check_unchanged(
    day: dt.date, current: DoseEntry | None, expected: Expected, wanted: DoseEntry | None
) -> None:
    """Refuse to write `wanted` over `current` unless the patient was shown `current`.

    A day that already holds `wanted` is no conflict: writing it again changes nothing.
    """
    if expected is NOT_CHECKED or current in (expected, wanted):
        return
    raise ChangedElsewhereError(
        DoseLogServiceWords.tr(
            "{day} was changed elsewhere since it was shown: now {entry}"
        ).format(day=day_text(day), entry=describe_entry(current)),
        current,
    )


def _nothing_to_mark(day: dt.date, status: DoseStatus) -> str:
    """A pause day refuses a missed or skipped dose (`status`): there is none."""
    if status is DoseStatus.MISSED:
        text = DoseLogServiceWords.tr(
            "nothing is scheduled on {day} (a pause), so there is no dose to mark as missed"
        )
    else:
        text = DoseLogServiceWords.tr(
            "nothing is scheduled on {day} (a pause), so there is no dose to mark as skipped"
        )
    return text.format(day=day.isoformat())


def _nothing_taken(status: DoseStatus) -> str:
    """A missed or skipped day (`status`) holds no amount, meal answer or time."""
    if status is DoseStatus.MISSED:
        return DoseLogServiceWords.tr("a missed day has no amount, meal answer or time taken")
    return DoseLogServiceWords.tr("a skipped day has no amount, meal answer or time taken")
