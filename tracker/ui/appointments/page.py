"""Appointments: what is coming and what is past, in two lists and a month calendar; add,
edit, move, confirm, cancel, mark done, remove, and plan follow-ups, each undoable."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.appointments import (
    DEFAULT_FOLLOW_UP_TIME,
    Appointment,
    AppointmentDraft,
    AppointmentKind,
    AppointmentStatus,
    FollowUpPlan,
)
from tracker.domain.dates import day_text, when_text
from tracker.errors import UserInputError
from tracker.ui import msgbox
from tracker.ui.appointments.calendar import AppointmentCalendar
from tracker.ui.appointments.controller import AppointmentsController
from tracker.ui.appointments.dialogs import AppointmentDialog, DoneDialog, MoveDialog
from tracker.ui.appointments.follow_ups import FollowUpRequest, FollowUpsDialog
from tracker.ui.appointments.models import (
    PLACE,
    TEXT,
    AppointmentTableModel,
    PastModel,
    UpcomingModel,
    split,
)
from tracker.ui.appointments.wording import capitalised, details, sentence
from tracker.ui.models.record_table import RECORD_ROLE
from tracker.ui.views.course_view import CourseView
from tracker.ui.widgets.accessible import named, wrapping_label
from tracker.ui.widgets.card import Card
from tracker.ui.widgets.course_calendar import to_qdate
from tracker.ui.widgets.dialogs import run_dialog
from tracker.ui.widgets.feedback import FeedbackLine
from tracker.ui.widgets.page_writes import PageWrites
from tracker.ui.widgets.record_table import record_table

# Below this width (of the area the page is shown in) the calendar goes above the lists: a
# 1024 px window (about 850 px here) keeps it beside them, which reads better on a short
# screen than the two stacked.
WIDE_FROM = 800
# A timer cannot wait longer than about 24 days; a day is plenty, it re-arms itself.
LONGEST_WAIT_MS = 24 * 60 * 60 * 1000


class AppointmentsView(CourseView):
    """The calendar (with the add and plan buttons) beside the upcoming and past lists;
    under them the selected appointment in full, what can be done with it, and the line
    that says what the last change did, with Undo.

    Re-reads the store after its own writes (`appointments_changed`), after any course
    change and after writes made elsewhere (`figures_changed`, which follows
    `store_changed_elsewhere`), and when an appointment's time comes (it moves to the past
    list as "not marked done").
    """

    def __init__(self, appointments: AppointmentsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appointments = appointments
        self._syncing = False
        self._placed = False
        self._now = dt.datetime.min
        self._time_passes = QTimer(self)
        self._time_passes.setSingleShot(True)
        self._time_passes.timeout.connect(self._on_figures_changed)
        self._build()
        self._build_layout()
        self._set_tab_order()
        self._connect_signals()
        self.writes = PageWrites(self.refresh, self.feedback)
        self.feedback.set_undo_stack(appointments.core.undo_stack)
        self.attach(appointments.core)
        appointments.appointments_changed.connect(self._on_figures_changed)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.calendar = named(AppointmentCalendar(), self.tr("Appointments calendar"))
        self.calendar.setMinimumSize(260, 240)
        self.calendar.setMaximumWidth(300)
        self.legend = wrapping_label(
            self.tr("● planned\n○ proposed\n▬ done, cancelled or past\n▢ today"),
            self.tr("What the calendar's marks mean"),
        )
        self.add_button = named(
            QPushButton(self.tr("&Add appointment…")),
            self.tr("Add appointment"),
            self.tr("Ctrl+N on this page"),
        )
        self.plan_button = named(
            QPushButton(self.tr("&Plan follow-ups…")),
            self.tr("Plan follow-ups"),
            self.tr("Propose visits every so many days up to the planned end of your course"),
        )
        self.upcoming = UpcomingModel(self)
        self.past = PastModel(self)
        # The free-text columns (place, and the note or outcome) share what the others
        # leave: no empty strip beside the header, no column cut off at a narrow window's
        # edge (the selected appointment is shown whole under the list).
        self.upcoming_table = record_table(
            self.tr("Upcoming appointments"), self.upcoming, stretch=(PLACE, TEXT)
        )
        self.past_table = record_table(
            self.tr("Past appointments"), self.past, stretch=(PLACE, TEXT)
        )
        self.upcoming_empty = wrapping_label(
            self.tr("Nothing planned yet: add an appointment, or plan follow-ups."),
            self.tr("No upcoming appointments"),
        )
        self.past_empty = wrapping_label(
            self.tr("Nothing here yet: appointments move here once their time has come."),
            self.tr("No past appointments"),
        )
        self.detail = wrapping_label(name=self.tr("Selected appointment"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = named(QPushButton(self.tr("Ed&it…")), self.tr("Edit appointment"))
        self.move_button = named(QPushButton(self.tr("&Move…")), self.tr("Move appointment"))
        self.confirm_button = named(
            QPushButton(self.tr("C&onfirm")), self.tr("Confirm proposed appointment")
        )
        self.done_button = named(
            QPushButton(self.tr("Mark do&ne…")), self.tr("Mark appointment done")
        )
        self.cancel_button = named(
            QPushButton(self.tr("&Cancel appointment…")), self.tr("Cancel appointment")
        )
        self.remove_button = named(QPushButton(self.tr("&Remove…")), self.tr("Remove appointment"))
        self.feedback = FeedbackLine(self.tr("Appointments result"))
        # Ctrl+N while this page is on show: an action of the page (not of a menu), so that
        # another page can use the same keys for its own "add".
        self.add_action = QAction(self.tr("Add appointment…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.addAction(self.add_action)

    def _build_layout(self) -> None:
        self._side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._side.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignTop)
        side_text = QVBoxLayout()
        side_text.addWidget(self.legend)
        add_buttons = QVBoxLayout()
        # At their own width: stretched across a wide row they would read as text fields.
        add_buttons.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        add_buttons.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_text.addLayout(add_buttons)
        side_text.addStretch()
        self._side.addLayout(side_text)

        upcoming_box = Card(self.tr("Upcoming"))
        upcoming_layout = upcoming_box.body
        upcoming_layout.addWidget(self.upcoming_table, 1)
        upcoming_layout.addWidget(self.upcoming_empty)
        past_box = Card(self.tr("Past"))
        past_layout = past_box.body
        past_layout.addWidget(self.past_table, 1)
        past_layout.addWidget(self.past_empty)

        actions = QGridLayout()
        for column, button in enumerate(
            (
                self.edit_button,
                self.move_button,
                self.confirm_button,
                self.done_button,
                self.cancel_button,
                self.remove_button,
            )
        ):
            actions.addWidget(button, column // 3, column % 3)
        actions.setColumnStretch(3, 1)
        selected_box = Card(self.tr("Selected"))
        selected_layout = selected_box.body
        selected_layout.addWidget(self.detail)
        selected_layout.addLayout(actions)
        selected_layout.addWidget(self.feedback)

        self._lists = QVBoxLayout()
        self._lists.addWidget(upcoming_box, 3)
        self._lists.addWidget(selected_box)
        self._lists.addWidget(past_box, 2)

        self._main = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._main.addLayout(self._side)
        self._main.addLayout(self._lists, 1)

    def _set_tab_order(self) -> None:
        """The lists first (what the page is for), the actions on the selected one, then
        the calendar and the buttons beside it."""
        chain: list[QWidget] = [
            self.upcoming_table,
            self.edit_button,
            self.move_button,
            self.confirm_button,
            self.done_button,
            self.cancel_button,
            self.remove_button,
            self.feedback.undo_link,
            self.past_table,
            self.calendar,
            self.add_button,
            self.plan_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.upcoming_table)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_appointment)
        self.add_action.triggered.connect(self.add_appointment)
        self.plan_button.clicked.connect(self.plan_follow_ups)
        self.edit_button.clicked.connect(self.edit_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for table, other in (
            (self.upcoming_table, self.past_table),
            (self.past_table, self.upcoming_table),
        ):
            table.selectionModel().selectionChanged.connect(
                lambda selected, _deselected, other=other: self._row_chosen(selected, other)
            )
            table.activated.connect(lambda _index: self.edit_selected())
        self.calendar.selectionChanged.connect(self._day_chosen)

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        kept = [a.id for a in self.selected()]
        now = self._now = self.appointments.now()
        every = self.appointments.appointments()
        upcoming, past = split(every, now)
        self._syncing = True
        try:
            self.upcoming.set_appointments(upcoming, now)
            self.past.set_appointments(past, now)
            self.calendar.set_appointments(every, now)
            if not self._placed:
                # Opens on today's month, on the next appointment's day if any.
                first = upcoming[0].starts_at.date() if upcoming else now.date()
                self.calendar.setSelectedDate(to_qdate(first))
                self._placed = True
        finally:
            self._syncing = False
        # The tables stay (the keyboard's first stop, and no jump in the layout); a line
        # under an empty one says so.
        self.upcoming_empty.setVisible(not upcoming)
        self.past_empty.setVisible(not past)
        course = self.appointments.core.services.course.active_course()
        self.plan_button.setEnabled(course is not None)
        self.plan_button.setToolTip(
            self.tr("Propose visits every so many days up to the planned end of your course")
            if course is not None
            else self.tr("Follow-ups are planned over an active course")
        )
        self._select_ids(kept)
        if not self.selected():  # nothing was selected, or it is gone: the day's, if any
            self._select_day(self.calendar.selected_day())
        self._show_selection()
        self._arm_timer(upcoming, now)

    def _arm_timer(self, upcoming: list[Appointment], now: dt.datetime) -> None:
        """Refresh when the next appointment's time comes: it then belongs to the past list."""
        if not upcoming:
            self._time_passes.stop()
            return
        wait = (upcoming[0].starts_at - now).total_seconds() * 1000 + 1000
        self._time_passes.start(int(min(max(wait, 1000), LONGEST_WAIT_MS)))

    def selected(self) -> list[Appointment]:
        """The appointments selected in either list, by time."""
        chosen = [
            index.data(RECORD_ROLE)
            for table in (self.upcoming_table, self.past_table)
            for index in table.selectionModel().selectedRows()
        ]
        return sorted(chosen, key=lambda a: (a.starts_at, a.id))

    def current(self) -> Appointment | None:
        """The one appointment the actions apply to; None if none or several are selected."""
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def _row_chosen(self, selected: QItemSelection, other: QTableView) -> None:
        if self._syncing:
            return
        if selected.indexes():
            record: Appointment = selected.indexes()[0].data(RECORD_ROLE)
            self._syncing = True
            try:
                other.selectionModel().clearSelection()
                self.calendar.setSelectedDate(to_qdate(record.starts_at.date()))
            finally:
                self._syncing = False
        self._show_selection()

    def _day_chosen(self) -> None:
        if self._syncing:
            return
        self._select_day(self.calendar.selected_day())
        self._show_selection()

    def _select_day(self, day: dt.date) -> None:
        """Select every appointment on `day`, in both lists."""
        self._select_rows(lambda model: model.rows_on(day))

    def _select_ids(self, ids: list[int]) -> None:
        def rows(model: AppointmentTableModel) -> list[int]:
            found = (model.row_of(appointment_id) for appointment_id in ids)
            return [row for row in found if row is not None]

        self._select_rows(rows)

    def _select_rows(self, rows_of: Callable[[AppointmentTableModel], list[int]]) -> None:
        self._syncing = True
        try:
            for table in (self.upcoming_table, self.past_table):
                model = table.model()
                assert isinstance(model, AppointmentTableModel)
                selection = table.selectionModel()
                selection.clearSelection()
                rows = rows_of(model)
                for row in rows:
                    selection.select(
                        model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                if rows:
                    selection.setCurrentIndex(
                        model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
                    )
                    table.scrollTo(model.index(rows[0], 0))
        finally:
            self._syncing = False

    def _show_selection(self) -> None:
        chosen = self.selected()
        day = self.calendar.selected_day()
        if chosen:
            self.detail.setText("\n\n".join(details(a, self._now) for a in chosen))
        else:
            self.detail.setText(
                self.tr(
                    "No appointment on {day}. Choose a day in the calendar or an "
                    "appointment in a list."
                ).format(day=day_text(day))
            )
        self._sync_actions()

    def _sync_actions(self) -> None:
        one = self.current()
        status = one.status if one is not None else None
        today = self.appointments.today()
        self.edit_button.setEnabled(one is not None)
        self.move_button.setEnabled(one is not None and status is not AppointmentStatus.DONE)
        self.confirm_button.setEnabled(status is AppointmentStatus.TENTATIVE)
        self.done_button.setEnabled(one is not None and one.starts_at.date() <= today)
        self.done_button.setText(
            self.tr("Cha&nge outcome…")
            if status is AppointmentStatus.DONE
            else self.tr("Mark do&ne…")
        )
        self.cancel_button.setEnabled(status is AppointmentStatus.PLANNED)
        self.remove_button.setEnabled(one is not None)
        self.remove_button.setText(
            self.tr("D&rop…") if status is AppointmentStatus.TENTATIVE else self.tr("&Remove…")
        )

    # -- actions -----------------------------------------------------------------------------

    def add_appointment(self) -> None:
        """Ctrl+N: a new appointment, on the day chosen in the calendar (today at the
        earliest), at 10:00."""
        today = self.appointments.today()
        day = max(self.calendar.selected_day(), today)
        initial = AppointmentDraft(
            AppointmentKind.VISIT, dt.datetime.combine(day, DEFAULT_FOLLOW_UP_TIME)
        )
        added: list[Appointment] = []
        dialog = AppointmentDialog(
            lambda draft: added.append(
                self.writes.for_dialog(lambda: self.appointments.add(draft))
            ),
            initial,
            today,
            pregnancy_tests=self.appointments.pregnancy_tests_apply(),
            parent=self,
        )
        if run_dialog(dialog) and added:
            self._after_write(
                added[0], self.tr("Added {appointment}.").format(appointment=sentence(added[0]))
            )

    def edit_selected(self) -> None:
        shown = self.current()
        if shown is None:
            return
        saved: list[Appointment] = []
        initial = AppointmentDraft(
            shown.kind, shown.starts_at, shown.title, shown.place, shown.note
        )
        dialog = AppointmentDialog(
            lambda draft: saved.append(
                self.writes.for_dialog(lambda: self.appointments.update(shown, draft))
            ),
            initial,
            self.appointments.today(),
            pregnancy_tests=self.appointments.pregnancy_tests_apply(),
            editing=shown,
            parent=self,
        )
        if run_dialog(dialog) and saved:
            self._after_write(
                saved[0], self.tr("Saved {appointment}.").format(appointment=sentence(saved[0]))
            )

    def move_selected(self) -> None:
        shown = self.current()
        if shown is None:
            return
        moved: list[Appointment] = []
        dialog = MoveDialog(
            lambda at: moved.append(
                self.writes.for_dialog(lambda: self.appointments.move(shown, at))
            ),
            shown,
            self.appointments.today(),
            parent=self,
        )
        if run_dialog(dialog) and moved:
            self._after_write(
                moved[0],
                self.tr("Moved {appointment} (was {when}).").format(
                    appointment=sentence(moved[0]), when=when_text(shown.starts_at)
                ),
            )

    def confirm_selected(self) -> None:
        shown = self.current()
        if shown is None:
            return
        confirmed = self.writes.from_button(lambda: self.appointments.confirm(shown))
        if confirmed is not None:
            self._after_write(
                confirmed,
                self.tr("Confirmed {appointment}.").format(appointment=sentence(confirmed)),
            )

    def mark_selected_done(self) -> None:
        shown = self.current()
        if shown is None:
            return
        done: list[Appointment] = []
        dialog = DoneDialog(
            lambda outcome: done.append(
                self.writes.for_dialog(lambda: self.appointments.mark_done(shown, outcome))
            ),
            shown,
            parent=self,
        )
        if run_dialog(dialog) and done:
            corrected = shown.status is AppointmentStatus.DONE
            text = (
                self.tr("Saved the outcome of {appointment}.")
                if corrected
                else self.tr("Marked {appointment} done.")
            )
            self._after_write(done[0], text.format(appointment=sentence(done[0])))

    def cancel_selected(self) -> None:
        shown = self.current()
        if shown is None:
            return
        if not msgbox.confirm(
            self,
            self.tr("Cancel appointment"),
            self.tr("Cancel {appointment}? It stays in the past list, marked cancelled.").format(
                appointment=sentence(shown)
            ),
            self.tr("Mark as cancelled"),
        ):
            return
        cancelled = self.writes.from_button(lambda: self.appointments.cancel(shown))
        if cancelled is not None:
            self._after_write(
                cancelled,
                self.tr("Cancelled {appointment}.").format(appointment=sentence(cancelled)),
            )

    def remove_selected(self) -> None:
        shown = self.current()
        if shown is None:
            return
        proposed = shown.status is AppointmentStatus.TENTATIVE
        if proposed:
            title, verb = self.tr("Drop proposal"), self.tr("Drop")
            question = self.tr("Drop {appointment}?")
        else:
            title, verb = self.tr("Remove appointment"), self.tr("Remove")
            question = self.tr("Remove {appointment}? It is deleted, not kept as cancelled.")
        question = question.format(appointment=sentence(shown))
        if not msgbox.confirm(self, title, question, verb):
            return
        removed = self.writes.from_button(lambda: self.appointments.remove(shown))
        if removed is not None:
            done = (
                self.tr("Dropped {appointment}.") if proposed else self.tr("Removed {appointment}.")
            )
            self.feedback.show_change(done.format(appointment=sentence(removed)))

    def plan_follow_ups(self) -> None:
        try:
            span = self.appointments.follow_up_span()
        except UserInputError as exc:
            self.feedback.show_message(self.tr("Not available: {reason}.").format(reason=exc))
            return
        plans: list[FollowUpPlan] = []

        def submit(request: FollowUpRequest) -> None:
            plans.append(self.appointments.plan_follow_ups(request.every_days, request.at))

        dialog = FollowUpsDialog(
            submit,
            lambda request: self.appointments.follow_up_preview(request.every_days, request.at),
            span,
            parent=self,
        )
        if not run_dialog(dialog) or not plans:
            return
        added, dropped = plans[0].added, plans[0].dropped
        if not added and not dropped:
            self.feedback.show_message(
                self.tr("No visit was proposed: there was none left to plan.")
            )
            return
        self._select_ids([a.id for a in added])
        self._show_selection()
        self.feedback.show_change(self.plan_feedback(added, dropped))

    def plan_feedback(self, added: Sequence[Appointment], dropped: Sequence[Appointment]) -> str:
        """What a plan of follow-ups did, in a sentence for the feedback line."""
        # Qt counts one number a text: the earlier proposals go in as their own counted words.
        earlier = self.tr("%n earlier proposal(s)", "", len(dropped))
        if not added:
            return self.tr(
                "Dropped %n earlier proposal(s): the new plan has no visit.", "", len(dropped)
            )
        first, last = when_text(added[0].starts_at), when_text(added[-1].starts_at)
        if len(added) == 1:
            text = (
                self.tr(
                    "Proposed a follow-up visit on {first}, replacing {earlier}: "
                    "confirm, move or drop it."
                )
                if dropped
                else self.tr("Proposed a follow-up visit on {first}: confirm, move or drop it.")
            )
            return text.format(first=first, earlier=earlier)
        text = (
            self.tr(
                "Proposed %n follow-up visit(s), {first} to {last}, replacing {earlier}: "
                "confirm, move or drop each one.",
                "",
                len(added),
            )
            if dropped
            else self.tr(
                "Proposed %n follow-up visit(s), {first} to {last}: "
                "confirm, move or drop each one.",
                "",
                len(added),
            )
        )
        return text.format(first=first, last=last, earlier=earlier)

    def _after_write(self, appointment: Appointment, text: str) -> None:
        """Select what was just written (the page has refreshed) and say what happened."""
        self._syncing = True
        try:
            self.calendar.setSelectedDate(to_qdate(appointment.starts_at.date()))
        finally:
            self._syncing = False
        self._select_ids([appointment.id])
        self._show_selection()
        self.feedback.show_change(capitalised(text))

    # -- small screens -----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown_in = self.parentWidget()
        self.arrange(shown_in.width() if shown_in is not None else event.size().width())

    def arrange(self, width: int) -> None:
        """The calendar column beside the lists when `width` allows; else the calendar and
        its buttons in a row above them."""
        wide = width >= WIDE_FROM
        if wide == self.wide:
            return
        if wide:
            self._main.setDirection(QBoxLayout.Direction.LeftToRight)
            self._side.setDirection(QBoxLayout.Direction.TopToBottom)
        else:
            self._main.setDirection(QBoxLayout.Direction.TopToBottom)
            self._side.setDirection(QBoxLayout.Direction.LeftToRight)

    @property
    def wide(self) -> bool:
        return self._main.direction() == QBoxLayout.Direction.LeftToRight
