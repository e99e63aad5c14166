"""The patient's own acne assessments: add, edit, remove, put back (undo), list.

One assessment a day: adding a second on a day that has one is refused, naming the one on
record (edit that one instead). Refusing, not replacing, keeps a typo in the date from
silently overwriting an earlier day's counts. Every write is one transaction; `expected`,
when given, is the assessment as the patient was shown it, and a store that holds something
else by now raises RecordChangedError with nothing written.

An assessment keeps the course active when it was written as its `course_id`; which
course's figures it counts in goes by its date (tracker.domain.baseline), so one typed in
late, or before the course was set up, is compared where it belongs.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.acne import (
    AcneAssessmentRecord,
    AcneChange,
    AcneDraft,
    AssessmentRevision,
    changes_from_baselines,
    check_draft,
)
from tracker.domain.baseline import CourseSpan
from tracker.domain.dates import day_text
from tracker.errors import RecordChangedError, UserInputError
from tracker.services import mapping
from tracker.services.record_rows import RecordRows
from tracker.services.records import NOT_CHECKED, NotChecked
from tracker.words import Words


class AcneServiceWords(Words):
    pass


class AcneService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- reading -------------------------------------------------------------------------

    def assessments(self, *, course_id: int | None = None) -> list[AcneAssessmentRecord]:
        """Every assessment by day; only those written while course `course_id` was active
        when it is given."""
        with self._sessions() as session:
            return _all_assessments(session, course_id)

    def get(self, assessment_id: int) -> AcneAssessmentRecord:
        with self._sessions() as session:
            return _ROWS.record(session, assessment_id)

    def changes(self) -> dict[int, AcneChange]:
        """Each assessment's change from its baselines (one per measure), by assessment id."""
        return self.with_changes()[1]

    def with_changes(self) -> tuple[list[AcneAssessmentRecord], dict[int, AcneChange]]:
        """Every assessment by day and each one's change from its baselines, read together."""
        with self._sessions() as session:
            assessments = _all_assessments(session)
            spans = [
                CourseSpan(row.id, row.started_on, row.ended_on)
                for row in mapping.all_courses(session)
            ]
            return assessments, changes_from_baselines(assessments, spans)

    # -- writing -------------------------------------------------------------------------

    def add(self, draft: AcneDraft) -> AcneAssessmentRecord:
        """Store a new assessment, belonging to the active course (None before any)."""
        clean = check_draft(draft, self._clock.today())
        with self._sessions.begin() as session:
            _check_day_free(session, clean, None)
            course = mapping.find_active_course(session)
            now = self._clock.now_utc()
            row = models.AcneAssessment(
                course_id=None if course is None else course.id, created_at=now
            )
            _fill(row, clean, now)
            session.add(row)
            session.flush()
            return _from_row(row)

    def update(
        self,
        assessment_id: int,
        draft: AcneDraft,
        *,
        expected: AcneAssessmentRecord | None = None,
    ) -> AcneAssessmentRecord:
        """Replace the assessment's day, grade, counts and note; returns the previous
        version. Its course stays."""
        return self.revise(assessment_id, draft, expected=expected).before

    def revise(
        self,
        assessment_id: int,
        draft: AcneDraft,
        *,
        expected: AcneAssessmentRecord | None = None,
    ) -> AssessmentRevision:
        """`update`, returning the assessment before and after, both read in its
        transaction: what undo and redo need, never a later read that might hold another
        program's write."""
        clean = check_draft(draft, self._clock.today())
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, assessment_id, expected)
            before = _from_row(row)
            _check_day_free(session, clean, assessment_id)
            _fill(row, clean, self._clock.now_utc())
            return AssessmentRevision(before, _from_row(row))

    def remove(
        self, assessment_id: int, *, expected: AcneAssessmentRecord | None = None
    ) -> AcneAssessmentRecord:
        """Delete it; returns it (restore() puts it back)."""
        with self._sessions.begin() as session:
            return _ROWS.remove(session, assessment_id, expected)

    def restore(
        self,
        record: AcneAssessmentRecord,
        *,
        expected: AcneAssessmentRecord | NotChecked | None = NOT_CHECKED,
    ) -> None:
        """Write `record` back exactly, under its own id (re-inserting it if removed): what
        undo and redo use. With `expected`, only if the store holds that under the id (None:
        the id is free, i.e. undoing a removal); else RecordChangedError, nothing written."""
        with self._sessions.begin() as session:
            row = _ROWS.to_restore(session, record, expected)
            clash = _on_day(session, record.assessed_on)
            if clash is not None and clash.id != record.id:
                raise RecordChangedError(
                    AcneServiceWords.tr(
                        "another assessment is on record for that day now, so {assessment} was "
                        "not put back"
                    ).format(assessment=record.describe()),
                    _from_row(clash),
                )
            now = self._clock.now_utc()
            if row is None:
                row = _ROWS.reinsert(session, record, created_at=now)
            row.course_id = record.course_id
            _fill(row, record.draft(), now)


def _all_assessments(session: Session, course_id: int | None = None) -> list[AcneAssessmentRecord]:
    query = select(models.AcneAssessment).order_by(models.AcneAssessment.assessed_on)
    if course_id is not None:
        query = query.where(models.AcneAssessment.course_id == course_id)
    return [_from_row(row) for row in session.scalars(query)]


def _fill(row: models.AcneAssessment, draft: AcneDraft, now: dt.datetime) -> None:
    row.assessed_on = draft.assessed_on
    row.grade = draft.grade
    row.comedones = draft.comedones
    row.inflammatory = draft.inflammatory
    row.nodules = draft.nodules
    row.note = draft.note
    row.updated_at = now


def _on_day(session: Session, day: dt.date) -> models.AcneAssessment | None:
    return session.scalars(
        select(models.AcneAssessment).where(models.AcneAssessment.assessed_on == day)
    ).first()


def _check_day_free(session: Session, draft: AcneDraft, own_id: int | None) -> None:
    """One assessment a day: refused if another one holds `draft`'s day."""
    other = _on_day(session, draft.assessed_on)
    if other is not None and other.id != own_id:
        raise UserInputError(
            AcneServiceWords.tr(
                "there is already an assessment on {day} (id {id}); edit that one instead"
            ).format(day=day_text(draft.assessed_on), id=other.id)
        )


def _from_row(row: models.AcneAssessment) -> AcneAssessmentRecord:
    return AcneAssessmentRecord(
        id=row.id,
        course_id=row.course_id,
        assessed_on=row.assessed_on,
        grade=row.grade,
        comedones=row.comedones,
        inflammatory=row.inflammatory,
        nodules=row.nodules,
        note=row.note,
    )


_ROWS = RecordRows(models.AcneAssessment, _from_row, "assessment", AcneAssessmentRecord.describe)
