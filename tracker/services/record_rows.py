"""The row plumbing every record service shares: a record's row by id, the check that it
still holds what the patient was shown, and putting a record back under its own id.

Each service builds one `RecordRows` from its model class, its row -> record function, the
noun its "there is no ..." message uses and how a record names itself in a message:

    _ROWS = RecordRows(models.Medicine, _from_row, "medicine", MedicineRecord.describe)

and then, inside its own transaction:

    row = _ROWS.to_change(session, medicine_id, expected)  # edit or remove
    row = _ROWS.to_restore(session, record, expected)      # undo, redo: None if removed
    if row is None:
        row = _ROWS.reinsert(session, record, created_at=now)

A record changed elsewhere (another window, the command line) raises RecordChangedError
with nothing written; `current` on it is the record as stored now (None: removed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy.orm import Session

from tracker.db.base import Base
from tracker.errors import RecordChangedError, UserInputError
from tracker.services.records import NotChecked
from tracker.words import Words


class RecordRowsWords(Words):
    pass


class StoredRecord(Protocol):
    """A record read from a row: it knows the id it is stored under."""

    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT", bound=Base)
RecordT = TypeVar("RecordT", bound=StoredRecord)


def holds_something_else(current: object) -> str:
    """What a RecordChangedError says by default when the row holds another version."""
    return RecordRowsWords.tr("it holds something else now")


# "there is no medicine with id 4", one whole sentence for each noun a service uses.
_MISSING: dict[str, Callable[[], str]] = {
    "assessment": lambda: RecordRowsWords.tr("there is no assessment with id {id}"),
    "lab result": lambda: RecordRowsWords.tr("there is no lab result with id {id}"),
    "medicine": lambda: RecordRowsWords.tr("there is no medicine with id {id}"),
    "mood questionnaire": lambda: RecordRowsWords.tr("there is no mood questionnaire with id {id}"),
    "photo": lambda: RecordRowsWords.tr("there is no photo with id {id}"),
    "question": lambda: RecordRowsWords.tr("there is no question with id {id}"),
    "side-effect report": lambda: RecordRowsWords.tr("there is no side-effect report with id {id}"),
}


@dataclass(frozen=True)
class RecordRows(Generic[RowT, RecordT]):
    """The rows of `model`, read as records by `to_record`.

    `noun` names one ("medicine": "there is no medicine with id 4"; each noun's sentence is
    written whole in `_MISSING`, for the translations); `describe` is how a
    record is named in "... was changed elsewhere since it was shown"; `holds_other` says
    what the store holds instead, given that version (default: "it holds something else
    now")."""

    model: type[RowT]
    to_record: Callable[[RowT], RecordT]
    noun: str
    describe: Callable[[RecordT], str]
    holds_other: Callable[[RecordT], str] = holds_something_else

    def __post_init__(self) -> None:
        if self.noun not in _MISSING:
            raise ValueError(f"no sentence for the noun {self.noun!r} (record_rows._MISSING)")

    # -- messages -----------------------------------------------------------------------

    def missing(self, record_id: int) -> UserInputError:
        return UserInputError(_MISSING[self.noun]().format(id=record_id))

    def changed(self, shown: RecordT, current: RecordT | None) -> RecordChangedError:
        """`shown` (as the patient saw it) is no longer what is stored: `current` is."""
        if current is None:
            text = RecordRowsWords.tr(
                "{record} was changed elsewhere since it was shown: it has been removed"
            )
        else:
            text = RecordRowsWords.tr("{record} was changed elsewhere since it was shown: {now}")
        now = None if current is None else self.holds_other(current)
        return RecordChangedError(text.format(record=self.describe(shown), now=now), current)

    # -- rows -----------------------------------------------------------------------------

    def row(self, session: Session, record_id: int) -> RowT:
        """The row stored under `record_id`; UserInputError if there is none."""
        row = session.get(self.model, record_id)
        if row is None:
            raise self.missing(record_id)
        return row

    def record(self, session: Session, record_id: int) -> RecordT:
        """The record stored under `record_id`; UserInputError if there is none."""
        return self.to_record(self.row(session, record_id))

    def check(self, row: RowT | None, expected: RecordT) -> None:
        """RecordChangedError unless `row` holds `expected` exactly (what the patient was
        shown)."""
        self._check(row, expected, shown=expected)

    def to_change(self, session: Session, record_id: int, expected: RecordT | None) -> RowT:
        """The row to edit or remove, provided it still holds `expected` (what the patient
        was shown; None: not checked). RecordChangedError if it holds something else or was
        removed, UserInputError if there never was one (nothing expected)."""
        row = session.get(self.model, record_id)
        if expected is not None:
            self.check(row, expected)
        if row is None:
            raise self.missing(record_id)
        return row

    def remove(self, session: Session, record_id: int, expected: RecordT | None) -> RecordT:
        """Delete the row (checked as `to_change` does); returns the record it held, which
        undo writes back through `to_restore` and `reinsert`."""
        row = self.to_change(session, record_id, expected)
        removed = self.to_record(row)
        session.delete(row)
        return removed

    def to_restore(
        self, session: Session, record: RecordT, expected: RecordT | NotChecked | None
    ) -> RowT | None:
        """The row under `record`'s id (None: removed), to write `record` back over, provided
        the store holds `expected` there: a record (undoing an edit: the version that
        replaced it), None (the id is free: undoing a removal) or NOT_CHECKED (written
        without looking). Otherwise RecordChangedError about `record`."""
        row = session.get(self.model, record.id)
        if not isinstance(expected, NotChecked):
            self._check(row, expected, shown=record)
        return row

    def reinsert(self, session: Session, record: RecordT, **values: Any) -> RowT:
        """A new row under `record`'s own id (made with `values`), added to `session`: a
        removed record put back keeps its id, so that what refers to it still finds it."""
        row = self.model(id=record.id, **values)
        session.add(row)
        return row

    def _check(self, row: RowT | None, expected: RecordT | None, *, shown: RecordT) -> None:
        """RecordChangedError about `shown` unless `row` holds `expected` (None: no row)."""
        current = None if row is None else self.to_record(row)
        if current != expected:
            raise self.changed(shown, current)
