import dataclasses
import datetime as dt

import pytest

from tests.conftest import COURSE_START
from tracker.domain.appointments import Appointment, AppointmentKind, AppointmentStatus
from tracker.domain.doselog import DoseStatus
from tracker.domain.regimen import daily_period
from tracker.domain.safety import (
    CRISIS_LINE,
    MOOD,
    PHQ9_ALERT_TITLE,
    RED_FLAG_INSTRUCTION,
    SIDE_EFFECT,
    OpenAlert,
    OpenRedFlag,
    SafetyFacts,
)
from tracker.reports.status import Upcoming, status_as_dict, status_as_text, taken_details


def appointment(**changes: object) -> Appointment:
    fields: dict[str, object] = {
        "id": 12,
        "course_id": 1,
        "kind": AppointmentKind.PICKUP,
        "starts_at": dt.datetime(2026, 12, 3, 9, 5),
        "title": "",
        "place": "Main St",
        "note": "bring the card",
        "outcome": "",
        "status": AppointmentStatus.PLANNED,
    }
    return Appointment(**{**fields, **changes})  # type: ignore[arg-type]


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


@pytest.mark.parametrize(
    ("partial", "over", "details"),
    [
        (0, 0, ""),
        (1, 0, " (1 partial)"),
        (2, 0, " (2 partial)"),
        (0, 1, " (1 more than scheduled)"),
        (0, 3, " (3 more than scheduled)"),
        (2, 3, " (2 partial, 3 more than scheduled)"),
    ],
)
def test_the_days_taken_say_how_many_were_partial_or_over(
    services, start_course, partial, over, details
) -> None:
    start_course(mg=40)
    progress = services.status.status(COURSE_START).progress
    changed = dataclasses.replace(progress, days_partial=partial, days_over_schedule=over)
    assert taken_details(changed) == details


def test_every_key_of_the_json_status(services, start_course, log_day) -> None:
    start_course(mg=40, weight_kg=80, product="Claravis", target_mg_per_kg=100, planned_weeks=10)
    log_day(COURSE_START, mg_taken=40)
    log_day(COURSE_START + dt.timedelta(days=1), DoseStatus.SKIPPED)
    services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(days=3), 0))
    services.weights.record(COURSE_START + dt.timedelta(days=2), 75)
    data = status_as_dict(services.status.status(COURSE_START + dt.timedelta(days=3)))
    assert data == {
        "as_of": "2026-10-04",
        "product": "Claravis",
        "course_start": "2026-10-01",
        "course_end": None,
        "course_day": 4,
        "planned_days": 70,
        "reference_weight_kg": 80,
        "latest_weight_kg": 75,
        "current_daily_mg": 0,
        "cumulative_mg": 40,
        "cumulative_mg_per_kg": 0.5,
        "cumulative_mg_per_kg_latest_weight": 0.53,
        "target_mg_per_kg": 100,
        "target_mg": 8000,
        "percent_of_target": 0.5,
        "projected_target_date": None,
        "projection_note": "arithmetic from your entries, not advice",
        "target_reached_on": None,
        "days_taken": 1,
        "days_partial": 0,
        "days_over_schedule": 0,
        "days_missed": 0,
        "days_skipped": 1,
        "days_unlogged": 1,
        "days_paused": 1,
        "next_appointment": None,
        "next_pregnancy_test_due": None,
        "pickup_window_closes": None,
        "open_red_flags": [],
        "latest_phq9": None,
    }


def test_the_text_status_line_by_line(services, start_course, log_day) -> None:
    start_course(mg=40, weight_kg=80, product="Claravis", target_mg_per_kg=100)
    log_day(COURSE_START, mg_taken=40)
    log_day(COURSE_START + dt.timedelta(days=1), DoseStatus.MISSED)
    services.weights.record(COURSE_START + dt.timedelta(days=1), 64)
    text = status_as_text(services.status.status(COURSE_START + dt.timedelta(days=2)))
    assert text.splitlines() == [
        "Claravis, started 2026-10-01: day 3 of ~140",
        "Scheduled on 2026-10-03: 40 mg (not logged)",
        "Cumulative: 40 mg = 0.5 mg/kg "
        "(by reference weight 80 kg; 0.6 mg/kg by latest weight 64 kg)",
        "Target: 100 mg/kg = 8,000 mg; 0.5% reached",
        # 7,960 mg to go from Oct 3 at 40 a day: 199 days -> 2027-04-19.
        "Projected to reach the target on 2027-04-19 (arithmetic from your entries, not advice)",
        "Days: 1 taken, 1 missed, 0 skipped, 1 unlogged",
    ]


