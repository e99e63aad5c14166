"""Reading a complete copy back (docs/export-format.md): `parse_export` checks everything the
file alone can tell, before anything is written, and returns the records as a StoreSnapshot,
the same plain data the export was made from.

Checked here: the JSON itself (with the line and column of a syntax error), the format's
name and version, every table and field known, every value of its field's type, within its
column's length and free of control characters, enums one of their values, every required
field present. The rules that tie values together (ranges, one record a day, a course's end
after its start …) are the store's own CHECK and UNIQUE constraints and the services' rules
(services/portable_rules.py): the service inserts the records into a staged store and
reports the first one broken. Photo files are the service's
to check (it has the files). Pure: no SQLAlchemy, no file access.

`FIELDS` describes every table of the schema (revision 0003) as the format carries it; a
test keeps it equal to the models, column for column.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.domain.appointments import AppointmentKind, AppointmentStatus
from tracker.domain.doselog import DoseStatus
from tracker.domain.limits import check_text
from tracker.domain.mood import Instrument
from tracker.domain.pregnancy import (
    ContraceptionRole,
    RuleSet,
    TestKind,
    TestResult,
    TestSetting,
)
from tracker.errors import UserInputError
from tracker.reports.json_export import FORMAT_NAME, FORMAT_VERSION
from tracker.services.snapshot import StoreSnapshot, Value
from tracker.words import Words

# SQLite's integers are 64-bit.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
HEADER_FIELDS = ("format", "format_version", "exported_at", "schema_revision", "records", "photos")


class ImportFileWords(Words):
    """What is wrong with a file, in the language in use (the window shows it after "could
    not import"); the names of the format's fields, tables and values stay as written."""


class Kind(enum.Enum):
    INTEGER = "a whole number"
    NUMBER = "a number"
    BOOLEAN = "true or false"
    TEXT = "text"
    DATE = 'a date ("YYYY-MM-DD")'
    INSTANT = 'a UTC date and time ("YYYY-MM-DDTHH:MM:SSZ")'
    LOCAL = 'a local date and time ("YYYY-MM-DDTHH:MM:SS")'
    TIME = 'a time of day ("HH:MM:SS")'


@dataclass(frozen=True)
class Field:
    kind: Kind
    nullable: bool = False
    max_length: int | None = None  # TEXT: characters
    choices: tuple[str, ...] = ()  # TEXT holding an enum's stored values
    multiline: bool = False  # TEXT: line breaks and tabs allowed (notes)


def _int(nullable: bool = False) -> Field:
    return Field(Kind.INTEGER, nullable)


def _text(max_length: int) -> Field:
    # The 2000-character columns are the patient's notes and answers: several lines.
    return Field(Kind.TEXT, max_length=max_length, multiline=max_length >= 2000)


def _choice(kind: type[enum.StrEnum]) -> Field:
    return Field(Kind.TEXT, choices=tuple(member.value for member in kind))


_ID = _int()
_COURSE = _int(nullable=True)  # a record's course, kept when the course is gone
_NOTE = _text(2000)
_DATE = Field(Kind.DATE)
_DAY_OR_NONE = Field(Kind.DATE, nullable=True)
_INSTANT = Field(Kind.INSTANT)
_STAMPS = {"created_at": _INSTANT, "updated_at": _INSTANT}

FIELDS: dict[str, dict[str, Field]] = {
    "profile": {
        "id": _ID,
        "name": _text(200),
        "date_of_birth": _DAY_OR_NONE,
        "can_become_pregnant": Field(Kind.BOOLEAN, nullable=True),
        "created_at": _INSTANT,
        "pregnancy_rules": _choice(RuleSet),
        "confirmation_test_days": _int(nullable=True),
        "monthly_test_days": _int(nullable=True),
        "pickup_window_days": _int(nullable=True),
        "after_course_test_days": _int(nullable=True),
    },
    "course": {
        "id": _ID,
        "profile_id": _int(),
        "product": _text(100),
        "started_on": _DATE,
        "planned_weeks": _int(),
        "target_mg_per_kg": Field(Kind.NUMBER),
        "reference_weight_kg": Field(Kind.NUMBER),
        "prescriber": _text(200),
        "ended_on": _DAY_OR_NONE,
        "created_at": _INSTANT,
    },
    "dose_period": {
        "id": _ID,
        "course_id": _int(),
        "starts_on": _DATE,
        "cycle_days": _int(),
        "created_at": _INSTANT,
    },
    "planned_intake": {
        "id": _ID,
        "period_id": _int(),
        "cycle_day": _int(),
        "position": _int(),
        "label": _text(40),
        "mg": _int(),
        "capsules": _text(60),
    },
    "dose_entry": {
        "id": _ID,
        "course_id": _int(),
        "day": _DATE,
        "status": _choice(DoseStatus),
        "mg_taken": _int(nullable=True),
        "with_food": Field(Kind.BOOLEAN, nullable=True),
        "taken_at": Field(Kind.TIME, nullable=True),
        "note": _NOTE,
        "recorded_at": _INSTANT,
    },
    "weight": {
        "id": _ID,
        "measured_on": _DATE,
        "kg": Field(Kind.NUMBER),
        "recorded_at": _INSTANT,
    },
    "appointment": {
        "id": _ID,
        "course_id": _COURSE,
        "kind": _choice(AppointmentKind),
        "starts_at": Field(Kind.LOCAL),
        "title": _text(200),
        "place": _text(200),
        "note": _NOTE,
        "outcome": _NOTE,
        "status": _choice(AppointmentStatus),
        **_STAMPS,
    },
    "pregnancy_test": {
        "id": _ID,
        "course_id": _COURSE,
        "taken_on": _DATE,
        "kind": _choice(TestKind),
        "setting": _choice(TestSetting),
        "result": _choice(TestResult),
        "note": _NOTE,
        "questions_answered_on": _DAY_OR_NONE,
        "contraception_confirmed_on": _DAY_OR_NONE,
        "picked_up_on": _DAY_OR_NONE,
        "prescriber_response": _NOTE,
        "responded_on": _DAY_OR_NONE,
        **_STAMPS,
    },
    "contraception": {
        "id": _ID,
        "role": _choice(ContraceptionRole),
        "method": _text(40),
        "description": _text(200),
        "started_on": _DATE,
        "stopped_on": _DAY_OR_NONE,
        "created_at": _INSTANT,
    },
    "setting": {
        "key": _text(60),
        "value": _NOTE,
        "updated_at": _INSTANT,
    },
    "reminder_state": {
        "key": _text(80),
        "dismissed_at": Field(Kind.INSTANT, nullable=True),
        "snoozed_until": Field(Kind.LOCAL, nullable=True),
        "updated_at": _INSTANT,
    },
    "custom_symptom": {
        "key": _text(60),
        "name": _text(80),
        "in_check_in": Field(Kind.BOOLEAN),
        "created_at": _INSTANT,
    },
    "side_effect": {
        "id": _ID,
        "course_id": _COURSE,
        "reported_on": _DATE,
        "symptom": _text(60),
        "severity": _int(),
        "note": _NOTE,
        "red_flag": Field(Kind.BOOLEAN),
        "discussed_on": _DAY_OR_NONE,
        "discussed_note": _NOTE,
        **_STAMPS,
    },
    "mood_screen": {
        "id": _ID,
        "course_id": _COURSE,
        "taken_on": _DATE,
        "instrument": _choice(Instrument),
        "answers": _text(20),
        "score": _int(),
        "discussed_on": _DAY_OR_NONE,
        "discussed_note": _NOTE,
        "created_at": _INSTANT,
    },
    "lab_result": {
        "id": _ID,
        "course_id": _COURSE,
        "taken_on": _DATE,
        "analyte": _text(60),
        "value": Field(Kind.NUMBER),
        "unit": _text(20),
        "fasting": Field(Kind.BOOLEAN, nullable=True),
        "range_low": Field(Kind.NUMBER, nullable=True),
        "range_high": Field(Kind.NUMBER, nullable=True),
        "flag": _text(1),
        "note": _NOTE,
        **_STAMPS,
    },
    "acne_assessment": {
        "id": _ID,
        "course_id": _COURSE,
        "assessed_on": _DATE,
        "grade": _int(nullable=True),
        "comedones": _int(nullable=True),
        "inflammatory": _int(nullable=True),
        "nodules": _int(nullable=True),
        "note": _NOTE,
        **_STAMPS,
    },
    "progress_photo": {
        "id": _ID,
        "course_id": _COURSE,
        "taken_on": _DATE,
        "file_name": _text(100),
        "original_name": _text(255),
        "note": _NOTE,
        "created_at": _INSTANT,
    },
    "medicine": {
        "id": _ID,
        "name": _text(200),
        "dose": _text(200),
        "started_on": _DAY_OR_NONE,
        "stopped_on": _DAY_OR_NONE,
        "note": _NOTE,
        **_STAMPS,
    },
    "question": {
        "id": _ID,
        "text": _NOTE,
        "added_on": _DATE,
        "asked_on": _DAY_OR_NONE,
        "answer": _NOTE,
        "answered_on": _DAY_OR_NONE,
        **_STAMPS,
    },
}


def parse_export(data: bytes) -> StoreSnapshot:
    """The records of an export file, checked (see the module docstring); UserInputError
    naming the first thing wrong ("records.side_effect[3].severity: ..."). Every table of
    the format is in the result (an absent one: no rows); `photos` maps each listed photo's
    file name to its path relative to the export's photos folder; `course_days` is empty
    (it is computed, never imported)."""
    document = _load(data)
    if not isinstance(document, dict):
        raise UserInputError(
            ImportFileWords.tr("the file is not an isotrack export: it holds no JSON object")
        )
    if document.get("format") != FORMAT_NAME:
        raise UserInputError(
            ImportFileWords.tr(
                'the file is not an isotrack export: its "format" is not "{format}"'
            ).format(format=FORMAT_NAME)
        )
    _check_version(document.get("format_version"))
    unknown = sorted(set(document) - set(HEADER_FIELDS))
    if unknown:
        raise UserInputError(
            ImportFileWords.tr("the file has a field this format does not know: {field}").format(
                field=unknown[0]
            )
        )
    exported_at = _value("exported_at", _required(document, "exported_at"), _INSTANT)
    revision = _required(document, "schema_revision")
    if not isinstance(revision, str):
        raise UserInputError(
            ImportFileWords.tr("{where}: must be text").format(where="schema_revision")
        )
    tables = _tables(_required(document, "records"))
    photos = _photos(_required(document, "photos"), tables["progress_photo"])
    assert isinstance(exported_at, dt.datetime)
    return StoreSnapshot(
        schema_revision=revision,
        taken_at=exported_at,
        tables=tables,
        course_days=(),
        photos={name: Path(name) for name in photos},
    )


def _load(data: bytes) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserInputError(
            ImportFileWords.tr(
                "the file is not UTF-8 text (byte {byte}); an export is JSON in UTF-8"
            ).format(byte=exc.start + 1)
        ) from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        # exc.msg is Python's own English ("Expecting value").
        raise UserInputError(
            ImportFileWords.tr(
                "the file is not valid JSON: {problem} at line {line}, column {column}"
            ).format(problem=exc.msg, line=exc.lineno, column=exc.colno)
        ) from None
    except ValueError:  # Python refuses to read a whole number of over 4,300 digits
        raise UserInputError(
            ImportFileWords.tr("the file is not valid JSON: a number has too many digits")
        ) from None
    except RecursionError:  # thousands of nested brackets: no export looks like that
        raise UserInputError(
            ImportFileWords.tr("the file is not an isotrack export: it is nested too deeply")
        ) from None


def _no_constant(name: str) -> Any:
    # Python's json reads NaN and Infinity, which are not JSON and no stored value can be.
    raise UserInputError(
        ImportFileWords.tr("the file is not valid JSON: {name} is not a JSON number").format(
            name=name
        )
    )


def _check_version(version: object) -> None:
    if version == FORMAT_VERSION and type(version) is int:
        return
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise UserInputError(
            ImportFileWords.tr(
                "the file was made by a newer isotrack (export format {version}); this "
                "version reads format {known}. Install the newer version to import it."
            ).format(version=version, known=FORMAT_VERSION)
        )
    raise UserInputError(
        ImportFileWords.tr(
            "{where}: {version} is not a format version this isotrack knows ({known})"
        ).format(where="format_version", version=json.dumps(version), known=FORMAT_VERSION)
    )


def _required(document: Mapping[str, object], name: str) -> object:
    if name not in document:
        raise UserInputError(_missing(name))
    return document[name]


def _tables(records: object) -> dict[str, tuple[Mapping[str, Value], ...]]:
    if not isinstance(records, dict):
        raise UserInputError(
            ImportFileWords.tr(
                "{where}: must be an object with a list of rows for each table"
            ).format(where="records")
        )
    unknown = sorted(set(records) - set(FIELDS))
    if unknown:
        raise UserInputError(
            ImportFileWords.tr("{where}: not a table this format knows").format(
                where=f"records.{unknown[0]}"
            )
        )
    tables: dict[str, tuple[Mapping[str, Value], ...]] = {}
    for table, fields in FIELDS.items():
        rows = records.get(table, [])
        if not isinstance(rows, list):
            raise UserInputError(
                ImportFileWords.tr("{where}: must be a list of rows").format(
                    where=f"records.{table}"
                )
            )
        tables[table] = tuple(
            _row(f"records.{table}[{index}]", row, fields) for index, row in enumerate(rows)
        )
    return tables


def _row(where: str, row: object, fields: Mapping[str, Field]) -> dict[str, Value]:
    if not isinstance(row, dict):
        raise UserInputError(ImportFileWords.tr("{where}: must be an object").format(where=where))
    unknown = sorted(set(row) - set(fields))
    if unknown:
        raise UserInputError(
            ImportFileWords.tr("{where}: not a field this table has").format(
                where=f"{where}.{unknown[0]}"
            )
        )
    values: dict[str, Value] = {}
    for name, field in fields.items():
        if name in row:
            values[name] = _value(f"{where}.{name}", row[name], field)
        elif field.nullable:
            values[name] = None  # a field that may be empty may be left out
        else:
            raise UserInputError(_missing(f"{where}.{name}"))
    return values


def _value(where: str, value: object, field: Field) -> Value:
    """`value` as the column's Python type, or UserInputError saying why not."""
    if value is None:
        if field.nullable:
            return None
        raise UserInputError(
            ImportFileWords.tr("{where}: may not be empty (null)").format(where=where)
        )
    kind = field.kind
    if kind is Kind.BOOLEAN:
        if isinstance(value, bool):
            return value
    elif kind is Kind.INTEGER:
        if type(value) is int:
            if INT_MIN <= value <= INT_MAX:
                return value
            raise UserInputError(
                ImportFileWords.tr("{where}: {value} is too large a whole number").format(
                    where=where, value=_shown(value)
                )
            )
    elif kind is Kind.NUMBER:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return _finite(where, value)
    elif isinstance(value, str):
        return _from_text(where, value, field)
    raise UserInputError(_not_a(where, value, kind))


def _finite(where: str, value: int | float) -> float:
    """A JSON number as a float; 1e400 (read as infinity) and a whole number of 400 digits
    (which no float holds) are refused."""
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise UserInputError(
            ImportFileWords.tr("{where}: the number is too large").format(where=where)
        )
    return number


def _from_text(where: str, value: str, field: Field) -> Value:
    kind = field.kind
    if kind is Kind.TEXT:
        if field.choices and value not in field.choices:
            raise UserInputError(
                ImportFileWords.tr("{where}: {value} is not one of {choices}").format(
                    where=where, value=_shown(value), choices=", ".join(field.choices)
                )
            )
        return check_text(value, what=where, max_length=field.max_length, multiline=field.multiline)
    try:
        if kind is Kind.DATE:
            return dt.date.fromisoformat(_strict(value, _DATE_TEXT))
        if kind is Kind.TIME:
            return dt.time.fromisoformat(_strict(value, _TIME_TEXT))
        if kind is Kind.LOCAL:
            return dt.datetime.fromisoformat(_strict(value, _LOCAL_TEXT))
        return dt.datetime.fromisoformat(_strict(value, _INSTANT_TEXT)).astimezone(dt.UTC)
    except ValueError:
        raise UserInputError(_not_a(where, value, kind)) from None


# fromisoformat also reads "20261120", "09:00" and zone suffixes ("+01:00"); the format
# writes exactly these shapes (an instant's seconds may have a fraction), and reads only them.
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME_TEXT = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}")
_LOCAL_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")
_INSTANT_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z")


