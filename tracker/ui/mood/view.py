"""The Mood tab of the "Side effects and mood" page: the questionnaires answered (a table and
a trend chart of the totals for each questionnaire), "PHQ-2…" and "PHQ-9…", and how often the
PHQ-2 comes.

Totals are shown as numbers with their date and the highest possible total, never with a
word about what they might mean (DOMAIN.md sections 0 and 6)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import day_text
from tracker.domain.mood import (
    DEFAULT_PHQ2_EVERY_DAYS,
    MAX_PHQ2_EVERY_DAYS,
    MAX_SCORES,
    MIN_PHQ2_EVERY_DAYS,
    Instrument,
    MoodScreenRecord,
    Phq2Due,
)
from tracker.domain.safety import MOOD, OpenAlert
from tracker.errors import UserInputError
from tracker.ui import msgbox, names
from tracker.ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from tracker.ui.mood.controller import MoodController
from tracker.ui.mood.take import take
from tracker.ui.safety.crisis import CRISIS_TITLE, translated
from tracker.ui.safety.discussed import DiscussedDialog
from tracker.ui.style.roles import Role, apply
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.record_table import record_table

if TYPE_CHECKING:
    from tracker.ui.charts.base import DateChart

# One chart per questionnaire, each on its own scale: a PHQ-2 (0-6) drawn on the PHQ-9's
# 0-27 would look flat whatever it did.
CHART_ORDER = (Instrument.PHQ2, Instrument.PHQ9)
# The feedback line's widest before it wraps: fits beside the Undo link in a 1024 px window.
FEEDBACK_CHARS = 90
SPLIT_EVENLY = 1_000_000  # QSplitter scales sizes to fit: equal ones give halves


def chart_title(instrument: Instrument) -> str:
    if instrument is Instrument.PHQ2:
        return QCoreApplication.translate("MoodView", "PHQ-2 totals")
    return QCoreApplication.translate("MoodView", "PHQ-9 totals")


def series_name(instrument: Instrument) -> str:
    if instrument is Instrument.PHQ2:
        return QCoreApplication.translate("MoodView", "PHQ-2 total (0-6)")
    return QCoreApplication.translate("MoodView", "PHQ-9 total (0-27)")


def due_text(every: int | None, due: Phq2Due | None, today: dt.date) -> str:
    """When the next PHQ-2 is due, in a sentence beside the buttons."""
    if every is None:
        return QCoreApplication.translate("MoodView", "No PHQ-2 reminders: they are turned off.")
    if due is None:
        return QCoreApplication.translate(
            "MoodView", "No PHQ-2 is due: the reminders come only while a course is active."
        )
    day = day_text(due.day)
    if due.first:
        if due.day <= today:
            return QCoreApplication.translate(
                "MoodView", "Your first PHQ-2 of this course is due today."
            )
        return QCoreApplication.translate(
            "MoodView", "Your first PHQ-2 is due on {day}, the first day of your course."
        ).format(day=day)
    if due.day == today:
        return QCoreApplication.translate("MoodView", "A PHQ-2 is due today.")
    if due.day < today:
        return QCoreApplication.translate("MoodView", "A PHQ-2 is due (since {day}).").format(
            day=day
        )
    return QCoreApplication.translate("MoodView", "Next PHQ-2: {day}.").format(day=day)


def discussed_text(record: MoodScreenRecord) -> str:
    if record.discussed_on is None:
        return QCoreApplication.translate("MoodView", "not yet")
    return day_text(record.discussed_on)


def total_text(record: MoodScreenRecord) -> str:
    """ "4 of 27", and for a PHQ-9 with question 9 above 0, that fact (no more)."""
    text = record.score_text()
    if not record.self_harm:
        return text
    return QCoreApplication.translate("MoodView", "{total}, question 9 above 0").format(total=text)


def columns() -> tuple[Column[MoodScreenRecord], ...]:
    """The table's columns, headed in the window's language."""
    return (
        Column(
            QCoreApplication.translate("MoodView", "Date"),
            lambda r: day_text(r.taken_on),
            sort_key=lambda r: r.taken_on,
        ),
        Column(QCoreApplication.translate("MoodView", "Questionnaire"), lambda r: r.name),
        Column(
            QCoreApplication.translate("MoodView", "Total"), total_text, sort_key=lambda r: r.score
        ),
        Column(QCoreApplication.translate("MoodView", "Discussed"), discussed_text),
    )


def answers_text(record: MoodScreenRecord) -> str:
    """Every question with the answer given, one a line; then what the doctor said."""
    lines = [
        QCoreApplication.translate("MoodView", "{questionnaire} of {day}: total {total}.").format(
            questionnaire=record.name, day=day_text(record.taken_on), total=record.score_text()
        )
    ]
    for number, (item, answer) in enumerate(
        zip(names.questions(record.instrument), record.answers, strict=True), start=1
    ):
        lines.append(f"{number}. {item}: {names.answer_name(answer)} ({answer})")
    if record.discussed_on is not None:
        on = day_text(record.discussed_on)
        if record.discussed_note:
            lines.append(
                QCoreApplication.translate(
                    "MoodView", "Discussed with your doctor on {day}. What was said: {note}"
                ).format(day=on, note=record.discussed_note)
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "MoodView", "Discussed with your doctor on {day}."
                ).format(day=on)
            )
    return "\n".join(lines)


class MoodView(QWidget):
    """Re-reads the store after its own writes (`mood_changed`), after writes made elsewhere
    (`store_changed_elsewhere`) and after a course change (PHQ-2 reminders come only while a
    course is active).

    The charts (one per questionnaire, each shown once it has a total to draw) are made the
    first time the tab is shown: the charting library (pyqtgraph and numpy, ~0.4 s) then
    loads only for a patient who looks, never at start-up, where the window builds this tab
    hidden."""

    def __init__(self, controller: MoodController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._build()
        self._build_layout()
        self._set_tab_order()
        self._connect_signals()
        self.feedback.set_undo_stack(controller.core.undo_stack)
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.crisis_box = self._crisis_box()
        self.intro = wrapping_label(
            self.tr(
                "Two short questionnaires about how you have felt over the last 2 weeks: the "
                "PHQ-2 (2 questions) and the PHQ-9 (9 questions). Your totals are kept with their "
                "date so you can show your doctor how they change; the app does not interpret "
                "them."
            ),
            self.tr("About the mood questionnaires"),
        )
        self.phq2_button = named(
            QPushButton(self.tr("PHQ-&2…")),
            self.tr("Answer the PHQ-2"),
            self.tr("The short questionnaire: 2 questions"),
        )
        self.phq9_button = named(
            QPushButton(self.tr("PHQ-&9…")),
            self.tr("Answer the PHQ-9"),
            self.tr("The longer questionnaire: 9 questions"),
        )
        self.next_due = wrapping_label(name=self.tr("Next PHQ-2"))
        self.rhythm_on = named(
            QCheckBox(self.tr("Remind me to answer the PHQ-2 every")),
            self.tr("Remind me to answer the PHQ-2"),
            self.tr("A reminder on Today and in the tray when it is due"),
        )
        self.every_days = named(QSpinBox(), self.tr("Days between PHQ-2 reminders"))
        self.every_days.setRange(MIN_PHQ2_EVERY_DAYS, MAX_PHQ2_EVERY_DAYS)
        self.every_days.setValue(DEFAULT_PHQ2_EVERY_DAYS)
        self.days_caption = plain_label(self.tr("days, while a course is active"))
        self.model: RecordTableModel[MoodScreenRecord] = RecordTableModel(columns(), self)
        self.table = record_table(self.tr("Mood questionnaires answered"), self.model, stretch=(2,))
        self.empty = wrapping_label(
            self.tr("No questionnaire answered yet."), self.tr("No questionnaire yet")
        )
        # Made when first shown (_ensure_charts), in CHART_ORDER.
        self.charts: dict[Instrument, DateChart] = {}
        self._screens: list[MoodScreenRecord] = []
        self.detail = wrapping_label(name=self.tr("Selected questionnaire"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.discussed_button = named(
            QPushButton(self.tr("Discussed with my doctor…")),
            self.tr("Mark as discussed with your doctor"),
        )
        self.remove_button = named(QPushButton(self.tr("Remove…")), self.tr("Remove questionnaire"))
        self.feedback = FeedbackLine(self.tr("Mood result"))

    def _crisis_box(self) -> QFrame:
        """The crisis line at the top of the tab while a question-9 answer above 0 is open:
        its own words (tracker.domain.safety), framed and headed so that it reads as what it
        is; hidden otherwise."""
        title = translated(CRISIS_TITLE)
        box = named(QFrame(), title)
        box.setObjectName("crisis_box")
        box.setFrameShape(QFrame.Shape.Box)
        # Colour is a second cue only: the heading says it in words.
        apply(box, Role.ALERT)
        heading = wrapping_label(title, self.tr("Heading"))
        line = wrapping_label(names.crisis_line(), self.tr("Crisis line"))
        for label in (heading, line):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        layout = QVBoxLayout(box)
        layout.addWidget(heading)
        layout.addWidget(line)
        why = self.tr(
            "Shown while a PHQ-9 with question 9 above 0 is not yet marked as discussed with "
            "your doctor."
        )
        layout.addWidget(wrapping_label(why, self.tr("Why this is shown")))
        box.hide()
        return box

    def _build_layout(self) -> None:
        take_row = QHBoxLayout()
        take_row.addWidget(self.phq2_button)
        take_row.addWidget(self.phq9_button)
        take_row.addWidget(self.next_due, 1)

        rhythm_row = QHBoxLayout()
        rhythm_row.addWidget(self.rhythm_on)
        rhythm_row.addWidget(self.every_days)
        rhythm_row.addWidget(self.days_caption)
        rhythm_row.addStretch(1)

        answered = Card(self.tr("Answered"))
        answered_layout = answered.body
        answered_layout.addWidget(self.table, 1)
        answered_layout.addWidget(self.empty)
        answered_layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discussed_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        answered_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(answered)
        # The charts' place, filled when the tab is first shown.
        self.chart_holder = QWidget()
        self._chart_layout = QVBoxLayout(self.chart_holder)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.crisis_box)
        layout.addWidget(self.intro)
        layout.addLayout(take_row)
        layout.addLayout(rhythm_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.feedback)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.phq2_button,
            self.phq9_button,
            self.rhythm_on,
            self.every_days,
            self.table,
            self.discussed_button,
            self.remove_button,
            self.feedback.undo_link,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(self.phq2_button)

    def _connect_signals(self) -> None:
        self.phq2_button.clicked.connect(lambda: self.answer(Instrument.PHQ2))
        self.phq9_button.clicked.connect(lambda: self.answer(Instrument.PHQ9))
        self.rhythm_on.toggled.connect(lambda _on: self.save_rhythm())
        self.every_days.editingFinished.connect(self.save_rhythm)
        self.table.selectionModel().selectionChanged.connect(self._show_selection)
        self.discussed_button.clicked.connect(self.mark_selected_discussed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.controller.mood_changed.connect(self.refresh)
        core = self.controller.core
        core.store_changed_elsewhere.connect(self.refresh)
        core.course_changed.connect(self.refresh)

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        kept = self.current()
        screens = self.controller.screens()
        self._screens = screens
        self.model.set_rows(list(reversed(screens)))  # the latest first
        self.empty.setVisible(not screens)
        self.crisis_box.setVisible(any(s.is_open_alert for s in screens))
        self._draw(screens)
        self._show_rhythm()
        if kept is not None:
            self.select(kept.id)
        self._show_selection()

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_charts()
        super().showEvent(event)

    def _ensure_charts(self) -> None:
        if self.charts:
            return
        from tracker.ui.charts.base import DateChart  # pyqtgraph: only once the tab shows

        for instrument in CHART_ORDER:
            chart = DateChart(chart_title(instrument), self.tr("Total"))
            self._chart_layout.addWidget(chart, 1)
            self.charts[instrument] = chart
        # The splitter laid out an empty place for them: share the width again, half each.
        self.splitter.setSizes([SPLIT_EVENLY, SPLIT_EVENLY])
        self._draw(self._screens)

    def _draw(self, screens: list[MoodScreenRecord]) -> None:
        """Each questionnaire's totals on its own chart, from 0 to its highest total; a
        chart is shown once it has a total (with none at all, the PHQ-2's says so)."""
        if not self.charts:
            return  # not made yet: drawn when first shown
        for instrument, chart in self.charts.items():
            chosen = [s for s in screens if s.instrument is instrument]
            chart.clear()
            if chosen:
                chart.add_series(
                    series_name(instrument),
                    [s.taken_on for s in chosen],
                    [float(s.score) for s in chosen],
                )
            chart.set_y_range(0, MAX_SCORES[instrument])
            # Set, not shown: a chart added to a widget being shown does not show by itself.
            chart.setVisible(bool(chosen) or (not screens and instrument is CHART_ORDER[0]))

    def _show_rhythm(self) -> None:
        every = self.controller.phq2_every_days()
        for widget in (self.rhythm_on, self.every_days):
            widget.blockSignals(True)
        try:
            self.rhythm_on.setChecked(every is not None)
            if every is not None:
                self.every_days.setValue(every)
        finally:
            for widget in (self.rhythm_on, self.every_days):
                widget.blockSignals(False)
        self.every_days.setEnabled(every is not None)
        self.next_due.setText(due_text(every, self.controller.phq2_due(), self.controller.today()))

    def current(self) -> MoodScreenRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select(self, screen_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == screen_id:
                self.table.selectRow(row)
                return

    def _show_selection(self) -> None:
        record = self.current()
        self.detail.setVisible(record is not None)
        self.detail.setText("" if record is None else answers_text(record))
        self.discussed_button.setEnabled(record is not None and record.discussed_on is None)
        self.remove_button.setEnabled(record is not None)

    # -- saying what happened ----------------------------------------------------------------

    def _say_change(self, text: str) -> None:
        self.feedback.show_change(text)
        self._fit_feedback()

    def _say_message(self, text: str) -> None:
        self.feedback.show_message(text)
        self._fit_feedback()

    def _fit_feedback(self) -> None:
        """Let the feedback sentence take the width it needs (up to FEEDBACK_CHARS), so that
        it reads on one line with its Undo link after it. A word-wrapping QLabel asks for
        only about 230 px, which folded "Saved: PHQ-9 of Tue 30 Jun 2026, total 3 of 27."
        into a narrow column whose last line fell below the window at 1366x900."""
        label = self.feedback.label
        metrics = label.fontMetrics()
        needed = metrics.horizontalAdvance(label.text()) + metrics.averageCharWidth()
        label.setMinimumWidth(min(needed, metrics.averageCharWidth() * FEEDBACK_CHARS))

    # -- writing -----------------------------------------------------------------------------

    def answer(self, instrument: Instrument) -> None:
        """Answer a questionnaire (and after a PHQ-2 of 3 or more, perhaps the PHQ-9)."""
        answered = take(self, self.controller, instrument)
        if answered:
            self.select(answered[-1].saved.id)
            # The last save only: a PHQ-2 followed by the PHQ-9 was already reported in the
            # offer of the PHQ-9, and both rows are in the table.
            self._say_change(answered[-1].text())

    def save_rhythm(self) -> None:
        days = self.every_days.value() if self.rhythm_on.isChecked() else None
        self.every_days.setEnabled(days is not None)
        if days == self.controller.phq2_every_days():
            return
        try:
            self.controller.set_phq2_every_days(days)
        except UserInputError as exc:
            self._say_message(self.tr("Not saved: {problem}.").format(problem=exc))
            return
        self._say_change(
            self.tr("Saved: no PHQ-2 reminders.")
            if days is None
            else self.tr("Saved: a PHQ-2 reminder every %n day(s).", "", days)
        )

    def mark_selected_discussed(self) -> None:
        record = self.current()
        if record is None:
            return
        alert = OpenAlert(
            kind=MOOD,
            record_id=record.id,
            day=record.taken_on,
            title=self.tr("{questionnaire}, total {total}").format(
                questionnaire=record.name, total=total_text(record)
            ),
            self_harm=record.self_harm,
        )
        dialog = DiscussedDialog(
            lambda on, note: self.controller.mark_discussed(record, on, note),
            alert=alert,
            today=self.controller.today(),
            parent=self,
        )
        if dialog.run():
            self._say_change(
                self.tr("Saved: {questionnaire} marked as discussed.").format(
                    questionnaire=record.describe()
                )
            )

    def remove_selected(self) -> None:
        record = self.current()
        if record is None:
            return
        if not msgbox.confirm(
            self,
            self.tr("Remove the questionnaire"),
            self.tr(
                "Remove {questionnaire} (total {total})? You can undo this with Ctrl+Z."
            ).format(questionnaire=record.describe(), total=record.score_text()),
            self.tr("Remove"),
        ):
            return
        try:
            self.controller.remove(record)
        except UserInputError as exc:
            self._say_message(self.tr("Not removed: {problem}.").format(problem=exc))
            return
        self._say_change(
            self.tr("Removed {questionnaire}.").format(questionnaire=record.describe())
        )
