"""Mood questionnaires (PHQ-2, PHQ-9): record, remove, put back, mark as discussed, and the
patient's PHQ-2 rhythm.

At most one questionnaire of each kind a day (the store's UNIQUE(instrument, taken_on)):
answering again the same day is a re-take, which replaces that day's answers under the same
id and returns the earlier version, so that undo puts it back exactly. A re-take starts
undiscussed: it is a new answer the doctor has not seen.

Every write is one transaction and returns what it replaced, for undo. `expected`, when
given, is the questionnaire as the patient was shown it: if the store holds something else
by now (another window, the command line), RecordChangedError is raised and nothing is
written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain import mood
from tracker.domain.dates import day_text
from tracker.domain.limits import check_plausible_date, check_text
from tracker.domain.mood import Instrument, MoodScreenRecord
from tracker.errors import RecordChangedError, UserInputError
from tracker.services import mapping
from tracker.services.record_rows import RecordRows
from tracker.services.settings import PHQ2_EVERY_DAYS_KEY, read_setting, write_setting
from tracker.words import Words

MAX_NOTE_LENGTH = 2000  # the column's size


class MoodServiceWords(Words):
    pass


class MoodService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- reading -------------------------------------------------------------------------

    def screens(self, instrument: Instrument | None = None) -> list[MoodScreenRecord]:
        """Every questionnaire (or every one of `instrument`), by day; a PHQ-2 before the
        PHQ-9 of the same day."""
        with self._sessions() as session:
            query = select(models.MoodScreen).order_by(
                models.MoodScreen.taken_on, models.MoodScreen.instrument
            )
            if instrument is not None:
                query = query.where(models.MoodScreen.instrument == Instrument(instrument))
            return [_from_row(row) for row in session.scalars(query)]

    def latest(self, instrument: Instrument) -> MoodScreenRecord | None:
        """The questionnaire of that kind answered on the latest day, if any."""
        with self._sessions() as session:
            row = session.scalars(
                select(models.MoodScreen)
                .where(models.MoodScreen.instrument == Instrument(instrument))
                .order_by(models.MoodScreen.taken_on.desc())
            ).first()
            return None if row is None else _from_row(row)

    def open_alerts(self) -> list[MoodScreenRecord]:
        """The PHQ-9s with question 9 answered above 0 and not yet discussed, by day."""
        return [record for record in self.screens(Instrument.PHQ9) if record.is_open_alert]

    # -- writing -------------------------------------------------------------------------

    def record(
        self,
        day: dt.date,
        instrument: Instrument,
        answers: Sequence[int],
        *,
        expected: MoodScreenRecord | None = None,
    ) -> tuple[MoodScreenRecord, MoodScreenRecord | None]:
        """Save the answers of `instrument` taken on `day`; (what is stored now, that day's
        earlier answers it replaced or None). The questionnaire belongs to the active course
        (None before any course)."""
        instrument = Instrument(instrument)
        clean = mood.check_answers(instrument, answers)
        if day > self._checked_today(day):
            raise UserInputError(
                MoodServiceWords.tr(
                    "{day} is a later day than today; a questionnaire is answered on a day that "
                    "has come"
                ).format(day=day_text(day))
            )
        with self._sessions.begin() as session:
            row = session.scalars(_same_day(instrument, day)).first()
            if expected is not None:
                _ROWS.check(row, expected)
            replaced = None if row is None else _from_row(row)
            course = mapping.find_active_course(session)
            if row is None:
                row = models.MoodScreen(instrument=instrument, taken_on=day)
                session.add(row)
            row.course_id = None if course is None else course.id
            row.answers = ",".join(str(answer) for answer in clean)
            row.score = mood.score(clean)
            row.discussed_on = None
            row.discussed_note = ""
            row.created_at = self._clock.now_utc()
            session.flush()
            return _from_row(row), replaced

    def remove(
        self, screen_id: int, *, expected: MoodScreenRecord | None = None
    ) -> MoodScreenRecord:
        """Delete it; returns it (restore() puts it back)."""
        with self._sessions.begin() as session:
            return _ROWS.remove(session, screen_id, expected)

    def restore(
        self, record: MoodScreenRecord, *, expected: MoodScreenRecord | None = None
    ) -> None:
        """Write `record` back exactly, under its own id, re-inserting it if it was removed
        (undo and redo, with values this service returned). `expected`, when given, is what
        the store must hold under that id now (the version that replaced it). Refused with
        RecordChangedError if another questionnaire of that kind is on record for that day
        under another id."""
        with self._sessions.begin() as session:
            row = session.get(models.MoodScreen, record.id)
            if expected is not None:
                _ROWS.check(row, expected)
            other = session.scalars(
                _same_day(record.instrument, record.taken_on).where(
                    models.MoodScreen.id != record.id
                )
            ).first()
            if other is not None:
                current = _from_row(other)
                raise RecordChangedError(
                    MoodServiceWords.tr(
                        "{questionnaire} is on record now, so the earlier one was not put back"
                    ).format(questionnaire=current.describe()),
                    current,
                )
            if row is None:
                row = _ROWS.reinsert(session, record, created_at=self._clock.now_utc())
            row.course_id = record.course_id
            row.taken_on = record.taken_on
            row.instrument = record.instrument
            row.answers = ",".join(str(answer) for answer in record.answers)
            row.score = record.score
            row.discussed_on = record.discussed_on
            row.discussed_note = record.discussed_note

    def mark_discussed(
        self,
        screen_id: int,
        on: dt.date,
        note: str = "",
        *,
        expected: MoodScreenRecord | None = None,
    ) -> MoodScreenRecord:
        """The patient talked about it with the doctor on `on` (what was said: `note`).
        Returns the previous version."""
        clean = check_text(
            note, what=MoodServiceWords.tr("the note"), max_length=MAX_NOTE_LENGTH, multiline=True
        )
        if on > self._checked_today(on):
            raise UserInputError(
                MoodServiceWords.tr(
                    "{day} is a later day than today; mark it as discussed once you have talked "
                    "about it"
                ).format(day=day_text(on))
            )
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, screen_id, expected)
            before = _from_row(row)
            if on < before.taken_on:
                raise UserInputError(
                    MoodServiceWords.tr(
                        "{day} is before {questionnaire}; it was discussed on that day or later"
                    ).format(day=day_text(on), questionnaire=before.describe())
                )
            row.discussed_on = on
            row.discussed_note = clean
            return before

    # -- the PHQ-2 rhythm ------------------------------------------------------------------

    def phq2_every_days(self) -> int | None:
        """Every how many days a PHQ-2 is due (default 7); None: no PHQ-2 reminder."""
        with self._sessions() as session:
            return _every_days(session)

    def set_phq2_every_days(self, days: int | None) -> int | None:
        """Every `days` days (1 to 90), or None (off); returns the previous rhythm."""
        clean = mood.check_every_days(days)
        with self._sessions.begin() as session:
            previous = _every_days(session)
            write_setting(session, PHQ2_EVERY_DAYS_KEY, clean, self._clock.now_utc())
            return previous

    def next_phq2_due(self) -> dt.date | None:
        """The day the next PHQ-2 is due (`phq2_due().day`); None when none is asked for."""
        due = self.phq2_due()
        return None if due is None else due.day

    def phq2_due(self, today: dt.date | None = None) -> mood.Phq2Due | None:
        """When the next PHQ-2 is due, and its reminder's key day (domain/mood.py
        `phq2_due`): the rhythm after the last questionnaire (a PHQ-9 counts: its first two
        questions are the PHQ-2), the first of a course due `today` (default: the clock's).
        None when the rhythm is off or no course is active: the PHQ-2 comes only during a
        course."""
        with self._sessions() as session:
            course = mapping.find_active_course(session)
            return mood.phq2_due(
                session.scalar(select(func.max(models.MoodScreen.taken_on))),
                _every_days(session),
                None if course is None else course.started_on,
                self._clock.today() if today is None else today,
            )

    # -- helpers -------------------------------------------------------------------------

    def _checked_today(self, day: dt.date) -> dt.date:
        """Today, once `day` is found plausible (the caller refuses a later day in its own
        words)."""
        today = self._clock.today()
        check_plausible_date(day, today)
        return today


def _every_days(session: Session) -> int | None:
    default: int | None = mood.DEFAULT_PHQ2_EVERY_DAYS
    return read_setting(session, PHQ2_EVERY_DAYS_KEY, _stored_every_days, default=default)


def _stored_every_days(value: object) -> int | None:
    if value is not None and not isinstance(value, int):
        raise TypeError("not a whole number of days")
    return mood.check_every_days(value)


def _same_day(instrument: Instrument, day: dt.date) -> Select[models.MoodScreen]:
    return select(models.MoodScreen).where(
        models.MoodScreen.instrument == instrument, models.MoodScreen.taken_on == day
    )


def _from_row(row: models.MoodScreen) -> MoodScreenRecord:
    return MoodScreenRecord(
        id=row.id,
        course_id=row.course_id,
        taken_on=row.taken_on,
        instrument=Instrument(row.instrument),
        answers=tuple(int(part) for part in row.answers.split(",")),
        score=row.score,
        discussed_on=row.discussed_on,
        discussed_note=row.discussed_note,
    )


def _answers_differ(current: MoodScreenRecord) -> str:
    return MoodServiceWords.tr("its answers or notes are different")


_ROWS = RecordRows(
    models.MoodScreen,
    _from_row,
    "mood questionnaire",
    MoodScreenRecord.describe,
    holds_other=_answers_differ,
)
