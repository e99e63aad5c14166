"""The Labs page's dialog: add a result, or correct one, as printed on the lab's report.

What the patient typed is handed to a `submit` callable (the page's write through the
controller); a refusal (UserInputError: a unit that does not fit, a range the wrong way
round, a value that is not a number) keeps the dialog open with what was typed and the
reason under the fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.labs import (
    CATALOGUE,
    FLAG_HIGH,
    FLAG_LOW,
    MAX_CUSTOM_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_UNIT_LENGTH,
    Analyte,
    LabResultDraft,
    LabResultRecord,
    analyte_by_id,
    custom_id,
    number_text,
    parse_number,
)
from tracker.domain.limits import EARLIEST_DATE
from tracker.ui import names
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.dialogs import SubmittingDialog, text_box

OTHER = "other"  # the test list's "Other…" entry: a test of the patient's own
# The choices' words are shown translated (context LabResultDialog).
FASTING_CHOICES: tuple[tuple[str, bool | None], ...] = (
    (str(QT_TRANSLATE_NOOP("LabResultDialog", "Not recorded")), None),
    (str(QT_TRANSLATE_NOOP("LabResultDialog", "Yes, fasting")), True),
    (str(QT_TRANSLATE_NOOP("LabResultDialog", "No, not fasting")), False),
)
FLAG_CHOICES: tuple[tuple[str, str], ...] = (
    (str(QT_TRANSLATE_NOOP("LabResultDialog", "None")), ""),
    (str(QT_TRANSLATE_NOOP("LabResultDialog", "H (high), as printed")), FLAG_HIGH),
    (str(QT_TRANSLATE_NOOP("LabResultDialog", "L (low), as printed")), FLAG_LOW),
)


def fasting_text(fasting: bool | None) -> str:
    """The table's words: "Yes", "No", "not recorded" (a blank would read as "no")."""
    if fasting is None:
        return QCoreApplication.translate("LabResultDialog", "not recorded")
    if fasting:
        return QCoreApplication.translate("LabResultDialog", "Yes")
    return QCoreApplication.translate("LabResultDialog", "No")


