"""Where the active course stands, as Today and `isotrack status` ask for it."""

import datetime as dt

import pytest

from tests.conftest import COURSE_START, TODAY
from tracker.domain.doselog import DoseStatus
from tracker.domain.regimen import DayPlan, DosePeriod, Intake, daily_period
from tracker.errors import NoCourseYetError, UserInputError
from tracker.services.preview import preview_status
from tracker.services.status import final_day


def test_status_defaults_to_today_and_refuses_tomorrow(services, start_course, log_day) -> None:
    start_course()
    log_day(TODAY, note="today")
    status = services.status.status()
    assert status.progress.as_of == TODAY
    assert status.entry_today is not None and status.entry_today.note == "today"
    assert services.status.status(TODAY) == status
    with pytest.raises(UserInputError) as refused:
        services.status.status(TODAY + dt.timedelta(days=1))
    assert str(refused.value) == (
        "2026-11-29 is in the future; figures count only what has happened"
    )


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


def test_no_status_before_the_first_course(services) -> None:
    with pytest.raises(NoCourseYetError, match="no course yet"):
        services.status.status()
    assert services.status.course_summaries() == []


def test_an_ended_course_reports_its_final_figures(services, start_course, log_day) -> None:
    start_course(mg=40, weight_kg=80)
    for n in range(4):
        log_day(COURSE_START + dt.timedelta(days=n))
    log_day(COURSE_START + dt.timedelta(days=4), DoseStatus.MISSED)
    last_day = COURSE_START + dt.timedelta(days=9)
    services.course.end_course(last_day)
    status = services.status.status()
    assert status.course_end == last_day == status.course.ended_on
    p = status.progress
    # As of the last day, whatever today is: the figures stop there.
    assert (p.as_of, p.course_day, p.cumulative_mg) == (last_day, 10, 160)
    assert (p.days_taken, p.days_missed, p.days_unlogged) == (4, 1, 5)
    assert p.mg_per_kg == 2.0
    assert p.projected_target_date is None
    assert services.status.status(last_day) == status
    assert services.status.status(last_day + dt.timedelta(days=1)) == status
    earlier = services.status.status(last_day - dt.timedelta(days=1))
    assert (earlier.progress.as_of, earlier.progress.days_unlogged) == (
        last_day - dt.timedelta(days=1),
        4,
    )
    assert earlier.course_end == last_day


def test_an_active_course_has_no_end(services, start_course) -> None:
    start_course()
    assert services.status.status().course_end is None


def test_final_day_stops_at_the_last_day() -> None:
    day = dt.date(2026, 12, 10)
    assert final_day(day, None) == day
    assert final_day(day, day) == day
    assert final_day(day, day + dt.timedelta(days=1)) == day
    assert final_day(day, day - dt.timedelta(days=1)) == day - dt.timedelta(days=1)


def test_a_second_course_counts_from_its_own_start_and_the_first_stays_as_it_was(
    services, start_course, log_day
) -> None:
    first = start_course(mg=40, weight_kg=70)
    for n in range(10):
        log_day(COURSE_START + dt.timedelta(days=n))
    first_end = COURSE_START + dt.timedelta(days=9)
    services.course.end_course(first_end)
    before = services.status.course_summaries()
    second_start = COURSE_START + dt.timedelta(days=40)
    second = start_course(started_on=second_start, mg=20, weight_kg=60, target_mg_per_kg=120)
    log_day(second_start)
    log_day(second_start + dt.timedelta(days=1), mg_taken=10)
    now = services.status.status()
    assert now.course == second and now.course_end is None
    p = now.progress
    assert (p.course_day, p.cumulative_mg, p.days_taken, p.days_partial) == (
        (TODAY - second_start).days + 1,
        30,
        2,
        1,
    )
    assert (p.reference_weight_kg, p.target_mg_per_kg, p.mg_per_kg) == (60, 120, 0.5)
    summaries = services.status.course_summaries()
    assert [s.course.id for s in summaries] == [first.id, second.id]
    assert summaries[0] == before[0]  # untouched by the second course
    old = summaries[0].progress
    assert old is not None
    assert (old.as_of, old.cumulative_mg, old.days_taken, old.mg_per_kg) == (
        first_end,
        400,
        10,
        400 / 70,
    )
    assert summaries[1].progress == p


def test_a_course_that_starts_later_has_no_figures_yet(
    services, clock, start_course, log_day
) -> None:
    start_course()
    assert services.status.course_summaries()[0].progress is not None
    clock.move_to(COURSE_START)
    assert services.status.course_summaries()[0].progress is not None
    clock.move_to(COURSE_START - dt.timedelta(days=1))
    [summary] = services.status.course_summaries()
    assert summary.progress is None and summary.course.started_on == COURSE_START


def test_one_course_summary_is_its_entry_in_the_list(
    services, clock, start_course, log_day
) -> None:
    first = start_course()
    log_day(COURSE_START)
    services.course.end_course(COURSE_START + dt.timedelta(days=4))
    second = start_course(started_on=COURSE_START + dt.timedelta(days=30))
    summaries = services.status.course_summaries()
    assert services.status.course_summary(first.id) == summaries[0]
    assert services.status.course_summary(second.id) == summaries[1]
    assert summaries[0].progress is not None and summaries[0].progress.as_of == (
        COURSE_START + dt.timedelta(days=4)
    )
    assert summaries[1].progress is not None and summaries[1].progress.as_of == TODAY
    with pytest.raises(UserInputError) as caught:
        services.status.course_summary(second.id + 1)
    assert str(caught.value) == "that course is no longer on record"
    clock.move_to(COURSE_START + dt.timedelta(days=29))
    assert services.status.course_summary(second.id).progress is None
