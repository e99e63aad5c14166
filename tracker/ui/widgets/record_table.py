"""The read-only table every page lists its records in (dose periods, weights,
appointments, tests): one row selected at a time, never edited in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from tracker.ui.style.icons import Icon
from tracker.ui.widgets.accessible import named
from tracker.ui.widgets.empty_state import EmptyState

TABLE_MIN_HEIGHT = 130


class RecordTable(QTableView):
    """A table that, while its model has no rows, shows an empty state in its place: what
    goes here and how to add it ("No appointments yet: …"), not a bare grid."""

    def __init__(self) -> None:
        super().__init__()
        self.empty_state: EmptyState | None = None

    def set_empty_state(self, which: Icon, message: str) -> None:
        self.empty_state = EmptyState(which, message, parent=self.viewport())
        self._sync_empty_state()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self._sync_empty_state)
        self._sync_empty_state()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.empty_state is not None:
            self.empty_state.setGeometry(self.viewport().rect())

    def _sync_empty_state(self) -> None:
        if self.empty_state is None:
            return
        model = self.model()
        empty = model is None or model.rowCount() == 0
        self.empty_state.setGeometry(self.viewport().rect())
        self.empty_state.setVisible(empty)
        # A screen reader hears what the eye sees: the empty state's sentence.
        self.setAccessibleDescription(self.empty_state.message.text() if empty else "")


def record_table(
    name: str,
    model: QAbstractItemModel | None = None,
    *,
    stretch: tuple[int, ...] = (),
    empty: tuple[Icon, str] | None = None,
) -> RecordTable:
    """A table named `name` for screen readers, over `model` (required with `stretch`: a
    column's resize mode is kept only once the header has that column). Columns are as
    wide as their contents and the last takes what is left, or the `stretch` columns (free
    text, as long as the patient made it) share it; text too long is cut short with "…"
    (each page shows the selected record whole beside its table). `empty`: the icon and the
    sentence shown while there is no row."""
    table = named(RecordTable(), name)
    if empty is not None:
        table.set_empty_state(*empty)
    if model is not None:
        table.setModel(model)
    elif stretch:
        raise ValueError("stretch needs the model: the header has no columns without one")
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Arrow keys move between rows; Tab goes on to the next control rather than cell by cell.
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch:
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    table.setMinimumHeight(TABLE_MIN_HEIGHT)
    # The page scrolls as a whole; a table never adds a second, nested scroll bar across.
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table
