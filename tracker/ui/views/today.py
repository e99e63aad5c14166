"""Today: log the day's dose in one action and see where the course stands."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.doselog import DoseEntry, DoseStatus, day_state
from tracker.domain.progress import Progress, planned_last_day
from tracker.errors import UserInputError
from tracker.reports import format as fmt
from tracker.reports.status import taken_details
from tracker.services.records import (
    CourseInfo,
    CourseStatus,
    CourseSummary,
    DayChange,
    LogRequest,
)
from tracker.ui.conflicts import KeptElsewhere, changed_notice, save_answer
from tracker.ui.controller import CourseController
from tracker.ui.course_words import CORRECTING, course_span, ordinal
from tracker.ui.day_states import LABELS
from tracker.ui.dialogs.log_day import ClearEntry, LogDayDialog, confirm_amount
from tracker.ui.style import metrics
from tracker.ui.style.icons import Icon, icon
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import markup, named, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.chip import StatusChip
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.figure import Figure
from tracker.ui.widgets.food_choice import FoodChoice, meal_text
from tracker.ui.widgets.mg_spinbox import MgSpinBox

# The bar counts tenths of a percent so that early progress (0.6%) still moves it.
BAR_SCALE = 10
LOG_TEXT = "&Log as taken"
UPDATE_TEXT = "Update as &taken"
OPENING = "Opening your data…"
WEIGHTS_HELP = (
    "Reference weight: the weight your doctor's target is divided by; unless you change it "
    "(Regimen and weight page), it is your weight at the start of the course. "
    "Latest weight: your most recent weight reading. When the two differ, the cumulative "
    "dose is shown by each of them."
)


# What the form holds: mg, meal answer, note.
_FormValues = tuple[int, bool | None, str]


def planned_end(course: CourseInfo) -> dt.date:
    """The last day of the planned course length (its first day counts as day 1)."""
    return planned_last_day(course.started_on, course.planned_weeks)


class Placement(enum.IntEnum):
    """Where a feature's box goes on Today, from the top."""

    ALERT = 0  # a result the patient must act on (a positive pregnancy test)
    DUE = 1  # reminders due now
    NEXT = 2  # below the figures, above the earlier unlogged days: what comes next


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
        # Days another box on the page lists as not logged (the Due panel's dose reminders):
        # the list of earlier unlogged days leaves them out (see set_days_shown_elsewhere).
        self._shown_elsewhere: frozenset[dt.date] = frozenset()
        # The form as the page last filled it in (day, values, the entry it showed): what
        # the patient typed since is kept when the page refreshes (see _show_dose).
        self._form: tuple[dt.date, _FormValues, DoseEntry | None] | None = None
        # Set while the page saves: the refresh that follows shows what was saved.
        self._saving = False
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._on_midnight)

        # One card answers "what do I do now?" (the day, its dose, the action), the next
        # "where do I stand?"; what comes next and what needs attention follow.
        self._today_card = Card("", Icon.TODAY)
        self.heading = named(self._today_card.title_label, "Course day")
        self.heading.setWordWrap(True)
        self.heading.setFont(metrics.scaled(self.font(), metrics.Type.HEADING, bold=True))
        self.course_line = wrapping_label(name="Your course")
        self.course_line.setFont(metrics.scaled(self.font(), metrics.Type.CAPTION))
        # A second course says that its figures are its own, and names the earlier one.
        self.earlier_courses = wrapping_label(name="Earlier courses")
        self.earlier_courses.hide()
        self.ended_line = wrapping_label(name="Course ended")
        self.ended_line.hide()

        self._build_dose_box()
        self._build_progress_box()
        self._build_unlogged_box()

        layout = QVBoxLayout(self)
        layout.setSpacing(metrics.SECTION)
        # Sections of later features: alerts and what is due above everything (`_top`), what
        # comes next below the figures (`_sections`); see add_section.
        self._top = QVBoxLayout()
        self._top.setContentsMargins(0, 0, 0, 0)
        self._top.setSpacing(metrics.GAP)
        self._placements: dict[int, list[Placement]] = {}
        layout.addLayout(self._top)
        card = self._today_card.body
        for widget in (self.course_line, self.earlier_courses, self.ended_line, self._dose_box):
            card.addWidget(widget)
        layout.addWidget(self._today_card)
        layout.addWidget(self._progress_box)
        # What comes next (this week's appointment, test, pick-up) before the list of
        # earlier unlogged days, which can be long: it is needed every day, the list rarely.
        self._sections = QVBoxLayout()
        self._sections.setContentsMargins(0, 0, 0, 0)
        self._sections.setSpacing(metrics.GAP)
        layout.addLayout(self._sections)
        layout.addWidget(self.unlogged_box)
        layout.addStretch()
        self.setFocusProxy(self.mg)  # the page's first control, for the keyboard
        self._connect_signals()
        self._sync_actions()
        if controller is not None:
            self.attach(controller)

    def _build_dose_box(self) -> None:
        self.scheduled = wrapping_label(name="Scheduled dose", rich=True)
        self.entry_state = wrapping_label(name="Today's entry", rich=True)
        self.mg = named(
            MgSpinBox(),
            "Milligrams taken today",
            "Less than scheduled is recorded as a partial dose",
        )
        self.mg.setSpecialValueText("mg taken?")  # 0: nothing scheduled, nothing assumed
        self.with_food = named(FoodChoice(), "Taken with a meal")
        self.note = named(QLineEdit(), "Note for today")
        self.note.setPlaceholderText("Note (optional)")
        self.log_button = named(QPushButton(LOG_TEXT), "Log today's dose as taken", "Ctrl+L")
        self.log_button.setDefault(True)
        # Wide enough for both of its texts: the buttons beside it never move when
        # "Log as taken" becomes "Update as taken".
        widths = []
        for text in (LOG_TEXT, UPDATE_TEXT):
            self.log_button.setText(text)
            widths.append(self.log_button.sizeHint().width())
        self.log_button.setText(LOG_TEXT)
        self.log_button.setFixedWidth(max(widths))
        self.missed_button = named(
            QPushButton("Mi&ssed"), "Log today as missed", "Forgot today's dose"
        )
        self.skipped_button = named(
            QPushButton("S&kipped"), "Log today as skipped", "Left out on purpose"
        )
        self.feedback = FeedbackLine("Log result")
        for button, which in (
            (self.log_button, Icon.LOG_TAKEN),
            (self.missed_button, Icon.LOG_MISSED),
            (self.skipped_button, Icon.LOG_SKIPPED),
        ):
            button.setIcon(icon(which))
        self.scheduled.setFont(metrics.scaled(self.font(), metrics.Type.TITLE))
        self.state_chip = named(StatusChip(), "Today's state")

        scheduled_row = QHBoxLayout()
        scheduled_row.addWidget(self.scheduled, 1)
        scheduled_row.addWidget(self.state_chip, 0, Qt.AlignmentFlag.AlignTop)
        entry_row = QHBoxLayout()
        entry_row.setSpacing(metrics.GAP)
        entry_row.addWidget(self.mg)
        entry_row.addWidget(self.with_food)
        entry_row.addWidget(self.note, 1)
        button_row = QHBoxLayout()
        button_row.setSpacing(metrics.GAP)
        button_row.addWidget(self.log_button)
        button_row.addWidget(self.missed_button)
        button_row.addWidget(self.skipped_button)
        button_row.addStretch()
        self._dose_box = named(QWidget(), "Today's dose")
        dose_layout = QVBoxLayout(self._dose_box)
        dose_layout.setContentsMargins(0, metrics.GAP, 0, 0)
        dose_layout.setSpacing(metrics.GAP)
        dose_layout.addLayout(scheduled_row)
        dose_layout.addWidget(self.entry_state)
        dose_layout.addLayout(entry_row)
        dose_layout.addLayout(button_row)
        dose_layout.addWidget(self.feedback)

    def _build_progress_box(self) -> None:
        self.cumulative = wrapping_label(name="Cumulative dose", rich=True)
        self.weights_help_button = named(
            QToolButton(), "What the weights mean", "Reference weight and latest weight"
        )
        self.weights_help_button.setText("?")
        self.weights_help_button.setCheckable(True)
        self.weights_help = wrapping_label(WEIGHTS_HELP, "About the weights")
        self.weights_help.hide()
        self.bar = named(QProgressBar(), "Progress to the target")
        self.bar.setRange(0, 100 * BAR_SCALE)
        self.bar.setTextVisible(True)
        # The three figures a patient looks for, large; the sentences under them say exactly
        # what each is (by which weight, which target, on what assumption).
        self.figure_mg_per_kg = Figure("Cumulative dose per kilogram")
        self.target = self.figure_mg_per_kg.caption
        self.figure_cumulative = Figure("Cumulative dose")
        self.figure_projection = Figure("Projection", rich=True)
        self.projection = self.figure_projection.caption
        figures_row = QHBoxLayout()
        figures_row.setSpacing(metrics.SECTION)
        for figure in (self.figure_mg_per_kg, self.figure_cumulative, self.figure_projection):
            figures_row.addWidget(figure, 1)
        self.beyond_plan = wrapping_label(name="Planned length")
        self.day_counts = wrapping_label(name="Day counts")

        cumulative_row = QHBoxLayout()
        cumulative_row.addWidget(self.cumulative, 1)
        cumulative_row.addWidget(self.weights_help_button, 0, Qt.AlignmentFlag.AlignTop)
        self._progress_box = Card("Course so far", Icon.STANDING)
        progress_layout = self._progress_box.body
        progress_layout.addLayout(figures_row)
        progress_layout.addWidget(self.bar)
        progress_layout.addLayout(cumulative_row)
        for widget in (
            self.weights_help,
            self.beyond_plan,
            self.day_counts,
        ):
            progress_layout.addWidget(widget)

    def _build_unlogged_box(self) -> None:
        self.unlogged = named(QListWidget(), "Days not logged")
        self.unlogged.setMaximumHeight(120)
        self.fill_in_button = named(QPushButton("Fill &in selected day…"), "Fill in selected day")
        self.unlogged_box = Card("Earlier days not logged yet", Icon.ATTENTION)
        unlogged_layout = self.unlogged_box.body
        unlogged_layout.addWidget(
            wrapping_label(
                "A day without an entry is never counted as taken. "
                "Double-click a day to fill it in."
            )
        )
        unlogged_layout.addWidget(self.unlogged)
        unlogged_layout.addWidget(self.fill_in_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _connect_signals(self) -> None:
        self.log_button.clicked.connect(self.log_taken)
        self.missed_button.clicked.connect(lambda: self._log_other(DoseStatus.MISSED))
        self.skipped_button.clicked.connect(lambda: self._log_other(DoseStatus.SKIPPED))
        self.fill_in_button.clicked.connect(self._fill_in_selected)
        self.unlogged.itemActivated.connect(
            lambda _item: self._fill_in_selected() if self.attached else None
        )
        self.weights_help_button.toggled.connect(self.weights_help.setVisible)

    def add_section(self, section: QWidget, placement: Placement = Placement.NEXT) -> None:
        """Show a feature's own box on Today where its `placement` says: alerts above
        everything, then what is due, the figures, then what comes next. Boxes of the same
        placement stay in the order they were added."""
        layout = self._sections if placement is Placement.NEXT else self._top
        placed = self._placements.setdefault(id(layout), [])
        index = sum(1 for earlier in placed if earlier <= placement)
        placed.insert(index, placement)
        layout.insertWidget(index, section)

    def attach(self, controller: CourseController) -> None:
        self.feedback.set_undo_stack(controller.undo_stack)
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
            self.feedback.show_message(OPENING)
        elif self.feedback.text() == OPENING:
            self.feedback.clear()

    # -- actions ---------------------------------------------------------------------------

    def log_taken(self) -> None:
        """Log today as taken with the amount, food and note on screen (Ctrl+L)."""
        if self._ended() or not self._form_is_current():
            return
        mg = self.mg.value()
        if mg == 0:
            self.feedback.show_message("Not saved: enter the mg you took.")
            return
        assert self._status is not None  # _form_is_current() refreshed it
        if not confirm_amount(self, self._today(), mg, self._status.plan_today.total_mg):
            self.feedback.show_message(f"Not saved: {fmt.mg(mg)} was not confirmed.")
            return
        self._submit(
            LogRequest(
                day=self._today(),
                status=DoseStatus.TAKEN,
                mg_taken=mg,
                with_food=self.with_food.answer() if self._food_matters() else None,
                note=self.note.text(),
            )
        )

    def _log_other(self, status: DoseStatus) -> None:
        if not self._ended() and self._form_is_current():
            self._submit(LogRequest(day=self._today(), status=status, note=self.note.text()))

    def _ended(self) -> bool:
        """True when the course shown has ended: nothing is logged for it any more."""
        return self._status is not None and self._status.course_end is not None

    def _form_is_current(self) -> bool:
        """False, with the new day on show, if the app stayed open past midnight: the form
        shows the previous day's dose, which must not be saved for the new day."""
        if self._status is not None and self._status.progress.as_of == self._today():
            return True
        started = self._status is not None
        self.refresh()
        if self._status is None:  # the course starts on a later day: nothing to log yet
            self.feedback.show_message("Nothing to log yet: the course has not started.")
        elif started:
            self.feedback.show_message("A new day has begun: check today's dose, then log it.")
        else:
            return True  # the page had not been shown yet; it is now
        return False

    def _submit(self, request: LogRequest) -> None:
        assert self._form is not None  # _form_is_current() refreshed the page
        # The entry the form was filled from: if the day holds something else by now (the
        # command line, a second window), the patient is asked before it is replaced.
        expected = self._form[2]
        self._saving = True
        try:
            result = save_answer(self, self.controller, request, expected)
        except UserInputError as exc:
            self.feedback.show_message(f"Not saved: {exc}.")
            return
        finally:
            self._saving = False
        if isinstance(result, KeptElsewhere):
            self.feedback.show_message(result.message())
            return
        self.feedback.show_change(f"Saved: {describe_change(result, 'today')}.")

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
            last_food_answer=self._status.last_food_answer,
        )
        if answer is None:
            return
        try:
            # The list holds days with no entry: that is what the dialog showed.
            result = save_answer(self, self.controller, answer, None)
        except UserInputError as exc:
            self.feedback.show_message(f"Not saved: {exc}.")
            return
        if isinstance(result, KeptElsewhere):
            self.feedback.show_message(result.message())
        elif isinstance(answer, ClearEntry):
            self.feedback.show_change(f"Cleared: {fmt.day(day)} is not logged.")
        else:
            self.feedback.show_change(f"Saved: {describe_change(result, fmt.day(day))}.")

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
        services = self.controller.services
        course = services.course.current_course()  # an ended course is shown, read-only
        today = self._today()
        if course is None:
            return
        self._show_earlier_courses(course)
        if today < course.started_on:
            self.heading.setText(f"Your course starts on {fmt.day(course.started_on)}")
            self.course_line.setText(describe_course(course))
            self._dose_box.setEnabled(False)
            self.unlogged_box.hide()
            return
        self._dose_box.setEnabled(True)
        self.show_status(services.status.status(today))

    def _show_earlier_courses(self, course: CourseInfo) -> None:
        """Say, from a second course on, that the figures are this course's own, and where
        the course before it ended."""
        services = self.controller.services
        courses = services.course.courses()
        number = next(n for n, c in enumerate(courses, start=1) if c.id == course.id)
        if number == 1:
            self.earlier_courses.hide()
            return
        previous = services.status.course_summary(courses[number - 2].id)
        self.earlier_courses.setText(earlier_courses_text(number, course, previous))
        self.earlier_courses.show()

    def show_status(self, status: CourseStatus) -> None:
        """Put `status` on screen (also used for the start-up preview)."""
        self._status = status
        self._show(status)
        self.figures_shown.emit()

    def _show(self, status: CourseStatus) -> None:
        p = status.progress
        ended = status.course_end
        if ended is None:
            self.heading.setText(f"{fmt.day(p.as_of)}: day {p.course_day} of ~{p.planned_days}")
        else:
            self.heading.setText(f"Your course ended on {fmt.day(ended)}")
            self.ended_line.setText(
                f"It lasted {fmt.count(p.course_day, 'day')}; these are its final figures. "
                f"Nothing more is logged for it, and History and Regimen still show it. "
                f"{CORRECTING} To start another course, choose File > Start a new course…"
            )
        self.ended_line.setVisible(ended is not None)
        self._dose_box.setVisible(ended is None)
        self._progress_box.setTitle("Course so far" if ended is None else "Final figures")
        self.course_line.setText(describe_course(status.course))
        self._schedule_midnight_refresh()
        self._show_dose(status)
        self._show_progress(p, status.course)
        self._show_unlogged(p, ended=ended is not None)

    def _show_dose(self, status: CourseStatus) -> None:
        plan = status.plan_today
        if plan.total_mg:
            if len(plan.intakes) > 1:
                intakes = " · ".join(i.describe() for i in plan.intakes)
            elif plan.intakes[0].capsules_mg:
                intakes = " + ".join(map(str, plan.intakes[0].capsules_mg)) + " mg capsules"
            else:
                intakes = ""
            self.scheduled.setText(
                markup("Scheduled today: <b>{}</b>", fmt.mg(plan.total_mg))
                + (markup(" ({})", intakes) if intakes else "")
            )
        else:
            self.scheduled.setText("Nothing is scheduled today (pause).")
        food_matters = status.course.food_matters
        entry = status.entry_today
        # Not logged: the state chip says so; the line says what was logged once there is.
        self.entry_state.setVisible(entry is not None)
        if entry is None:
            self.entry_state.setText("Not logged yet.")
            self.log_button.setText(LOG_TEXT)
        else:
            self.entry_state.setText(
                markup(
                    "Logged: <b>{}</b>. You can change it below.",
                    describe_entry(entry, plan.total_mg, food_matters=food_matters),
                )
            )
            self.log_button.setText(UPDATE_TEXT)
        self.with_food.setVisible(food_matters)
        state = day_state(entry, plan.total_mg)
        self.state_chip.show_state(state, LABELS[state])
        day = status.progress.as_of
        if self._form is not None and not self._saving and self.attached:
            form_day, values, shown = self._form
            if form_day == day and self._form_values() != values:
                # The patient has typed since the form was filled: a refresh (the command
                # line or another window wrote, a weight changed) must not wipe that out.
                # The form stays based on the entry it was filled from, so saving it asks
                # before replacing what the day holds now.
                if entry != shown:
                    self.feedback.show_message(changed_notice(entry))
                return
        self._fill_form(status)

    def _fill_form(self, status: CourseStatus) -> None:
        entry = status.entry_today
        plan = status.plan_today
        if entry is None:
            self.mg.setValue(plan.total_mg)
            # No entry yet: offer the patient's last answer, which they can change.
            self.with_food.set_answer(status.last_food_answer)
            self.note.clear()
        else:
            self.mg.setValue(entry.mg_taken or plan.total_mg)
            # The saved day's own answer, "not recorded" included: showing the last answer
            # given on another day would save it here on the next update.
            self.with_food.set_answer(entry.with_food)
            self.note.setText(entry.note)
        self._form = (status.progress.as_of, self._form_values(), entry)

    def _form_values(self) -> _FormValues:
        return (self.mg.value(), self.with_food.answer(), self.note.text())

    def _show_figures(self, p: Progress) -> None:
        """The three figures, each with the sentence a screen reader says for it."""
        self.figure_mg_per_kg.show_value(
            fmt.mg_per_kg(p.mg_per_kg),
            f"Cumulative dose: {fmt.mg_per_kg(p.mg_per_kg)}, "
            f"{fmt.percent(p.percent_of_target)} of your doctor's target of "
            f"{p.target_mg_per_kg:g} mg/kg.",
        )
        self.figure_cumulative.show_value(
            fmt.mg(p.cumulative_mg), f"{fmt.mg(p.cumulative_mg)} taken in this course so far."
        )
        self.figure_cumulative.caption.setText("taken in this course so far")
        if p.target_reached_on is not None:
            value, sentence = "Reached", f"Target reached on {fmt.day(p.target_reached_on)}."
        elif p.projected_target_date is not None:
            days = (p.projected_target_date - p.as_of).days
            value = f"in {fmt.count(days, 'day')}"
            sentence = (
                f"Projected to reach the target in {fmt.count(days, 'day')}, on "
                f"{fmt.day(p.projected_target_date)} ({fmt.PROJECTION_CAVEAT})."
            )
        else:
            value, sentence = "No date", "No projected date."
        self.figure_projection.show_value(value, sentence)

    def _show_progress(self, p: Progress, course: CourseInfo) -> None:
        self._show_figures(p)
        self.cumulative.setText(describe_cumulative(p))
        self.bar.setValue(min(round(p.percent_of_target * BAR_SCALE), 100 * BAR_SCALE))
        self.bar.setFormat(f"{fmt.percent(p.percent_of_target)} of the target")
        self.bar.setAccessibleDescription(
            f"{fmt.percent(p.percent_of_target)} of {p.target_mg_per_kg:g} mg/kg"
        )
        self.target.setText(
            f"Your doctor's target: {p.target_mg_per_kg:g} mg/kg = {fmt.mg(p.target_mg)}"
        )
        ended = course.ended_on is not None
        # Nothing is projected for an ended course; it may have reached the target.
        self.projection.setVisible(not ended or p.target_reached_on is not None)
        if p.target_reached_on is not None:
            self.projection.setText(f"Target reached on {fmt.day(p.target_reached_on)}.")
        elif p.projected_target_date is not None:
            self.projection.setText(
                markup(
                    "Projected to reach the target on <b>{}</b> <i>({})</i>",
                    fmt.day(p.projected_target_date),
                    fmt.PROJECTION_CAVEAT,
                )
            )
        else:
            self.projection.setText(
                "No projected date: the dose periods entered do not reach the target."
            )
        ends = planned_end(course)
        beyond = p.target_reached_on is None and (
            p.projected_target_date is not None and p.projected_target_date > ends
        )  # never for an ended course: nothing is projected
        # A fact from the patient's own entries, never a suggestion to change anything.
        self.beyond_plan.setText(
            f"At the doses entered, the target falls after the planned "
            f"{fmt.count(course.planned_weeks, 'week')} (ends {fmt.day(ends)})."
            if beyond
            else ""
        )
        self.beyond_plan.setVisible(beyond)
        # Today itself is "not logged yet" above; the count is of the days that are over.
        # An ended course has no "today": every day of it is over.
        earlier = sum(1 for day in p.unlogged_days if ended or day < p.as_of)
        self.day_counts.setText(
            f"{fmt.count(p.days_taken, 'day')} taken{taken_details(p)} · "
            f"{p.days_missed} missed · {p.days_skipped} skipped · {earlier} "
            + ("not logged" if ended else "earlier not logged")
        )

    def set_days_shown_elsewhere(self, days: Iterable[dt.date]) -> None:
        """Leave `days` out of "Earlier days not logged yet": another box on the page
        lists them (the Due panel), and a day is listed once."""
        shown = frozenset(days)
        if shown == self._shown_elsewhere:
            return
        self._shown_elsewhere = shown
        if self._status is not None:
            self._show_unlogged(self._status.progress, ended=self._status.course_end is not None)

    def _show_unlogged(self, p: Progress, *, ended: bool) -> None:
        # An ended course's days are not filled in from Today (see ended_line).
        earlier = (
            []
            if ended
            else [
                day for day in p.unlogged_days if day < p.as_of and day not in self._shown_elsewhere
            ]
        )
        self.unlogged.clear()
        for day in reversed(earlier):
            item = QListWidgetItem(fmt.day(day))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.unlogged.addItem(item)
        if earlier:
            self.unlogged.setCurrentRow(0)
        self.unlogged_box.setVisible(bool(earlier))


