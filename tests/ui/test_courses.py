"""The end of a course, a second course and the list of courses, through the real window."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import COURSE_START, TODAY
from tests.ui.helpers import press
from tracker.ui.dialogs.courses import CoursesDialog
from tracker.ui.dialogs.end_course import EndCourseDialog
from tracker.ui.dialogs.new_course import NewCourseDialog

LAST_DAY = dt.date(2026, 11, 20)  # a Friday; two-digit days read alike in every format
SECOND_START = dt.date(2026, 11, 25)


def log_ten_days(log_day) -> None:
    """Ten days of 40 mg: 400 mg = 5.7 mg/kg of the 70 kg reference weight."""
    for n in range(10):
        log_day(COURSE_START + dt.timedelta(days=n))


def end_on(day: dt.date):
    def respond(dialog: EndCourseDialog) -> None:
        dialog.last_day.setDate(QDate(day.year, day.month, day.day))
        dialog.end_button.click()

    return respond


def end_course(window, answer_dialog, day: dt.date = LAST_DAY) -> list[EndCourseDialog]:
    handled = answer_dialog(EndCourseDialog, end_on(day))
    window.end_course_action.trigger()
    assert handled, "File > End course… opens the dialog"
    return handled


def fill_new_course(dialog: NewCourseDialog) -> None:
    dialog.start.setDate(QDate(SECOND_START.year, SECOND_START.month, SECOND_START.day))
    dialog.weight.setValue(80)
    dialog.dose.setValue(20)
    dialog.start_button.click()


def test_ending_a_course_shows_its_final_figures_on_today(
    window, services, answer_dialog, log_day
) -> None:
    log_ten_days(log_day)
    assert window.end_course_action.isEnabled()
    assert not window.new_course_action.isEnabled()
    end_course(window, answer_dialog)

    assert services.course.active_course() is None
    assert services.course.current_course().ended_on == LAST_DAY
    today = window.today
    assert window.current_page_title() == "Today"
    assert today.heading.text() == "Your course ended on Fri 20 Nov 2026"
    assert today.ended_line.isVisible()
    assert today.ended_line.text().startswith(
        "It lasted 51 days; these are its final figures. Nothing more is logged for it"
    )
    assert "File > Start a new course…" in today.ended_line.text()
    assert not today._dose_box.isVisible() and not today.unlogged_box.isVisible()
    assert today._progress_box.title() == "Final figures"
    assert "<b>400 mg</b> = <b>5.7 mg/kg</b>" in today.cumulative.text()
    assert today.bar.text() == "3.8% of the target"
    assert not today.projection.isVisible() and not today.beyond_plan.isVisible()
    assert today.day_counts.text() == "10 days taken · 0 missed · 0 skipped · 41 not logged"
    assert not today.earlier_courses.isVisible()  # the only course
    # No dose can be logged for it: the menu action is off and Ctrl+L does nothing.
    assert not window.log_action.isEnabled()
    today.log_taken()
    assert services.course.current_course().ended_on == LAST_DAY
    assert services.status.status().progress.days_taken == 10
    assert not window.end_course_action.isEnabled()
    assert window.new_course_action.isEnabled() and window.courses_action.isEnabled()
    assert "Fri 20 Nov 2026" in window.statusBar().currentMessage()


def test_undo_reopens_the_course_and_redo_ends_it_again(window, services, answer_dialog) -> None:
    end_course(window, answer_dialog)
    assert window.undo_action.text() == "&Undo ending the course on Fri 20 Nov"
    window.undo_action.trigger()
    assert services.course.active_course() is not None
    assert window.today.heading.text() == "Sat 28 Nov 2026: day 59 of ~140"
    assert window.today._dose_box.isVisible() and not window.today.ended_line.isVisible()
    assert window.today._progress_box.title() == "Course so far"
    assert window.log_action.isEnabled() and not window.new_course_action.isEnabled()
    window.redo_action.trigger()
    assert services.course.current_course().ended_on == LAST_DAY
    assert window.today.heading.text() == "Your course ended on Fri 20 Nov 2026"


def test_the_dialog_shows_the_figures_and_keeps_a_refusal_on_screen(
    window, services, answer_dialog, log_day
) -> None:
    log_ten_days(log_day)
    log_day(LAST_DAY + dt.timedelta(days=1))
    seen: dict[str, str] = {}

    def respond(dialog: EndCourseDialog) -> None:
        assert dialog.chosen_day() == TODAY  # today by default
        assert dialog.last_day.minimumDate() == QDate(2026, 10, 1)
        assert dialog.last_day.maximumDate() == QDate(2026, 11, 28)
        seen["today"] = dialog.figures.text()
        dialog.last_day.setDate(QDate(2026, 11, 20))
        seen["chosen"] = dialog.figures.text()
        seen["changes"] = dialog.what_changes.text()
        dialog.end_button.click()
        seen["error"] = dialog.error.text()
        seen["open"] = str(dialog.isVisible())
        dialog.reject()

    answer_dialog(EndCourseDialog, respond)
    window.end_course_action.trigger()
    assert seen["today"] == (
        "Its final figures would be: 59 days, 440 mg = 6.3 mg/kg, 4.2% of your 150 mg/kg target."
    )
    # As of the chosen day: the day logged after it does not count.
    assert seen["chosen"] == (
        "Its final figures would be: 51 days, 400 mg = 5.7 mg/kg, 3.8% of your 150 mg/kg target."
    )
    assert "Nothing you recorded is deleted" in seen["changes"]
    assert seen["error"] == (
        "Not ended: 1 logged day is after 2026-11-20; choose a later last day, "
        "or mark it as not logged first."
    )
    assert seen["open"] == "True"
    assert services.course.active_course() is not None
    assert window.undo_action.text() == "&Undo"  # nothing was done


def test_the_dialog_mentions_the_pregnancy_tests_only_where_they_apply(
    window, services, answer_dialog
) -> None:
    from tracker.services.records import ProfileInfo

    texts: list[list[str]] = []

    def look(dialog: EndCourseDialog) -> None:
        texts.append([label.text() for label in dialog.findChildren(type(dialog.figures))])
        dialog.reject()

    answer_dialog(EndCourseDialog, look)
    window.end_course_action.trigger()
    services.course.save_profile(ProfileInfo("Sam", None, True))
    answer_dialog(EndCourseDialog, look)
    window.end_course_action.trigger()
    pregnancy = "end-of-course and after-course tests"
    assert [any(pregnancy in text for text in seen) for seen in texts] == [False, True]
    assert services.course.active_course() is not None


def test_an_ended_course_is_read_only_in_history_and_regimen(
    window, answer_dialog, log_day
) -> None:
    log_ten_days(log_day)
    end_course(window, answer_dialog)
    window.show_page("History")
    history = window.history
    assert history.model.rowCount() == 51  # every day of the course, up to its last
    assert not history.edit_button.isEnabled() and not history.fill_selected.isEnabled()
    assert history.feedback.text().startswith("This course ended on Fri 20 Nov 2026")
    assert not history.backlog.isVisible()
    window.show_page("Regimen and weight")
    regimen = window.regimen
    assert regimen.periods.rowCount() == 1
    assert not regimen.add_period_button.isEnabled()
    assert not regimen.save_course_button.isEnabled()
    assert regimen.add_weight_button.isEnabled()  # a weight belongs to the patient
    assert "Ran from Thu 1 Oct 2026 to Fri 20 Nov 2026" in regimen.course_summary.text()
    window.undo_action.trigger()  # reopened: everything can be changed again
    assert regimen.add_period_button.isEnabled()
    assert not regimen.period_feedback.text().startswith("This course ended")
    window.show_page("History")
    assert history.edit_button.isEnabled() and history.backlog.isVisible()


def test_a_second_course_starts_fresh_and_names_the_first(
    window, services, answer_dialog, log_day
) -> None:
    log_ten_days(log_day)
    end_course(window, answer_dialog)
    seen: list[str] = []

    def respond(dialog: NewCourseDialog) -> None:
        seen.append(dialog.earlier.text())
        seen.append(dialog.windowTitle())
        fill_new_course(dialog)

    answer_dialog(NewCourseDialog, respond)
    window.new_course_action.trigger()
    assert seen == [
        "This will be your second course. Your first course (Thu 1 Oct 2026 to Fri 20 Nov "
        "2026) stays on record as it is. The new course's figures (mg and mg/kg) count from "
        "its own start: they are never added to an earlier course's.",
        "Start a new course",
    ]
    first, second = services.course.courses()
    assert (first.ended_on, second.started_on, second.ended_on) == (LAST_DAY, SECOND_START, None)
    today = window.today
    assert today.heading.text() == "Sat 28 Nov 2026: day 4 of ~140"
    assert "<b>0 mg</b> = <b>0.0 mg/kg</b> by your reference weight of 80 kg" in (
        today.cumulative.text()
    )
    assert today.earlier_courses.isVisible()
    assert today.earlier_courses.text() == (
        "This is your second course: its figures count from its own start on Wed 25 Nov 2026, "
        "not from an earlier course. Your first course (Thu 1 Oct 2026 to Fri 20 Nov 2026) "
        "ended at 5.7 mg/kg of its 150 mg/kg target (400 mg); it is kept as it was "
        "(File > Courses… lists every course)."
    )
    assert window.log_action.isEnabled() and not window.new_course_action.isEnabled()
    # The undo history belonged to the first course: it is gone, not replayed on this one.
    assert not window.undo_action.isEnabled()
    today.log_button.click()
    assert services.status.status().progress.cumulative_mg == 20
    assert services.status.course_summaries()[0].progress.cumulative_mg == 400


def test_the_courses_dialog_lists_every_course(window, services, answer_dialog, log_day) -> None:
    log_ten_days(log_day)
    end_course(window, answer_dialog)
    answer_dialog(NewCourseDialog, fill_new_course)
    window.new_course_action.trigger()
    rows: list[list[object]] = []

    def read(dialog: CoursesDialog) -> None:
        model = dialog.model
        for row in range(model.rowCount()):
            rows.append([model.index(row, col).data() for col in range(model.columnCount())])
        rows.append(
            [model.headerData(col, Qt.Orientation.Horizontal) for col in range(model.columnCount())]
        )
        rows.append([dialog.reopen_button.isEnabled()])
        dialog.reject()

    answer_dialog(CoursesDialog, read)
    window.courses_action.trigger()
    assert rows[:3] == [
        [
            "1",
            "Isotretinoin (generic)",
            "Thu 1 Oct 2026",
            "Fri 20 Nov 2026",
            "51 days",
            "400 mg",
            "5.7 mg/kg",
            "3.8% of 150 mg/kg",
        ],
        [
            "2",
            "Isotretinoin (generic)",
            "Wed 25 Nov 2026",
            "active",
            "day 4",
            "0 mg",
            "0.0 mg/kg",
            "0.0% of 150 mg/kg",
        ],
        ["Course", "Product", "Started", "Ended", "Days", "Cumulative", "mg/kg", "Of the target"],
    ]
    assert rows[3] == [False]  # the most recent course is active: nothing to reopen


def test_the_most_recent_course_can_be_reopened_from_the_list(
    window, services, answer_dialog
) -> None:
    end_course(window, answer_dialog)
    seen: list[object] = []

    def reopen(dialog: CoursesDialog) -> None:
        seen.append(dialog.reopen_button.isEnabled())

        def answer(box: QMessageBox) -> None:
            seen.append(box.text())
            press("Reopen")(box)

        questions = answer_dialog(QMessageBox, answer)
        dialog.reopen_button.click()
        seen.append(bool(questions))
        seen.append(dialog.feedback.text())
        seen.append(dialog.model.index(0, 3).data())
        seen.append(dialog.reopen_button.isEnabled())
        dialog.reject()

    answer_dialog(CoursesDialog, reopen)
    window.courses_action.trigger()
    assert seen == [
        True,
        "Reopen your Isotretinoin (generic) course (Thu 1 Oct 2026 to Fri 20 Nov 2026)? It "
        "becomes the active course again: you can correct its days, and end it again from "
        "the File menu. Edit > Undo ends it again on the same day.",
        True,
        "Reopened the course that ran Thu 1 Oct 2026 to Fri 20 Nov 2026.",
        "active",
        False,
    ]
    assert services.course.active_course() is not None
    assert window.today.heading.text() == "Sat 28 Nov 2026: day 59 of ~140"
    window.undo_action.trigger()
    assert services.course.current_course().ended_on == LAST_DAY


def test_reopening_can_be_declined(window, services, answer_dialog) -> None:
    end_course(window, answer_dialog)

    def decline(dialog: CoursesDialog) -> None:
        answer_dialog(QMessageBox, press("Cancel"))
        dialog.reopen_button.click()
        dialog.reject()

    answer_dialog(CoursesDialog, decline)
    window.courses_action.trigger()
    assert services.course.active_course() is None


def test_a_course_ended_elsewhere_updates_the_menu(window, services, controller) -> None:
    services.course.end_course(LAST_DAY)  # the command line, say
    controller.announce_changed_elsewhere()
    assert not window.end_course_action.isEnabled() and window.new_course_action.isEnabled()
    assert window.today.heading.text() == "Your course ended on Fri 20 Nov 2026"
