"""The baseline rule shared by labs and skin assessments: a record counts for the course its
date falls in, and a course's baseline is its last record in the 90 days up to its first day,
else its first."""

import datetime as dt
from dataclasses import dataclass

from tracker.domain.baseline import (
    BASELINE_DAYS,
    CourseSpan,
    baseline_window,
    baselines_of,
    course_baseline,
    course_of,
)

START = dt.date(2026, 10, 1)
DAY = dt.timedelta(days=1)
RUNNING = CourseSpan(2, START)


@dataclass(frozen=True)
class Item:
    id: int
    day: dt.date


def day_of(item: Item) -> dt.date:
    return item.day


def id_of(item: Item) -> int:
    return item.id


def base(items: list[Item], course: CourseSpan = RUNNING, courses: list[CourseSpan] | None = None):
    return course_baseline(course, items, day_of, [course] if courses is None else courses)


def test_the_window_is_ninety_days() -> None:
    assert BASELINE_DAYS == 90


def test_a_span_holds_its_first_and_last_day() -> None:
    ended = CourseSpan(1, START, START + 10 * DAY)
    assert not ended.holds(START - DAY)
    assert ended.holds(START)
    assert ended.holds(START + 10 * DAY)
    assert not ended.holds(START + 11 * DAY)
    assert RUNNING.holds(START + 1000 * DAY)
    assert not RUNNING.holds(START - DAY)


def test_course_of_a_day_is_by_date_and_the_later_course_wins_a_shared_day() -> None:
    first = CourseSpan(1, START - 100 * DAY, START)  # ends the day the next starts
    courses = [first, RUNNING]
    assert course_of(START - 101 * DAY, courses) is None
    assert course_of(START - 100 * DAY, courses) == first
    assert course_of(START - DAY, courses) == first
    assert course_of(START, courses) == RUNNING
    assert course_of(START, [RUNNING, first]) == RUNNING
    assert course_of(START + DAY, courses) == RUNNING
    assert course_of(START, []) is None


def test_course_of_two_starting_the_same_day_is_the_one_entered_later() -> None:
    a, b = CourseSpan(1, START, START), CourseSpan(5, START)
    assert course_of(START, [b, a]) == b
    assert course_of(START, [a, b]) == b


def test_the_window_reaches_ninety_days_back_and_includes_the_first_day() -> None:
    assert baseline_window(RUNNING, [RUNNING]) == (START - 90 * DAY, START)


def test_the_window_starts_after_an_earlier_course_ended() -> None:
    earlier = CourseSpan(1, START - 200 * DAY, START - 30 * DAY)
    assert baseline_window(RUNNING, [earlier, RUNNING]) == (START - 29 * DAY, START)
    long_ago = CourseSpan(3, START - 400 * DAY, START - 91 * DAY)
    assert baseline_window(RUNNING, [long_ago, RUNNING]) == (START - 90 * DAY, START)
    at_the_edge = CourseSpan(3, START - 400 * DAY, START - 90 * DAY)
    assert baseline_window(RUNNING, [at_the_edge, RUNNING]) == (START - 89 * DAY, START)
    # One that ends the day this starts, or later, does not move the window.
    same_day = CourseSpan(1, START - 50 * DAY, START)
    assert baseline_window(RUNNING, [same_day, RUNNING]) == (START - 90 * DAY, START)
    # The latest end counts, whatever the order.
    older = CourseSpan(4, START - 300 * DAY, START - 60 * DAY)
    assert baseline_window(RUNNING, [earlier, older, RUNNING])[0] == START - 29 * DAY
    assert baseline_window(RUNNING, [older, earlier, RUNNING])[0] == START - 29 * DAY


def test_a_result_90_days_before_counts_91_does_not() -> None:
    at_90 = Item(1, START - 90 * DAY)
    at_91 = Item(2, START - 91 * DAY)
    assert base([at_90, at_91]) == at_90
    assert base([at_91]) is None
    in_course = Item(3, START + 5 * DAY)
    assert base([at_91, in_course]) == in_course


def test_the_latest_before_the_start_wins_and_the_start_day_counts() -> None:
    early, late = Item(1, START - 40 * DAY), Item(2, START - 3 * DAY)
    on_start = Item(3, START)
    in_course = Item(4, START + DAY)
    assert base([late, early, in_course]) == late
    assert base([early, late, on_start, in_course]) == on_start
    # On one day: the last entered (the order given).
    again = Item(5, START - 3 * DAY)
    assert base([early, late, again]) == again


def test_without_one_before_the_start_the_course_s_first_counts() -> None:
    second, first = Item(1, START + 9 * DAY), Item(2, START + 2 * DAY)
    same_day = Item(3, START + 2 * DAY)
    assert base([second, first, same_day]) == first  # on one day: the first entered
    after_end = Item(4, START + 20 * DAY)
    ended = CourseSpan(2, START, START + 10 * DAY)
    assert base([after_end], ended) is None
    assert base([], RUNNING) is None


def test_a_record_in_another_course_s_span_is_not_a_baseline() -> None:
    overlapping = CourseSpan(1, START - 300 * DAY, START)  # ends on the start day
    inside_it = Item(1, START - 10 * DAY)
    on_start = Item(2, START)
    courses = [overlapping, RUNNING]
    assert base([inside_it], RUNNING, courses) is None
    assert base([inside_it, on_start], RUNNING, courses) == on_start
    # ... nor one before an earlier course ended.
    earlier = CourseSpan(1, START - 80 * DAY, START - 30 * DAY)
    before_it = Item(3, START - 85 * DAY)
    between = Item(4, START - 29 * DAY)
    assert base([before_it], RUNNING, [earlier, RUNNING]) is None
    assert base([before_it, between], RUNNING, [earlier, RUNNING]) == between
    assert base([before_it], earlier, [earlier, RUNNING]) == before_it


def test_each_record_gets_the_baseline_of_the_course_its_date_falls_in() -> None:
    earlier = CourseSpan(1, START - 200 * DAY, START - 100 * DAY)
    courses = [earlier, RUNNING]
    before_earlier = Item(1, START - 210 * DAY)  # the earlier course's baseline
    in_earlier = Item(2, START - 150 * DAY)
    between_far = Item(3, START - 95 * DAY)  # in no course, no course's baseline
    pre_treatment = Item(4, START - 20 * DAY)  # this course's baseline
    in_course = Item(5, START + 10 * DAY)
    later = Item(6, START + 40 * DAY)
    items = [before_earlier, in_earlier, between_far, pre_treatment, in_course, later]
    found = baselines_of(items, day_of, id_of, courses)
    assert found == {
        1: before_earlier,
        2: before_earlier,
        4: pre_treatment,
        5: pre_treatment,
        6: pre_treatment,
    }


def test_no_courses_no_baselines() -> None:
    assert baselines_of([Item(1, START)], day_of, id_of, []) == {}
    assert baselines_of([], day_of, id_of, [RUNNING]) == {}
