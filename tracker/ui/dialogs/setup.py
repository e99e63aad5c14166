"""First run: the profile and the course in one short form, with the standing disclaimer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import limits
from tracker.domain.products import CATALOGUE
from tracker.domain.regimen import daily_period
from tracker.errors import UserInputError
from tracker.services.records import CourseStart, ProfileInfo
from tracker.ui.msgbox import DISCLAIMER
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate

Submit = Callable[[ProfileInfo, CourseStart], object]  # any result is ignored
PREGNANCY_CHOICES: tuple[tuple[str, bool | None], ...] = (
    ("Prefer not to say", None),
    ("Yes", True),
    ("No", False),
)


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
        self.setWindowTitle("Set up your course")
        self.name = named(QLineEdit(), "Your name", "Shown on the visit summary; optional")
        self.has_birth_date = named(QCheckBox("Give date of birth"), "Give date of birth")
        self.birth_date = named(QDateEdit(), "Date of birth")
        self.birth_date.setDisplayFormat("yyyy-MM-dd")
        self.birth_date.setDate(QDate(2000, 1, 1))
        self.birth_date.setMaximumDate(to_qdate(today))
        self.birth_date.setEnabled(False)
        self.pregnancy = named(
            QComboBox(),
            "Can you become pregnant",
            "Shows the pregnancy-prevention calendar in a later version",
        )
        for text, value in PREGNANCY_CHOICES:
            self.pregnancy.addItem(text, value)
        self.product = named(QComboBox(), "Product")
        self.product.setEditable(True)
        self.product.addItems([p.name for p in CATALOGUE])
        self.start = named(QDateEdit(), "Course start date")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setDate(to_qdate(today))
        self.start.setMaximumDate(to_qdate(today))  # a course is set up once it has begun
        self.weight = named(QDoubleSpinBox(), "Weight at the start in kilograms")
        self.weight.setRange(0, limits.MAX_WEIGHT_KG)
        self.weight.setDecimals(1)
        self.weight.setSuffix(" kg")
        self.weight.setSpecialValueText("enter your weight")
        self.dose = named(QSpinBox(), "Daily dose in mg", "The total for the day, as prescribed")
        self.dose.setRange(0, limits.MAX_DAILY_MG)
        self.dose.setSuffix(" mg")
        self.dose.setSpecialValueText("enter the dose")
        self.split = named(
            QCheckBox("Taken as a morning and an evening intake"), "Split into morning and evening"
        )
        self.target = named(
            QDoubleSpinBox(),
            "Cumulative target in mg per kg",
            "The cumulative target your prescriber set. 150 mg/kg is only filled in to start "
            "with: change it to your prescriber's figure",
        )
        self.target.setRange(limits.MIN_TARGET_MG_PER_KG, limits.MAX_TARGET_MG_PER_KG)
        self.target.setDecimals(0)
        self.target.setValue(limits.DEFAULT_TARGET_MG_PER_KG)
        self.target.setSuffix(" mg/kg")
        self.weeks = named(QSpinBox(), "Planned length in weeks")
        self.weeks.setRange(limits.MIN_PLANNED_WEEKS, limits.MAX_PLANNED_WEEKS)
        self.weeks.setValue(limits.DEFAULT_PLANNED_WEEKS)
        self.weeks.setSuffix(" weeks")
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

        disclaimer = QLabel(DISCLAIMER)
        disclaimer.setWordWrap(True)
        disclaimer.setStyleSheet("border: 1px solid #888; padding: 6px;")
        named(disclaimer, "Disclaimer")
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
        if self.weight.value() < limits.MIN_WEIGHT_KG:
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
            self._submit(*self.values())
        except UserInputError as exc:
            self.error.setText(f"Please check: {exc}.")
            return
        self.accept()
