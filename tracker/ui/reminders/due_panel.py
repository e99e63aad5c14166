"""Today's "Due" panel: every reminder that is due and not answered, with what can be done
about it right there. Shown only while something is due (or the patient has just answered,
so that the "Saved: … Undo" line stays in view)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QAction, QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import day_text, short_day_text
from tracker.domain.doselog import DoseStatus
from tracker.domain.reminders import Reminder, ReminderKind
from tracker.errors import UserInputError
from tracker.ui.conflicts import KeptElsewhere
from tracker.ui.reminders.actions import ReminderActions
from tracker.ui.style.icons import Icon
from tracker.ui.widgets.accessible import named, plain_label, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.feedback import FeedbackLine

TOMORROW_AT = dt.time(8, 0)
# How far ahead each choice of the Snooze menu is; None: tomorrow at TOMORROW_AT.
SNOOZE_AHEAD: tuple[dt.timedelta | None, ...] = (
    dt.timedelta(minutes=15),
    dt.timedelta(hours=1),
    None,
)
# The key of the PHQ-2 reminder's button in `DueRow.buttons`.
TAKE_PHQ2 = "Take it now"  # untranslated: a key; the button reads its translation


def snoozes() -> list[tuple[str, dt.timedelta | None]]:
    """The Snooze menu: (its text, how far ahead)."""
    texts = (
        QCoreApplication.translate("DueRow", "15 minutes"),
        QCoreApplication.translate("DueRow", "1 hour"),
        QCoreApplication.translate("DueRow", "Until tomorrow {time}").format(
            time=f"{TOMORROW_AT:%H:%M}"
        ),
    )
    return list(zip(texts, SNOOZE_AHEAD, strict=True))


def split_dose_help(last_time: dt.time) -> str:
    """Under an earlier reminder of a day with several dose times: the log keeps one entry
    per day, so the day is logged once, after its last dose."""
    return QCoreApplication.translate(
        "DueRow", "Log the day after your last dose ({time})."
    ).format(time=f"{last_time:%H:%M}")


def snooze_until(now: dt.datetime, ahead: dt.timedelta | None) -> dt.datetime:
    """When a snooze chosen at `now` (naive local) ends: `ahead` later on the wall clock, or
    tomorrow at TOMORROW_AT."""
    if ahead is None:
        return dt.datetime.combine(now.date() + dt.timedelta(days=1), TOMORROW_AT)
    return now + ahead


def reminded_text(reminder: Reminder, today: dt.date) -> str:
    """When the reminder came: "reminded 08:30" today, "reminded Mon 29 Jun, 20:00" on
    another day. (The subject says what it is about, and when that is.)"""
    due_at = reminder.due_at
    time = f"{due_at:%H:%M}"
    if due_at.date() == today:
        return QCoreApplication.translate("DueRow", "reminded {time}").format(time=time)
    return QCoreApplication.translate("DueRow", "reminded {day}, {time}").format(
        day=short_day_text(due_at.date()), time=time
    )


class DuePanel(Card):
    """One row per due reminder: when it came due and what it is about. A dose reminder
    can be answered "taken at" a time, "missed" or "skipped" (which log the day), snoozed
    or dismissed (which log nothing); other reminders can be snoozed or dismissed, and an
    appointment's opens the Appointments page.

    Signals:
        open_appointment(int): the patient asked to see an appointment (its id).
        take_phq2(): the patient chose "Take it now" on a PHQ-2 reminder.
    """

    open_appointment = Signal(int)
    take_phq2 = Signal()

    def __init__(self, actions: ReminderActions, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Due"), Icon.REMINDERS, parent=parent)
        named(self, self.tr("Due reminders"))
        self._actions = actions
        self._shown: tuple[tuple[str, dt.datetime, str], ...] = ()
        self.rows: dict[str, DueRow] = {}
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.nothing_else = wrapping_label(
            self.tr("Nothing else is due."), self.tr("Nothing else due")
        )
        self.nothing_else.hide()
        self.feedback = FeedbackLine(self.tr("Reminder result"))
        self.feedback.set_undo_stack(actions.core.undo_stack)
        layout = self.body
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.nothing_else)
        layout.addWidget(self.feedback)
        self.hide()

    # -- what is due -----------------------------------------------------------------------

    def show_due(self, due: list[Reminder]) -> None:
        """Show `due` (the scheduler's list). Rows are rebuilt only when the list changed,
        so a tick every half minute never takes away a time the patient is typing."""
        shown = tuple((r.key, r.due_at, r.subject) for r in due)
        if shown != self._shown:
            self._shown = shown
            self._rebuild(due)
        self._sync_visibility()

    def _rebuild(self, due: list[Reminder]) -> None:
        typed = {key: row.typed_time() for key, row in self.rows.items()}
        for row in self.rows.values():
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        today = self._now().date()
        dose_times = self._actions.settings.reminder_settings().dose_times
        for number, reminder in enumerate(due):
            row = DueRow(reminder, self, today=today, dose_times=dose_times, with_keys=number == 0)
            kept = typed.get(reminder.key)
            if kept is not None and row.taken_at is not None:
                row.taken_at.setTime(kept)
            self.rows[reminder.key] = row
            self._rows_layout.addWidget(row)

    def _sync_visibility(self) -> None:
        reported = bool(self.feedback.text())
        self.feedback.setVisible(reported)
        self.nothing_else.setVisible(not self.rows and reported)
        self.setVisible(bool(self.rows) or reported)

    def hideEvent(self, event: QHideEvent) -> None:
        # The patient moved on (another page, the window to the tray): a report of the last
        # answer has been seen, and an empty panel goes away.
        super().hideEvent(event)
        if not self.rows and not event.spontaneous():
            self.feedback.clear()
            self._sync_visibility()

    def _now(self) -> dt.datetime:
        return self._actions.core.services.clock.now().replace(tzinfo=None)

    # -- answers ---------------------------------------------------------------------------

    def answer(self, reminder: Reminder, status: DoseStatus, taken_at: dt.time | None) -> None:
        """Log the reminder's day as taken (at `taken_at`), missed or skipped."""
        assert reminder.day is not None
        now = self._now()
        if taken_at is not None and reminder.day == now.date() and taken_at > now.time():
            self._refuse(
                self.tr("{time} has not come yet today; enter when you took it.").format(
                    time=f"{taken_at:%H:%M}"
                )
            )
            return
        try:
            result = self._actions.answer_dose(self, reminder, status, taken_at)
        except UserInputError as exc:
            self._refuse(f"{exc}.")
            return
        if isinstance(result, KeptElsewhere):
            self.feedback.show_message(result.message())
        else:
            self.feedback.show_change(self._saved(reminder.day, status, taken_at))
        self._sync_visibility()

    def snooze(self, reminder: Reminder, ahead: dt.timedelta | None) -> None:
        until = snooze_until(self._now(), ahead)
        self._actions.snooze(reminder, until)
        time = f"{until:%H:%M}"
        if until.date() == self._now().date():
            text = self.tr("Snoozed until {time}.").format(time=time)
        else:
            text = self.tr("Snoozed until {day}, {time}.").format(
                day=day_text(until.date()), time=time
            )
        self.feedback.show_change(text)
        self._sync_visibility()

    def dismiss(self, reminder: Reminder) -> None:
        self._actions.dismiss(reminder)
        if reminder.kind is ReminderKind.DOSE and reminder.day is not None:
            self.feedback.show_change(
                self.tr("Dismissed. {day} stays not logged: nothing was recorded as taken.").format(
                    day=day_text(reminder.day)
                )
            )
        else:
            self.feedback.show_change(self.tr("Dismissed."))
        self._sync_visibility()

    def _saved(self, day: dt.date, status: DoseStatus, taken_at: dt.time | None) -> str:
        """ "Saved: Sat 28 Nov 2026 logged as taken at 08:30." """
        if status is DoseStatus.TAKEN and taken_at is not None:
            text = self.tr("Saved: {day} logged as taken at {time}.")
        elif status is DoseStatus.TAKEN:
            text = self.tr("Saved: {day} logged as taken.")
        elif status is DoseStatus.MISSED:
            text = self.tr("Saved: {day} logged as missed.")
        else:
            text = self.tr("Saved: {day} logged as skipped.")
        time = f"{taken_at:%H:%M}" if taken_at is not None else ""
        return text.format(day=day_text(day), time=time)

    def _refuse(self, text: str) -> None:
        self.feedback.show_message(self.tr("Not saved: {reason}").format(reason=text))
        self._sync_visibility()


class DueRow(QFrame):
    """One due reminder: what it is about (bold) and when it came (small), then its answers
    on the left (Taken at / Missed / Skipped, Open, or how to log a split dose) and Snooze
    and Dismiss at the right end, in the same place on every row.

    `with_keys`: the row's Snooze and Dismiss have Alt+letters (the first row only)."""

    def __init__(
        self,
        reminder: Reminder,
        panel: DuePanel,
        *,
        today: dt.date,
        dose_times: tuple[dt.time, ...],
        with_keys: bool = False,
    ) -> None:
        super().__init__(panel)
        self.reminder = reminder
        self.setFrameShape(QFrame.Shape.StyledPanel)
        subject = reminder.subject
        self.subject = wrapping_label(
            subject, self.tr("Reminder: {subject}").format(subject=subject)
        )
        font = self.subject.font()
        font.setBold(True)
        self.subject.setFont(font)
        self.when = named(
            plain_label(reminded_text(reminder, today)),
            self.tr("When it reminded: {subject}").format(subject=subject),
        )
        small = self.when.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.when.setFont(small)
        self.taken_at: QTimeEdit | None = None
        self.hint: QLabel | None = None
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton | QToolButton] = {}
        if reminder.kind is ReminderKind.DOSE:
            if answerable(reminder, today, len(dose_times)):
                self._add_dose_answers(buttons, panel)
            else:
                self.hint = wrapping_label(
                    split_dose_help(dose_times[-1]),
                    self.tr("How to log: {subject}").format(subject=subject),
                )
                buttons.addWidget(self.hint, 1)
        elif reminder.kind is ReminderKind.APPOINTMENT and reminder.appointment_id is not None:
            opener = self._button(
                buttons,
                "Open",
                self.tr("Open the appointment: {subject}").format(subject=subject),
                text=self.tr("Open"),
            )
            appointment_id = reminder.appointment_id
            opener.clicked.connect(lambda: panel.open_appointment.emit(appointment_id))
        elif reminder.kind is ReminderKind.PHQ2:
            taker = self._button(
                buttons,
                TAKE_PHQ2,
                self.tr("Take it now: {subject}").format(subject=subject),
                self.tr("Answer the PHQ-2 now"),
                text=self.tr("Take it now"),
            )
            taker.clicked.connect(lambda: panel.take_phq2.emit())
        if self.hint is None:
            buttons.addStretch()
        # Alt+letters on the first row's buttons (the earliest reminder). The other rows
        # share the words, so they go without: Tab reaches them. Free on Today and in the
        # menus.
        self._add_snooze(buttons, panel, self.tr("S&nooze") if with_keys else self.tr("Snooze"))
        dismiss = self._button(
            buttons,
            "Dismiss",
            self.tr("Dismiss: {subject}").format(subject=subject),
            self.tr(
                "Hide this reminder. Dismissing is not taking the dose: the day stays not logged."
            )
            if reminder.kind is ReminderKind.DOSE
            else self.tr("Hide this reminder"),
            text=self.tr("&Dismiss") if with_keys else self.tr("Dismiss"),
        )
        dismiss.clicked.connect(lambda: panel.dismiss(reminder))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.subject, 1)
        top.addWidget(self.when, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addLayout(buttons)

    def typed_time(self) -> QTime | None:
        return self.taken_at.time() if self.taken_at is not None else None

    def _button(
        self,
        row: QHBoxLayout,
        key: str,
        name: str,
        description: str = "",
        *,
        text: str,
    ) -> QPushButton:
        """A button reading `text`, kept in `buttons` under `key` (its English word)."""
        button = named(QPushButton(text), name, description)
        row.addWidget(button)
        self.buttons[key] = button
        return button

    def _add_dose_answers(self, row: QHBoxLayout, panel: DuePanel) -> None:
        reminder = self.reminder
        day = day_text(reminder.day) if reminder.day is not None else ""
        caption = plain_label(self.tr("Taken at"))
        self.taken_at = named(QTimeEdit(), self.tr("Time taken on {day}").format(day=day))
        self.taken_at.setDisplayFormat("HH:mm")
        at = reminder.due_at.time()
        self.taken_at.setTime(QTime(at.hour, at.minute))
        caption.setBuddy(self.taken_at)
        row.addWidget(caption)
        row.addWidget(self.taken_at)
        taken = self._button(
            row,
            "Taken",
            self.tr("Log {day} as taken").format(day=day),
            self.tr("As scheduled, at the time on the left"),
            text=self.tr("Taken"),
        )
        missed = self._button(
            row,
            "Missed",
            self.tr("Log {day} as missed").format(day=day),
            self.tr("Forgot the dose"),
            text=self.tr("Missed"),
        )
        skipped = self._button(
            row,
            "Skipped",
            self.tr("Log {day} as skipped").format(day=day),
            self.tr("Left out on purpose"),
            text=self.tr("Skipped"),
        )
        taken_at = self.taken_at
        taken.clicked.connect(lambda: panel.answer(reminder, DoseStatus.TAKEN, _time(taken_at)))
        missed.clicked.connect(lambda: panel.answer(reminder, DoseStatus.MISSED, None))
        skipped.clicked.connect(lambda: panel.answer(reminder, DoseStatus.SKIPPED, None))

    def _add_snooze(self, row: QHBoxLayout, panel: DuePanel, text: str) -> None:
        snooze = named(
            QToolButton(),
            self.tr("Snooze: {subject}").format(subject=self.reminder.subject),
            self.tr("Remind me later"),
        )
        snooze.setText(text)
        snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(snooze)
        reminder = self.reminder
        for label, ahead in snoozes():
            action = QAction(label, menu)
            action.triggered.connect(lambda _checked=False, a=ahead: panel.snooze(reminder, a))
            menu.addAction(action)
        snooze.setMenu(menu)
        row.addWidget(snooze)
        self.buttons["Snooze"] = snooze


def answerable(reminder: Reminder, today: dt.date, dose_times: int) -> bool:
    """Whether a dose reminder offers to log its day. The log holds one entry per day, so
    on a day of several dose times only the last one does (until the day is over, when
    the day has one reminder): logging the day at the morning's reminder would record the
    evening's dose as taken."""
    if reminder.day is None:
        return False
    if reminder.day < today or reminder.intake is None:
        return True
    return reminder.intake >= dose_times - 1


def _time(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())
