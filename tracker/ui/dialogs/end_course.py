"""File > End course…: the last day of the active course, and what ending it changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.services.records import CourseInfo, CourseStatus
from tracker.ui import names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.dialogs.texts import Texts
from tracker.ui.style.roles import Role, apply
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import run_dialog

# Ends the course on the day given (the controller's end_course); raises UserInputError.
EndCourse = Callable[[dt.date], object]
# The figures as of a day (the status service), shown before the patient confirms.
FiguresOn = Callable[[dt.date], CourseStatus]
# How many proposed (not yet confirmed) visits are on later days than a last day.
ProposalsAfter = Callable[[dt.date], int]

WHAT_CHANGES = str(
    QT_TRANSLATE_NOOP(
        "EndCourseDialog",
        "What changes: the course's figures stop on its last day, and Today shows them as its "
        "final figures; no more doses are logged for it. Nothing you recorded is deleted: "
        "History and Regimen still show the course. You can undo this with Edit > Undo, and "
        "start a new course later from the File menu.",
    )
)


class EndCourseTexts(Texts):
    """The context of the texts of this module's functions."""


def proposals_note(count: int) -> str:
    """The sentence saying that ending drops the proposals after the last day ("" if none)."""
    if not count:
        return ""
    return EndCourseTexts.tr(
        "The %n proposed visit(s) after that day (not yet confirmed) will be dropped; the "
        "visits you confirmed stay.",
        "",
        count,
    )


PREGNANCY_NOTE = str(
    QT_TRANSLATE_NOOP(
        "EndCourseDialog",
        "Your pregnancy test calendar will then list the end-of-course and after-course tests.",
    )
)


def final_figures(status: CourseStatus) -> str:
    """ "Its final figures would be: 64 days, 2,560 mg = 36.6 mg/kg, 24.4% of your
    150 mg/kg target." """
    p = status.progress
    return EndCourseTexts.tr(
        "Its final figures would be: %n day(s), {mg} = {mg_per_kg}, {percent} of your "
        "{target} mg/kg target.",
        "",
        p.course_day,
    ).format(
        mg=fmt.mg(p.cumulative_mg),
        mg_per_kg=fmt.mg_per_kg(p.mg_per_kg),
        percent=fmt.percent(p.percent_of_target),
        target=f"{p.target_mg_per_kg:g}",
    )


class EndCourseDialog(QDialog):
    """Asks for the last day (today by default, from the course's first day to today) and
    shows the figures the course would end with; `end` is called on OK and the dialog stays
    open, with the reason, if it refuses."""

    def __init__(
        self,
        course: CourseInfo,
        today: dt.date,
        end: EndCourse,
        figures_on: FiguresOn,
        parent: QWidget | None = None,
        *,
        can_become_pregnant: bool = False,
        proposals_after: ProposalsAfter | None = None,
    ) -> None:
        super().__init__(parent)
        self._end = end
        self._figures_on = figures_on
        self._proposals_after = proposals_after
        self.setWindowTitle(self.tr("End your course"))
        self.last_day = date_edit(
            self.tr("Last day of the course"),
            self.tr("The last day of the course; days after it are not part of it"),
            earliest=course.started_on,
            latest=max(today, course.started_on),
        )
        self.figures = wrapping_label(name=self.tr("Final figures"))
        self.proposals = wrapping_label(name=self.tr("Proposed visits"))
        self.error = wrapping_label(name=self.tr("End course problem"))
        apply(self.error, Role.ERROR)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.end_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("End course")
        )
        self.end_button.setText(self.tr("&End course"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Last day"), self.last_day)
        plain_captions(form)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
                self.tr("Your {product} course started on {day}. Choose its last day.").format(
                    product=names.product_name(course.product), day=fmt.day(course.started_on)
                ),
                self.tr("About the course"),
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.figures)
        layout.addWidget(self.proposals)
        self.what_changes = wrapping_label(
            QCoreApplication.translate("EndCourseDialog", WHAT_CHANGES), self.tr("What changes")
        )
        layout.addWidget(self.what_changes)
        if can_become_pregnant:
            layout.addWidget(
                wrapping_label(
                    QCoreApplication.translate("EndCourseDialog", PREGNANCY_NOTE),
                    self.tr("Pregnancy tests"),
                )
            )
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.last_day.dateChanged.connect(self._show_figures)
        self._show_figures()

    def chosen_day(self) -> dt.date:
        return from_qdate(self.last_day.date())

    def _show_figures(self) -> None:
        self.error.clear()
        count = 0 if self._proposals_after is None else self._proposals_after(self.chosen_day())
        self.proposals.setText(proposals_note(count))
        self.proposals.setVisible(bool(count))
        try:
            status = self._figures_on(self.chosen_day())
        except UserInputError as exc:
            self.figures.setText(
                self.tr("The figures cannot be shown for that day: {error}.").format(error=exc)
            )
            return
        self.figures.setText(final_figures(status))

    def try_accept(self) -> None:
        try:
            self._end(self.chosen_day())
        except UserInputError as exc:
            self.error.setText(self.tr("Not ended: {error}.").format(error=exc))
            self.last_day.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        course: CourseInfo,
        today: dt.date,
        end: EndCourse,
        figures_on: FiguresOn,
        *,
        can_become_pregnant: bool = False,
        proposals_after: ProposalsAfter | None = None,
    ) -> dt.date | None:
        """The day the course was ended on, or None if the patient cancelled."""
        dialog = cls(
            course,
            today,
            end,
            figures_on,
            parent,
            can_become_pregnant=can_become_pregnant,
            proposals_after=proposals_after,
        )
        return dialog.chosen_day() if run_dialog(dialog) else None
