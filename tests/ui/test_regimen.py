import datetime as dt

from PySide6.QtCore import QDate

from tests.conftest import TODAY


def test_a_new_dose_period_updates_today_at_once(window, services) -> None:
    window.show_page("Regimen and weight")
    regimen = window.regimen
    regimen.period_from.setDate(QDate(2026, 11, 28))
    regimen.pattern.setCurrentIndex(1)
    regimen.first_mg.setValue(40)
    regimen.second_mg.setValue(80)
    regimen.add_period_button.click()
    assert regimen.period_feedback.text() == (
        "Saved: from Sat 28 Nov 2026, 40 mg and 80 mg on alternate days."
    )
    assert regimen.periods.rowCount() == 2
    assert regimen.periods.index(0, 1).data() == "40 mg and 80 mg on alternate days"
    assert services.course.regimen().scheduled_mg(TODAY + dt.timedelta(days=1)) == 80
    window.show_page("Today")
    assert "Scheduled today: <b>40 mg</b>" in window.today.scheduled.text()


def test_a_pause_and_a_split_dose(window, services) -> None:
    window.show_page("Regimen and weight")
    regimen = window.regimen
    regimen.period_from.setDate(QDate(2026, 11, 28))
    regimen.first_mg.setValue(0)
    regimen.add_period_button.click()
    window.show_page("Today")
    assert window.today.scheduled.text() == "Nothing is scheduled today (pause)."
    window.show_page("Regimen and weight")
    regimen.first_mg.setValue(70)
    regimen.split.setChecked(True)
    assert regimen.morning_mg.value() == 35  # halves to start with
    regimen.morning_mg.setValue(40)
    regimen.add_period_button.click()
    window.show_page("Today")
    assert "morning: 40 mg · evening: 30 mg" in window.today.scheduled.text()
    window.show_page("Regimen and weight")
    regimen.morning_mg.setValue(70)
    regimen.add_period_button.click()
    assert "morning intake must be more than 0 and less than the 70 mg" in (
        regimen.period_feedback.text()
    )


def test_a_weight_changes_the_latest_weight_figure(window) -> None:
    window.show_page("Regimen and weight")
    regimen = window.regimen
    regimen.weight_date.setDate(QDate(2026, 11, 20))
    regimen.weight_kg.setValue(66.5)
    regimen.add_weight_button.click()
    assert regimen.weights.rowCount() == 2
    assert regimen.weights.index(0, 1).data() == "66.5 kg"
    window.show_page("Today")
    window.today.log_button.click()
    assert "by your latest weight, 66.5 kg" in window.today.cumulative.text()


def test_target_and_reference_weight(window) -> None:
    window.show_page("Regimen and weight")
    regimen = window.regimen
    regimen.target.setValue(120)
    regimen.reference_weight.setValue(60)
    regimen.prescriber.setText("Dr Okafor")
    regimen.save_course_button.click()
    assert window.regimen.controller.services.course.active_course().prescriber == "Dr Okafor"
    window.show_page("Today")
    assert window.today.target.text() == "Your doctor's target: 120 mg/kg = 7,200 mg"


def test_removing_the_first_period_is_explained(window) -> None:
    window.show_page("Regimen and weight")
    regimen = window.regimen
    regimen.period_table.selectRow(0)
    regimen.remove_period_button.click()
    assert "first dose period cannot be removed" in regimen.period_feedback.text()


def test_capsule_strengths_are_recorded_and_shown(window, services) -> None:
    window.show_page("Regimen and weight")
    regimen = window.regimen
    regimen.period_from.setDate(QDate(2026, 11, 28))
    regimen.first_mg.setValue(60)
    regimen.capsules.setText("40+20")
    regimen.add_period_button.click()
    assert regimen.periods.index(0, 2).data() == "60 mg (40 + 20)"
    assert services.course.regimen().periods[-1].cycle[0].intakes[0].capsules_mg == (40, 20)
    regimen.capsules.setText("40+30")
    regimen.add_period_button.click()
    assert regimen.period_feedback.text() == "Not saved: capsules 40+30 do not add up to 60 mg"
    regimen.split.setChecked(True)
    assert not regimen.capsules.isEnabled()
    window.show_page("Today")
    assert "Scheduled today: <b>60 mg</b> (40 + 20 mg capsules)" in window.today.scheduled.text()
