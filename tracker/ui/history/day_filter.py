"""Which course days the History table shows: by state, by date range and by note text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from tracker.domain.doselog import DayState
from tracker.services.records import DayRow
from tracker.ui.models.record_table import RECORD_ROLE, SORT_ROLE


class DayFilterProxy(QSortFilterProxyModel):
    """Sorts by the columns' sort keys and keeps the rows that pass every filter set:
    one state (None: any), a date range (inclusive; None: open) and a piece of note text
    (ignoring case; empty: any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._state: DayState | None = None
        self._first: dt.date | None = None
        self._last: dt.date | None = None
        self._text = ""

    def set_filters(
        self,
        *,
        state: DayState | None = None,
        first: dt.date | None = None,
        last: dt.date | None = None,
        text: str = "",
    ) -> None:
        """Show only the rows that pass all of these (the defaults let everything pass)."""
        # One filter change for all four, so the view re-filters once.
        self.beginFilterChange()
        self._state, self._first, self._last = state, first, last
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        source = self.sourceModel()
        record: DayRow | None = source.index(source_row, 0, source_parent).data(RECORD_ROLE)
        if record is None:
            return False
        return self.accepts(record)

    def accepts(self, record: DayRow) -> bool:
        """The same test as the table's, for one record."""
        if self._state is not None and record.state is not self._state:
            return False
        if self._first is not None and record.day < self._first:
            return False
        if self._last is not None and record.day > self._last:
            return False
        if self._text:
            note = record.entry.note if record.entry else ""
            return self._text in note.casefold()
        return True
