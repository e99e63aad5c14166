"""The kinds of record the ten-year stress data holds, one generator each.

A generator writes one course's records of its kind through the real services while that
course is the active one, and returns how many it wrote. `RECORD_KINDS` lists them in the
order they run; benchmarks/stress_data.py calls each for every course of the timeline.

Dose days, weights and appointments (~300 over ten years) are written through their
services. The reports between visits (side effects ~7,300, PHQ-2/PHQ-9 ~700, lab results
~850, acne assessments ~270, other medicines ~75, questions ~70 over ten years) are written
as rows, one transaction per kind and course: thousands of single-report transactions would
make the stress data take minutes, and the rows are what the pages and reports read.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tracker.db import models
from tracker.domain.appointments import AppointmentDraft, AppointmentKind
from tracker.domain.doselog import DoseStatus
from tracker.domain.mood import Instrument
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


# -- the reports between visits (revision 0003), written as rows --------------------------


def _course_id(services: Services) -> int:
    course = services.course.active_course()
    assert course is not None, "the record kinds run while their course is active"
    return course.id


def _stamp(day: dt.date) -> dt.datetime:
    """When a record of `day` was written: that evening (UTC, as the services store it)."""
    return dt.datetime.combine(day, dt.time(20, 0), tzinfo=dt.UTC)


# Common effects asked at each check-in, with how likely each is to be felt at all.
CHECK_IN_SYMPTOMS = (
    ("dry-lips", 0.95),
    ("dry-skin", 0.7),
    ("dry-eyes", 0.4),
    ("nosebleeds", 0.15),
    ("muscle-aches", 0.25),
    ("joint-pain", 0.15),
    ("back-pain", 0.1),
    ("headache", 0.2),
)
CHECK_IN_EVERY_DAYS = (3, 5)
# Red flags, rare: one now and then, marked discussed at a later visit.
RED_FLAGS = ("mood-changes", "severe-headache-vision", "depression")


def side_effects(services: Services, span: CourseSpan, rng: random.Random) -> int:
    """A check-in every 3 to 5 days of the course (each common effect 0..3, mostly mild),
    and about one red flag a course, discussed a few weeks later. Returns the reports."""
    course_id = _course_id(services)
    rows: list[models.SideEffect] = []
    day = span.first_day + dt.timedelta(days=rng.randint(1, 4))
    while day <= span.last_day:
        for symptom, chance in CHECK_IN_SYMPTOMS:
            felt = rng.random() < chance
            severity = rng.choice((1, 1, 1, 2, 2, 3)) if felt else 0
            rows.append(_side_effect(course_id, day, symptom, severity, red_flag=False))
        day += dt.timedelta(days=rng.randint(*CHECK_IN_EVERY_DAYS))
    if rng.random() < 0.8 and (span.last_day - span.first_day).days > 40:
        day = span.first_day + dt.timedelta(days=rng.randint(20, 40))
        flag = _side_effect(course_id, day, rng.choice(RED_FLAGS), 2, red_flag=True)
        if all((r.symptom, r.reported_on) != (flag.symptom, day) for r in rows):
            flag.discussed_on = min(day + dt.timedelta(days=rng.randint(3, 25)), span.until)
            flag.discussed_note = "talked it through at the visit"
            rows.append(flag)
    with services.sessions.begin() as session:
        session.add_all(rows)
    return len(rows)


def _side_effect(
    course_id: int, day: dt.date, symptom: str, severity: int, *, red_flag: bool
) -> models.SideEffect:
    return models.SideEffect(
        course_id=course_id,
        reported_on=day,
        symptom=symptom,
        severity=severity,
        note="",
        red_flag=red_flag,
        discussed_on=None,
        discussed_note="",
        created_at=_stamp(day),
        updated_at=_stamp(day),
    )


def mood_screens(services: Services, span: CourseSpan, rng: random.Random) -> int:
    """A PHQ-2 every week of the course; a PHQ-9 the same day when its total is 3 or more
    (item 9 always 0 here: the stress data holds no crisis). Returns the screens."""
    course_id = _course_id(services)
    rows: list[models.MoodScreen] = []
    day = span.first_day + dt.timedelta(days=6)
    while day <= span.last_day:
        phq2 = [rng.choice((0, 0, 0, 1, 1, 2)), rng.choice((0, 0, 1, 1, 2, 3))]
        rows.append(_screen(course_id, day, Instrument.PHQ2, phq2))
        if sum(phq2) >= 3:
            phq9 = [*phq2, *(rng.choice((0, 1, 1, 2)) for _ in range(6)), 0]
            rows.append(_screen(course_id, day, Instrument.PHQ9, phq9))
        day += dt.timedelta(days=7)
    with services.sessions.begin() as session:
        session.add_all(rows)
    return len(rows)


def _screen(
    course_id: int, day: dt.date, instrument: Instrument, answers: list[int]
) -> models.MoodScreen:
    return models.MoodScreen(
        course_id=course_id,
        taken_on=day,
        instrument=instrument,
        answers=",".join(str(answer) for answer in answers),
        score=sum(answers),
        discussed_on=None,
        discussed_note="",
        created_at=_stamp(day),
    )


# (analyte, unit, baseline range of values, the lab's range low..high) as a lab prints them.
LAB_PANEL = (
    ("triglycerides", "mg/dL", (70, 140), (0.0, 150.0)),
    ("total-cholesterol", "mg/dL", (150, 200), (0.0, 200.0)),
    ("ldl", "mg/dL", (80, 120), (0.0, 100.0)),
    ("hdl", "mg/dL", (45, 65), (40.0, None)),
    ("alt", "U/L", (12, 30), (7.0, 56.0)),
    ("ast", "U/L", (14, 28), (10.0, 40.0)),
)


def lab_results(services: Services, span: CourseSpan, rng: random.Random) -> int:
    """A fasting panel before the course and about monthly during it (the lipids rising a
    little over the course, the lab's range and flag as printed). Returns the results."""
    course_id = _course_id(services)
    base = {name: rng.uniform(*values) for name, _unit, values, _range in LAB_PANEL}
    rows: list[models.LabResult] = []
    day, draw = span.first_day - dt.timedelta(days=rng.randint(3, 10)), 0
    while day <= span.last_day:
        for name, unit, _values, (low, high) in LAB_PANEL:
            value = round(base[name] * (1 + 0.06 * draw) * rng.uniform(0.9, 1.1), 0)
            flag = "H" if high is not None and value > high else "L" if value < low else ""
            rows.append(
                models.LabResult(
                    course_id=course_id,
                    taken_on=day,
                    analyte=name,
                    value=value,
                    unit=unit,
                    fasting=True,
                    range_low=low,
                    range_high=high,
                    flag=flag,
                    note="",
                    created_at=_stamp(day),
                    updated_at=_stamp(day),
                )
            )
        draw += 1
        day += dt.timedelta(days=rng.randint(26, 34))
    with services.sessions.begin() as session:
        session.add_all(rows)
    return len(rows)


def acne_assessments(services: Services, span: CourseSpan, rng: random.Random) -> int:
    """The patient's own assessment every two weeks, the grade and the counts going down over
    the course. Returns the assessments."""
    course_id = _course_id(services)
    rows: list[models.AcneAssessment] = []
    days = (span.last_day - span.first_day).days or 1
    start = (rng.randint(3, 4), rng.randint(20, 60), rng.randint(10, 30), rng.randint(3, 10))
    day = span.first_day
    while day <= span.last_day:
        left = 1 - (day - span.first_day).days / days  # 1 at the start, 0 at the end
        grade, comedones, inflammatory, nodules = (
            max(0, round(count * left * rng.uniform(0.8, 1.1))) for count in start
        )
        rows.append(
            models.AcneAssessment(
                course_id=course_id,
                assessed_on=day,
                grade=min(4, grade),
                comedones=comedones,
                inflammatory=inflammatory,
                nodules=nodules,
                note="",
                created_at=_stamp(day),
                updated_at=_stamp(day),
            )
        )
        day += dt.timedelta(days=14)
    with services.sessions.begin() as session:
        session.add_all(rows)
    return len(rows)


# (name, dose, taken for how many days: None = to the course's end)
MEDICINES = (
    ("Doxycycline", "100 mg daily", 60),
    ("Vitamin D", "1000 IU", None),
    ("Ibuprofen", "200 mg when needed", 10),
    ("Cetirizine", "10 mg", 30),
    ("Lip balm with SPF", "", None),
)


def medicines(services: Services, span: CourseSpan, rng: random.Random) -> int:
    """Three or four other medicines a course: an antibiotic stopped before the course
    (the label singles tetracyclines out), a supplement, something taken for a while.
    Returns the medicines."""
    rows: list[models.Medicine] = []
    for name, dose, taken_days in rng.sample(MEDICINES, k=rng.randint(3, 4)):
        if name == "Doxycycline":
            started = span.first_day - dt.timedelta(days=90)
        else:
            started = span.first_day + dt.timedelta(days=rng.randint(0, 60))
        if taken_days is not None:
            stopped: dt.date | None = started + dt.timedelta(days=taken_days)
        else:  # taken to the course's end; still taken if the course is the active one
            ended = span.until < services.clock.today()
            stopped = max(started, span.last_day) if ended else None
        if stopped is not None and name == "Doxycycline":
            stopped = min(stopped, span.first_day - dt.timedelta(days=14))
        rows.append(
            models.Medicine(
                name=name,
                dose=dose,
                started_on=started,
                stopped_on=stopped if stopped is None or stopped <= span.until else None,
                note="",
                created_at=_stamp(started),
                updated_at=_stamp(started),
            )
        )
    with services.sessions.begin() as session:
        session.add_all(rows)
    return len(rows)


QUESTIONS = (
    ("Can I wax my eyebrows?", "Not during the course and for six months after."),
    ("Which lip balm should I use?", "Any plain one, often."),
    ("Is it fine to exercise?", "Yes; tell me about muscle pain."),
    ("When is the next blood test?", "Before the next visit."),
    ("Can I use sunscreen on my face?", "Yes, every day."),
)


def questions(services: Services, span: CourseSpan, rng: random.Random) -> int:
    """Three or four questions a course, each asked and answered at the visit after it was
    written (the last one of the active course may still be open). Returns the questions."""
    today = services.clock.today()
    rows: list[models.Question] = []
    for text, answer in rng.sample(QUESTIONS, k=rng.randint(3, 4)):
        added = span.first_day + dt.timedelta(days=rng.randint(0, 120))
        asked = added + dt.timedelta(days=rng.randint(5, 30))
        done = asked <= min(span.until, today)
        rows.append(
            models.Question(
                text=text,
                added_on=min(added, today),
                asked_on=asked if done else None,
                answer=answer if done else "",
                answered_on=asked if done else None,
                created_at=_stamp(added),
                updated_at=_stamp(added),
            )
        )
    with services.sessions.begin() as session:
        session.add_all(rows)
    return len(rows)


# (name, generator) in the order they run for each course. Later record kinds append here.
RECORD_KINDS: tuple[tuple[str, RecordKind], ...] = (
    ("dose days", dose_days),
    ("weights", weights),
    ("appointments", appointments),
    ("side effects", side_effects),
    ("mood screens", mood_screens),
    ("lab results", lab_results),
    ("acne assessments", acne_assessments),
    ("medicines", medicines),
    ("questions", questions),
)
