"""The rules an import must meet beyond the schema's: what the services check on every write
and a hand-edited export could still break (a lab unit that does not fit its test, a dose
logged before its course began, a symptom nobody defined …). A record the app itself would
refuse would later break the screens that read it, so the whole file is refused instead.

Every rule is the domain's own check, run on the record as stored; nothing is re-implemented
here. `check_records` names the first record that breaks one, as the schema's rules are
named: "records.lab_result[3] (id 7): Triglycerides are reported in mg/dL or mmol/L;
furlongs does not fit". Pure: plain rows in, UserInputError out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial

from tracker.domain import acne, labs, medicines, mood, side_effects
from tracker.domain.dates import day_text
from tracker.domain.doselog import DoseEntry, DoseStatus
from tracker.domain.limits import check_plausible_date
from tracker.errors import UserInputError
from tracker.services import assemble
from tracker.services.snapshot import Value
from tracker.words import Words

Row = Mapping[str, Value]
Tables = Mapping[str, tuple[Row, ...]]
# The most a local date can be ahead of UTC anywhere (UTC+14): the last day an export made
# at an instant can have records for, wherever it was made.
MOST_AHEAD_OF_UTC = dt.timedelta(hours=14)


class PortableRulesWords(Words):
    pass


def latest_day(exported_at: dt.datetime) -> dt.date:
    """The last day records of an export made at `exported_at` can be dated: that instant's
    date where the clock is furthest ahead (a dose logged just after midnight in Sydney
    has a date that is still tomorrow in London)."""
    return (exported_at.astimezone(dt.UTC) + MOST_AHEAD_OF_UTC).date()


@dataclass(frozen=True)
class _Record:
    table: str
    index: int
    row: Row

    def where(self) -> str:
        key = "key" if "id" not in self.row else "id"
        return f"records.{self.table}[{self.index}] ({key} {self.row[key]})"


def check_records(tables: Tables, exported_at: dt.datetime) -> None:
    """UserInputError naming the first record of `tables` (rows as the staged store holds
    them: types, references and the schema's rules already checked) that breaks a rule of
    the services; records may be dated up to `latest_day(exported_at)`."""
    last = latest_day(exported_at)
    courses = {row["id"]: row for row in tables.get("course", ())}
    rules: tuple[tuple[str, Callable[[Row], None]], ...] = (
        ("course", lambda row: _course(row, last)),
        ("dose_period", lambda row: _dose_period(row, courses[row["course_id"]])),
        ("dose_entry", lambda row: _dose_entry(row, courses[row["course_id"]], last)),
        ("side_effect", lambda row: _side_effect(row, tables, last)),
        ("mood_screen", _mood_screen),
        ("lab_result", lambda row: _lab_result(row, last)),
        ("acne_assessment", lambda row: _acne(row, last)),
        ("medicine", lambda row: _medicine(row, last)),
        ("question", lambda row: _question(row, last)),
    )
    for table, rule in rules:
        for record in _records(tables, table):
            _apply(record, rule)
    _check_periods(tables)


def _records(tables: Tables, table: str) -> Iterator[_Record]:
    for index, row in enumerate(tables.get(table, ())):
        yield _Record(table, index, row)


def _apply(record: _Record, rule: Callable[[Row], None]) -> None:
    try:
        rule(record.row)
    except UserInputError as exc:
        raise UserInputError(
            PortableRulesWords.tr("{record}: {problem}").format(record=record.where(), problem=exc)
        ) from None


def _date(row: Row, name: str) -> dt.date:
    value = row[name]
    assert isinstance(value, dt.date)
    return value


def _day_or_none(row: Row, name: str) -> dt.date | None:
    value = row[name]
    assert value is None or isinstance(value, dt.date)
    return value


def _not_after(day: dt.date, last: dt.date, what: Callable[[], str]) -> None:
    """`day` is no later than `last`; `what` says which day it is, as a whole sentence
    with the day ({day})."""
    check_plausible_date(day, last)
    if day > last:
        raise UserInputError(what().format(day=day_text(day)))


def _starts_late() -> str:
    return PortableRulesWords.tr("it starts on {day} is after the day the file was made")


def _ends_late() -> str:
    return PortableRulesWords.tr("it ends on {day} is after the day the file was made")


def _day_late() -> str:
    return PortableRulesWords.tr("the day {day} is after the day the file was made")


def _added_late() -> str:
    return PortableRulesWords.tr("it was added on {day} is after the day the file was made")


# -- the rules, one per kind of record ---------------------------------------------------


def _course(row: Row, last: dt.date) -> None:
    _not_after(_date(row, "started_on"), last, _starts_late)
    ended = _day_or_none(row, "ended_on")
    if ended is not None:
        _not_after(ended, last, _ends_late)


def _dose_period(row: Row, course: Row) -> None:
    starts, started = _date(row, "starts_on"), _date(course, "started_on")
    if starts < started:
        raise UserInputError(
            PortableRulesWords.tr(
                "the dose period starts on {day}, before its course started ({start})"
            ).format(day=day_text(starts), start=day_text(started))
        )


def _dose_entry(row: Row, course: Row, last: dt.date) -> None:
    day, started = _date(row, "day"), _date(course, "started_on")
    ended = _day_or_none(course, "ended_on")
    if day < started:
        raise UserInputError(
            PortableRulesWords.tr("the day {day} is before its course started ({start})").format(
                day=day_text(day), start=day_text(started)
            )
        )
    if ended is not None and day > ended:
        raise UserInputError(
            PortableRulesWords.tr("the day {day} is after its course ended ({end})").format(
                day=day_text(day), end=day_text(ended)
            )
        )
    _not_after(day, last, _day_late)
    status = row["status"]
    assert isinstance(status, str)
    # The domain's own value checks the combination (a missed day with a meal answer …).
    DoseEntry(
        day=day,
        status=DoseStatus(status),
        mg_taken=row["mg_taken"],  # type: ignore[arg-type]
        with_food=row["with_food"],  # type: ignore[arg-type]
        taken_at=row["taken_at"],  # type: ignore[arg-type]
        note=str(row["note"]),
    )


def _side_effect(row: Row, tables: Tables, last: dt.date) -> None:
    side_effects.check_report_day(_date(row, "reported_on"), last)
    custom = [
        side_effects.Symptom(str(symptom["key"]), str(symptom["name"]), False, custom=True)
        for symptom in tables.get("custom_symptom", ())
    ]
    side_effects.symptom_by_id(str(row["symptom"]), custom)


def _mood_screen(row: Row) -> None:
    instrument = mood.Instrument(str(row["instrument"]))
    text = str(row["answers"])
    parts = text.split(",")
    if not all(part.isascii() and part.isdigit() for part in parts):
        raise UserInputError(
            PortableRulesWords.tr(
                'the answers "{answers}" are not numbers separated by commas'
            ).format(answers=text)
        )
    answers = mood.check_answers(instrument, [int(part) for part in parts])
    total = mood.score(answers)
    if row["score"] != total:
        raise UserInputError(
            PortableRulesWords.tr(
                "the score {score} is not the total of the answers ({total})"
            ).format(score=row["score"], total=total)
        )


def _lab_result(row: Row, last: dt.date) -> None:
    draft = labs.LabResultDraft(
        taken_on=_date(row, "taken_on"),
        analyte=str(row["analyte"]),
        value=row["value"],  # type: ignore[arg-type]
        unit=str(row["unit"]),
        fasting=row["fasting"],  # type: ignore[arg-type]
        range_low=row["range_low"],  # type: ignore[arg-type]
        range_high=row["range_high"],  # type: ignore[arg-type]
        flag=str(row["flag"]),
        note=str(row["note"]),
    )
    clean = labs.check_draft(draft, last)
    # The store keeps what check_draft makes of a draft; anything else the app never wrote.
    if clean.analyte != draft.analyte:
        raise UserInputError(
            PortableRulesWords.tr('the test is stored as "{stored}", not "{written}"').format(
                stored=clean.analyte, written=draft.analyte
            )
        )
    if clean.unit != draft.unit:
        raise UserInputError(
            PortableRulesWords.tr('the unit is stored as "{stored}", not "{written}"').format(
                stored=clean.unit, written=draft.unit
            )
        )


def _acne(row: Row, last: dt.date) -> None:
    acne.check_draft(
        acne.AcneDraft(
            assessed_on=_date(row, "assessed_on"),
            grade=row["grade"],  # type: ignore[arg-type]
            comedones=row["comedones"],  # type: ignore[arg-type]
            inflammatory=row["inflammatory"],  # type: ignore[arg-type]
            nodules=row["nodules"],  # type: ignore[arg-type]
            note=str(row["note"]),
        ),
        last,
    )


def _medicine(row: Row, last: dt.date) -> None:
    medicines.check_medicine(
        medicines.MedicineDraft(
            name=str(row["name"]),
            dose=str(row["dose"]),
            started_on=_day_or_none(row, "started_on"),
            stopped_on=_day_or_none(row, "stopped_on"),
            note=str(row["note"]),
        ),
        last,
    )


def _question(row: Row, last: dt.date) -> None:
    medicines.check_question(str(row["text"]))
    question = medicines.QuestionRecord(
        id=_int(row, "id"),
        text=str(row["text"]),
        added_on=_date(row, "added_on"),
        asked_on=_day_or_none(row, "asked_on"),
        answer=str(row["answer"]),
        answered_on=_day_or_none(row, "answered_on"),
    )
    _not_after(question.added_on, last, _added_late)
    if question.asked_on is not None:
        medicines.check_asked_on(question, question.asked_on, last)
    if question.answered_on is not None:
        medicines.check_answered_on(question, question.answered_on, last)


def _check_periods(tables: Tables) -> None:
    """Each dose period and its intakes make a period the domain accepts: every intake on a
    day of the period's cycle, capsules written as "40+20" that add up to the intake."""
    for record in _records(tables, "dose_period"):
        period = record.row
        cycle_days = _int(period, "cycle_days")
        intakes = sorted(
            (_int(row, "cycle_day"), _int(row, "position"), row)
            for row in tables.get("planned_intake", ())
            if row["period_id"] == period["id"]
        )
        for cycle_day, _, _ in intakes:
            if cycle_day >= cycle_days:
                raise UserInputError(
                    PortableRulesWords.tr(
                        "{record}: an intake is on cycle day {day}, but the cycle is %n days "
                        "(0 to {last})",
                        "",
                        cycle_days,
                    ).format(record=record.where(), day=cycle_day, last=cycle_days - 1)
                )
        plan = [
            (day, _int(row, "mg"), str(row["label"]), str(row["capsules"]))
            for day, _, row in intakes
        ]
        _apply(record, partial(_period, cycle_days=cycle_days, plan=plan))


def _period(row: Row, *, cycle_days: int, plan: Iterable[tuple[int, int, str, str]]) -> None:
    assemble.dose_period(_date(row, "starts_on"), cycle_days, plan)


def _int(row: Row, name: str) -> int:
    value = row[name]
    assert isinstance(value, int)
    return value
