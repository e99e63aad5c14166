"""Reading an export back: everything the file alone can tell is checked, and every message
names what is wrong and where. FIELDS is kept equal to the models, and every column is in
docs/export-format.md."""

from __future__ import annotations

import copy
import datetime as dt
import enum
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Boolean, Date, DateTime, Enum, Float, Integer, String, Time

from tracker.db.base import Base, UtcDateTime
from tracker.domain.doselog import DoseStatus
from tracker.errors import UserInputError
from tracker.reports.json_import import FIELDS, Field, Kind, _choice, _int, _text, parse_export

DOCS = Path(__file__).resolve().parents[2] / "docs" / "export-format.md"

WEIGHT = {"id": 1, "measured_on": "2026-11-01", "kg": 70, "recorded_at": "2026-11-01T08:00:00Z"}
ENTRY = {
    "id": 1,
    "course_id": 1,
    "day": "2026-10-01",
    "status": "taken",
    "mg_taken": 40,
    "with_food": True,
    "taken_at": "08:30:00",
    "note": "line one\nline two",
    "recorded_at": "2026-10-01T08:00:00.250000Z",
}
APPOINTMENT = {
    "id": 3,
    "course_id": None,
    "kind": "visit",
    "starts_at": "2026-12-01T10:00:00",
    "title": "",
    "place": "",
    "note": "",
    "outcome": "",
    "status": "planned",
    "created_at": "2026-11-20T09:00:00Z",
    "updated_at": "2026-11-20T09:00:00Z",
}
PHOTO = {
    "id": 1,
    "course_id": None,
    "taken_on": "2026-11-19",
    "file_name": "abc.jpg",
    "original_name": "",
    "note": "",
    "created_at": "2026-11-20T09:00:00Z",
}


def document(**records) -> dict:
    return {
        "format": "isotrack-export",
        "format_version": 1,
        "exported_at": "2026-11-28T12:00:00Z",
        "schema_revision": "0003",
        "records": records,
        "photos": [],
    }


def encode(value: object) -> bytes:
    return json.dumps(value).encode()


def refused(value: object, message: str) -> None:
    data = value if isinstance(value, bytes) else encode(value)
    with pytest.raises(UserInputError) as caught:
        parse_export(data)
    assert str(caught.value) == message


# -- the whole file ----------------------------------------------------------------------


def test_a_valid_file_comes_back_as_typed_values() -> None:
    parsed = parse_export(
        encode(
            dict(
                document(weight=[WEIGHT], dose_entry=[ENTRY], appointment=[APPOINTMENT]),
                photos=[],
            )
        )
    )
    assert parsed.schema_revision == "0003"
    assert parsed.taken_at == dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
    assert parsed.course_days == ()
    assert parsed.photos == {}
    assert set(parsed.tables) == set(FIELDS)
    assert parsed.tables["course"] == ()
    [weight] = parsed.tables["weight"]
    assert weight == {
        "id": 1,
        "measured_on": dt.date(2026, 11, 1),
        "kg": 70.0,
        "recorded_at": dt.datetime(2026, 11, 1, 8, tzinfo=dt.UTC),
    }
    assert type(weight["kg"]) is float
    [entry] = parsed.tables["dose_entry"]
    assert entry["taken_at"] == dt.time(8, 30)
    assert entry["with_food"] is True
    assert entry["note"] == "line one\nline two"
    assert entry["recorded_at"] == dt.datetime(2026, 10, 1, 8, 0, 0, 250000, tzinfo=dt.UTC)
    [appointment] = parsed.tables["appointment"]
    assert appointment["starts_at"] == dt.datetime(2026, 12, 1, 10, 0)
    assert appointment["course_id"] is None


def test_a_nullable_field_may_be_left_out() -> None:
    row = {k: v for k, v in APPOINTMENT.items() if k != "course_id"}
    [parsed] = parse_export(encode(document(appointment=[row]))).tables["appointment"]
    assert parsed["course_id"] is None
    assert list(parsed) == list(FIELDS["appointment"])


def test_photos_map_to_their_names() -> None:
    parsed = parse_export(encode(dict(document(progress_photo=[PHOTO]), photos=["abc.jpg"])))
    assert parsed.photos == {"abc.jpg": Path("abc.jpg")}


def test_a_byte_order_mark_is_allowed() -> None:
    assert parse_export(b"\xef\xbb\xbf" + encode(document())).schema_revision == "0003"


