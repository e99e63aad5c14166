"""The complete copy of a data folder as one JSON document (docs/export-format.md).

Every table of the snapshot goes in as it is stored, so that importing the file into an
empty data folder and exporting again gives the same bytes (apart from `exported_at`):
- keys in a fixed order: the header fields, then `records` with its tables by name, each
  row's fields in the schema's column order; rows in the snapshot's order (by primary key);
- dates as "YYYY-MM-DD"; instants in UTC with a "Z" ("2026-11-20T09:00:00Z"); local
  wall-clock times (an appointment's start, a snooze) without a zone; times of day
  "HH:MM:SS"; numbers as JSON numbers (Python writes the shortest text that reads back as
  the same float); enums as their stored values.
Pure: no SQLAlchemy, no file access (the service writes the bytes and copies the photos).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from tracker.services.snapshot import StoreSnapshot, Value

FORMAT_NAME = "isotrack-export"
FORMAT_VERSION = 1


def export_bytes(snapshot: StoreSnapshot, exported_at: dt.datetime) -> bytes:
    """The JSON document (UTF-8, indented, ending in a line break)."""
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": instant_text(exported_at),
        "schema_revision": snapshot.schema_revision,
        "records": {
            name: [_row(row) for row in snapshot.tables[name]] for name in sorted(snapshot.tables)
        },
        "photos": sorted(snapshot.photos),
    }
    # allow_nan=False: NaN and Infinity are not JSON; no stored value can be one (CHECKs).
    text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _row(row: Mapping[str, Value]) -> dict[str, Any]:
    return {name: json_value(value) for name, value in row.items()}


def json_value(value: Value) -> bool | int | float | str | None:
    """A stored value as JSON carries it (see the module docstring)."""
    if isinstance(value, dt.datetime):
        return value.isoformat() if value.tzinfo is None else instant_text(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def instant_text(instant: dt.datetime) -> str:
    """An aware instant in UTC, ISO 8601 with "Z"."""
    return instant.astimezone(dt.UTC).replace(tzinfo=None).isoformat() + "Z"
