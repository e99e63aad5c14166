import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.conftest import COURSE_START, TODAY
from tracker.db import models
from tracker.domain.doselog import DoseStatus
from tracker.ui.dialogs.log_day import LogDayDialog


def entries(sessions):
    with sessions() as session:
        return {
            row.day: (row.status, row.mg_taken, row.with_food, row.note)
            for row in session.scalars(select(models.DoseEntry))
        }


def test_today_shows_the_course_day_dose_and_projection(window) -> None:
    today = window.today
    assert today.heading.text() == "Sat 28 Nov 2026: day 59 of ~140"
    assert "Scheduled today: <b>40 mg</b>" in today.scheduled.text()
    assert today.entry_state.text() == "Not logged yet."
    assert today.target.text() == "Your doctor's target: 150 mg/kg = 10,500 mg"
    assert "not advice" in today.projection.text()
    # 10,500 mg at 40 mg a day from today: 263 days including today, so today + 262 days.
    assert "Tue 17 Aug 2027" in today.projection.text()
    assert today.unlogged.count() == 58  # every earlier day, newest first
    assert today.unlogged.item(0).text() == "Fri 27 Nov 2026"


def test_ctrl_l_logs_today_and_every_figure_moves(qtbot, window, sessions) -> None:
    today = window.today
    assert today.with_food.answer() is None  # never answered: nothing is assumed
    today.with_food.set_answer(True)
    today.note.setText("with breakfast")
    with qtbot.waitSignal(today.figures_shown):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert entries(sessions) == {TODAY: (DoseStatus.TAKEN, 40, True, "with breakfast")}
    assert "<b>40 mg</b> = <b>0.6 mg/kg</b>" in today.cumulative.text()
    assert today.bar.text() == "0.4% of the target"
    assert today.day_counts.text() == "1 day taken · 0 missed · 0 skipped · 58 earlier not logged"
    assert today.feedback.text() == "Saved: today logged as taken (40 mg)."
    assert today.log_button.text() == "Update as &taken"


def test_a_smaller_amount_is_a_partial_dose(window, sessions) -> None:
    today = window.today
    today.mg.setValue(20)
    today.with_food.set_answer(False)
    today.log_button.click()
    assert entries(sessions)[TODAY] == (DoseStatus.TAKEN, 20, False, "")
    assert "(1 partial)" in today.day_counts.text()


def test_missed_and_skipped_record_no_mg(window, sessions) -> None:
    window.today.missed_button.click()
    assert entries(sessions)[TODAY] == (DoseStatus.MISSED, None, None, "")
    window.today.skipped_button.click()
    assert entries(sessions)[TODAY] == (DoseStatus.SKIPPED, None, None, "")
    assert "0 days taken · 0 missed · 1 skipped" in window.today.day_counts.text()


def test_fill_in_an_unlogged_day(window, sessions, answer_dialog) -> None:
    today = window.today
    today.unlogged.setCurrentRow(today.unlogged.count() - 1)  # the oldest: the first day

    def respond(dialog: LogDayDialog) -> None:
        dialog.mg.setValue(30)
        dialog.note.setText("half a capsule short")
        dialog.accept()

    handled = answer_dialog(LogDayDialog, respond)
    today.fill_in_button.click()
    assert handled
    assert entries(sessions) == {COURSE_START: (DoseStatus.TAKEN, 30, None, "half a capsule short")}
    assert today.unlogged.count() == 57
    assert "<b>30 mg</b>" in today.cumulative.text()


def test_before_the_course_starts_today_says_when(qtbot, sessions, settings, start_course) -> None:
    from tracker.clock import FixedClock
    from tracker.services.container import build_services
    from tracker.ui.controller import CourseController
    from tracker.ui.main_window import MainWindow

    # Set up on its first day, then the computer's clock reads three days earlier.
    start_course(started_on=TODAY)
    earlier = build_services(sessions, FixedClock(TODAY - dt.timedelta(days=3)))
    main = MainWindow(settings)
    main.attach(CourseController(earlier))
    qtbot.addWidget(main)
    main.show()
    assert main.today.heading.text() == "Your course starts on Sat 28 Nov 2026"
    assert not main.today.log_button.isEnabled()


def test_the_meal_answer_defaults_to_the_last_one_given(window, log_day, sessions) -> None:
    log_day(TODAY - dt.timedelta(days=2), mg_taken=40, with_food=True)
    log_day(TODAY - dt.timedelta(days=1), mg_taken=40, with_food=False, note="late")
    window.today.refresh()
    assert window.today.with_food.answer() is False
    assert window.today.note.text() == ""  # yesterday's note is not carried over
    window.today.log_button.click()
    assert entries(sessions)[TODAY] == (DoseStatus.TAKEN, 40, False, "")


def test_a_pause_day_asks_for_the_amount(window, services, sessions) -> None:
    from tracker.domain.regimen import daily_period

    window.regimen.controller.set_dose_period(daily_period(TODAY, 0))
    today = window.today
    assert today.scheduled.text() == "Nothing is scheduled today (pause)."
    assert today.mg.value() == 0 and today.mg.text() == "mg taken?"
    today.log_button.click()
    assert today.feedback.text() == "Not saved: enter the mg you took."
    today.missed_button.click()
    assert "no dose to mark as missed" in today.feedback.text()
    assert TODAY not in entries(sessions)


def test_logging_after_midnight_shows_the_new_day_first(window, services, sessions) -> None:
    from tracker.domain.regimen import alternating_period

    services.course.set_dose_period(alternating_period(TODAY, [40, 80]))
    window.today.refresh()
    services.clock.move_to(TODAY + dt.timedelta(days=1))  # the app stayed open overnight
    window.today.log_button.click()
    assert entries(sessions) == {}
    assert window.today.feedback.text() == "A new day has begun: check today's dose, then log it."
    assert "Scheduled today: <b>80 mg</b>" in window.today.scheduled.text()
    window.today.log_button.click()
    assert entries(sessions) == {TODAY + dt.timedelta(days=1): (DoseStatus.TAKEN, 80, None, "")}
