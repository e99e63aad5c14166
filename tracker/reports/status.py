"""The course status as a JSON-ready dict and as a short text for the terminal."""

from __future__ import annotations

from typing import Any

from tracker.domain.progress import Progress
from tracker.reports import format as fmt
from tracker.services.records import CourseStatus


def status_as_dict(status: CourseStatus) -> dict[str, Any]:
    """The `isotrack status --json` object. Keys are a public contract: add, never rename."""
    p = status.progress
    course = status.course
    return {
        "as_of": p.as_of.isoformat(),
        "product": course.product,
        "course_start": course.started_on.isoformat(),
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
    }


def status_as_text(status: CourseStatus) -> str:
    p = status.progress
    course = status.course
    lines = [
        f"{course.product}, started {course.started_on.isoformat()}: "
        f"day {p.course_day} of ~{p.planned_days}",
        f"Scheduled on {p.as_of.isoformat()}: {fmt.mg(p.scheduled_mg)}"
        + (f" ({status.entry_today.status.value})" if status.entry_today else " (not logged)"),
        f"Cumulative: {fmt.mg(p.cumulative_mg)} = {fmt.mg_per_kg(p.mg_per_kg)} "
        f"(by reference weight {fmt.kg(p.reference_weight_kg)}; "
        f"{_by_latest_weight(p)} by latest weight {fmt.kg(p.latest_weight_kg)})",
        f"Target: {p.target_mg_per_kg:g} mg/kg = {fmt.mg(p.target_mg)}; "
        f"{fmt.percent(p.percent_of_target)} reached",
    ]
    if p.target_reached_on is not None:
        lines.append(f"Target reached on {p.target_reached_on.isoformat()}")
    elif p.projected_target_date is not None:
        lines.append(
            f"Projected to reach the target on {p.projected_target_date.isoformat()} "
            f"({fmt.PROJECTION_CAVEAT})"
        )
    else:
        lines.append("No projected date: the regimen as entered does not reach the target")
    lines.append(
        f"Days: {p.days_taken} taken{taken_details(p)}, {p.days_missed} missed, "
        f"{p.days_skipped} skipped, {p.days_unlogged} unlogged"
        + (f", {p.days_paused} paused" if p.days_paused else "")
    )
    return "\n".join(lines)


def _by_latest_weight(p: Progress) -> str:
    """The mg/kg by the latest weight, or "the same" when it reads like the headline figure
    (as Today says it: two equal numbers invite a search for a difference)."""
    latest = fmt.mg_per_kg(p.mg_per_kg_latest_weight)
    return "the same" if latest == fmt.mg_per_kg(p.mg_per_kg) else latest


def taken_details(p: Progress) -> str:
    """ " (2 partial, 1 more than scheduled)" after the count of days taken, or nothing."""
    parts = []
    if p.days_partial:
        parts.append(f"{p.days_partial} partial")
    if p.days_over_schedule:
        parts.append(f"{p.days_over_schedule} more than scheduled")
    return f" ({', '.join(parts)})" if parts else ""


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())
