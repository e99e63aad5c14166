import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.conftest import COURSE_START
from tracker.db import models
from tracker.domain.regimen import alternating_period, daily_period
from tracker.errors import NoActiveCourseError, NoCourseYetError, UserInputError
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
    with pytest.raises(UserInputError) as refused:
        services.course.set_dose_period(daily_period(COURSE_START - dt.timedelta(days=1), 40))
    assert str(refused.value) == "2026-09-30 is before the course started (2026-10-01)"
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
    with pytest.raises(NoCourseYetError):
        services.status.status()
    with pytest.raises(NoCourseYetError):
        services.course.regimen()
    with pytest.raises(NoActiveCourseError):
        services.course.set_dose_period(daily_period(COURSE_START, 40))
    assert services.course.current_course() is None
    assert services.course.courses() == []


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


# -- every stored field, boundaries, and two courses ----------------------------------------


def periods_by_course(sessions) -> dict[int, list[dt.date]]:
    with sessions() as session:
        found: dict[int, list[dt.date]] = {}
        for row in session.scalars(select(models.DosePeriod).order_by(models.DosePeriod.starts_on)):
            found.setdefault(row.course_id, []).append(row.starts_on)
        return found


def test_every_detail_of_a_new_course_is_stored(services, start_course) -> None:
    from tracker.services.records import CourseInfo

    info = start_course(
        weight_kg=72.5,
        reference_weight_kg=70,
        product=" Absorica LD ",
        target_mg_per_kg=130,
        planned_weeks=24,
        prescriber="Dr Rao",
    )
    expected = CourseInfo(
        id=info.id,
        product="Absorica LD",
        started_on=COURSE_START,
        planned_weeks=24,
        target_mg_per_kg=130,
        reference_weight_kg=70,
        prescriber="Dr Rao",
        ended_on=None,
        food_matters=False,
    )
    assert info == expected
    assert services.course.active_course() == expected
    assert [(w.measured_on, w.kg) for w in services.weights.history()] == [(COURSE_START, 72.5)]
    assert services.status.status().progress.target_mg == 130 * 70


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"reference_weight_kg": 19.5}, "weight must be between 20 and 300 kg \\(got 19.5\\)"),
        ({"target_mg_per_kg": 501}, "target must be between 1 and 500"),
        ({"planned_weeks": 105}, "planned length must be between 1 and 104 weeks"),
        ({"prescriber": "D" * 201}, "keep it to 200"),
        ({"product": "x\x00"}, "the product name holds a control character"),
        ({"started_on": dt.date(2026, 11, 29)}, "2026-11-29 is in the future"),
    ],
)
def test_more_bad_course_details_are_refused(sessions, start_course, kwargs, message) -> None:
    with pytest.raises(UserInputError, match=message):
        start_course(**kwargs)
    assert count(sessions, models.Course) == 0
    assert count(sessions, models.Weight) == 0


def test_a_course_may_start_today(services, start_course, today) -> None:
    assert start_course(started_on=today).started_on == today
    assert services.status.status().progress.course_day == 1


def test_the_first_period_must_start_on_the_course_start(services, sessions) -> None:
    from tracker.services.records import CourseStart

    start = CourseStart(COURSE_START, 70, daily_period(COURSE_START + dt.timedelta(days=1), 40))
    with pytest.raises(UserInputError, match="the first dose period starts on the course's first"):
        services.course.start_course(start)
    assert count(sessions, models.Course) == 0


def test_a_bad_profile_with_a_new_course_writes_nothing(services, sessions, today) -> None:
    from tracker.services.records import CourseStart

    with pytest.raises(UserInputError, match="date of birth cannot be in the future"):
        services.course.start_course(
            CourseStart(COURSE_START, 70, daily_period(COURSE_START, 40)),
            ProfileInfo("Sam", today + dt.timedelta(days=1), None),
        )
    assert count(sessions, models.Course) == 0
    assert services.course.profile() is None


def test_a_course_can_end_on_its_first_day_or_today_but_not_outside(
    services, start_course, today
) -> None:
    start_course()
    for day, message in (
        (COURSE_START - dt.timedelta(days=1), "cannot end before it started"),
        (today + dt.timedelta(days=1), "cannot end in the future"),
    ):
        with pytest.raises(UserInputError, match=message):
            services.course.end_course(day)
        assert services.course.active_course() is not None
    ended = services.course.end_course(COURSE_START)
    assert ended.ended_on == COURSE_START
    assert services.course.active_course() is None
    second = start_course(started_on=today)
    assert services.course.end_course(today).ended_on == today
    assert second.id != ended.id


