"""The CSV files: read back with the csv module, exact headers and cells, the formula guard."""

from __future__ import annotations

import csv
import datetime as dt
import io
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pytest

from tests.conftest import LogDay, StartCourse
from tracker.domain.doselog import DayState, DoseEntry, DoseStatus
from tracker.domain.medicines import TETRACYCLINE_NOTE
from tracker.reports.csv_export import FILE_TABLES, NOT_RECORDS, cell, csv_files, encode, guarded
from tracker.services.container import Services
from tracker.services.portable import record_tables
from tracker.services.records import DayRow
from tracker.services.snapshot import CourseDays, StoreSnapshot, Value

HEADERS = {
    "profile.csv": [
        "name",
        "date_of_birth",
        "can_become_pregnant",
        "pregnancy_rules",
        "confirmation_test_days",
        "monthly_test_days",
        "pickup_window_days",
        "after_course_test_days",
        "created_at",
    ],
    "courses.csv": [
        "course",
        "product",
        "started_on",
        "ended_on",
        "planned_weeks",
        "target_mg_per_kg",
        "reference_weight_kg",
        "prescriber",
        "created_at",
    ],
    "dose_periods.csv": ["course", "starts_on", "cycle_days", "created_at"],
    "intakes.csv": [
        "course",
        "period_starts_on",
        "cycle_day",
        "position",
        "label",
        "mg",
        "capsules",
    ],
    "days.csv": [
        "course",
        "date",
        "course_day",
        "status",
        "scheduled_mg",
        "taken_mg",
        "with_food",
        "taken_at",
        "note",
    ],
    "weights.csv": ["measured_on", "kg", "recorded_at"],
    "appointments.csv": [
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
    ],
    "pregnancy_tests.csv": [
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
    ],
    "contraception.csv": [
        "role",
        "method",
        "method_name",
        "description",
        "started_on",
        "stopped_on",
        "created_at",
    ],
    "side_effects.csv": [
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
    ],
    "custom_symptoms.csv": ["symptom", "name", "in_check_in", "created_at"],
    "mood.csv": [
        "course",
        "taken_on",
        "instrument",
        "score",
        *(f"item_{n}" for n in range(1, 10)),
        "discussed_on",
        "discussed_note",
        "created_at",
    ],
    "labs.csv": [
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
    ],
    "acne.csv": [
        "course",
        "assessed_on",
        "grade",
        "comedones",
        "inflammatory",
        "nodules",
        "note",
        "created_at",
        "updated_at",
    ],
    "photos.csv": ["course", "taken_on", "file_name", "original_name", "note", "created_at"],
    "medicines.csv": [
        "name",
        "dose",
        "started_on",
        "stopped_on",
        "note",
        "label_note",
        "created_at",
        "updated_at",
    ],
    "questions.csv": [
        "text",
        "added_on",
        "asked_on",
        "answer",
        "answered_on",
        "created_at",
        "updated_at",
    ],
}

D = dt.date
AT = dt.datetime(2026, 6, 30, 8, 15, 0)  # a record's time, stored in UTC without a zone
AT_TEXT = "2026-06-30T08:15:00Z"
BOM = b"\xef\xbb\xbf"


def snapshot(
    course_days: Sequence[CourseDays] = (), **tables: Sequence[Mapping[str, Any]]
) -> StoreSnapshot:
    return StoreSnapshot(
        schema_revision="0003",
        taken_at=dt.datetime(2026, 6, 30, 12, 0, tzinfo=dt.UTC),
        tables={name: tuple(rows) for name, rows in tables.items()},
        course_days=tuple(course_days),
        photos={},
    )


def read(files: Mapping[str, bytes], name: str) -> list[list[str]]:
    """A file's rows, header first, read as a spreadsheet program would."""
    data = files[name]
    assert data.startswith(BOM)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def body(files: Mapping[str, bytes], name: str) -> list[list[str]]:
    header, *rows = read(files, name)
    assert header == HEADERS[name]
    return rows


