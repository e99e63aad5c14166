"""The kinds of record the ten-year stress data holds, one generator each.

A generator writes one course's records of its kind through the real services while that
course is the active one, and returns how many it wrote. `RECORD_KINDS` lists them in the
order they run; benchmarks/stress_data.py calls each for every course of the timeline.

Dose days, weights and appointments (~300 over ten years) exist today. Side-effect reports
(~5,000) and lab results (~500) join this list as functions of the same shape when the
issues that add them land: each gets the course's `CourseSpan` and the shared `random.Random`, and
writes through its own service.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tracker.domain.appointments import AppointmentDraft, AppointmentKind
from tracker.domain.doselog import DoseStatus
from tracker.domain.progress import ONE_DAY
from tracker.domain.regimen import Regimen
from tracker.services.container import Services
from tracker.services.records import LogRequest

# Per logged course day, the chance of each exception; every other day is taken as scheduled.
# About 1 day in 60 stays unlogged, as a patient forgets to open the app.
UNLOGGED, MISSED, SKIPPED, PARTIAL, OVER = 0.015, 0.03, 0.012, 0.02, 0.008
# A course has a couple of backlogs (a holiday entered afterwards), written with
# DoseLogService.fill_taken: every day taken at the scheduled dose, with no meal answer.
BACKLOGS_PER_COURSE = 2
BACKLOG_DAYS = (5, 14)
NOTES_MISSED = ("forgot", "left the capsules at home", "")
NOTES_SKIPPED = ("dry lips, doctor said pause", "stomach upset", "nosebleed, skipped one day")
NOTES_TAKEN = ("", "", "", "", "with breakfast", "late dose", "took it at work")


@dataclass(frozen=True)
class CourseSpan:
    """One course of the timeline, as the generators see it.

    `first_day`..`last_day` are the days to log (for the active course: up to yesterday,
    today is left unlogged); `until` is the last day before the next course starts (or
    today), so a generator can date records in the pause after the course.
    """

    index: int
    first_day: dt.date
    last_day: dt.date
    until: dt.date
    weight_kg: float
    weighings: int  # how many weights to record besides the one at the start


RecordKind = Callable[[Services, CourseSpan, random.Random], int]


def _days(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first
    while day <= last:
        yield day
        day += ONE_DAY


def _backlogs(span: CourseSpan, rng: random.Random) -> list[tuple[dt.date, dt.date]]:
    """Non-overlapping ranges of the course's days (not its first) entered as a backlog."""
    length = (span.last_day - span.first_day).days + 1
    ranges: list[tuple[dt.date, dt.date]] = []
    if length < 60:
        return ranges
    # One backlog in each half of the course, away from its ends.
    halves = ((1, length // 2), (length // 2 + 1, length - 1))
    for low, high in halves[:BACKLOGS_PER_COURSE]:
        days = rng.randint(*BACKLOG_DAYS)
        if high - low < days + 1:
            continue
        start = rng.randint(low, high - days)
        ranges.append(
            (
                span.first_day + dt.timedelta(days=start),
                span.first_day + dt.timedelta(days=start + days - 1),
            )
        )
    return ranges


def _request(day: dt.date, scheduled: int, rng: random.Random) -> LogRequest | None:
    """What the patient logged on `day`: None for a day left unlogged."""
    roll = rng.random()
    if (roll := roll - UNLOGGED) < 0:
        return None
    if (roll := roll - MISSED) < 0:
        return LogRequest(day, DoseStatus.MISSED, note=rng.choice(NOTES_MISSED))
    if (roll := roll - SKIPPED) < 0:
        return LogRequest(day, DoseStatus.SKIPPED, note=rng.choice(NOTES_SKIPPED))
    mg, note = scheduled, rng.choice(NOTES_TAKEN)
    if (roll := roll - PARTIAL) < 0:
        mg, note = scheduled // 2, "half a dose, ran out"
    elif roll - OVER < 0:
        mg, note = scheduled + 20, "took an extra capsule by mistake"
    return LogRequest(
        day,
        DoseStatus.TAKEN,
        mg_taken=mg,
        with_food=rng.random() > 0.05,
        taken_at=dt.time(rng.choice((7, 8, 9, 19, 20, 21)), rng.choice((0, 15, 30, 45))),
        note=note,
    )


def dose_days(services: Services, span: CourseSpan, rng: random.Random) -> int:
    """An entry for nearly every day of the course: taken (with a meal answer and a time),
    partial, over the schedule, missed or skipped, a few left unlogged, and a couple of
    backlogs filled in one action each. Returns the entries written."""
    regimen: Regimen = services.course.regimen()
    backlogs = _backlogs(span, rng)
    in_backlog = {day for first, last in backlogs for day in _days(first, last)}
    written = 0
    for day in _days(span.first_day, span.last_day):
        if day in in_backlog:
            continue
        request = _request(day, regimen.scheduled_mg(day), rng)
        if request is not None:
            services.dose_log.log_day(request)
            written += 1
    for first, last in backlogs:
        written += len(services.dose_log.fill_taken(first, last))
    return written


def weights(services: Services, span: CourseSpan, rng: random.Random) -> int:
    """`span.weighings` readings spread evenly from the course's second day to the day before
    the next course (start_course records the one on the first day). Returns the count."""
    room = (span.until - span.first_day).days
    if span.weighings == 0 or room < 1:
        return 0
    step = room / (span.weighings + 1)
    kg, written = span.weight_kg, 0
    seen: set[dt.date] = set()
    for n in range(1, span.weighings + 1):
        day = span.first_day + dt.timedelta(days=max(1, round(n * step)))
        if day in seen or day > span.until:
            continue
        seen.add(day)
        kg = round(kg + rng.uniform(-1.0, 0.9), 1)
        services.weights.record(day, kg)
        written += 1
    return written


OUTCOMES = ("", "dose unchanged", "dose raised to 60 mg", "lips very dry: lip balm", "labs fine")


def appointments(services: Services, span: CourseSpan, rng: random.Random) -> int:
    """A dermatology visit about every 30 days of the course and a lab draw a few days before
    each, the past ones marked done (some with an outcome), one in twelve cancelled. About
    300 over ten years. Returns the appointments written."""
    today = services.clock.today()
    written = 0
    day = span.first_day + dt.timedelta(days=rng.randint(26, 34))
    while day <= span.until:
        visit = dt.datetime.combine(day, dt.time(rng.choice((9, 10, 11, 15)), 0))
        lab = visit - dt.timedelta(days=rng.randint(2, 5), hours=1)
        for kind, at, place in (
            (AppointmentKind.LAB, lab, "Hospital lab"),
            (AppointmentKind.VISIT, visit, "Dermatology clinic"),
        ):
            added = services.appointments.add(AppointmentDraft(kind, at, place=place))
            written += 1
            if rng.random() < 1 / 12:
                services.appointments.cancel(added.id)
            elif at.date() <= today:
                services.appointments.mark_done(added.id, rng.choice(OUTCOMES))
        day += dt.timedelta(days=rng.randint(26, 34))
    return written


# (name, generator) in the order they run for each course. Later record kinds append here.
RECORD_KINDS: tuple[tuple[str, RecordKind], ...] = (
    ("dose days", dose_days),
    ("weights", weights),
    ("appointments", appointments),
)
