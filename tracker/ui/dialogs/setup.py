"""First run: the profile and the course in one short form, with the standing disclaimer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import limits
from tracker.domain.products import CATALOGUE
from tracker.domain.regimen import daily_period
from tracker.errors import UserInputError
from tracker.services.records import CourseStart, ProfileInfo
from tracker.ui import msgbox
from tracker.ui.msgbox import DISCLAIMER
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate
from tracker.ui.widgets.date_edit import date_edit
from tracker.ui.widgets.mg_spinbox import MgSpinBox
from tracker.ui.widgets.number_box import DecimalNumberBox, WholeNumberBox
from tracker.ui.widgets.profile_fields import PREGNANCY_CHOICES

Submit = Callable[[ProfileInfo, CourseStart], object]  # any result is ignored
# A start further back than this is more likely a typo (2016 for 2026) than a course: ask.
DISTANT_START_DAYS = 365


def confirm_distant_start(parent: QWidget | None, started_on: dt.date, today: dt.date) -> bool:
    """True if `started_on` is within a year of `today`, or the patient confirms that it is
    right ("Start on 04 Oct 2016? That is 10 years ago: day 3,708 of the course.")."""
    days = (today - started_on).days
    if days <= DISTANT_START_DAYS:
        return True
    years = (
        today.year
        - started_on.year
        - ((today.month, today.day) < (started_on.month, started_on.day))
    )
    years = max(years, 1)
    when = started_on.strftime("%d %b %Y")
    return msgbox.confirm(
        parent,
        "Check the start date",
        f"Start on {when}? That is {years} year{'s' if years != 1 else ''} ago: "
        f"day {days + 1:,} of the course.",
        action=f"Start on {when}",
    )


def plain_captions(form: QFormLayout) -> None:
    """Show the form's row captions as plain text, like every label in the app; the
    mnemonic (&Name) still works, the label keeps its buddy."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel):
            widget.setTextFormat(Qt.TextFormat.PlainText)


