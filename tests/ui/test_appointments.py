"""The Appointments page, its dialogs and Today's "Next appointment", driven as a patient
would, over a real store: what the lists show, what lands in the database, and Ctrl+Z."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from sqlalchemy import select

from tests.conftest import TODAY
from tests.ui.helpers import press
from tests.ui.test_main_window import mnemonics, mnemonics_of
from tracker.db import models
from tracker.domain.appointments import AppointmentDraft, AppointmentKind, AppointmentStatus
from tracker.ui.appointments.dialogs import AppointmentDialog, DoneDialog, MoveDialog
from tracker.ui.appointments.follow_ups import FollowUpsDialog
from tracker.ui.appointments.models import STATUS, TEXT, WHAT, WHEN
from tracker.ui.appointments.page import AppointmentsView

DEC_3 = dt.date(2026, 12, 3)
NOON = dt.time(12, 0)  # the tests' clock: 2026-11-28 12:00
PAYLOAD = "<b>x</b> & <script>"


@pytest.fixture
def page(qtbot, window) -> AppointmentsView:
    QApplication.processEvents()  # the window becomes the active one: its shortcuts work
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_title() == "Appointments"
    return window.appointments


def stored(sessions) -> list[tuple[object, ...]]:
    with sessions() as session:
        return [
            (row.kind, row.starts_at, row.title, row.place, row.note, row.outcome, row.status)
            for row in session.scalars(select(models.Appointment).order_by(models.Appointment.id))
        ]


def rows(model, column: int = WHEN) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def add(services, day: dt.date, at: dt.time = dt.time(10, 0), **fields):
    kind = fields.pop("kind", AppointmentKind.VISIT)
    return services.appointments.add(AppointmentDraft(kind, dt.datetime.combine(day, at), **fields))


def fill(
    day: dt.date,
    at: dt.time,
    *,
    kind: AppointmentKind | None = None,
    title: str = "",
    place: str = "",
    note: str = "",
):
    def respond(dialog: AppointmentDialog) -> None:
        if kind is not None:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.date.setDate(QDate(day.year, day.month, day.day))
        dialog.time.setTime(QTime(at.hour, at.minute))
        dialog.title.setText(title)
        dialog.place.setText(place)
        dialog.note.setPlainText(note)
        dialog.ok.click()

    return respond


def undo_with_keys(qtbot, window) -> None:
    # A dialog that just closed leaves no window active (offscreen): the keys go to ours.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_an_appointment_added_in_the_dialog_is_listed_stored_and_undone_by_ctrl_z(
    qtbot, window, page, sessions, answer_dialog
) -> None:
    handled = answer_dialog(
        AppointmentDialog,
        fill(DEC_3, dt.time(8, 30), kind=AppointmentKind.LAB, place="City lab", note="fasting"),
    )
    page.add_button.click()
    assert handled and handled[0].windowTitle() == "Add appointment"
    assert stored(sessions) == [
        (
            AppointmentKind.LAB,
            dt.datetime(2026, 12, 3, 8, 30),
            "",
            "City lab",
            "fasting",
            "",
            AppointmentStatus.PLANNED,
        )
    ]
    assert rows(page.upcoming) == ["Thu 3 Dec 2026 08:30"]
    assert rows(page.upcoming, WHAT) == ["Lab draw"]
    assert rows(page.upcoming, STATUS) == ["planned"]
    assert rows(page.upcoming, TEXT) == ["fasting"]
    assert page.feedback.text() == "Added the lab draw on Thu 3 Dec 2026 08:30."
    assert page.feedback.undo_link.isVisible()
    assert page.current() is not None and page.current().place == "City lab"
    assert page.calendar.selected_day() == DEC_3
    assert page.calendar.marks_on(DEC_3) == ["planned"]
    assert "Place: City lab\nNote: fasting" in page.detail.text()

    undo_with_keys(qtbot, window)
    assert stored(sessions) == []
    assert page.upcoming.rowCount() == 0 and page.upcoming_empty.isVisible()
    assert page.feedback.text() == "Undone: adding the lab draw on Thu 3 Dec."
    assert page.calendar.marks_on(DEC_3) == []
    window.redo_action.trigger()  # the same appointment back, with its id
    assert [row[2:5] for row in stored(sessions)] == [("", "City lab", "fasting")]
    assert rows(page.upcoming) == ["Thu 3 Dec 2026 08:30"]


def test_ctrl_n_adds_on_this_page_only(qtbot, window, page, answer_dialog, sessions) -> None:
    handled = answer_dialog(AppointmentDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert handled, "Ctrl+N opened the dialog"
    assert stored(sessions) == []
    window.show_page("Today")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None


def test_a_refusal_is_shown_in_the_dialog_which_keeps_what_was_typed(
    window, page, sessions, answer_dialog
) -> None:
    seen: list[tuple[bool, str, str]] = []

    def respond(dialog: AppointmentDialog) -> None:
        dialog.title.setText("Visit\x1b[31m")
        dialog.ok.click()
        seen.append((dialog.isVisible(), dialog.problem.text(), dialog.title.text()))
        dialog.reject()

    answer_dialog(AppointmentDialog, respond)
    page.add_button.click()
    [(still_open, problem, title)] = seen
    assert still_open and title == "Visit\x1b[31m"
    assert problem.startswith("Not saved: the title holds ") and "position 6" in problem
    assert stored(sessions) == []


def test_follow_ups_are_shown_before_saving_then_proposed_confirmed_and_dropped(
    qtbot, window, page, sessions, answer_dialog
) -> None:
    previews: list[list[str]] = []

    def respond(dialog: FollowUpsDialog) -> None:
        assert dialog.every.value() == 30 and dialog.time.time() == QTime(10, 0)
        previews.append([dialog.proposals.item(i).text() for i in range(dialog.proposals.count())])
        dialog.every.setValue(45)
        previews.append([dialog.proposals.item(i).text() for i in range(dialog.proposals.count())])
        dialog.every.setValue(30)
        dialog.time.setTime(QTime(9, 15))
        previews.append([dialog.proposals.item(i).text() for i in range(dialog.proposals.count())])
        assert dialog.summary.text() == "3 visits will be proposed:"
        dialog.ok.click()

    answer_dialog(FollowUpsDialog, respond)
    page.plan_button.click()
    # From the course start (Thu 1 Oct) every 30 days; 31 Oct has passed.
    assert previews == [
        ["Mon 30 Nov 2026 10:00", "Wed 30 Dec 2026 10:00", "Fri 29 Jan 2027 10:00"],
        ["Wed 30 Dec 2026 10:00", "Sat 13 Feb 2027 10:00"],  # 15 Nov has passed
        ["Mon 30 Nov 2026 09:15", "Wed 30 Dec 2026 09:15", "Fri 29 Jan 2027 09:15"],
    ]
    assert rows(page.upcoming) == previews[2]
    assert rows(page.upcoming, STATUS) == ["proposed"] * 3
    assert {row[6] for row in stored(sessions)} == {AppointmentStatus.TENTATIVE}
    assert page.feedback.text() == (
        "Proposed 3 follow-up visits, Mon 30 Nov 2026 09:15 to Fri 29 Jan 2027 09:15: "
        "confirm, move or drop each one."
    )
    assert len(page.selected()) == 3 and not page.confirm_button.isEnabled()

    page.upcoming_table.selectRow(0)
    assert page.confirm_button.isEnabled() and page.remove_button.text() == "D&rop…"
    assert not page.cancel_button.isEnabled()
    page.confirm_button.click()
    assert rows(page.upcoming, STATUS) == ["planned", "proposed", "proposed"]
    assert page.feedback.text() == "Confirmed the dermatology visit on Mon 30 Nov 2026 09:15."
    assert page.calendar.marks_on(dt.date(2026, 11, 30)) == ["planned"]
    undo_with_keys(qtbot, window)
    assert rows(page.upcoming, STATUS) == ["proposed"] * 3

    page.upcoming_table.selectRow(1)
    answer_dialog(QMessageBox, press("Drop"))
    page.remove_button.click()
    assert rows(page.upcoming) == [previews[2][0], previews[2][2]]
    assert page.feedback.text() == (
        "Dropped the proposed dermatology visit on Wed 30 Dec 2026 09:15."
    )
    undo_with_keys(qtbot, window)
    assert rows(page.upcoming) == previews[2]
    undo_with_keys(qtbot, window)  # the whole plan, in one step
    assert stored(sessions) == [] and page.upcoming.rowCount() == 0


def test_the_preview_is_what_planning_adds(window, page, services) -> None:
    add(services, dt.date(2026, 12, 30))  # a visit already on one of the days: skipped
    add(services, dt.date(2027, 1, 29), kind=AppointmentKind.LAB)  # not a visit: kept
    controller = window.appointments_controller
    preview = controller.follow_up_proposals(30, dt.time(10, 0))
    added = controller.plan_follow_ups(30, dt.time(10, 0)).added
    assert (
        preview
        == [a.starts_at for a in added]
        == [
            dt.datetime(2026, 11, 30, 10, 0),
            dt.datetime(2027, 1, 29, 10, 0),
        ]
    )
    assert controller.follow_up_proposals(30, dt.time(10, 0)) == []


def test_a_visit_is_marked_done_with_its_outcome_in_the_past_list(
    qtbot, window, page, sessions, services, answer_dialog
) -> None:
    add(services, TODAY, dt.time(9, 0), place="Dr Lee")
    window.appointments_controller.appointments_changed.emit()
    assert page.upcoming.rowCount() == 0
    assert rows(page.past, STATUS) == ["not marked done"]
    page.past_table.selectRow(0)
    assert page.done_button.isEnabled() and page.done_button.text() == "Mark do&ne…"

    def respond(dialog: DoneDialog) -> None:
        dialog.outcome.setPlainText("dose raised to 60 mg")
        dialog.ok.click()

    answer_dialog(DoneDialog, respond)
    page.done_button.click()
    assert rows(page.past, STATUS) == ["done"]
    assert rows(page.past, TEXT) == ["dose raised to 60 mg"]
    assert stored(sessions)[0][5:] == ("dose raised to 60 mg", AppointmentStatus.DONE)
    assert page.feedback.text() == "Marked the dermatology visit on Sat 28 Nov 2026 09:00 done."
    assert "Outcome: dose raised to 60 mg" in page.detail.text()
    assert page.done_button.text() == "Cha&nge outcome…"
    assert not page.move_button.isEnabled() and not page.cancel_button.isEnabled()
    undo_with_keys(qtbot, window)
    assert stored(sessions)[0][5:] == ("", AppointmentStatus.PLANNED)
    assert rows(page.past, STATUS) == ["not marked done"]


def test_a_later_visit_cannot_be_marked_done_yet(page, services) -> None:
    add(services, TODAY + dt.timedelta(days=1))
    page.refresh()
    page.upcoming_table.selectRow(0)
    assert not page.done_button.isEnabled()
    assert page.cancel_button.isEnabled() and page.move_button.isEnabled()


def test_cancelling_asks_first_and_keeps_it_in_the_past_list(
    page, services, sessions, answer_dialog
) -> None:
    add(services, DEC_3, title="Check-up")
    page.refresh()
    page.upcoming_table.selectRow(0)
    questions: list[str] = []

    def read_and(answer: str):
        def respond(box: QMessageBox) -> None:
            questions.append(box.text())
            press(answer)(box)

        return respond

    answer_dialog(QMessageBox, read_and("Cancel"))
    page.cancel_button.click()
    assert stored(sessions)[0][6] == AppointmentStatus.PLANNED
    assert questions == [
        "Cancel “Check-up” on Thu 3 Dec 2026 10:00? It stays in the past list, marked cancelled."
    ]
    answer_dialog(QMessageBox, press("Mark as cancelled"))
    page.cancel_button.click()
    assert stored(sessions)[0][6] == AppointmentStatus.CANCELLED
    assert page.upcoming.rowCount() == 0
    assert rows(page.past, STATUS) == ["cancelled"]
    assert page.feedback.text() == "Cancelled “Check-up” on Thu 3 Dec 2026 10:00."


def test_removing_asks_first(page, services, sessions, answer_dialog) -> None:
    add(services, DEC_3)
    page.refresh()
    page.upcoming_table.selectRow(0)
    assert page.remove_button.text() == "&Remove…"
    answer_dialog(QMessageBox, press("Cancel"))
    page.remove_button.click()
    assert len(stored(sessions)) == 1
    answer_dialog(QMessageBox, press("Remove"))
    page.remove_button.click()
    assert stored(sessions) == []
    assert page.feedback.text() == "Removed the dermatology visit on Thu 3 Dec 2026 10:00."


def test_moving_and_editing(qtbot, window, page, services, sessions, answer_dialog) -> None:
    add(services, DEC_3, place="Clinic")
    page.refresh()
    page.upcoming_table.selectRow(0)

    def move(dialog: MoveDialog) -> None:
        dialog.date.setDate(QDate(2026, 12, 10))
        dialog.time.setTime(QTime(14, 45))
        dialog.ok.click()

    answer_dialog(MoveDialog, move)
    page.move_button.click()
    assert rows(page.upcoming) == ["Thu 10 Dec 2026 14:45"]
    assert page.feedback.text() == (
        "Moved the dermatology visit on Thu 10 Dec 2026 14:45 (was Thu 3 Dec 2026 10:00)."
    )
    assert page.calendar.selected_day() == dt.date(2026, 12, 10)

    answer_dialog(
        AppointmentDialog,
        fill(dt.date(2026, 12, 10), dt.time(14, 45), title="Second month", place="Clinic B"),
    )
    page.edit_button.click()
    assert rows(page.upcoming, WHAT) == ["Second month"]
    assert stored(sessions)[0][2:4] == ("Second month", "Clinic B")
    undo_with_keys(qtbot, window)
    assert stored(sessions)[0][1:4] == (dt.datetime(2026, 12, 10, 14, 45), "", "Clinic")
    undo_with_keys(qtbot, window)
    assert stored(sessions)[0][1] == dt.datetime(2026, 12, 3, 10, 0)


def test_choosing_a_day_selects_its_appointments(page, services) -> None:
    add(services, DEC_3, dt.time(8, 0), kind=AppointmentKind.LAB)
    add(services, DEC_3, dt.time(11, 0))
    add(services, dt.date(2026, 12, 20))
    page.refresh()
    page.calendar.setSelectedDate(QDate(2026, 12, 3))
    assert [a.starts_at.hour for a in page.selected()] == [8, 11]
    assert page.current() is None and not page.edit_button.isEnabled()
    assert "Lab draw" in page.detail.text() and "Dermatology visit" in page.detail.text()
    assert page.calendar.marks_on(DEC_3) == ["planned", "planned"]
    page.calendar.setSelectedDate(QDate(2026, 12, 4))
    assert page.selected() == []
    assert page.detail.text().startswith("No appointment on Fri 4 Dec 2026.")
    page.upcoming_table.selectRow(2)
    assert page.calendar.selected_day() == dt.date(2026, 12, 20)
    assert [a.starts_at.day for a in page.selected()] == [20]
    assert page.edit_button.isEnabled()


def test_today_shows_the_next_appointment(window, page, services) -> None:
    box = window.next_appointment
    assert box.text.text().startswith("No appointment planned.")
    add(services, TODAY, dt.time(11, 0))  # passed: not next
    window.appointments_controller.plan_follow_ups(30, dt.time(10, 0))
    assert box.text.text() == (
        "Mon 30 Nov 2026 10:00 (in 2 days): Dermatology visit\n"
        "Proposed: not confirmed yet. Confirm, move or drop it on the Appointments page."
    )
    add(
        services,
        TODAY + dt.timedelta(days=1),
        dt.time(9, 0),
        kind=AppointmentKind.LAB,
        place="City lab",
    )
    window.appointments_controller.appointments_changed.emit()
    assert box.text.text() == "Sun 29 Nov 2026 09:00 (tomorrow): Lab draw, at City lab"
    window.show_page("Today")
    assert box.isVisible()
    box.open_button.click()
    assert window.current_page_title() == "Appointments"


def test_a_write_elsewhere_shows_after_store_changed_elsewhere(window, page, services) -> None:
    add(services, DEC_3, note="from the command line")
    assert page.upcoming.rowCount() == 0  # not yet told
    window.appointments_controller.core.announce_changed_elsewhere()
    assert rows(page.upcoming, TEXT) == ["from the command line"]
    assert window.next_appointment.text.text().startswith("Thu 3 Dec 2026 10:00 (in 5 days)")


def test_a_change_made_elsewhere_is_not_overwritten(page, services, answer_dialog) -> None:
    shown = add(services, DEC_3)
    page.refresh()
    page.upcoming_table.selectRow(0)
    services.appointments.cancel(shown.id)  # the command line, unannounced
    answer_dialog(QMessageBox, press("Mark as cancelled"))
    page.cancel_button.click()  # still enabled: the page has not heard
    assert page.feedback.text().startswith("Not saved: Dermatology visit on Thu 3 Dec 2026 ")
    assert "changed elsewhere" in page.feedback.text()
    assert rows(page.past, STATUS) == ["cancelled"]  # the page now shows it as it is


def test_an_undo_over_a_change_made_elsewhere_is_refused(
    qtbot, window, page, services, sessions, answer_dialog
) -> None:
    answer_dialog(AppointmentDialog, fill(DEC_3, dt.time(10, 0)))
    page.add_button.click()
    [added] = services.appointments.list()
    services.appointments.move(added.id, dt.datetime(2026, 12, 4, 10, 0))
    undo_with_keys(qtbot, window)
    assert stored(sessions)[0][1] == dt.datetime(2026, 12, 4, 10, 0)
    message = window.statusBar().currentMessage()
    assert message.startswith("Adding the dermatology visit on Thu 3 Dec could not be undone")


def test_undoing_a_plan_is_refused_whole_when_one_visit_changed_elsewhere(
    window, page, services, sessions
) -> None:
    added = window.appointments_controller.plan_follow_ups(30, dt.time(10, 0)).added
    services.appointments.confirm(added[1].id)  # the command line
    window.undo_action.trigger()
    assert len(stored(sessions)) == 3, "none removed"
    assert window.statusBar().currentMessage() == (
        "Planning 3 follow-up visits could not be undone: Dermatology visit on Wed 30 Dec "
        "2026 10:00 (proposed) was changed elsewhere since it was shown: now Dermatology "
        "visit on Wed 30 Dec 2026 10:00 (planned)."
    )


def test_an_appointment_whose_time_comes_moves_to_the_past_list(page, services, clock) -> None:
    add(services, TODAY, dt.time(15, 0))
    page.refresh()
    assert rows(page.upcoming, STATUS) == ["planned"] and page.past.rowCount() == 0
    assert page._time_passes.isActive()
    clock.set_now(dt.datetime(2026, 11, 28, 15, 0, 1))
    page._time_passes.timeout.emit()
    assert page.upcoming.rowCount() == 0
    assert rows(page.past, STATUS) == ["not marked done"]


def test_typed_text_is_shown_literally(window, page, services) -> None:
    add(services, DEC_3, title=PAYLOAD, place=PAYLOAD, note=PAYLOAD)
    window.appointments_controller.appointments_changed.emit()
    page.upcoming_table.selectRow(0)
    assert rows(page.upcoming, WHAT) == [PAYLOAD]
    assert rows(page.upcoming, TEXT) == [PAYLOAD]
    assert page.detail.textFormat() == Qt.TextFormat.PlainText
    assert f"Note: {PAYLOAD}" in page.detail.text()
    tooltip = page.upcoming.index(0, TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;" in tooltip and "<b>" not in tooltip
    calendar_tip = page.calendar.dateTextFormat().get(QDate(2026, 12, 3)).toolTip()
    assert "&lt;script&gt;" in calendar_tip and "<script>" not in calendar_tip
    box = window.next_appointment.text
    assert box.textFormat() == Qt.TextFormat.PlainText and PAYLOAD in box.text()
    for label in page.findChildren(QLabel):
        if PAYLOAD in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_alt_keys_on_the_page_are_unambiguous(window, page, services) -> None:
    add(services, TODAY, dt.time(9, 0))
    page.refresh()
    menu_letters = mnemonics_of([action.text() for action in window.menuBar().actions()])
    for chosen in (page.past_table, page.upcoming_table):
        chosen.selectRow(0)
        letters = menu_letters + mnemonics(page.findChildren(QWidget))
        assert len(letters) == len(set(letters)), letters


# -- a new plan replaces the earlier proposals ------------------------------------------------


def test_a_new_plan_replaces_the_earlier_proposals_and_undo_puts_them_back(
    qtbot, window, page, services, answer_dialog
) -> None:
    first = window.appointments_controller.plan_follow_ups(30, dt.time(10, 0)).added
    services.appointments.confirm(first[1].id)  # 30 Dec: planned, kept
    window.appointments_controller.appointments_changed.emit()
    seen: list[tuple[str, list[str]]] = []

    def respond(dialog: FollowUpsDialog) -> None:
        dialog.every.setValue(45)  # 15 Nov has passed, 30 Dec is booked, 13 Feb
        seen.append((dialog.summary.text(), items(dialog)))
        dialog.every.setValue(90)  # 30 Dec only, booked
        seen.append((dialog.summary.text(), items(dialog)))
        assert dialog.ok.isEnabled()  # it still drops the earlier proposals
        dialog.every.setValue(45)
        dialog.ok.click()

    answer_dialog(FollowUpsDialog, respond)
    page.plan_button.click()
    assert seen == [
        ("1 visit will be proposed, replacing 2 earlier proposals:", ["Sat 13 Feb 2027 10:00"]),
        ("No visit to propose: saving drops 2 earlier proposals still to come.", []),
    ]
    assert rows(page.upcoming) == ["Wed 30 Dec 2026 10:00", "Sat 13 Feb 2027 10:00"]
    assert rows(page.upcoming, STATUS) == ["planned", "proposed"]
    assert page.feedback.text() == (
        "Proposed a follow-up visit on Sat 13 Feb 2027 10:00, replacing 2 earlier proposals: "
        "confirm, move or drop it."
    )
    assert window.undo_action.text() == ("&Undo planning 1 follow-up visit (replacing 2 proposals)")
    undo_with_keys(qtbot, window)
    assert services.appointments.list() == [
        first[0],
        services.appointments.get(first[1].id),
        first[2],
    ]
    assert rows(page.upcoming, STATUS) == ["proposed", "planned", "proposed"]


def items(dialog: FollowUpsDialog) -> list[str]:
    return [dialog.proposals.item(i).text() for i in range(dialog.proposals.count())]


def test_a_plan_dialog_with_nothing_to_change_cannot_be_saved(page, answer_dialog) -> None:
    page.appointments.plan_follow_ups(30, dt.time(10, 0))
    states: list[tuple[str, bool]] = []

    def respond(dialog: FollowUpsDialog) -> None:
        states.append((dialog.summary.text(), dialog.ok.isEnabled()))
        dialog.reject()

    answer_dialog(FollowUpsDialog, respond)
    page.plan_button.click()
    assert states == [
        ("No visit to propose: every one of these days has passed or already has a visit.", False)
    ]


# -- ending the course drops its proposals; undo puts them back -------------------------------


def test_ending_the_course_drops_its_proposals_and_undo_puts_them_back(
    window, page, services
) -> None:
    plan = window.appointments_controller.plan_follow_ups(30, dt.time(10, 0))
    planned = add(services, DEC_3)  # an end-of-course visit, say: kept
    core = window.appointments_controller.core
    core.end_course(TODAY)
    assert services.appointments.list() == [planned]
    assert rows(page.upcoming) == ["Thu 3 Dec 2026 10:00"]
    window.undo_action.trigger()
    assert services.course.active_course() is not None
    assert services.appointments.list() == sorted([*plan.added, planned], key=lambda a: a.starts_at)
    window.redo_action.trigger()
    assert services.appointments.list() == [planned]
    window.undo_action.trigger()
    assert len(services.appointments.list()) == 4


def test_the_end_course_dialog_says_which_proposals_go(window, services, answer_dialog) -> None:
    from tracker.ui.dialogs.end_course import EndCourseDialog

    window.appointments_controller.plan_follow_ups(30, dt.time(10, 0))  # 30 Nov, 30 Dec, 29 Jan
    said: list[tuple[bool, str]] = []

    def respond(dialog: EndCourseDialog) -> None:
        said.append((dialog.proposals.isVisibleTo(dialog), dialog.proposals.text()))
        dialog.last_day.setDate(QDate(2026, 11, 28))
        said.append((dialog.proposals.isVisibleTo(dialog), dialog.proposals.text()))
        dialog.reject()

    answer_dialog(EndCourseDialog, respond)
    window.end_course_action.trigger()
    assert (
        said
        == [
            (
                True,
                "The 3 proposed visits after that day (not yet confirmed) will be dropped; the "
                "visits you confirmed stay.",
            )
        ]
        * 2
    )
    assert len(services.appointments.list()) == 3  # cancelled: nothing dropped


def test_the_end_course_note_counts_and_hides() -> None:
    from tracker.ui.dialogs.end_course import proposals_note

    assert proposals_note(0) == ""
    assert proposals_note(1).startswith("The proposed visit after that day (not yet confirmed)")
    assert proposals_note(2).startswith("The 2 proposed visits after that day")


# -- pregnancy tests only where they apply ----------------------------------------------------


@pytest.mark.parametrize("answer", [False, None], ids=["cannot", "not answered"])
def test_the_add_dialog_offers_no_pregnancy_test_to_a_patient_who_cannot_become_pregnant(
    page, services, answer_dialog, answer
) -> None:
    from tests.ui.test_pregnancy import MENTIONS_PREGNANCY
    from tracker.services.records import ProfileInfo

    services.course.save_profile(ProfileInfo(can_become_pregnant=answer))
    kinds: list[list[str]] = []

    def respond(dialog: AppointmentDialog) -> None:
        kinds.append([dialog.kind.itemText(i) for i in range(dialog.kind.count())])
        dialog.reject()

    answer_dialog(AppointmentDialog, respond)
    page.add_button.click()
    assert kinds == [["Dermatology visit", "Lab draw", "Prescription pick-up", "Other"]]
    assert not [k for k in kinds[0] if MENTIONS_PREGNANCY.search(k)]


def test_the_pregnancy_test_kind_is_offered_when_it_applies_and_kept_when_editing(
    window, page, services, answer_dialog
) -> None:
    from tracker.services.records import ProfileInfo

    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    kinds: list[list[str]] = []

    def respond(dialog: AppointmentDialog) -> None:
        kinds.append([dialog.kind.itemText(i) for i in range(dialog.kind.count())])
        dialog.reject()

    answer_dialog(AppointmentDialog, respond)
    page.add_button.click()
    assert "Pregnancy test" in kinds[-1]
    add(services, DEC_3, kind=AppointmentKind.PREGNANCY_TEST)
    services.course.save_profile(ProfileInfo(can_become_pregnant=False))
    window.appointments_controller.appointments_changed.emit()
    page.upcoming_table.selectRow(0)
    answer_dialog(AppointmentDialog, respond)
    page.edit_button.click()
    assert "Pregnancy test" in kinds[-1]  # it keeps its kind
    kinds.clear()
    add(services, DEC_3 + dt.timedelta(days=1))
    window.appointments_controller.appointments_changed.emit()
    page.upcoming_table.selectRow(1)
    answer_dialog(AppointmentDialog, respond)
    page.edit_button.click()
    assert kinds == [["Dermatology visit", "Lab draw", "Prescription pick-up", "Other"]]


# -- the lists and the calendar at a small size ----------------------------------------------


@pytest.mark.parametrize("size", [(1024, 670), (1366, 870)])
def test_the_lists_fill_their_width_exactly(qtbot, window, page, services, size) -> None:
    add(services, DEC_3, place="Main St Clinic, second floor, room 14", note="Fasting " * 20)
    add(services, TODAY, dt.time(9, 0), place="Dr Lee", note="x")
    window.appointments_controller.appointments_changed.emit()
    services.appointments.mark_done(services.appointments.list()[0].id, "Dose stays " * 9)
    window.appointments_controller.appointments_changed.emit()
    window.resize(*size)
    tables = (page.upcoming_table, page.past_table)

    def filled() -> bool:  # no strip beside the header, no column past the edge
        return all(t.horizontalHeader().length() == t.viewport().width() for t in tables)

    qtbot.waitUntil(filled, timeout=2000)
    for table in tables:
        assert table.horizontalHeader().sectionSize(TEXT) >= 60  # the note or outcome shows


def test_the_calendar_marks_today(page) -> None:
    assert page.calendar.is_today(QDate(2026, 11, 28))
    assert not page.calendar.is_today(QDate(2026, 11, 29))
    assert "today" in page.legend.text()
