"""The confirmation line under a form, as the patient reads it after Undo."""

import datetime as dt

from tests.conftest import TODAY
from tracker.domain.doselog import DoseStatus
from tracker.services.records import LogRequest


def test_undo_from_the_link_says_undone(window, services) -> None:
    today = window.today
    today.log_button.click()
    assert today.feedback.undo_link.isVisible()
    today.feedback.undo_link.click()
    assert today.feedback.text() == "Undone: logging Sat 28 Nov."
    assert not today.feedback.undo_link.isVisible()
    assert [r for r in services.dose_log.day_rows() if r.entry is not None] == []


def test_a_refused_undo_is_not_reported_as_undone(window, services) -> None:
    today = window.today
    today.log_button.click()
    # Meanwhile another writer (the command line) records something else for today.
    services.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=20, note="from cli"))
    today.feedback.undo_link.click()
    text = today.feedback.text()
    assert not text.startswith("Undone"), text
    assert "could not be undone" in text and "changed elsewhere" in text
    [row] = [r for r in services.dose_log.day_rows() if r.day == TODAY]
    assert (row.entry.mg_taken, row.entry.note) == (20, "from cli")


def test_the_link_goes_once_another_change_follows(window, controller) -> None:
    today = window.today
    today.log_button.click()
    assert today.feedback.undo_link.isVisible()
    controller.clear_day(TODAY - dt.timedelta(days=1))  # a later change elsewhere in the app
    assert not today.feedback.undo_link.isVisible()


def test_ctrl_l_before_the_course_starts_says_so(qtbot, controller, settings, services) -> None:
    from tracker.domain.regimen import daily_period
    from tracker.services.records import CourseStart
    from tracker.ui.main_window import MainWindow

    services.course.start_course(CourseStart(TODAY, 70, daily_period(TODAY, 40)))
    services.clock.move_to(TODAY - dt.timedelta(days=1))  # the computer's date is earlier
    window = MainWindow(settings)
    window.attach(controller)
    qtbot.addWidget(window)
    window.today.log_taken()
    assert window.today.feedback.text() == "Nothing to log yet: the course has not started."
    assert [r for r in services.dose_log.day_rows(TODAY) if r.entry is not None] == []


def test_the_sentence_stays_on_one_line_where_the_row_has_room(window, qtbot) -> None:
    # A word-wrapped label asks Qt for a narrow column: "Saved: today / logged as taken
    # (40 / mg)." on three lines beside Undo, with the rest of the row empty.
    feedback = window.today.feedback
    window.today.log_button.click()
    qtbot.waitUntil(lambda: feedback.undo_link.isVisible())
    label = feedback.label
    one_line = label.fontMetrics().horizontalAdvance(label.text())
    assert one_line + feedback.undo_link.width() < feedback.width()  # the row has room
    qtbot.waitUntil(lambda: label.width() >= one_line)
    assert label.height() < 2 * label.fontMetrics().lineSpacing()
    # Undo stays right after the sentence, not at the far edge.
    assert feedback.undo_link.x() < label.x() + label.width() + 3 * feedback.layout().spacing()
