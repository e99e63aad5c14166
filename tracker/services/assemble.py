"""Building domain values and records from stored fields, shared by both read paths
(the ORM in `mapping`, the start-up `preview`), so the two cannot drift apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from tracker.domain.products import food_matters
from tracker.domain.progress import CourseFacts, compute_progress
from tracker.domain.regimen import DayPlan, DosePeriod, Intake, parse_capsules
from tracker.services.records import CourseInfo, CourseStatus


def course_info(
    *,
    id: int,
    product: str,
    started_on: dt.date,
    planned_weeks: int,
    target_mg_per_kg: float,
    reference_weight_kg: float,
    prescriber: str,
    ended_on: dt.date | None,
) -> CourseInfo:
    return CourseInfo(
        id=id,
        product=product,
        started_on=started_on,
        planned_weeks=planned_weeks,
        target_mg_per_kg=target_mg_per_kg,
        reference_weight_kg=reference_weight_kg,
        prescriber=prescriber,
        ended_on=ended_on,
        food_matters=food_matters(product),
    )


def dose_period(
    starts_on: dt.date, cycle_days: int, intakes: Iterable[tuple[int, int, str, str]]
) -> DosePeriod:
    """A period from its intakes as (cycle_day, mg, label, capsules), in position order."""
    days: list[list[Intake]] = [[] for _ in range(cycle_days)]
    for cycle_day, mg, label, capsules in intakes:
        days[cycle_day].append(Intake(mg, label, parse_capsules(capsules) if capsules else ()))
    return DosePeriod(starts_on, tuple(DayPlan(tuple(day)) for day in days))


def course_status(info: CourseInfo, facts: CourseFacts, as_of: dt.date) -> CourseStatus:
    answered = [
        entry
        for day, entry in facts.entries.items()
        if day <= as_of and entry.with_food is not None
    ]
    latest = max(answered, key=lambda entry: entry.day) if answered else None
    return CourseStatus(
        course=info,
        progress=compute_progress(facts, as_of),
        plan_today=facts.regimen.plan_for(as_of),
        entry_today=facts.entries.get(as_of),
        last_food_answer=None if latest is None else latest.with_food,
    )
