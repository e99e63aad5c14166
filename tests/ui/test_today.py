import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.conftest import COURSE_START, TODAY
from tracker.db import models
from tracker.domain.doselog import DoseEntry, DoseStatus
from tracker.domain.reminders import ReminderSettings
from tracker.ui.dialogs.log_day import LogDayDialog


@pytest.fixture(autouse=True)
def no_reminders(services) -> None:
    """Today on its own: with reminders on, the Due panel would list the last days, and
    "Earlier days not logged yet" leaves those out (tests/ui/test_reminders.py)."""
    services.settings.save_reminder_settings(ReminderSettings(enabled=False))


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


def test_today_in_spanish_says_the_day_in_words_and_keeps_the_projections_caveat(
    qtbot, controller, settings, start_course
) -> None:
    from tracker.ui.language import install_language
    from tracker.ui.main_window import MainWindow

    start_course()
    installed = install_language("es")  # before the window: pages build their texts once
    try:
        main = MainWindow(settings)
        main.attach(controller)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        today = main.today
        assert today.heading.text() == "sáb 28 nov 2026: día 59 de unos 140"
        assert today.figure_projection.value.text() == "en 262 días"
        caveat = "(cálculo a partir de sus registros, no es un consejo)"
        assert caveat in today.projection.text()
        assert today.figure_projection.value.accessibleName() == (
            f"El objetivo se alcanzaría en 262 días, el mar 17 ago 2027 {caveat}."
        )
        assert today.day_counts.text() == (
            "0 días tomados · olvidados: 0 · omitidos: 0 · anteriores sin registrar: 58"
        )
    finally:
        installed.remove()


def test_today_puts_the_three_figures_first_and_reads_each_as_a_sentence(qtbot, window) -> None:
    today = window.today
    assert today.figure_mg_per_kg.value.text() == "0.0 mg/kg"
    assert today.figure_cumulative.value.text() == "0 mg"
    assert today.figure_projection.value.text() == "in 262 days"
    assert today.figure_projection.value.accessibleName() == (
        "Projected to reach the target in 262 days, on Tue 17 Aug 2027 "
        "(arithmetic from your entries, not advice)."
    )
    # Not logged yet: the chip says so in words, on the not-logged fill.
    assert today.state_chip.word.text() == "Not logged"
    assert not today.entry_state.isVisible()
    with qtbot.waitSignal(today.figures_shown):
        today.log_taken()
    assert today.figure_mg_per_kg.value.text() == "0.6 mg/kg"
    assert today.figure_mg_per_kg.value.accessibleName() == (
        "Cumulative dose: 0.6 mg/kg, 0.4% of your doctor's target of 150 mg/kg."
    )
    assert today.figure_cumulative.value.accessibleName() == "40 mg taken in this course so far."
    assert today.state_chip.word.text() == "Taken"
    assert today.entry_state.isVisible()

    # The figures come before the sentences that qualify them, the action before both.
    def top(widget) -> int:
        return widget.mapTo(today, widget.rect().topLeft()).y()

    assert top(today.log_button) < top(today.figure_mg_per_kg) < top(today.bar)
    assert top(today.bar) < top(today.cumulative)


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


# -- what a patient did not say is never saved ------------------------------------------------


def test_a_saved_day_shows_its_own_meal_answer_not_the_last_one(
    window, sessions, answer_dialog
) -> None:
    """The sequence from issue #5: today logged with no meal answer, then an earlier day
    filled in "with a meal"; today's form must still say "not recorded", and updating
    today must not save an answer that was never given."""
    today = window.today
    assert today.with_food.answer() is None
    today.log_button.click()
    assert entries(sessions)[TODAY] == (DoseStatus.TAKEN, 40, None, "")

    def respond(dialog: LogDayDialog) -> None:
        dialog.with_food.set_answer(True)
        dialog.accept()

    answer_dialog(LogDayDialog, respond)
    today.unlogged.setCurrentRow(0)  # yesterday
    today.fill_in_button.click()
    assert entries(sessions)[TODAY - dt.timedelta(days=1)][2] is True

    assert today.with_food.answer() is None
    assert today.with_food.currentText() == "Meal: not recorded"
    today.log_button.click()  # "Update as taken"
    assert entries(sessions)[TODAY] == (DoseStatus.TAKEN, 40, None, "")


def test_a_new_day_in_the_dialog_offers_the_last_answer_a_saved_one_its_own(
    window, log_day, answer_dialog
) -> None:
    log_day(TODAY - dt.timedelta(days=3), mg_taken=40, with_food=None)
    log_day(TODAY - dt.timedelta(days=2), mg_taken=40, with_food=False)
    window.today.refresh()
    seen: list[bool | None] = []

    def respond(dialog: LogDayDialog) -> None:
        seen.append(dialog.with_food.answer())
        dialog.reject()

    answer_dialog(LogDayDialog, respond)
    window.today.unlogged.setCurrentRow(0)  # yesterday: no entry
    window.today.fill_in_button.click()
    assert seen == [False]

    day = TODAY - dt.timedelta(days=3)
    saved = LogDayDialog(
        day,
        40,
        DoseEntry(day, DoseStatus.TAKEN, mg_taken=40, with_food=None),
        food_matters=True,
        last_food_answer=False,
    )
    assert saved.with_food.answer() is None  # its own answer: not recorded


