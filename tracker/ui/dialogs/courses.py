"""File > Courses…: every course on record, with its dates and its own figures; the most
recent one can be reopened to correct it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.progress import Progress
from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.services.records import CourseSummary
from tracker.ui import msgbox
from tracker.ui.controller import CourseController
from tracker.ui.course_words import course_span
from tracker.ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.feedback import FeedbackLine

SEPARATE_FIGURES = (
    "Each course's figures count from its own start: the cumulative dose of one course is "
    "never added to another's."
)


@dataclass(frozen=True)
class CourseRow:
    number: int  # 1 for the first course on record
    summary: CourseSummary


def _days(row: CourseRow) -> str:
    p = row.summary.progress
    if p is None:
        return "not started"
    if row.summary.course.ended_on is None:
        return f"day {p.course_day:,}"
    return fmt.count(p.course_day, "day")


def _figures(show: Callable[[Progress], str]) -> Callable[[CourseRow], str]:
    """A column's text from the course's figures; empty while it has none."""
    return lambda row: "" if row.summary.progress is None else show(row.summary.progress)


COURSE_COLUMNS: tuple[Column[CourseRow], ...] = (
    Column("Course", lambda r: str(r.number), sort_key=lambda r: r.number, align_right=True),
    Column("Product", lambda r: r.summary.course.product),
    Column(
        "Started",
        lambda r: fmt.day(r.summary.course.started_on),
        sort_key=lambda r: r.summary.course.started_on.toordinal(),
    ),
    Column(
        "Ended", lambda r: "active" if (end := r.summary.course.ended_on) is None else fmt.day(end)
    ),
    Column("Days", _days, align_right=True),
    Column("Cumulative", _figures(lambda p: fmt.mg(p.cumulative_mg)), align_right=True),
    Column("mg/kg", _figures(lambda p: fmt.mg_per_kg(p.mg_per_kg)), align_right=True),
    Column(
        "Of the target",
        _figures(lambda p: f"{fmt.percent(p.percent_of_target)} of {p.target_mg_per_kg:g} mg/kg"),
    ),
)


class CourseTableModel(RecordTableModel[CourseRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COURSE_COLUMNS, parent)

    def set_summaries(self, summaries: list[CourseSummary]) -> None:
        self.set_rows([CourseRow(n, s) for n, s in enumerate(summaries, start=1)])


class CoursesDialog(QDialog):
    """The list of courses, newest last, and Reopen for the most recent one while no
    course is active."""

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle("Your courses")
        self.model = CourseTableModel(self)
        self.table = named(QTableView(), "Courses")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.reopen_button = named(
            QPushButton("&Reopen course…"),
            "Reopen course",
            "Make the most recent course active again, to correct or continue it",
        )
        self.feedback = FeedbackLine("Courses result")
        self.feedback.set_undo_stack(controller.undo_stack)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.reopen_button.clicked.connect(self.reopen_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(wrapping_label(SEPARATE_FIGURES, "About the figures"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)
        self.resize(860, 320)
        self.refresh()
        self.table.selectionModel().selectionChanged.connect(self._sync_actions)
        self.table.selectRow(self.model.rowCount() - 1)
        self._sync_actions()

    def refresh(self) -> None:
        self.model.set_summaries(self._controller.services.status.course_summaries())

    def _selected(self) -> CourseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _sync_actions(self) -> None:
        row = self._selected()
        reopenable = (
            row is not None
            and row.number == self.model.rowCount()
            and row.summary.course.ended_on is not None
        )
        self.reopen_button.setEnabled(reopenable)

    def reopen_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        course = row.summary.course
        question = (
            f"Reopen your {course.product} course ({course_span(course)})? It becomes the "
            "active course again: you can correct its days, and end it again from the File "
            "menu. Edit > Undo ends it again on the same day."
        )
        if not msgbox.confirm(self, "Reopen course", question, "Reopen"):
            return
        try:
            self._controller.reopen_course(course.id)
        except UserInputError as exc:
            self.feedback.show_message(f"Not reopened: {exc}.")
            return
        self.refresh()
        self.table.selectRow(row.number - 1)
        self._sync_actions()
        self.feedback.show_change(f"Reopened the course that ran {course_span(course)}.")

    @classmethod
    def show_courses(cls, controller: CourseController, parent: QWidget | None = None) -> None:
        run_dialog(cls(controller, parent))