def test_a_new_course_keeps_the_profile_unless_one_is_given(services, start_course) -> None:
    from tracker.services.records import CourseStart

    services.course.save_profile(ProfileInfo(" Sam ", dt.date(2004, 5, 6), False))
    start_course()
    assert services.course.profile() == ProfileInfo("Sam", dt.date(2004, 5, 6), False)
    services.course.end_course(COURSE_START + dt.timedelta(days=1))
    day = COURSE_START + dt.timedelta(days=5)
    services.course.start_course(
        CourseStart(day, 70, daily_period(day, 40)), ProfileInfo("Sam B", None, True)
    )
    assert services.course.profile() == ProfileInfo("Sam B", None, True)


def test_moving_the_start_to_the_same_day_changes_nothing(services, start_course, log_day) -> None:
    from tracker.services.records import CourseEdit

    start_course()
    log_day(COURSE_START)
    info = services.course.update_course(CourseEdit(started_on=COURSE_START))
    assert info.started_on == COURSE_START
    assert [p.starts_on for p in services.course.regimen().periods] == [COURSE_START]


def test_two_logged_days_before_a_new_start_are_counted(services, start_course, log_day) -> None:
    from tracker.services.records import CourseEdit

    start_course()
    log_day(COURSE_START)
    log_day(COURSE_START + dt.timedelta(days=1))
    later = COURSE_START + dt.timedelta(days=3)
    with pytest.raises(UserInputError, match="2 logged days are before 2026-10-04"):
        services.course.update_course(CourseEdit(started_on=later))
    # A logged day on the new start itself is not before it.
    with pytest.raises(UserInputError, match="1 logged day is before 2026-10-02"):
        services.course.update_course(CourseEdit(started_on=COURSE_START + dt.timedelta(days=1)))
    assert services.course.active_course().started_on == COURSE_START


def test_a_period_starting_on_the_new_start_is_in_the_way(services, start_course) -> None:
    from tracker.services.records import CourseEdit

    start_course()
    services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(days=4), 60))
    with pytest.raises(UserInputError, match="a dose period starts on 2026-10-05"):
        services.course.update_course(CourseEdit(started_on=COURSE_START + dt.timedelta(days=4)))
    info = services.course.update_course(CourseEdit(started_on=COURSE_START + dt.timedelta(days=3)))
    assert info.started_on == COURSE_START + dt.timedelta(days=3)


def test_the_effect_of_a_later_start_is_shown_before_saving(
    services, start_course, log_day
) -> None:
    start_course(mg=40)
    log_day(COURSE_START + dt.timedelta(days=5))
    effect = services.course.start_change_effect(COURSE_START + dt.timedelta(days=5))
    assert effect.started_on == COURSE_START + dt.timedelta(days=5)
    assert (effect.before.course_day, effect.after.course_day) == (59, 54)
    assert effect.before.cumulative_mg == effect.after.cumulative_mg == 40
    # Shown, not saved.
    assert services.course.active_course().started_on == COURSE_START
    with pytest.raises(UserInputError, match="in the future"):
        services.course.start_change_effect(dt.date(2026, 11, 29))


def test_the_effect_moves_only_the_first_period(services, start_course) -> None:
    start_course(mg=40)
    services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(days=10), 80))
    effect = services.course.start_change_effect(COURSE_START - dt.timedelta(days=10))
    # Ten more days at 40 mg scheduled, as the moved first period says.
    assert effect.after.days_unlogged == effect.before.days_unlogged + 10
    assert effect.after.scheduled_mg == 80


def test_a_day_of_the_other_course_is_not_counted_against_a_new_start(
    services, start_course, log_day
) -> None:
    from tracker.services.records import CourseEdit

    start_course()
    log_day(COURSE_START)
    services.course.end_course(COURSE_START + dt.timedelta(days=1))
    second = COURSE_START + dt.timedelta(days=10)
    start_course(started_on=second)
    moved = second + dt.timedelta(days=2)
    assert services.course.update_course(CourseEdit(started_on=moved)).started_on == moved