def course(id_: int, started_on: dt.date, **changes: Any) -> dict[str, Value]:
    row: dict[str, Value] = {
        "id": id_,
        "profile_id": 1,
        "product": "Isotretinoin",
        "started_on": started_on,
        "planned_weeks": 26,
        "target_mg_per_kg": 120.0,
        "reference_weight_kg": 70.5,
        "prescriber": "Dr. Lee",
        "ended_on": None,
        "created_at": AT,
    }
    return row | changes


# Two courses, numbered by their first day, not by their id.
COURSES = [course(1, D(2026, 1, 5), ended_on=D(2026, 3, 1)), course(2, D(2025, 6, 1))]


@pytest.fixture
def local_zone_three_hours_ahead(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's local time zone is UTC+3 (a POSIX TZ rule: no zone database needed)."""
    monkeypatch.setenv("TZ", "XYZ-3")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


class TestCells:
    @pytest.mark.parametrize(
        ("value", "text"),
        [
            (None, ""),
            (True, "yes"),
            (False, "no"),
            (0, "0"),
            (-5, "-5"),
            (1234567, "1234567"),
            (60.0, "60"),
            (-5.0, "-5"),
            (0.5, "0.5"),
            (70.25, "70.25"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e-05, "1e-05"),
            (D(2026, 6, 30), "2026-06-30"),
            (dt.datetime(2026, 6, 30, 8, 15, 30, 123456), "2026-06-30T08:15:30Z"),
            (
                dt.datetime(2026, 6, 30, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=2))),
                "2026-06-30T08:15:00Z",
            ),
            (dt.time(8, 30, 45), "08:30"),
            (dt.time(19, 5), "19:05"),
            ("", ""),
            ("plain words", "plain words"),
            ("a=b", "a=b"),
            ("5 - 3", "5 - 3"),
            ("'quoted'", "'quoted'"),
        ],
    )
    def test_a_value_as_text(self, value: Value, text: str) -> None:
        assert cell(value) == text

    def test_a_zoned_time_is_written_in_utc_whatever_the_computers_zone(
        self, local_zone_three_hours_ahead: None
    ) -> None:
        assert time.strftime("%z", time.localtime(0)) == "+0300"  # the zone is in effect
        zoned = dt.datetime(2026, 6, 30, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=2)))
        assert cell(zoned) == "2026-06-30T08:15:00Z"
        assert cell(dt.datetime(2026, 6, 30, 23, 30, tzinfo=dt.UTC)) == "2026-06-30T23:30:00Z"
        assert cell(dt.datetime(2026, 6, 30, 8, 15)) == "2026-06-30T08:15:00Z"  # stored: UTC

    @pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
    def test_text_that_a_spreadsheet_would_run_is_marked_as_text(self, start: str) -> None:
        assert cell(f"{start}1+1") == f"'{start}1+1"
        assert guarded(f"{start}SUM(A1)") == f"'{start}SUM(A1)"

    @pytest.mark.parametrize("text", ["1+1", " =1", "\n=1", "a@b", "£5", "'=1"])
    def test_other_text_is_left_alone(self, text: str) -> None:
        assert guarded(text) == text

    def test_a_file_is_utf8_with_a_byte_order_mark_and_crlf_lines(self) -> None:
        data = encode(["name", "note"], [["Zoë", 'says "hi", then\nleaves'], [None, -5]])
        assert data == (BOM + 'name,note\r\nZoë,"says ""hi"", then\nleaves"\r\n,-5\r\n'.encode())


