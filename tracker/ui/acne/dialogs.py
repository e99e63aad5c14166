"""The Skin progress page's dialogs: an assessment (grade and lesion counts), and a photo's
day and note (for the files just picked, or for one photo).

Each hands what was entered to a `submit` callable (the page's write through the
controller); a refusal keeps the dialog open with what was typed and the reason under the
fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from tracker.domain.acne import (
    COUNTS,
    MAX_COUNT,
    MAX_GRADE,
    MAX_NOTE_LENGTH,
    AcneDraft,
)
from tracker.domain.limits import EARLIEST_DATE
from tracker.ui import names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import SubmittingDialog, text_box

# Marked here, translated where shown: QCoreApplication.translate("AssessmentDialog", ...).
NOT_COUNTED = str(QT_TRANSLATE_NOOP("AssessmentDialog", "not counted"))
NOT_GRADED = str(QT_TRANSLATE_NOOP("AssessmentDialog", "Not graded"))
# A count field's "left out" value, shown as NOT_COUNTED: 0 is a count (clear skin).
_LEFT_OUT = -1


def count_box(name: str, value: int | None) -> QSpinBox:
    box = named(
        QSpinBox(),
        name,
        QCoreApplication.translate(
            "AssessmentDialog", "Leave it at “not counted” if you did not count them"
        ),
    )
    box.setRange(_LEFT_OUT, MAX_COUNT)
    box.setSpecialValueText(QCoreApplication.translate("AssessmentDialog", NOT_COUNTED))
    box.setValue(_LEFT_OUT if value is None else value)
    return box


def count_of(box: QSpinBox) -> int | None:
    return None if box.value() == _LEFT_OUT else box.value()


def grade_choice(value: int | None) -> QComboBox:
    choice = named(
        QComboBox(),
        QCoreApplication.translate("AssessmentDialog", "Grade"),
        QCoreApplication.translate("AssessmentDialog", "Your own overall view of your skin today"),
    )
    choice.addItem(QCoreApplication.translate("AssessmentDialog", NOT_GRADED), None)
    for grade in range(MAX_GRADE + 1):
        choice.addItem(names.graded(grade), grade)
    choice.setCurrentIndex(choice.findData(value) if value is not None else 0)
    return choice


class AssessmentDialog(SubmittingDialog[AcneDraft]):
    """The day, the grade (0 clear .. 4 severe) and the three lesion counts, any left out
    but not all, and a note."""

    def __init__(
        self,
        submit: Callable[[AcneDraft], object],
        initial: AcneDraft,
        today: dt.date,
        *,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit assessment") if editing else self.tr("Add assessment")
        super().__init__(title, submit, parent)
        self.date = date_edit(
            self.tr("Date"), value=initial.assessed_on, earliest=EARLIEST_DATE, latest=today
        )
        self.grade = grade_choice(initial.grade)
        counts = dict(zip((field for field, _ in COUNTS), initial.counts(), strict=True))
        self.comedones = count_box(self.tr("Comedones"), counts["comedones"])
        self.inflammatory = count_box(self.tr("Papules and pustules"), counts["inflammatory"])
        self.nodules = count_box(self.tr("Nodules and cysts"), counts["nodules"])
        self.note = text_box(
            self.tr("Note"),
            initial.note,
            self.tr("Optional, up to {count} characters").format(count=MAX_NOTE_LENGTH),
        )
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Grade"), self.grade)
        form.addRow(self.tr("&Comedones (blackheads, whiteheads)"), self.comedones)
        form.addRow(self.tr("&Papules and pustules"), self.inflammatory)
        form.addRow(self.tr("N&odules and cysts"), self.nodules)
        form.addRow(self.tr("No&te"), self.note)
        plain_captions(form)
        hint = wrapping_label(
            self.tr(
                "Give the grade, the counts you made, or both. Counts are of the whole area you "
                "look at each time (for example, your face)."
            ),
            self.tr("How to fill in"),
        )
        self.ok = self.add_ok(self.tr("&Save") if editing else self.tr("&Add"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def answer(self) -> AcneDraft:
        return AcneDraft(
            assessed_on=from_qdate(self.date.date()),
            grade=self.grade.currentData(),
            comedones=count_of(self.comedones),
            inflammatory=count_of(self.inflammatory),
            nodules=count_of(self.nodules),
            note=self.note.toPlainText(),
        )


@dataclass(frozen=True)
class PhotoDetails:
    taken_on: dt.date
    note: str


class PhotoDetailsDialog(SubmittingDialog[PhotoDetails]):
    """The day the photos were taken and a note: for the files just picked (`files` names
    them) or for one photo already added."""

    def __init__(
        self,
        submit: Callable[[PhotoDetails], object],
        initial: PhotoDetails,
        today: dt.date,
        *,
        files: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        adding = files is not None
        title = self.tr("Add photos") if adding else self.tr("Edit photo")
        super().__init__(title, submit, parent)
        self.date = date_edit(
            self.tr("Day taken"), value=initial.taken_on, earliest=EARLIEST_DATE, latest=today
        )
        self.note = text_box(
            self.tr("Note"),
            initial.note,
            self.tr("Optional: the side of the face, the light, how you feel"),
        )
        form = QFormLayout()
        form.addRow(self.tr("&Day taken"), self.date)
        form.addRow(self.tr("&Note"), self.note)
        plain_captions(form)
        layout = QVBoxLayout(self)
        if files is not None:
            picked = "\n".join(files)
            layout.addWidget(
                wrapping_label(
                    self.tr(
                        "The app keeps its own private copy of each picture in your data folder; "
                        "your files stay as they are.\n\n{files}"
                    ).format(files=picked),
                    self.tr("Files to add"),
                )
            )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.ok = self.add_ok(self.tr("&Add") if adding else self.tr("&Save"))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def answer(self) -> PhotoDetails:
        return PhotoDetails(from_qdate(self.date.date()), self.note.toPlainText())
