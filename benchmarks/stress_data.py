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

from sqlalchemy.orm import Session, sessionmaker

from benchmarks.timeline import make_years
from tracker.clock import FixedClock
from tracker.db.store import open_store
from tracker.domain.acne import AcneDraft
from tracker.domain.appointments import AppointmentDraft, AppointmentKind
from tracker.domain.doselog import DoseStatus
from tracker.domain.labs import LabResultDraft
from tracker.domain.medicines import MedicineDraft
from tracker.domain.mood import Instrument
from tracker.domain.regimen import DosePeriod, alternating_period, daily_period
from tracker.paths import DataPaths
from tracker.services.container import Services, build_services
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
        # Its own random stream, so the dose days above stay as they were before these
        # records were added (the start-up figures compare across versions).
        add_visit_records(sessions, start, today, random.Random(seed + 1))
    finally:
        sessions.kw["bind"].dispose()


# What a check-in asks in the demo: common effects, each answered none to severe, mostly mild.
CHECK_IN = ("dry-lips", "dry-skin", "dry-eyes", "nosebleeds", "muscle-aches", "headache")
LAB_PANEL = (  # (analyte, unit, first value, the lab's range low, high), as a lab prints them
    ("triglycerides", "mg/dL", 110.0, None, 150.0),
    ("total-cholesterol", "mg/dL", 172.0, None, 200.0),
    ("alt", "U/L", 21.0, 7.0, 56.0),
    ("ast", "U/L", 19.0, 10.0, 40.0),
)
VISIT_EVERY_DAYS = 30
QUESTIONS = (  # (question, the answer noted at the last visit; "" = not asked yet)
    ("Can I wax my eyebrows?", "Not during the course and for six months after."),
    ("Is it fine to go running?", "Yes; tell me about muscle pain."),
    ("When is the next blood test?", ""),
    ("Could the dry eyes be why my contact lenses hurt?", ""),
)
VISIT_OUTCOMES = ("dose raised to 40 mg", "lips very dry: lip balm", "labs fine, dose unchanged")


def _on(sessions: sessionmaker[Session], day: dt.date) -> Services:
    """The services as they stood on `day` (noon): a record is written the day it happened."""
    return build_services(sessions, FixedClock(day))


def add_visit_records(
    sessions: sessionmaker[Session], start: dt.date, today: dt.date, rng: random.Random
) -> None:
    """Every kind of record a visit summary shows, through the real services, each written on
    its own day: monthly dermatology visits marked done (the latest one about four weeks ago
    starts the summary's period), a lab draw before each with a panel of results, a check-in
    every few days, one red flag after the last visit (not discussed yet), a PHQ-2 every week
    with a PHQ-9 when it is 3 or more, the skin every two weeks, other medicines, and
    questions (two answered at the last visit, two still open)."""
    # A visit every month; the latest about a month ago, so that the summary "since your last
    # visit" covers a month.
    last_visit_by = today - dt.timedelta(days=VISIT_EVERY_DAYS - 2)
    visits = [
        start + dt.timedelta(days=offset)
        for offset in range(VISIT_EVERY_DAYS, (last_visit_by - start).days + 1, VISIT_EVERY_DAYS)
    ]
    for n, day in enumerate(visits):
        lab_day = day - dt.timedelta(days=3)
        booked = _on(sessions, max(start, day - dt.timedelta(days=14))).appointments
        draw = booked.add(
            AppointmentDraft(
                AppointmentKind.LAB, dt.datetime.combine(lab_day, dt.time(8, 0)), place="Lab"
            )
        )
        visit = booked.add(
            AppointmentDraft(
                AppointmentKind.VISIT,
                dt.datetime.combine(day, dt.time(10, 30)),
                place="Dermatology clinic",
            )
        )
        _on(sessions, lab_day).appointments.mark_done(draw.id, "")
        outcome = VISIT_OUTCOMES[n % len(VISIT_OUTCOMES)]
        _on(sessions, day).appointments.mark_done(visit.id, outcome)
        for analyte, unit, first, low, high in LAB_PANEL:
            value = round(first * (1 + 0.05 * n) * rng.uniform(0.95, 1.05))
            _on(sessions, lab_day).labs.add(
                LabResultDraft(
                    taken_on=lab_day,
                    analyte=analyte,
                    value=value,
                    unit=unit,
                    fasting=True,
                    range_low=low,
                    range_high=high,
                    flag="H" if high is not None and value > high else "",
                )
            )
    _on(sessions, today).appointments.add(
        AppointmentDraft(
            AppointmentKind.VISIT,
            dt.datetime.combine(today + dt.timedelta(days=3), dt.time(10, 30)),
            place="Dermatology clinic",
        )
    )

    days = (today - start).days
    offset = rng.randint(1, 4)
    while offset < days:
        day = start + dt.timedelta(days=offset)
        severities = {symptom: rng.choice((0, 0, 1, 1, 1, 2, 3)) for symptom in CHECK_IN}
        _on(sessions, day).side_effects.check_in(day, severities)
        offset += rng.randint(3, 5)
    flag_day = (visits[-1] if visits else start) + dt.timedelta(days=6)
    if flag_day < today:
        _on(sessions, flag_day).side_effects.report(
            flag_day, "severe-headache-vision", 2, "bad headache for two days, blurry at times"
        )

    for offset in range(6, days, 7):
        day = start + dt.timedelta(days=offset)
        phq2 = [rng.choice((0, 0, 1, 1, 2)), rng.choice((0, 0, 1, 2))]
        _on(sessions, day).mood.record(day, Instrument.PHQ2, phq2)
        if sum(phq2) >= 3:
            phq9 = [*phq2, *(rng.choice((0, 1, 1, 2)) for _ in range(6)), 0]
            _on(sessions, day).mood.record(day, Instrument.PHQ9, phq9)

    counts = (3, 40, 22, 6)
    for offset in range(0, days, 14):
        day = start + dt.timedelta(days=offset)
        left = 1 - offset / days
        grade, comedones, inflammatory, nodules = (round(c * left) for c in counts)
        _on(sessions, day).acne.add(AcneDraft(day, grade, comedones, inflammatory, nodules))

    for name, dose, began, stopped in (
        ("Doxycycline", "100 mg daily", -120, -30),
        ("Vitamin D", "1000 IU", 10, None),
        ("Cetirizine", "10 mg", 40, 70),
    ):
        _on(sessions, today).medicines.add(
            MedicineDraft(
                name,
                dose,
                start + dt.timedelta(days=began),
                None if stopped is None else start + dt.timedelta(days=stopped),
            )
        )

    asked = visits[-1] if visits else start
    for text, answer in QUESTIONS:
        added = max(start, asked - dt.timedelta(days=12))
        if not answer:  # still open: written since the last visit
            added = min(today, asked + dt.timedelta(days=rng.randint(5, 20)))
        question = _on(sessions, added).questions.add(text)
        if answer:
            at_visit = _on(sessions, asked).questions
            at_visit.mark_asked(question.id, asked)
            at_visit.record_answer(question.id, answer, asked)


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
