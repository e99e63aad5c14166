"""History: every course day in a calendar and a table; read, find and correct any day, and
enter a backlog in one action."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.doselog import DoseEntry
from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.services.records import CourseInfo, DayChange, DayRow, LogRequest
from tracker.ui.conflicts import KeptElsewhere, save_answer
from tracker.ui.controller import CourseController
from tracker.ui.course_words import ended_notice
from tracker.ui.dialogs.log_day import ClearEntry, LogDayDialog
from tracker.ui.dialogs.texts import Texts
from tracker.ui.history.backlog import BacklogBox
from tracker.ui.history.day_filter import DayFilterProxy
from tracker.ui.history.day_text import detail, span, was
from tracker.ui.history.filter_bar import FilterBar
from tracker.ui.history.legend import DayLegend
from tracker.ui.models.day_table import MEAL, DayTableModel
from tracker.ui.models.record_table import RECORD_ROLE
from tracker.ui.style import metrics
from tracker.ui.style.icons import Icon
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.course_calendar import CourseCalendar, from_qdate, to_qdate
from tracker.ui.widgets.feedback import FeedbackLine

if TYPE_CHECKING:
    from tracker.ui.charts.cumulative import CumulativeDoseChart

# Below this width (of the area the page is shown in) the calendar goes above the table.
# Side by side they need about 720 px; less would put a horizontal scroll bar around a table
# that has its own. A 1024 px wide window (about 830 px here) keeps the tall table beside
# the calendar, which reads better on a short screen than the two stacked.
WIDE_FROM = 780
NO_DAY = str(
    QT_TRANSLATE_NOOP(
        "HistoryView", "Choose a day in the calendar or the table to see its whole entry here."
    )
)


class HistoryTexts(Texts):
    """The context of the module functions' texts."""


def _no_day() -> str:
    return QCoreApplication.translate("HistoryView", NO_DAY)


