"""History: every course day in a calendar and a table; correct any day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.doselog import DayState
from tracker.errors import UserInputError
from tracker.services.records import DayRow, LogRequest
from tracker.ui import msgbox
from tracker.ui.controller import CourseController
from tracker.ui.day_states import COLOURS, LABELS
from tracker.ui.dialogs.log_day import ClearEntry, LogDayDialog
from tracker.ui.models.day_table import STATE_ROLE, DayTableModel
from tracker.ui.models.record_table import RECORD_ROLE, SORT_ROLE
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import named
from tracker.ui.widgets.course_calendar import CourseCalendar, from_qdate, to_qdate

FILTERABLE = (
    DayState.TAKEN,
    DayState.PARTIAL,
    DayState.MISSED,
    DayState.SKIPPED,
    DayState.UNLOGGED,
    DayState.PAUSE,
)


class HistoryView(CourseView):
    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = named(CourseCalendar(), "Course calendar")
        self.calendar.setFixedWidth(340)
        self.model = DayTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(STATE_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.table = named(QTableView(), "Days of the course")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Size columns from the first rows only: a long course must not cost a pass over all.
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.filter = named(QComboBox(), "Show days")
        self.filter.addItem("All days", "")
        for state in FILTERABLE:
            self.filter.addItem(LABELS[state], state.value)
        self.edit_button = named(QPushButton("&Edit selected day…"), "Edit selected day")
        self._calendar_placed = False

        legend = QGridLayout()
        for position, state in enumerate(FILTERABLE):
            swatch = QLabel(f" {LABELS[state]} ")
            swatch.setStyleSheet(
                f"background: {COLOURS[state].name()}; color: black; border: 1px solid #999;"
            )
            legend.addWidget(swatch, position // 3, position % 3)

        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addLayout(legend)
        left.addStretch()
        tools = QHBoxLayout()
        show_label = QLabel("&Show:")
        show_label.setBuddy(self.filter)
        tools.addWidget(show_label)
        tools.addWidget(self.filter)
        tools.addStretch()
        tools.addWidget(self.edit_button)
        right = QVBoxLayout()
        right.addLayout(tools)
        right.addWidget(self.table)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self._connect_signals()
        self.attach(controller)

    def _connect_signals(self) -> None:
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.table.activated.connect(self._edit_index)
        self.edit_button.clicked.connect(self._edit_selected)
        self.calendar.clicked.connect(self._select_date)
        self.calendar.activated.connect(lambda qdate: self.edit_day(from_qdate(qdate)))

    def refresh(self) -> None:
        course = self.controller.services.course.active_course()
        if course is None:
            return
        rows = self.controller.services.dose_log.day_rows()
        self.model.set_rows(rows)
        self.calendar.set_days(rows)
        # The calendar spans the course so far; it opens on the newest day, not the PC's date.
        newest = to_qdate(max(self.controller.services.clock.today(), course.started_on))
        self.calendar.setDateRange(to_qdate(course.started_on), newest)
        if not self._calendar_placed:
            self.calendar.setSelectedDate(newest)
            self._calendar_placed = True

    def _apply_filter(self) -> None:
        state = self.filter.currentData()
        pattern = f"^{state}$" if state else ""
        self.proxy.setFilterRegularExpression(QRegularExpression(pattern))

    def _select_date(self, qdate: QDate) -> None:
        day = from_qdate(qdate)
        for row in range(self.proxy.rowCount()):
            record: DayRow = self.proxy.index(row, 0).data(RECORD_ROLE)
            if record.day == day:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return
        self.table.clearSelection()

    def _edit_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self._edit_index(selected[0])

    def _edit_index(self, index: QModelIndex) -> None:
        record: DayRow = index.siblingAtColumn(0).data(RECORD_ROLE)
        self.edit_day(record.day)

    def edit_day(self, day: dt.date) -> None:
        services = self.controller.services
        row = next((r for r in self.model_rows() if r.day == day), None)
        if row is None:
            return  # outside the course, or in the future: nothing to edit
        course = services.course.active_course()
        answer = LogDayDialog.ask(
            self,
            day,
            row.scheduled_mg,
            row.entry,
            food_matters=course.food_matters if course else True,
        )
        try:
            if isinstance(answer, LogRequest):
                self.controller.log_day(answer)
            elif isinstance(answer, ClearEntry):
                self.controller.clear_day(answer.day)
        except UserInputError as exc:
            msgbox.error(self, "Not saved", str(exc))
        self.calendar.setSelectedDate(to_qdate(day))

    def model_rows(self) -> list[DayRow]:
        return [self.model.record(r) for r in range(self.model.rowCount())]
