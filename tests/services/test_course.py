import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.conftest import COURSE_START
from tracker.db import models
from tracker.domain.regimen import alternating_period, daily_period
from tracker.errors import NoActiveCourseError, UserInputError
from tracker.services.records import ProfileInfo


def count(sessions, model) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_starting_a_course_records_the_course_regimen_profile_and_weight(
    services, sessions, start_course
) -> None:
    info = start_course(product="Claravis", target_mg_per_kg=120, prescriber=" Dr Rao ")
    assert info.product == "Claravis" and info.prescriber == "Dr Rao"
    assert info.reference_weight_kg == 70 and info.target_mg_per_kg == 120
    assert services.course.regimen().scheduled_mg(COURSE_START) == 40
    assert [w.kg for w in services.weights.history()] == [70]
    assert count(sessions, models.Profile) == 1


def test_profile_is_saved_with_the_first_course(services, start_course) -> None:
    from tracker.services.records import CourseStart

    services.course.start_course(
        CourseStart(COURSE_START, 61.5, daily_period(COURSE_START, 30)),
        ProfileInfo("Sam", dt.date(2004, 5, 6), True),
    )
    assert services.course.profile() == ProfileInfo("Sam", dt.date(2004, 5, 6), True)


def test_a_second_active_course_is_refused_and_nothing_is_written(sessions, start_course) -> None:
    start_course()
    with pytest.raises(UserInputError, match="already active"):
        start_course(started_on=COURSE_START + dt.timedelta(days=3), weight_kg=80)
    assert count(sessions, models.Course) == 1
    assert count(sessions, models.Weight) == 1


def test_after_ending_a_course_another_can_start(services, start_course) -> None:
    start_course()
    services.course.end_course(COURSE_START + dt.timedelta(days=20))
    assert services.course.active_course() is None
    second = start_course(started_on=COURSE_START + dt.timedelta(days=40))
    assert services.course.active_course() == second


def test_dose_periods_replace_on_the_same_day_and_cannot_predate_the_course(
    services, start_course
) -> None:
    start_course()
    change = COURSE_START + dt.timedelta(days=28)
    services.course.set_dose_period(daily_period(change, 60))
    services.course.set_dose_period(alternating_period(change, [40, 80]))
    regimen = services.course.regimen()
    assert len(regimen.periods) == 2
    assert regimen.periods[1].daily_totals == (40, 80)
    with pytest.raises(UserInputError, match="before the course started"):
        services.course.set_dose_period(daily_period(COURSE_START - dt.timedelta(days=1), 40))
    services.course.remove_dose_period(change)
    assert len(services.course.regimen().periods) == 1
    with pytest.raises(UserInputError, match="first dose period"):
        services.course.remove_dose_period(COURSE_START)


def test_intakes_and_capsules_survive_the_round_trip(services, start_course) -> None:
    from tracker.domain.regimen import DayPlan, DosePeriod, Intake

    start_course()
    period = DosePeriod(
        COURSE_START + dt.timedelta(days=7),
        (DayPlan((Intake(40, "morning", (40,)), Intake(30, "evening", (20, 10)))),),
    )
    services.course.set_dose_period(period)
    assert services.course.regimen().periods[1] == period


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"weight_kg": 12}, "weight"),
        ({"weight_kg": 350}, "weight"),
        ({"target_mg_per_kg": 0}, "target"),
        ({"planned_weeks": 0}, "planned length"),
        ({"product": "  "}, "product"),
    ],
)
def test_bad_course_details_are_refused(sessions, start_course, kwargs, message) -> None:
    with pytest.raises(UserInputError, match=message):
        start_course(**kwargs)
    assert count(sessions, models.Course) == 0


def test_actions_without_a_course_say_so(services) -> None:
    with pytest.raises(NoActiveCourseError):
        services.status.status()
    with pytest.raises(NoActiveCourseError):
        services.course.set_dose_period(daily_period(COURSE_START, 40))
