"""The controls above the History table: which days to show, and how many match."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from tracker.domain.doselog import DayState
from tracker.ui.day_states import SHOWN, label
from tracker.ui.history.day_filter import DayFilterProxy
from tracker.ui.widgets.accessible import named, plain_label
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate
from tracker.ui.widgets.date_edit import date_edit, set_date_range


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = plain_label(text)
    label.setBuddy(buddy)
    return label


class FilterBar(QWidget):
    """State, note text and date range; `apply_to()` sets them on a DayFilterProxy.

    The range follows the course span (start to today) until the patient changes it.

    Signals:
        changed(): a filter was changed by the patient (or reset).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = named(QComboBox(), self.tr("Show days"))
        self.state.addItem(self.tr("All days"), "")
        for state in SHOWN:
            self.state.addItem(label(state), state.value)
        self.search = named(
            QLineEdit(), self.tr("Search notes"), self.tr("Show only days whose note has this text")
        )
        self.search.setPlaceholderText(self.tr("Text in a note"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):  # the clear button Qt adds
            named(button, self.tr("Clear the search"))
        self.first = date_edit(self.tr("Show from"), self.tr("The first day shown"))
        self.last = date_edit(self.tr("Show until"), self.tr("The last day shown"))
        self.reset = named(QPushButton(self.tr("Show &all days")), self.tr("Show all days"))
        self.count = named(plain_label(), self.tr("Matching days"))
        self._span: tuple[dt.date, dt.date] | None = None

        # Three short rows rather than one long one: the page must fit 800 px wide.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        left = Qt.AlignmentFlag.AlignLeft
        grid.addWidget(_caption(self.tr("&Show:"), self.state), 0, 0)
        grid.addWidget(self.state, 0, 1, left)
        grid.addWidget(_caption(self.tr("Search &notes:"), self.search), 0, 2)
        grid.addWidget(self.search, 0, 3)
        grid.addWidget(_caption(self.tr("Fr&om:"), self.first), 1, 0)
        grid.addWidget(self.first, 1, 1, left)
        grid.addWidget(_caption(self.tr("&To:"), self.last), 1, 2)
        grid.addWidget(self.last, 1, 3, left)
        grid.addWidget(self.count, 2, 0, 1, 2)
        grid.addWidget(self.reset, 2, 2, 1, 2, left)
        grid.setColumnStretch(3, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.state.currentIndexChanged.connect(self.changed)
        self.search.textChanged.connect(self.changed)
        self.first.dateChanged.connect(self._range_edited)
        self.last.dateChanged.connect(self._range_edited)
        self.reset.clicked.connect(self.show_all)

    def set_span(self, started_on: dt.date, as_of: dt.date) -> None:
        """The course's days so far: the range's limits, and its value unless the patient
        chose one (an edge left at the old span's end follows the new one)."""
        old = self._span
        self._span = (started_on, as_of)
        for edit, old_value, new_value in (
            (self.first, old[0] if old else None, started_on),
            (self.last, old[1] if old else None, as_of),
        ):
            follow = old_value is None or from_qdate(edit.date()) == old_value
            edit.blockSignals(True)
            set_date_range(edit, started_on, as_of)
            if follow:
                edit.setDate(to_qdate(new_value))
            edit.blockSignals(False)

    def show_all(self) -> None:
        """Every day of the course: no state, no text, the whole span."""
        for widget in (self.state, self.search, self.first, self.last):
            widget.blockSignals(True)
        self.state.setCurrentIndex(0)
        self.search.clear()
        if self._span is not None:
            self.first.setDate(to_qdate(self._span[0]))
            self.last.setDate(to_qdate(self._span[1]))
        for widget in (self.state, self.search, self.first, self.last):
            widget.blockSignals(False)
        self.changed.emit()

    def chosen_state(self) -> DayState | None:
        value = self.state.currentData()
        return DayState(value) if value else None

    def apply_to(self, proxy: DayFilterProxy) -> None:
        proxy.set_filters(
            state=self.chosen_state(),
            first=from_qdate(self.first.date()),
            last=from_qdate(self.last.date()),
            text=self.search.text(),
        )

    def show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of %n day(s)", "", total).format(shown=shown))

    def _range_edited(self, _date: QDate) -> None:
        self.changed.emit()
