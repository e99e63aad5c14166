"""Lab results: add, correct, remove and put back, as printed on the lab's report.

Every write is one transaction and returns what it replaced, for undo. `expected`, when
given, is the result as the patient was shown it: if the store holds something else by now
(another window, the command line), RecordChangedError is raised and nothing is written.
A result keeps the course active when it is entered (None before any course) as its
`course_id`, as appointments do; but which course's figures it counts in goes by its date
(tracker.domain.baseline): results typed in later, or taken before the course was set up,
count where they belong.
"""

from __future__ import annotations

import builtins
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.baseline import CourseSpan
from tracker.domain.labs import (
    CUSTOM_PREFIX,
    LabResultDraft,
    LabResultRecord,
    LabResultRevision,
    baseline_change,
    baselines,
    by_analyte,
    check_draft,
)
from tracker.services import mapping
from tracker.services.record_rows import RecordRows
from tracker.words import Words


class LabServiceWords(Words):
    pass


class LabService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- reading ---------------------------------------------------------------------------

    def list(self, *, analyte: str | None = None) -> builtins.list[LabResultRecord]:
        """Every result by date (then as entered); one test's only when `analyte` is given."""
        with self._sessions() as session:
            return _all_results(session, analyte)

    def get(self, result_id: int) -> LabResultRecord:
        with self._sessions() as session:
            return _ROWS.record(session, result_id)

    def results_by_analyte(self) -> dict[str, builtins.list[LabResultRecord]]:
        """The tests that have results, each with its results by date: catalogued tests in
        catalogue order, then the patient's own by name."""
        return by_analyte(self.list())

    def with_baselines(
        self,
    ) -> tuple[builtins.list[LabResultRecord], dict[int, LabResultRecord]]:
        """Every result by date, and each one's baseline by result id (tracker.domain.labs
        `baselines`; a result without one is left out), read together."""
        with self._sessions() as session:
            results = _all_results(session)
            return results, baselines(results, _course_spans(session))

    def baseline_changes(self) -> dict[int, float | None]:
        """Every result's change from its baseline (None for the baseline itself and for a
        result without one), in the test's canonical unit."""
        with self._sessions() as session:
            return baseline_change(_all_results(session), _course_spans(session))

    # -- writing ---------------------------------------------------------------------------

    def add(self, draft: LabResultDraft) -> LabResultRecord:
        """A new result, belonging to the active course (None before any course)."""
        clean = check_draft(draft, self._clock.today())
        with self._sessions.begin() as session:
            course = mapping.find_active_course(session)
            now = self._clock.now_utc()
            row = models.LabResult(
                course_id=None if course is None else course.id,
                created_at=now,
                updated_at=now,
            )
            _fill(row, _known_spelling(session, clean))
            session.add(row)
            session.flush()
            return _from_row(row)

    def update(
        self, result_id: int, draft: LabResultDraft, *, expected: LabResultRecord | None = None
    ) -> LabResultRecord:
        """Correct a result (any field, the test included); its course stays. Returns the
        previous version."""
        return self.revise(result_id, draft, expected=expected).before

    def revise(
        self, result_id: int, draft: LabResultDraft, *, expected: LabResultRecord | None = None
    ) -> LabResultRevision:
        """`update`, returning the result before and after the correction, both read in its
        transaction: what undo and redo need, never a later read that might hold another
        program's write."""
        clean = check_draft(draft, self._clock.today())
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, result_id, expected)
            before = _from_row(row)
            _fill(row, _known_spelling(session, clean))
            row.updated_at = self._clock.now_utc()
            return LabResultRevision(before, _from_row(row))

    def remove(self, result_id: int, *, expected: LabResultRecord | None = None) -> LabResultRecord:
        """Delete it; returns it (restore() puts it back)."""
        with self._sessions.begin() as session:
            return _ROWS.remove(session, result_id, expected)

    def restore(self, record: LabResultRecord, *, expected: LabResultRecord | None = None) -> None:
        """Write `record` back exactly as it was, under its own id, re-inserting it if it was
        removed: undo and redo use it with values this service returned. With `expected`,
        only over that version (undoing an edit: the version that replaced it); otherwise
        RecordChangedError and nothing is written."""
        with self._sessions.begin() as session:
            row = session.get(models.LabResult, record.id)
            if expected is not None:  # None: not checked
                _ROWS.check(row, expected)
            now = self._clock.now_utc()
            if row is None:
                row = _ROWS.reinsert(session, record, created_at=now)
            row.course_id = record.course_id
            _fill(row, record.as_draft())
            row.updated_at = now


def _all_results(session: Session, analyte: str | None = None) -> list[LabResultRecord]:
    query = select(models.LabResult).order_by(models.LabResult.taken_on, models.LabResult.id)
    if analyte is not None:
        query = query.where(models.LabResult.analyte == analyte)
    return [_from_row(row) for row in session.scalars(query)]


def _course_spans(session: Session) -> list[CourseSpan]:
    return [
        CourseSpan(row.id, row.started_on, row.ended_on) for row in mapping.all_courses(session)
    ]


def _known_spelling(session: Session, draft: LabResultDraft) -> LabResultDraft:
    """A custom test's name as already on record when it differs only in case ("vitamin D"
    -> "Vitamin D"), so that its results stay one series."""
    if not draft.analyte.startswith(CUSTOM_PREFIX):
        return draft
    stored = session.scalars(
        select(models.LabResult.analyte)
        .where(models.LabResult.analyte.like(f"{CUSTOM_PREFIX}%"))
        .distinct()
        .order_by(models.LabResult.analyte)
    )
    wanted = draft.analyte.casefold()
    same = next((known for known in stored if known.casefold() == wanted), draft.analyte)
    return replace(draft, analyte=same)


def _fill(row: models.LabResult, draft: LabResultDraft) -> None:
    row.taken_on = draft.taken_on
    row.analyte = draft.analyte
    row.value = draft.value
    row.unit = draft.unit
    row.fasting = draft.fasting
    row.range_low = draft.range_low
    row.range_high = draft.range_high
    row.flag = draft.flag
    row.note = draft.note


def _from_row(row: models.LabResult) -> LabResultRecord:
    return LabResultRecord(
        id=row.id,
        course_id=row.course_id,
        taken_on=row.taken_on,
        analyte=row.analyte,
        value=row.value,
        unit=row.unit,
        fasting=row.fasting,
        range_low=row.range_low,
        range_high=row.range_high,
        flag=row.flag,
        note=row.note,
    )


def _now_holds(current: LabResultRecord) -> str:
    return LabServiceWords.tr("now {result}").format(result=current.describe())


_ROWS = RecordRows(
    models.LabResult, _from_row, "lab result", LabResultRecord.describe, holds_other=_now_holds
)
