"""Years of courses, written through the real services: the stress data of the benchmarks.

`make_years` lays out the courses backwards from today (the last one active, its days logged
up to yesterday), then writes them oldest first as a patient would have: start the course
(with its starting weight), set its later dose periods, write every record kind of
`RECORD_KINDS` for it, end it (`CourseService.end_course`, what `isotrack course end` calls).
Everything comes from `random.Random(seed)`: the same arguments give the same store.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.record_kinds import RECORD_KINDS, CourseSpan
from tracker.clock import FixedClock
from tracker.db.store import open_store
from tracker.domain.regimen import DosePeriod, alternating_period, daily_period
from tracker.paths import DataPaths
from tracker.services.container import Services, build_services
from tracker.services.records import CourseStart, ProfileInfo

COURSE_DAYS = (150, 183)  # five to six months
PAUSE_DAYS = (56, 91)  # a second course only after at least 8 weeks off (DOMAIN.md 1)
WEIGHTS_PER_YEAR = 10
FIRST_WEIGHT_KG = 64.0
# Products that ask "taken with food?", so every History column is filled in.
PRODUCTS = ("Claravis", "Isotretinoin (generic)", "Myorisan", "Zenatane")


@dataclass(frozen=True)
class PlannedCourse:
    first_day: dt.date
    last_day: dt.date  # the last day logged: the end, or yesterday for the active course
    until: dt.date  # the day before the next course starts, or today
    active: bool

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


@dataclass
class MadeData:
    """What `make_years` wrote, for the command's message and the benchmark's table."""

    courses: int = 0
    first_day: dt.date | None = None
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        kinds = ", ".join(f"{n:,} {name}" for name, n in self.counts.items())
        since = self.first_day.isoformat() if self.first_day else "?"
        return f"{self.courses} courses since {since} ({kinds}; {self.seconds:.1f} s)"


def course_lengths(total_days: int, rng: random.Random) -> list[int]:
    """Lengths of five to six months adding up to `total_days`, newest first; the oldest
    course takes what is left (from half a course to 200 days), so the total is exact."""
    lengths: list[int] = []
    remaining = total_days
    low, high = COURSE_DAYS
    while remaining > 0:
        if remaining <= 200:
            length = remaining
        elif remaining < 2 * low:
            length = remaining // 2
        else:
            length = rng.randint(low, high)
        lengths.append(length)
        remaining -= length
    return lengths


def plan_courses(total_days: int, today: dt.date, rng: random.Random) -> list[PlannedCourse]:
    """The courses oldest first; the last is active with its days logged up to yesterday."""
    lengths = course_lengths(total_days, rng)
    planned: list[PlannedCourse] = []
    until = today
    last_day = today - dt.timedelta(days=1)
    for n, length in enumerate(lengths):
        first_day = last_day - dt.timedelta(days=length - 1)
        planned.append(PlannedCourse(first_day, last_day, until, active=n == 0))
        until = first_day - dt.timedelta(days=1)
        last_day = until - dt.timedelta(days=rng.randint(*PAUSE_DAYS))
    planned.reverse()
    return planned


def dose_periods(first_day: dt.date, days: int, kg: float, index: int) -> list[DosePeriod]:
    """About 0.5 mg/kg a day for four weeks, then about 1 mg/kg; every third course a
    low-dose one (20 mg a day throughout); every other one ends on alternating doses."""
    if index % 3 == 2:
        return [daily_period(first_day, 20)]
    low = max(10, round(kg * 0.5 / 10) * 10)
    high = max(low + 10, round(kg / 10) * 10)
    periods = [daily_period(first_day, low)]
    if days > 28:
        periods.append(daily_period(first_day + dt.timedelta(days=28), high))
    if days > 100 and index % 2 == 1:
        periods.append(alternating_period(first_day + dt.timedelta(days=100), [high, high - 20]))
    return periods


def _extra_weighings(total: int, courses: int) -> list[int]:
    """Readings per course besides the start's, spread so the whole adds up to `total`."""
    extra = max(0, total - courses)
    return [extra // courses + (1 if n < extra % courses else 0) for n in range(courses)]


def _write_course(
    services: Services,
    plan: PlannedCourse,
    index: int,
    weighings: int,
    kg: float,
    rng: random.Random,
    made: MadeData,
) -> None:
    periods = dose_periods(plan.first_day, plan.days, kg, index)
    first, *changes = periods
    services.course.start_course(
        CourseStart(
            started_on=plan.first_day,
            weight_kg=kg,
            first_period=first,
            product=PRODUCTS[index % len(PRODUCTS)],
            target_mg_per_kg=150.0,
            planned_weeks=min(104, -(-plan.days // 7)),
            prescriber="Dr. Example",
        ),
        ProfileInfo(name="Benchmark patient", date_of_birth=dt.date(1996, 3, 14))
        if index == 0
        else None,
    )
    for period in changes:
        services.course.set_dose_period(period)
    span = CourseSpan(index, plan.first_day, plan.last_day, plan.until, kg, weighings)
    for name, kind in RECORD_KINDS:
        made.counts[name] = made.counts.get(name, 0) + kind(services, span, rng)
    if not plan.active:
        services.course.end_course(plan.last_day)


def make_years(data_dir: Path, *, years: float, today: dt.date, seed: int) -> MadeData:
    """Create the store in `data_dir` with `round(365 * years)` course days over several
    courses (see the module's docstring). Refused (UserInputError from the service) if the
    folder already holds an active course."""
    began = time.perf_counter()
    rng = random.Random(seed)
    plans = plan_courses(round(365 * years), today, rng)
    clock = FixedClock(today)
    sessions, _ = open_store(DataPaths(data_dir), clock)
    made = MadeData(courses=len(plans), first_day=plans[0].first_day)
    try:
        services = build_services(sessions, clock)
        extra = _extra_weighings(round(WEIGHTS_PER_YEAR * years), len(plans))
        kg = FIRST_WEIGHT_KG
        for index, plan in enumerate(plans):
            _write_course(services, plan, index, extra[index], kg, rng, made)
            kg = services.weights.history()[-1].kg
    finally:
        sessions.kw["bind"].dispose()
    # The start of each course records a weight too.
    made.counts["weights"] = made.counts.get("weights", 0) + len(plans)
    made.seconds = time.perf_counter() - began
    return made
