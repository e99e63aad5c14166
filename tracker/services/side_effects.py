"""Side-effect reports: the quick check-in, single reports, custom symptoms, and red flags
until they are discussed with the doctor.

One report per symptom and day (the table's UNIQUE(symptom, reported_on)): reporting a
symptom again for the same day replaces that day's report in place, under the same id, and
returns the earlier version for undo. What a replacement keeps:
- a check-in carries no notes, so it keeps the note typed in a single report that day;
- "discussed with my doctor" stays, unless a red flag's severity rises: the doctor heard about
  a milder version, so the report is open again (discussed_on and its note cleared) and stays
  on Today until it is discussed anew. A severity that falls, or stays, keeps it discussed.
- `red_flag` is taken from the catalogue at every write (custom symptoms are never red flags).

Every write is one transaction; bad input raises UserInputError with nothing written.
`expected`, when given, is the report as the patient was shown it: if the store holds
something else by now (another window, the command line), RecordChangedError is raised and
nothing is written. Undo and redo write back versions this service returned (`restore`,
`exchange`), each checked against what the store must hold at that moment, in the same
transaction as the write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import models
from tracker.domain.dates import day_text
from tracker.domain.limits import check_plausible_date, check_text
from tracker.domain.side_effects import (
    CATALOGUE,
    MAX_NOTE_LENGTH,
    CheckInResult,
    ReportChange,
    SideEffectReport,
    Symptom,
    check_report_day,
    check_severity,
    custom_key,
    custom_symptom_name,
    is_new_red_flag,
    stays_discussed,
    symptom_by_id,
)
from tracker.errors import RecordChangedError, UserInputError
from tracker.services import mapping
from tracker.services.record_rows import RecordRows
from tracker.services.records import NOT_CHECKED, NotChecked
from tracker.words import Words

__all__ = ["CheckInResult", "ReportChange", "SideEffectService"]


class SideEffectServiceWords(Words):
    pass


class SideEffectService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- symptoms ------------------------------------------------------------------------

    def symptoms(self) -> list[Symptom]:
        """The catalogue in its own order, then the patient's own symptoms by name."""
        with self._sessions() as session:
            return [*CATALOGUE, *_custom_symptoms(session)]

    def add_custom_symptom(self, name: str) -> Symptom:
        """A symptom in the patient's own words; one whose key exists already (the same
        words, whatever the case and punctuation) is returned as it is, not added twice."""
        clean = custom_symptom_name(name)
        key = custom_key(clean)
        with self._sessions.begin() as session:
            row = session.get(models.CustomSymptom, key)
            if row is None:
                row = models.CustomSymptom(
                    key=key, name=clean, in_check_in=True, created_at=self._clock.now_utc()
                )
                session.add(row)
            return _custom_from_row(row)

    def set_custom_in_check_in(self, key: str, asked: bool) -> Symptom:
        """Whether the quick check-in asks one of the patient's own symptoms (one no longer
        asked keeps its history). Returns the previous version."""
        with self._sessions.begin() as session:
            row = session.get(models.CustomSymptom, key)
            if row is None:
                symptom_by_id(key)  # a catalogue symptom passes, anything else is unknown
                raise UserInputError(
                    SideEffectServiceWords.tr(
                        "{key} is one of the app's symptoms; only the symptoms you added can be "
                        "left out of the check-in"
                    ).format(key=repr(key))
                )
            before = _custom_from_row(row)
            row.in_check_in = asked
            return before

    # -- reading -------------------------------------------------------------------------

    def get(self, report_id: int) -> SideEffectReport:
        with self._sessions() as session:
            return _ROWS.record(session, report_id)

    def reports(
        self, *, symptom: str | None = None, since: dt.date | None = None
    ) -> list[SideEffectReport]:
        """Every report by day (then as entered); only one symptom's, or only from `since`
        on, when given."""
        query = select(models.SideEffect).order_by(
            models.SideEffect.reported_on, models.SideEffect.id
        )
        if symptom is not None:
            query = query.where(models.SideEffect.symptom == symptom)
        if since is not None:
            query = query.where(models.SideEffect.reported_on >= since)
        with self._sessions() as session:
            return [_from_row(row) for row in session.scalars(query)]

    def latest_reports(self) -> dict[str, SideEffectReport]:
        """Each reported symptom's report of the latest day it was reported, by symptom id.
        One query that reads only those reports (one per symptom and day: the table's
        UNIQUE(symptom, reported_on)), however long the history."""
        latest = (
            select(
                models.SideEffect.symptom,
                func.max(models.SideEffect.reported_on).label("reported_on"),
            )
            .group_by(models.SideEffect.symptom)
            .subquery()
        )
        query = select(models.SideEffect).join(
            latest,
            (models.SideEffect.symptom == latest.c.symptom)
            & (models.SideEffect.reported_on == latest.c.reported_on),
        )
        with self._sessions() as session:
            return {row.symptom: _from_row(row) for row in session.scalars(query)}

    def latest_answers(self) -> dict[str, int]:
        """Each reported symptom's severity on the latest day it was reported."""
        return {symptom: report.severity for symptom, report in self.latest_reports().items()}

    def last_reported_on(self) -> dt.date | None:
        """The latest day with any report (of any symptom); None before the first."""
        with self._sessions() as session:
            return session.scalar(select(func.max(models.SideEffect.reported_on)))

    def open_red_flags(self) -> list[SideEffectReport]:
        """Red flags felt (above 0) and not yet discussed with the doctor, by day."""
        query = (
            select(models.SideEffect)
            .where(
                models.SideEffect.red_flag.is_(True),
                models.SideEffect.severity > 0,
                models.SideEffect.discussed_on.is_(None),
            )
            .order_by(models.SideEffect.reported_on, models.SideEffect.id)
        )
        with self._sessions() as session:
            return [_from_row(row) for row in session.scalars(query)]

    # -- writing -------------------------------------------------------------------------

    def check_in(self, day: dt.date, severities: Mapping[str, int]) -> CheckInResult:
        """Save the quick check-in of `day`: one report per symptom answered, each replacing
        that symptom's report of the day (whose note stays). Every id and severity is checked
        before anything is written."""
        check_report_day(day, self._clock.today())
        if not severities:
            raise UserInputError(SideEffectServiceWords.tr("the check-in has no answers to save"))
        with self._sessions.begin() as session:
            known = _custom_symptoms(session)
            answers = [
                (symptom_by_id(symptom_id, known), check_severity(severity))
                for symptom_id, severity in severities.items()
            ]
            course_id = _active_course_id(session)
            steps = [
                self._save(session, course_id, day, symptom, severity, note=None)
                for symptom, severity in answers
            ]
            return _result(steps)

    def report(
        self,
        day: dt.date,
        symptom: str,
        severity: int,
        note: str = "",
        *,
        expected: SideEffectReport | None = None,
    ) -> CheckInResult:
        """Report one symptom on `day`: added, or replacing that symptom's report of the day
        (note included). `expected` is that day's report as shown."""
        check_report_day(day, self._clock.today())
        check_severity(severity)
        clean_note = _check_note(note)
        with self._sessions.begin() as session:
            found = symptom_by_id(symptom, _custom_symptoms(session))
            if expected is not None:
                _ROWS.check(_on_day(session, found.id, day), expected)
            step = self._save(
                session, _active_course_id(session), day, found, severity, note=clean_note
            )
            return _result([step])

    def update(
        self,
        report_id: int,
        severity: int,
        note: str,
        *,
        expected: SideEffectReport | None = None,
    ) -> SideEffectReport:
        """Change a report's severity and note; returns the previous version."""
        return self.update_change(report_id, severity, note, expected=expected).before

    def update_change(
        self,
        report_id: int,
        severity: int,
        note: str,
        *,
        expected: SideEffectReport | None = None,
    ) -> ReportChange:
        """`update`, returning the report before and after (read in the same transaction:
        what an undo must find there, whatever is written elsewhere afterwards)."""
        check_severity(severity)
        clean_note = _check_note(note)
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, report_id, expected)
            before = _from_row(row)
            _apply(row, before, _catalogue_red_flag(row.symptom), severity)
            row.note = clean_note
            row.updated_at = self._clock.now_utc()
            return ReportChange(before, _from_row(row))

    def remove(
        self, report_id: int, *, expected: SideEffectReport | None = None
    ) -> SideEffectReport:
        """Delete a report; returns it (restore() puts it back)."""
        with self._sessions.begin() as session:
            return _ROWS.remove(session, report_id, expected)

    def restore(
        self,
        report: SideEffectReport,
        *,
        expected: SideEffectReport | NotChecked | None = NOT_CHECKED,
    ) -> None:
        """Write `report` back exactly as it was, under its own id (re-inserted if it was
        removed): undo and redo use it with values this service returned. With `expected`,
        only if the store holds exactly that under the id now (None: nothing, i.e. undoing a
        removal; a report: the version that replaced it, i.e. undoing an edit). Refused with
        RecordChangedError, nothing written, when it holds something else, or when another
        report of that symptom now holds its day."""
        with self._sessions.begin() as session:
            self._put(session, report, expected)

    def exchange(self, remove: Sequence[SideEffectReport], put: Sequence[SideEffectReport]) -> None:
        """Remove the reports `remove` and write the reports `put` back, in ONE transaction:
        the undo of a check-in or a report (remove what it saved, put back what it replaced)
        and its redo (the reverse). Each of `remove` must be stored exactly as given, and
        each of `put` must find its id free once they are gone (a replaced report shares its
        id with the one that replaced it); otherwise RecordChangedError, nothing written."""
        with self._sessions.begin() as session:
            for report in remove:
                session.delete(_ROWS.to_change(session, report.id, report))
            session.flush()  # the ids removed are free for the reports put back
            for report in put:
                self._put(session, report, None)

    def mark_discussed(
        self,
        report_id: int,
        on: dt.date,
        note: str = "",
        *,
        expected: SideEffectReport | None = None,
    ) -> SideEffectReport:
        """The patient talked the report over with the doctor on `on` (not before the day
        reported, not later than today); `note` is what was said. A red flag stops being
        open. Marking it again corrects the day and note. Returns the previous version."""
        return self.mark_discussed_change(report_id, on, note, expected=expected).before

    def mark_discussed_change(
        self,
        report_id: int,
        on: dt.date,
        note: str = "",
        *,
        expected: SideEffectReport | None = None,
    ) -> ReportChange:
        """`mark_discussed`, returning the report before and after (read in the same
        transaction as the write)."""
        today = self._clock.today()
        check_plausible_date(on, today)
        if on > today:
            raise UserInputError(
                SideEffectServiceWords.tr(
                    "{day} is later than today; mark it discussed once you have talked to your "
                    "doctor"
                ).format(day=on.isoformat())
            )
        clean_note = _check_note(note)
        with self._sessions.begin() as session:
            row = _ROWS.to_change(session, report_id, expected)
            before = _from_row(row)
            if on < before.reported_on:
                raise UserInputError(
                    SideEffectServiceWords.tr(
                        "{day} is before the day it was reported ({reported})"
                    ).format(day=on.isoformat(), reported=before.reported_on.isoformat())
                )
            row.discussed_on = on
            row.discussed_note = clean_note
            row.updated_at = self._clock.now_utc()
            return ReportChange(before, _from_row(row))

    # -- helpers -------------------------------------------------------------------------

    def _put(
        self,
        session: Session,
        report: SideEffectReport,
        expected: SideEffectReport | NotChecked | None,
    ) -> None:
        """Write `report` under its own id, provided the id holds `expected` (unless
        NOT_CHECKED) and no other report of that symptom holds its day."""
        row = session.get(models.SideEffect, report.id)
        if expected is None:
            _check_free(row, report)
        elif expected is not NOT_CHECKED:
            _ROWS.check(row, expected)
        other = _on_day(session, report.symptom, report.reported_on)
        if other is not None and other.id != report.id:
            raise RecordChangedError(
                SideEffectServiceWords.tr(
                    "there is another report of {symptom} on {day} by now, so this one was not "
                    "put back"
                ).format(symptom=_name(session, report.symptom), day=day_text(report.reported_on)),
                _from_row(other),
            )
        now = self._clock.now_utc()
        if row is None:
            row = _ROWS.reinsert(session, report, created_at=now)
        row.course_id = report.course_id
        row.reported_on = report.reported_on
        row.symptom = report.symptom
        row.severity = report.severity
        row.note = report.note
        row.red_flag = report.red_flag
        row.discussed_on = report.discussed_on
        row.discussed_note = report.discussed_note
        row.updated_at = now

    def _save(
        self,
        session: Session,
        course_id: int | None,
        day: dt.date,
        symptom: Symptom,
        severity: int,
        *,
        note: str | None,
    ) -> tuple[SideEffectReport, SideEffectReport | None]:
        """Add or replace `symptom`'s report of `day` (`note` None: keep the note there);
        returns (saved, replaced)."""
        now = self._clock.now_utc()
        row = _on_day(session, symptom.id, day)
        before = None if row is None else _from_row(row)
        if row is None:
            row = models.SideEffect(
                course_id=course_id,
                reported_on=day,
                symptom=symptom.id,
                note="",
                discussed_note="",
                created_at=now,
            )
            session.add(row)
        else:
            row.course_id = course_id
        _apply(row, before, symptom.red_flag, severity)
        if note is not None:
            row.note = note
        row.updated_at = now
        session.flush()
        return _from_row(row), before


