"""Every record as CSV files, one per kind of record, for a spreadsheet: `csv_files`.

Pure: it renders a StoreSnapshot (read by PortableService in one transaction) and never
queries the store. What goes in is the patient's records; the settings and the reminders'
dismissed/snoozed states are the app's own state, not records, and are left out (the
complete JSON copy carries them). Photos are listed in photos.csv; the pictures themselves
are not copied.

How the files are written, and why:
- UTF-8 with a byte order mark: Excel reads a CSV file in the computer's legacy code page
  unless it starts with one (accented names and notes would come out garbled); LibreOffice,
  Numbers and Python (`encoding="utf-8-sig"`) take it as UTF-8 either way.
- A header row in every file, even one without records, so that a program reading the
  folder always finds the same columns.
- Dates as YYYY-MM-DD and times of day as HH:MM (ISO 8601); the moments a record was
  made or changed (created_at, updated_at, recorded_at) as UTC, e.g. 2026-06-30T08:15:00Z.
  An appointment's local time is split into its date and time columns.
- One fact per column: a side effect's symptom id and its name, its severity as a number
  and as a word; a mood screen's answers one per column (item_1 .. item_9), never "0,1,2"
  in one cell (a spreadsheet set to a decimal comma would read "0,1" as a number).
- Yes/no answers as "yes" and "no", and an empty cell for "not recorded": words a reader
  understands, where true/false or 1/0 would read as code.
- Numbers as numbers: whole numbers without ".0", others in the shortest form that reads
  back as the same value.
- Days in a cycle and intakes in a day are counted from 1, as a person counts them.
- Rows in a stable order: by date (then in the order they were entered), so that two
  exports of the same data are the same bytes.
- Formula guard: a spreadsheet runs a cell that starts with =, +, - or @ (and some a tab or
  a carriage return) as a formula. Any text cell starting so gets a leading ' so it shows
  as text: a note "-5 kg" becomes '-5 kg, and "=HYPERLINK(...)" cannot run. Numbers the app
  writes are not text cells and are never touched: a -5 stays -5. The guard applies to every
  text cell, not just the notes: names and labels are typed by the patient too, and the
  words the app writes itself never start with those characters.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Mapping, Sequence

from tracker.domain.labs import analyte_by_id
from tracker.domain.medicines import label_note
from tracker.domain.pregnancy import CONTRACEPTION_METHODS, OTHER_METHOD, OTHER_METHOD_NAME
from tracker.domain.side_effects import CATALOGUE as SYMPTOMS
from tracker.domain.side_effects import SEVERITY_NAMES
from tracker.errors import UserInputError
from tracker.services.records import DayRow
from tracker.services.snapshot import StoreSnapshot, Value

ENCODING = "utf-8-sig"  # UTF-8 with a byte order mark (see above)
YES, NO = "yes", "no"
# What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"
MOOD_ITEMS = 9  # PHQ-9's items; a PHQ-2 fills the first two

Row = Mapping[str, Value]
Table = tuple[tuple[str, ...], list[list[Value]]]  # header, rows of cell values

# File name -> the table(s) it renders; every table of the schema but NOT_RECORDS appears
# here once (a test keeps it so: a new table must be given a file, or named as not one).
FILE_TABLES: dict[str, tuple[str, ...]] = {
    "profile.csv": ("profile",),
    "courses.csv": ("course",),
    "dose_periods.csv": ("dose_period",),
    "intakes.csv": ("planned_intake",),
    "days.csv": ("dose_entry",),
    "weights.csv": ("weight",),
    "appointments.csv": ("appointment",),
    "pregnancy_tests.csv": ("pregnancy_test",),
    "contraception.csv": ("contraception",),
    "side_effects.csv": ("side_effect",),
    "custom_symptoms.csv": ("custom_symptom",),
    "mood.csv": ("mood_screen",),
    "labs.csv": ("lab_result",),
    "acne.csv": ("acne_assessment",),
    "photos.csv": ("progress_photo",),
    "medicines.csv": ("medicine",),
    "questions.csv": ("question",),
}
NOT_RECORDS = ("setting", "reminder_state")  # app state: left out


def csv_files(snapshot: StoreSnapshot) -> dict[str, bytes]:
    """Every file of FILE_TABLES, by name, as the bytes to write."""
    return {name: encode(*build()) for name, build in _Files(snapshot).builders()}


def encode(header: Sequence[str], rows: Iterable[Sequence[Value]]) -> bytes:
    """One CSV file: the header, then the rows, each value written by `cell`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)  # excel dialect: quotes where needed, CRLF line ends
    writer.writerow(header)
    writer.writerows([cell(value) for value in row] for row in rows)
    return buffer.getvalue().encode(ENCODING)