def test_the_text_says_the_days_entry_the_target_reached_and_the_pauses(
    services, start_course, log_day
) -> None:
    start_course(mg=100, weight_kg=20, target_mg_per_kg=10)
    log_day(COURSE_START)
    log_day(COURSE_START + dt.timedelta(days=1), with_food=True)
    services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(days=2), 0))
    text = status_as_text(services.status.status(COURSE_START + dt.timedelta(days=2)))
    assert "Scheduled on 2026-10-03: 0 mg (not logged)" in text
    assert "Target reached on 2026-10-02" in text
    assert "Projected" not in text
    assert text.endswith("Days: 2 taken, 0 missed, 0 skipped, 0 unlogged, 1 paused")
    day_two = status_as_text(services.status.status(COURSE_START + dt.timedelta(days=1)))
    assert "Scheduled on 2026-10-02: 100 mg (taken)" in day_two


def test_the_text_says_when_the_regimen_never_reaches_the_target(services, start_course) -> None:
    start_course(mg=40)
    services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(days=1), 0))
    text = status_as_text(services.status.status(COURSE_START + dt.timedelta(days=1)))
    assert "No projected date: the regimen as entered does not reach the target" in text


def test_json_figures_are_rounded_to_a_hundredth_and_dates_are_iso(
    services, start_course, log_day
) -> None:
    start_course(mg=100, weight_kg=70, target_mg_per_kg=3)
    log_day(COURSE_START)
    data = status_as_dict(services.status.status(COURSE_START))
    # 100 / 70 = 1.428571...; 1.428571 / 3 = 47.619...%
    assert (data["cumulative_mg_per_kg"], data["percent_of_target"]) == (1.43, 47.62)
    # 210 mg: day 2 at 100 more is 200, day 3 reaches it.
    assert (data["projected_target_date"], data["target_reached_on"]) == ("2026-10-03", None)
    log_day(COURSE_START + dt.timedelta(days=1), mg_taken=120)
    reached = status_as_dict(services.status.status(COURSE_START + dt.timedelta(days=1)))
    assert (reached["projected_target_date"], reached["target_reached_on"]) == (
        None,
        "2026-10-02",
    )


def test_no_projected_date_is_said_on_its_own_line(services, start_course) -> None:
    start_course(mg=40)
    services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(days=1), 0))
    lines = status_as_text(services.status.status(COURSE_START + dt.timedelta(days=1))).splitlines()
    assert "No projected date: the regimen as entered does not reach the target" in lines


def test_the_latest_weight_figure_is_said_once_when_it_reads_the_same(
    services, start_course, log_day
) -> None:
    start_course(weight_kg=70, mg=40)
    log_day(COURSE_START)
    same = status_as_text(services.status.status(COURSE_START))
    assert "Cumulative: 40 mg = 0.6 mg/kg (by reference weight 70 kg; the same by latest" in same
    services.weights.record(COURSE_START + dt.timedelta(days=1), 20)
    log_day(COURSE_START + dt.timedelta(days=1))
    differs = status_as_text(services.status.status(COURSE_START + dt.timedelta(days=1)))
    assert "= 1.1 mg/kg (by reference weight 70 kg; 4.0 mg/kg by latest weight 20 kg)" in differs


