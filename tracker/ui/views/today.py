"""Today: log the day's dose in one action and see where the course stands."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.doselog import DoseStatus
from tracker.domain.limits import MAX_DAILY_MG
from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.services.records import CourseStatus, LogRequest
from tracker.ui.controller import CourseController
from tracker.ui.dialogs.log_day import ClearEntry, LogDayDialog
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.food_choice import FoodChoice

# The bar counts tenths of a percent so that early progress (0.6%) still moves it.
BAR_SCALE = 10


class TodayView(CourseView):
    """Signals:
    figures_shown(): the figures on screen were (re)computed from the store.
    """

    figures_shown = Signal()

    def __init__(
        self, controller: CourseController | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._status: CourseStatus | None = None
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._on_midnight)

        self.heading = named(QLabel(), "Course day")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)

        # -- today's dose
        self.scheduled = wrapping_label(name="Scheduled dose")
        self.entry_state = wrapping_label(name="Today's entry")
        self.mg = named(
            QSpinBox(),
            "Milligrams taken today",
            "Less than scheduled is recorded as a partial dose",
        )
        self.mg.setRange(0, MAX_DAILY_MG)
        self.mg.setSuffix(" mg")
        self.mg.setSpecialValueText("mg taken?")  # 0: nothing scheduled, nothing assumed
        self.with_food = named(FoodChoice(), "Taken with a meal")
        self.note = named(QLineEdit(), "Note for today")
        self.note.setPlaceholderText("Note (optional)")
        self.log_button = named(QPushButton("&Log as taken"), "Log today's dose as taken", "Ctrl+L")
        self.log_button.setDefault(True)
        self.missed_button = named(
            QPushButton("Mi&ssed"), "Log today as missed", "Forgot today's dose"
        )
        self.skipped_button = named(
            QPushButton("S&kipped"), "Log today as skipped", "Left out on purpose"
        )
        self.feedback = wrapping_label(name="Log result")

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.mg)
        entry_row.addWidget(self.with_food)
        entry_row.addWidget(self.note, 1)
        button_row = QHBoxLayout()
        button_row.addWidget(self.log_button)
        button_row.addWidget(self.missed_button)
        button_row.addWidget(self.skipped_button)
        button_row.addStretch()
        dose_box = QGroupBox("Today's dose")
        dose_layout = QVBoxLayout(dose_box)
        dose_layout.addWidget(self.scheduled)
        dose_layout.addWidget(self.entry_state)
        dose_layout.addLayout(entry_row)
        dose_layout.addLayout(button_row)
        dose_layout.addWidget(self.feedback)
        self._dose_box = dose_box

        # -- progress
        self.cumulative = wrapping_label(name="Cumulative dose")
        self.bar = named(QProgressBar(), "Progress to the target")
        self.bar.setRange(0, 100 * BAR_SCALE)
        self.bar.setTextVisible(True)
        self.target = wrapping_label(name="Target")
        self.projection = wrapping_label(name="Projected date")
        self.day_counts = wrapping_label(name="Day counts")
        progress_box = QGroupBox("Course so far")
        progress_layout = QVBoxLayout(progress_box)
        for widget in (self.cumulative, self.bar, self.target, self.projection, self.day_counts):
            progress_layout.addWidget(widget)

        # -- unlogged days
        self.unlogged = named(QListWidget(), "Days not logged")
        self.unlogged.setMaximumHeight(120)
        self.fill_in_button = named(QPushButton("Fill &in selected day…"), "Fill in selected day")
        self.unlogged_box = QGroupBox("Earlier days not logged yet")
        unlogged_layout = QVBoxLayout(self.unlogged_box)
        unlogged_layout.addWidget(
            wrapping_label(
                "A day without an entry is never counted as taken. "
                "Double-click a day to fill it in."
            )
        )
        unlogged_layout.addWidget(self.unlogged)
        unlogged_layout.addWidget(self.fill_in_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(dose_box)
        layout.addWidget(progress_box)
        layout.addWidget(self.unlogged_box)
        layout.addStretch()
        self._connect_signals()
        self._sync_actions()
        if controller is not None:
            self.attach(controller)

    def _connect_signals(self) -> None:
        self.log_button.clicked.connect(self.log_taken)
        self.missed_button.clicked.connect(lambda: self._log_other(DoseStatus.MISSED))
        self.skipped_button.clicked.connect(lambda: self._log_other(DoseStatus.SKIPPED))
        self.fill_in_button.clicked.connect(self._fill_in_selected)
        self.unlogged.itemActivated.connect(
            lambda _item: self._fill_in_selected() if self.attached else None
        )

    def attach(self, controller: CourseController) -> None:
        super().attach(controller)
        self._sync_actions()

    def _sync_actions(self) -> None:
        """Logging waits for the store; until then the page shows a read-only preview."""
        for widget in (
            self.log_button,
            self.missed_button,
            self.skipped_button,
            self.fill_in_button,
            self.mg,
            self.with_food,
            self.note,
        ):
            widget.setEnabled(self.attached)
        if not self.attached:
            self.feedback.setText("Opening your data…")
        elif self.feedback.text() == "Opening your data…":
            self.feedback.clear()

    # -- actions ---------------------------------------------------------------------------

    def log_taken(self) -> None:
        """Log today as taken with the amount, food and note on screen (Ctrl+L)."""
        if self.mg.value() == 0:
            self.feedback.setText("Not saved: enter the mg you took.")
            return
        self._submit(
            LogRequest(
                day=self._today(),
                status=DoseStatus.TAKEN,
                mg_taken=self.mg.value(),
                with_food=self.with_food.answer() if self._food_matters() else None,
                note=self.note.text(),
            )
        )

    def _log_other(self, status: DoseStatus) -> None:
        self._submit(LogRequest(day=self._today(), status=status, note=self.note.text()))

    def _submit(self, request: LogRequest) -> None:
        if self._status is not None and request.day != self._status.progress.as_of:
            # The form shows another day's dose (the app stayed open past midnight).
            self.refresh()
            self.feedback.setText("A new day has begun: check today's dose, then log it.")
            return
        try:
            entry = self.controller.log_day(request).after
        except UserInputError as exc:
            self.feedback.setText(f"Not saved: {exc}")
            return
        assert entry is not None
        amount = f" ({fmt.mg(entry.mg_taken)})" if entry.mg_taken else ""
        self.feedback.setText(f"Saved: today logged as {entry.status.value}{amount}.")

    def _fill_in_selected(self) -> None:
        item = self.unlogged.currentItem()
        if item is None or self._status is None:
            return
        day: dt.date = item.data(Qt.ItemDataRole.UserRole)
        regimen = self.controller.services.course.regimen()
        answer = LogDayDialog.ask(
            self,
            day,
            regimen.scheduled_mg(day),
            None,
            food_matters=self._status.course.food_matters,
        )
        if isinstance(answer, LogRequest):
            try:
                self.controller.log_day(answer)
            except UserInputError as exc:
                self.feedback.setText(f"Not saved: {exc}")
        elif isinstance(answer, ClearEntry):
            self.controller.clear_day(answer.day)

    # -- display ---------------------------------------------------------------------------

    def _schedule_midnight_refresh(self) -> None:
        """Roll over to the new day's dose at local midnight if the app stays open."""
        now = dt.datetime.now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 1))
        self._midnight.start(int((midnight - now).total_seconds() * 1000))

    def _on_midnight(self) -> None:
        if self.attached:
            self.refresh()

    def _today(self) -> dt.date:
        return self.controller.services.clock.today()

    def _food_matters(self) -> bool:
        return self._status is None or self._status.course.food_matters

    def refresh(self) -> None:
        course = self.controller.services.course.active_course()
        today = self._today()
        if course is None:
            return
        if today < course.started_on:
            self.heading.setText(f"Your course starts on {fmt.day(course.started_on)}")
            self._dose_box.setEnabled(False)
            self.unlogged_box.hide()
            return
        self._dose_box.setEnabled(True)
        self.show_status(self.controller.services.status.status(today))

    def show_status(self, status: CourseStatus) -> None:
        """Put `status` on screen (also used for the start-up preview)."""
        self._status = status
        self._show(status)
        self.figures_shown.emit()

    def _show(self, status: CourseStatus) -> None:
        p = status.progress
        self.heading.setText(f"{fmt.day(p.as_of)}: day {p.course_day} of ~{p.planned_days}")

        self._schedule_midnight_refresh()
        plan = status.plan_today
        if plan.total_mg:
            if len(plan.intakes) > 1:
                intakes = " · ".join(i.describe() for i in plan.intakes)
            elif plan.intakes[0].capsules_mg:
                intakes = " + ".join(map(str, plan.intakes[0].capsules_mg)) + " mg capsules"
            else:
                intakes = ""
            self.scheduled.setText(
                f"Scheduled today: <b>{fmt.mg(plan.total_mg)}</b>"
                + (f" ({intakes})" if intakes else "")
            )
        else:
            self.scheduled.setText("Nothing is scheduled today (pause).")
        entry = status.entry_today
        if entry is None:
            self.entry_state.setText("Not logged yet.")
            self.log_button.setText("&Log as taken")
            self.mg.setValue(plan.total_mg)
            self.with_food.set_answer(status.last_food_answer)
            self.note.clear()
        else:
            described = entry.status.value
            if entry.mg_taken:
                described += f", {fmt.mg(entry.mg_taken)}"
                if entry.with_food is not None:
                    described += " with a meal" if entry.with_food else " without a meal"
            self.entry_state.setText(f"Logged: <b>{described}</b>. You can change it below.")
            self.log_button.setText("Update as &taken")
            self.mg.setValue(entry.mg_taken or plan.total_mg)
            self.with_food.set_answer(
                status.last_food_answer if entry.with_food is None else entry.with_food
            )
            self.note.setText(entry.note)
        self.with_food.setVisible(status.course.food_matters)

        self.cumulative.setText(
            f"Cumulative: <b>{fmt.mg(p.cumulative_mg)}</b> = <b>{fmt.mg_per_kg(p.mg_per_kg)}</b> "
            f"by your reference weight of {fmt.kg(p.reference_weight_kg)}"
            + (
                f" ({fmt.mg_per_kg(p.mg_per_kg_latest_weight)} by your latest weight, "
                f"{fmt.kg(p.latest_weight_kg)})"
                if p.latest_weight_kg != p.reference_weight_kg
                else ""
            )
        )
        self.bar.setValue(min(round(p.percent_of_target * BAR_SCALE), 100 * BAR_SCALE))
        self.bar.setFormat(f"{fmt.percent(p.percent_of_target)} of the target")
        self.bar.setAccessibleDescription(
            f"{fmt.percent(p.percent_of_target)} of {p.target_mg_per_kg:g} mg/kg"
        )
        self.target.setText(
            f"Your doctor's target: {p.target_mg_per_kg:g} mg/kg = {fmt.mg(p.target_mg)}"
        )
        if p.target_reached_on is not None:
            self.projection.setText(f"Target reached on {fmt.day(p.target_reached_on)}.")
        elif p.projected_target_date is not None:
            self.projection.setText(
                f"Projected to reach the target on <b>{fmt.day(p.projected_target_date)}</b> "
                f"<i>({fmt.PROJECTION_CAVEAT})</i>"
            )
        else:
            self.projection.setText(
                "No projected date: the dose periods entered do not reach the target."
            )
        # Today itself is "not logged yet" above; the count is of the days that are over.
        earlier = [day for day in p.unlogged_days if day < p.as_of]
        partial = f" ({p.days_partial} partial)" if p.days_partial else ""
        self.day_counts.setText(
            f"{fmt.count(p.days_taken, 'day')} taken{partial} · {p.days_missed} missed · "
            f"{p.days_skipped} skipped · {len(earlier)} earlier not logged"
        )

        self.unlogged.clear()
        for day in reversed(earlier):
            item = QListWidgetItem(fmt.day(day))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.unlogged.addItem(item)
        if earlier:
            self.unlogged.setCurrentRow(0)
        self.unlogged_box.setVisible(bool(earlier))
