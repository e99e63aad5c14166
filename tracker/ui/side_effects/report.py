"""A single report at any time: any symptom of the catalogue (the red flags the check-in does
not ask included) or one of the patient's own, a date, how bad, a note. The same dialog
edits a saved report (its symptom and day stay). Thoughts of self-harm chosen above none
show the crisis line at once, before any save."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import day_text
from tracker.domain.limits import EARLIEST_DATE
from tracker.domain.side_effects import (
    MAX_NOTE_LENGTH,
    SideEffectReport,
    Symptom,
)
from tracker.errors import UserInputError
from tracker.ui import names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.side_effects.crisis_once import CrisisOnce
from tracker.ui.side_effects.own_symptoms import ask_symptom_name
from tracker.ui.side_effects.wording import listed_name, red_flag_mark
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import SubmittingDialog, text_box


def red_flag_note() -> str:
    return QCoreApplication.translate(
        "ReportDialog",
        "Symptoms marked {mark} are the ones the Medication Guide asks you to call "
        "your doctor about right away.",
    ).format(mark=red_flag_mark())


@dataclass(frozen=True)
class ReportAnswer:
    day: dt.date
    symptom: str
    severity: int
    note: str


def severity_combo(name: str, severity: int) -> QComboBox:
    combo = named(QComboBox(), name)
    for value, severity_name in enumerate(names.severity_names()):
        combo.addItem(
            QCoreApplication.translate("ReportDialog", "{number}: {severity}").format(
                number=value, severity=severity_name
            ),
            value,
        )
    combo.setCurrentIndex(severity)
    return combo


class SymptomCombo(QComboBox):
    """Every symptom by name, red flags marked in words; typing finds a symptom by any part
    of its name ("swallow" finds "Pain or trouble when swallowing"). Only listed symptoms
    can be chosen: a new one is added with "Add your own symptom…"."""

    def __init__(self, symptoms: Sequence[Symptom]) -> None:
        super().__init__()
        named(self, self.tr("Symptom"), self.tr("Type part of a name to find it"))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type to find a symptom"))
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_symptoms(symptoms)

    def set_symptoms(self, symptoms: Sequence[Symptom]) -> None:
        self.clear()
        for symptom in symptoms:
            self.addItem(listed_name(symptom), symptom.id)

    def choose(self, symptom_id: str) -> None:
        self.setCurrentIndex(self.findData(symptom_id))

    def chosen(self) -> str | None:
        """The id of the symptom whose name is in the field; None if the text names none."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return None if index < 0 else str(self.itemData(index))


class ReportDialog(SubmittingDialog[ReportAnswer]):
    """Symptom, date, how bad and a note. With `editing`, the symptom and the date are
    shown, not changed (a report belongs to its day); OK saves the severity and note."""

    def __init__(
        self,
        submit: Callable[[ReportAnswer], object],
        symptoms: Sequence[Symptom],
        today: dt.date,
        *,
        add_symptom: Callable[[str], Symptom] | None = None,
        symptom: str | None = None,
        editing: SideEffectReport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`add_symptom` adds a symptom of the patient's own (the controller's
        `add_custom_symptom`); `symptom` is the one chosen at first."""
        super().__init__(
            QCoreApplication.translate("ReportDialog", "Edit report")
            if editing
            else QCoreApplication.translate("ReportDialog", "Report a symptom"),
            submit,
            parent,
        )
        self._add_symptom = add_symptom
        self._symptoms = list(symptoms)
        self.editing = editing
        self.symptom = SymptomCombo(self._symptoms)
        # None chosen unless asked: a report of the wrong symptom is worse than a question.
        first = editing.symptom if editing is not None else symptom
        self.symptom.choose(first if first is not None else "")
        self.add_own = named(
            QPushButton(self.tr("Add your &own symptom…")),
            self.tr("Add your own symptom"),
            self.tr("A symptom that is not in the list, in your own words"),
        )
        self.date = date_edit(
            self.tr("Date of the report"),
            value=editing.reported_on if editing is not None else today,
            earliest=EARLIEST_DATE,
            latest=max(today, editing.reported_on) if editing is not None else today,
        )
        self.severity = severity_combo(
            self.tr("How bad"), editing.severity if editing is not None else 1
        )
        self.note = text_box(
            self.tr("Note"),
            editing.note if editing is not None else "",
            self.tr("Optional, up to {count} characters").format(count=MAX_NOTE_LENGTH),
        )
        symptom_row = QHBoxLayout()
        symptom_row.addWidget(self.symptom, 1)
        symptom_row.addWidget(self.add_own)
        form = QFormLayout()
        # A caption of its own: a row holding a layout gets no buddy from QFormLayout.
        caption = plain_label(self.tr("&Symptom"))
        caption.setBuddy(self.symptom)
        form.addRow(caption, symptom_row)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&How bad"), self.severity)
        form.addRow(self.tr("&Note"), self.note)
        plain_captions(form)
        if editing is not None:
            self.symptom.setEnabled(False)
            self.add_own.hide()
            self.date.setEnabled(False)
            form.addRow(
                wrapping_label(
                    self.tr(
                        "Reported on {day}: to report another day, use Report a symptom."
                    ).format(day=day_text(editing.reported_on))
                )
            )
        elif add_symptom is None:
            self.add_own.hide()
        self.ok = self.add_ok(self.tr("&Save") if editing else self.tr("&Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(wrapping_label(red_flag_note(), self.tr("About red flags")))
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.add_own.clicked.connect(self.add_own_symptom)
        # Connected once the fields hold their first values: only the patient's choices.
        self.crisis = CrisisOnce(self)
        self.symptom.currentTextChanged.connect(self._chosen)
        self.severity.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        self.crisis.chosen(self.symptom.chosen(), int(self.severity.currentData()))

    def add_own_symptom(self) -> None:
        """Ask for a name, add the symptom and choose it; a refused name is said under the
        fields and nothing is added."""
        if self._add_symptom is None:
            return
        name = ask_symptom_name(self)
        if name is None:
            return
        try:
            added = self._add_symptom(name)
        except UserInputError as exc:
            self.problem.setText(self.tr("Not added: {reason}.").format(reason=exc))
            self.problem.show()
            return
        self.problem.hide()
        if self.symptom.findData(added.id) < 0:
            self.symptom.addItem(listed_name(added), added.id)
        self.symptom.choose(added.id)
        self.severity.setFocus()

    def answer(self) -> ReportAnswer:
        symptom = self.symptom.chosen()
        if symptom is None:
            raise UserInputError(
                self.tr("choose a symptom from the list, or add your own with Add your own symptom")
            )
        return ReportAnswer(
            from_qdate(self.date.date()),
            symptom,
            int(self.severity.currentData()),
            self.note.toPlainText(),
        )

    def set_day(self, day: dt.date) -> None:
        self.date.setDate(to_qdate(day))
