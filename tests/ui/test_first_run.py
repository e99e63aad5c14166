"""From an empty data folder to a logged dose, through the real windows."""

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from tests.ui.helpers import press
from tracker.app import build_gui
from tracker.db import models
from tracker.db.store import open_store
from tracker.services.container import build_services
from tracker.ui.dialogs.setup import SetupDialog


def fill_setup(dialog: SetupDialog, *, weight: float = 64.5, dose: int = 40) -> None:
    dialog.name.setText("Alex")
    dialog.product.setCurrentText("Claravis")
    dialog.start.setDate(QDate(2026, 11, 1))
    dialog.weight.setValue(weight)
    dialog.dose.setValue(dose)
    dialog.split.setChecked(True)
    dialog.target.setValue(120)
    dialog.start_button.click()


def test_fresh_folder_setup_then_log_today(qtbot, data_paths, clock, answer_dialog) -> None:
    handled = answer_dialog(SetupDialog, fill_setup)
    gui = build_gui(data_paths, clock)
    assert gui is not None and handled, "the first run shows the setup dialog"
    qtbot.addWidget(gui.window)
    gui.window.show()
    today = gui.window.today
    assert today.heading.text() == "Sat 28 Nov 2026: day 28 of ~140"
    assert "morning: 20 mg · evening: 20 mg" in today.scheduled.text()
    assert "0 mg" in today.cumulative.text()
    disclaimer = handled[0].findChild(type(handled[0].error), "disclaimer")
    assert disclaimer is not None and "does not replace medical advice" in disclaimer.text()

    today.with_food.set_answer(True)
    today.log_button.click()

    assert "<b>40 mg</b> = <b>0.6 mg/kg</b>" in today.cumulative.text()
    assert today.entry_state.text().startswith("Logged: <b>taken, 40 mg with a meal")
    with gui.services.course._sessions() as session:
        row = session.scalars(select(models.DoseEntry)).one()
        assert (row.day, row.mg_taken, row.with_food) == (dt.date(2026, 11, 28), 40, True)
        course = session.scalars(select(models.Course)).one()
        assert (course.product, course.reference_weight_kg, course.target_mg_per_kg) == (
            "Claravis",
            64.5,
            120,
        )


def test_setup_refuses_a_missing_weight_and_writes_nothing(qtbot, data_paths, clock) -> None:
    sessions, _ = open_store(data_paths, clock)
    services = build_services(sessions, clock)

    def submit(profile, start):
        services.course.start_course(start, profile)

    dialog = SetupDialog(clock.today(), submit)
    qtbot.addWidget(dialog)
    dialog.dose.setValue(40)
    dialog.start_button.click()
    assert "enter your weight" in dialog.error.text()
    assert dialog.result() == 0 and services.course.active_course() is None
    dialog.weight.setValue(70)
    dialog.start.setDate(QDate(2026, 11, 1))
    dialog.start_button.click()
    assert services.course.active_course() is not None


def test_second_start_goes_straight_to_today(qtbot, data_paths, clock, answer_dialog) -> None:
    answer_dialog(SetupDialog, fill_setup)
    first = build_gui(data_paths, clock)
    assert first is not None
    qtbot.addWidget(first.window)
    first.window.close()
    # No dialog may appear. If one does (the active-course check is gone), it is cancelled
    # at once, so the test fails on the assertions below instead of waiting in exec().
    shown: list[str] = []

    def refuse_any_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            shown.append(type(dialog).__name__)
            dialog.reject()

    guard = QTimer()
    guard.timeout.connect(refuse_any_dialog)
    guard.start(20)
    try:
        second = build_gui(data_paths, clock)
    finally:
        guard.stop()
    assert shown == [], "a second start showed a dialog"
    assert second is not None
    qtbot.addWidget(second.window)
    assert second.window.current_page_title() == "Today"


