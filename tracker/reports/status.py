"""The course status as a JSON-ready dict and as a short text for the terminal.

The terminal's text is English (the command line installs no language); only
`taken_details`, which Today shows too, is said in the language in use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tracker.cli_text import iso as _iso
from tracker.domain.appointments import Appointment, AppointmentStatus
from tracker.domain.progress import Progress
from tracker.domain.safety import (
    CRISIS_LINE,
    NOTHING_OPEN,
    RED_FLAG_INSTRUCTION,
    OpenRedFlag,
    SafetyFacts,
    in_order,
)
from tracker.reports import format as fmt
from tracker.services.records import CourseStatus
from tracker.words import Words


class StatusWords(Words):
    pass


@dataclass(frozen=True)
class Upcoming:
    """What comes next beside the figures, from the appointments and the pregnancy
    calendar. `next_pregnancy_test_due` and `pickup_window_closes` stay None for a
    patient who cannot become pregnant."""

    next_appointment: Appointment | None = None
    next_pregnancy_test_due: dt.date | None = None
    pickup_window_closes: dt.date | None = None


NOTHING_UPCOMING = Upcoming()


def status_as_dict(
    status: CourseStatus,
    upcoming: Upcoming = NOTHING_UPCOMING,
    safety: SafetyFacts = NOTHING_OPEN,
) -> dict[str, Any]:
    """The `isotrack status --json` object. Keys are a public contract: add, never rename."""
    p = status.progress
    course = status.course
    return {
        "as_of": p.as_of.isoformat(),
        "product": course.product,
        "course_start": course.started_on.isoformat(),
        "course_end": _iso(status.course_end),
        "course_day": p.course_day,
        "planned_days": p.planned_days,
        "reference_weight_kg": p.reference_weight_kg,
        "latest_weight_kg": p.latest_weight_kg,
        "current_daily_mg": p.scheduled_mg,
        "cumulative_mg": p.cumulative_mg,
        "cumulative_mg_per_kg": round(p.mg_per_kg, 2),
        "cumulative_mg_per_kg_latest_weight": round(p.mg_per_kg_latest_weight, 2),
        "target_mg_per_kg": p.target_mg_per_kg,
        "target_mg": p.target_mg,
        "percent_of_target": round(p.percent_of_target, 2),
        "projected_target_date": _iso(p.projected_target_date),
        "projection_note": fmt.PROJECTION_CAVEAT,
        "target_reached_on": _iso(p.target_reached_on),
        "days_taken": p.days_taken,
        "days_partial": p.days_partial,
        "days_over_schedule": p.days_over_schedule,
        "days_missed": p.days_missed,
        "days_skipped": p.days_skipped,
        "days_unlogged": p.days_unlogged,
        "days_paused": p.days_paused,
        "next_appointment": _appointment(upcoming.next_appointment),
        "next_pregnancy_test_due": _iso(upcoming.next_pregnancy_test_due),
        "pickup_window_closes": _iso(upcoming.pickup_window_closes),
        # Red-flag side effects not yet marked as discussed (mood screens are not in it: a
        # PHQ-9 is reported under latest_phq9).
        "open_red_flags": [_red_flag(flag) for flag in safety.red_flags],
        "latest_phq9": _phq9(safety.latest_phq9),
    }


def _red_flag(flag: OpenRedFlag) -> dict[str, Any]:
    return {
        "id": flag.record_id,
        "date": flag.day.isoformat(),
        "symptom": flag.symptom,
        "severity": flag.severity,
    }


def _phq9(latest: tuple[dt.date, int] | None) -> dict[str, Any] | None:
    if latest is None:
        return None
    day, score = latest
    return {"date": day.isoformat(), "score": score}


def _appointment(appointment: Appointment | None) -> dict[str, Any] | None:
    if appointment is None:
        return None
    return {
        "id": appointment.id,
        "at": appointment.starts_at.isoformat(timespec="minutes"),
        "kind": appointment.kind.value,
        "title": appointment.title,
    }


def status_as_text(
    status: CourseStatus,
    upcoming: Upcoming = NOTHING_UPCOMING,
    safety: SafetyFacts = NOTHING_OPEN,
) -> str:
    p = status.progress
    course = status.course
    ended = status.course_end
    # What needs the doctor comes before the figures (as on Today).
    lines = safety_lines(safety)
    if ended is None:
        lines += [
            f"{course.product}, started {course.started_on.isoformat()}: "
            f"day {p.course_day} of ~{p.planned_days}",
            f"Scheduled on {p.as_of.isoformat()}: {fmt.mg(p.scheduled_mg)}"
            + (f" ({status.entry_today.status.value})" if status.entry_today else " (not logged)"),
        ]
    else:
        # The final figures: the day's schedule after the end would say nothing.
        lines += [
            f"{course.product}, started {course.started_on.isoformat()}, "
            f"ended {ended.isoformat()}: {fmt.count(p.course_day, 'day')} "
            f"(planned ~{p.planned_days})"
        ]
    lines += [
        f"Cumulative: {fmt.mg(p.cumulative_mg)} = {fmt.mg_per_kg(p.mg_per_kg)} "
        f"(by reference weight {fmt.kg(p.reference_weight_kg)}; "
        f"{_by_latest_weight(p)} by latest weight {fmt.kg(p.latest_weight_kg)})",
        f"Target: {p.target_mg_per_kg:g} mg/kg = {fmt.mg(p.target_mg)}; "
        f"{fmt.percent(p.percent_of_target)} reached",
    ]
    if p.target_reached_on is not None:
        lines.append(f"Target reached on {p.target_reached_on.isoformat()}")
    elif ended is None:  # nothing is projected for a course that has ended
        lines.append(_projection(p))
    lines.append(
        f"Days: {p.days_taken} taken{taken_details(p)}, {p.days_missed} missed, "
        f"{p.days_skipped} skipped, {p.days_unlogged} unlogged"
        + (f", {p.days_paused} paused" if p.days_paused else "")
    )
    lines += _upcoming_lines(upcoming)
    return "\n".join(lines)


def safety_lines(safety: SafetyFacts) -> list[str]:
    """The open red flags (and PHQ-9 question 9 answers), each with its day, the oldest
    first, and the Medication Guide's instruction; the crisis line first while any of them
    is about thoughts of self-harm. Nothing when nothing is open."""
    if not safety.alerts:
        return []
    lines = [CRISIS_LINE] if any(alert.self_harm for alert in safety.alerts) else []
    lines.append("Open red flags, not yet marked as discussed with your doctor:")
    lines += [f"  {alert.day.isoformat()}: {alert.title}" for alert in in_order(safety.alerts)]
    lines.append(RED_FLAG_INSTRUCTION)
    return lines


def _projection(p: Progress) -> str:
    if p.projected_target_date is None:
        return "No projected date: the regimen as entered does not reach the target"
    return (
        f"Projected to reach the target on {p.projected_target_date.isoformat()} "
        f"({fmt.PROJECTION_CAVEAT})"
    )


def _upcoming_lines(upcoming: Upcoming) -> list[str]:
    lines = []
    appointment = upcoming.next_appointment
    if appointment is not None:
        lines.append(
            f"Next appointment: {appointment.subject}, "
            f"{appointment.starts_at.isoformat(sep=' ', timespec='minutes')}"
            + (" (proposed)" if appointment.status is AppointmentStatus.TENTATIVE else "")
        )
    if upcoming.next_pregnancy_test_due is not None:
        lines.append(f"Next pregnancy test due: {upcoming.next_pregnancy_test_due.isoformat()}")
    if upcoming.pickup_window_closes is not None:
        lines.append(f"Pick-up window closes: {upcoming.pickup_window_closes.isoformat()}")
    return lines


def _by_latest_weight(p: Progress) -> str:
    """The mg/kg by the latest weight, or "the same" when it reads like the headline figure
    (as Today says it: two equal numbers invite a search for a difference)."""
    latest = fmt.mg_per_kg(p.mg_per_kg_latest_weight)
    return "the same" if latest == fmt.mg_per_kg(p.mg_per_kg) else latest


def taken_details(p: Progress) -> str:
    """ " (2 partial, 1 more than scheduled)" after the count of days taken, or nothing; in
    the language in use (Today shows it)."""
    partial, over = p.days_partial, p.days_over_schedule
    if partial and over:
        return StatusWords.tr(" (%n partial, {over} more than scheduled)", "", partial).format(
            over=over
        )
    if partial:
        return StatusWords.tr(" (%n partial)", "", partial)
    if over:
        return StatusWords.tr(" (%n more than scheduled)", "", over)
    return ""
