import datetime as dt

import pytest
from sqlalchemy import select

from tests.conftest import COURSE_START, TODAY
from tracker.db import models
from tracker.domain.progress import Weighing
from tracker.errors import NoCourseYetError, UserInputError
from tracker.services.records import CourseEdit


def test_a_reading_can_be_corrected_and_the_correction_returns_the_old_one(
    services, start_course
) -> None:
    start_course()
    day = COURSE_START + dt.timedelta(days=10)
    assert services.weights.record(day, 68) is None
    assert services.weights.record(day, 67.5) == Weighing(day, 68)
    assert services.weights.history() == [Weighing(COURSE_START, 70), Weighing(day, 67.5)]


def test_a_reading_can_be_removed_and_put_back(services, start_course) -> None:
    start_course()
    day = COURSE_START + dt.timedelta(days=10)
    services.weights.record(day, 68)
    removed = services.weights.remove(day)
    assert removed == Weighing(day, 68)
    assert services.weights.history() == [Weighing(COURSE_START, 70)]
    services.weights.restore(day, removed)
    assert services.weights.history()[-1] == Weighing(day, 68)
    services.weights.restore(day, None)
    assert services.weights.history() == [Weighing(COURSE_START, 70)]
    with pytest.raises(UserInputError) as refused:
        services.weights.remove(day)
    assert str(refused.value) == "no weight is recorded on 2026-10-11"


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (
            COURSE_START - dt.timedelta(days=1),
            "2026-09-30 is before the course started (2026-10-01)",
        ),
        (TODAY + dt.timedelta(days=1), "2026-11-29 is in the future"),
        (dt.date(1, 1, 1), "0001-01-01 is before the course started (2026-10-01)"),
    ],
)
def test_a_reading_outside_the_course_is_refused(services, start_course, day, message) -> None:
    start_course()
    with pytest.raises(UserInputError) as refused:
        services.weights.record(day, 68)
    assert str(refused.value) == message
    assert services.weights.history() == [Weighing(COURSE_START, 70)]


def test_no_reading_before_there_is_a_course(services) -> None:
    with pytest.raises(NoCourseYetError):
        services.weights.record(TODAY, 70)


def test_a_corrected_start_day_weight_moves_the_reference_weight(services, start_course) -> None:
    start_course(weight_kg=60)
    services.weights.record(COURSE_START, 61)
    status = services.status.status()
    assert status.course.reference_weight_kg == 61
    assert status.progress.target_mg == 150 * 61
    # Undoing the correction moves it back.
    services.weights.restore(COURSE_START, Weighing(COURSE_START, 60))
    assert services.status.status().course.reference_weight_kg == 60


def test_a_reference_weight_set_on_its_own_stays(services, start_course) -> None:
    start_course(weight_kg=60)
    services.course.update_course(CourseEdit(reference_weight_kg=65))
    services.weights.record(COURSE_START, 61)
    assert services.status.status().course.reference_weight_kg == 65


def test_a_later_reading_does_not_move_the_reference_weight(services, start_course) -> None:
    start_course(weight_kg=60)
    services.weights.record(COURSE_START + dt.timedelta(days=1), 60)
    services.weights.record(COURSE_START + dt.timedelta(days=1), 62)
    assert services.status.status().course.reference_weight_kg == 60


def test_history_is_in_date_order_whatever_order_it_was_typed_in(services, start_course) -> None:
    start_course()
    for offset, kg in ((20, 66), (5, 69), (12, 67.5)):
        services.weights.record(COURSE_START + dt.timedelta(days=offset), kg)
    assert [w.kg for w in services.weights.history()] == [70, 69, 67.5, 66]


def test_a_reading_today_and_on_the_first_day_are_allowed(services, start_course) -> None:
    start_course(weight_kg=60)
    assert services.weights.record(TODAY, 59) is None
    assert services.weights.record(COURSE_START, 60.5) == Weighing(COURSE_START, 60)
    assert services.weights.history() == [Weighing(COURSE_START, 60.5), Weighing(TODAY, 59)]
    # The latest reading is the one the figures divide by as well.
    assert services.status.status().progress.latest_weight_kg == 59


@pytest.mark.parametrize("kg", [19.9, 300.5, float("nan")])
def test_an_implausible_weight_is_refused_and_nothing_changes(services, start_course, kg) -> None:
    start_course()
    with pytest.raises(UserInputError, match="weight must be between 20 and 300 kg"):
        services.weights.record(COURSE_START, kg)
    assert services.weights.history() == [Weighing(COURSE_START, 70)]
    assert services.status.status().course.reference_weight_kg == 70


def test_removing_one_reading_keeps_the_others(services, start_course) -> None:
    start_course()
    days = [COURSE_START + dt.timedelta(days=n) for n in (3, 4, 5)]
    for n, day in enumerate(days):
        services.weights.record(day, 60 + n)
    assert services.weights.remove(days[1]) == Weighing(days[1], 61)
    assert services.weights.history() == [
        Weighing(COURSE_START, 70),
        Weighing(days[0], 60),
        Weighing(days[2], 62),
    ]


def test_after_the_course_ends_readings_belong_to_the_latest_course(
    services, sessions, start_course
) -> None:
    start_course(weight_kg=60)
    services.course.end_course(COURSE_START + dt.timedelta(days=10))
    second_start = COURSE_START + dt.timedelta(days=20)
    start_course(started_on=second_start, weight_kg=62)
    services.course.end_course(second_start + dt.timedelta(days=5))
    # No active course: dated from the latest course's start.
    with pytest.raises(UserInputError) as refused:
        services.weights.record(second_start - dt.timedelta(days=1), 61)
    assert str(refused.value) == "2026-10-20 is before the course started (2026-10-21)"
    # Correcting an ended course's start-day weight leaves its reference weight alone.
    assert services.weights.record(second_start, 63) == Weighing(second_start, 62)
    with sessions() as session:
        references = session.scalars(
            select(models.Course.reference_weight_kg).order_by(models.Course.started_on)
        ).all()
    assert references == [60, 62]


def test_the_reference_weight_follows_only_the_active_courses_start_day(
    services, start_course
) -> None:
    start_course(weight_kg=60)
    services.course.end_course(COURSE_START + dt.timedelta(days=10))
    second_start = COURSE_START + dt.timedelta(days=20)
    start_course(started_on=second_start, weight_kg=62)
    # The first course's start day is before the active course: refused.
    with pytest.raises(UserInputError) as refused:
        services.weights.record(COURSE_START, 61)
    assert str(refused.value) == "2026-10-01 is before the course started (2026-10-21)"
    services.weights.record(second_start, 64)
    assert services.status.status().course.reference_weight_kg == 64
