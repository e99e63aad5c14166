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


def test_every_course_detail_can_be_corrected(services, start_course) -> None:
    from tracker.services.records import CourseEdit

    start_course()
    info = services.course.update_course(
        CourseEdit(
            target_mg_per_kg=120,
            reference_weight_kg=65,
            planned_weeks=24,
            prescriber=" Dr Rao ",
            product=" Absorica ",
        )
    )
    assert (info.target_mg_per_kg, info.reference_weight_kg, info.planned_weeks) == (120, 65, 24)
    assert (info.prescriber, info.product, info.food_matters) == ("Dr Rao", "Absorica", False)
    assert services.course.active_course() == info
    # None leaves a field as it is.
    assert services.course.update_course(CourseEdit(planned_weeks=20)).target_mg_per_kg == 120


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"target_mg_per_kg": 0}, "target"),
        ({"reference_weight_kg": 19}, "weight"),
        ({"planned_weeks": 105}, "planned length"),
        ({"product": " "}, "product"),
        ({"started_on": dt.date(2026, 11, 29)}, "in the future"),
    ],
)
def test_a_bad_correction_is_refused_whole(services, start_course, edit, message) -> None:
    from tracker.services.records import CourseEdit

    before = start_course()
    with pytest.raises(UserInputError, match=message):
        # A valid field alongside the bad one is not written either.
        services.course.update_course(CourseEdit(prescriber="Dr Who", **edit))
    assert services.course.active_course() == before


def test_moving_the_start_earlier_moves_the_first_dose_period(services, start_course) -> None:
    from tracker.services.records import CourseEdit

    start_course()
    later = COURSE_START + dt.timedelta(days=20)
    services.course.set_dose_period(daily_period(later, 60))
    earlier = COURSE_START - dt.timedelta(days=7)
    effect = services.course.start_change_effect(earlier)
    assert (effect.before.course_day, effect.after.course_day) == (59, 66)
    assert (effect.before.days_unlogged, effect.after.days_unlogged) == (59, 66)
    info = services.course.update_course(CourseEdit(started_on=earlier))
    assert info.started_on == earlier
    regimen = services.course.regimen()
    assert [p.starts_on for p in regimen.periods] == [earlier, later]
    assert services.status.status().progress.course_day == 66


def test_moving_the_start_later_is_refused_over_logged_days_or_later_periods(
    services, sessions, start_course, log_day
) -> None:
    from tracker.services.records import CourseEdit

    start_course()
    log_day(COURSE_START + dt.timedelta(days=1))
    with pytest.raises(UserInputError, match="1 logged day is before 2026-10-03"):
        services.course.start_change_effect(COURSE_START + dt.timedelta(days=2))
    services.dose_log.clear_day(COURSE_START + dt.timedelta(days=1))
    services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(days=5), 60))
    with pytest.raises(UserInputError, match="a dose period starts on 2026-10-06"):
        services.course.update_course(CourseEdit(started_on=COURSE_START + dt.timedelta(days=5)))
    # Between the two: allowed, and the first period moves along.
    moved = COURSE_START + dt.timedelta(days=3)
    services.course.update_course(CourseEdit(started_on=moved))
    assert [p.starts_on for p in services.course.regimen().periods] == [
        moved,
        COURSE_START + dt.timedelta(days=5),
    ]


def test_period_writes_return_what_they_replaced_or_removed(services, start_course) -> None:
    start_course()
    change = COURSE_START + dt.timedelta(days=28)
    first = daily_period(change, 60)
    assert services.course.set_dose_period(first) is None
    assert services.course.set_dose_period(alternating_period(change, [40, 80])) == first
    other = daily_period(COURSE_START + dt.timedelta(days=40), 20)
    services.course.set_dose_period(other)
    # Removing one period leaves the others (the right one is removed).
    assert services.course.remove_dose_period(other.starts_on) == other
    assert [p.starts_on for p in services.course.regimen().periods] == [COURSE_START, change]


def test_saving_the_profile_returns_the_one_it_replaced(services, start_course) -> None:
    start_course()
    assert services.course.save_profile(ProfileInfo("Sam", dt.date(2004, 5, 6), True)) == (
        ProfileInfo("", None, None)
    )
    assert services.course.save_profile(ProfileInfo("Sam B", None, False)) == ProfileInfo(
        "Sam", dt.date(2004, 5, 6), True
    )
    assert services.course.profile() == ProfileInfo("Sam B", None, False)


def test_a_date_of_birth_of_today_is_accepted_and_tomorrow_refused(services, today) -> None:
    services.course.save_profile(ProfileInfo("", today, None))
    with pytest.raises(UserInputError, match="date of birth"):
        services.course.save_profile(ProfileInfo("", today + dt.timedelta(days=1), None))
    assert services.course.profile() == ProfileInfo("", today, None)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"product": "Clara\x00vis"}, "the product name holds a control character"),
        ({"product": "C" * 101}, "keep it to 100"),
        ({"prescriber": "Dr\nWho"}, "the prescriber's name holds a control character"),
        ({"prescriber": "D" * 201}, "keep it to 200"),
    ],
)
def test_text_the_database_cannot_hold_as_typed_is_refused(
    services, start_course, edit, message
) -> None:
    from tracker.services.records import CourseEdit

    before = start_course()
    with pytest.raises(UserInputError, match=message):
        services.course.update_course(CourseEdit(**edit))
    assert services.course.active_course() == before


def test_markup_and_emoji_are_text_and_kept_as_typed(services, start_course) -> None:
    from tracker.services.records import CourseEdit

    start_course()
    typed = "<h1>HUGE</h1> & <b>x</b> \U0001f600 \u05e9\u05dc\u05d5\u05dd"
    info = services.course.update_course(CourseEdit(prescriber=typed, product=typed))
    assert (info.prescriber, info.product) == (typed, typed)
    services.course.save_profile(ProfileInfo(typed, None, None))
    assert services.course.profile().name == typed
    with pytest.raises(UserInputError, match="the name holds a control character"):
        services.course.save_profile(ProfileInfo("Sam\x1b[31m", None, None))