def cell(value: Value) -> str:
    """A value as its cell's text (see the module's docstring for each kind)."""
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: a bool is an int
        return YES if value else NO
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):  # before date: a datetime is a date
        return _utc_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    return guarded(value)


def guarded(text: str) -> str:
    """`text`, with a ' in front when a spreadsheet would take it for a formula."""
    return TEXT_MARK + text if text.startswith(FORMULA_STARTS) else text


def _utc_text(moment: dt.datetime) -> str:
    """A record's time (stored in UTC, without a zone) as 2026-06-30T08:15:00Z."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds") + "Z"


class _Files:
    """The builders of the files, sharing what several need (course numbers, names)."""

    def __init__(self, snapshot: StoreSnapshot) -> None:
        self._snapshot = snapshot
        courses = sorted(self._rows("course"), key=lambda row: _date(row["started_on"]))
        # Courses are numbered 1, 2, ... by their first day, in every file.
        self._course_number = {row["id"]: number for number, row in enumerate(courses, 1)}
        periods = self._rows("dose_period")
        self._periods = {row["id"]: row for row in periods}
        self._custom_symptoms = {row["key"]: row["name"] for row in self._rows("custom_symptom")}

    def builders(self) -> list[tuple[str, Callable[[], Table]]]:
        """Each file's builder: the method named like the file ("days.csv" -> days)."""
        return [(name, getattr(self, name.removesuffix(".csv"))) for name in FILE_TABLES]

    def _rows(self, table: str) -> tuple[Row, ...]:
        return tuple(self._snapshot.tables.get(table, ()))

    def _dated(self, table: str, column: str) -> list[Row]:
        """The table's rows by `column` (a date), rows of one day in the order entered."""
        return sorted(self._rows(table), key=lambda row: _date(row[column]))

    def _course(self, row: Row) -> Value:
        """The number of the course a record belongs to; None (an empty cell) for none."""
        return self._course_number.get(row["course_id"])

    def profile(self) -> Table:
        header = (
            "name",
            "date_of_birth",
            "can_become_pregnant",
            "pregnancy_rules",
            "confirmation_test_days",
            "monthly_test_days",
            "pickup_window_days",
            "after_course_test_days",
            "created_at",
        )
        return header, [[row[column] for column in header] for row in self._rows("profile")]

    def courses(self) -> Table:
        header = (
            "course",
            "product",
            "started_on",
            "ended_on",
            "planned_weeks",
            "target_mg_per_kg",
            "reference_weight_kg",
            "prescriber",
            "created_at",
        )
        rows = [
            [self._course_number[row["id"]], *(row[column] for column in header[1:])]
            for row in self._dated("course", "started_on")
        ]
        return header, rows

    def dose_periods(self) -> Table:
        header = ("course", "starts_on", "cycle_days", "created_at")
        rows = [
            [self._course(row), row["starts_on"], row["cycle_days"], row["created_at"]]
            for row in self._periods_in_order()
        ]
        return header, rows

    def _periods_in_order(self) -> list[Row]:
        return sorted(
            self._periods.values(),
            key=lambda row: (self._course_number[row["course_id"]], _date(row["starts_on"])),
        )

    def intakes(self) -> Table:
        header = ("course", "period_starts_on", "cycle_day", "position", "label", "mg", "capsules")
        order = {row["id"]: index for index, row in enumerate(self._periods_in_order())}
        intakes = sorted(
            self._rows("planned_intake"),
            key=lambda row: (
                order[row["period_id"]],
                _index(row["cycle_day"]),
                _index(row["position"]),
            ),
        )
        rows = []
        for row in intakes:
            period = self._periods[row["period_id"]]
            rows.append(
                [
                    self._course(period),
                    period["starts_on"],
                    _index(row["cycle_day"]) + 1,
                    _index(row["position"]) + 1,
                    row["label"],
                    row["mg"],
                    row["capsules"],
                ]
            )
        return header, rows

    def days(self) -> Table:
        header = (
            "course",
            "date",
            "course_day",
            "status",
            "scheduled_mg",
            "taken_mg",
            "with_food",
            "taken_at",
            "note",
        )
        by_number = sorted(
            self._snapshot.course_days,
            key=lambda days: self._course_number[days.course_id],
        )
        rows = [
            _day_cells(self._course_number[days.course_id], day)
            for days in by_number
            for day in days.rows
        ]
        return header, rows

    def weights(self) -> Table:
        header = ("measured_on", "kg", "recorded_at")
        return header, [
            [row["measured_on"], row["kg"], row["recorded_at"]]
            for row in self._dated("weight", "measured_on")
        ]

    def appointments(self) -> Table:
        header = (
            "course",
            "date",
            "time",
            "kind",
            "status",
            "title",
            "place",
            "note",
            "outcome",
            "created_at",
            "updated_at",
        )
        rows = []
        for row in self._dated("appointment", "starts_at"):
            starts_at = row["starts_at"]
            assert isinstance(starts_at, dt.datetime)
            rows.append(
                [
                    self._course(row),
                    starts_at.date(),
                    starts_at.time(),
                    *(row[column] for column in header[3:]),
                ]
            )
        return header, rows

    def pregnancy_tests(self) -> Table:
        header = (
            "course",
            "taken_on",
            "kind",
            "setting",
            "result",
            "note",
            "questions_answered_on",
            "contraception_confirmed_on",
            "picked_up_on",
            "prescriber_response",
            "responded_on",
            "created_at",
            "updated_at",
        )
        return header, self._course_rows("pregnancy_test", "taken_on", header)

    def _course_rows(
        self, table: str, date_column: str, header: Sequence[str]
    ) -> list[list[Value]]:
        """Rows of a table whose first column is the course and the rest stored as they are."""
        return [
            [self._course(row), *(row[column] for column in header[1:])]
            for row in self._dated(table, date_column)
        ]

    def contraception(self) -> Table:
        header = (
            "role",
            "method",
            "method_name",
            "description",
            "started_on",
            "stopped_on",
            "created_at",
        )
        rows = [
            [
                row["role"],
                row["method"],
                _method_name(str(row["method"])),
                row["description"],
                row["started_on"],
                row["stopped_on"],
                row["created_at"],
            ]
            for row in self._dated("contraception", "started_on")
        ]
        return header, rows

    def side_effects(self) -> Table:
        header = (
            "course",
            "reported_on",
            "symptom",
            "symptom_name",
            "severity",
            "severity_name",
            "red_flag",
            "note",
            "discussed_on",
            "discussed_note",
            "created_at",
            "updated_at",
        )
        rows = []
        for row in self._dated("side_effect", "reported_on"):
            symptom, severity = str(row["symptom"]), row["severity"]
            assert isinstance(severity, int)
            rows.append(
                [
                    self._course(row),
                    row["reported_on"],
                    symptom,
                    self._symptom_name(symptom),
                    severity,
                    SEVERITY_NAMES[severity],  # the store keeps it in 0..3
                    *(row[column] for column in header[6:]),
                ]
            )
        return header, rows

    def _symptom_name(self, symptom: str) -> Value:
        for known in SYMPTOMS:
            if known.id == symptom:
                return known.name
        return self._custom_symptoms.get(symptom, "")

    def custom_symptoms(self) -> Table:
        header = ("symptom", "name", "in_check_in", "created_at")
        rows = [
            [row["key"], row["name"], row["in_check_in"], row["created_at"]]
            for row in self._rows("custom_symptom")
        ]
        return header, rows

    def mood(self) -> Table:
        items = tuple(f"item_{number}" for number in range(1, MOOD_ITEMS + 1))
        header = (
            "course",
            "taken_on",
            "instrument",
            "score",
            *items,
            "discussed_on",
            "discussed_note",
            "created_at",
        )
        rows = []
        for row in self._dated("mood_screen", "taken_on"):
            answers: list[Value] = [int(answer) for answer in str(row["answers"]).split(",")]
            answers += [None] * (MOOD_ITEMS - len(answers))
            rows.append(
                [
                    self._course(row),
                    row["taken_on"],
                    row["instrument"],
                    row["score"],
                    *answers,
                    row["discussed_on"],
                    row["discussed_note"],
                    row["created_at"],
                ]
            )
        return header, rows

    def labs(self) -> Table:
        header = (
            "course",
            "taken_on",
            "analyte",
            "analyte_name",
            "value",
            "unit",
            "fasting",
            "range_low",
            "range_high",
            "flag",
            "note",
            "created_at",
            "updated_at",
        )
        rows = []
        for row in self._dated("lab_result", "taken_on"):
            analyte = str(row["analyte"])
            rows.append(
                [
                    self._course(row),
                    row["taken_on"],
                    analyte,
                    _analyte_name(analyte),
                    *(row[column] for column in header[4:]),
                ]
            )
        return header, rows

    def acne(self) -> Table:
        header = (
            "course",
            "assessed_on",
            "grade",
            "comedones",
            "inflammatory",
            "nodules",
            "note",
            "created_at",
            "updated_at",
        )
        return header, self._course_rows("acne_assessment", "assessed_on", header)

    def photos(self) -> Table:
        header = ("course", "taken_on", "file_name", "original_name", "note", "created_at")
        return header, self._course_rows("progress_photo", "taken_on", header)

    def medicines(self) -> Table:
        stored = ("name", "dose", "started_on", "stopped_on", "note", "created_at", "updated_at")
        header = (*stored[:5], "label_note", *stored[5:])
        return header, [
            # label_note: what the medicine's label says about isotretinoin (the domain's
            # words for the name, as the app shows them), empty when it says nothing.
            [*(row[column] for column in stored[:5]), label_note(str(row["name"])) or ""]
            + [row[column] for column in stored[5:]]
            for row in self._rows("medicine")
        ]

    def questions(self) -> Table:
        header = (
            "text",
            "added_on",
            "asked_on",
            "answer",
            "answered_on",
            "created_at",
            "updated_at",
        )
        return header, [
            [row[column] for column in header] for row in self._dated("question", "added_on")
        ]


def _day_cells(course: int, day: DayRow) -> list[Value]:
    entry = day.entry
    return [
        course,
        day.day,
        day.course_day,
        day.state.value,
        day.scheduled_mg,
        None if entry is None else entry.mg_taken,
        None if entry is None else entry.with_food,
        None if entry is None else entry.taken_at,
        "" if entry is None else entry.note,
    ]


def _date(value: Value) -> dt.date:
    assert isinstance(value, dt.date)
    return value


def _index(value: Value) -> int:
    assert isinstance(value, int)
    return value


def _method_name(method: str) -> str:
    if method == OTHER_METHOD:
        return OTHER_METHOD_NAME
    known = CONTRACEPTION_METHODS.get(method)
    return "" if known is None else known[0]


def _analyte_name(analyte: str) -> str:
    """The test's short name as on a report; a custom test's is the name the patient gave."""
    try:
        return analyte_by_id(analyte).name
    except UserInputError:  # an id the catalogue does not know: no name to give
        return ""
