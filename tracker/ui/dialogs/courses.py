"""File > Courses…: every course on record, with its dates and its own figures; the most
recent one can be reopened to correct it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
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
from tracker.ui import msgbox, names
from tracker.ui.controller import CourseController
from tracker.ui.course_words import course_span
from tracker.ui.dialogs.texts import Texts
from tracker.ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.feedback import FeedbackLine

SEPARATE_FIGURES = str(
    QT_TRANSLATE_NOOP(
        "CoursesDialog",
        "Each course's figures count from its own start: the cumulative dose of one course is "
        "never added to another's.",
    )
)


class CoursesTexts(Texts):
    """The context of the texts of this module's functions (the table's columns)."""


@dataclass(frozen=True)
class CourseRow:
    number: int  # 1 for the first course on record
    summary: CourseSummary


def _days(row: CourseRow) -> str:
    p = row.summary.progress
    if p is None:
        return CoursesTexts.tr("not started")
    if row.summary.course.ended_on is None:
        return CoursesTexts.tr("day {day}").format(day=fmt.number(p.course_day))
    return CoursesTexts.tr("%n day(s)", "", p.course_day)


def _figures(show: Callable[[Progress], str]) -> Callable[[CourseRow], str]:
    """A column's text from the course's figures; empty while it has none."""
    return lambda row: "" if row.summary.progress is None else show(row.summary.progress)


def _of_target(p: Progress) -> str:
    return CoursesTexts.tr("{percent} of {target} mg/kg").format(
        percent=fmt.percent(p.percent_of_target), target=f"{p.target_mg_per_kg:g}"
    )


def course_columns() -> tuple[Column[CourseRow], ...]:
    """The table's columns, their titles in the window's language."""
    return (
        Column(
            CoursesTexts.tr("Course"),
            lambda r: str(r.number),
            sort_key=lambda r: r.number,
            align_right=True,
        ),
        Column(CoursesTexts.tr("Product"), lambda r: names.product_name(r.summary.course.product)),
        Column(
            CoursesTexts.tr("Started"),
            lambda r: fmt.day(r.summary.course.started_on),
            sort_key=lambda r: r.summary.course.started_on.toordinal(),
        ),
        Column(
            CoursesTexts.tr("Ended"),
            lambda r: (
                CoursesTexts.tr("active")
                if (end := r.summary.course.ended_on) is None
                else fmt.day(end)
            ),
        ),
        Column(CoursesTexts.tr("Days"), _days, align_right=True),
        Column(
            CoursesTexts.tr("Cumulative"),
            _figures(lambda p: fmt.mg(p.cumulative_mg)),
            align_right=True,
        ),
        Column(
            CoursesTexts.tr("mg/kg"),
            _figures(lambda p: fmt.mg_per_kg(p.mg_per_kg)),
            align_right=True,
        ),
        Column(CoursesTexts.tr("Of the target"), _figures(_of_target)),
    )


class CourseTableModel(RecordTableModel[CourseRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(course_columns(), parent)

    def set_summaries(self, summaries: list[CourseSummary]) -> None:
        self.set_rows([CourseRow(n, s) for n, s in enumerate(summaries, start=1)])


class CoursesDialog(QDialog):
    """The list of courses, newest last, and Reopen for the most recent one while no
    course is active."""

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("Your courses"))
        self.model = CourseTableModel(self)
        self.table = named(QTableView(), self.tr("Courses"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.reopen_button = named(
            QPushButton(self.tr("&Reopen course…")),
            self.tr("Reopen course"),
            self.tr("Make the most recent course active again, to correct or continue it"),
        )
        self.feedback = FeedbackLine(self.tr("Courses result"))
        self.feedback.set_undo_stack(controller.undo_stack)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.reopen_button.clicked.connect(self.reopen_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
                QCoreApplication.translate("CoursesDialog", SEPARATE_FIGURES),
                self.tr("About the figures"),
            )
        )
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
        question = self.tr(
            "Reopen your {product} course ({span})? It becomes the active course again: you "
            "can correct its days, and end it again from the File menu. Edit > Undo ends it "
            "again on the same day."
        ).format(product=names.product_name(course.product), span=course_span(course))
        if not msgbox.confirm(self, self.tr("Reopen course"), question, self.tr("Reopen")):
            return
        try:
            self._controller.reopen_course(course.id)
        except UserInputError as exc:
            self.feedback.show_message(self.tr("Not reopened: {error}.").format(error=exc))
            return
        self.refresh()
        self.table.selectRow(row.number - 1)
        self._sync_actions()
        self.feedback.show_change(
            self.tr("Reopened the course that ran {span}.").format(span=course_span(course))
        )

    @classmethod
    def show_courses(cls, controller: CourseController, parent: QWidget | None = None) -> None:
        run_dialog(cls(controller, parent))