def test_cancelling_setup_starts_nothing(qtbot, data_paths, clock, answer_dialog) -> None:
    answer_dialog(SetupDialog, lambda dialog: dialog.reject())
    assert build_gui(data_paths, clock) is None


def test_setup_by_keyboard_alone(qtbot, data_paths, clock) -> None:
    """Type the weight and dose, press Enter: the course starts (Enter must not cancel)."""
    sessions, _ = open_store(data_paths, clock)
    services = build_services(sessions, clock)
    dialog = SetupDialog(clock.today(), lambda p, s: services.course.start_course(s, p))
    qtbot.addWidget(dialog)
    dialog.show()
    for field, text in ((dialog.weight, "65"), (dialog.dose, "40")):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.dose, Qt.Key.Key_Return)
    course = services.course.active_course()
    assert course is not None and course.reference_weight_kg == 65
    assert services.course.regimen().scheduled_mg(clock.today()) == 40


def test_a_second_course_keeps_the_profile(qtbot, data_paths, clock, answer_dialog) -> None:
    answer_dialog(SetupDialog, fill_setup)
    first = build_gui(data_paths, clock)
    assert first is not None
    qtbot.addWidget(first.window)
    first.services.course.end_course(clock.today())

    seen: list[str] = []

    def second_setup(dialog: SetupDialog) -> None:
        seen.append(dialog.name.text())
        fill_setup(dialog)

    # An ended course opens as it is (no setup); the next one starts from the File menu.
    second = build_gui(data_paths, clock)
    assert second is not None
    qtbot.addWidget(second.window)
    second.window.show()
    assert second.window.today.heading.text() == "Your course ended on Sat 28 Nov 2026"
    answer_dialog(SetupDialog, second_setup)
    second.window.new_course_action.trigger()
    assert seen == ["Alex"]
    profile = second.services.course.profile()
    assert profile is not None and profile.name == "Alex"


def test_a_start_more_than_a_year_ago_is_asked_about(
    qtbot, data_paths, clock, answer_dialog
) -> None:
    sessions, _ = open_store(data_paths, clock)
    services = build_services(sessions, clock)
    dialog = SetupDialog(clock.today(), lambda p, s: services.course.start_course(s, p))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.weight.setValue(70)
    dialog.dose.setValue(40)
    dialog.start.setDate(QDate(2016, 10, 4))  # a typo for 2026

    asked = answer_dialog(QMessageBox, press("Cancel"))
    dialog.start_button.click()
    assert asked and asked[0].text() == (
        "Start on 04 Oct 2016? That is 10 years ago: day 3,708 of the course."
    )
    assert dialog.isVisible() and services.course.active_course() is None
    assert dialog.error.text() == "Please check the start date."

    dialog.start.setDate(QDate(2026, 10, 4))  # within the year: no question
    dialog.start_button.click()
    course = services.course.active_course()
    assert course is not None and course.started_on == dt.date(2026, 10, 4)


def test_setup_dates_read_like_the_rest_of_the_app(qtbot, clock) -> None:
    dialog = SetupDialog(clock.today(), lambda p, s: None)
    qtbot.addWidget(dialog)
    assert dialog.start.text() == "Sat 28 Nov 2026"
    assert dialog.birth_date.displayFormat() == dialog.start.displayFormat()


def test_setup_refuses_a_typed_dose_above_the_limit(qtbot, data_paths, clock) -> None:
    sessions, _ = open_store(data_paths, clock)
    services = build_services(sessions, clock)
    dialog = SetupDialog(clock.today(), lambda p, s: services.course.start_course(s, p))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.weight.setValue(70)
    dialog.dose.setFocus()
    dialog.dose.selectAll()
    qtbot.keyClicks(dialog.dose, "99999")
    assert dialog.dose.value() == 99999  # kept as typed, not clamped to 99
    dialog.start_button.click()
    assert "99999 mg is over 300 mg a day" in dialog.error.text()
    assert services.course.active_course() is None
