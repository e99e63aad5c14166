"""The visit summary as a JSON-ready dict: every field of `VisitSummary`, dates and times in
ISO 8601, paths as text, the sections in the order the summary prints them. The figures a
renderer works out from the fields (the period's length, the with-food rate, the medicines
the label warns about, whether a red flag comes with the Medication Guide's instruction) are
given too, so that a reader of the JSON need not work them out again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from pathlib import Path
from typing import Any

from tracker.reports.summary_model import Section, VisitSummary


def summary_as_dict(summary: VisitSummary) -> dict[str, Any]:
    """`summary` as plain JSON values (`json.dumps` takes it as it is)."""
    found = _plain(summary)
    assert isinstance(found, dict)
    found["sections"] = [section.value for section in Section if section in summary.sections]
    found["period"]["days"] = summary.period.days
    found["doses"]["with_food_rate"] = summary.doses.with_food_rate
    found["label_warnings"] = _plain(summary.label_warnings)
    for line, flag in zip(found["red_flags"], summary.red_flags, strict=True):
        line["medication_guide"] = flag.medication_guide
    return found


def _plain(value: object) -> Any:
    """A JSON value for `value`: dataclasses as objects (by field name), sequences as
    arrays, dates and times as ISO text, enums by value, paths as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _plain(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, frozenset | set):
        return sorted(_plain(item) for item in value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value
