"""The one undo stack: every write the GUI makes can be undone and redone, exactly."""

import datetime as dt

from tests.conftest import COURSE_START, TODAY
from tracker.domain.doselog import DoseStatus
from tracker.domain.products import DEFAULT_PRODUCT
from tracker.domain.progress import Weighing
from tracker.domain.regimen import daily_period
from tracker.services.records import CourseEdit, LogRequest, ProfileInfo


def entries(services):
    return {r.day: r.entry for r in services.dose_log.day_rows() if r.entry is not None}


def test_undo_and_redo_a_log_that_replaced_an_entry(
    controller, services, start_course, log_day
) -> None:
    start_course()
    log_day(TODAY, mg_taken=20, with_food=False, taken_at=dt.time(9, 15), note="half")
    before = entries(services)[TODAY]
    controller.log_day(LogRequest(TODAY, DoseStatus.MISSED, note="forgot"))
    stack = controller.undo_stack
    assert stack.undoText() == "logging Sat 28 Nov"
    stack.undo()
    assert entries(services)[TODAY] == before
    stack.redo()
    assert entries(services)[TODAY].status is DoseStatus.MISSED


def test_undo_of_clearing_a_day_brings_back_its_note(
    controller, services, start_course, log_day
) -> None:
    start_course()
    log_day(TODAY - dt.timedelta(days=1), note="kept")
    log_day(TODAY, note="cleared by mistake", with_food=True)
    kept = entries(services)
    controller.clear_day(TODAY)
    assert TODAY not in entries(services)
    controller.undo_stack.undo()
    assert entries(services) == kept


def test_one_undo_takes_back_a_whole_backlog_fill(
    controller, services, start_course, log_day
) -> None:
    start_course()
    log_day(COURSE_START + dt.timedelta(days=2), DoseStatus.MISSED)
    filled = controller.fill_taken(COURSE_START, COURSE_START + dt.timedelta(days=4))
    assert len(filled) == 4 and len(entries(services)) == 5
    controller.undo_stack.undo()
    assert list(entries(services)) == [COURSE_START + dt.timedelta(days=2)]
    controller.undo_stack.redo()
    assert len(entries(services)) == 5


def test_period_removal_and_replacement_are_undone(controller, services, start_course) -> None:
    start_course()
    change = COURSE_START + dt.timedelta(days=20)
    controller.set_dose_period(daily_period(change, 60))
    controller.set_dose_period(daily_period(change, 80))
    controller.remove_dose_period(change)
    assert len(services.course.regimen().periods) == 1
    controller.undo_stack.undo()
    assert services.course.regimen().scheduled_mg(change) == 80
    controller.undo_stack.undo()
    assert services.course.regimen().scheduled_mg(change) == 60
    controller.undo_stack.undo()
    assert len(services.course.regimen().periods) == 1


def test_weight_and_course_changes_are_undone(controller, services, start_course) -> None:
    start_course()
    day = COURSE_START + dt.timedelta(days=5)
    controller.record_weight(day, 68)
    controller.record_weight(COURSE_START, 61)  # the reference weight follows
    controller.remove_weight(day)
    controller.update_course(CourseEdit(target_mg_per_kg=120, product="Absorica"))
    controller.save_profile(ProfileInfo("Sam", None, True))
    stack = controller.undo_stack
    stack.undo()
    assert services.course.profile() == ProfileInfo("", None, None)
    stack.undo()
    course = services.course.active_course()
    assert (course.target_mg_per_kg, course.product, course.reference_weight_kg) == (
        150,
        DEFAULT_PRODUCT,
        61,
    )
    stack.undo()
    assert Weighing(day, 68) in services.weights.history()
    stack.undo()
    assert services.course.active_course().reference_weight_kg == 70
    stack.undo()
    assert services.weights.history() == [Weighing(COURSE_START, 70)]


def test_an_undo_that_no_longer_applies_is_refused_and_dropped(
    qtbot, controller, services, start_course
) -> None:
    start_course()
    change = COURSE_START + dt.timedelta(days=20)
    controller.set_dose_period(daily_period(change, 60))
    controller.remove_dose_period(change)
    # Meanwhile the command line ends the course: the period cannot come back.
    services.course.end_course(TODAY)
    with qtbot.waitSignal(controller.change_refused) as refused:
        controller.undo_stack.undo()
    assert "could not be undone" in refused.args[0]
    assert "no active course" in refused.args[0]
    assert controller.undo_stack.count() == 1  # the obsolete command is gone
