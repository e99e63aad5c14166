"""Record or correct the entry for any course day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QTime
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
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.doselog import DoseEntry, DoseStatus
from tracker.domain.limits import MAX_DAILY_MG
from tracker.reports import format as fmt
from tracker.services.records import LogRequest
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.food_choice import FoodChoice


@dataclass(frozen=True)
class ClearEntry:
    """The patient chose to remove the entry: the day becomes unlogged again."""

    day: dt.date


class LogDayDialog(QDialog):
    """Asks what happened on one day; `ask()` returns the answer or None if cancelled."""

    def __init__(
        self,
        day: dt.date,
        scheduled_mg: int,
        entry: DoseEntry | None,
        *,
        food_matters: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._day = day
        self._cleared = False
        self._food_matters = food_matters
        self.setWindowTitle(f"Dose on {fmt.day(day)}")
        self.taken = named(QRadioButton("&Taken"), "Taken")
        self.missed = named(QRadioButton("&Missed (forgot)"), "Missed")
        self.skipped = named(QRadioButton("&Skipped on purpose"), "Skipped")
        group = QButtonGroup(self)
        for button in (self.taken, self.missed, self.skipped):
            group.addButton(button)
        self.mg = named(QSpinBox(), "Milligrams taken")
        self.mg.setRange(1, MAX_DAILY_MG)
        self.mg.setSuffix(" mg")
        self.with_food = named(FoodChoice(), "Taken with a meal")
        self.with_food.setVisible(food_matters)
        self.has_time = named(QCheckBox("Time"), "Record the time taken")
        self.time = named(QTimeEdit(), "Time taken")
        self.time.setDisplayFormat("HH:mm")
        self.note = named(QLineEdit(), "Note")
        self.note.setPlaceholderText("Optional")

        status = entry.status if entry else DoseStatus.TAKEN
        {
            DoseStatus.TAKEN: self.taken,
            DoseStatus.MISSED: self.missed,
            DoseStatus.SKIPPED: self.skipped,
        }[status].setChecked(True)
        self.mg.setValue(entry.mg_taken if entry and entry.mg_taken else max(scheduled_mg, 1))
        self.with_food.set_answer(entry.with_food if entry else None)
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
        form.addRow(wrapping_label(f"Scheduled: {fmt.mg(scheduled_mg)}"))
        form.addRow("What happened", choices)
        form.addRow("Amount", self.mg)
        form.addRow("", self.with_food)
        form.addRow("", time_row)
        form.addRow("&Note", self.note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.clear_button = named(QPushButton("Mark as not lo&gged"), "Mark as not logged")
        self.clear_button.setEnabled(entry is not None)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self._clear)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
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
        self.accept()

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
    ) -> LogRequest | ClearEntry | None:
        dialog = cls(day, scheduled_mg, entry, food_matters=food_matters, parent=parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