def _strict(value: str, shape: re.Pattern[str]) -> str:
    if shape.fullmatch(value) is None:
        raise ValueError(value)
    return value


def _missing(where: str) -> str:
    return ImportFileWords.tr("{where}: missing").format(where=where)


def _not_a(where: str, value: object, kind: Kind) -> str:
    """ "records.weight[0].kg: "70" is not a number"."""
    return ImportFileWords.tr("{where}: {value} is not {kind}").format(
        where=where, value=_shown(value), kind=_kind_text(kind)
    )


def _not_a_photo(where: str, name: object) -> str:
    return ImportFileWords.tr("{where}: {value} is not a photo's file name").format(
        where=where, value=_shown(name)
    )


def _kind_text(kind: Kind) -> str:
    """Kind's words in the language in use (its value is the English)."""
    words = {
        Kind.INTEGER: ImportFileWords.tr("a whole number"),
        Kind.NUMBER: ImportFileWords.tr("a number"),
        Kind.BOOLEAN: ImportFileWords.tr("true or false"),
        Kind.TEXT: ImportFileWords.tr("text"),
        Kind.DATE: ImportFileWords.tr('a date ("YYYY-MM-DD")'),
        Kind.INSTANT: ImportFileWords.tr('a UTC date and time ("YYYY-MM-DDTHH:MM:SSZ")'),
        Kind.LOCAL: ImportFileWords.tr('a local date and time ("YYYY-MM-DDTHH:MM:SS")'),
        Kind.TIME: ImportFileWords.tr('a time of day ("HH:MM:SS")'),
    }
    return words[kind]


