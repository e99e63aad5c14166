"""Other medicines and supplements: add, edit, stop, remove, put back (undo), list.

Every write is one transaction and returns what it replaced, for undo (an edit or a stop:
the record before and after, both read in that transaction). `expected`, when
given, is the medicine as the patient was shown it: if the store holds something else by
now (another window, the command line), RecordChangedError is raised and nothing is written.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.dates import day_text
from tracker.domain.limits import check_plausible_date
from tracker.domain.medicines import (
    MedicineDraft,
    MedicineRecord,
    RecordChange,
    check_medicine,
    check_stop,
    current_and_past,
)
from tracker.errors import UserInputError
from tracker.services.record_rows import RecordRows
from tracker.services.records import NOT_CHECKED, NotChecked
from tracker.words import Words


class MedicineServiceWords(Words):
    pass


class MedicineService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- reading -------------------------------------------------------------------------

    def medicines(self) -> list[MedicineRecord]:
        """Every medicine on record, in the order they were added."""
        with self._sessions() as session:
            rows = session.scalars(select(models.Medicine).order_by(models.Medicine.id))
            return [_from_row(row) for row in rows]

    def current_and_past(self) -> tuple[list[MedicineRecord], list[MedicineRecord]]:
        """(taken now, by name; stopped by today, the latest stop first)."""
        return current_and_past(self.medicines(), self._clock.today())

    def get(self, medicine_id: int) -> MedicineRecord:
        with self._sessions() as session:
            return _ROWS.record(session, medicine_id)

    # -- writing -------------------------------------------------------------------------

    def add(self, draft: MedicineDraft) -> MedicineRecord:
        clean = check_medicine(draft, self._clock.today())
        with self._sessions.begin() as session:
            now = self._clock.now_utc()
            row = models.Medicine(created_at=now)
            _fill(row, clean, now)
            session.add(row)
            session.flush()
            return _from_row(row)

    def update(
        self, medicine_id: int, draft: MedicineDraft, *, expected: MedicineRecord | None = None
    ) -> RecordChange[MedicineRecord]:
        """Replace every field; returns the versions before and after."""
        clean = check_medicine(draft, self._clock.today())
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, medicine_id, expected)
            before = _from_row(row)
            _fill(row, clean, self._clock.now_utc())
            return RecordChange(before, _from_row(row))

    def stop(
        self, medicine_id: int, on: dt.date, *, expected: MedicineRecord | None = None
    ) -> RecordChange[MedicineRecord]:
        """The patient stopped (or will stop) taking it on `on`; returns the versions before
        and after. A medicine already stopped is refused: edit it to change the date."""
        check_plausible_date(on, self._clock.today())
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, medicine_id, expected)
            before = _from_row(row)
            if before.stopped_on is not None:
                raise UserInputError(
                    MedicineServiceWords.tr(
                        "{medicine} is already marked stopped on {day}; edit it to change the date"
                    ).format(medicine=before.describe(), day=day_text(before.stopped_on))
                )
            row.stopped_on = check_stop(before.started_on, on)
            row.updated_at = self._clock.now_utc()
            return RecordChange(before, _from_row(row))

    def remove(self, medicine_id: int, *, expected: MedicineRecord | None = None) -> MedicineRecord:
        """Delete it; returns it (restore() puts it back)."""
        with self._sessions.begin() as session:
            return _ROWS.remove(session, medicine_id, expected)

    def restore(
        self,
        record: MedicineRecord,
        *,
        expected: MedicineRecord | NotChecked | None = NOT_CHECKED,
    ) -> None:
        """Write `record` back exactly, under its own id (re-inserting it if removed): what
        undo and redo use. With `expected`, only if the store holds that under the id (None:
        the id is free, i.e. undoing a removal); else RecordChangedError, nothing written."""
        with self._sessions.begin() as session:
            row = _ROWS.to_restore(session, record, expected)
            now = self._clock.now_utc()
            if row is None:
                row = _ROWS.reinsert(session, record, created_at=now)
            _fill(row, record.draft(), now)


def _fill(row: models.Medicine, draft: MedicineDraft, now: dt.datetime) -> None:
    row.name = draft.name
    row.dose = draft.dose
    row.started_on = draft.started_on
    row.stopped_on = draft.stopped_on
    row.note = draft.note
    row.updated_at = now


def _from_row(row: models.Medicine) -> MedicineRecord:
    return MedicineRecord(
        id=row.id,
        name=row.name,
        dose=row.dose,
        started_on=row.started_on,
        stopped_on=row.stopped_on,
        note=row.note,
    )


_ROWS = RecordRows(models.Medicine, _from_row, "medicine", MedicineRecord.describe)
