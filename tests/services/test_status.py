"""Where the active course stands, as Today and `isotrack status` ask for it."""

import datetime as dt

import pytest

from tests.conftest import COURSE_START, TODAY
from tracker.domain.doselog import DoseStatus
from tracker.domain.regimen import DayPlan, DosePeriod, Intake, daily_period
from tracker.errors import NoActiveCourseError, UserInputError
from tracker.services.preview import preview_status


def test_status_defaults_to_today_and_refuses_tomorrow(services, start_course, log_day) -> None:
    start_course()
    log_day(TODAY, note="today")
    status = services.status.status()
    assert status.progress.as_of == TODAY
    assert status.entry_today is not None and status.entry_today.note == "today"
    assert services.status.status(TODAY) == status
    with pytest.raises(UserInputError, match="2026-11-29 is in the future; figures count only"):
        services.status.status(TODAY + dt.timedelta(days=1))


def test_status_shows_the_days_plan_and_entry(services, start_course, log_day) -> None:
    split = DayPlan((Intake(20, "morning"), Intake(30, "evening", (20, 10))))
    start_course()
    later = COURSE_START + dt.timedelta(days=10)
    services.course.set_dose_period(DosePeriod(later, (split,)))
    log_day(later, mg_taken=50, with_food=True)
    status = services.status.status(later)
    assert status.plan_today == split
    assert status.entry_today is not None and status.entry_today.mg_taken == 50
    before = services.status.status(later - dt.timedelta(days=1))
    assert before.plan_today == daily_period(COURSE_START, 40).cycle[0]
    assert before.entry_today is None


def test_the_last_meal_answer_is_the_latest_one_given_up_to_the_day(
    services, start_course, log_day
) -> None:
    start_course()
    day = lambda n: COURSE_START + dt.timedelta(days=n)  # noqa: E731
    assert services.status.status(day(0)).last_food_answer is None
    log_day(day(0), with_food=False)
    log_day(day(1), with_food=True)
    log_day(day(2))  # no answer given: the earlier answer stays the default
    log_day(day(3), DoseStatus.MISSED)
    log_day(day(5), with_food=False)
    assert services.status.status(day(4)).last_food_answer is True
    assert services.status.status(day(5)).last_food_answer is False
    assert services.status.status(day(0)).last_food_answer is False


def test_status_of_the_second_course_counts_only_its_own_days(
    services, data_paths, start_course, log_day
) -> None:
    first = start_course(mg=40)
    for n in range(3):
        log_day(COURSE_START + dt.timedelta(days=n), with_food=True)
    services.course.end_course(COURSE_START + dt.timedelta(days=10))
    second_start = COURSE_START + dt.timedelta(days=1)  # overlapping: dates as typed
    second = start_course(started_on=second_start, mg=60, weight_kg=80, product="Absorica")
    services.course.set_dose_period(daily_period(second_start + dt.timedelta(days=2), 30))
    log_day(second_start, mg_taken=60)
    status = services.status.status(second_start + dt.timedelta(days=2))
    assert status.course == second and status.course.id != first.id
    p = status.progress
    assert (p.cumulative_mg, p.days_taken, p.days_unlogged, p.scheduled_mg) == (60, 1, 2, 30)
    assert p.reference_weight_kg == 80
    assert status.last_food_answer is None  # the first course's answers are its own
    assert preview_status(data_paths.database, TODAY) == services.status.status(TODAY)


def test_no_status_without_an_active_course(services, start_course) -> None:
    start_course()
    services.course.end_course(TODAY)
    with pytest.raises(NoActiveCourseError):
        services.status.status()