def _shown(value: object) -> str:
    """A value as the message quotes it: JSON, cut short."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _photos(photos: object, rows: tuple[Mapping[str, Value], ...]) -> list[str]:
    """The listed photo files: each one a plain file name a progress_photo row names. A
    row whose file is not listed is kept (its copy was missing when the file was made)."""
    for index, row in enumerate(rows):
        if not _plain_file_name(str(row["file_name"])):
            raise UserInputError(
                _not_a_photo(f"records.progress_photo[{index}].file_name", row["file_name"])
            )
    if not isinstance(photos, list):
        raise UserInputError(
            ImportFileWords.tr("{where}: must be a list of file names").format(where="photos")
        )
    named = {row["file_name"] for row in rows}
    seen: set[str] = set()
    for index, name in enumerate(photos):
        where = f"photos[{index}]"
        if not isinstance(name, str) or not _plain_file_name(name):
            raise UserInputError(_not_a_photo(where, name))
        if name in seen:
            raise UserInputError(
                ImportFileWords.tr("{where}: {value} is listed twice").format(
                    where=where, value=_shown(name)
                )
            )
        if name not in named:
            raise UserInputError(
                ImportFileWords.tr("{where}: {value} is not the file of any {table}").format(
                    where=where, value=_shown(name), table="progress_photo"
                )
            )
        seen.add(name)
    return list(photos)


def _plain_file_name(name: str) -> bool:
    """A file right in the photos folder, not hidden, never a way elsewhere."""
    return bool(name) and "/" not in name and "\\" not in name and not name.startswith(".")