def test_an_ended_course_in_json_and_text(services, start_course, log_day) -> None:
    start_course(mg=40, weight_kg=80, product="Claravis", target_mg_per_kg=100)
    log_day(COURSE_START)
    log_day(COURSE_START + dt.timedelta(days=1), DoseStatus.MISSED)
    services.course.end_course(COURSE_START + dt.timedelta(days=11))
    status = services.status.status()
    data = status_as_dict(status)
    assert (data["course_end"], data["as_of"], data["course_day"]) == (
        "2026-10-12",
        "2026-10-12",
        12,
    )
    assert data["projected_target_date"] is None
    assert status_as_text(status).splitlines() == [
        "Claravis, started 2026-10-01, ended 2026-10-12: 12 days (planned ~140)",
        "Cumulative: 40 mg = 0.5 mg/kg "
        "(by reference weight 80 kg; the same by latest weight 80 kg)",
        "Target: 100 mg/kg = 8,000 mg; 0.5% reached",
        "Days: 1 taken, 1 missed, 0 skipped, 10 unlogged",
    ]


def test_an_ended_course_of_one_day_that_reached_its_target(
    services, start_course, log_day
) -> None:
    start_course(mg=100, weight_kg=20, target_mg_per_kg=5)
    log_day(COURSE_START)
    services.course.end_course(COURSE_START)
    lines = status_as_text(services.status.status()).splitlines()
    assert (
        lines[0]
        == "Isotretinoin (generic), started 2026-10-01, ended 2026-10-01: 1 day (planned ~140)"
    )
    assert "Target reached on 2026-10-01" in lines


def test_what_comes_next_in_json(services, start_course) -> None:
    start_course()
    status = services.status.status()
    data = status_as_dict(
        status,
        Upcoming(
            next_appointment=appointment(title="Pick up at the counter"),
            next_pregnancy_test_due=dt.date(2026, 12, 1),
            pickup_window_closes=dt.date(2026, 12, 4),
        ),
    )
    assert data["next_appointment"] == {
        "id": 12,
        "at": "2026-12-03T09:05",
        "kind": "pickup",
        "title": "Pick up at the counter",
    }
    assert (data["next_pregnancy_test_due"], data["pickup_window_closes"]) == (
        "2026-12-01",
        "2026-12-04",
    )
    untitled = status_as_dict(status, Upcoming(next_appointment=appointment()))
    assert untitled["next_appointment"]["title"] == ""
    assert (untitled["next_pregnancy_test_due"], untitled["pickup_window_closes"]) == (None, None)


def test_what_comes_next_in_text(services, start_course) -> None:
    start_course()
    status = services.status.status()
    plain = status_as_text(status)
    lines = status_as_text(
        status,
        Upcoming(
            next_appointment=appointment(status=AppointmentStatus.TENTATIVE),
            next_pregnancy_test_due=dt.date(2026, 12, 1),
            pickup_window_closes=dt.date(2026, 12, 4),
        ),
    ).splitlines()
    assert lines[: len(plain.splitlines())] == plain.splitlines()
    assert lines[len(plain.splitlines()) :] == [
        "Next appointment: Prescription pick-up, 2026-12-03 09:05 (proposed)",
        "Next pregnancy test due: 2026-12-01",
        "Pick-up window closes: 2026-12-04",
    ]
    planned = status_as_text(status, Upcoming(next_appointment=appointment(title="Dr Rao")))
    assert planned.splitlines()[-1] == "Next appointment: Dr Rao, 2026-12-03 09:05"
    window_only = status_as_text(status, Upcoming(pickup_window_closes=dt.date(2026, 12, 4)))
    assert window_only.splitlines()[-1] == "Pick-up window closes: 2026-12-04"
    assert "Next" not in window_only


# -- what needs the doctor (open red flags, PHQ-9) ------------------------------------------------

CHEST = OpenAlert(SIDE_EFFECT, 4, dt.date(2026, 11, 20), "Chest pain, moderate", self_harm=False)
HARM = OpenAlert(SIDE_EFFECT, 7, dt.date(2026, 11, 22), "Thoughts of self-harm, mild", True)
PHQ9 = OpenAlert(MOOD, 2, dt.date(2026, 11, 21), PHQ9_ALERT_TITLE, self_harm=True)


