import datetime as dt

import pytest

from tests.conftest import COURSE_START, TODAY
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
    with pytest.raises(UserInputError, match="no weight is recorded"):
        services.weights.remove(day)


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (COURSE_START - dt.timedelta(days=1), "before the course started"),
        (TODAY + dt.timedelta(days=1), "in the future"),
        (dt.date(1, 1, 1), "before the course started"),
    ],
)
def test_a_reading_outside_the_course_is_refused(services, start_course, day, message) -> None:
    start_course()
    with pytest.raises(UserInputError, match=message):
        services.weights.record(day, 68)
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
