"""Correcting the course's set-up after the fact, through the real dialog over a real store."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import select

from tests.conftest import COURSE_START
from tests.ui.helpers import press
from tracker.db import models
from tracker.services.records import ProfileInfo
from tracker.ui.dialogs.course_details import CourseDetailsDialog

EARLIER = dt.date(2026, 9, 21)


@pytest.fixture
def dialog(qtbot, controller, start_course) -> CourseDetailsDialog:
    start_course()  # 2026-10-01; today 2026-11-28 is day 59
    shown = CourseDetailsDialog(controller)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def effect(dialog: CourseDetailsDialog) -> str:
    # The arrows are held to their numbers with no-break spaces.
    return dialog.effect.text().replace("\N{NO-BREAK SPACE}", " ")


def first_period_start(sessions) -> dt.date:
    with sessions() as session:
        return session.scalars(
            select(models.DosePeriod.starts_on).order_by(models.DosePeriod.starts_on)
        ).first()


def test_a_new_start_date_shows_its_effect_before_saving(dialog, services) -> None:
    assert effect(dialog) == (
        "Change the start date to see its effect on the counts before you save."
    )
    dialog.start.setDate(QDate(2026, 9, 21))
    assert effect(dialog) == (
        "Course day 59 → 69; earlier days not logged: 58 → 68; days taken unchanged."
    )
    dialog.start.setDate(QDate(2026, 10, 11))
    assert effect(dialog).startswith("Course day 59 → 49; earlier days not logged: 58 → 48")
    assert services.course.active_course().started_on == COURSE_START  # nothing saved yet


def test_saving_moves_the_start_and_the_first_period_and_undo_restores(
    dialog, services, controller, sessions
) -> None:
    dialog.start.setDate(QDate(2026, 9, 21))
    dialog.save_button.click()
    assert dialog.result() == CourseDetailsDialog.DialogCode.Accepted
    assert dialog.saved == "start date Mon 21 Sep 2026"
    assert services.course.active_course().started_on == EARLIER
    assert first_period_start(sessions) == EARLIER
    assert services.status.status().progress.course_day == 69

    controller.undo_stack.undo()
    assert services.course.active_course().started_on == COURSE_START
    assert first_period_start(sessions) == COURSE_START


def test_a_refused_start_shows_the_reason_and_writes_nothing(
    qtbot, controller, start_course, log_day, services
) -> None:
    start_course()
    log_day(dt.date(2026, 10, 5))
    dialog = CourseDetailsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2026, 10, 10))
    assert effect(dialog) == (
        "Cannot start on Sat 10 Oct 2026: 1 logged day is before 2026-10-10; mark them as "
        "not logged first, or choose an earlier start."
    )
    assert not dialog.save_button.isEnabled()
    dialog.try_accept()  # Enter in the form takes the same path: refused again
    assert services.course.active_course().started_on == COURSE_START
    assert controller.undo_stack.count() == 0
    dialog.start.setDate(QDate(2026, 10, 5))
    assert dialog.save_button.isEnabled()


def test_a_start_more_than_a_year_ago_asks_and_cancel_writes_nothing(
    dialog, services, answer_dialog, controller
) -> None:
    dialog.start.setDate(QDate(2016, 10, 4))
    asked = answer_dialog(QMessageBox, press("Cancel"))
    dialog.save_button.click()
    assert asked, "a start ten years back is asked about"
    assert asked[0].text() == (
        "Start on 04 Oct 2016? That is 10 years ago: day 3,708 of the course."
    )
    assert dialog.isVisible() and dialog.result() != CourseDetailsDialog.DialogCode.Accepted
    assert services.course.active_course().started_on == COURSE_START
    assert controller.undo_stack.count() == 0

    answer_dialog(QMessageBox, press("Start on 04 Oct 2016"))
    dialog.save_button.click()
    assert services.course.active_course().started_on == dt.date(2016, 10, 4)


def test_course_and_profile_are_one_undo_step(dialog, services, controller) -> None:
    dialog.product.setCurrentText("Absorica LD")
    dialog.prescriber.setText("Dr Okafor")
    dialog.name.setText("Alex")
    dialog.has_birth_date.setChecked(True)
    dialog.birth_date.setDate(QDate(2001, 5, 17))
    dialog.pregnancy.setCurrentIndex(2)  # No
    dialog.save_button.click()
    assert dialog.saved == "product Absorica LD, prescriber Dr Okafor, your details"
    course = services.course.active_course()
    assert (course.product, course.prescriber, course.food_matters) == (
        "Absorica LD",
        "Dr Okafor",
        False,
    )
    assert services.course.profile() == ProfileInfo("Alex", dt.date(2001, 5, 17), False)

    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    course = services.course.active_course()
    assert (course.product, course.prescriber) == ("Isotretinoin (generic)", "")
    assert services.course.profile() == ProfileInfo()


def test_nothing_changed_saves_nothing(dialog, controller) -> None:
    dialog.save_button.click()
    assert dialog.result() == CourseDetailsDialog.DialogCode.Accepted
    assert dialog.saved == ""
    assert controller.undo_stack.count() == 0


def test_an_empty_product_is_refused(dialog, services) -> None:
    dialog.product.setCurrentText("  ")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == "Please check: name the product (for example Claravis)."
    assert services.course.active_course().product == "Isotretinoin (generic)"


def test_typed_text_shows_literally(qtbot, controller, start_course, services) -> None:
    start_course(prescriber="<h1>HUGE</h1>", product="<b>Mine</b>")
    services.course.save_profile(ProfileInfo(name="<i>Alex</i>"))
    dialog = CourseDetailsDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.prescriber.text() == "<h1>HUGE</h1>"
    assert dialog.product.currentText() == "<b>Mine</b>"
    assert dialog.name.text() == "<i>Alex</i>"
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_a_refused_profile_leaves_the_course_change_unwritten(
    qtbot, window, controller, services, answer_dialog
) -> None:
    from tracker.ui.dialogs.course_details import CourseDetailsDialog

    before = services.course.active_course()
    errors: list[str] = []

    def change_both(dialog: CourseDetailsDialog) -> None:
        dialog.prescriber.setText("Dr Rao")
        dialog.name.setText("Sam\x1b[31m")  # a control character: the profile is refused
        dialog.try_accept()
        errors.append(dialog.error.text())
        dialog.reject()

    answer_dialog(CourseDetailsDialog, change_both)
    window.course_details_action.trigger()
    assert errors and "the name holds a control character" in errors[0]
    assert services.course.active_course() == before
    assert controller.undo_stack.count() == 0