class SetupDialog(QDialog):
    """Collects the profile and course start and hands them to `submit`.

    The dialog stays open, with the reason shown, if `submit` refuses them.
    """

    def __init__(
        self,
        today: dt.date,
        submit: Submit,
        parent: QWidget | None = None,
        profile: ProfileInfo | None = None,
    ) -> None:
        """`profile`: what is already stored (a second course), shown so that it is kept."""
        super().__init__(parent)
        self._submit = submit
        self._today = today
        self.setWindowTitle("Set up your course")
        self.name = named(QLineEdit(), "Your name", "Shown on the visit summary; optional")
        self.has_birth_date = named(QCheckBox("Give date of birth"), "Give date of birth")
        # Typed rather than picked: a calendar popup is years of clicks from a birth date.
        self.birth_date = date_edit("Date of birth", latest=today, popup=False)
        self.birth_date.setDate(QDate(2000, 1, 1))
        self.birth_date.setEnabled(False)
        self.pregnancy = named(
            QComboBox(),
            "Can you become pregnant",
            "Only then does the app show pregnancy prevention",
        )
        for text, value in PREGNANCY_CHOICES:
            self.pregnancy.addItem(text, value)
        self.product = named(QComboBox(), "Product")
        self.product.setEditable(True)
        self.product.addItems([p.name for p in CATALOGUE])
        # A course is set up once it has begun: no later than today.
        self.start = date_edit("Course start date", latest=today)
        self.weight = named(
            DecimalNumberBox(" kg", sample="300.5 kg"), "Weight at the start in kilograms"
        )
        self.weight.setSpecialValueText("enter your weight")
        self.dose = named(MgSpinBox(), "Daily dose in mg", "The total for the day, as prescribed")
        self.dose.setSpecialValueText("enter the dose")
        self.split = named(
            QCheckBox("Taken as a morning and an evening intake"), "Split into morning and evening"
        )
        self.target = named(
            DecimalNumberBox(" mg/kg", sample="500 mg/kg", decimals=0),
            "Cumulative target in mg per kg",
            "The cumulative target your prescriber set. 150 mg/kg is only filled in to start "
            "with: change it to your prescriber's figure",
        )
        self.target.setValue(limits.DEFAULT_TARGET_MG_PER_KG)
        self.weeks = named(WholeNumberBox(" weeks", sample="104 weeks"), "Planned length in weeks")
        self.weeks.setValue(limits.DEFAULT_PLANNED_WEEKS)
        self.prescriber = named(QLineEdit(), "Prescriber", "Optional")
        self.error = wrapping_label(name="Setup problem")
        self.error.setStyleSheet("color: #a00000; font-weight: bold;")

        form = QFormLayout()
        form.addRow("&Name", self.name)
        form.addRow(self.has_birth_date, self.birth_date)
        form.addRow("Can you become &pregnant?", self.pregnancy)
        form.addRow("P&roduct", self.product)
        form.addRow("&Start date", self.start)
        form.addRow("&Weight", self.weight)
        form.addRow("&Daily dose", self.dose)
        form.addRow("", self.split)
        form.addRow("&Target", self.target)
        form.addRow("Planned &length", self.weeks)
        form.addRow("Pr&escriber", self.prescriber)
        plain_captions(form)

        disclaimer = wrapping_label(DISCLAIMER, "Disclaimer")
        disclaimer.setStyleSheet("border: 1px solid #888; padding: 6px;")
        # The standard Ok button, renamed: the box then makes it the default, so Enter starts.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Ok), "Start tracking"
        )
        self.start_button.setText("Start trac&king")
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.has_birth_date.toggled.connect(self.birth_date.setEnabled)

        if profile is not None:
            self._show_profile(profile)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label("A few details to start. Everything stays on this computer.")
        )
        layout.addLayout(form)
        layout.addWidget(disclaimer)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _show_profile(self, profile: ProfileInfo) -> None:
        self.name.setText(profile.name)
        if profile.date_of_birth is not None:
            self.has_birth_date.setChecked(True)
            self.birth_date.setEnabled(True)
            self.birth_date.setDate(to_qdate(profile.date_of_birth))
        self.pregnancy.setCurrentIndex(
            next(
                i for i, (_, v) in enumerate(PREGNANCY_CHOICES) if v is profile.can_become_pregnant
            )
        )

    def values(self) -> tuple[ProfileInfo, CourseStart]:
        """The form as a profile and a course start; raises UserInputError if incomplete."""
        if self.weight.value() == 0:
            raise UserInputError("enter your weight in kilograms (20 to 300)")
        if self.dose.value() <= 0:
            raise UserInputError("enter the daily dose your prescriber gave you, in mg")
        started_on = from_qdate(self.start.date())
        mg = self.dose.value()
        split = (("morning", mg - mg // 2), ("evening", mg // 2)) if self.split.isChecked() else ()
        profile = ProfileInfo(
            name=self.name.text(),
            date_of_birth=from_qdate(self.birth_date.date())
            if self.has_birth_date.isChecked()
            else None,
            can_become_pregnant=self.pregnancy.currentData(),
        )
        start = CourseStart(
            started_on=started_on,
            weight_kg=self.weight.value(),
            first_period=daily_period(started_on, mg, split=split),
            product=self.product.currentText(),
            target_mg_per_kg=self.target.value(),
            planned_weeks=self.weeks.value(),
            prescriber=self.prescriber.text(),
        )
        return profile, start

    def try_accept(self) -> None:
        try:
            profile, start = self.values()
        except UserInputError as exc:
            self.error.setText(f"Please check: {exc}.")
            return
        # Asked only of a form that is otherwise complete, so one answer is enough.
        if not confirm_distant_start(self, start.started_on, self._today):
            self.error.setText("Please check the start date.")
            self.start.setFocus()
            return
        try:
            self._submit(profile, start)
        except UserInputError as exc:
            self.error.setText(f"Please check: {exc}.")
            return
        self.accept()
