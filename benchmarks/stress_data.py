"""Realistic data written through the real services: a six-month course, or years of them.

    python -m benchmarks.stress_data DIR [--days 182] [--today YYYY-MM-DD] [--seed 2024]
    python -m benchmarks.stress_data DIR --years 10 [--today YYYY-MM-DD] [--seed 2024]

makes a demo data folder (for screenshots: `ISOTRACK_TODAY=<today> isotrack --data-dir DIR`).
The benchmarks call `make_course` and `make_years` the same way, in a child process.

`--years N` (`make_years`, benchmarks/timeline.py) is the stress data: N x 365 course days
spread over courses of five to six months, each ended as `isotrack course end` ends it, with
pauses of 8 to 13 weeks between them, the last one active up to today; about 10 weights a
year; the record kinds of benchmarks/record_kinds.py (`RECORD_KINDS`) for every course. Since
courses are separated by pauses, the calendar span is longer than N years (ten years of course
days take about 14 calendar years).

Without `--years` (`make_course`), one course: it starts `days - 1` days before `today` (so
today is course day `days`) and has an entry for every day up to yesterday except a few left
unlogged; today is not logged. Along the way: two dose changes (one of them to an alternating
pattern), a few weighings, a few missed and skipped days and a couple of partial doses.
Everything comes from `random.Random(seed)`, so the same arguments give the same store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.timeline import make_years
from tracker.clock import FixedClock
from tracker.db.store import open_store
from tracker.domain.doselog import DoseStatus
from tracker.domain.regimen import DosePeriod, alternating_period, daily_period
from tracker.paths import DataPaths
from tracker.services.container import build_services
from tracker.services.records import CourseStart, LogRequest, ProfileInfo

DEFAULT_DAYS = 182
DEFAULT_SEED = 2024
START_WEIGHT_KG = 68.0


def _periods(start: dt.date, days: int) -> list[DosePeriod]:
    """20 mg a day for four weeks, then 40 mg a day, then 40/60 mg on alternate days."""
    periods = [daily_period(start, 20)]
    if days > 28:
        periods.append(daily_period(start + dt.timedelta(days=28), 40))
    if days > 91:
        periods.append(alternating_period(start + dt.timedelta(days=91), [40, 60]))
    return periods


def make_course(
    data_dir: Path, *, days: int = DEFAULT_DAYS, today: dt.date, seed: int = DEFAULT_SEED
) -> None:
    """Create the store in `data_dir` with a course whose day `days` is `today`.

    Refused (UserInputError from the service) if the folder already holds an active course.
    """
    if days < 2:
        raise ValueError("a course for the benchmark needs at least 2 days")
    rng = random.Random(seed)
    clock = FixedClock(today)
    sessions, _ = open_store(DataPaths(data_dir), clock)
    try:
        services = build_services(sessions, clock)
        start = today - dt.timedelta(days=days - 1)
        first, *changes = _periods(start, days)
        services.course.start_course(
            CourseStart(
                started_on=start,
                weight_kg=START_WEIGHT_KG,
                first_period=first,
                target_mg_per_kg=150.0,
                planned_weeks=max(1, min(104, -(-days // 7))),
                prescriber="Dr. Example",
            ),
            ProfileInfo(name="Benchmark patient", date_of_birth=dt.date(2004, 3, 14)),
        )
        for period in changes:
            services.course.set_dose_period(period)

        # Weighings every ~6 weeks after the start one (which start_course records).
        kg = START_WEIGHT_KG
        for offset in range(42, days - 1, 42):
            kg = round(kg + rng.uniform(-1.2, 1.0), 1)
            services.weights.record(start + dt.timedelta(days=offset), kg)

        logged_days = list(range(days - 1))  # offsets of start .. yesterday
        special = rng.sample(logged_days[1:], k=min(len(logged_days) - 1, 11))
        missed, skipped = set(special[:4]), set(special[4:6])
        unlogged, partial = set(special[6:9]), set(special[9:11])
        regimen = services.course.regimen()
        for offset in logged_days:
            day = start + dt.timedelta(days=offset)
            if offset in unlogged:
                continue
            if offset in missed:
                request = LogRequest(day, DoseStatus.MISSED, note="forgot")
            elif offset in skipped:
                request = LogRequest(day, DoseStatus.SKIPPED, note="dry lips, doctor said pause")
            else:
                scheduled = regimen.scheduled_mg(day)
                mg = scheduled // 2 if offset in partial else scheduled
                request = LogRequest(
                    day,
                    DoseStatus.TAKEN,
                    mg_taken=mg,
                    with_food=rng.random() > 0.05,
                    taken_at=dt.time(rng.choice((8, 9, 19, 20)), rng.choice((0, 15, 30, 45))),
                    note="half a dose, ran out" if offset in partial else "",
                )
            services.dose_log.log_day(request)
    finally:
        sessions.kw["bind"].dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.stress_data", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("data_dir", type=Path, help="folder to create (must hold no course)")
    parser.add_argument("--days", type=int, default=DEFAULT_DAYS, help="course length so far")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=dt.date.today(),
        help="the course's 'today' (YYYY-MM-DD; default: the real today)",
    )
    parser.add_argument(
        "--years",
        type=float,
        help="instead of one course: this many years of course days, over several courses "
        "(the stress data; 10 takes ~20 s)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.years is not None:
        if not 0.5 <= args.years <= 30:
            parser.error("--years must be from 0.5 to 30")
        made = make_years(args.data_dir, years=args.years, today=args.today, seed=args.seed)
        what = made.describe()
    else:
        make_course(args.data_dir, days=args.days, today=args.today, seed=args.seed)
        what = f"a {args.days}-day course"
    print(
        f"made {what} in {args.data_dir}; open it with\n"
        f"  ISOTRACK_TODAY={args.today.isoformat()} isotrack --data-dir {args.data_dir}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