def describe_course(course: CourseInfo) -> str:
    """ "Claravis · started Thu 1 Oct 2026 · planned 20 weeks, to Wed 17 Feb 2027"."""
    return (
        f"{course.product} · started {fmt.day(course.started_on)} · planned "
        f"{fmt.count(course.planned_weeks, 'week')}, to {fmt.day(planned_end(course))}"
    )


def earlier_courses_text(number: int, course: CourseInfo, previous: CourseSummary) -> str:
    """ "This is your second course: its figures count from its own start on …. Your first
    course (… to …) ended at 45.7 mg/kg of its 150 mg/kg target; it is kept as it was." """
    before = previous.course
    text = (
        f"This is your {ordinal(number)} course: its figures count from its own start on "
        f"{fmt.day(course.started_on)}, not from an earlier course. Your "
        f"{ordinal(number - 1)} course ({course_span(before)})"
    )
    p = previous.progress
    if p is not None:
        text += (
            f" ended at {fmt.mg_per_kg(p.mg_per_kg)} of its "
            f"{p.target_mg_per_kg:g} mg/kg target ({fmt.mg(p.cumulative_mg)})"
        )
    return text + "; it is kept as it was (File > Courses… lists every course)."


def describe_entry(entry: DoseEntry, scheduled_mg: int, *, food_matters: bool) -> str:
    """ "taken, 40 mg with a meal", "taken, 60 mg (more than scheduled), meal not
    recorded", "missed": a saved entry in the app's one wording."""
    described = entry.status.value
    if entry.mg_taken:
        described += f", {fmt.mg(entry.mg_taken)}"
        if entry.exceeds(scheduled_mg):
            described += " (more than scheduled)"
        if food_matters:
            meal = meal_text(entry.with_food).lower()
            described += f", {meal.replace(':', '')}" if entry.with_food is None else f" {meal}"
    return described


