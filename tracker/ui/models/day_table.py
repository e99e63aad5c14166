"""The history table: one row per course day."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from tracker.reports import format as fmt
from tracker.services.records import DayRow
from tracker.ui.day_states import COLOURS, LABELS
from tracker.ui.models.record_table import Column, RecordTableModel

STATE_ROLE = Qt.ItemDataRole.UserRole + 10


def _food(row: DayRow) -> str:
    if row.entry is None or row.entry.with_food is None:
        return ""
    return "with food" if row.entry.with_food else "without food"


def _taken(row: DayRow) -> str:
    if row.entry is None or row.entry.mg_taken is None:
        return ""
    return fmt.mg(row.entry.mg_taken)


COLUMNS: tuple[Column[DayRow], ...] = (
    Column("Date", lambda r: fmt.day(r.day), sort_key=lambda r: r.day.toordinal()),
    Column("Day", lambda r: str(r.course_day), sort_key=lambda r: r.course_day, align_right=True),
    Column("State", lambda r: LABELS[r.state]),
    Column(
        "Scheduled",
        lambda r: fmt.mg(r.scheduled_mg),
        sort_key=lambda r: r.scheduled_mg,
        align_right=True,
    ),
    Column(
        "Taken",
        _taken,
        sort_key=lambda r: r.entry.mg_taken or 0 if r.entry else -1,
        align_right=True,
    ),
    Column("Food", _food),
    Column(
        "Time", lambda r: r.entry.taken_at.strftime("%H:%M") if r.entry and r.entry.taken_at else ""
    ),
    Column("Note", lambda r: r.entry.note if r.entry else ""),
)
DATE, COURSE_DAY, STATE, SCHEDULED, TAKEN, FOOD, TIME, NOTE = range(len(COLUMNS))


class DayTableModel(RecordTableModel[DayRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def extra_data(self, record: DayRow, column: int, role: int) -> Any:
        if role == STATE_ROLE:
            return record.state.value
        if role == Qt.ItemDataRole.BackgroundRole and column == STATE:
            return COLOURS.get(record.state)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return Qt.GlobalColor.black  # readable on the light state colours in a dark theme
        return None