def _caption(text: str, buddy: QWidget) -> QLabel:
    """A row caption for a row of several fields: its Alt+letter goes to `buddy`."""
    label = plain_label(text)
    label.setBuddy(buddy)
    return label


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class LabResultDialog(SubmittingDialog[LabResultDraft]):
    """Date, fasting, test (with "Other…" and its name), value, unit (only those that fit
    the test), the lab's range and flag, and a note."""

    def __init__(
        self,
        submit: Callable[[LabResultDraft], object],
        today: dt.date,
        *,
        custom_tests: Sequence[str] = (),
        last_units: Mapping[str, str] | None = None,
        editing: LabResultRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`custom_tests`: the ids of the patient's own tests already on record (listed after
        the catalogue); `last_units`: the unit each test was last entered in (the unit offered
        first, as the same lab tends to report the same way)."""
        super().__init__(
            QCoreApplication.translate("LabResultDialog", "Correct lab result")
            if editing
            else QCoreApplication.translate("LabResultDialog", "Add lab result"),
            submit,
            parent,
        )
        self._last_units = dict(last_units or {})
        self.date = date_edit(
            self.tr("Date the blood was taken"),
            value=editing.taken_on if editing else today,
            earliest=EARLIEST_DATE,
            latest=today,
        )
        self.fasting = named(QComboBox(), self.tr("Fasting"))
        for text, value in FASTING_CHOICES:
            self.fasting.addItem(self.tr(text), value)
        self.test = named(QComboBox(), self.tr("Test"))
        for analyte in CATALOGUE:
            self.test.addItem(names.analyte_full_name(analyte), analyte.id)
        for analyte_id in custom_tests:
            self.test.addItem(names.analyte_name(analyte_by_id(analyte_id)), analyte_id)
        self.test.addItem(self.tr("Other…"), OTHER)
        example = self.tr("As on the lab's report, e.g. Vitamin D")
        self.other_name = named(QLineEdit(), self.tr("Name of the test"), example)
        self.other_name.setMaxLength(MAX_CUSTOM_NAME_LENGTH)
        self.other_name.setPlaceholderText(example)
        self.other_caption = plain_label(self.tr("Na&me"))
        self.other_caption.setBuddy(self.other_name)
        self.value = named(
            QLineEdit(), self.tr("Value"), self.tr("As printed on the report, e.g. 150 or 1.7")
        )
        self.value.setPlaceholderText(self.tr("e.g. 150 or 1.7"))
        self.unit = named(QComboBox(), self.tr("Unit"))
        self.unit.setMinimumContentsLength(8)
        optional = self.tr("Optional, as printed")
        self.range_low = named(QLineEdit(), self.tr("Lab's range, low end"), optional)
        self.range_high = named(QLineEdit(), self.tr("Lab's range, high end"), optional)
        for edge in (self.range_low, self.range_high):
            edge.setPlaceholderText(self.tr("optional"))
            edge.setMaximumWidth(110)
        self.range_unit = plain_label("")
        self.flag = named(
            QComboBox(), self.tr("Flag"), self.tr("The lab's own flag, as printed beside the value")
        )
        for text, flag in FLAG_CHOICES:
            self.flag.addItem(self.tr(text), flag)
        self.note = text_box(
            self.tr("Note"),
            "",
            self.tr("Optional, up to {count} characters").format(count=MAX_NOTE_LENGTH),
        )

        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.unit)
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_low)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.range_high)
        range_row.addWidget(self.range_unit)
        range_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Fasting"), self.fasting)
        form.addRow(self.tr("&Test"), self.test)
        form.addRow(self.other_caption, self.other_name)
        form.addRow(_caption(self.tr("&Value"), self.value), value_row)
        form.addRow(_caption(self.tr("&Lab's range"), self.range_low), range_row)
        form.addRow(self.tr("Fla&g"), self.flag)
        form.addRow(self.tr("&Note"), self.note)
        plain_captions(form)
        # Said once, where the range and flag are typed: the app copies them, never judges.
        form.addRow(
            wrapping_label(
                self.tr(
                    "Copy the range and flag from the report as they are printed; "
                    "the app shows them beside your value and does not judge it."
                )
            )
        )
        self.ok = self.add_ok(self.tr("&Save") if editing else self.tr("&Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.test.currentIndexChanged.connect(self._test_changed)
        self.unit.currentTextChanged.connect(self._unit_changed)
        if editing is not None:
            self._fill(editing)
        else:
            self._test_changed()

    def _fill(self, record: LabResultRecord) -> None:
        _choose(self.fasting, record.fasting)
        _choose(self.test, record.analyte)
        self._test_changed()
        self._set_unit(record.unit)
        self.value.setText(number_text(record.value).replace(",", ""))
        for edge, value in (
            (self.range_low, record.range_low),
            (self.range_high, record.range_high),
        ):
            edge.setText("" if value is None else number_text(value).replace(",", ""))
        _choose(self.flag, record.flag)
        self.note.setPlainText(record.note)

    # -- the test decides the units --------------------------------------------------------

    def chosen_test(self) -> Analyte | None:
        """The catalogued or custom test chosen; None while "Other…" is."""
        chosen = self.test.currentData()
        return None if chosen == OTHER else analyte_by_id(str(chosen))

    def _test_changed(self) -> None:
        analyte = self.chosen_test()
        other = analyte is None
        self.other_name.setVisible(other)
        self.other_caption.setVisible(other)
        self.unit.clear()
        if analyte is not None and not analyte.custom:
            # Only the units that fit: a unit that does not fit cannot be picked at all.
            self.unit.setEditable(False)
            self.unit.addItems(list(analyte.units))
        else:
            # The patient's own test: any unit, as printed (those used before offered).
            self.unit.setEditable(True)
            used = sorted({u for key, u in self._last_units.items() if key.startswith("custom:")})
            self.unit.addItems(used)
            line = self.unit.lineEdit()
            assert line is not None  # editable
            line.setMaxLength(MAX_UNIT_LENGTH)
            line.setPlaceholderText(self.tr("e.g. ng/mL"))
        key = OTHER if analyte is None else analyte.id
        self._set_unit(
            self._last_units.get(key, self.unit.itemText(0) if self.unit.count() else "")
        )
        self._unit_changed(self.unit.currentText())

    def _set_unit(self, unit: str) -> None:
        index = self.unit.findText(unit)
        if index >= 0:
            self.unit.setCurrentIndex(index)
        elif self.unit.isEditable():
            self.unit.setEditText(unit)

    def _unit_changed(self, unit: str) -> None:
        self.range_unit.setText(unit)

    # -- the answer ------------------------------------------------------------------------

    def answer(self) -> LabResultDraft:
        """What was typed; UserInputError (shown in the dialog) for a value or range end
        that is not a number, or an "Other…" test without a name."""
        analyte = self.chosen_test()
        analyte_id = custom_id(self.other_name.text()) if analyte is None else analyte.id
        low_text, high_text = self.range_low.text().strip(), self.range_high.text().strip()
        return LabResultDraft(
            taken_on=from_qdate(self.date.date()),
            analyte=analyte_id,
            value=parse_number(self.value.text()),
            unit=self.unit.currentText(),
            fasting=self.fasting.currentData(),
            range_low=(
                parse_number(low_text, what=self.tr("the range's low end")) if low_text else None
            ),
            range_high=(
                parse_number(high_text, what=self.tr("the range's high end")) if high_text else None
            ),
            flag=str(self.flag.currentData()),
            note=self.note.toPlainText(),
        )
