import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from tests.conftest import COURSE_START, TODAY
from tests.ui.helpers import press
from tracker.db import models
from tracker.domain.regimen import daily_period
from tracker.ui.dialogs.course_details import CourseDetailsDialog
from tracker.ui.views.regimen import ALTERNATE, DAILY, SPLIT, RegimenView

NOV_3 = dt.date(2026, 11, 3)


@pytest.fixture
def regimen(window) -> RegimenView:
    window.show_page("Regimen and weight")
    return window.regimen


@pytest.fixture
def with_nov_3_period(regimen, controller) -> RegimenView:
    controller.set_dose_period(daily_period(NOV_3, 60))
    controller.undo_stack.clear()
    return regimen


def test_the_regimen_is_said_in_plain_words_first_with_the_next_change(regimen, controller) -> None:
    assert regimen.current_regimen.text() == "40 mg a day since Thu 1 Oct 2026."
    assert not regimen.next_regimen.isVisible()
    top = regimen.current_regimen.mapTo(regimen, regimen.current_regimen.rect().topLeft())
    assert top.y() < regimen.period_table.mapTo(regimen, regimen.period_table.pos()).y()

    controller.set_dose_period(daily_period(TODAY + dt.timedelta(days=5), 60))

    assert regimen.current_regimen.text() == "40 mg a day since Thu 1 Oct 2026."
    assert regimen.next_regimen.isVisible()
    assert regimen.next_regimen.text() == "Then from Thu 3 Dec 2026: 60 mg a day."
    controller.set_dose_period(daily_period(NOV_3, 20))
    assert regimen.current_regimen.text() == "20 mg a day since Tue 3 Nov 2026."


def test_a_new_dose_period_updates_today_at_once(window, regimen, services) -> None:
    regimen.period_from.setDate(QDate(2026, 11, 28))
    regimen.pattern.setCurrentIndex(ALTERNATE)
    regimen.first_mg.setValue(40)
    regimen.second_mg.setValue(80)
    regimen.add_period_button.click()
    assert regimen.period_feedback.text() == (
        "Saved: from Sat 28 Nov 2026, 40 mg and 80 mg on alternate days."
    )
    assert regimen.period_feedback.undo_link.isVisible()
    assert regimen.periods.rowCount() == 2
    assert regimen.periods.index(0, 1).data() == "40 mg and 80 mg on alternate days"
    assert services.course.regimen().scheduled_mg(TODAY + dt.timedelta(days=1)) == 80
    window.show_page("Today")
    assert "Scheduled today: <b>40 mg</b>" in window.today.scheduled.text()


def test_only_the_fields_of_the_chosen_pattern_show_and_the_buttons_stay(regimen) -> None:
    shown: dict[int, set[str]] = {}
    button_y: set[int] = set()
    for pattern in (DAILY, SPLIT, ALTERNATE):
        regimen.pattern.setCurrentIndex(pattern)
        QApplication.processEvents()
        shown[pattern] = {
            field.accessibleName()
            for field in (regimen.second_mg, regimen.morning_mg, regimen.capsules)
            if field.isVisible()
        }
        button_y.add(regimen.add_period_button.mapTo(regimen, regimen.rect().topLeft()).y())
    assert shown == {
        DAILY: {"Capsule strengths"},
        SPLIT: {"Morning intake"},
        ALTERNATE: {"Dose on the other days"},
    }
    assert len(button_y) == 1, "the buttons under the form do not move"
    assert regimen.first_mg.accessibleName() == "Dose on the first day"


def test_a_pause_and_a_split_dose(window, regimen) -> None:
    regimen.period_from.setDate(QDate(2026, 11, 28))
    regimen.first_mg.setValue(0)
    regimen.add_period_button.click()
    window.show_page("Today")
    assert window.today.scheduled.text() == "Nothing is scheduled today (pause)."
    window.show_page("Regimen and weight")
    regimen.first_mg.setValue(70)
    regimen.pattern.setCurrentIndex(SPLIT)
    assert regimen.morning_mg.value() == 35  # halves to start with
    regimen.morning_mg.setValue(40)
    regimen.add_period_button.click()
    assert regimen.period_feedback.text() == (
        "Saved: from Sat 28 Nov 2026, 70 mg a day (was pause (0 mg))."
    )
    window.show_page("Today")
    assert "morning: 40 mg · evening: 30 mg" in window.today.scheduled.text()
    window.show_page("Regimen and weight")
    regimen.morning_mg.setValue(70)
    regimen.add_period_button.click()
    assert "morning intake must be more than 0 and less than the 70 mg" in (
        regimen.period_feedback.text()
    )