class TestFiles:
    def test_every_file_has_its_header_even_without_records(self) -> None:
        files = csv_files(snapshot())
        assert list(files) == list(HEADERS)
        for name, header in HEADERS.items():
            assert files[name] == BOM + (",".join(header) + "\r\n").encode(), name

    def test_every_table_but_the_app_state_has_a_file(self) -> None:
        tables = [table.name for table in record_tables()]
        in_files = [table for names in FILE_TABLES.values() for table in names]
        assert sorted(in_files) == sorted(set(tables) - set(NOT_RECORDS))
        assert set(NOT_RECORDS) == {"setting", "reminder_state"}
        assert list(FILE_TABLES) == list(HEADERS)

    def test_settings_and_reminder_states_are_left_out(self) -> None:
        files = csv_files(
            snapshot(
                setting=[{"key": "tray", "value": "=1", "updated_at": AT}],
                reminder_state=[
                    {"key": "k", "dismissed_at": AT, "snoozed_until": None, "updated_at": AT}
                ],
            )
        )
        assert len(files) == 17
        assert all(len(read(files, name)) == 1 for name in files)

    def test_profile(self) -> None:
        profile = {
            "id": 1,
            "name": "Sam O'Neil",
            "date_of_birth": D(2004, 3, 14),
            "can_become_pregnant": True,
            "pregnancy_rules": "us",
            "confirmation_test_days": None,
            "monthly_test_days": 30,
            "pickup_window_days": 7,
            "after_course_test_days": None,
            "created_at": AT,
        }
        files = csv_files(snapshot(profile=[profile]))
        assert body(files, "profile.csv") == [
            ["Sam O'Neil", "2004-03-14", "yes", "us", "", "30", "7", "", AT_TEXT]
        ]

    def test_courses_numbered_by_their_first_day(self) -> None:
        files = csv_files(snapshot(course=COURSES))
        assert body(files, "courses.csv") == [
            ["1", "Isotretinoin", "2025-06-01", "", "26", "120", "70.5", "Dr. Lee", AT_TEXT],
            [
                "2",
                "Isotretinoin",
                "2026-01-05",
                "2026-03-01",
                "26",
                "120",
                "70.5",
                "Dr. Lee",
                AT_TEXT,
            ],
        ]

    def test_dose_periods_and_their_intakes(self) -> None:
        periods = [
            {
                "id": 1,
                "course_id": 1,
                "starts_on": D(2026, 2, 1),
                "cycle_days": 2,
                "created_at": AT,
            },
            {
                "id": 2,
                "course_id": 1,
                "starts_on": D(2026, 1, 5),
                "cycle_days": 1,
                "created_at": AT,
            },
            {
                "id": 3,
                "course_id": 2,
                "starts_on": D(2025, 6, 1),
                "cycle_days": 1,
                "created_at": AT,
            },
        ]

        def intake(id_: int, period: int, day: int, position: int, mg: int) -> dict[str, Value]:
            label = "=evening" if position else "morning"
            capsules = "20+20" if mg == 40 else ""
            return {
                "id": id_,
                "period_id": period,
                "cycle_day": day,
                "position": position,
                "label": label,
                "mg": mg,
                "capsules": capsules,
            }

        intakes = [
            intake(1, 1, 1, 0, 20),
            intake(2, 1, 0, 1, 20),
            intake(3, 1, 0, 0, 40),
            intake(4, 2, 0, 0, 30),
            intake(5, 3, 0, 0, 10),
        ]
        files = csv_files(snapshot(course=COURSES, dose_period=periods, planned_intake=intakes))
        assert body(files, "dose_periods.csv") == [
            ["1", "2025-06-01", "1", AT_TEXT],
            ["2", "2026-01-05", "1", AT_TEXT],
            ["2", "2026-02-01", "2", AT_TEXT],
        ]
        assert body(files, "intakes.csv") == [
            ["1", "2025-06-01", "1", "1", "morning", "10", ""],
            ["2", "2026-01-05", "1", "1", "morning", "30", ""],
            ["2", "2026-02-01", "1", "1", "morning", "40", "20+20"],
            ["2", "2026-02-01", "1", "2", "'=evening", "20", ""],
            ["2", "2026-02-01", "2", "1", "morning", "20", ""],
        ]

    def test_days(self) -> None:
        note = 'felt "fine", really\nsecond line'
        first = CourseDays(
            1,
            (
                DayRow(
                    D(2026, 1, 5),
                    1,
                    DayState.PARTIAL,
                    40,
                    DoseEntry(D(2026, 1, 5), DoseStatus.TAKEN, 20, True, dt.time(8, 5), note),
                ),
                DayRow(D(2026, 1, 6), 2, DayState.UNLOGGED, 40, None),
                DayRow(
                    D(2026, 1, 7),
                    3,
                    DayState.MISSED,
                    40,
                    DoseEntry(D(2026, 1, 7), DoseStatus.MISSED, note="-5 kg, says the scale"),
                ),
            ),
        )
        second = CourseDays(
            2,
            (
                DayRow(
                    D(2025, 6, 1),
                    1,
                    DayState.TAKEN,
                    20,
                    DoseEntry(D(2025, 6, 1), DoseStatus.TAKEN, 20, False),
                ),
            ),
        )
        files = csv_files(snapshot([first, second], course=COURSES))
        assert body(files, "days.csv") == [
            ["1", "2025-06-01", "1", "taken", "20", "20", "no", "", ""],
            ["2", "2026-01-05", "1", "partial", "40", "20", "yes", "08:05", note],
            ["2", "2026-01-06", "2", "unlogged", "40", "", "", "", ""],
            ["2", "2026-01-07", "3", "missed", "40", "", "", "", "'-5 kg, says the scale"],
        ]

    def test_weights_by_day(self) -> None:
        weights = [
            {"id": 1, "measured_on": D(2026, 2, 1), "kg": 70.0, "recorded_at": AT},
            {"id": 2, "measured_on": D(2026, 1, 1), "kg": 71.35, "recorded_at": AT},
        ]
        assert body(csv_files(snapshot(weight=weights)), "weights.csv") == [
            ["2026-01-01", "71.35", AT_TEXT],
            ["2026-02-01", "70", AT_TEXT],
        ]

    def test_appointments_by_time_with_date_and_time_apart(self) -> None:
        def appointment(
            id_: int, course_id: int | None, starts_at: dt.datetime
        ) -> dict[str, Value]:
            return {
                "id": id_,
                "course_id": course_id,
                "kind": "visit",
                "starts_at": starts_at,
                "title": f"visit {id_}",
                "place": "Clinic, 2nd floor",
                "note": "+bring labs",
                "outcome": "",
                "status": "planned",
                "created_at": AT,
                "updated_at": AT + dt.timedelta(hours=1),
            }

        rows = [
            appointment(1, 1, dt.datetime(2026, 3, 2, 10, 30)),
            appointment(2, None, dt.datetime(2026, 3, 2, 9, 0)),
            appointment(3, 2, dt.datetime(2025, 7, 1, 14, 0)),
        ]
        files = csv_files(snapshot(course=COURSES, appointment=rows))
        later = "2026-06-30T09:15:00Z"
        assert body(files, "appointments.csv") == [
            [
                "1",
                "2025-07-01",
                "14:00",
                "visit",
                "planned",
                "visit 3",
                "Clinic, 2nd floor",
                "'+bring labs",
                "",
                AT_TEXT,
                later,
            ],
            [
                "",
                "2026-03-02",
                "09:00",
                "visit",
                "planned",
                "visit 2",
                "Clinic, 2nd floor",
                "'+bring labs",
                "",
                AT_TEXT,
                later,
            ],
            [
                "2",
                "2026-03-02",
                "10:30",
                "visit",
                "planned",
                "visit 1",
                "Clinic, 2nd floor",
                "'+bring labs",
                "",
                AT_TEXT,
                later,
            ],
        ]

    def test_pregnancy_tests(self) -> None:
        test = {
            "id": 1,
            "course_id": 1,
            "taken_on": D(2026, 1, 2),
            "kind": "monthly",
            "setting": "lab",
            "result": "negative",
            "note": "@clinic",
            "questions_answered_on": D(2026, 1, 3),
            "contraception_confirmed_on": None,
            "picked_up_on": D(2026, 1, 4),
            "prescriber_response": "",
            "responded_on": None,
            "created_at": AT,
            "updated_at": AT,
        }
        earlier = test | {"id": 2, "course_id": None, "taken_on": D(2025, 5, 1), "note": ""}
        files = csv_files(snapshot(course=COURSES, pregnancy_test=[test, earlier]))
        assert body(files, "pregnancy_tests.csv") == [
            [
                "",
                "2025-05-01",
                "monthly",
                "lab",
                "negative",
                "",
                "2026-01-03",
                "",
                "2026-01-04",
                "",
                "",
                AT_TEXT,
                AT_TEXT,
            ],
            [
                "2",
                "2026-01-02",
                "monthly",
                "lab",
                "negative",
                "'@clinic",
                "2026-01-03",
                "",
                "2026-01-04",
                "",
                "",
                AT_TEXT,
                AT_TEXT,
            ],
        ]

    def test_contraception_with_the_methods_name(self) -> None:
        def method(id_: int, name: str, description: str, started_on: dt.date) -> dict[str, Value]:
            return {
                "id": id_,
                "role": "primary",
                "method": name,
                "description": description,
                "started_on": started_on,
                "stopped_on": None,
                "created_at": AT,
            }

        rows = [
            method(1, "implant", "", D(2026, 1, 1)),
            method(2, "other", "my own words", D(2025, 1, 1)),
            method(3, "no-longer-listed", "", D(2025, 6, 1)),
        ]
        assert body(csv_files(snapshot(contraception=rows)), "contraception.csv") == [
            ["primary", "other", "Other", "my own words", "2025-01-01", "", AT_TEXT],
            ["primary", "no-longer-listed", "", "", "2025-06-01", "", AT_TEXT],
            ["primary", "implant", "Implant in the arm", "", "2026-01-01", "", AT_TEXT],
        ]

    def test_side_effects_with_names_and_severity_words(self) -> None:
        def report(id_: int, symptom: str, severity: int, day: dt.date) -> dict[str, Value]:
            return {
                "id": id_,
                "course_id": 1,
                "reported_on": day,
                "symptom": symptom,
                "severity": severity,
                "note": "",
                "red_flag": severity == 3,
                "discussed_on": None,
                "discussed_note": "",
                "created_at": AT,
                "updated_at": AT,
            }

        rows = [
            report(1, "dry-lips", 1, D(2026, 1, 10)),
            report(2, "custom:itchy-scalp", 2, D(2026, 1, 10)),
            report(3, "custom:gone", 0, D(2026, 1, 9)),
            report(4, "headache", 3, D(2026, 1, 11)),
        ]
        custom = [
            {
                "key": "custom:itchy-scalp",
                "name": "Itchy scalp",
                "in_check_in": False,
                "created_at": AT,
            }
        ]
        files = csv_files(snapshot(course=COURSES, side_effect=rows, custom_symptom=custom))
        assert body(files, "side_effects.csv") == [
            ["2", "2026-01-09", "custom:gone", "", "0", "none", "no", "", "", "", AT_TEXT, AT_TEXT],
            [
                "2",
                "2026-01-10",
                "dry-lips",
                "Dry or chapped lips",
                "1",
                "mild",
                "no",
                "",
                "",
                "",
                AT_TEXT,
                AT_TEXT,
            ],
            [
                "2",
                "2026-01-10",
                "custom:itchy-scalp",
                "Itchy scalp",
                "2",
                "moderate",
                "no",
                "",
                "",
                "",
                AT_TEXT,
                AT_TEXT,
            ],
            [
                "2",
                "2026-01-11",
                "headache",
                "Headache",
                "3",
                "severe",
                "yes",
                "",
                "",
                "",
                AT_TEXT,
                AT_TEXT,
            ],
        ]
        assert body(files, "custom_symptoms.csv") == [
            ["custom:itchy-scalp", "Itchy scalp", "no", AT_TEXT]
        ]

    def test_mood_answers_one_per_column(self) -> None:
        def screen(id_: int, instrument: str, answers: str, day: dt.date) -> dict[str, Value]:
            score = sum(int(a) for a in answers.split(","))
            return {
                "id": id_,
                "course_id": 1,
                "taken_on": day,
                "instrument": instrument,
                "answers": answers,
                "score": score,
                "discussed_on": D(2026, 1, 20) if instrument == "phq9" else None,
                "discussed_note": "-talked it through" if instrument == "phq9" else "",
                "created_at": AT,
            }

        rows = [
            screen(1, "phq9", "0,1,2,3,0,1,2,3,1", D(2026, 1, 15)),
            screen(2, "phq2", "1,2", D(2026, 1, 8)),
        ]
        files = csv_files(snapshot(course=COURSES, mood_screen=rows))
        assert body(files, "mood.csv") == [
            ["2", "2026-01-08", "phq2", "3", "1", "2", "", "", "", "", "", "", "", "", "", AT_TEXT],
            [
                "2",
                "2026-01-15",
                "phq9",
                "13",
                "0",
                "1",
                "2",
                "3",
                "0",
                "1",
                "2",
                "3",
                "1",
                "2026-01-20",
                "'-talked it through",
                AT_TEXT,
            ],
        ]

    def test_labs_with_the_tests_name(self) -> None:
        def result(id_: int, analyte: str, value: float, unit: str) -> dict[str, Value]:
            return {
                "id": id_,
                "course_id": 1,
                "taken_on": D(2026, 1, 20),
                "analyte": analyte,
                "value": value,
                "unit": unit,
                "fasting": None if id_ > 1 else True,
                "range_low": 0.5 if id_ == 1 else None,
                "range_high": 150.0 if id_ == 1 else None,
                "flag": "H" if id_ == 1 else "",
                "note": "",
                "created_at": AT,
                "updated_at": AT,
            }

        rows = [
            result(1, "triglycerides", 212.0, "mg/dL"),
            result(2, "custom:Vitamin D", 31.5, "ng/mL"),
            result(3, "retired-test", 1.25, "U/L"),
        ]
        assert body(csv_files(snapshot(course=COURSES, lab_result=rows)), "labs.csv") == [
            [
                "2",
                "2026-01-20",
                "triglycerides",
                "Triglycerides",
                "212",
                "mg/dL",
                "yes",
                "0.5",
                "150",
                "H",
                "",
                AT_TEXT,
                AT_TEXT,
            ],
            [
                "2",
                "2026-01-20",
                "custom:Vitamin D",
                "Vitamin D",
                "31.5",
                "ng/mL",
                "",
                "",
                "",
                "",
                "",
                AT_TEXT,
                AT_TEXT,
            ],
            [
                "2",
                "2026-01-20",
                "retired-test",
                "",
                "1.25",
                "U/L",
                "",
                "",
                "",
                "",
                "",
                AT_TEXT,
                AT_TEXT,
            ],
        ]

    def test_acne_photos_medicines_and_questions(self) -> None:
        acne = [
            {
                "id": 1,
                "course_id": 1,
                "assessed_on": D(2026, 2, 1),
                "grade": None,
                "comedones": 4,
                "inflammatory": 0,
                "nodules": None,
                "note": "",
                "created_at": AT,
                "updated_at": AT,
            },
            {
                "id": 2,
                "course_id": 1,
                "assessed_on": D(2026, 1, 1),
                "grade": 3,
                "comedones": None,
                "inflammatory": 12,
                "nodules": 1,
                "note": "=cheeks",
                "created_at": AT,
                "updated_at": AT,
            },
        ]
        photos = [
            {
                "id": 1,
                "course_id": None,
                "taken_on": D(2026, 1, 3),
                "file_name": "ab12.jpg",
                "original_name": "IMG 1.jpg",
                "note": "left",
                "created_at": AT,
            },
        ]
        medicines = [
            {
                "id": 1,
                "name": "Zinc",
                "dose": "1 tablet",
                "started_on": None,
                "stopped_on": None,
                "note": "",
                "created_at": AT,
                "updated_at": AT,
            },
            {
                "id": 2,
                "name": "Doxycycline",
                "dose": "100 mg",
                "started_on": D(2025, 9, 2),
                "stopped_on": D(2025, 12, 1),
                "note": "",
                "created_at": AT,
                "updated_at": AT,
            },
        ]
        questions = [
            {
                "id": 1,
                "text": "Can I wax?",
                "added_on": D(2026, 2, 2),
                "asked_on": D(2026, 2, 3),
                "answer": "Not yet.",
                "answered_on": D(2026, 2, 3),
                "created_at": AT,
                "updated_at": AT,
            },
            {
                "id": 2,
                "text": "-Sun cream?",
                "added_on": D(2026, 1, 2),
                "asked_on": None,
                "answer": "",
                "answered_on": None,
                "created_at": AT,
                "updated_at": AT,
            },
        ]
        files = csv_files(
            snapshot(
                course=COURSES,
                acne_assessment=acne,
                progress_photo=photos,
                medicine=medicines,
                question=questions,
            )
        )
        assert body(files, "acne.csv") == [
            ["2", "2026-01-01", "3", "", "12", "1", "'=cheeks", AT_TEXT, AT_TEXT],
            ["2", "2026-02-01", "", "4", "0", "", "", AT_TEXT, AT_TEXT],
        ]
        assert body(files, "photos.csv") == [
            ["", "2026-01-03", "ab12.jpg", "IMG 1.jpg", "left", AT_TEXT]
        ]
        assert body(files, "medicines.csv") == [  # in the order entered
            ["Zinc", "1 tablet", "", "", "", "", AT_TEXT, AT_TEXT],
            [
                "Doxycycline",
                "100 mg",
                "2025-09-02",
                "2025-12-01",
                "",
                TETRACYCLINE_NOTE,
                AT_TEXT,
                AT_TEXT,
            ],
        ]
        assert body(files, "questions.csv") == [
            ["'-Sun cream?", "2026-01-02", "", "", "", AT_TEXT, AT_TEXT],
            ["Can I wax?", "2026-02-02", "2026-02-03", "Not yet.", "2026-02-03", AT_TEXT, AT_TEXT],
        ]

    def test_the_same_records_give_the_same_bytes(self) -> None:
        rows = [course(1, D(2026, 1, 5)), course(2, D(2026, 1, 5), product="Other")]
        assert csv_files(snapshot(course=rows)) == csv_files(snapshot(course=list(rows)))
        assert [row[1] for row in body(csv_files(snapshot(course=rows)), "courses.csv")] == [
            "Isotretinoin",
            "Other",
        ]


def test_a_real_store_read_back(
    services: Services, start_course: StartCourse, log_day: LogDay
) -> None:
    start_course(started_on=D(2026, 11, 20), mg=40)
    note = 'with breakfast, "as told"\nthen = nothing'
    log_day(D(2026, 11, 20), mg_taken=40, with_food=True, taken_at=dt.time(8, 0), note=note)
    log_day(D(2026, 11, 21), DoseStatus.MISSED, note="=1+1")
    files = csv_files(services.portable.snapshot())
    days = list(csv.DictReader(io.StringIO(files["days.csv"].decode("utf-8-sig"), newline="")))
    assert len(days) == 9  # 20 to 28 November: today is the 28th
    assert days[0] == {
        "course": "1",
        "date": "2026-11-20",
        "course_day": "1",
        "status": "taken",
        "scheduled_mg": "40",
        "taken_mg": "40",
        "with_food": "yes",
        "taken_at": "08:00",
        "note": note,
    }
    assert days[1]["status"] == "missed"
    assert days[1]["note"] == "'=1+1"
    assert [day["status"] for day in days[2:]] == ["unlogged"] * 7
    assert body(files, "intakes.csv") == [["1", "2026-11-20", "1", "1", "", "40", ""]]
