"""Today: log the day's dose in one action and see where the course stands."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
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
from tracker.ui.course_words import correcting, course_span, sentence_start, your_course
from tracker.ui.day_states import label
from tracker.ui.dialogs.log_day import ClearEntry, LogDayDialog, confirm_amount
from tracker.ui.dialogs.texts import Texts
from tracker.ui.names.products import product_name
from tracker.ui.style import metrics
from tracker.ui.style.icons import Icon, icon
from tracker.ui.views.course_view import CourseView, plain_number
from tracker.ui.widgets.accessible import markup, named, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.chip import StatusChip
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.figure import Figure
from tracker.ui.widgets.food_choice import FoodChoice
from tracker.ui.widgets.mg_spinbox import MgSpinBox

# The bar counts tenths of a percent so that early progress (0.6%) still moves it.
BAR_SCALE = 10
# Marked here, shown through _translated(): the button's two texts and the waiting line.
LOG_TEXT = str(QT_TRANSLATE_NOOP("TodayView", "&Log as taken"))
UPDATE_TEXT = str(QT_TRANSLATE_NOOP("TodayView", "Update as &taken"))
OPENING = str(QT_TRANSLATE_NOOP("TodayView", "Opening your data…"))


class TodayTexts(Texts):
    """The context of the module functions' texts."""


def _fit_special_text(box: MgSpinBox) -> None:
    """Widen `box` if the text it shows at 0 is wider than what it is sized for ("300 mg"
    and its suffix): "¿mg tomados?" in Spanish."""
    measure = box.fontMetrics().horizontalAdvance
    room = measure(f"300{box.suffix()}") + measure(box.suffix())
    missing = measure(box.specialValueText()) - room
    if missing > 0:
        box.setMinimumWidth(box.sizeHint().width() + missing)