# -- more than scheduled ----------------------------------------------------------------------


def confirm_box(answer_dialog, click: str, texts: list[str]):
    """Answer the next message box by the button whose text starts with `click`."""
    from PySide6.QtWidgets import QMessageBox

    def respond(box: QMessageBox) -> None:
        texts.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        next(b for b in box.buttons() if b.text().startswith(click)).click()

    return answer_dialog(QMessageBox, respond)


def test_more_than_scheduled_asks_first_and_cancel_writes_nothing(
    window, sessions, answer_dialog
) -> None:
    today = window.today
    today.mg.setValue(60)
    texts: list[str] = []
    handled = confirm_box(answer_dialog, "Cancel", texts)
    today.log_button.click()
    assert handled and texts == ["Save 60 mg for Sat 28 Nov 2026? 40 mg is scheduled that day."]
    assert entries(sessions) == {}
    assert today.feedback.text() == "Not saved: 60 mg was not confirmed."

    handled = confirm_box(answer_dialog, "Save 60 mg", texts)
    today.log_button.click()
    assert handled
    assert entries(sessions) == {TODAY: (DoseStatus.TAKEN, 60, None, "")}
    assert today.feedback.text() == "Saved: today logged as taken (60 mg, more than scheduled)."
    assert "taken, 60 mg (more than scheduled)" in today.entry_state.text()
    assert "1 day taken (1 more than scheduled) · " in today.day_counts.text()


def test_an_amount_over_the_limit_is_refused_without_a_question(window, sessions, qtbot) -> None:
    today = window.today
    today.mg.clear()
    qtbot.keyClicks(today.mg, "99999")
    assert today.mg.value() == 99999  # typed, not clamped to 99
    today.log_button.click()  # a question would block here: none is asked
    assert entries(sessions) == {}
    assert today.feedback.text().startswith("Not saved: the dose taken of 99999 mg is over 300")


def test_counts_show_partial_and_over_together(window, log_day) -> None:
    log_day(TODAY - dt.timedelta(days=2), mg_taken=20)
    log_day(TODAY - dt.timedelta(days=1), mg_taken=80)
    window.today.refresh()
    assert window.today.day_counts.text().startswith(
        "2 days taken (1 partial, 1 more than scheduled) · 0 missed"
    )


