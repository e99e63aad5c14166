"""The history table: one row per course day, newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from tracker.domain.doselog import DoseStatus
from tracker.reports import format as fmt
from tracker.services.records import DayRow
from tracker.ui.day_states import label
from tracker.ui.history.day_text import tooltip
from tracker.ui.models.record_table import Column, RecordTableModel
from tracker.ui.style.palette import DAY_FILLS, DAY_INK
from tracker.ui.widgets.food_choice import meal_text

# The day's state as its enum value ("missed"), for filters.
STATE_ROLE = Qt.ItemDataRole.UserRole + 10


def _meal(row: DayRow) -> str:
    # Only a taken dose has a meal answer; "Meal: not recorded" says the patient gave none.
    if row.entry is None or row.entry.status is not DoseStatus.TAKEN:
        return ""
    return meal_text(row.entry.with_food)


def _taken(row: DayRow) -> str:
    if row.entry is None or row.entry.mg_taken is None:
        return ""
    return fmt.mg(row.entry.mg_taken)


def columns() -> tuple[Column[DayRow], ...]:
    """The table's columns, their titles in the window's language."""
    return (
        Column(
            QCoreApplication.translate("DayTableModel", "Date"),
            lambda r: fmt.day(r.day),
            sort_key=lambda r: r.day.toordinal(),
        ),
        Column(
            QCoreApplication.translate("DayTableModel", "Day"),
            lambda r: str(r.course_day),
            sort_key=lambda r: r.course_day,
            align_right=True,
        ),
        Column(QCoreApplication.translate("DayTableModel", "State"), lambda r: label(r.state)),
        Column(
            QCoreApplication.translate("DayTableModel", "Scheduled"),
            lambda r: fmt.mg(r.scheduled_mg),
            sort_key=lambda r: r.scheduled_mg,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("DayTableModel", "Taken"),
            _taken,
            sort_key=lambda r: r.entry.mg_taken or 0 if r.entry else -1,
            align_right=True,
        ),
        Column(QCoreApplication.translate("DayTableModel", "Meal"), _meal),
        Column(
            QCoreApplication.translate("DayTableModel", "Time"),
            lambda r: r.entry.taken_at.strftime("%H:%M") if r.entry and r.entry.taken_at else "",
        ),
        Column(
            QCoreApplication.translate("DayTableModel", "Note"),
            lambda r: r.entry.note if r.entry else "",
        ),
    )


# The columns' numbers, in the order `columns()` gives them.
DATE, COURSE_DAY, STATE, SCHEDULED, TAKEN, MEAL, TIME, NOTE = range(8)


class DayTableModel(RecordTableModel[DayRow]):
    """Course days with their state coloured as in the calendar; the Note column's tooltip
    holds the whole note (the column itself is cut at the table's edge)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(columns(), parent)
        self._row_of: dict[dt.date, int] = {}

    def set_rows(self, rows: Sequence[DayRow]) -> None:
        self._row_of = {record.day: number for number, record in enumerate(rows)}
        super().set_rows(rows)

    def row_of(self, day: dt.date) -> int | None:
        """The row showing `day`, or None if it is not a course day so far."""
        return self._row_of.get(day)

    def extra_data(self, record: DayRow, column: int, role: int) -> Any:
        if role == STATE_ROLE:
            return record.state.value
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTE and record.entry:
            return tooltip(record.entry.note) or None
        if role == Qt.ItemDataRole.BackgroundRole and column == STATE:
            return DAY_FILLS.get(record.state)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            # Dark ink on the light fills in a dark scheme too (a colour, not Qt.black: the
            # enum reached the view as a number, and the text stayed light on the fill).
            return DAY_INK if record.state in DAY_FILLS else None
        return None
