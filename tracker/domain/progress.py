"""Where a course stands on a given day: the figures a dermatologist recomputes each month.

Rules (DOMAIN.md section 2): only doses logged as taken count; an unlogged day is neither taken
nor missed; mg/kg divides by the course's reference weight, and is also shown by the latest
weight. The projected date is arithmetic from the patient's entries, never advice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from tracker.domain.doselog import DayState, DoseEntry, day_state
from tracker.domain.regimen import Regimen
from tracker.errors import UserInputError
from tracker.words import Words

ONE_DAY = dt.timedelta(days=1)


class ProgressWords(Words):
    """The context of this module's sentences (tracker.words)."""


def planned_last_day(started_on: dt.date, planned_weeks: int) -> dt.date:
    """The last day of the planned course length (the first day counts as day 1): a course
    of 20 weeks from 1 Mar runs to 18 Jul, its 140th day."""
    return started_on + dt.timedelta(days=planned_weeks * 7 - 1)


@dataclass(frozen=True)
class Weighing:
    measured_on: dt.date
    kg: float


@dataclass(frozen=True)
class CourseFacts:
    """Everything recorded about one course, as plain values."""

    started_on: dt.date
    planned_weeks: int
    target_mg_per_kg: float
    reference_weight_kg: float
    regimen: Regimen
    entries: Mapping[dt.date, DoseEntry]
    weights: Sequence[Weighing] = ()
    ended_on: dt.date | None = None

    @property
    def target_mg(self) -> float:
        # Rounded to a hundredth of a mg so float noise (150 * 70.3) cannot move a date.
        return round(self.target_mg_per_kg * self.reference_weight_kg, 2)

    def latest_weight(self, as_of: dt.date) -> Weighing | None:
        recorded = [w for w in self.weights if w.measured_on <= as_of]
        return max(recorded, key=lambda w: w.measured_on) if recorded else None

    def state_on(self, day: dt.date, as_of: dt.date) -> DayState:
        if day < self.started_on or (self.ended_on is not None and day > self.ended_on):
            return DayState.OUTSIDE
        if day > as_of:
            return DayState.UPCOMING
        return day_state(self.entries.get(day), self.regimen.scheduled_mg(day))


@dataclass(frozen=True)
class Progress:
    as_of: dt.date
    course_day: int
    planned_days: int
    scheduled_mg: int
    cumulative_mg: int
    reference_weight_kg: float
    latest_weight_kg: float
    mg_per_kg: float
    mg_per_kg_latest_weight: float
    target_mg_per_kg: float
    target_mg: float
    percent_of_target: float
    projected_target_date: dt.date | None
    target_reached_on: dt.date | None
    days_taken: int
    days_partial: int
    days_over_schedule: int
    days_missed: int
    days_skipped: int
    days_unlogged: int
    days_paused: int
    unlogged_days: tuple[dt.date, ...]


def compute_progress(facts: CourseFacts, as_of: dt.date) -> Progress:
    """The course's figures counting only entries on or before `as_of`."""
    if as_of < facts.started_on:
        raise UserInputError(
            ProgressWords.tr("{day} is before the course started ({started})").format(
                day=as_of.isoformat(), started=facts.started_on.isoformat()
            )
        )
    last_day = as_of if facts.ended_on is None else min(as_of, facts.ended_on)
    counts = dict.fromkeys(DayState, 0)
    unlogged: list[dt.date] = []
    day = facts.started_on
    while day <= last_day:
        state = facts.state_on(day, as_of)
        counts[state] += 1
        if state is DayState.UNLOGGED:
            unlogged.append(day)
        day += ONE_DAY

    counted = sorted(
        (e for e in facts.entries.values() if facts.started_on <= e.day <= last_day),
        key=lambda e: e.day,
    )
    cumulative = sum(e.counted_mg for e in counted)
    target_mg = facts.target_mg
    reached_on = _day_target_reached(counted, target_mg)
    projected = None
    if reached_on is None and facts.ended_on is None:
        first = as_of + ONE_DAY if as_of in facts.entries else as_of
        projected = project_target_date(facts.regimen, first, cumulative, target_mg)

    latest = facts.latest_weight(as_of)
    latest_kg = latest.kg if latest is not None else facts.reference_weight_kg
    mg_per_kg = cumulative / facts.reference_weight_kg
    return Progress(
        as_of=as_of,
        course_day=(as_of - facts.started_on).days + 1,
        planned_days=facts.planned_weeks * 7,
        scheduled_mg=facts.regimen.scheduled_mg(as_of),
        cumulative_mg=cumulative,
        reference_weight_kg=facts.reference_weight_kg,
        latest_weight_kg=latest_kg,
        mg_per_kg=mg_per_kg,
        mg_per_kg_latest_weight=cumulative / latest_kg,
        target_mg_per_kg=facts.target_mg_per_kg,
        target_mg=target_mg,
        percent_of_target=100.0 * mg_per_kg / facts.target_mg_per_kg,
        projected_target_date=projected,
        target_reached_on=reached_on,
        days_taken=counts[DayState.TAKEN] + counts[DayState.PARTIAL] + counts[DayState.OVER],
        days_partial=counts[DayState.PARTIAL],
        days_over_schedule=counts[DayState.OVER],
        days_missed=counts[DayState.MISSED],
        days_skipped=counts[DayState.SKIPPED],
        days_unlogged=counts[DayState.UNLOGGED],
        days_paused=counts[DayState.PAUSE],
        unlogged_days=tuple(unlogged),
    )


