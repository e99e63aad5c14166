"""Which record a course's figures are compared with (its baseline), for labs and for the
patient's skin assessments alike.

A record belongs to a course by its DATE, not by the course that was active when it was
typed (its stored `course_id`, which stays as written): results from a lab report entered
weeks later, or pre-treatment results entered before the course was set up (course_id
None), count for the course their date falls in.

- A course's span is its first day to its last (ended_on), or open while it runs. When one
  course ends on the day the next starts, that day belongs to the later one.
- A course's baseline is the LATEST record dated in its baseline window: on or before its
  first day, at most BASELINE_DAYS days before it, after any earlier course ended, and not
  within another course's span. Pre-treatment tests are what monitoring compares with.
- Without one, it is the course's FIRST record (the earliest day; the first entered).
- A record outside every course's span has no baseline, unless it is a course's baseline
  itself.

The caller picks the records that count (one test's results; the assessments holding one
measure): a baseline is per test and per measure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

# How long before a course's first day a test still counts as its baseline: a pre-treatment
# blood test is usually taken in the month or two before the first dose.
BASELINE_DAYS = 90

T = TypeVar("T")


@dataclass(frozen=True)
class CourseSpan:
    """A course's days: `started_on` to `ended_on` (None: still running)."""

    id: int
    started_on: dt.date
    ended_on: dt.date | None = None

    def holds(self, day: dt.date) -> bool:
        return self.started_on <= day and (self.ended_on is None or day <= self.ended_on)


def course_of(day: dt.date, courses: Iterable[CourseSpan]) -> CourseSpan | None:
    """The course whose span holds `day`; of two (one ends the day the next starts, or a
    store with overlapping courses) the one started later. None outside every course."""
    holding = [course for course in courses if course.holds(day)]
    return max(holding, key=lambda c: (c.started_on, c.id), default=None)


def baseline_window(course: CourseSpan, courses: Iterable[CourseSpan]) -> tuple[dt.date, dt.date]:
    """The first and last day a baseline taken before `course` may be from: BASELINE_DAYS
    before its first day (that day included) up to its first day, but only after the last
    day of an earlier course that ended before it started."""
    first = course.started_on - dt.timedelta(days=BASELINE_DAYS)
    for other in courses:
        if other.ended_on is not None and other.ended_on < course.started_on:
            first = max(first, other.ended_on + dt.timedelta(days=1))
    return first, course.started_on


def course_baseline(
    course: CourseSpan,
    records: Iterable[T],
    day_of: Callable[[T], dt.date],
    courses: Sequence[CourseSpan],
) -> T | None:
    """`course`'s baseline among `records` (given in the order entered): the latest in its
    baseline window (of one day, the last entered), else its first (of one day, the first
    entered); None when it has neither."""
    ordered = sorted(records, key=day_of)  # stable: the same day keeps the order entered
    first, last = baseline_window(course, courses)
    before = [
        record
        for record in ordered
        if first <= day_of(record) <= last and course_of(day_of(record), courses) in (None, course)
    ]
    if before:
        return before[-1]
    return next((r for r in ordered if course_of(day_of(r), courses) == course), None)


def baselines_of(
    records: Sequence[T],
    day_of: Callable[[T], dt.date],
    id_of: Callable[[T], int],
    courses: Sequence[CourseSpan],
) -> dict[int, T]:
    """For each record (by id) its baseline: the baseline of the course its date falls in;
    a course's baseline taken before the course is its own. A record with no baseline
    (outside every course, and no course's baseline) is left out."""
    by_course = {course.id: course_baseline(course, records, day_of, courses) for course in courses}
    found: dict[int, T] = {}
    for base in by_course.values():
        if base is not None:
            found[id_of(base)] = base
    for record in records:
        course = course_of(day_of(record), courses)
        if course is not None and (base := by_course[course.id]) is not None:
            found[id_of(record)] = base
    return found