def _translated(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


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
        self.heading = named(self._today_card.title_label, self.tr("Course day"))
        self.heading.setWordWrap(True)
        self.heading.setFont(metrics.scaled(self.font(), metrics.Type.HEADING, bold=True))
        self.course_line = wrapping_label(name=self.tr("Your course"))
        self.course_line.setFont(metrics.scaled(self.font(), metrics.Type.CAPTION))
        # A second course says that its figures are its own, and names the earlier one.
        self.earlier_courses = wrapping_label(name=self.tr("Earlier courses"))
        self.earlier_courses.hide()
        self.ended_line = wrapping_label(name=self.tr("Course ended"))
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
        self.scheduled = wrapping_label(name=self.tr("Scheduled dose"), rich=True)
        self.entry_state = wrapping_label(name=self.tr("Today's entry"), rich=True)
        self.mg = named(
            MgSpinBox(),
            self.tr("Milligrams taken today"),
            self.tr("Less than scheduled is recorded as a partial dose"),
        )
        # 0: nothing scheduled, nothing assumed
        self.mg.setSpecialValueText(self.tr("mg taken?"))
        _fit_special_text(self.mg)
        self.with_food = named(FoodChoice(), self.tr("Taken with a meal"))
        self.note = named(QLineEdit(), self.tr("Note for today"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        log_text, update_text = _translated(LOG_TEXT), _translated(UPDATE_TEXT)
        self.log_button = named(
            QPushButton(log_text),
            self.tr("Log today's dose as taken"),
            "Ctrl+L",  # untranslated: a key, written the same in every language
        )
        self.log_button.setDefault(True)
        self.log_button.setIcon(icon(Icon.LOG_TAKEN))
        # Wide enough for both of its texts, with its icon: the buttons beside it never move
        # when "Log as taken" becomes "Update as taken".
        widths = []
        for text in (log_text, update_text):
            self.log_button.setText(text)
            widths.append(self.log_button.sizeHint().width())
        self.log_button.setText(log_text)
        self.log_button.setFixedWidth(max(widths))
        self.missed_button = named(
            QPushButton(self.tr("Mi&ssed")),
            self.tr("Log today as missed"),
            self.tr("Forgot today's dose"),
        )
        self.skipped_button = named(
            QPushButton(self.tr("S&kipped")),
            self.tr("Log today as skipped"),
            self.tr("Left out on purpose"),
        )
        self.feedback = FeedbackLine(self.tr("Log result"))
        for button, which in (
            (self.missed_button, Icon.LOG_MISSED),
            (self.skipped_button, Icon.LOG_SKIPPED),
        ):
            button.setIcon(icon(which))
        self.scheduled.setFont(metrics.scaled(self.font(), metrics.Type.TITLE))
        self.state_chip = named(StatusChip(), self.tr("Today's state"))

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
        self._dose_box = named(QWidget(), self.tr("Today's dose"))
        dose_layout = QVBoxLayout(self._dose_box)
        dose_layout.setContentsMargins(0, metrics.GAP, 0, 0)
        dose_layout.setSpacing(metrics.GAP)
        dose_layout.addLayout(scheduled_row)
        dose_layout.addWidget(self.entry_state)
        dose_layout.addLayout(entry_row)
        dose_layout.addLayout(button_row)
        dose_layout.addWidget(self.feedback)

    def _build_progress_box(self) -> None:
        self.cumulative = wrapping_label(name=self.tr("Cumulative dose"), rich=True)
        self.weights_help_button = named(
            QToolButton(),
            self.tr("What the weights mean"),
            self.tr("Reference weight and latest weight"),
        )
        self.weights_help_button.setText("?")
        self.weights_help_button.setCheckable(True)
        self.weights_help = wrapping_label(
            self.tr(
                "Reference weight: the weight your doctor's target is divided by; unless you "
                "change it (Regimen and weight page), it is your weight at the start of the "
                "course. Latest weight: your most recent weight reading. When the two differ, "
                "the cumulative dose is shown by each of them."
            ),
            self.tr("About the weights"),
        )
        self.weights_help.hide()
        self.bar = named(QProgressBar(), self.tr("Progress to the target"))
        self.bar.setRange(0, 100 * BAR_SCALE)
        self.bar.setTextVisible(True)
        # The three figures a patient looks for, large; the sentences under them say exactly
        # what each is (by which weight, which target, on what assumption).
        self.figure_mg_per_kg = Figure(self.tr("Cumulative dose per kilogram"))
        self.target = self.figure_mg_per_kg.caption
        self.figure_cumulative = Figure(self.tr("Cumulative dose"))
        self.figure_projection = Figure(self.tr("Projection"), rich=True)
        self.projection = self.figure_projection.caption
        figures_row = QHBoxLayout()
        figures_row.setSpacing(metrics.SECTION)
        for figure in (self.figure_mg_per_kg, self.figure_cumulative, self.figure_projection):
            figures_row.addWidget(figure, 1)
        self.beyond_plan = wrapping_label(name=self.tr("Planned length"))
        self.day_counts = wrapping_label(name=self.tr("Day counts"))

        cumulative_row = QHBoxLayout()
        cumulative_row.addWidget(self.cumulative, 1)
        cumulative_row.addWidget(self.weights_help_button, 0, Qt.AlignmentFlag.AlignTop)
        self._progress_box = Card(self.tr("Course so far"), Icon.STANDING)
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
        self.unlogged = named(QListWidget(), self.tr("Days not logged"))
        self.unlogged.setMaximumHeight(120)
        self.fill_in_button = named(
            QPushButton(self.tr("Fill &in selected day…")), self.tr("Fill in selected day")
        )
        self.unlogged_box = Card(self.tr("Earlier days not logged yet"), Icon.ATTENTION)
        unlogged_layout = self.unlogged_box.body
        unlogged_layout.addWidget(
            wrapping_label(
                self.tr(
                    "A day without an entry is never counted as taken. "
                    "Double-click a day to fill it in."
                )
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
        opening = _translated(OPENING)
        if not self.attached:
            self.feedback.show_message(opening)
        elif self.feedback.text() == opening:
            self.feedback.clear()

    # -- actions ---------------------------------------------------------------------------

    def log_taken(self) -> None:
        """Log today as taken with the amount, food and note on screen (Ctrl+L)."""
        if self._ended() or not self._form_is_current():
            return
        mg = self.mg.value()
        if mg == 0:
            self.feedback.show_message(self.tr("Not saved: enter the mg you took."))
            return
        assert self._status is not None  # _form_is_current() refreshed it
        if not confirm_amount(self, self._today(), mg, self._status.plan_today.total_mg):
            self.feedback.show_message(
                self.tr("Not saved: {mg} was not confirmed.").format(mg=fmt.mg(mg))
            )
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
            self.feedback.show_message(self.tr("Nothing to log yet: the course has not started."))
        elif started:
            self.feedback.show_message(
                self.tr("A new day has begun: check today's dose, then log it.")
            )
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
            self.feedback.show_message(self.tr("Not saved: {error}.").format(error=exc))
            return
        finally:
            self._saving = False
        if isinstance(result, KeptElsewhere):
            self.feedback.show_message(result.message())
            return
        self.feedback.show_change(saved_change(result, None))

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
            self.feedback.show_message(self.tr("Not saved: {error}.").format(error=exc))
            return
        if isinstance(result, KeptElsewhere):
            self.feedback.show_message(result.message())
        elif isinstance(answer, ClearEntry):
            self.feedback.show_change(
                self.tr("Cleared: {day} is not logged.").format(day=fmt.day(day))
            )
        else:
            self.feedback.show_change(saved_change(result, day))

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
            self.heading.setText(
                self.tr("Your course starts on {day}").format(day=fmt.day(course.started_on))
            )
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
            # "~": about, as the course may end earlier or later than planned.
            self.heading.setText(
                self.tr("{date}: day {day} of ~{planned}").format(
                    date=fmt.day(p.as_of), day=p.course_day, planned=p.planned_days
                )
            )
        else:
            self.heading.setText(self.tr("Your course ended on {day}").format(day=fmt.day(ended)))
            self.ended_line.setText(
                self.tr(
                    "It lasted %n day(s); these are its final figures. Nothing more is logged "
                    "for it, and History and Regimen still show it. {correcting} To start "
                    "another course, choose File > Start a new course…",
                    "",
                    p.course_day,
                ).format(correcting=correcting())
            )
        self.ended_line.setVisible(ended is not None)
        self._dose_box.setVisible(ended is None)
        self._progress_box.setTitle(
            self.tr("Course so far") if ended is None else self.tr("Final figures")
        )
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
                intakes = self.tr("{capsules} mg capsules").format(
                    capsules=" + ".join(map(str, plan.intakes[0].capsules_mg))
                )
            else:
                intakes = ""
            mg = fmt.mg(plan.total_mg)
            self.scheduled.setText(
                markup(self.tr("Scheduled today: <b>{}</b> ({})"), mg, intakes)
                if intakes
                else markup(self.tr("Scheduled today: <b>{}</b>"), mg)
            )
        else:
            self.scheduled.setText(self.tr("Nothing is scheduled today (pause)."))
        food_matters = status.course.food_matters
        entry = status.entry_today
        # Not logged: the state chip says so; the line says what was logged once there is.
        self.entry_state.setVisible(entry is not None)
        if entry is None:
            self.entry_state.setText(self.tr("Not logged yet."))
            self.log_button.setText(_translated(LOG_TEXT))
        else:
            self.entry_state.setText(
                markup(
                    self.tr("Logged: <b>{}</b>. You can change it below."),
                    describe_entry(entry, plan.total_mg, food_matters=food_matters),
                )
            )
            self.log_button.setText(_translated(UPDATE_TEXT))
        self.with_food.setVisible(food_matters)
        state = day_state(entry, plan.total_mg)
        self.state_chip.show_state(state, label(state))
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
            self.tr(
                "Cumulative dose: {mg_per_kg}, {percent} of your doctor's target of {target} mg/kg."
            ).format(
                mg_per_kg=fmt.mg_per_kg(p.mg_per_kg),
                percent=fmt.percent(p.percent_of_target),
                target=plain_number(p.target_mg_per_kg),
            ),
        )
        self.figure_cumulative.show_value(
            fmt.mg(p.cumulative_mg),
            self.tr("{mg} taken in this course so far.").format(mg=fmt.mg(p.cumulative_mg)),
        )
        self.figure_cumulative.caption.setText(self.tr("taken in this course so far"))
        if p.target_reached_on is not None:
            value = self.tr("Reached")
            sentence = self.tr("Target reached on {day}.").format(day=fmt.day(p.target_reached_on))
        elif p.projected_target_date is not None:
            days = (p.projected_target_date - p.as_of).days
            value = self.tr("in %n day(s)", "", days)
            sentence = self.tr(
                "Projected to reach the target in %n day(s), on {day} ({caveat}).", "", days
            ).format(day=fmt.day(p.projected_target_date), caveat=fmt.projection_caveat())
        else:
            value, sentence = self.tr("No date"), self.tr("No projected date.")
        self.figure_projection.show_value(value, sentence)

    def _show_progress(self, p: Progress, course: CourseInfo) -> None:
        self._show_figures(p)
        self.cumulative.setText(describe_cumulative(p))
        self.bar.setValue(min(round(p.percent_of_target * BAR_SCALE), 100 * BAR_SCALE))
        percent = fmt.percent(p.percent_of_target)
        self.bar.setFormat(self.tr("{percent} of the target").format(percent=percent))
        self.bar.setAccessibleDescription(
            self.tr("{percent} of {target} mg/kg").format(
                percent=percent, target=plain_number(p.target_mg_per_kg)
            )
        )
        self.target.setText(
            self.tr("Your doctor's target: {target} mg/kg = {mg}").format(
                target=plain_number(p.target_mg_per_kg), mg=fmt.mg(p.target_mg)
            )
        )
        ended = course.ended_on is not None
        # Nothing is projected for an ended course; it may have reached the target.
        self.projection.setVisible(not ended or p.target_reached_on is not None)
        if p.target_reached_on is not None:
            self.projection.setText(
                self.tr("Target reached on {day}.").format(day=fmt.day(p.target_reached_on))
            )
        elif p.projected_target_date is not None:
            self.projection.setText(
                markup(
                    self.tr("Projected to reach the target on <b>{}</b> <i>({})</i>"),
                    fmt.day(p.projected_target_date),
                    fmt.projection_caveat(),
                )
            )
        else:
            self.projection.setText(
                self.tr("No projected date: the dose periods entered do not reach the target.")
            )
        ends = planned_end(course)
        beyond = p.target_reached_on is None and (
            p.projected_target_date is not None and p.projected_target_date > ends
        )  # never for an ended course: nothing is projected
        # A fact from the patient's own entries, never a suggestion to change anything.
        self.beyond_plan.setText(
            self.tr(
                "At the doses entered, the target falls after the planned %n week(s) (ends {day}).",
                "",
                course.planned_weeks,
            ).format(day=fmt.day(ends))
            if beyond
            else ""
        )
        self.beyond_plan.setVisible(beyond)
        # Today itself is "not logged yet" above; the count is of the days that are over.
        # An ended course has no "today": every day of it is over.
        earlier = sum(1 for day in p.unlogged_days if ended or day < p.as_of)
        counts = (
            self.tr(
                "%n day(s) taken{details} · {missed} missed · {skipped} skipped · "
                "{unlogged} not logged",
                "",
                p.days_taken,
            )
            if ended
            else self.tr(
                "%n day(s) taken{details} · {missed} missed · {skipped} skipped · "
                "{unlogged} earlier not logged",
                "",
                p.days_taken,
            )
        )
        self.day_counts.setText(
            counts.format(
                details=taken_details(p),
                missed=p.days_missed,
                skipped=p.days_skipped,
                unlogged=earlier,
            )
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
    return TodayTexts.tr(
        "{product} · started {start} · planned %n week(s), to {end}", "", course.planned_weeks
    ).format(
        product=product_name(course.product),
        start=fmt.day(course.started_on),
        end=fmt.day(planned_end(course)),
    )


def earlier_courses_text(number: int, course: CourseInfo, previous: CourseSummary) -> str:
    """ "This is your second course: its figures count from its own start on …. Your first
    course (… to …) ended at 45.7 mg/kg of its 150 mg/kg target; it is kept as it was." """
    before = previous.course
    p = previous.progress
    earlier = your_course(number - 1)
    fields = {
        "course": your_course(number),
        "start": fmt.day(course.started_on),
        "previous": sentence_start(earlier),
        "span": course_span(before),
    }
    if p is None:
        return TodayTexts.tr(
            "This is {course}: its figures count from its own start on {start}, not from an "
            "earlier course. {previous} ({span}); it is kept as it was (File > Courses… lists "
            "every course)."
        ).format(**fields)
    return TodayTexts.tr(
        "This is {course}: its figures count from its own start on {start}, not from an "
        "earlier course. {previous} ({span}) ended at {mg_per_kg} of its {target} mg/kg "
        "target ({mg}); it is kept as it was (File > Courses… lists every course)."
    ).format(
        **fields,
        mg_per_kg=fmt.mg_per_kg(p.mg_per_kg),
        target=plain_number(p.target_mg_per_kg),
        mg=fmt.mg(p.cumulative_mg),
    )


def describe_entry(entry: DoseEntry, scheduled_mg: int, *, food_matters: bool) -> str:
    """ "taken, 40 mg with a meal", "taken, 60 mg (more than scheduled), meal not
    recorded", "missed": a saved entry in the app's one wording."""
    if entry.status is DoseStatus.MISSED:
        return TodayTexts.tr("missed")
    if entry.status is DoseStatus.SKIPPED:
        return TodayTexts.tr("skipped")
    if not entry.mg_taken:
        return TodayTexts.tr("taken")
    # Each addition takes what is said so far as {entry}: a translation may put it anywhere.
    described = TodayTexts.tr("taken, {mg}").format(mg=fmt.mg(entry.mg_taken))
    if entry.exceeds(scheduled_mg):
        described = TodayTexts.tr("{entry} (more than scheduled)").format(entry=described)
    if food_matters:
        if entry.with_food is None:
            meal = TodayTexts.tr("{entry}, meal not recorded")
        elif entry.with_food:
            meal = TodayTexts.tr("{entry} with a meal")
        else:
            meal = TodayTexts.tr("{entry} without a meal")
        described = meal.format(entry=described)
    return described


def saved_change(change: DayChange, day: dt.date | None) -> str:
    """ "Saved: today logged as taken (60 mg, more than scheduled).": the confirmation line
    for a change of `day` (None: today), one whole sentence for each status."""
    entry = change.after
    if entry is None:
        if day is None:
            return TodayTexts.tr("Saved: today is not logged.")
        return TodayTexts.tr("Saved: {day} is not logged.").format(day=fmt.day(day))
    details = []
    if entry.mg_taken:
        details.append(fmt.mg(entry.mg_taken))
    if change.over_schedule:
        details.append(TodayTexts.tr("more than scheduled"))
    amount = f" ({', '.join(details)})" if details else ""
    if day is None:
        sentences = {
            DoseStatus.TAKEN: TodayTexts.tr("Saved: today logged as taken{amount}."),
            DoseStatus.MISSED: TodayTexts.tr("Saved: today logged as missed{amount}."),
            DoseStatus.SKIPPED: TodayTexts.tr("Saved: today logged as skipped{amount}."),
        }
    else:
        sentences = {
            DoseStatus.TAKEN: TodayTexts.tr("Saved: {day} logged as taken{amount}."),
            DoseStatus.MISSED: TodayTexts.tr("Saved: {day} logged as missed{amount}."),
            DoseStatus.SKIPPED: TodayTexts.tr("Saved: {day} logged as skipped{amount}."),
        }
    text = sentences[entry.status]
    return (
        text.format(amount=amount) if day is None else text.format(day=fmt.day(day), amount=amount)
    )


def describe_cumulative(p: Progress) -> str:
    """The cumulative dose in mg and mg/kg by the reference weight, and by the latest weight
    when that gives a different figure (two equal figures would only puzzle)."""
    mg, by_reference = fmt.mg(p.cumulative_mg), fmt.mg_per_kg(p.mg_per_kg)
    reference = fmt.kg(p.reference_weight_kg)
    if p.latest_weight_kg == p.reference_weight_kg:
        return markup(
            TodayTexts.tr("Cumulative: <b>{}</b> = <b>{}</b> by your reference weight of {}"),
            mg,
            by_reference,
            reference,
        )
    by_latest = fmt.mg_per_kg(p.mg_per_kg_latest_weight)
    latest = fmt.kg(p.latest_weight_kg)
    if by_latest == by_reference:
        return markup(
            TodayTexts.tr(
                "Cumulative: <b>{}</b> = <b>{}</b> by your reference weight of {} "
                "(the same by your latest weight, {})"
            ),
            mg,
            by_reference,
            reference,
            latest,
        )
    return markup(
        TodayTexts.tr(
            "Cumulative: <b>{}</b> = <b>{}</b> by your reference weight of {} "
            "({} by your latest weight, {})"
        ),
        mg,
        by_reference,
        reference,
        by_latest,
        latest,
    )