def describe_change(change: DayChange, day: str) -> str:
    """ "today logged as taken (60 mg, more than scheduled)" for the confirmation line."""
    entry = change.after
    if entry is None:
        return f"{day} is not logged"
    details = []
    if entry.mg_taken:
        details.append(fmt.mg(entry.mg_taken))
    if change.over_schedule:
        details.append("more than scheduled")
    amount = f" ({', '.join(details)})" if details else ""
    return f"{day} logged as {entry.status.value}{amount}"


def describe_cumulative(p: Progress) -> str:
    """The cumulative dose in mg and mg/kg by the reference weight, and by the latest weight
    when that gives a different figure (two equal figures would only puzzle)."""
    text = markup(
        "Cumulative: <b>{}</b> = <b>{}</b> by your reference weight of {}",
        fmt.mg(p.cumulative_mg),
        fmt.mg_per_kg(p.mg_per_kg),
        fmt.kg(p.reference_weight_kg),
    )
    if p.latest_weight_kg == p.reference_weight_kg:
        return text
    by_latest = fmt.mg_per_kg(p.mg_per_kg_latest_weight)
    if by_latest == fmt.mg_per_kg(p.mg_per_kg):
        return text + markup(" (the same by your latest weight, {})", fmt.kg(p.latest_weight_kg))
    return text + markup(" ({} by your latest weight, {})", by_latest, fmt.kg(p.latest_weight_kg))