def test_a_typed_dose_is_refused_not_clamped(qtbot, regimen, services) -> None:
    regimen.period_from.setDate(QDate(2026, 11, 28))
    regimen.first_mg.setFocus()
    regimen.first_mg.selectAll()
    qtbot.keyClicks(regimen.first_mg, "99999")
    assert regimen.first_mg.value() == 99999
    regimen.add_period_button.click()
    assert regimen.period_feedback.text() == (
        "Not saved: dose of 99999 mg is over 300 mg a day; check the number you typed"
    )
    assert len(services.course.regimen().periods) == 1


def test_a_weight_changes_the_latest_weight_figure(window, regimen) -> None:
    regimen.weight_date.setDate(QDate(2026, 11, 20))
    regimen.weight_kg.setValue(66.5)
    regimen.add_weight_button.click()
    assert regimen.weight_feedback.text() == "Saved: 66.5 kg on Fri 20 Nov 2026."
    assert regimen.weights.rowCount() == 2
    assert regimen.weights.index(0, 1).data() == "66.5 kg"
    window.show_page("Today")
    window.today.log_button.click()
    assert "by your latest weight, 66.5 kg" in window.today.cumulative.text()


def test_target_and_reference_weight_can_be_undone(window, regimen, services) -> None:
    regimen.target.setValue(120)
    regimen.reference_weight.setValue(60)
    regimen.save_course_button.click()
    assert regimen.target_feedback.text() == (
        "Saved: target 120 mg/kg, reference weight 60 kg, 20 weeks."
    )
    window.show_page("Today")
    assert window.today.target.text() == "Your doctor's target: 120 mg/kg = 7,200 mg"
    window.show_page("Regimen and weight")
    regimen.target_feedback.undo_link.click()
    course = services.course.active_course()
    assert (course.target_mg_per_kg, course.reference_weight_kg) == (150, 70)
    assert (regimen.target.value(), regimen.reference_weight.value()) == (150, 70)
    regimen.save_course_button.click()
    assert regimen.target_feedback.text() == "Nothing to save: these are the stored figures."


def test_removing_the_first_period_is_explained_without_asking(regimen) -> None:
    regimen.period_table.selectRow(0)
    regimen.remove_period_button.click()  # a question here would block: none may appear
    assert regimen.period_feedback.text() == (
        "Not removed: the first dose period cannot be removed; set a new dose from the start "
        "date (Thu 1 Oct 2026) to change it."
    )


def test_removing_a_period_asks_first(with_nov_3_period, answer_dialog, services) -> None:
    regimen = with_nov_3_period
    regimen.period_table.selectRow(0)
    asked = answer_dialog(QMessageBox, press("Cancel"))
    regimen.remove_period_button.click()
    assert asked and asked[0].text() == (
        "Remove the dose period from Tue 3 Nov 2026 (60 mg a day)?"
    )
    assert asked[0].textFormat() == Qt.TextFormat.PlainText
    assert len(services.course.regimen().periods) == 2
    assert regimen.periods.rowCount() == 2


def test_a_removed_period_comes_back_with_undo(
    qtbot, with_nov_3_period, answer_dialog, services, controller
) -> None:
    regimen = with_nov_3_period
    regimen.period_table.selectRow(0)
    answer_dialog(QMessageBox, press("Remove"))
    regimen.remove_period_button.click()
    assert regimen.period_feedback.text() == (
        "Removed the period from Tue 3 Nov 2026 (60 mg a day)."
    )
    assert [p.starts_on for p in services.course.regimen().periods] == [COURSE_START]
    assert regimen.periods.rowCount() == 1

    regimen.period_feedback.undo_link.click()
    assert services.course.regimen().scheduled_mg(TODAY) == 60
    assert regimen.periods.index(0, 1).data() == "60 mg a day"
    assert regimen.period_feedback.text() == "Undone: removing the dose from Tue 3 Nov."
    assert not regimen.period_feedback.undo_link.isVisible()
    controller.undo_stack.redo()  # Edit > Redo
    assert regimen.periods.rowCount() == 1
    regimen.window().activateWindow()
    regimen.period_table.setFocus()
    qtbot.waitUntil(regimen.period_table.hasFocus)
    qtbot.keyClick(regimen.period_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert regimen.periods.rowCount() == 2


def test_replacing_a_period_says_what_it_was_and_undoes(with_nov_3_period, services) -> None:
    regimen = with_nov_3_period
    regimen.period_table.selectRow(0)  # copies the period into the form
    assert (regimen.period_from.date(), regimen.first_mg.value()) == (QDate(2026, 11, 3), 60)
    regimen.first_mg.setValue(70)
    regimen.capsules.setText("40+30")
    regimen.add_period_button.click()
    assert regimen.period_feedback.text() == (
        "Saved: from Tue 3 Nov 2026, 70 mg a day (was 60 mg a day)."
    )
    assert services.course.regimen().scheduled_mg(TODAY) == 70
    regimen.period_feedback.undo_link.click()
    assert services.course.regimen().scheduled_mg(TODAY) == 60


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("0", "a capsule strength of 0 mg is not possible; check what you typed"),
        ("40+0", "a capsule strength of 0 mg is not possible; check what you typed"),
        ("<h1>HUGE</h1>", "capsules should look like 40+20, not '<h1>HUGE</h1>'"),
    ],
)
def test_impossible_capsules_are_refused(regimen, services, typed, reason) -> None:
    regimen.period_from.setDate(QDate(2026, 11, 28))
    regimen.first_mg.setValue(40)
    regimen.capsules.setText(typed)
    regimen.add_period_button.click()
    assert regimen.period_feedback.text() == f"Not saved: {reason}"
    assert regimen.period_feedback.label.textFormat() == Qt.TextFormat.PlainText
    assert len(services.course.regimen().periods) == 1


