"""The dialogs of the "Medicines and questions" page: a medicine (add or edit), the day one
was stopped, a question (add or edit), and the answer to one.

Each dialog hands what the patient entered to a `submit` callable (the page's write through
the controller); a refusal keeps the dialog open with what was typed and the reason under
the fields (SubmittingDialog).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.limits import EARLIEST_DATE, MAX_DAYS_AHEAD
from tracker.domain.medicines import (
    MAX_ANSWER_LENGTH,
    MAX_DOSE_LENGTH,
    MAX_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_QUESTION_LENGTH,
    MedicineDraft,
    MedicineRecord,
    QuestionRecord,
    label_note,
)
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import SubmittingDialog, text_box


def _day_field(name: str, day: dt.date, today: dt.date) -> QDateEdit:
    """The days the services accept: none before 1900, none more than the longest course
    ahead (a typo in the year)."""
    return date_edit(name, value=day, earliest=EARLIEST_DATE, latest=today + MAX_DAYS_AHEAD)


class OptionalDay(QWidget):
    """A date the patient may not know: a check box (`caption`, "Started on") that enables
    the field (`field_name`, "Started on date")."""

    def __init__(self, caption: str, field_name: str, day: dt.date | None, today: dt.date) -> None:
        super().__init__()
        self.known = named(QCheckBox(caption), caption)
        self.known.setChecked(day is not None)
        self.day = _day_field(field_name, day or today, today)
        self.day.setEnabled(day is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.day, 1)
        self.known.toggled.connect(self.day.setEnabled)

    def value(self) -> dt.date | None:
        return from_qdate(self.day.date()) if self.known.isChecked() else None


class MedicineDialog(SubmittingDialog[MedicineDraft]):
    """Name, dose (in the patient's words), start and stop dates (each optional), note; the
    label's note on the name, if any, shown under it as the patient types."""

    def __init__(
        self,
        submit: Callable[[MedicineDraft], object],
        today: dt.date,
        *,
        editing: MedicineRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit medicine") if editing else self.tr("Add medicine")
        super().__init__(title, submit, parent)
        initial = editing.draft() if editing is not None else MedicineDraft("", started_on=today)
        self.name = named(
            QLineEdit(initial.name), self.tr("Name"), self.tr("The medicine's or supplement's name")
        )
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("e.g. Vitamin D, ibuprofen"))
        self.label = wrapping_label(name=self.tr("What the label says about it"))
        self.dose = named(QLineEdit(initial.dose), self.tr("Dose"))
        self.dose.setMaxLength(MAX_DOSE_LENGTH)
        self.dose.setPlaceholderText(self.tr("Optional, in your words: 1 tablet at night"))
        self.started = OptionalDay(
            self.tr("Started on"), self.tr("Started on date"), initial.started_on, today
        )
        self.stopped = OptionalDay(
            self.tr("Stopped on"), self.tr("Stopped on date"), initial.stopped_on, today
        )
        self.note = text_box(
            self.tr("Note"),
            initial.note,
            self.tr("Optional, up to {count} characters").format(count=MAX_NOTE_LENGTH),
        )

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow("", self.label)
        form.addRow(self.tr("&Dose"), self.dose)
        form.addRow("", self.started)
        form.addRow("", self.stopped)
        form.addRow(self.tr("N&ote"), self.note)
        plain_captions(form)
        self.ok = self.add_ok(self.tr("&Save") if editing else self.tr("&Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._show_label_note)
        self._show_label_note()
        self.setMinimumWidth(460)

    def _show_label_note(self) -> None:
        note = label_note(self.name.text())
        self.label.setText(note or "")
        if self.label.isVisibleTo(self) != (note is not None):
            self.label.setVisible(note is not None)
            # Grow (or shrink) to the note's lines at once: the fields under it must not
            # slide under the buttons.
            self.adjustSize()

    def answer(self) -> MedicineDraft:
        return MedicineDraft(
            name=self.name.text(),
            dose=self.dose.text(),
            started_on=self.started.value(),
            stopped_on=self.stopped.value(),
            note=self.note.toPlainText(),
        )


class StopDialog(SubmittingDialog[dt.date]):
    """The day the patient stopped (or will stop) taking a medicine; today to begin with."""

    def __init__(
        self,
        submit: Callable[[dt.date], object],
        medicine: MedicineRecord,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Mark stopped"), submit, parent)
        # Today, or the start day if that is still to come; a day before the start is
        # refused by the service and said under the field.
        self.day = _day_field(
            self.tr("Stopped on"), max(today, medicine.started_on or today), today
        )
        form = QFormLayout()
        form.addRow(
            wrapping_label(
                self.tr("When did you stop taking {medicine}?").format(medicine=medicine.describe())
            )
        )
        form.addRow(self.tr("&Stopped on"), self.day)
        plain_captions(form)
        self.ok = self.add_ok(self.tr("&Mark stopped"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def answer(self) -> dt.date:
        return from_qdate(self.day.date())


class QuestionDialog(SubmittingDialog[str]):
    """The words of a question for the doctor."""

    def __init__(
        self,
        submit: Callable[[str], object],
        *,
        editing: QuestionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit question") if editing else self.tr("Add question")
        super().__init__(title, submit, parent)
        self.text = text_box(
            self.tr("Question"),
            editing.text if editing is not None else "",
            self.tr("What you want to ask at your next visit (up to {count} characters)").format(
                count=MAX_QUESTION_LENGTH
            ),
        )
        form = QFormLayout()
        form.addRow(self.tr("&Question"), self.text)
        plain_captions(form)
        self.ok = self.add_ok(self.tr("&Save") if editing else self.tr("&Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def answer(self) -> str:
        return self.text.toPlainText()


class AnswerDialog(SubmittingDialog[tuple[str, dt.date]]):
    """The answer the patient was given, and the day; the question shown above, as typed."""

    def __init__(
        self,
        submit: Callable[[tuple[str, dt.date]], object],
        question: QuestionRecord,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record answer"), submit, parent)
        self.question = wrapping_label(question.text, self.tr("Question"))
        self.text = text_box(
            self.tr("Answer"),
            question.answer,
            self.tr("What you were told (up to {count} characters)").format(
                count=MAX_ANSWER_LENGTH
            ),
        )
        earliest = question.asked_on or question.added_on
        self.day = date_edit(self.tr("Answered on"), value=today, earliest=earliest, latest=today)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("&Answer"), self.text)
        form.addRow(self.tr("Answered &on"), self.day)
        plain_captions(form)
        self.ok = self.add_ok(self.tr("&Save answer"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def answer(self) -> tuple[str, dt.date]:
        return self.text.toPlainText(), from_qdate(self.day.date())
