"""The JSON document of the complete copy: its header, key order and every value's form."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from tracker.reports.json_export import export_bytes, instant_text, json_value
from tracker.services.snapshot import StoreSnapshot

UTC = dt.UTC
CET = dt.timezone(dt.timedelta(hours=1))


def snapshot(**tables) -> StoreSnapshot:
    return StoreSnapshot(
        schema_revision="0003",
        taken_at=dt.datetime(2026, 11, 28, 12, tzinfo=UTC),
        tables=tables,
        course_days=(),
        photos={"b.jpg": Path("/x/b.jpg"), "a.png": Path("/x/a.png")},
    )


def test_the_header_comes_first_then_the_tables_by_name() -> None:
    data = export_bytes(
        snapshot(weight=({"id": 1, "kg": 70.5},), course=({"id": 1},)),
        dt.datetime(2026, 11, 28, 13, 30, tzinfo=CET),
    )
    document = json.loads(data)
    assert list(document) == [
        "format",
        "format_version",
        "exported_at",
        "schema_revision",
        "records",
        "photos",
    ]
    assert document["format"] == "isotrack-export"
    assert document["format_version"] == 1
    assert document["exported_at"] == "2026-11-28T12:30:00Z"
    assert document["schema_revision"] == "0003"
    assert list(document["records"]) == ["course", "weight"]
    assert document["records"]["weight"] == [{"id": 1, "kg": 70.5}]
    assert document["photos"] == ["a.png", "b.jpg"]


def test_the_bytes_are_indented_utf8_ending_in_a_line_break() -> None:
    data = export_bytes(
        snapshot(question=({"id": 1, "text": "Zürich ✓"},)), dt.datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert data.endswith(b"]\n}\n")
    assert "Zürich ✓".encode() in data
    assert data.startswith(b'{\n "format": "isotrack-export",\n "format_version": 1,\n')


def test_row_fields_keep_the_schema_order() -> None:
    data = export_bytes(snapshot(t=({"z": 1, "a": 2},)), dt.datetime(2026, 1, 1, tzinfo=UTC))
    assert list(json.loads(data)["records"]["t"][0]) == ["z", "a"]


def test_values() -> None:
    assert json_value(dt.date(2026, 3, 4)) == "2026-03-04"
    assert json_value(dt.time(8, 5)) == "08:05:00"
    assert json_value(dt.datetime(2026, 3, 4, 10, 0)) == "2026-03-04T10:00:00"  # local, naive
    assert json_value(dt.datetime(2026, 3, 4, 10, 0, tzinfo=CET)) == "2026-03-04T09:00:00Z"
    assert json_value(dt.datetime(2026, 3, 4, 10, 0, 0, 5, tzinfo=UTC)) == (
        "2026-03-04T10:00:00.000005Z"
    )
    assert json_value(True) is True
    assert json_value(None) is None
    assert json_value(0.1) == 0.1
    assert json_value("text") == "text"
    assert instant_text(dt.datetime(2026, 12, 31, 23, 30, tzinfo=CET)) == "2026-12-31T22:30:00Z"


def test_an_instant_is_written_in_utc_whatever_the_local_zone(monkeypatch) -> None:
    """The "Z" says UTC: the text is UTC's clock, not the computer's (New York is behind)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        written = [
            instant_text(dt.datetime(2026, 11, 28, 12, 0, tzinfo=UTC)),
            json_value(dt.datetime(2026, 3, 4, 10, 0, tzinfo=CET)),
        ]
    finally:
        monkeypatch.undo()
        time.tzset()
    assert written == ["2026-11-28T12:00:00Z", "2026-03-04T09:00:00Z"]


def test_a_float_reads_back_as_the_same_float() -> None:
    value = 68.30000000000001
    data = export_bytes(snapshot(weight=({"kg": value},)), dt.datetime(2026, 1, 1, tzinfo=UTC))
    assert json.loads(data)["records"]["weight"][0]["kg"] == value
    assert b'"kg": 68.30000000000001' in data


def test_nan_is_never_written() -> None:
    with pytest.raises(ValueError, match="JSON compliant"):
        export_bytes(snapshot(weight=({"kg": float("nan")},)), dt.datetime(2026, 1, 1, tzinfo=UTC))