def test_the_dialog_asks_before_more_than_scheduled_and_stays_open_on_cancel(
    window, sessions, answer_dialog, qtbot
) -> None:
    dialog = LogDayDialog(COURSE_START, 40, None, food_matters=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mg.setValue(80)
    texts: list[str] = []
    confirm_box(answer_dialog, "Cancel", texts)
    dialog.accept()
    assert texts == ["Save 80 mg for Thu 1 Oct 2026? 40 mg is scheduled that day."]
    assert dialog.isVisible() and dialog.problem.text() == "Not saved: 80 mg was not confirmed."

    dialog.mg.setValue(99999)
    dialog.accept()  # refused before any question
    assert dialog.isVisible() and "99999 mg is over 300 mg" in dialog.problem.text()

    confirm_box(answer_dialog, "Save 80 mg", texts)
    dialog.mg.setValue(80)
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == LogDayDialog.DialogCode.Accepted


def test_the_dialog_offers_no_amount_on_a_pause_day(qtbot) -> None:
    dialog = LogDayDialog(COURSE_START, 0, None, food_matters=True)
    qtbot.addWidget(dialog)
    assert dialog.mg.value() == 0 and dialog.mg.text() == "mg taken?"
    dialog.accept()
    assert "needs the mg taken" in dialog.problem.text()


# -- undo ---------------------------------------------------------------------------------------


def test_undo_link_after_logging_restores_the_day(window, sessions) -> None:
    today = window.today
    today.log_button.click()
    assert today.feedback.text() == "Saved: today logged as taken (40 mg)."
    assert today.feedback.undo_link.isVisible()
    today.feedback.undo_link.click()
    assert entries(sessions) == {}
    assert today.entry_state.text() == "Not logged yet."
    assert today.log_button.text() == "&Log as taken"
    assert today.feedback.text().startswith("Undone")


def test_filling_in_a_day_from_today_can_be_undone(window, sessions, answer_dialog) -> None:
    today = window.today
    answer_dialog(LogDayDialog, lambda dialog: dialog.accept())
    today.unlogged.setCurrentRow(0)
    today.fill_in_button.click()
    assert today.feedback.text() == "Saved: Fri 27 Nov 2026 logged as taken (40 mg)."
    assert today.unlogged.count() == 57
    today.feedback.undo_link.click()
    assert entries(sessions) == {}
    assert today.unlogged.count() == 58


# -- reading the figures -----------------------------------------------------------------------


def test_the_course_line_names_the_product_and_the_planned_end(window) -> None:
    product = window.today.controller.services.course.active_course().product
    assert window.today.course_line.text() == (
        f"{product} · started Thu 1 Oct 2026 · planned 20 weeks, to Wed 17 Feb 2027"
    )


def test_a_projection_past_the_planned_length_is_stated_as_a_fact(window) -> None:
    today = window.today
    # 10,500 mg at 40 mg a day ends in Aug 2027, after the 20 planned weeks.
    assert today.beyond_plan.isVisible()
    assert today.beyond_plan.text() == (
        "At the doses entered, the target falls after the planned 20 weeks (ends Wed 17 Feb 2027)."
    )
    for word in ("should", "increase", "recommend", "raise"):
        assert word not in today.beyond_plan.text()


def test_no_planned_length_line_when_the_target_falls_within_it(
    qtbot, sessions, settings, services, start_course
) -> None:
    from tracker.ui.controller import CourseController
    from tracker.ui.main_window import MainWindow

    start_course(mg=80, planned_weeks=30)  # 10,500 mg at 80 mg/day: about 19 weeks
    main = MainWindow(settings)
    main.attach(CourseController(services))
    qtbot.addWidget(main)
    main.show()
    assert not main.today.beyond_plan.isVisible()
    assert main.today.beyond_plan.text() == ""


def test_one_mg_per_kg_figure_when_both_round_alike(window, services, log_day) -> None:
    log_day(TODAY - dt.timedelta(days=1), mg_taken=40)
    services.weights.record(TODAY - dt.timedelta(days=1), 70.2)
    window.today.refresh()
    text = window.today.cumulative.text()
    assert text.count("mg/kg") == 1
    assert "(the same by your latest weight, 70.2 kg)" in text
    services.weights.record(TODAY - dt.timedelta(days=1), 50)
    window.today.refresh()
    assert "0.8 mg/kg</b>" not in window.today.cumulative.text()
    assert "(0.8 mg/kg by your latest weight, 50 kg)" in window.today.cumulative.text()


def test_the_weights_are_explained_on_request(window, qtbot) -> None:
    today = window.today
    assert not today.weights_help.isVisible()
    today.weights_help_button.click()
    assert today.weights_help.isVisible()
    assert "Reference weight: the weight your doctor's target is divided by" in (
        today.weights_help.text()
    )
    assert "Latest weight: your most recent weight reading" in today.weights_help.text()


def test_the_log_button_keeps_its_place_when_it_becomes_update(window, qtbot) -> None:
    today = window.today

    def across() -> list[tuple[int, int]]:
        # Left edges and widths: a section above (the due reminders) may shrink once the
        # day is logged, which moves the row up, never along.
        return [(b.x(), b.width()) for b in (today.log_button, today.missed_button)]

    before = across()
    today.log_button.click()
    assert today.log_button.text() == "Update as &taken"
    qtbot.wait(10)  # let the layout settle
    assert across() == before


def test_an_ended_course_that_reached_its_target_says_so(window, services, log_day) -> None:
    from tracker.services.records import CourseEdit

    services.course.update_course(CourseEdit(target_mg_per_kg=1))  # 70 mg: two days of 40
    for n in range(3):
        log_day(COURSE_START + dt.timedelta(days=n))
    services.course.end_course(COURSE_START + dt.timedelta(days=12))
    today = window.today
    today.refresh()
    assert today.heading.text() == "Your course ended on Tue 13 Oct 2026"
    assert today.projection.isVisible()
    assert today.projection.text() == "Target reached on Fri 2 Oct 2026."
    assert not today.beyond_plan.isVisible()
    assert today.day_counts.text() == "3 days taken · 0 missed · 0 skipped · 10 not logged"
    assert today.ended_line.text().startswith("It lasted 13 days")


def test_feature_sections_go_where_their_placement_says(qtbot) -> None:
    """An alert stays above what is due, whichever feature added its box first; what comes
    next goes below the figures."""
    from PySide6.QtWidgets import QLabel

    from tracker.ui.views.today import Placement, TodayView

    today = TodayView()
    qtbot.addWidget(today)
    boxes = {name: QLabel(name) for name in ("next", "due", "alert", "second alert")}
    today.add_section(boxes["next"])
    today.add_section(boxes["due"], Placement.DUE)
    today.add_section(boxes["alert"], Placement.ALERT)
    today.add_section(boxes["second alert"], Placement.ALERT)
    today.resize(900, 1200)
    today.show()
    qtbot.waitExposed(today)
    tops = {name: box.mapTo(today, box.rect().topLeft()).y() for name, box in boxes.items()}
    heading = today.heading.mapTo(today, today.heading.rect().topLeft()).y()
    figures = today.cumulative.mapTo(today, today.cumulative.rect().topLeft()).y()
    assert tops["alert"] < tops["second alert"] < tops["due"] < heading < figures < tops["next"]
