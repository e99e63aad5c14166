"""How the pregnancy-prevention records read on screen, beyond the names the domain gives
them: the kind inside a sentence, what an interval means, how far a date is. Plain words,
the patient's own entries, no advice (DOMAIN.md section 0)."""

from __future__ import annotations

import datetime as dt

from tracker.domain.pregnancy import (
    POSITIVE_INSTRUCTION,
    TEST_KIND_NAMES,
    ContraceptionRole,
    TestKind,
)
from tracker.reports import format as fmt

# The disclaimer's sentence about tests (msgbox.DISCLAIMER), said where tests are recorded.
NOT_SUBMITTED = "Recording a test here does not submit it to iPLEDGE."
GUIDE_SAYS = f"The Medication Guide says: {POSITIVE_INSTRUCTION}"

ROLE_NAMES = {
    ContraceptionRole.PRIMARY: "Primary",
    ContraceptionRole.SECONDARY: "Secondary",
}

# The intervals the patient can edit, in the order the page lists them, with a caption.
INTERVAL_CAPTIONS = {
    "confirmation_test_days": "Confirmation test",
    "monthly_test_days": "Monthly test",
    "pickup_window_days": "Pick-up window",
    "after_course_test_days": "Test after the course",
}


def test_name(kind: TestKind) -> str:
    """ "monthly test", "end-of-course test": the kind inside a sentence."""
    return TEST_KIND_NAMES[kind].lower()


def explain_interval(field: str, days: int) -> str:
    """What an interval means, in a sentence a patient can check against their programme."""
    if field == "confirmation_test_days":
        if days == 0:
            return "No separate confirmation test before starting."
        return (
            f"Before starting, a second test at least {fmt.count(days, 'day')} after the "
            "screening test."
        )
    if field == "monthly_test_days":
        return f"During the course, a test is due {fmt.count(days, 'day')} after the last test."
    if field == "pickup_window_days":
        if days == 1:
            return "After a negative test, the prescription can be picked up on the test day only."
        return (
            f"After a negative test, the prescription can be picked up for "
            f"{fmt.count(days, 'day')}, counting the test day as day 1: the window closes "
            f"{fmt.count(days - 1, 'day')} after the test."
        )
    if field == "after_course_test_days":
        if days == 0:
            return "No test after the course besides the end-of-course test."
        return f"A test {fmt.count(days, 'day')} after the last day of the course."
    raise KeyError(field)


def when(day: dt.date, today: dt.date) -> str:
    """ "today", "tomorrow", "in 3 days", "3 days ago": how far a date is from today."""
    days = (day - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    if days > 0:
        return f"in {fmt.count(days, 'day')}"
    return f"{fmt.count(-days, 'day')} ago"
