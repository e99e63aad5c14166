"""Red flags and the crisis line in the GUI: the messages shown the moment one is reported
(the crisis line before anything else), and Today's box that keeps each open red flag in view
until it is marked as discussed with the doctor (undoable)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import event, select

from tests.conftest import TODAY
from tracker.db import models
from tracker.domain.mood import Instrument
from tracker.domain.reminders import ReminderSettings
from tracker.domain.safety import CRISIS_LINE, RED_FLAG_INSTRUCTION
from tracker.domain.side_effects import SELF_HARM_ID
from tracker.ui.safety.crisis import CRISIS_TITLE, RED_FLAG_TITLE, show_crisis, show_red_flag
from tracker.ui.safety.discussed import DiscussedDialog
from tracker.ui.safety.today_alert import HEADING, RedFlagAlert

DAY = dt.date(2026, 11, 20)  # a Friday
STAYS_ON_TODAY = "This stays at the top of Today until you mark it as discussed with your doctor."
QUESTION_9 = (1, 1, 0, 0, 0, 0, 0, 0, 2)


@pytest.fixture(autouse=True)
def no_reminders(services) -> None:
    """Today without the Due panel's reminders: only the boxes under test."""
    services.settings.save_reminder_settings(ReminderSettings(enabled=False))


def answer_boxes(answer_dialog, count: int) -> list[tuple[str, str, list[str]]]:
    """Answer the next `count` message boxes with OK, in order; each is recorded as
    (title, text, its buttons' labels)."""
    seen: list[tuple[str, str, list[str]]] = []

    def respond(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        assert box.textFormat() == Qt.TextFormat.PlainText
        if len(seen) < count:
            answer_dialog(QMessageBox, respond)  # armed before this one closes
        box.button(QMessageBox.StandardButton.Ok).click()

    answer_dialog(QMessageBox, respond)
    return seen


def alert_of(window) -> RedFlagAlert:
    return window.red_flag_alert


def labels(alert: RedFlagAlert) -> list[str]:
    return [row.label.text() for row in alert.rows]


def discussed_rows(sessions) -> list[tuple[int, dt.date | None, str]]:
    with sessions() as session:
        return [
            (row.id, row.discussed_on, row.discussed_note)
            for row in session.scalars(select(models.SideEffect).order_by(models.SideEffect.id))
        ]


def undo_with_keys(qtbot, window) -> None:
    # A dialog that just closed leaves no window active (offscreen): the keys go to ours.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


# -- the messages ------------------------------------------------------------------------------


def test_the_crisis_line_is_a_modal_box_with_one_ok(qtbot, answer_dialog) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = answer_boxes(answer_dialog, 1)
    show_crisis(parent)
    assert seen == [(CRISIS_TITLE, CRISIS_LINE, ["OK"])]
    assert CRISIS_TITLE == "Help is available now"


def test_a_red_flag_names_the_symptoms_and_quotes_the_instruction(qtbot, answer_dialog) -> None:
    seen = answer_boxes(answer_dialog, 1)
    show_red_flag(None, ["Chest pain (moderate)", "My <b>own</b> symptom (mild)"], False)
    assert seen == [
        (
            RED_FLAG_TITLE,
            "You reported: Chest pain (moderate); My <b>own</b> symptom (mild).\n\n"
            f"{RED_FLAG_INSTRUCTION}\n\n{STAYS_ON_TODAY}",
            ["OK"],
        )
    ]


def test_self_harm_shows_the_crisis_line_before_anything_else(qtbot, answer_dialog) -> None:
    seen = answer_boxes(answer_dialog, 2)
    show_red_flag(None, ["Thoughts of self-harm or suicide (mild)"], True)
    assert [(title, text) for title, text, _ in seen] == [
        (CRISIS_TITLE, CRISIS_LINE),
        (
            RED_FLAG_TITLE,
            "You reported: Thoughts of self-harm or suicide (mild).\n\n"
            f"{RED_FLAG_INSTRUCTION}\n\n{STAYS_ON_TODAY}",
        ),
    ]


def test_a_red_flag_without_names_still_says_what_to_do(qtbot, answer_dialog) -> None:
    seen = answer_boxes(answer_dialog, 1)
    show_red_flag(None, [], False)
    assert seen[0][1] == (
        f"What you reported needs your doctor now.\n\n{RED_FLAG_INSTRUCTION}\n\n{STAYS_ON_TODAY}"
    )


def test_reporting_self_harm_in_the_app_shows_the_crisis_line_first_then_today_keeps_it(
    qtbot, window, answer_dialog
) -> None:
    seen = answer_boxes(answer_dialog, 2)
    window.side_effects_controller.report(TODAY, SELF_HARM_ID, 2, parent=window)
    assert [title for title, _, _ in seen] == [CRISIS_TITLE, RED_FLAG_TITLE]
    assert seen[0][1] == CRISIS_LINE
    assert RED_FLAG_INSTRUCTION in seen[1][1]
    # Already on Today, with the crisis line on top.
    alert = alert_of(window)
    window.show_page("Today")
    assert alert.isVisible()
    assert alert.crisis.isVisible() and alert.crisis.text() == CRISIS_LINE
    assert labels(alert) == ["Sat 28 Nov 2026: Thoughts of self-harm or suicide, moderate"]


# -- Today's box -------------------------------------------------------------------------------


def test_nothing_open_no_box(window) -> None:
    window.show_page("Today")
    assert not alert_of(window).isVisible()
    assert alert_of(window).rows == []


def test_an_open_red_flag_is_at_the_top_of_today_in_words(window, services, controller) -> None:
    services.side_effects.report(DAY, "chest-pain", 2)
    services.side_effects.report(DAY, "dry-lips", 3)  # no red flag
    services.side_effects.report(DAY, "yellow-skin", 0)  # a red flag reported as none
    controller.announce_changed_elsewhere()  # as the store watcher does after the CLI
    window.show_page("Today")
    alert = alert_of(window)
    assert alert.isVisible()
    assert alert.heading.text() == HEADING == "Needs your doctor now"
    assert alert.instruction.text() == RED_FLAG_INSTRUCTION
    assert labels(alert) == ["Fri 20 Nov 2026: Chest pain, moderate"]
    assert not alert.crisis.isVisible()  # no thoughts of self-harm open
    assert alert.rows[0].discussed_button.text() == "Discussed with my doctor…"
    assert alert.rows[0].discussed_button.accessibleName() == (
        "Discussed with my doctor: Fri 20 Nov 2026: Chest pain, moderate"
    )
    assert (
        alert.mapTo(window.today, alert.rect().topLeft()).y()
        < window.today.heading.mapTo(window.today, window.today.heading.rect().topLeft()).y()
    )


def test_a_symptom_in_the_patients_words_is_shown_as_typed(window, services, controller) -> None:
    services.side_effects.add_custom_symptom("Odd <b>rash</b>")
    (symptom,) = [s for s in services.side_effects.symptoms() if s.custom]
    with services.sessions.begin() as session:  # as if it had been reported as a red flag
        session.add(
            models.SideEffect(
                course_id=None, reported_on=DAY, symptom=symptom.id, severity=3, note="",
                red_flag=True, discussed_on=None, discussed_note="",
                created_at=dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC),
                updated_at=dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC),
            )
        )  # fmt: skip
    controller.announce_changed_elsewhere()
    (row,) = alert_of(window).rows
    assert row.label.text() == "Fri 20 Nov 2026: Odd <b>rash</b>, severe"
    assert row.label.textFormat() == Qt.TextFormat.PlainText