@dataclass(frozen=True)
class CumulativeSeries:
    """The running total of taken doses at the end of each day, for a chart."""

    days: tuple[dt.date, ...]
    mg: tuple[int, ...]
    mg_per_kg: tuple[float, ...]  # by the reference weight, as `Progress.mg_per_kg`


def cumulative_series(
    entries: Iterable[DoseEntry], first_day: dt.date, last_day: dt.date, reference_weight_kg: float
) -> CumulativeSeries:
    """The running total on every day from `first_day` to `last_day` (both included), counted
    as `compute_progress` counts: only doses taken, entries outside the span left out. On
    the as-of day it equals that day's `Progress.cumulative_mg` and `mg_per_kg`. Empty when
    `last_day` is before `first_day`."""
    by_day: dict[dt.date, int] = {}
    for entry in entries:
        if first_day <= entry.day <= last_day:
            by_day[entry.day] = by_day.get(entry.day, 0) + entry.counted_mg
    days: list[dt.date] = []
    totals: list[int] = []
    running = 0
    day = first_day
    while day <= last_day:
        running += by_day.get(day, 0)
        days.append(day)
        totals.append(running)
        day += ONE_DAY
    return CumulativeSeries(
        days=tuple(days),
        mg=tuple(totals),
        mg_per_kg=tuple(total / reference_weight_kg for total in totals),
    )


def _day_target_reached(entries_in_order: Sequence[DoseEntry], target_mg: float) -> dt.date | None:
    running = 0
    for entry in entries_in_order:
        running += entry.counted_mg
        if entry.counted_mg and running >= target_mg:
            return entry.day
    return None


def project_target_date(
    regimen: Regimen, first_day: dt.date, already_mg: float, target_mg: float
) -> dt.date | None:
    """The first day from `first_day` on which the running total reaches `target_mg`,
    assuming every scheduled dose is taken. None if the regimen never gets there
    (it ends in a pause, or has no periods).

    Whole cycles of a period are skipped arithmetically, so a low dose far from its target
    costs no more than a high one.
    """
    remaining = target_mg - already_mg
    if remaining <= 0:
        return first_day
    periods = regimen.periods
    for index, period in enumerate(periods):
        next_start = periods[index + 1].starts_on if index + 1 < len(periods) else None
        if next_start is not None and next_start <= first_day:
            continue
        totals = period.daily_totals
        cycle_mg = sum(totals)
        day = max(first_day, period.starts_on)
        while next_start is None or day < next_start:
            if cycle_mg == 0:
                break
            if remaining > cycle_mg:
                # Whole cycles that still leave something to reach: skip them in one step.
                cycles = int((remaining - 1) // cycle_mg)
                if next_start is not None:
                    cycles = min(cycles, (next_start - day).days // len(totals))
                if cycles > 0:
                    day += dt.timedelta(days=cycles * len(totals))
                    remaining -= cycles * cycle_mg
                    continue
            remaining -= totals[(day - period.starts_on).days % len(totals)]
            if remaining <= 0:
                return day
            day += ONE_DAY
        if next_start is None:
            return None
    return None