def test_syntax_errors_give_line_and_column() -> None:
    refused(
        b'{\n "format": "isotrack-export",\n "x" 1}',
        "the file is not valid JSON: Expecting ':' delimiter at line 3, column 6",
    )


def test_a_number_too_large_for_a_float_is_refused() -> None:
    data = encode(document(weight=[dict(WEIGHT, kg=12345)])).replace(b"12345", b"1e400")
    refused(data, "records.weight[0].kg: the number is too large")


def test_a_whole_number_too_large_for_a_float_is_refused() -> None:
    data = encode(document(weight=[dict(WEIGHT, kg=12345)])).replace(b"12345", b"9" * 400)
    refused(data, "records.weight[0].kg: the number is too large")


def test_a_large_finite_number_passes() -> None:
    data = encode(document(weight=[dict(WEIGHT, kg=12345)])).replace(b"12345", b"1e308")
    assert parse_export(data).tables["weight"][0]["kg"] == 1e308


def test_a_number_of_thousands_of_digits_is_refused() -> None:
    data = encode(document(weight=[dict(WEIGHT, id=12345)]))
    refused(
        data.replace(b"12345", b"9" * 5000),
        "the file is not valid JSON: a number has too many digits",
    )
    refused(
        data.replace(b"12345", b"9" * 100),
        f"records.weight[0].id: {'9' * 57}... is too large a whole number",
    )


def test_deep_nesting_is_refused() -> None:
    refused(
        b"[" * 100_000 + b"]" * 100_000,
        "the file is not an isotrack export: it is nested too deeply",
    )


def test_nan_is_not_json() -> None:
    refused(
        encode(document()).replace(b'"format_version": 1', b'"format_version": NaN'),
        "the file is not valid JSON: NaN is not a JSON number",
    )


def test_not_utf8() -> None:
    refused(b'{"a": "\xff"}', "the file is not UTF-8 text (byte 8); an export is JSON in UTF-8")


def test_not_an_object_or_not_an_export() -> None:
    refused([1], "the file is not an isotrack export: it holds no JSON object")
    refused(
        dict(document(), format="other"),
        'the file is not an isotrack export: its "format" is not "isotrack-export"',
    )


def test_a_newer_format_is_refused_as_made_by_a_newer_isotrack() -> None:
    refused(
        dict(document(), format_version=2),
        "the file was made by a newer isotrack (export format 2); this version reads format "
        "1. Install the newer version to import it.",
    )


@pytest.mark.parametrize("version", [0, "1", 1.0, True, None])
def test_other_versions_are_unknown(version) -> None:
    refused(
        dict(document(), format_version=version),
        f"format_version: {json.dumps(version)} is not a format version this isotrack knows (1)",
    )


def test_header_fields() -> None:
    refused(dict(document(), extra=1), "the file has a field this format does not know: extra")
    whole = document()
    del whole["records"]
    refused(whole, "records: missing")
    refused(dict(document(), schema_revision=3), "schema_revision: must be text")
    refused(
        dict(document(), exported_at="2026-11-28T12:00:00"),
        'exported_at: "2026-11-28T12:00:00" is not a UTC date and time ("YYYY-MM-DDTHH:MM:SSZ")',
    )
    refused(
        dict(document(), records=[]),
        "records: must be an object with a list of rows for each table",
    )


def test_tables_and_rows() -> None:
    refused(document(weights=[]), "records.weights: not a table this format knows")
    refused(document(weight={}), "records.weight: must be a list of rows")
    refused(document(weight=[WEIGHT, 3]), "records.weight[1]: must be an object")
    refused(
        document(weight=[dict(WEIGHT, grams=1)]),
        "records.weight[0].grams: not a field this table has",
    )
    row = {k: v for k, v in WEIGHT.items() if k != "kg"}
    refused(document(weight=[row]), "records.weight[0].kg: missing")