def _apply(
    row: models.SideEffect, before: SideEffectReport | None, red_flag: bool, severity: int
) -> None:
    """The new severity and red flag, re-opening a discussed red flag that got worse."""
    row.severity = severity
    row.red_flag = red_flag
    if before is not None and not stays_discussed(before, severity):
        row.discussed_on = None
        row.discussed_note = ""


def _result(steps: list[tuple[SideEffectReport, SideEffectReport | None]]) -> CheckInResult:
    return CheckInResult(
        saved=tuple(saved for saved, _ in steps),
        replaced=tuple(before for _, before in steps if before is not None),
        new_red_flags=tuple(saved for saved, before in steps if is_new_red_flag(saved, before)),
    )


def _check_note(note: str) -> str:
    return check_text(
        note, what=SideEffectServiceWords.tr("the note"), max_length=MAX_NOTE_LENGTH, multiline=True
    )


def _catalogue_red_flag(symptom_id: str) -> bool:
    """Whether the catalogue calls it a red flag now (custom symptoms never are)."""
    try:
        return symptom_by_id(symptom_id).red_flag
    except UserInputError:
        return False


def _active_course_id(session: Session) -> int | None:
    course = mapping.find_active_course(session)
    return None if course is None else course.id


def _custom_symptoms(session: Session) -> list[Symptom]:
    rows = session.scalars(select(models.CustomSymptom)).all()
    # Names that fold to the same words have the same key, so the name alone orders them.
    return sorted((_custom_from_row(row) for row in rows), key=lambda s: s.name.casefold())


