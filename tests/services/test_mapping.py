"""services/mapping.py against a real store: the queries shared by several services."""

import datetime as dt

from tests.conftest import COURSE_START
from tracker.domain.doselog import DoseStatus
from tracker.services import mapping

EARLIER_START = dt.date(2026, 6, 1)


def days(start: dt.date, *offsets: int) -> set[dt.date]:
    return {start + dt.timedelta(days=n) for n in offsets}


def october(n: int) -> dt.date:
    """The course's day `n` (0: 1 Oct)."""
    return COURSE_START + dt.timedelta(days=n)


def test_logged_days_are_one_courses_entries_of_any_kind_from_first_to_last_included(
    services, sessions, start_course, log_day
) -> None:
    earlier = start_course(started_on=EARLIER_START)
    for n in range(5):  # 1 to 5 June
        log_day(EARLIER_START + dt.timedelta(days=n))
    services.course.end_course(EARLIER_START + dt.timedelta(days=9))
    course = start_course()  # 1 Oct
    for n, status in enumerate(
        [DoseStatus.TAKEN, DoseStatus.MISSED, DoseStatus.SKIPPED, DoseStatus.TAKEN]
    ):  # 1 to 4 Oct; 5 Oct and later are not logged
        log_day(october(n), status)

    def logged(course_id: int, first: dt.date, last: dt.date) -> set[dt.date]:
        with sessions() as session:
            return mapping.logged_days(session, course_id, first, last)

    # Both ends are included; days outside the range are not.
    assert logged(course.id, october(1), october(2)) == days(COURSE_START, 1, 2)
    assert logged(course.id, october(2), october(2)) == days(COURSE_START, 2)
    assert logged(course.id, october(0), october(3)) == days(COURSE_START, 0, 1, 2, 3)
    assert logged(course.id, october(3), october(9)) == days(COURSE_START, 3)
    assert logged(course.id, october(4), october(9)) == set()
    # Only the given course's entries, even in a range that covers the other's days.
    assert logged(course.id, EARLIER_START, october(9)) == days(COURSE_START, 0, 1, 2, 3)
    assert logged(earlier.id, EARLIER_START, october(9)) == days(EARLIER_START, 0, 1, 2, 3, 4)
    assert logged(earlier.id, COURSE_START, october(9)) == set()