# -- values --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "row", "field", "value", "message"),
    [
        ("weight", WEIGHT, "kg", None, "may not be empty (null)"),
        ("weight", WEIGHT, "kg", "70", '"70" is not a number'),
        ("weight", WEIGHT, "kg", True, "true is not a number"),
        ("weight", WEIGHT, "id", 1.0, "1.0 is not a whole number"),
        ("weight", WEIGHT, "id", True, "true is not a whole number"),
        ("weight", WEIGHT, "id", 2**63, f"{2**63} is too large a whole number"),
        ("weight", WEIGHT, "id", -(2**63) - 1, f"{-(2**63) - 1} is too large a whole number"),
        ("dose_entry", ENTRY, "with_food", 1, "1 is not true or false"),
        ("weight", WEIGHT, "measured_on", "20261101", '"20261101" is not a date ("YYYY-MM-DD")'),
        (
            "weight",
            WEIGHT,
            "measured_on",
            "2026-02-30",
            '"2026-02-30" is not a date ("YYYY-MM-DD")',
        ),
        ("weight", WEIGHT, "measured_on", 20261101, '20261101 is not a date ("YYYY-MM-DD")'),
        (
            "weight",
            WEIGHT,
            "recorded_at",
            "2026-11-01T08:00:00+00:00",
            '"2026-11-01T08:00:00+00:00" is not a UTC date and time ("YYYY-MM-DDTHH:MM:SSZ")',
        ),
        (
            "weight",
            WEIGHT,
            "recorded_at",
            "soon Z",
            '"soon Z" is not a UTC date and time ("YYYY-MM-DDTHH:MM:SSZ")',
        ),
        (
            "appointment",
            APPOINTMENT,
            "starts_at",
            "2026-12-01T10:00:00Z",
            '"2026-12-01T10:00:00Z" is not a local date and time ("YYYY-MM-DDTHH:MM:SS")',
        ),
        ("dose_entry", ENTRY, "taken_at", "8h30", '"8h30" is not a time of day ("HH:MM:SS")'),
        (
            "dose_entry",
            ENTRY,
            "status",
            "eaten",
            '"eaten" is not one of taken, missed, skipped',
        ),
        ("dose_entry", ENTRY, "note", 5, "5 is not text"),
        (
            "dose_entry",
            ENTRY,
            "note",
            "x" * 2001,
            "records.dose_entry[1].note is 2001 characters long; keep it to 2000 or fewer",
        ),
        (
            "appointment",
            APPOINTMENT,
            "title",
            "a\nb",
            "records.appointment[1].title holds a control character (U+000A) at position 2",
        ),
        ("appointment", APPOINTMENT, "title", ["x" * 80], f'["{"x" * 55}... is not text'),
    ],
)
def test_a_wrong_value_is_named_with_its_place(table, row, field, value, message) -> None:
    # The second row is the wrong one; a message of check_text's names the place itself.
    expected = (
        message if message.startswith("records.") else f"records.{table}[1].{field}: {message}"
    )
    refused(document(**{table: [row, dict(row, **{field: value})]}), expected)


def test_text_at_its_limit_and_a_note_with_tabs_pass() -> None:
    row = dict(ENTRY, note="a\tb" + "x" * 1997)
    assert parse_export(encode(document(dose_entry=[row]))).tables["dose_entry"][0]["note"]
    title = dict(APPOINTMENT, title="t" * 200)
    assert parse_export(encode(document(appointment=[title]))).tables["appointment"]


# -- photos --------------------------------------------------------------------------------


def test_photos_must_be_plain_names_of_photo_rows() -> None:
    refused(dict(document(), photos={}), "photos: must be a list of file names")
    for bad in ("", ".hidden.jpg", "../x.jpg", "a/b.jpg", "a\\b.jpg", 3):
        refused(
            dict(document(progress_photo=[PHOTO]), photos=["abc.jpg", bad]),
            f"photos[1]: {json.dumps(bad)} is not a photo's file name",
        )
    refused(
        dict(document(progress_photo=[PHOTO]), photos=["abc.jpg", "abc.jpg"]),
        'photos[1]: "abc.jpg" is listed twice',
    )
    refused(
        dict(document(progress_photo=[PHOTO]), photos=["other.jpg"]),
        'photos[0]: "other.jpg" is not the file of any progress_photo',
    )


def test_a_photo_row_must_name_a_plain_file() -> None:
    refused(
        document(progress_photo=[dict(PHOTO, file_name="../../etc/passwd")]),
        'records.progress_photo[0].file_name: "../../etc/passwd" is not a photo\'s file name',
    )


def test_a_photo_row_without_its_file_listed_is_kept() -> None:
    parsed = parse_export(encode(document(progress_photo=[PHOTO])))
    assert len(parsed.tables["progress_photo"]) == 1 and parsed.photos == {}


# -- the format's description --------------------------------------------------------------