class HistoryView(CourseView):
    """The calendar (with its legend and the backlog box) beside the cumulative-dose chart
    and the table of days, which can be filtered; under the table the selected day's whole
    entry, the actions and the line that says what the last change did, with Undo."""

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = FilterBar()
        self.model = DayTableModel(self)
        self.proxy = DayFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = named(QTableView(), self.tr("Days of the course"))
        self._setup_table()
        self.detail = wrapping_label(_no_day(), self.tr("Selected day"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = named(
            QPushButton(self.tr("Ed&it selected day…")), self.tr("Edit selected day")
        )
        self.fill_selected = named(
            QPushButton(self.tr("&Mark selected days as taken")),
            self.tr("Mark selected days as taken"),
            self.tr(
                "Mark the days without an entry from the earliest to the latest selected day "
                "as taken at the scheduled dose"
            ),
        )
        self.feedback = FeedbackLine(self.tr("History result"))
        self.calendar = named(CourseCalendar(), self.tr("Course calendar"))
        self.calendar.setMinimumSize(260, 210)
        self.calendar.setMaximumWidth(400)
        self.legend = DayLegend()
        self.backlog = BacklogBox()
        # Made when the page is first shown: the chart library takes a third of a second to
        # load, which the window's start need not wait for.
        self.dose_chart: CumulativeDoseChart | None = None
        self._calendar_placed = False
        self._food_matters = True
        self._ended: dt.date | None = None  # the last day of the course shown, once ended
        self._build_layout()
        self._set_tab_order()
        self._connect_signals()
        self.attach(controller)
        self.feedback.set_undo_stack(controller.undo_stack)

    # -- building ----------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # A range of rows (Shift+click) is a backlog to fill in one action.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)  # a long note is cut with "…"; the detail pane has it whole
        table.setMinimumHeight(180)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Size columns from the first rows only: a long course must not cost a pass over all.
        header.setResizeContentsPrecision(60)

    def _build_layout(self) -> None:
        # Wide: [calendar, legend, backlog] beside the records. Narrow: [calendar, legend] in
        # a row above the records, and the backlog box under them (see arrange()).
        # The legend is part of the calendar: one card, the key under the month (beside it
        # when the page is narrow).
        self.calendar_card = Card(self.tr("Calendar"), Icon.HISTORY)
        self._calendar_parts = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._calendar_parts.setSpacing(metrics.GAP)
        self._calendar_parts.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignTop)
        self._calendar_parts.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignTop)
        self.calendar_card.body.addLayout(self._calendar_parts)
        self._side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._side.setSpacing(metrics.SECTION)
        self._side.addWidget(self.calendar_card, 0, Qt.AlignmentFlag.AlignTop)
        self._side.addWidget(self.backlog)
        self._side.addStretch()

        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.fill_selected)
        actions.addStretch()
        self._records = QVBoxLayout()
        self._records.addWidget(self.filters)
        self._records.addWidget(self.table, 1)
        self._records.addWidget(self.detail)
        self._records.addLayout(actions)
        self._records.addWidget(self.feedback)

        self._main = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._main.addLayout(self._side)
        self._main.addLayout(self._records, 1)

    def _set_tab_order(self) -> None:
        """Top to bottom, the table's column first: the filters lead to the table, its
        actions, then the calendar and the backlog box."""
        chain: list[QWidget] = [
            self.filters.state,
            self.filters.search,
            self.filters.first,
            self.filters.last,
            self.filters.reset,
            self.table,
            self.edit_button,
            self.fill_selected,
            self.feedback.undo_link,
            self.calendar,
            self.backlog.first,
            self.backlog.last,
            self.backlog.fill,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _connect_signals(self) -> None:
        self.filters.changed.connect(self._apply_filters)
        self.table.activated.connect(self._edit_index)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.selectionModel().selectionChanged.connect(self._sync_actions)
        self.edit_button.clicked.connect(self._edit_selected)
        self.fill_selected.clicked.connect(self._fill_selection)
        self.backlog.fill_requested.connect(self.fill_in)
        self.calendar.selectionChanged.connect(self._calendar_moved)
        self.calendar.activated.connect(lambda qdate: self.edit_day(from_qdate(qdate)))

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self.controller.services
        course = services.course.current_course()  # an ended course stays readable
        if course is None:
            return
        today = services.clock.today()
        # The calendar spans the course so far; it opens on the newest day, not the PC's date.
        newest = max(today, course.started_on) if course.ended_on is None else course.ended_on
        self._show_ended(course)
        rows = services.dose_log.day_rows()
        self._show_chart(course, rows)
        self._food_matters = course.food_matters
        self.table.setColumnHidden(MEAL, not course.food_matters)
        self.model.set_rows(rows)
        self.calendar.set_days(rows, as_of=today)
        self.calendar.setDateRange(to_qdate(course.started_on), to_qdate(newest))
        self.filters.set_span(course.started_on, newest)
        self.backlog.set_span(course.started_on, newest)
        self._apply_filters()
        if not self._calendar_placed:
            self.calendar.setSelectedDate(to_qdate(newest))
            self._calendar_placed = True
        # The model was reset: select the calendar's day again, and show it as it is now.
        self._select_day(self.selected_day())
        self._show_detail()
        self._sync_actions()

    def _show_chart(self, course: CourseInfo, rows: list[DayRow]) -> None:
        if self.dose_chart is None:
            from tracker.ui.charts.cumulative import CumulativeDoseChart

            self.dose_chart = CumulativeDoseChart(self)
            # Above the filters, beside the calendar: the calendar's column is the taller,
            # so the page needs no more height than before.
            self._records.insertWidget(0, self.dose_chart)
        progress = self.controller.services.status.status().progress
        entries = (row.entry for row in rows if row.entry is not None)
        self.dose_chart.show_course(course, progress, entries)

    def _apply_filters(self) -> None:
        self.filters.apply_to(self.proxy)
        self.filters.show_count(self.proxy.rowCount(), self.model.rowCount())
        self._select_day(self.selected_day())

    def selected_day(self) -> dt.date:
        """The day the calendar (and, when it is shown, the table) has selected."""
        return from_qdate(self.calendar.selectedDate())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        record: DayRow = current.siblingAtColumn(0).data(RECORD_ROLE)
        if self.selected_day() != record.day:
            self.calendar.setSelectedDate(to_qdate(record.day))

    def _calendar_moved(self) -> None:
        day = self.selected_day()
        if self._current_record_day() != day:
            self._select_day(day)
        self._show_detail()

    def _current_record_day(self) -> dt.date | None:
        current = self.table.currentIndex()
        if not current.isValid():
            return None
        record: DayRow = current.siblingAtColumn(0).data(RECORD_ROLE)
        return record.day

    def _select_day(self, day: dt.date) -> None:
        """Select `day`'s row (alone) and scroll to it; none if the filters hide it."""
        selection = self.table.selectionModel()
        source_row = self.model.row_of(day)
        index = (
            self.proxy.mapFromSource(self.model.index(source_row, 0))
            if source_row is not None
            else QModelIndex()
        )
        if not index.isValid():
            selection.clear()
            return
        if self._current_record_day() == day and selection.isRowSelected(index.row()):
            return  # already there: keep a range the patient selected around it
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _show_detail(self) -> None:
        row = self._row(self.selected_day())
        self.detail.setText(detail(row, food_matters=self._food_matters) if row else _no_day())

    def _sync_actions(self) -> None:
        open_ = self._ended is None
        self.fill_selected.setEnabled(open_ and self.table.selectionModel().hasSelection())
        self.edit_button.setEnabled(open_ and self._row(self.selected_day()) is not None)

    def _show_ended(self, course: CourseInfo) -> None:
        """An ended course is shown read-only, and the page says so once."""
        if course.ended_on != self._ended:
            self._ended = course.ended_on
            if course.ended_on is None:
                self.feedback.clear()
            else:
                self.feedback.show_message(ended_notice(course))
        self.backlog.setVisible(course.ended_on is None)

    def _row(self, day: dt.date) -> DayRow | None:
        source_row = self.model.row_of(day)
        return None if source_row is None else self.model.record(source_row)

    # -- correcting a day ---------------------------------------------------------------------

    def _edit_selected(self) -> None:
        self.edit_day(self.selected_day())

    def _edit_index(self, index: QModelIndex) -> None:
        record: DayRow = index.siblingAtColumn(0).data(RECORD_ROLE)
        self.edit_day(record.day)

    def edit_day(self, day: dt.date) -> None:
        """Ask what happened on `day` and save it (or clear it); say what changed, with Undo."""
        services = self.controller.services
        row = self._row(day)
        if row is None or self._ended is not None:
            return  # outside the course, in the future or ended: nothing to edit
        answer = LogDayDialog.ask(
            self,
            day,
            row.scheduled_mg,
            row.entry,
            food_matters=self._food_matters,
            last_food_answer=services.status.status().last_food_answer,
        )
        if answer is not None:
            self._save(answer, row.entry)
        self.calendar.setSelectedDate(to_qdate(day))

    def _save(self, answer: LogRequest | ClearEntry, shown: DoseEntry | None) -> None:
        """Save the dialog's answer over `shown`, the entry the dialog showed; the patient
        is asked first if the day was changed elsewhere since."""
        try:
            result = save_answer(self, self.controller, answer, shown)
        except UserInputError as exc:
            self.feedback.show_message(self.tr("Not saved: {error}.").format(error=exc))
            return
        if isinstance(result, KeptElsewhere):
            self.feedback.show_message(result.message())
        elif isinstance(answer, ClearEntry):
            self.feedback.show_change(
                self.tr("Cleared {day} (was {before}).").format(
                    day=fmt.day(answer.day), before=was(result.before)
                )
            )
        else:
            self.feedback.show_change(saved_text(result))

    # -- a backlog ---------------------------------------------------------------------------

    def _fill_selection(self) -> None:
        days = [index.data(RECORD_ROLE).day for index in self.table.selectionModel().selectedRows()]
        if not days:
            return
        # A filter (a note search, a state) hides days inside the selected span: fill only
        # the days the patient selected and could see.
        filtered = self.proxy.rowCount() < self.model.rowCount()
        self.fill_in(min(days), max(days), only=set(days) if filtered else None)

    def fill_in(self, first: dt.date, last: dt.date, *, only: set[dt.date] | None = None) -> None:
        """Mark the days without an entry from `first` to `last` (of `only`, if given) as
        taken at the scheduled dose (one undoable change) and say how many were filled."""
        try:
            changes = self.controller.fill_taken(first, last, only=only)
        except UserInputError as exc:
            self.feedback.show_message(self.tr("Not saved: {error}.").format(error=exc))
            return
        days = len(only) if only is not None else (last - first).days + 1
        if not changes:
            self.feedback.show_message(
                self.tr("Nothing to fill in, {span}: every day has an entry or is a pause.").format(
                    span=span(first, last)
                )
            )
            return
        left = days - len(changes)
        filled = self.tr(
            "Filled in %n day(s) as taken at the scheduled dose, {span}.", "", len(changes)
        ).format(span=span(first, last))
        if left:  # a second sentence, with its own count
            filled += " " + self.tr(
                "%n day(s) with an entry or a pause left as they are.", "", left
            )
        self.feedback.show_change(filled)

    # -- small screens -----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The page sits in a scroll area: what counts is the width it is shown in, not its
        # own (which is never less than its minimum).
        shown_in = self.parentWidget()
        self.arrange(shown_in.width() if shown_in is not None else event.size().width())

    def arrange(self, width: int) -> None:
        """Calendar, legend and backlog box beside the table when `width` allows; else the
        calendar and legend in a row above the table, and the backlog box under it."""
        wide = width >= WIDE_FROM
        if wide == self.wide:
            return
        self._side.removeWidget(self.backlog)
        self._records.removeWidget(self.backlog)
        if wide:
            self._main.setDirection(QBoxLayout.Direction.LeftToRight)
            self._calendar_parts.setDirection(QBoxLayout.Direction.TopToBottom)
            self._side.insertWidget(1, self.backlog)
        else:
            self._main.setDirection(QBoxLayout.Direction.TopToBottom)
            self._calendar_parts.setDirection(QBoxLayout.Direction.LeftToRight)
            self._records.addWidget(self.backlog)

    @property
    def wide(self) -> bool:
        return self._main.direction() == QBoxLayout.Direction.LeftToRight


def saved_text(change: DayChange) -> str:
    """ "Saved: Fri 27 Nov 2026 as taken, 300 mg, more than the 40 mg scheduled (was
    missed)." """
    over = change.over_schedule
    before = change.before is not None and change.before != change.after
    if over and before:
        text = HistoryTexts.tr(
            "Saved: {day} as {entry}, more than the {scheduled} scheduled (was {before})."
        )
    elif over:
        text = HistoryTexts.tr("Saved: {day} as {entry}, more than the {scheduled} scheduled.")
    elif before:
        text = HistoryTexts.tr("Saved: {day} as {entry} (was {before}).")
    else:
        text = HistoryTexts.tr("Saved: {day} as {entry}.")
    return text.format(
        day=fmt.day(change.day),
        entry=was(change.after),
        scheduled=fmt.mg(change.scheduled_mg),
        before=was(change.before),
    )
