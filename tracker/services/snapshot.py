"""Every record in the store as plain data: what the complete exports (JSON, CSV) render
and what an import writes back. Pure values only, so `reports/` can take it without
importing SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tracker.services.records import DayRow

# A stored value as the export carries it (the column's Python type).
Value = None | bool | int | float | str | dt.date | dt.datetime | dt.time


@dataclass(frozen=True)
class CourseDays:
    """One course's days from its first day to its last (the day it ended, else the day
    the snapshot was taken), with the state and scheduled mg the app shows for each."""

    course_id: int
    rows: tuple[DayRow, ...]


@dataclass(frozen=True)
class StoreSnapshot:
    """Read in one transaction. `tables` holds every table of the schema except Alembic's
    own, by table name, each row a column-name -> value mapping, rows ordered by primary
    key; enums are their stored string values. `photos` maps each progress photo's
    `file_name` to the app's copy of it."""

    schema_revision: str
    taken_at: dt.datetime  # UTC
    tables: Mapping[str, tuple[Mapping[str, Value], ...]]
    course_days: tuple[CourseDays, ...]
    photos: Mapping[str, Path]