KINDS = [
    (Enum, Kind.TEXT),
    (String, Kind.TEXT),
    (Boolean, Kind.BOOLEAN),
    (Integer, Kind.INTEGER),
    (Float, Kind.NUMBER),
    (UtcDateTime, Kind.INSTANT),
    (DateTime, Kind.LOCAL),
    (Date, Kind.DATE),
    (Time, Kind.TIME),
]


def expected_field(column) -> Field:
    kind = next(kind for sql_type, kind in KINDS if isinstance(column.type, sql_type))
    length = getattr(column.type, "length", None) if kind is Kind.TEXT else None
    choices = tuple(column.type.enums) if isinstance(column.type, Enum) else ()
    return Field(
        kind,
        nullable=bool(column.nullable),
        max_length=None if choices else length,
        choices=choices,
        multiline=length == 2000 and not choices,
    )


def test_fields_describe_every_table_and_column_of_the_models() -> None:
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    assert sorted(FIELDS) == sorted(tables)
    for name, table in tables.items():
        assert list(FIELDS[name]) == [c.name for c in table.columns], name
        for column in table.columns:
            assert FIELDS[name][column.name] == expected_field(column), f"{name}.{column.name}"


def test_the_field_helpers_build_what_the_models_say() -> None:
    # FIELDS is built by _int, _text and _choice when the module is imported; they are called
    # here as well, so that a change to one of them shows while the tests run (mutmut's
    # mutants are chosen at call time, after the import).
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            expected = expected_field(column)
            where = f"{table.name}.{column.name}"
            if isinstance(column.type, Enum):
                kind = column.type.enum_class
                assert kind is not None and issubclass(kind, enum.StrEnum), where
                assert _choice(kind) == expected, where
            elif isinstance(column.type, String):
                assert column.type.length is not None, where
                assert _text(column.type.length) == expected, where
            elif isinstance(column.type, Integer):
                built = _int(nullable=True) if column.nullable else _int()
                assert built == expected, where
    assert _int() == Field(Kind.INTEGER, nullable=False)
    assert _int(nullable=True) == Field(Kind.INTEGER, nullable=True)
    assert _int(True) == Field(Kind.INTEGER, nullable=True)
    # Notes (2000 characters) may hold line breaks and tabs; shorter text may not.
    assert _text(2000) == Field(Kind.TEXT, max_length=2000, multiline=True)
    assert _text(1999) == Field(Kind.TEXT, max_length=1999, multiline=False)
    assert _text(1) == Field(Kind.TEXT, max_length=1, multiline=False)
    assert _choice(DoseStatus) == Field(Kind.TEXT, choices=("taken", "missed", "skipped"))


def test_every_column_is_documented() -> None:
    docs = DOCS.read_text()
    sections = re.split(r"^### ", docs, flags=re.MULTILINE)
    by_table = {s.split("`")[1]: s for s in sections[1:] if s.startswith("`")}
    assert sorted(by_table) == sorted(FIELDS)
    for table, fields in FIELDS.items():
        for field, spec in fields.items():
            line = re.search(rf"^- `{field}` (.*)$", by_table[table], flags=re.MULTILINE)
            assert line is not None, f"{table}.{field} is not documented"
            assert (" or null" in line.group(1)) == spec.nullable, f"{table}.{field}"
            for choice in spec.choices:
                assert f"`{choice}`" in line.group(1), f"{table}.{field}: {choice}"


def test_the_input_is_not_changed() -> None:
    whole = document(weight=[WEIGHT])
    kept = copy.deepcopy(whole)
    parse_export(encode(whole))
    assert whole == kept


@pytest.mark.parametrize("field", ["exported_at", "schema_revision", "records", "photos"])
def test_every_header_field_is_required(field) -> None:
    whole = document()
    del whole[field]
    refused(whole, f"{field}: missing")


def test_the_largest_whole_numbers_sqlite_holds_pass() -> None:
    for value in (2**63 - 1, -(2**63)):
        [row] = parse_export(encode(document(weight=[dict(WEIGHT, id=value)]))).tables["weight"]
        assert row["id"] == value


def test_a_value_is_quoted_whole_up_to_60_characters() -> None:
    sixty = "x" * 58  # with its quotes
    refused(
        document(weight=[dict(WEIGHT, kg=sixty)]),
        f'records.weight[0].kg: "{sixty}" is not a number',
    )
    refused(
        document(weight=[dict(WEIGHT, kg=sixty + "y")]),
        f'records.weight[0].kg: "{"x" * 56}... is not a number',
    )