def test_dose_periods_belong_to_their_own_course(services, sessions, start_course) -> None:
    """Two courses with a period on the same day: writing one never touches the other."""
    first = start_course()
    shared_day = COURSE_START + dt.timedelta(days=10)
    services.course.set_dose_period(daily_period(shared_day, 60))
    services.course.end_course(COURSE_START + dt.timedelta(days=20))
    # The second course starts before the first one's last day (allowed: dates as typed).
    second = start_course(started_on=COURSE_START + dt.timedelta(days=5))
    assert services.course.set_dose_period(daily_period(shared_day, 80)) is None
    assert services.course.set_dose_period(daily_period(shared_day, 20)) == daily_period(
        shared_day, 80
    )
    later = COURSE_START + dt.timedelta(days=12)
    services.course.set_dose_period(daily_period(later, 30))
    assert services.course.remove_dose_period(shared_day) == daily_period(shared_day, 20)
    assert periods_by_course(sessions) == {
        first.id: [COURSE_START, shared_day],
        second.id: [second.started_on, later],
    }
    assert [p.starts_on for p in services.course.regimen().periods] == [second.started_on, later]
    with pytest.raises(UserInputError, match="no dose period starts on 2026-10-11"):
        services.course.remove_dose_period(shared_day)


def test_a_period_on_the_course_start_replaces_the_first(services, start_course) -> None:
    start_course(mg=40)
    assert services.course.set_dose_period(daily_period(COURSE_START, 60)) == daily_period(
        COURSE_START, 40
    )
    assert services.course.regimen().scheduled_mg(COURSE_START) == 60


def test_a_name_of_exactly_the_maximum_length_is_kept(services) -> None:
    services.course.save_profile(ProfileInfo("N" * 200, None, None))
    assert services.course.profile().name == "N" * 200
    with pytest.raises(UserInputError, match="keep it to 200"):
        services.course.save_profile(ProfileInfo("N" * 201, None, None))


def test_product_and_prescriber_of_exactly_the_maximum_length_are_kept(
    services, start_course
) -> None:
    from tracker.services.records import CourseEdit

    start_course()
    info = services.course.update_course(CourseEdit(product="P" * 100, prescriber="D" * 200))
    assert (info.product, info.prescriber) == ("P" * 100, "D" * 200)


def test_a_correction_can_be_undone_field_by_field(services, start_course) -> None:
    from tracker.services.records import CourseEdit

    before = start_course(prescriber="Dr Rao", product="Claravis", target_mg_per_kg=130)
    services.course.update_course(
        CourseEdit(
            target_mg_per_kg=120,
            reference_weight_kg=65,
            planned_weeks=30,
            prescriber="Dr Who",
            product="Absorica",
            started_on=COURSE_START - dt.timedelta(days=3),
        )
    )
    assert services.course.update_course(CourseEdit.restoring(before)) == before
    assert services.course.active_course() == before


def refusal(call) -> str:
    with pytest.raises(UserInputError) as refused:
        call()
    return str(refused.value)


