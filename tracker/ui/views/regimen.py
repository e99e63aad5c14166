"""Regimen and weight: dose periods, the weight history, the doctor's target and the
course's set-up, each correctable, every removal asked first and undoable."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import limits
from tracker.domain.progress import Weighing
from tracker.domain.regimen import (
    EVENING,
    MORNING,
    DosePeriod,
    Regimen,
    alternating_period,
    daily_period,
    format_capsules,
    parse_capsules,
)
from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.services.records import CourseEdit, CourseInfo
from tracker.ui import msgbox
from tracker.ui.controller import CourseController
from tracker.ui.course_words import ended_notice
from tracker.ui.dialogs.course_details import CourseDetailsDialog
from tracker.ui.dialogs.setup import plain_captions
from tracker.ui.models.record_table import RECORD_ROLE
from tracker.ui.models.regimen_tables import PeriodTableModel, WeightTableModel
from tracker.ui.names.products import product_name
from tracker.ui.style import metrics
from tracker.ui.style.icons import Icon
from tracker.ui.views.course_view import CourseView, plain_number
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.course_calendar import from_qdate, to_qdate
from tracker.ui.widgets.date_edit import date_edit, set_date_range
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.mg_spinbox import MgSpinBox
from tracker.ui.widgets.number_box import DecimalNumberBox, WholeNumberBox
from tracker.ui.widgets.record_table import record_table

# The dose patterns, as the pattern box lists them.
DAILY, SPLIT, ALTERNATE = 0, 1, 2
PATTERNS = (
    str(QT_TRANSLATE_NOOP("RegimenView", "The same dose every day")),
    str(QT_TRANSLATE_NOOP("RegimenView", "Every day, in a morning and an evening intake")),
    str(QT_TRANSLATE_NOOP("RegimenView", "Two doses on alternate days")),
)
# Below this page width the second column (course, target, weight) goes under the dose
# periods: a window narrower than about 1,000 pixels (the navigation takes the rest).
NARROW_WIDTH = 860


def _kg_box(name: str, description: str = "", *, empty: str = "") -> DecimalNumberBox:
    """Kilograms to a tenth as typed; 20-300 kg is checked on save. `empty`: the text shown
    until a weight is typed, which the box is wide enough for."""
    box = DecimalNumberBox(" kg", sample=max("300.5 kg", empty, key=len))
    if empty:
        box.setSpecialValueText(empty)
    return named(box, name, description)


_N = TypeVar("_N", int, float)


def _changed(value: _N, shown: _N) -> _N | None:
    """`value` if the patient changed the field from what it showed, else None."""
    return None if value == shown else value


def _fields_at_natural_width(form: QFormLayout) -> None:
    # A 300 mg dose field stretched across a wide window reads as a text box; sized to
    # their contents the fields line up under each other and stay easy to scan.
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)


def _selected(table: QTableView) -> object | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].data(RECORD_ROLE) if rows else None


class RegimenView(CourseView):
    """The prescribed regimen and the weight history, both correctable.

    Every write goes through the controller, so each one is on the shared undo stack; the
    confirmation line under each form offers Undo while its change is the last one.
    """

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._course_shown: tuple[float, float, int] = (0.0, 0.0, 0)
        # The ended course's notice the period line shows, cleared once the course reopens.
        self._ended_notice = ""
        current_box = self._build_current()
        period_box = self._build_periods()
        course_box = self._build_course()
        target_box = self._build_target()
        weight_box = self._build_weights()

        self._right = QVBoxLayout()
        self._right.addWidget(course_box)
        self._right.addWidget(target_box)
        self._right.addWidget(weight_box, 1)
        self._right.setSpacing(metrics.SECTION)
        self._period_box = period_box
        # The regimen in plain words first, then its periods to correct.
        self._left = QVBoxLayout()
        self._left.setSpacing(metrics.SECTION)
        self._left.addWidget(current_box)
        self._left.addWidget(period_box, 1)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._columns.setSpacing(metrics.SECTION)
        # The page's minimum width is the narrow arrangement's (minimumSizeHint): the side by
        # side one must never force a width the window does not have.
        self._columns.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._columns.addLayout(self._left, 3)
        self._columns.addLayout(self._right, 2)

        self._set_tab_order()
        self._connect_signals()
        self.attach(controller)
        for line in (
            self.period_feedback,
            self.course_feedback,
            self.target_feedback,
            self.weight_feedback,
        ):
            line.set_undo_stack(controller.undo_stack)
        self._reset_forms()

    # -- building --------------------------------------------------------------------------

    def _build_current(self) -> Card:
        self.current_regimen = wrapping_label(name=self.tr("Current regimen"))
        self.current_regimen.setFont(metrics.scaled(self.font(), metrics.Type.TITLE, bold=True))
        self.next_regimen = wrapping_label(name=self.tr("Next change"))
        self.next_regimen.hide()
        box = Card(self.tr("Your regimen"), Icon.REGIMEN)
        box.body.addWidget(self.current_regimen)
        box.body.addWidget(self.next_regimen)
        return box

    def _build_periods(self) -> Card:
        self.periods = PeriodTableModel(self)
        self.period_table = record_table(self.tr("Dose periods"))
        self.period_table.setModel(self.periods)
        self.period_from = date_edit(self.tr("New dose from"))
        self.pattern = named(QComboBox(), self.tr("Dose pattern"))
        self.pattern.addItems([self.tr(pattern) for pattern in PATTERNS])
        self.first_mg = named(MgSpinBox(), self.tr("Daily dose"), self.tr("0 mg means a pause"))
        self.second_mg = named(MgSpinBox(), self.tr("Dose on the other days"))
        self.morning_mg = named(
            MgSpinBox(suffix=self.tr(" mg in the morning")),
            self.tr("Morning intake"),
            self.tr("The evening intake is the rest of the day's dose"),
        )
        self.capsules = named(
            QLineEdit(),
            self.tr("Capsule strengths"),
            self.tr("Optional: the capsules making up the dose"),
        )
        self.capsules.setPlaceholderText(self.tr("optional, e.g. 40+20"))
        self.add_period_button = named(
            QPushButton(self.tr("&Add dose period")), self.tr("Add dose period")
        )
        self.remove_period_button = named(
            QPushButton(self.tr("&Remove selected period…")), self.tr("Remove selected period")
        )
        self.period_feedback = FeedbackLine(self.tr("Dose period result"))
        self._period_form = QFormLayout()
        form = self._period_form
        form.addRow(self.tr("Fro&m"), self.period_from)
        form.addRow(self.tr("&Pattern"), self.pattern)
        form.addRow(self.tr("Dose a da&y"), self.first_mg)
        # One of the three rows below shows, for the pattern chosen: the buttons under the
        # form stay where they are whichever pattern it is.
        form.addRow(self.tr("&Other days"), self.second_mg)
        form.addRow(self.tr("Morn&ing"), self.morning_mg)
        form.addRow(self.tr("&Capsules"), self.capsules)
        _fields_at_natural_width(form)
        self.capsules.setMinimumWidth(self.pattern.sizeHint().width() // 2)
        # A line edit is a pixel shorter than a spin box in some styles: same height for all.
        alternatives = (self.second_mg, self.morning_mg, self.capsules)
        height = max(field.sizeHint().height() for field in alternatives)
        for field in alternatives:
            field.setMinimumHeight(height)
        plain_captions(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_period_button)
        buttons.addWidget(self.remove_period_button)
        buttons.addStretch()
        box = Card(self.tr("Dose periods (as prescribed)"))
        layout = box.body
        layout.addWidget(
            wrapping_label(
                self.tr(
                    "Each period runs until the next one starts. Select one to copy it into "
                    "the form; adding a period on the same date replaces it."
                )
            )
        )
        layout.addWidget(self.period_table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.period_feedback)
        return box

    def _build_course(self) -> Card:
        self.course_summary = wrapping_label(name=self.tr("Course details"))
        self.details_button = named(
            QPushButton(self.tr("Course &details…")), self.tr("Course details")
        )
        self.course_feedback = FeedbackLine(self.tr("Course details result"))
        box = Card(self.tr("Course"))
        layout = box.body
        layout.addWidget(self.course_summary)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.course_feedback)
        return box

    def _build_target(self) -> Card:
        self.target = named(
            DecimalNumberBox(" mg/kg", sample="500 mg/kg", decimals=0),
            self.tr("Target in mg per kg"),
        )
        self.reference_weight = _kg_box(
            self.tr("Reference weight"),
            self.tr(
                "The weight the cumulative mg/kg is divided by; it follows a corrected "
                "start-day weight unless you set it here"
            ),
        )
        self.planned_weeks = named(
            WholeNumberBox(self.tr(" weeks"), sample=self.tr("104 weeks")),
            self.tr("Planned length in weeks"),
        )
        self.save_course_button = named(
            QPushButton(self.tr("&Save target and plan")), self.tr("Save target and plan")
        )
        self.target_feedback = FeedbackLine(self.tr("Target result"))
        form = QFormLayout()
        form.addRow(self.tr("&Target (from your doctor)"), self.target)
        form.addRow(self.tr("Refere&nce weight"), self.reference_weight)
        form.addRow(self.tr("Planned &length"), self.planned_weeks)
        _fields_at_natural_width(form)
        plain_captions(form)
        box = Card(self.tr("Target and plan"), Icon.STANDING)
        layout = box.body
        layout.addLayout(form)
        layout.addWidget(self.save_course_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.target_feedback)
        return box

    def _build_weights(self) -> Card:
        self.weights = WeightTableModel(self)
        self.weight_table = record_table(self.tr("Weight history"))
        self.weight_table.setModel(self.weights)
        self.weight_date = date_edit(self.tr("Weight date"))
        # Empty until typed or picked from the table: a weight the patient did not measure
        # must not be one click away from being recorded.
        self.weight_kg = _kg_box(self.tr("Weight in kilograms"), empty=self.tr("enter the weight"))
        self.add_weight_button = named(
            QPushButton(self.tr("Record &weight")), self.tr("Record weight")
        )
        self.remove_weight_button = named(
            QPushButton(self.tr("Remo&ve selected weight…")), self.tr("Remove selected weight")
        )
        self.weight_feedback = FeedbackLine(self.tr("Weight result"))
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.weight_date)
        form.addRow(self.tr("&Body weight"), self.weight_kg)
        _fields_at_natural_width(form)
        plain_captions(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_weight_button)
        buttons.addWidget(self.remove_weight_button)
        buttons.addStretch()
        box = Card(self.tr("Weight"))
        layout = box.body
        layout.addWidget(
            wrapping_label(
                self.tr("Select a reading to correct it: recording a date again replaces it.")
            )
        )
        layout.addWidget(self.weight_table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.weight_feedback)
        return box

    def _set_tab_order(self) -> None:
        """Tab follows the page as it reads: the first Tab lands on the periods table, and
        each form's buttons come right after its fields."""
        chain: list[QWidget] = [
            self.period_table,
            self.period_from,
            self.pattern,
            self.first_mg,
            self.second_mg,
            self.morning_mg,
            self.capsules,
            self.add_period_button,
            self.remove_period_button,
            self.period_feedback.undo_link,
            self.details_button,
            self.course_feedback.undo_link,
            self.target,
            self.reference_weight,
            self.planned_weeks,
            self.save_course_button,
            self.target_feedback.undo_link,
            self.weight_table,
            self.weight_date,
            self.weight_kg,
            self.add_weight_button,
            self.remove_weight_button,
            self.weight_feedback.undo_link,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        # The page itself never takes focus: Tab into it goes to its first control.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.period_table)

    def _connect_signals(self) -> None:
        self.pattern.currentIndexChanged.connect(self._sync_pattern)
        self.first_mg.valueChanged.connect(self._suggest_morning)
        self.period_table.selectionModel().selectionChanged.connect(self._on_period_selected)
        self.weight_table.selectionModel().selectionChanged.connect(self._on_weight_selected)
        self.add_period_button.clicked.connect(self.add_period)
        self.remove_period_button.clicked.connect(self.remove_selected_period)
        self.details_button.clicked.connect(self.edit_course_details)
        self.save_course_button.clicked.connect(self.save_course)
        self.add_weight_button.clicked.connect(self.record_weight)
        self.remove_weight_button.clicked.connect(self.remove_selected_weight)

    def _reset_forms(self) -> None:
        today = to_qdate(self.controller.services.clock.today())
        self.period_from.setDate(today)
        self.weight_date.setDate(today)
        self._sync_pattern()

    # -- layout ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        side_by_side = (
            self._left.minimumSize().width()
            + self._right.minimumSize().width()
            + self._columns.spacing()
            + self._columns.contentsMargins().left()
            + self._columns.contentsMargins().right()
        )
        # A large font can need more than NARROW_WIDTH for two columns: then stack them too.
        narrow = event.size().width() < max(NARROW_WIDTH, side_by_side)
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the columns one above the other: a scroll area gives the page no
        less, so a narrow window gets the stacked columns instead of a page cut off."""
        hint = super().minimumSizeHint()
        margins = self._columns.contentsMargins()
        stacked = max(self._left.minimumSize().width(), self._right.minimumSize().width())
        return QSize(min(hint.width(), stacked + margins.left() + margins.right()), hint.height())

    def is_narrow(self) -> bool:
        """Whether the second column is shown under the first (a narrow window)."""
        return self._columns.direction() == QBoxLayout.Direction.TopToBottom

    # -- the period form -------------------------------------------------------------------

    def _sync_pattern(self) -> None:
        """Show only the fields the chosen pattern uses (hidden, not greyed out)."""
        pattern = self.pattern.currentIndex()
        form = self._period_form
        form.setRowVisible(self.second_mg, pattern == ALTERNATE)
        form.setRowVisible(self.morning_mg, pattern == SPLIT)
        form.setRowVisible(self.capsules, pattern == DAILY)
        caption = form.labelForField(self.first_mg)
        if isinstance(caption, QLabel):
            caption.setText(
                self.tr("First da&y") if pattern == ALTERNATE else self.tr("Dose a da&y")
            )
        self.first_mg.setAccessibleName(
            self.tr("Dose on the first day") if pattern == ALTERNATE else self.tr("Daily dose")
        )
        self._suggest_morning()

    def _suggest_morning(self) -> None:
        # Halves to start with; any division goes. Only a morning part that no longer fits
        # the day's dose is replaced, so a figure the patient typed stays.
        dose = self.first_mg.value()
        if self.pattern.currentIndex() == SPLIT and not 0 < self.morning_mg.value() < dose:
            self.morning_mg.setValue(dose - dose // 2)

    def _period_from_form(self) -> DosePeriod:
        starts_on = from_qdate(self.period_from.date())
        pattern = self.pattern.currentIndex()
        if pattern == ALTERNATE:
            return alternating_period(starts_on, [self.first_mg.value(), self.second_mg.value()])
        mg = limits.check_daily_mg(self.first_mg.value())
        if pattern == SPLIT:
            morning = self.morning_mg.value()
            if not 0 < morning < mg:
                raise UserInputError(
                    self.tr(
                        "the morning intake must be more than 0 and less than the {mg} mg a day"
                    ).format(mg=mg)
                )
            return daily_period(starts_on, mg, split=((MORNING, morning), (EVENING, mg - morning)))
        capsules = parse_capsules(self.capsules.text())
        if capsules and not mg:
            # Not dropped silently: the patient typed capsules for a day with none.
            raise UserInputError(
                self.tr("a pause (0 mg) has no capsules; clear the capsules field")
            )
        return daily_period(starts_on, mg, capsules_mg=capsules)

    def _show_period(self, period: DosePeriod) -> None:
        """Copy a period into the form, to adjust and add again (which replaces it)."""
        self.period_from.setDate(to_qdate(period.starts_on))
        totals = period.daily_totals
        if len(totals) == 2:
            self.pattern.setCurrentIndex(ALTERNATE)
            self.first_mg.setValue(totals[0])
            self.second_mg.setValue(totals[1])
            return
        if len(totals) > 2:  # a longer cycle (from the command line): the form cannot show it
            return
        intakes = period.cycle[0].intakes
        if len(intakes) == 2:
            self.pattern.setCurrentIndex(SPLIT)
            self.first_mg.setValue(totals[0])
            self.morning_mg.setValue(intakes[0].mg)
            return
        self.pattern.setCurrentIndex(DAILY)
        self.first_mg.setValue(totals[0])
        self.capsules.setText(format_capsules(intakes[0].capsules_mg) if intakes else "")

    def _on_period_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            period = indexes[0].data(RECORD_ROLE)
            if isinstance(period, DosePeriod):
                self._show_period(period)

    # -- period actions --------------------------------------------------------------------

    def add_period(self) -> None:
        try:
            period = self._period_from_form()
            replaced = self.periods.starting_on(period.starts_on)
            self.controller.set_dose_period(period)
        except UserInputError as exc:
            self.period_feedback.show_message(self.tr("Not saved: {error}").format(error=exc))
            return
        if replaced is None:
            saved = self.tr("Saved: from {day}, {period}.")
        else:
            saved = self.tr("Saved: from {day}, {period} (was {before}).")
        self.period_feedback.show_change(
            saved.format(
                day=fmt.day(period.starts_on),
                period=period.describe(),
                before=replaced.describe() if replaced is not None else "",
            )
        )

    def remove_selected_period(self) -> None:
        period = _selected(self.period_table)
        if not isinstance(period, DosePeriod):
            self.period_feedback.show_message(self.tr("Select a dose period to remove."))
            return
        course = self.controller.services.course.active_course()
        if course is not None and period.starts_on == course.started_on:
            # Said before asking: a question that can only end in a refusal wastes a click.
            self.period_feedback.show_message(
                self.tr(
                    "Not removed: the first dose period cannot be removed; set a new dose "
                    "from the start date ({day}) to change it."
                ).format(day=fmt.day(course.started_on))
            )
            return
        day, described = fmt.day(period.starts_on), period.describe()
        question = self.tr("Remove the dose period from {day} ({period})?")
        if not msgbox.confirm(
            self,
            self.tr("Remove dose period"),
            question.format(day=day, period=described),
            self.tr("Remove"),
        ):
            return
        try:
            self.controller.remove_dose_period(period.starts_on)
        except UserInputError as exc:
            self.period_feedback.show_message(self.tr("Not removed: {error}").format(error=exc))
            return
        self.period_feedback.show_change(
            self.tr("Removed the period from {day} ({period}).").format(day=day, period=described)
        )

    # -- course details and target ---------------------------------------------------------

    def edit_course_details(self) -> None:
        """Open the course details (start date, product, prescriber, profile)."""
        try:
            saved = CourseDetailsDialog.edit(self, self.controller)
        except UserInputError as exc:
            self.course_feedback.show_message(self.tr("Not available: {error}").format(error=exc))
            return
        if saved:
            self.course_feedback.show_change(self.tr("Saved: {what}.").format(what=saved))

    def save_course(self) -> None:
        # Only the fields the patient changed: a stored 137.5 mg/kg shows as 138 and must not
        # be rewritten as 138 because the planned length was edited.
        shown = self._course_shown
        edit = CourseEdit(
            target_mg_per_kg=_changed(self.target.value(), shown[0]),
            reference_weight_kg=_changed(self.reference_weight.value(), shown[1]),
            planned_weeks=_changed(self.planned_weeks.value(), shown[2]),
        )
        if edit == CourseEdit():
            self.target_feedback.show_message(
                self.tr("Nothing to save: these are the stored figures.")
            )
            return
        try:
            self.controller.update_course(edit)
        except UserInputError as exc:
            self.target_feedback.show_message(self.tr("Not saved: {error}").format(error=exc))
            return
        self.target_feedback.show_change(
            self.tr(
                "Saved: target {target} mg/kg, reference weight {weight}, %n week(s).",
                "",
                self.planned_weeks.value(),
            ).format(
                target=plain_number(self.target.value()),
                weight=fmt.kg(self.reference_weight.value()),
            )
        )

    # -- weights ---------------------------------------------------------------------------

    def _on_weight_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            reading = indexes[0].data(RECORD_ROLE)
            if isinstance(reading, Weighing):
                self.weight_date.setDate(to_qdate(reading.measured_on))
                self.weight_kg.setValue(reading.kg)

    def record_weight(self) -> None:
        day = from_qdate(self.weight_date.date())
        kg = self.weight_kg.value()
        if kg == 0:
            self.weight_feedback.show_message(self.tr("Not saved: enter the weight in kilograms."))
            return
        before = self.weights.on(day)
        if before is not None and before.kg == kg:
            self.weight_feedback.show_message(
                self.tr("Nothing to change: {kg} is already recorded on {day}.").format(
                    kg=fmt.kg(kg), day=fmt.day(day)
                )
            )
            return
        try:
            self.controller.record_weight(day, kg)
        except UserInputError as exc:
            self.weight_feedback.show_message(self.tr("Not saved: {error}").format(error=exc))
            return
        if before is None:
            self.weight_feedback.show_change(
                self.tr("Saved: {kg} on {day}.").format(kg=fmt.kg(kg), day=fmt.day(day))
            )
        else:
            self.weight_feedback.show_change(
                self.tr("Corrected: {kg} on {day} (was {before}).").format(
                    kg=fmt.kg(kg), day=fmt.day(day), before=fmt.kg(before.kg)
                )
            )

    def remove_selected_weight(self) -> None:
        reading = _selected(self.weight_table)
        if not isinstance(reading, Weighing):
            self.weight_feedback.show_message(self.tr("Select a weight to remove."))
            return
        fields = {"kg": fmt.kg(reading.kg), "day": fmt.day(reading.measured_on)}
        if not msgbox.confirm(
            self,
            self.tr("Remove weight"),
            self.tr("Remove the weight of {kg} on {day}?").format(**fields),
            self.tr("Remove"),
        ):
            return
        try:
            self.controller.remove_weight(reading.measured_on)
        except UserInputError as exc:
            self.weight_feedback.show_message(self.tr("Not removed: {error}").format(error=exc))
            return
        self.weight_feedback.show_change(
            self.tr("Removed the weight of {kg} on {day}.").format(**fields)
        )

    # -- display ---------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self.controller.services
        course = services.course.current_course()  # an ended course stays readable
        if course is None:
            return
        today = services.clock.today()
        regimen = services.course.regimen()
        self._show_ended(course)
        self.periods.set_rows(list(reversed(regimen.periods)))
        history = services.weights.history()
        self.weights.set_rows(list(reversed(history)))
        self.target.setValue(course.target_mg_per_kg)
        self.reference_weight.setValue(course.reference_weight_kg)
        self.planned_weeks.setValue(course.planned_weeks)
        # What the fields show once rounded for display, to tell an edit from no edit.
        self._course_shown = (
            self.target.value(),
            self.reference_weight.value(),
            self.planned_weeks.value(),
        )
        self._show_course(course, today)
        self._show_current(regimen, course, today)
        # The calendars offer only the days the services accept.
        set_date_range(self.period_from, course.started_on, None)
        set_date_range(self.weight_date, course.started_on, today)
        if self.first_mg.value() == 0:
            self.first_mg.setValue(regimen.scheduled_mg(today))

    def _show_current(self, regimen: Regimen, course: CourseInfo, today: dt.date) -> None:
        """The regimen in plain words: what is taken now and since when, then the next
        change already entered, if any."""
        day = min(today, course.ended_on) if course.ended_on is not None else today
        current = regimen.period_on(day)
        if current is None:  # the course starts later: its first period
            current = regimen.periods[0] if regimen.periods else None
        if current is None:
            self.current_regimen.setText(
                self.tr("No dose period yet: add the one your doctor gave.")
            )
        elif course.ended_on is not None:
            self.current_regimen.setText(
                self.tr("{regimen} until the course ended on {day}.").format(
                    regimen=current.describe().capitalize(), day=fmt.day(course.ended_on)
                )
            )
        else:
            since = (
                self.tr("{regimen} since {day}.")
                if current.starts_on <= today
                else self.tr("{regimen} from {day}.")
            )
            self.current_regimen.setText(
                since.format(
                    regimen=current.describe().capitalize(), day=fmt.day(current.starts_on)
                )
            )
        later = [p for p in regimen.periods if p.starts_on > max(day, course.started_on)]
        if later and course.ended_on is None:
            following = later[0]
            self.next_regimen.setText(
                self.tr("Then from {day}: {regimen}.").format(
                    day=fmt.day(following.starts_on), regimen=following.describe()
                )
            )
        self.next_regimen.setVisible(bool(later) and course.ended_on is None)

    def _show_course(self, course: CourseInfo, today: dt.date) -> None:
        prescriber = course.prescriber or self.tr("not given")
        day = (today - course.started_on).days + 1
        if course.ended_on is None:
            when = self.tr("Started on {start} (today is day {day})").format(
                start=fmt.day(course.started_on), day=fmt.number(day)
            )
        else:
            when = self.tr("Ran from {start} to {end}").format(
                start=fmt.day(course.started_on), end=fmt.day(course.ended_on)
            )
        self.course_summary.setText(
            "\n".join(
                (
                    self.tr("Product: {product}").format(product=product_name(course.product)),
                    self.tr("Prescriber: {prescriber}").format(prescriber=prescriber),
                    when,
                )
            )
        )

    def _show_ended(self, course: CourseInfo) -> None:
        """An ended course's regimen and target are shown, not changed (weights stay open:
        a reading belongs to the patient, not to a course)."""
        open_ = course.ended_on is None
        for widget in (
            self.period_from,
            self.pattern,
            self.first_mg,
            self.second_mg,
            self.morning_mg,
            self.capsules,
            self.add_period_button,
            self.remove_period_button,
            self.details_button,
            self.target,
            self.reference_weight,
            self.planned_weeks,
            self.save_course_button,
        ):
            widget.setEnabled(open_)
        if not open_:
            self._ended_notice = ended_notice(course)
            self.period_feedback.show_message(self._ended_notice)
        elif self._ended_notice and self.period_feedback.text() == self._ended_notice:
            self.period_feedback.clear()  # reopened since
            self._ended_notice = ""