def test_discussed_hides_it_and_ctrl_z_brings_it_back(
    qtbot, window, services, controller, sessions, answer_dialog
) -> None:
    (saved,) = services.side_effects.report(DAY, "chest-pain", 2).saved
    controller.announce_changed_elsewhere()
    window.show_page("Today")
    alert = alert_of(window)
    assert alert.isVisible()

    def discuss(dialog: DiscussedDialog) -> None:
        assert dialog.what.text() == "Chest pain, moderate, reported on Fri 20 Nov 2026."
        assert dialog.on.date().toPython() == TODAY  # today unless changed
        assert dialog.on.minimumDate().toPython() == DAY  # not before it was reported
        dialog.note.setPlainText("Stop for now; <i>bloods</i> on Monday")
        dialog.save_button.click()

    handled = answer_dialog(DiscussedDialog, discuss)
    alert.rows[0].discussed_button.click()
    assert handled
    assert not alert.isVisible()
    assert discussed_rows(sessions) == [(saved.id, TODAY, "Stop for now; <i>bloods</i> on Monday")]
    assert window.today.feedback.text() == (
        "Marked as discussed on Sat 28 Nov 2026: Chest pain, moderate (Fri 20 Nov 2026)."
    )
    assert (
        controller.undo_stack.undoText()
        == "marking chest pain, moderate of Fri 20 Nov as discussed"
    )

    undo_with_keys(qtbot, window)
    assert discussed_rows(sessions) == [(saved.id, None, "")]
    assert alert.isVisible()
    assert labels(alert) == ["Fri 20 Nov 2026: Chest pain, moderate"]

    controller.undo_stack.redo()
    assert discussed_rows(sessions) == [(saved.id, TODAY, "Stop for now; <i>bloods</i> on Monday")]
    assert not alert.isVisible()