def test_course_refusals_say_exactly_this(services, start_course, log_day, today) -> None:
    from tracker.services.records import CourseEdit, CourseStart

    tomorrow = today + dt.timedelta(days=1)
    assert refusal(lambda: start_course(started_on=tomorrow)) == (
        "2026-11-29 is in the future; set the course up on or after its first day"
    )
    assert refusal(
        lambda: services.course.start_course(
            CourseStart(COURSE_START, 70, daily_period(COURSE_START + dt.timedelta(days=1), 40))
        )
    ) == ("the first dose period starts on the course's first day")
    assert refusal(lambda: start_course(product=" ")) == (
        "name the product (for example Claravis or a generic)"
    )
    assert refusal(lambda: services.course.save_profile(ProfileInfo("", tomorrow, None))) == (
        "date of birth cannot be in the future"
    )
    start_course()
    assert refusal(lambda: start_course()) == (
        "a course is already active (started 2026-10-01); end it before starting another"
    )
    assert refusal(lambda: services.course.remove_dose_period(COURSE_START)) == (
        "the first dose period cannot be removed; set a new dose from the start date"
    )
    assert refusal(lambda: services.course.remove_dose_period(COURSE_START + dt.timedelta(5))) == (
        "no dose period starts on 2026-10-06"
    )
    assert refusal(lambda: services.course.update_course(CourseEdit(started_on=tomorrow))) == (
        "2026-11-29 is in the future; a course is set up on or after its first day"
    )
    services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(4), 60))
    assert refusal(
        lambda: services.course.update_course(CourseEdit(started_on=COURSE_START + dt.timedelta(4)))
    ) == ("a dose period starts on 2026-10-05, on or before the new start; remove it first")
    services.course.remove_dose_period(COURSE_START + dt.timedelta(4))
    log_day(COURSE_START)
    assert refusal(
        lambda: services.course.update_course(CourseEdit(started_on=COURSE_START + dt.timedelta(1)))
    ) == (
        "1 logged day is before 2026-10-02; "
        "mark them as not logged first, or choose an earlier start"
    )
    log_day(COURSE_START + dt.timedelta(1))
    assert refusal(
        lambda: services.course.update_course(CourseEdit(started_on=COURSE_START + dt.timedelta(2)))
    ) == (
        "2 logged days are before 2026-10-03; "
        "mark them as not logged first, or choose an earlier start"
    )
    assert refusal(lambda: services.course.end_course(COURSE_START - dt.timedelta(1))) == (
        "a course cannot end before it started"
    )
    assert refusal(lambda: services.course.end_course(tomorrow)) == (
        "a course cannot end in the future"
    )


@pytest.mark.parametrize("name", ["Sam\nB", "Sam\u2028B", "Sam\tB"])
def test_a_name_is_one_line(services, name) -> None:
    with pytest.raises(UserInputError, match="the name holds a control character"):
        services.course.save_profile(ProfileInfo(name, None, None))
    assert services.course.profile() is None


def test_a_product_and_a_prescriber_are_one_line(services, start_course) -> None:
    from tracker.services.records import CourseEdit

    before = start_course()
    with pytest.raises(UserInputError, match="the product name holds a control character"):
        services.course.update_course(CourseEdit(product="Clara\nvis"))
    with pytest.raises(UserInputError, match="the prescriber's name holds a control character"):
        services.course.update_course(CourseEdit(prescriber="Dr\u2028Rao"))
    assert services.course.active_course() == before


def test_the_start_can_move_to_today(services, start_course, today) -> None:
    from tracker.services.records import CourseEdit

    start_course()
    assert services.course.update_course(CourseEdit(started_on=today)).started_on == today
    assert services.status.status().progress.course_day == 1


# -- the end of a course, and more than one course -----------------------------------------


def test_the_current_course_is_the_active_one_else_the_latest_ended(services, start_course) -> None:
    first = start_course()
    assert services.course.current_course() == first
    ended = services.course.end_course(COURSE_START + dt.timedelta(days=20))
    assert ended == dataclasses.replace(first, ended_on=COURSE_START + dt.timedelta(days=20))
    assert services.course.active_course() is None
    assert services.course.current_course() == ended
    second = start_course(started_on=COURSE_START + dt.timedelta(days=40), product="Absorica")
    assert services.course.current_course() == second
    assert services.course.courses() == [ended, second]
    last_day = COURSE_START + dt.timedelta(days=50)
    assert services.course.end_course(last_day).ended_on == last_day
    assert services.course.current_course() == dataclasses.replace(second, ended_on=last_day)


def test_courses_are_listed_by_start_and_the_latest_start_is_current(
    services, start_course
) -> None:
    """Dates as typed: a later course may start before an earlier one (a correction)."""
    first = start_course(started_on=COURSE_START + dt.timedelta(days=10))
    services.course.end_course(COURSE_START + dt.timedelta(days=12))
    second = start_course(started_on=COURSE_START)
    services.course.end_course(COURSE_START + dt.timedelta(days=1))
    third = start_course(started_on=COURSE_START)  # the same start as the second
    services.course.end_course(COURSE_START + dt.timedelta(days=2))
    assert [c.id for c in services.course.courses()] == [second.id, third.id, first.id]
    assert services.course.current_course().id == first.id
    with pytest.raises(UserInputError, match="a later course"):
        services.course.reopen_course(third.id)
    services.course.reopen_course(first.id)
    assert services.course.active_course().id == first.id


