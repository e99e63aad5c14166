"""A made-up six-month course as a VisitSummary, every part filled, built by hand: the
printing tests need no store. `NASTY` (markup a patient might type) sits in several notes,
so every test shows it printed literally."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from tracker.domain.medicines import TETRACYCLINE_NOTE, VITAMIN_A_NOTE
from tracker.reports.summary_model import (
    ALL_SECTIONS,
    RED_FLAG_PHQ2_POSITIVE,
    RED_FLAG_PHQ9_QUESTION9,
    RED_FLAG_SIDE_EFFECT,
    AcneLine,
    AcnePart,
    ChartPoint,
    ContraceptionLine,
    Cumulative,
    DayLine,
    DoseCounts,
    Header,
    LabLine,
    LabsPart,
    MedicineLine,
    MoodLine,
    Period,
    PeriodChoice,
    PhotoLine,
    PregnancyPart,
    PregnancyTestLine,
    QuestionLine,
    RedFlagLine,
    RegimenLine,
    RegimenPart,
    Section,
    SideEffectLine,
    SymptomOverview,
    VisitLine,
    VisitSummary,
    WeightLine,
)

NASTY = "<b>x</b> & <script>"
# The same length as NASTY and nothing to escape: the layout must not tell them apart.
PLAIN = "abcdefgh i jklmnopq"  # its spaces where NASTY has them
assert len(NASTY) == len(PLAIN)

NAME = "Alex Example"
COURSE_START = dt.date(2026, 6, 1)
FIRST = dt.date(2026, 10, 1)
LAST = dt.date(2026, 11, 28)
WEIGHT = 70.0
LATEST_WEIGHT = 72.5
PERIOD_TEXT = "Thu 1 Oct 2026 \u2013 Sat 28 Nov 2026"


def _mg_on(day: dt.date) -> int:
    return 40 if day < dt.date(2026, 7, 1) else 60


def _state(index: int) -> str:
    if index % 23 == 5:
        return "missed"
    if index % 31 == 7:
        return "skipped"
    if index % 29 == 3:
        return "partial"
    if index % 37 == 11:
        return "unlogged"
    return "taken"


def _days(note: str, first: dt.date) -> tuple[DayLine, ...]:
    lines = []
    day = first
    while day <= LAST:
        index = (day - COURSE_START).days
        state = _state(index)
        scheduled = _mg_on(day)
        taken = {"taken": scheduled, "partial": scheduled // 2}.get(state)
        lines.append(
            DayLine(
                day=day,
                course_day=index + 1,
                state=state,
                scheduled_mg=scheduled,
                taken_mg=taken,
                with_food=None if taken is None else index % 9 != 0,
                note=note if index % 10 == 0 else "",
            )
        )
        day += dt.timedelta(days=1)
    return tuple(lines)


def _series() -> tuple[ChartPoint, ...]:
    points, total = [], 0.0
    day = COURSE_START
    while day <= LAST:
        if _state((day - COURSE_START).days) == "taken":
            total += _mg_on(day)
        points.append(ChartPoint(day, round(total / WEIGHT, 3)))
        day += dt.timedelta(days=1)
    return tuple(points)


def _lab(
    day: dt.date,
    analyte: str,
    name: str,
    value: float,
    unit: str,
    rng: str,
    flag: str,
    change: str,
    note: str = "",
    baseline: float | None = None,
) -> LabLine:
    return LabLine(
        day,
        analyte,
        name,
        value,
        unit,
        rng,
        flag,
        True,
        change,
        note,
        baseline_value=baseline,
        baseline_unit=unit if baseline is not None else "",
        baseline_on=BASELINE_LABS if baseline is not None else None,
    )


BASELINE_LABS = dt.date(2026, 5, 20)


def summary(
    note: str = NASTY,
    *,
    sections: frozenset[Section] = ALL_SECTIONS,
    photos: tuple[Path, ...] = (),
    name: str = NAME,
    days_from: dt.date = FIRST,
) -> VisitSummary:
    """The full sample; `note` goes into every note and a question."""
    series = _series()
    labs_latest = (
        _lab(
            dt.date(2026, 11, 2),
            "alt",
            "ALT",
            31,
            "U/L",
            "7-56",
            "",
            "+9 U/L",
            note,
            baseline=22,
        ),
        _lab(dt.date(2026, 11, 2), "ast", "AST", 28, "U/L", "10-40", "", "+4 U/L"),
        _lab(
            dt.date(2026, 11, 2),
            "cholesterol",
            "Total cholesterol",
            212,
            "mg/dL",
            "< 200",
            "H",
            "+38 mg/dL",
            baseline=174,
        ),
        _lab(
            dt.date(2026, 11, 2),
            "hdl",
            "HDL cholesterol",
            52,
            "mg/dL",
            "> 40",
            "",
            "-3 mg/dL",
        ),
        _lab(
            dt.date(2026, 11, 2),
            "ldl",
            "LDL cholesterol",
            131,
            "mg/dL",
            "< 130",
            "H",
            "+22 mg/dL",
        ),
        _lab(
            dt.date(2026, 11, 2),
            "triglycerides",
            "Triglycerides",
            2.12,
            "mmol/L",
            "< 1.7",
            "H",
            "+0.80 mmol/L (+71 mg/dL)",
            baseline=1.32,
        ),
    )
    labs_latest = (
        *labs_latest[:-1],
        dataclasses.replace(labs_latest[-1], value_mg_dl=187.8),
    )
    earlier = tuple(
        dataclasses.replace(
            line,
            taken_on=dt.date(2026, 10, 5),
            value=round(line.value * 0.95, 1 if line.value > 10 else 2),
            note="",
            value_mg_dl=None if line.value_mg_dl is None else round(line.value_mg_dl * 0.95, 1),
        )
        for line in labs_latest
    )
    return VisitSummary(
        made_at=dt.datetime(2026, 11, 28, 9, 30),
        period=Period(
            days_from,
            LAST,
            PeriodChoice.SINCE_LAST_VISIT,
            after_visit_on=days_from - dt.timedelta(days=1),
        ),
        sections=sections,
        header=Header(
            patient_name=name,
            date_of_birth=dt.date(2004, 3, 9),
            product="Claravis",
            strengths_mg=(10, 20, 30, 40),
            prescriber=f"Dr Jordan Reyes {note}",
            course_started_on=COURSE_START,
            course_ended_on=None,
            course_day=(LAST - COURSE_START).days + 1,
            course_week=(LAST - COURSE_START).days // 7 + 1,
            planned_weeks=30,
            pregnancy_category="Can become pregnant",
        ),
        red_flags=(
            RedFlagLine(
                dt.date(2026, 10, 12),
                "Bad headache, severe",
                note,
                dt.date(2026, 10, 14),
                False,
                RED_FLAG_SIDE_EFFECT,
            ),
            RedFlagLine(
                dt.date(2026, 10, 29),
                "PHQ-2: a total of 3 or more (score 3 of 6)",
                "",
                None,
                False,
                RED_FLAG_PHQ2_POSITIVE,
            ),
            RedFlagLine(
                dt.date(2026, 11, 3),
                "Thoughts of self-harm, moderate",
                note,
                None,
                True,
                RED_FLAG_SIDE_EFFECT,
            ),
            RedFlagLine(
                dt.date(2026, 11, 20),
                "PHQ-9: answer above 0 to question 9 (score 12 of 27)",
                "",
                None,
                True,
                RED_FLAG_PHQ9_QUESTION9,
            ),
        ),
        regimen=RegimenPart(
            now=RegimenLine(dt.date(2026, 7, 1), None, "60 mg every day"),
            changes=(
                RegimenLine(dt.date(2026, 10, 20), dt.date(2026, 10, 26), "Pause (0 mg)"),
                RegimenLine(dt.date(2026, 10, 27), None, "60 mg every day"),
            ),
        ),
        doses=DoseCounts(
            days=59,
            taken=50,
            partial=2,
            over=1,
            missed=3,
            skipped=1,
            unlogged=2,
            paused=0,
            food_matters=True,
            with_food=44,
            without_food=5,
            food_not_recorded=4,
        ),
        cumulative=dataclasses.replace(
            _CUMULATIVE,
            series=series,
            mg_per_kg=series[-1].mg_per_kg,
            cumulative_mg=round(series[-1].mg_per_kg * WEIGHT),
            percent_of_target=series[-1].mg_per_kg / 150.0 * 100,
            latest_weight_kg=LATEST_WEIGHT,
            mg_per_kg_latest_weight=round(series[-1].mg_per_kg * WEIGHT / LATEST_WEIGHT, 3),
        ),
        weights=(
            WeightLine(dt.date(2026, 9, 12), 70.0),
            WeightLine(dt.date(2026, 10, 20), 71.5),
            WeightLine(dt.date(2026, 11, 21), LATEST_WEIGHT),
        ),
        last_visit=VisitLine(
            dt.datetime(2026, 9, 30, 10, 0),
            "Dermatology visit",
            "Skin clinic",
            f"Stay on 60 mg; recheck lipids. {note}",
        ),
        next_appointment=VisitLine(
            dt.datetime(2026, 12, 1, 9, 15), "Dermatology visit", f"Skin clinic {note}", ""
        ),
        labs=LabsPart(latest=labs_latest, in_period=earlier + labs_latest),
        pregnancy=PregnancyPart(
            tests=(
                PregnancyTestLine(dt.date(2026, 10, 2), "Monthly test", "Lab", "Negative", note),
                PregnancyTestLine(dt.date(2026, 11, 2), "Monthly test", "Office", "Negative", ""),
            ),
            last_test=PregnancyTestLine(
                dt.date(2026, 11, 2), "Monthly test", "Office", "Negative", ""
            ),
            methods=(
                ContraceptionLine("Primary method", "Hormonal IUD", note, dt.date(2026, 4, 1)),
                ContraceptionLine("Secondary method", "Condoms", "", dt.date(2026, 4, 1)),
            ),
            next_test_due=dt.date(2026, 12, 2),
            pickup_window=(dt.date(2026, 11, 2), dt.date(2026, 11, 8)),
        ),
        side_effects=(
            SideEffectLine(dt.date(2026, 10, 3), "Dry lips", "moderate", False, note),
            SideEffectLine(dt.date(2026, 10, 12), "Bad headache", "severe", True, note),
            SideEffectLine(dt.date(2026, 10, 18), "Nosebleeds", "mild", False, ""),
            SideEffectLine(dt.date(2026, 11, 3), "Thoughts of self-harm", "moderate", True, note),
            SideEffectLine(dt.date(2026, 11, 9), "Joint aches", "mild", False, ""),
            SideEffectLine(dt.date(2026, 11, 10), "Dry lips", "none", False, ""),
            SideEffectLine(dt.date(2026, 11, 11), "Trouble with contact lenses", "none", False, ""),
        ),
        side_effect_overview=(
            SymptomOverview(
                "Bad headache",
                True,
                1,
                "severe",
                dt.date(2026, 10, 12),
                "severe",
                dt.date(2026, 10, 12),
            ),
            SymptomOverview(
                "Thoughts of self-harm",
                True,
                1,
                "moderate",
                dt.date(2026, 11, 3),
                "moderate",
                dt.date(2026, 11, 3),
            ),
            SymptomOverview(
                "Dry lips",
                False,
                1,
                "moderate",
                dt.date(2026, 10, 3),
                "none",
                dt.date(2026, 11, 10),
            ),
            SymptomOverview(
                "Joint aches",
                False,
                1,
                "mild",
                dt.date(2026, 11, 9),
                "mild",
                dt.date(2026, 11, 9),
            ),
            SymptomOverview(
                "Nosebleeds",
                False,
                1,
                "mild",
                dt.date(2026, 10, 18),
                "mild",
                dt.date(2026, 10, 18),
            ),
        ),
        mood=(
            MoodLine(dt.date(2026, 10, 1), "PHQ-2", 1, 6, False),
            MoodLine(dt.date(2026, 10, 29), "PHQ-2", 3, 6, False),
            MoodLine(dt.date(2026, 11, 20), "PHQ-9", 12, 27, True),
        ),
        acne=AcnePart(
            latest=_latest_acne(note),
            in_period=(
                AcneLine(dt.date(2026, 10, 15), 3, 20, 9, 2, "", 0, -10, -6, -3, -60.0),
                _latest_acne(note),
            ),
            baseline_on=COURSE_START,
            photos=tuple(
                PhotoLine(dt.date(2026, 11, 15), path, note if i == 0 else "")
                for i, path in enumerate(photos)
            ),
        ),
        medicines=(
            MedicineLine(
                "Vitamin A 10,000 IU",
                "1 a day",
                dt.date(2026, 9, 1),
                None,
                VITAMIN_A_NOTE,
            ),
            MedicineLine(f"Moisturiser {note}", "twice a day", None, None, ""),
            MedicineLine(
                "Doxycycline",
                "100 mg",
                dt.date(2026, 5, 1),
                dt.date(2026, 10, 3),
                TETRACYCLINE_NOTE,
            ),
            MedicineLine(
                "Minocycline",
                "50 mg",
                dt.date(2026, 11, 1),
                dt.date(2026, 12, 1),
                TETRACYCLINE_NOTE,
            ),
        ),
        questions=(
            QuestionLine(
                f"Can I have laser hair removal in spring? {note}",
                dt.date(2026, 11, 1),
                None,
                "",
                None,
            ),
            QuestionLine(
                "My lips crack every morning; is there a better balm?",
                dt.date(2026, 11, 10),
                None,
                "",
                None,
            ),
            QuestionLine("When is the next blood test?", dt.date(2026, 11, 12), None, "", None),
            QuestionLine(
                "Is the headache related?",
                dt.date(2026, 10, 13),
                dt.date(2026, 10, 14),
                f"Doctor said to keep a diary. {note}",
                dt.date(2026, 10, 14),
            ),
        ),
        days=_days(note, days_from),
    )


def _latest_acne(note: str) -> AcneLine:
    # Baseline on COURSE_START: grade 3, 30 comedones, 15 papules and pustules, 5 nodules.
    return AcneLine(dt.date(2026, 11, 15), 2, 14, 6, 1, note, -1, -16, -9, -4, -80.0)


_CUMULATIVE = Cumulative(
    as_of=LAST,
    cumulative_mg=0,
    mg_per_kg=0.0,
    weight_kg=WEIGHT,
    weight_label="reference weight",
    target_mg_per_kg=150.0,
    percent_of_target=0.0,
    projected_target_date=dt.date(2026, 12, 27),
    target_reached_on=None,
    mg_in_period=3120,
    series=(),
)