def _custom_from_row(row: models.CustomSymptom) -> Symptom:
    return Symptom(
        id=row.key, name=row.name, red_flag=False, in_check_in=row.in_check_in, custom=True
    )


def _name(session: Session, symptom_id: str) -> str:
    try:
        return symptom_by_id(symptom_id, _custom_symptoms(session)).name
    except UserInputError:
        return symptom_id


def _on_day(session: Session, symptom_id: str, day: dt.date) -> models.SideEffect | None:
    return session.scalars(
        select(models.SideEffect).where(
            models.SideEffect.symptom == symptom_id, models.SideEffect.reported_on == day
        )
    ).first()


def _describe(report: SideEffectReport) -> str:
    return SideEffectServiceWords.tr("the report of {day}").format(day=day_text(report.reported_on))


def _check_free(row: models.SideEffect | None, report: SideEffectReport) -> None:
    """RecordChangedError if `row` (the one under `report`'s id) exists: it was put back
    elsewhere (another window's undo) since it was removed here."""
    if row is not None:
        raise RecordChangedError(
            SideEffectServiceWords.tr(
                "{report} was changed elsewhere since it was shown: it is on record again"
            ).format(report=_describe(report)),
            _from_row(row),
        )


def _from_row(row: models.SideEffect) -> SideEffectReport:
    return SideEffectReport(
        id=row.id,
        course_id=row.course_id,
        reported_on=row.reported_on,
        symptom=row.symptom,
        severity=row.severity,
        note=row.note,
        red_flag=row.red_flag,
        discussed_on=row.discussed_on,
        discussed_note=row.discussed_note,
    )


_ROWS = RecordRows(models.SideEffect, _from_row, "side-effect report", _describe)