def test_cancel_marks_nothing(window, services, controller, sessions, answer_dialog) -> None:
    (saved,) = services.side_effects.report(DAY, "chest-pain", 2).saved
    controller.announce_changed_elsewhere()
    alert = alert_of(window)
    answer_dialog(DiscussedDialog, lambda dialog: dialog.reject())
    assert alert.mark_discussed(alert.alerts[0]) is False
    assert discussed_rows(sessions) == [(saved.id, None, "")]
    assert len(alert.rows) == 1
    assert controller.undo_stack.count() == 0


def test_a_refused_note_is_shown_in_the_dialog_and_nothing_is_written(
    window, services, controller, sessions, answer_dialog
) -> None:
    (saved,) = services.side_effects.report(DAY, "chest-pain", 2).saved
    controller.announce_changed_elsewhere()
    problems: list[str] = []

    def too_long(dialog: DiscussedDialog) -> None:
        dialog.note.setPlainText("x" * 2001)
        dialog.save_button.click()
        problems.append(dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else "")
        dialog.reject()

    answer_dialog(DiscussedDialog, too_long)
    alert_of(window).rows[0].discussed_button.click()
    assert len(problems) == 1 and problems[0].startswith("Please check: ")
    assert "2000" in problems[0]
    assert discussed_rows(sessions) == [(saved.id, None, "")]
    assert alert_of(window).rows


def test_one_discussed_elsewhere_meanwhile_is_not_asked_about(
    window, services, controller, sessions, answer_dialog
) -> None:
    (saved,) = services.side_effects.report(DAY, "chest-pain", 2).saved
    controller.announce_changed_elsewhere()
    alert = alert_of(window)
    services.side_effects.mark_discussed(saved.id, TODAY, "by phone")  # the command line
    asked = answer_dialog(DiscussedDialog, lambda dialog: dialog.reject())
    alert.rows[0].discussed_button.click()
    assert not asked
    assert not alert.isVisible() and alert.rows == []
    assert discussed_rows(sessions) == [(saved.id, TODAY, "by phone")]


def test_undo_is_refused_when_the_report_changed_since(
    window, services, controller, sessions, answer_dialog
) -> None:
    (saved,) = services.side_effects.report(DAY, "chest-pain", 2).saved
    controller.announce_changed_elsewhere()

    def discuss(dialog: DiscussedDialog) -> None:
        dialog.save_button.click()

    answer_dialog(DiscussedDialog, discuss)
    alert_of(window).rows[0].discussed_button.click()
    services.side_effects.mark_discussed(saved.id, TODAY, "corrected elsewhere")
    refusals: list[str] = []
    controller.change_refused.connect(refusals.append)
    controller.undo_stack.undo()
    assert len(refusals) == 1 and "changed elsewhere" in refusals[0]
    assert discussed_rows(sessions) == [(saved.id, TODAY, "corrected elsewhere")]


