"""How the app speaks of a course as a whole: which one it is, when it ran, that it ended.
Shared by Today, History, Regimen and the course dialogs so that they say it alike."""

from __future__ import annotations

from tracker.reports import format as fmt
from tracker.services.records import CourseInfo

_ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)


def ordinal(n: int) -> str:
    """ "first" ... "tenth", then "11th", "12th", "21st": the position of a course."""
    if 1 <= n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def course_span(course: CourseInfo) -> str:
    """ "Thu 1 Oct 2026 to Thu 3 Dec 2026", or "from Thu 1 Oct 2026" while active."""
    if course.ended_on is None:
        return f"from {fmt.day(course.started_on)}"
    return f"{fmt.day(course.started_on)} to {fmt.day(course.ended_on)}"


# Where a patient corrects an ended course: it is reopened, corrected and ended again.
CORRECTING = (
    "To correct an entry, reopen the course (File > Courses…), correct it, then end it again."
)


ENDED_PREFIX = "This course ended on"


def ended_notice(course: CourseInfo) -> str:
    """What a page says instead of offering changes to an ended course."""
    assert course.ended_on is not None
    return (
        f"{ENDED_PREFIX} {fmt.day(course.ended_on)}: its entries are shown as recorded. "
        f"{CORRECTING}"
    )
