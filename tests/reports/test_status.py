import datetime as dt

from tests.conftest import COURSE_START
from tracker.domain.doselog import DoseStatus
from tracker.reports.status import status_as_dict, status_as_text


def test_days_over_schedule_are_part_of_the_days_taken(services, start_course, log_day) -> None:
    start_course(mg=40)
    log_day(COURSE_START, mg_taken=80)
    log_day(COURSE_START + dt.timedelta(days=1), mg_taken=20)
    log_day(COURSE_START + dt.timedelta(days=2), mg_taken=40)
    log_day(COURSE_START + dt.timedelta(days=3), DoseStatus.MISSED)
    status = services.status.status(COURSE_START + dt.timedelta(days=3))
    data = status_as_dict(status)
    assert (data["days_taken"], data["days_partial"], data["days_over_schedule"]) == (3, 1, 1)
    assert "Days: 3 taken (1 partial, 1 more than scheduled), 1 missed" in status_as_text(status)


def test_no_details_when_every_dose_was_as_scheduled(services, start_course, log_day) -> None:
    start_course(mg=40)
    log_day(COURSE_START)
    text = status_as_text(services.status.status(COURSE_START))
    assert "Days: 1 taken, 0 missed" in text
