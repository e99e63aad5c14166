"""The patient's questions for the doctor: add, edit, mark asked, record the answer, remove,
put back (undo), list with the open ones first.

A question is open until it has an answer; "asked" without an answer means the doctor has
heard it and the answer is still to come (a lab result, a call back). Recording an answer
marks an unasked question asked on the same day (the store keeps no answer without an ask),
and on an answered question it corrects the answer.

Every write is one transaction and returns what it replaced, for undo (an edit, "asked",
an answer: the question before and after, both read in that transaction). `expected`, when
given, is the question as the patient was shown it: if the store holds something else by
now, RecordChangedError is raised and nothing is written.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.dates import day_text
from tracker.domain.medicines import (
    QuestionRecord,
    RecordChange,
    check_answer,
    check_answered_on,
    check_asked_on,
    check_question,
    open_first,
)
from tracker.errors import UserInputError
from tracker.services.record_rows import RecordRows
from tracker.services.records import NOT_CHECKED, NotChecked
from tracker.words import Words


class QuestionServiceWords(Words):
    pass


class QuestionService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- reading -------------------------------------------------------------------------

    def questions(self) -> list[QuestionRecord]:
        """Open questions first, oldest first; then the answered ones, latest answer first."""
        with self._sessions() as session:
            rows = session.scalars(select(models.Question).order_by(models.Question.id))
            return open_first([_from_row(row) for row in rows])

    def get(self, question_id: int) -> QuestionRecord:
        with self._sessions() as session:
            return _ROWS.record(session, question_id)

    # -- writing -------------------------------------------------------------------------

    def add(self, text: str) -> QuestionRecord:
        """A new open question, added today."""
        clean = check_question(text)
        with self._sessions.begin() as session:
            now = self._clock.now_utc()
            row = models.Question(
                text=clean,
                added_on=self._clock.today(),
                asked_on=None,
                answer="",
                answered_on=None,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            return _from_row(row)

    def update(
        self, question_id: int, text: str, *, expected: QuestionRecord | None = None
    ) -> RecordChange[QuestionRecord]:
        """Change the question's words; returns the versions before and after."""
        clean = check_question(text)
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, question_id, expected)
            before = _from_row(row)
            row.text = clean
            row.updated_at = self._clock.now_utc()
            return RecordChange(before, _from_row(row))

    def mark_asked(
        self, question_id: int, on: dt.date, *, expected: QuestionRecord | None = None
    ) -> RecordChange[QuestionRecord]:
        """Asked on `on` (from the day it was added to today); returns the versions before
        and after. A question already marked asked is refused."""
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, question_id, expected)
            before = _from_row(row)
            if before.asked_on is not None:
                raise UserInputError(
                    QuestionServiceWords.tr("{question} is already marked asked on {day}").format(
                        question=before.describe(), day=day_text(before.asked_on)
                    )
                )
            row.asked_on = check_asked_on(before, on, self._clock.today())
            row.updated_at = self._clock.now_utc()
            return RecordChange(before, _from_row(row))

    def record_answer(
        self,
        question_id: int,
        answer: str,
        on: dt.date,
        *,
        expected: QuestionRecord | None = None,
    ) -> RecordChange[QuestionRecord]:
        """The answer given on `on` (from the day it was asked, or added, to today); an
        unasked question is marked asked that day too. Returns the versions before and
        after."""
        clean = check_answer(answer)
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, question_id, expected)
            before = _from_row(row)
            row.answered_on = check_answered_on(before, on, self._clock.today())
            if before.asked_on is None:
                row.asked_on = on
            row.answer = clean
            row.updated_at = self._clock.now_utc()
            return RecordChange(before, _from_row(row))

    def remove(self, question_id: int, *, expected: QuestionRecord | None = None) -> QuestionRecord:
        """Delete it; returns it (restore() puts it back)."""
        with self._sessions.begin() as session:
            return _ROWS.remove(session, question_id, expected)

    def restore(
        self,
        record: QuestionRecord,
        *,
        expected: QuestionRecord | NotChecked | None = NOT_CHECKED,
    ) -> None:
        """Write `record` back exactly, under its own id (re-inserting it if removed): what
        undo and redo use. With `expected`, only if the store holds that under the id (None:
        the id is free, i.e. undoing a removal); else RecordChangedError, nothing written."""
        with self._sessions.begin() as session:
            row = _ROWS.to_restore(session, record, expected)
            now = self._clock.now_utc()
            if row is None:
                row = _ROWS.reinsert(session, record, created_at=now)
            row.text = record.text
            row.added_on = record.added_on
            row.asked_on = record.asked_on
            row.answer = record.answer
            row.answered_on = record.answered_on
            row.updated_at = now


def _from_row(row: models.Question) -> QuestionRecord:
    return QuestionRecord(
        id=row.id,
        text=row.text,
        added_on=row.added_on,
        asked_on=row.asked_on,
        answer=row.answer,
        answered_on=row.answered_on,
    )


_ROWS = RecordRows(models.Question, _from_row, "question", QuestionRecord.describe)