def test_capsules_for_a_pause_are_refused_not_dropped(regimen, services) -> None:
    regimen.period_from.setDate(QDate(2026, 11, 28))
    regimen.first_mg.setValue(0)
    regimen.capsules.setText("40")
    regimen.add_period_button.click()
    assert "a pause (0 mg) has no capsules" in regimen.period_feedback.text()
    assert len(services.course.regimen().periods) == 1


def test_capsule_strengths_are_recorded_and_shown(window, regimen, services) -> None:
    regimen.period_from.setDate(QDate(2026, 11, 28))
    regimen.first_mg.setValue(60)
    regimen.capsules.setText("40+20")
    regimen.add_period_button.click()
    assert regimen.periods.index(0, 2).data() == "60 mg (40 + 20)"
    assert services.course.regimen().periods[-1].cycle[0].intakes[0].capsules_mg == (40, 20)
    regimen.capsules.setText("40+30")
    regimen.add_period_button.click()
    assert regimen.period_feedback.text() == "Not saved: capsules 40+30 do not add up to 60 mg"
    regimen.pattern.setCurrentIndex(SPLIT)
    assert regimen.capsules.isHidden()
    window.show_page("Today")
    assert "Scheduled today: <b>60 mg</b> (40 + 20 mg capsules)" in window.today.scheduled.text()


# -- weights -------------------------------------------------------------------------------


def test_a_weight_is_corrected_by_selecting_it(regimen, services, controller) -> None:
    regimen.weight_table.selectRow(0)
    assert regimen.weight_date.date() == QDate(2026, 10, 1)
    assert regimen.weight_kg.value() == 70
    regimen.weight_kg.setValue(71)
    regimen.add_weight_button.click()
    assert regimen.weight_feedback.text() == "Corrected: 71 kg on Thu 1 Oct 2026 (was 70 kg)."
    assert [w.kg for w in services.weights.history()] == [71]
    assert regimen.weights.rowCount() == 1
    regimen.weight_feedback.undo_link.click()
    assert [w.kg for w in services.weights.history()] == [70]
    assert regimen.weights.index(0, 1).data() == "70 kg"


def test_a_weight_is_removed_after_asking_and_comes_back(
    regimen, services, answer_dialog, sessions
) -> None:
    regimen.weight_date.setDate(QDate(2026, 11, 20))
    regimen.weight_kg.setValue(66.5)
    regimen.add_weight_button.click()
    regimen.weight_table.selectRow(0)

    asked = answer_dialog(QMessageBox, press("Cancel"))
    regimen.remove_weight_button.click()
    assert asked[0].text() == "Remove the weight of 66.5 kg on Fri 20 Nov 2026?"
    assert len(services.weights.history()) == 2

    regimen.weight_table.selectRow(0)
    answer_dialog(QMessageBox, press("Remove"))
    regimen.remove_weight_button.click()
    assert regimen.weight_feedback.text() == "Removed the weight of 66.5 kg on Fri 20 Nov 2026."
    with sessions() as session:
        assert session.scalars(select(models.Weight.kg)).all() == [70]
    assert regimen.weights.rowCount() == 1
    regimen.weight_feedback.undo_link.click()
    assert [w.kg for w in services.weights.history()] == [70, 66.5]
    assert regimen.weights.rowCount() == 2


def test_weights_are_dated_within_the_course(regimen, services) -> None:
    assert regimen.weight_date.minimumDate() == QDate(2026, 10, 1)
    assert regimen.weight_date.maximumDate() == QDate(2026, 11, 28)
    regimen.weight_table.clearSelection()
    regimen.remove_weight_button.click()
    assert regimen.weight_feedback.text() == "Select a weight to remove."


