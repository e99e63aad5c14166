"""The read-only table every page lists its records in (dose periods, weights,
appointments, tests): one row selected at a time, never edited in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from tracker.ui.widgets.accessible import named

TABLE_MIN_HEIGHT = 130


def record_table(
    name: str, model: QAbstractItemModel | None = None, *, stretch: tuple[int, ...] = ()
) -> QTableView:
    """A table named `name` for screen readers, over `model` (required with `stretch`: a
    column's resize mode is kept only once the header has that column). Columns are as
    wide as their contents and the last takes what is left, or the `stretch` columns (free
    text, as long as the patient made it) share it; text too long is cut short with "…"
    (each page shows the selected record whole beside its table)."""
    table = named(QTableView(), name)
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