def test_two_courses_on_the_same_start_the_one_entered_last_is_current(
    services, start_course
) -> None:
    start_course()
    services.course.end_course(COURSE_START)
    second = start_course()
    services.course.end_course(COURSE_START + dt.timedelta(days=1))
    assert services.course.current_course().id == second.id


def test_an_end_before_a_logged_day_is_refused_and_nothing_written(
    services, start_course, log_day
) -> None:
    start_course()
    log_day(COURSE_START + dt.timedelta(days=5))
    assert refusal(lambda: services.course.end_course(COURSE_START + dt.timedelta(days=4))) == (
        "1 logged day is after 2026-10-05; choose a later last day, or mark it as not logged first"
    )
    log_day(COURSE_START + dt.timedelta(days=6))
    assert refusal(lambda: services.course.end_course(COURSE_START + dt.timedelta(days=4))) == (
        "2 logged days are after 2026-10-05; choose a later last day, "
        "or mark them as not logged first"
    )
    assert services.course.active_course() is not None
    # The last logged day itself may be the last day of the course.
    last = COURSE_START + dt.timedelta(days=6)
    assert services.course.end_course(last).ended_on == last


def test_a_logged_day_of_another_course_does_not_hold_up_the_end(
    services, start_course, log_day
) -> None:
    start_course()
    log_day(COURSE_START + dt.timedelta(days=9))
    services.course.end_course(COURSE_START + dt.timedelta(days=9))
    start_course(started_on=COURSE_START + dt.timedelta(days=2))  # overlapping, as typed
    assert services.course.end_course(COURSE_START + dt.timedelta(days=3)).ended_on == (
        COURSE_START + dt.timedelta(days=3)
    )


def test_ending_can_be_tied_to_one_course(services, start_course) -> None:
    first = start_course()
    services.course.end_course(COURSE_START + dt.timedelta(days=1), course_id=first.id)
    second = start_course(started_on=COURSE_START + dt.timedelta(days=30))
    assert (
        refusal(
            lambda: services.course.end_course(
                COURSE_START + dt.timedelta(days=31), course_id=first.id
            )
        )
        == "the active course is now another one (started 2026-10-31)"
    )
    assert services.course.active_course() == second


def test_reopening_undoes_the_end_exactly(services, start_course, log_day) -> None:
    first = start_course()
    log_day(COURSE_START)
    last_day = COURSE_START + dt.timedelta(days=3)
    ended = services.course.end_course(last_day)
    assert services.course.reopen_course(first.id) == ended
    assert services.course.active_course() == first
    assert services.course.current_course() == first
    assert refusal(lambda: services.course.reopen_course(first.id)) == ("this course has not ended")
    # Once reopened it is the active course again: entries go on being written to it.
    log_day(COURSE_START + dt.timedelta(days=8))
    assert services.status.status().progress.days_taken == 2


def test_reopening_is_refused_while_another_course_is_active(services, start_course) -> None:
    first = start_course()
    services.course.end_course(COURSE_START + dt.timedelta(days=3))
    second = start_course(started_on=COURSE_START + dt.timedelta(days=30))
    assert refusal(lambda: services.course.reopen_course(first.id)) == (
        "another course is active (started 2026-10-31); only one course can be active at a time"
    )
    services.course.end_course(COURSE_START + dt.timedelta(days=31))
    assert refusal(lambda: services.course.reopen_course(first.id)) == (
        "a later course (started 2026-10-31) is on record; "
        "only the most recent course can be reopened"
    )
    assert refusal(lambda: services.course.reopen_course(second.id + 1)) == (
        "that course is no longer on record"
    )
    assert [c.ended_on for c in services.course.courses()] == [
        COURSE_START + dt.timedelta(days=3),
        COURSE_START + dt.timedelta(days=31),
    ]


def test_an_ended_course_keeps_its_regimen_readable(services, start_course) -> None:
    start_course(mg=40)
    services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(days=2), 60))
    services.course.end_course(COURSE_START + dt.timedelta(days=5))
    regimen = services.course.regimen()
    assert [p.starts_on for p in regimen.periods] == [
        COURSE_START,
        COURSE_START + dt.timedelta(days=2),
    ]
    with pytest.raises(NoActiveCourseError):
        services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(days=3), 20))
    second_start = COURSE_START + dt.timedelta(days=30)
    start_course(started_on=second_start, mg=20)
    assert services.course.regimen().periods == (daily_period(second_start, 20),)