def test_a_value_is_quoted_as_written_not_escaped() -> None:
    # The patient sees the value as typed: "é" in the message, not "\u00e9".
    refused(
        document(dose_entry=[dict(ENTRY, status="évité")]),
        'records.dose_entry[0].status: "évité" is not one of taken, missed, skipped',
    )
    accented = "é" * 58  # with its quotes: 60 characters, however many bytes
    refused(
        document(weight=[dict(WEIGHT, kg=accented)]),
        f'records.weight[0].kg: "{accented}" is not a number',
    )
    refused(
        document(weight=[dict(WEIGHT, kg=accented + "ü")]),
        f'records.weight[0].kg: "{"é" * 56}... is not a number',
    )


@pytest.mark.parametrize(
    ("table", "row", "field", "text"),
    [
        ("dose_entry", ENTRY, "taken_at", "07:05"),
        ("dose_entry", ENTRY, "taken_at", "07:05:00+01:00"),
        ("dose_entry", ENTRY, "taken_at", "07:05:00.5"),
        ("dose_entry", ENTRY, "taken_at", "070500"),
        ("dose_entry", ENTRY, "recorded_at", "2026-01-01T10:00Z"),
        ("dose_entry", ENTRY, "recorded_at", "2026-01-01T10:00:00+00:00"),
        ("dose_entry", ENTRY, "recorded_at", "2026-01-01 10:00:00Z"),
        ("dose_entry", ENTRY, "recorded_at", "2026-01-01T10:00:00.Z"),
        ("dose_entry", ENTRY, "day", "2026-1-01"),
    ],
)
def test_times_and_instants_have_exactly_the_formats_shape(table, row, field, text) -> None:
    with pytest.raises(UserInputError, match=rf"^records\.{table}\[0\]\.{field}: "):
        parse_export(encode(document(**{table: [dict(row, **{field: text})]})))


def test_an_instant_may_have_a_fraction_of_a_second() -> None:
    [row] = parse_export(
        encode(document(dose_entry=[dict(ENTRY, recorded_at="2026-01-01T10:00:00.25Z")]))
    ).tables["dose_entry"]
    assert row["recorded_at"] == dt.datetime(2026, 1, 1, 10, 0, 0, 250000, tzinfo=dt.UTC)


def test_an_instant_comes_back_in_utc_whatever_the_local_zone(monkeypatch) -> None:
    """The snapshot holds instants as the store gives them, in UTC (New York is behind)."""
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        parsed = parse_export(encode(document(weight=[WEIGHT])))
    finally:
        monkeypatch.undo()
        time.tzset()
    [weight] = parsed.tables["weight"]
    recorded_at = weight["recorded_at"]
    assert isinstance(recorded_at, dt.datetime)
    assert [parsed.taken_at.isoformat(), recorded_at.isoformat()] == [
        "2026-11-28T12:00:00+00:00",
        "2026-11-01T08:00:00+00:00",
    ]


VALID = {
    Kind.INTEGER: 1,
    Kind.NUMBER: 1.5,
    Kind.BOOLEAN: False,
    Kind.TEXT: "x",
    Kind.DATE: "2026-01-01",
    Kind.INSTANT: "2026-01-01T00:00:00Z",
    Kind.LOCAL: "2026-01-01T10:00:00",
    Kind.TIME: "10:00:00",
}


def valid(spec: Field) -> object:
    return spec.choices[0] if spec.choices else VALID[spec.kind]


def test_a_valid_row_of_every_table_passes() -> None:
    rows = {table: [{n: valid(f) for n, f in fields.items()}] for table, fields in FIELDS.items()}
    parsed = parse_export(encode(document(**rows)))
    assert all(len(parsed.tables[table]) == 1 for table in FIELDS)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@given(
    table=st.sampled_from(sorted(FIELDS)),
    field=st.text(max_size=3) | st.sampled_from(sorted({f for t in FIELDS.values() for f in t})),
    value=JSON_VALUES,
)
def test_any_value_anywhere_is_taken_or_refused_in_words(table, field, value) -> None:
    row = {name: valid(spec) for name, spec in FIELDS[table].items()} | {field: value}
    try:
        parse_export(encode(document(**{table: [row]})))
    except UserInputError as exc:
        assert str(exc).startswith(("records.", "photos")), str(exc)