def test_open_red_flags_and_the_latest_phq9_in_json(services, start_course) -> None:
    start_course()
    status = services.status.status()
    data = status_as_dict(
        status,
        safety=SafetyFacts(
            alerts=(PHQ9, CHEST),  # the JSON lists red-flag reports only
            red_flags=(
                OpenRedFlag(4, dt.date(2026, 11, 20), "chest-pain", 2),
                OpenRedFlag(9, dt.date(2026, 11, 21), "custom:odd-rash", 3),
            ),
            latest_phq9=(dt.date(2026, 11, 21), 14),
        ),
    )
    assert data["open_red_flags"] == [
        {"id": 4, "date": "2026-11-20", "symptom": "chest-pain", "severity": 2},
        {"id": 9, "date": "2026-11-21", "symptom": "custom:odd-rash", "severity": 3},
    ]
    assert data["latest_phq9"] == {"date": "2026-11-21", "score": 14}
    assert data["next_appointment"] is None  # the other keys are as before


def test_nothing_open_in_json(services, start_course) -> None:
    start_course()
    data = status_as_dict(services.status.status(), Upcoming(), SafetyFacts())
    assert (data["open_red_flags"], data["latest_phq9"]) == ([], None)


def test_open_red_flags_come_first_in_text(services, start_course) -> None:
    start_course()
    status = services.status.status()
    plain = status_as_text(status).splitlines()
    lines = status_as_text(status, safety=SafetyFacts(alerts=(CHEST,))).splitlines()
    assert lines == [
        "Open red flags, not yet marked as discussed with your doctor:",
        "  2026-11-20: Chest pain, moderate",
        RED_FLAG_INSTRUCTION,
        *plain,
    ]


def test_the_crisis_line_comes_before_everything_while_self_harm_is_open(
    services, start_course
) -> None:
    start_course()
    status = services.status.status()
    plain = status_as_text(status).splitlines()
    # Self-harm first in what is handed in, last, or alone; a side effect or a PHQ-9.
    for alerts in [(HARM, CHEST), (CHEST, HARM), (CHEST, PHQ9), (PHQ9,)]:
        lines = status_as_text(status, safety=SafetyFacts(alerts=alerts)).splitlines()
        assert lines[0] == CRISIS_LINE
        assert lines[1] == "Open red flags, not yet marked as discussed with your doctor:"
        assert lines[2 + len(alerts)] == RED_FLAG_INSTRUCTION
        assert lines[3 + len(alerts) :] == plain


def test_open_red_flags_are_listed_by_day_the_oldest_first(services, start_course) -> None:
    start_course()
    status = services.status.status()
    # Handed in self-harm first (as the store once ordered them): listed by day all the same.
    lines = status_as_text(status, safety=SafetyFacts(alerts=(HARM, PHQ9, CHEST))).splitlines()
    assert lines[:5] == [
        CRISIS_LINE,
        "Open red flags, not yet marked as discussed with your doctor:",
        "  2026-11-20: Chest pain, moderate",
        f"  2026-11-21: {PHQ9_ALERT_TITLE}",
        "  2026-11-22: Thoughts of self-harm, mild",
    ]


def test_nothing_open_adds_no_line_to_text(services, start_course) -> None:
    start_course()
    status = services.status.status()
    # A PHQ-9 on record is no alert by itself.
    text = status_as_text(status, safety=SafetyFacts(latest_phq9=(dt.date(2026, 11, 21), 3)))
    assert text == status_as_text(status)
    assert "red flag" not in text


def test_an_ended_course_still_shows_open_red_flags_first(services, start_course, log_day) -> None:
    start_course()
    log_day(COURSE_START)
    services.course.end_course(COURSE_START + dt.timedelta(days=3))
    status = services.status.status()
    lines = status_as_text(status, safety=SafetyFacts(alerts=(CHEST,))).splitlines()
    assert lines[:3] == [
        "Open red flags, not yet marked as discussed with your doctor:",
        "  2026-11-20: Chest pain, moderate",
        RED_FLAG_INSTRUCTION,
    ]
    assert lines[3].startswith("Isotretinoin (generic), started 2026-10-01, ended 2026-10-04")
