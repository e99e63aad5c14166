"""Regimen and weight: dose periods, the weight history and the doctor's target."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import limits
from tracker.domain.regimen import (
    DosePeriod,
    alternating_period,
    daily_period,
    parse_capsules,
)
from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.services.records import CourseEdit
from tracker.ui.controller import CourseController
from tracker.ui.models.record_table import RECORD_ROLE
from tracker.ui.models.regimen_tables import PeriodTableModel, WeightTableModel
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate

DAILY, ALTERNATE = 0, 1


def _table(name: str) -> QTableView:
    table = named(QTableView(), name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RegimenView(CourseView):
    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        # -- dose periods
        self.periods = PeriodTableModel(self)
        self.period_table = _table("Dose periods")
        self.period_table.setModel(self.periods)
        self.period_from = named(QDateEdit(), "New dose from")
        self.period_from.setCalendarPopup(True)
        self.period_from.setDisplayFormat("yyyy-MM-dd")
        self.pattern = named(QComboBox(), "Dose pattern")
        self.pattern.addItems(["The same dose every day", "Two doses on alternate days"])
        self.first_mg = named(QSpinBox(), "Daily dose", "0 mg means a pause")
        self.second_mg = named(QSpinBox(), "Dose on the other days")
        for spin in (self.first_mg, self.second_mg):
            spin.setRange(0, limits.MAX_DAILY_MG)
            spin.setSuffix(" mg")
        self.split = named(
            QCheckBox("Split into a morning and an evening intake"),
            "Split into morning and evening",
        )
        self.morning_mg = named(
            QSpinBox(), "Morning intake", "The evening intake is the rest of the day's dose"
        )
        self.morning_mg.setRange(0, limits.MAX_DAILY_MG)
        self.morning_mg.setSuffix(" mg in the morning")
        self.capsules = named(
            QLineEdit(), "Capsule strengths", "Optional: the capsules making up the dose"
        )
        self.capsules.setPlaceholderText("optional, e.g. 40+20")
        self.add_period_button = named(QPushButton("&Add dose period"), "Add dose period")
        self.remove_period_button = named(
            QPushButton("&Remove selected period"), "Remove selected period"
        )
        self.period_feedback = wrapping_label(name="Dose period result")
        period_form = QFormLayout()
        period_form.addRow("Fro&m", self.period_from)
        period_form.addRow("&Pattern", self.pattern)
        period_form.addRow("&Dose", self.first_mg)
        period_form.addRow("&Other days", self.second_mg)
        period_form.addRow("", self.split)
        period_form.addRow("", self.morning_mg)
        period_form.addRow("&Capsules", self.capsules)
        period_buttons = QHBoxLayout()
        period_buttons.addWidget(self.add_period_button)
        period_buttons.addWidget(self.remove_period_button)
        period_buttons.addStretch()
        period_box = QGroupBox("Dose periods (as prescribed)")
        period_layout = QVBoxLayout(period_box)
        period_layout.addWidget(self.period_table)
        period_layout.addLayout(period_form)
        period_layout.addLayout(period_buttons)
        period_layout.addWidget(self.period_feedback)

        # -- weights
        self.weights = WeightTableModel(self)
        self.weight_table = _table("Weight history")
        self.weight_table.setModel(self.weights)
        self.weight_date = named(QDateEdit(), "Weight date")
        self.weight_date.setCalendarPopup(True)
        self.weight_date.setDisplayFormat("yyyy-MM-dd")
        self.weight_kg = named(QDoubleSpinBox(), "Weight in kilograms")
        self.weight_kg.setRange(limits.MIN_WEIGHT_KG, limits.MAX_WEIGHT_KG)
        self.weight_kg.setDecimals(1)
        self.weight_kg.setSuffix(" kg")
        self.add_weight_button = named(QPushButton("Record &weight"), "Record weight")
        self.weight_feedback = wrapping_label(name="Weight result")
        weight_form = QFormLayout()
        weight_form.addRow("Date", self.weight_date)
        weight_form.addRow("We&ight", self.weight_kg)
        weight_box = QGroupBox("Weight")
        weight_layout = QVBoxLayout(weight_box)
        weight_layout.addWidget(self.weight_table)
        weight_layout.addLayout(weight_form)
        weight_layout.addWidget(self.add_weight_button)
        weight_layout.addWidget(self.weight_feedback)

        # -- target
        self.target = named(QDoubleSpinBox(), "Target in mg per kg")
        self.target.setRange(limits.MIN_TARGET_MG_PER_KG, limits.MAX_TARGET_MG_PER_KG)
        self.target.setDecimals(0)
        self.target.setSuffix(" mg/kg")
        self.reference_weight = named(
            QDoubleSpinBox(), "Reference weight", "The weight the cumulative mg/kg is divided by"
        )
        self.reference_weight.setRange(limits.MIN_WEIGHT_KG, limits.MAX_WEIGHT_KG)
        self.reference_weight.setDecimals(1)
        self.reference_weight.setSuffix(" kg")
        self.planned_weeks = named(QSpinBox(), "Planned length in weeks")
        self.planned_weeks.setRange(limits.MIN_PLANNED_WEEKS, limits.MAX_PLANNED_WEEKS)
        self.planned_weeks.setSuffix(" weeks")
        self.prescriber = named(QLineEdit(), "Prescriber")
        self.save_course_button = named(
            QPushButton("&Save target and plan"), "Save target and plan"
        )
        self.course_feedback = wrapping_label(name="Target result")
        course_form = QFormLayout()
        course_form.addRow("&Target (from your doctor)", self.target)
        course_form.addRow("Refere&nce weight", self.reference_weight)
        course_form.addRow("Planned &length", self.planned_weeks)
        course_form.addRow("Pr&escriber", self.prescriber)
        course_box = QGroupBox("Target and plan")
        course_layout = QVBoxLayout(course_box)
        course_layout.addLayout(course_form)
        course_layout.addWidget(self.save_course_button)
        course_layout.addWidget(self.course_feedback)

        right = QVBoxLayout()
        right.addWidget(course_box)
        right.addWidget(weight_box, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(period_box, 3)
        layout.addLayout(right, 2)
        self._connect_signals()
        self.attach(controller)
        self._reset_forms()

    def _connect_signals(self) -> None:
        self.pattern.currentIndexChanged.connect(self._sync_pattern)
        self.split.toggled.connect(self._sync_pattern)
        self.add_period_button.clicked.connect(self.add_period)
        self.remove_period_button.clicked.connect(self.remove_selected_period)
        self.add_weight_button.clicked.connect(self.record_weight)
        self.save_course_button.clicked.connect(self.save_course)

    def _reset_forms(self) -> None:
        today = to_qdate(self.controller.services.clock.today())
        self.period_from.setDate(today)
        self.weight_date.setDate(today)
        self.weight_date.setMaximumDate(today)
        self._sync_pattern()

    def _sync_pattern(self) -> None:
        alternate = self.pattern.currentIndex() == ALTERNATE
        self.second_mg.setEnabled(alternate)
        split = not alternate and self.split.isChecked()
        self.split.setEnabled(not alternate)
        self.morning_mg.setEnabled(split)
        self.capsules.setEnabled(not alternate and not split)
        if split and self.morning_mg.value() == 0:
            dose = self.first_mg.value()
            self.morning_mg.setValue(dose - dose // 2)  # halves to start with; any split goes

    def refresh(self) -> None:
        services = self.controller.services
        course = services.course.active_course()
        if course is None:
            return
        regimen = services.course.regimen()
        self.periods.set_rows(list(reversed(regimen.periods)))
        history = services.weights.history()
        self.weights.set_rows(list(reversed(history)))
        if history and self.weight_kg.value() == self.weight_kg.minimum():
            self.weight_kg.setValue(history[-1].kg)  # start from the last reading
        self.target.setValue(course.target_mg_per_kg)
        self.reference_weight.setValue(course.reference_weight_kg)
        self.planned_weeks.setValue(course.planned_weeks)
        self.prescriber.setText(course.prescriber)
        self.period_from.setMinimumDate(to_qdate(course.started_on))
        today_mg = regimen.scheduled_mg(services.clock.today())
        if self.first_mg.value() == 0:
            self.first_mg.setValue(today_mg)

    def _period_from_form(self) -> DosePeriod:
        starts_on = from_qdate(self.period_from.date())
        if self.pattern.currentIndex() == ALTERNATE:
            return alternating_period(starts_on, [self.first_mg.value(), self.second_mg.value()])
        mg = self.first_mg.value()
        split: tuple[tuple[str, int], ...] = ()
        if self.split.isChecked() and mg:
            morning = self.morning_mg.value()
            if not 0 < morning < mg:
                raise UserInputError(
                    f"the morning intake must be more than 0 and less than the {mg} mg a day"
                )
            split = (("morning", morning), ("evening", mg - morning))
        capsules = parse_capsules(self.capsules.text()) if self.capsules.isEnabled() else ()
        return daily_period(starts_on, mg, split=split, capsules_mg=capsules)

    def add_period(self) -> None:
        try:
            period = self._period_from_form()
            self.controller.set_dose_period(period)
        except UserInputError as exc:
            self.period_feedback.setText(f"Not saved: {exc}")
            return
        self.period_feedback.setText(
            f"Saved: from {fmt.day(period.starts_on)}, {period.describe()}."
        )

    def remove_selected_period(self) -> None:
        selected = self.period_table.selectionModel().selectedRows()
        if not selected:
            self.period_feedback.setText("Select a dose period to remove.")
            return
        period: DosePeriod = selected[0].data(RECORD_ROLE)
        try:
            self.controller.remove_dose_period(period.starts_on)
        except UserInputError as exc:
            self.period_feedback.setText(f"Not removed: {exc}")
            return
        self.period_feedback.setText(f"Removed the period from {fmt.day(period.starts_on)}.")

    def record_weight(self) -> None:
        day = from_qdate(self.weight_date.date())
        try:
            self.controller.record_weight(day, self.weight_kg.value())
        except UserInputError as exc:
            self.weight_feedback.setText(f"Not saved: {exc}")
            return
        self.weight_feedback.setText(f"Saved: {fmt.kg(self.weight_kg.value())} on {fmt.day(day)}.")

    def save_course(self) -> None:
        try:
            self.controller.update_course(
                CourseEdit(
                    target_mg_per_kg=self.target.value(),
                    reference_weight_kg=self.reference_weight.value(),
                    planned_weeks=self.planned_weeks.value(),
                    prescriber=self.prescriber.text(),
                )
            )
        except UserInputError as exc:
            self.course_feedback.setText(f"Not saved: {exc}")
            return
        self.course_feedback.setText("Saved.")
