"""Record or correct the entry for any course day, and the question asked before saving
more than a day's schedule (shared with Today)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.doselog import DoseEntry, DoseStatus
from tracker.domain.limits import MAX_DAILY_MG
from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.services.records import LogRequest
from tracker.ui import msgbox
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.food_choice import FoodChoice
from tracker.ui.widgets.mg_spinbox import MgSpinBox


@dataclass(frozen=True)
class ClearEntry:
    """The patient chose to remove the entry: the day becomes unlogged again."""

    day: dt.date


def confirm_amount(parent: QWidget | None, day: dt.date, mg: int, scheduled_mg: int) -> bool:
    """Whether `mg` taken on `day` may go on to be saved.

    An amount above the day's schedule is asked about first (a typo, or a real extra dose the
    patient means to record); Cancel is the default. Nothing is asked for an amount within the
    schedule, nor for one over the domain's limit: saving refuses that with its own message.
    """
    if mg <= scheduled_mg or mg > MAX_DAILY_MG:
        return True
    question = (
        QCoreApplication.translate(
            "LogDayDialog", "Save {mg} for {day}? {scheduled} is scheduled that day."
        )
        if scheduled_mg
        else QCoreApplication.translate(
            "LogDayDialog", "Save {mg} for {day}? Nothing is scheduled that day (pause)."
        )
    )
    return msgbox.confirm(
        parent,
        QCoreApplication.translate("LogDayDialog", "More than scheduled"),
        question.format(mg=fmt.mg(mg), day=fmt.day(day), scheduled=fmt.mg(scheduled_mg)),
        action=QCoreApplication.translate("LogDayDialog", "Save {mg}").format(mg=fmt.mg(mg)),
    )


class LogDayDialog(QDialog):
    """Asks what happened on one day; `ask()` returns the answer or None if cancelled.

    Save checks the entry as the store would (mg limits, note length) and asks before more
    than the schedule; a refusal is shown in the dialog, which stays open with what was typed.
    """

    def __init__(
        self,
        day: dt.date,
        scheduled_mg: int,
        entry: DoseEntry | None,
        *,
        food_matters: bool,
        last_food_answer: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`last_food_answer`: the meal answer offered for a day with no entry yet (the
        patient's last one); a saved day always shows its own answer."""
        super().__init__(parent)
        self._day = day
        self._scheduled_mg = scheduled_mg
        self._cleared = False
        self._food_matters = food_matters
        self.setWindowTitle(self.tr("Dose on {day}").format(day=fmt.day(day)))
        self.taken = named(QRadioButton(self.tr("&Taken")), self.tr("Taken"))
        self.missed = named(QRadioButton(self.tr("&Missed (forgot)")), self.tr("Missed"))
        self.skipped = named(QRadioButton(self.tr("&Skipped on purpose")), self.tr("Skipped"))
        group = QButtonGroup(self)
        for button in (self.taken, self.missed, self.skipped):
            group.addButton(button)
        self.mg = named(MgSpinBox(), self.tr("Milligrams taken"))
        # 0: nothing scheduled, nothing assumed
        self.mg.setSpecialValueText(self.tr("mg taken?"))
        self.with_food = named(FoodChoice(), self.tr("Taken with a meal"))
        self.with_food.setVisible(food_matters)
        self.has_time = named(QCheckBox(self.tr("Time")), self.tr("Record the time taken"))
        self.time = named(QTimeEdit(), self.tr("Time taken"))
        self.time.setDisplayFormat("HH:mm")
        self.note = named(QLineEdit(), self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional"))
        self.problem = wrapping_label(name=self.tr("Not saved"))
        self.problem.hide()

        status = entry.status if entry else DoseStatus.TAKEN
        {
            DoseStatus.TAKEN: self.taken,
            DoseStatus.MISSED: self.missed,
            DoseStatus.SKIPPED: self.skipped,
        }[status].setChecked(True)
        self.mg.setValue(entry.mg_taken if entry and entry.mg_taken else scheduled_mg)
        # A saved day shows its own answer, "not recorded" included; the last answer is only
        # an offer for a day that has no entry yet.
        self.with_food.set_answer(entry.with_food if entry else last_food_answer)
        self.has_time.setChecked(bool(entry and entry.taken_at))
        self.time.setTime(
            QTime(entry.taken_at.hour, entry.taken_at.minute)
            if entry and entry.taken_at
            else QTime(8, 0)
        )
        self.note.setText(entry.note if entry else "")

        choices = QVBoxLayout()
        for button in (self.taken, self.missed, self.skipped):
            choices.addWidget(button)
        time_row = QHBoxLayout()
        time_row.addWidget(self.has_time)
        time_row.addWidget(self.time)
        time_row.addStretch()
        form = QFormLayout()
        form.addRow(
            wrapping_label(
                self.tr("Scheduled: {mg}").format(mg=fmt.mg(scheduled_mg))
                if scheduled_mg
                else self.tr("Nothing is scheduled this day (pause).")
            )
        )
        form.addRow(plain_label(self.tr("What happened")), choices)
        form.addRow(plain_label(self.tr("Amount")), self.mg)
        form.addRow("", self.with_food)
        form.addRow("", time_row)
        note_label = plain_label(self.tr("&Note"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.clear_button = named(
            QPushButton(self.tr("Mark as not lo&gged")), self.tr("Mark as not logged")
        )
        self.clear_button.setEnabled(entry is not None)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self._clear)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._connect_signals(group)
        self._sync_enabled()

    def _connect_signals(self, group: QButtonGroup) -> None:
        group.buttonToggled.connect(self._sync_enabled)
        self.has_time.toggled.connect(self._sync_enabled)

    def _sync_enabled(self) -> None:
        taken = self.taken.isChecked()
        for widget in (self.mg, self.with_food, self.has_time):
            widget.setEnabled(taken)
        self.time.setEnabled(taken and self.has_time.isChecked())

    def _clear(self) -> None:
        self._cleared = True
        super().accept()

    def accept(self) -> None:
        """Save: only an entry the store would take, and more than scheduled only if
        confirmed; otherwise say why and stay open."""
        request = self.answer()
        assert isinstance(request, LogRequest)
        try:
            DoseEntry(
                day=request.day,
                status=request.status,
                mg_taken=request.mg_taken,
                with_food=request.with_food,
                taken_at=request.taken_at,
                note=request.note,
            )
        except UserInputError as exc:
            self._refuse(self.tr("Not saved: {error}.").format(error=exc))
            return
        mg = request.mg_taken or 0
        if not confirm_amount(self, self._day, mg, self._scheduled_mg):
            self._refuse(self.tr("Not saved: {mg} was not confirmed.").format(mg=fmt.mg(mg)))
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def answer(self) -> LogRequest | ClearEntry:
        """What the form says now."""
        if self._cleared:
            return ClearEntry(self._day)
        if self.taken.isChecked():
            taken_at = None
            if self.has_time.isChecked():
                qt_time = self.time.time()
                taken_at = dt.time(qt_time.hour(), qt_time.minute())
            return LogRequest(
                day=self._day,
                status=DoseStatus.TAKEN,
                mg_taken=self.mg.value(),
                with_food=self.with_food.answer() if self._food_matters else None,
                taken_at=taken_at,
                note=self.note.text(),
            )
        status = DoseStatus.MISSED if self.missed.isChecked() else DoseStatus.SKIPPED
        return LogRequest(day=self._day, status=status, note=self.note.text())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        day: dt.date,
        scheduled_mg: int,
        entry: DoseEntry | None,
        *,
        food_matters: bool,
        last_food_answer: bool | None = None,
    ) -> LogRequest | ClearEntry | None:
        dialog = cls(
            day,
            scheduled_mg,
            entry,
            food_matters=food_matters,
            last_food_answer=last_food_answer,
            parent=parent,
        )
        return dialog.answer() if run_dialog(dialog) else None