def test_undo_expects_what_was_written_not_what_was_read_a_moment_later(
    window, services, controller, sessions, data_paths, answer_dialog
) -> None:
    (saved,) = services.side_effects.report(DAY, "chest-pain", 2).saved
    controller.announce_changed_elsewhere()

    def meanwhile(session: object) -> None:
        # The command line corrects the note the moment the dialog's write is committed.
        connection = sqlite3.connect(data_paths.database)
        try:
            with connection:
                connection.execute(
                    "UPDATE side_effect SET discussed_note = 'corrected elsewhere' WHERE id = ?",
                    (saved.id,),
                )
        finally:
            connection.close()

    def discuss(dialog: DiscussedDialog) -> None:
        event.listen(sessions, "after_commit", meanwhile, once=True)
        dialog.note.setPlainText("written here")
        dialog.save_button.click()

    answer_dialog(DiscussedDialog, discuss)
    alert_of(window).rows[0].discussed_button.click()
    assert discussed_rows(sessions) == [(saved.id, TODAY, "corrected elsewhere")]
    refusals: list[str] = []
    controller.change_refused.connect(refusals.append)
    controller.undo_stack.undo()
    assert len(refusals) == 1 and "changed elsewhere" in refusals[0]
    assert discussed_rows(sessions) == [(saved.id, TODAY, "corrected elsewhere")]


def test_redo_of_discussed_is_refused_over_a_change_made_after_the_undo(
    window, services, controller, sessions, answer_dialog
) -> None:
    (saved,) = services.side_effects.report(DAY, "chest-pain", 2).saved
    controller.announce_changed_elsewhere()
    answer_dialog(DiscussedDialog, lambda dialog: dialog.save_button.click())
    alert_of(window).rows[0].discussed_button.click()
    controller.undo_stack.undo()
    services.side_effects.update(saved.id, 3, "worse, said elsewhere")
    refusals: list[str] = []
    controller.change_refused.connect(refusals.append)
    controller.undo_stack.redo()
    assert len(refusals) == 1 and "changed elsewhere" in refusals[0]
    assert discussed_rows(sessions) == [(saved.id, None, "")]
    assert services.side_effects.get(saved.id).note == "worse, said elsewhere"


def test_the_crisis_line_tops_the_box_and_the_alerts_are_listed_by_day(
    qtbot, window, services, controller, answer_dialog
) -> None:
    services.side_effects.report(DAY - dt.timedelta(days=3), "chest-pain", 1)
    services.mood.record(DAY, Instrument.PHQ9, QUESTION_9)
    controller.announce_changed_elsewhere()
    alert = alert_of(window)
    window.show_page("Today")
    # The older chest pain first; the crisis line above everything, the heading included.
    assert labels(alert) == [
        "Tue 17 Nov 2026: Chest pain, mild",
        "Fri 20 Nov 2026: PHQ-9: answer above 0 to question 9",
    ]
    assert alert.crisis.isVisible()
    assert alert.crisis.text() == CRISIS_LINE
    assert alert.crisis.y() < alert.heading.y() < alert.rows[0].y() < alert.rows[1].y()

    def discuss(dialog: DiscussedDialog) -> None:
        dialog.save_button.click()

    answer_dialog(DiscussedDialog, discuss)
    alert.rows[1].discussed_button.click()
    assert labels(alert) == ["Tue 17 Nov 2026: Chest pain, mild"]
    assert not alert.crisis.isVisible()
    (screen,) = services.mood.screens(Instrument.PHQ9)
    assert screen.discussed_on == TODAY
    assert controller.undo_stack.undoText() == "marking the PHQ-9 of Fri 20 Nov as discussed"
    undo_with_keys(qtbot, window)
    assert services.mood.screens(Instrument.PHQ9)[0].discussed_on is None
    assert labels(alert)[1] == "Fri 20 Nov 2026: PHQ-9: answer above 0 to question 9"
    assert alert.crisis.isVisible()


def test_a_check_in_saved_on_another_page_reaches_the_box(window, answer_dialog) -> None:
    answer_boxes(answer_dialog, 1)
    window.side_effects_controller.report(DAY, "yellow-skin", 3, parent=window)
    assert labels(alert_of(window)) == ["Fri 20 Nov 2026: Yellow skin or eyes, severe"]
    window.side_effects_controller.core.undo_stack.undo()
    assert alert_of(window).rows == []
    assert not alert_of(window).isVisible()