def test_the_reference_weight_follows_a_corrected_start_day_weight(window, regimen) -> None:
    regimen.weight_date.setDate(QDate(2026, 10, 1))
    regimen.weight_kg.setValue(61)
    regimen.add_weight_button.click()
    assert regimen.weight_feedback.text() == "Corrected: 61 kg on Thu 1 Oct 2026 (was 70 kg)."
    assert regimen.reference_weight.value() == 61
    window.show_page("Today")
    assert "by your reference weight of 61 kg" in window.today.cumulative.text()
    assert "9,150 mg" in window.today.target.text()  # 150 mg/kg x 61 kg


# -- course details, layout, keyboard ------------------------------------------------------


def test_course_details_open_from_the_page(regimen, answer_dialog, services) -> None:
    def change_product(dialog: CourseDetailsDialog) -> None:
        try:
            dialog.product.setCurrentText("Absorica")
            dialog.prescriber.setText("<h1>Dr Okafor</h1>")
            dialog.save_button.click()
        finally:
            if dialog.isVisible():
                dialog.reject()

    answer_dialog(CourseDetailsDialog, change_product)
    regimen.details_button.click()
    assert services.course.active_course().product == "Absorica"
    assert regimen.course_feedback.text() == (
        "Saved: product Absorica, prescriber <h1>Dr Okafor</h1>."
    )
    summary = regimen.course_summary
    assert summary.textFormat() == Qt.TextFormat.PlainText
    assert "Product: Absorica\nPrescriber: <h1>Dr Okafor</h1>" in summary.text()
    regimen.course_feedback.undo_link.click()
    course = services.course.active_course()
    assert (course.product, course.prescriber) == ("Isotretinoin (generic)", "")
    assert "Prescriber: not given" in summary.text()


def test_the_second_column_goes_below_the_first_when_narrow(qtbot, window, regimen) -> None:
    window.resize(780, 580)
    qtbot.waitUntil(lambda: regimen.is_narrow())
    scroller = window.pages.currentWidget()
    assert not scroller.horizontalScrollBar().isVisible()
    assert regimen.weight_table.mapTo(regimen, regimen.rect().topLeft()).y() > (
        regimen.period_table.mapTo(regimen, regimen.rect().topLeft()).y()
    )
    regimen.resize(1200, 800)  # as wide as a 1366-pixel window gives it
    assert not regimen.is_narrow()


def test_the_first_tab_lands_on_the_first_control(qtbot, window, regimen) -> None:
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is regimen.period_table
    # A date field takes one Tab per part (weekday, day, month, year), as Qt's date fields do.
    order: list[str] = []
    while len(order) < 4:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        name = focused.accessibleName()
        if name not in order:
            order.append(name)
    assert order == ["New dose from", "Dose pattern", "Daily dose", "Capsule strengths"]


def test_a_saved_target_rewrites_only_the_field_the_patient_changed(
    regimen, services, controller
) -> None:
    from tracker.services.records import CourseEdit

    # Figures set from the command line, finer than the fields show (138 mg/kg, 68.3 kg).
    services.course.update_course(CourseEdit(target_mg_per_kg=137.5, reference_weight_kg=68.25))
    controller.course_changed.emit()
    regimen.planned_weeks.setValue(24)
    regimen.save_course_button.click()
    course = services.course.active_course()
    assert (course.target_mg_per_kg, course.reference_weight_kg, course.planned_weeks) == (
        137.5,
        68.25,
        24,
    )


@pytest.mark.parametrize(
    ("field", "typed", "reason"),
    [
        ("weight_kg", "1000", "weight must be between 20 and 300 kg (got 1000)"),
        ("target", "2200", "target must be between 1 and 500 mg/kg (got 2200)"),
        ("planned_weeks", "200", "planned length must be between 1 and 104 weeks (got 200)"),
    ],
)
def test_typed_numbers_are_refused_not_clamped(qtbot, regimen, services, field, typed, reason):
    box = getattr(regimen, field)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, typed)
    box.interpretText()
    assert box.value() == int(typed)  # kept as typed: never 100, 220 or 20
    button = regimen.add_weight_button if field == "weight_kg" else regimen.save_course_button
    feedback = regimen.weight_feedback if field == "weight_kg" else regimen.target_feedback
    button.click()
    assert feedback.text() == f"Not saved: {reason}"
    assert services.course.active_course().target_mg_per_kg == 150
    assert [w.kg for w in services.weights.history()] == [70]


def test_no_weight_is_offered_that_the_patient_did_not_enter(regimen, services) -> None:
    assert regimen.weight_kg.text().strip() == "enter the weight"
    regimen.add_weight_button.click()
    assert regimen.weight_feedback.text() == "Not saved: enter the weight in kilograms."
    assert [w.kg for w in services.weights.history()] == [70]
