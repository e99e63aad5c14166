"""The visit summary as plain data (DOMAIN.md section 7): what falls in the period, counted
and worded once, for every renderer (print/PDF, JSON) to draw from.

`build_summary` is pure: it takes what `SummaryService.sources` read in one snapshot and
decides the period, what falls inside it and what came before it that the doctor must still
see. The figures and words come from the domain (`compute_progress`, `cumulative_series`,
the labs' and acne's change texts, the Regimen's wording of a period), never re-derived
here. Nothing here judges a value or gives advice (DOMAIN.md section 0).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from tracker.domain.acne import MEASURES, AcneAssessmentRecord, AcneChange
from tracker.domain.appointments import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    kind_name,
)
from tracker.domain.doselog import DayState
from tracker.domain.labs import (
    MG_DL,
    MMOL_L,
    LabResultRecord,
    by_analyte,
    change_from_baseline_text,
    convert,
    range_text,
)
from tracker.domain.medicines import QuestionRecord, current_and_past, open_first
from tracker.domain.mood import PHQ2_FOLLOW_UP_AT, MoodScreenRecord, offers_phq9
from tracker.domain.pregnancy import (
    TEST_KIND_NAMES,
    TEST_RESULT_NAMES,
    TEST_SETTING_NAMES,
    ContraceptionRole,
    PregnancyTestRecord,
)
from tracker.domain.products import find_product
from tracker.domain.progress import ONE_DAY, compute_progress, cumulative_series
from tracker.domain.regimen import DosePeriod, Regimen
from tracker.domain.safety import MOOD, SIDE_EFFECT, side_effect_title
from tracker.domain.side_effects import (
    SELF_HARM_ID,
    SideEffectReport,
    severity_name,
)
from tracker.reports.summary_model import (
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
    SummaryOptions,
    SymptomOverview,
    VisitLine,
    VisitSummary,
    WeightLine,
    disclaimer,
    document_title,
)
from tracker.services.records import DayRow
from tracker.services.summary_sources import PregnancySources, SummarySources, period_last_day
from tracker.words import Words

# The model's own words in English (the tests); a summary is built with the functions below,
# which say them in the language in use.
# Which weight mg/kg is counted with: the course's reference weight, as everywhere.
REFERENCE_WEIGHT = "reference weight"
# The header's pregnancy-prevention category, when it applies.
CAN_BECOME_PREGNANT = "Can become pregnant"
ROLE_NAMES = {
    ContraceptionRole.PRIMARY: "Primary method",
    ContraceptionRole.SECONDARY: "Secondary method",
}


class SummaryWords(Words):
    pass


def reference_weight_label() -> str:
    """REFERENCE_WEIGHT in the language in use."""
    return SummaryWords.tr("reference weight")


def can_become_pregnant() -> str:
    """CAN_BECOME_PREGNANT in the language in use."""
    return SummaryWords.tr("Can become pregnant")


def role_name(role: ContraceptionRole) -> str:
    """ROLE_NAMES[role] in the language in use."""
    if role is ContraceptionRole.PRIMARY:
        return SummaryWords.tr("Primary method")
    return SummaryWords.tr("Secondary method")


_TAKEN_STATES = frozenset({DayState.TAKEN, DayState.PARTIAL, DayState.OVER})


def resolve_period(
    options: SummaryOptions,
    today: dt.date,
    course_started_on: dt.date,
    course_ended_on: dt.date | None,
    appointments: Iterable[Appointment],
) -> Period:
    """The days the summary covers (CONTRACTS.md). COURSE: the course's first day to today
    (its last day once it has ended). CUSTOM: the dates given. SINCE_LAST_VISIT: from the
    day after the latest dermatology visit marked done, else from the course's first day,
    to the same last day as COURSE. A visit counts when it was before that last day (a
    visit on it would leave no day to cover: the one before it counts) and the period
    never starts before the course."""
    last = period_last_day(options, today, course_ended_on)
    if options.period is PeriodChoice.CUSTOM:
        assert options.custom_first is not None  # SummaryService.sources checked it
        return Period(options.custom_first, last, PeriodChoice.CUSTOM)
    if options.period is PeriodChoice.COURSE:
        return Period(course_started_on, last, PeriodChoice.COURSE)
    visit_before = _last_done_visit(appointments, last)
    if visit_before is None:
        return Period(course_started_on, last, PeriodChoice.SINCE_LAST_VISIT)
    visit = visit_before.starts_at.date()
    first = max(visit + ONE_DAY, course_started_on)
    return Period(first, last, PeriodChoice.SINCE_LAST_VISIT, after_visit_on=visit)


def _last_done_visit(appointments: Iterable[Appointment], last: dt.date) -> Appointment | None:
    """The latest dermatology visit marked done on a day before `last` (the latest by time
    on that day, so that its outcome is the day's last word)."""
    visits = [
        appointment
        for appointment in appointments
        if appointment.kind is AppointmentKind.VISIT
        and appointment.status is AppointmentStatus.DONE
        and appointment.starts_at.date() < last
    ]
    return max(visits, key=lambda a: (a.starts_at, a.id)) if visits else None


def build_summary(sources: SummarySources, options: SummaryOptions) -> VisitSummary:
    """The summary of `sources` (read by `SummaryService.sources(options)`) for `options`."""
    course = sources.course
    period = resolve_period(
        options, sources.today, course.started_on, course.ended_on, sources.appointments
    )
    if period.last != sources.as_of:
        raise ValueError("the sources were read for other options than these")
    sections = set(options.sections)
    if sources.pregnancy is None:
        sections.discard(Section.PREGNANCY)
    return VisitSummary(
        made_at=sources.made_at,
        period=period,
        sections=frozenset(sections),
        header=_header(sources, period),
        red_flags=_red_flags(sources, period),
        regimen=_regimen(sources.facts.regimen, period),
        doses=_doses(sources, period),
        cumulative=_cumulative(sources, period),
        labs=_labs(sources, period),
        pregnancy=_pregnancy(sources.pregnancy, period),
        side_effects=tuple(
            _side_effect_line(report, sources)
            for report in sources.side_effects
            if _inside(report.reported_on, period)
        ),
        mood=tuple(
            _mood_line(screen) for screen in sources.mood if _inside(screen.taken_on, period)
        ),
        acne=_acne(sources, period, options.include_photos),
        medicines=_medicines(sources, period),
        questions=_questions(sources, period),
        days=tuple(_day_line(row) for row in _course_days(sources.day_rows, period)),
        side_effect_overview=_side_effect_overview(sources, period),
        weights=_weights(sources, period),
        last_visit=_last_visit(sources, period),
        next_appointment=_next_appointment(sources),
        disclaimer=disclaimer(),
        title=document_title(),
    )


def _inside(day: dt.date, period: Period) -> bool:
    return period.first <= day <= period.last


def _course_days(rows: Sequence[DayRow], period: Period) -> list[DayRow]:
    """The course's days inside the period (`rows` hold none before the course or after
    the period's last day)."""
    return [row for row in rows if _inside(row.day, period)]


def _counted_as_of(sources: SummarySources, period: Period) -> dt.date:
    """The day the course's figures are counted up to: the period's last day, or the
    course's last day when it ended before."""
    ended = sources.course.ended_on
    return period.last if ended is None or period.last <= ended else ended


# -- header ----------------------------------------------------------------------------------


def _header(sources: SummarySources, period: Period) -> Header:
    course = sources.course
    product = find_product(course.product)
    course_day = (_counted_as_of(sources, period) - course.started_on).days + 1
    return Header(
        patient_name=sources.profile.name,
        date_of_birth=sources.profile.date_of_birth,
        product=course.product,
        strengths_mg=() if product is None else product.strengths_mg,
        prescriber=course.prescriber,
        course_started_on=course.started_on,
        course_ended_on=course.ended_on,
        course_day=course_day,
        course_week=(course_day - 1) // 7 + 1,
        planned_weeks=course.planned_weeks,
        pregnancy_category=None if sources.pregnancy is None else can_become_pregnant(),
    )


# -- red flags -------------------------------------------------------------------------------


def _red_flags(sources: SummarySources, period: Period) -> tuple[RedFlagLine, ...]:
    """Red flags felt in the period, those still open from before it (the doctor must see
    them), and the period's screens that the app follows up (a PHQ-2 of 3 or more, a PHQ-9
    with question 9 above 0): by day, the oldest first; the same day, side effects first."""
    before = {
        (alert.kind, alert.record_id) for alert in sources.open_alerts if alert.day < period.first
    }
    found: list[tuple[tuple[dt.date, bool, int], RedFlagLine]] = []
    for report in sources.side_effects:
        felt = report.red_flag and report.severity > 0
        if (felt and _inside(report.reported_on, period)) or (SIDE_EFFECT, report.id) in before:
            line = RedFlagLine(
                on=report.reported_on,
                title=side_effect_title(
                    _symptom_name(report.symptom, sources), severity_name(report.severity)
                ),
                note=report.note,
                discussed_on=report.discussed_on,
                self_harm=report.symptom == SELF_HARM_ID,
                kind=RED_FLAG_SIDE_EFFECT,
            )
            found.append(((report.reported_on, False, report.id), line))
    for screen in sources.mood:
        in_period = _inside(screen.taken_on, period)
        followed_up = screen.self_harm or offers_phq9(screen.instrument, screen.score)
        if (in_period and followed_up) or (MOOD, screen.id) in before:
            line = RedFlagLine(
                on=screen.taken_on,
                title=_screen_title(screen),
                note="",
                discussed_on=screen.discussed_on,
                self_harm=screen.self_harm,
                kind=RED_FLAG_PHQ9_QUESTION9 if screen.self_harm else RED_FLAG_PHQ2_POSITIVE,
            )
            found.append(((screen.taken_on, True, screen.id), line))
    return tuple(line for _, line in sorted(found, key=lambda pair: pair[0]))


def _screen_title(screen: MoodScreenRecord) -> str:
    """ "PHQ-9: answer above 0 to question 9 (score 14 of 27)", "PHQ-2: a total of 3 or
    more (score 4 of 6)": what was answered, never what it might mean."""
    if screen.self_harm:
        # PHQ9_ALERT_TITLE's words, whole: a translator sees the sentence.
        return SummaryWords.tr(
            "PHQ-9: answer above 0 to question 9 (score {score} of {most})"
        ).format(score=screen.score, most=screen.max_score)
    return SummaryWords.tr("{name}: a total of {at} or more (score {score} of {most})").format(
        name=screen.name, at=PHQ2_FOLLOW_UP_AT, score=screen.score, most=screen.max_score
    )


def _symptom_name(symptom_id: str, sources: SummarySources) -> str:
    # A report is never hidden because its name is missing: its id stands in.
    return sources.symptom_names.get(symptom_id, symptom_id)


# -- regimen and doses -----------------------------------------------------------------------


def _regimen(regimen: Regimen, period: Period) -> RegimenPart:
    periods = regimen.periods
    lines = {
        dose.starts_on: _regimen_line(
            dose, periods[index + 1] if index + 1 < len(periods) else None
        )
        for index, dose in enumerate(periods)
    }
    now = regimen.period_on(period.last)
    return RegimenPart(
        now=None if now is None else lines[now.starts_on],
        changes=tuple(line for day, line in lines.items() if _inside(day, period)),
    )


def _regimen_line(dose: DosePeriod, following: DosePeriod | None) -> RegimenLine:
    return RegimenLine(
        starts_on=dose.starts_on,
        ends_on=None if following is None else following.starts_on - ONE_DAY,
        description=dose.describe(),
    )


def _doses(sources: SummarySources, period: Period) -> DoseCounts:
    days = _course_days(sources.day_rows, period)
    states = [row.state for row in days]
    taken = [row for row in days if row.state in _TAKEN_STATES]
    food_matters = sources.course.food_matters
    answers = [row.entry.with_food for row in taken if row.entry is not None]
    return DoseCounts(
        days=len(days),
        # Every day a dose was taken, less or more than scheduled included, as the
        # course's own figures count them (Progress.days_taken).
        taken=len(taken),
        partial=states.count(DayState.PARTIAL),
        over=states.count(DayState.OVER),
        missed=states.count(DayState.MISSED),
        skipped=states.count(DayState.SKIPPED),
        unlogged=states.count(DayState.UNLOGGED),
        paused=states.count(DayState.PAUSE),
        food_matters=food_matters,
        with_food=answers.count(True) if food_matters else 0,
        without_food=answers.count(False) if food_matters else 0,
        food_not_recorded=answers.count(None) if food_matters else 0,
    )


def _day_line(row: DayRow) -> DayLine:
    entry = row.entry
    return DayLine(
        day=row.day,
        course_day=row.course_day,
        state=row.state.value,
        scheduled_mg=row.scheduled_mg,
        taken_mg=None if entry is None else entry.mg_taken,
        with_food=None if entry is None else entry.with_food,
        note="" if entry is None else entry.note,
    )


# -- cumulative ------------------------------------------------------------------------------


def _cumulative(sources: SummarySources, period: Period) -> Cumulative:
    facts = sources.facts
    as_of = _counted_as_of(sources, period)
    progress = compute_progress(facts, as_of)
    series = cumulative_series(
        facts.entries.values(), facts.started_on, as_of, facts.reference_weight_kg
    )
    # The running total at the end of the day before the period: 0 when the period starts
    # with the course or before it, everything when it starts after the course ended.
    before = min((period.first - facts.started_on).days - 1, len(series.mg) - 1)
    mg_before = series.mg[before] if before >= 0 else 0
    return Cumulative(
        as_of=as_of,
        cumulative_mg=progress.cumulative_mg,
        mg_per_kg=progress.mg_per_kg,
        weight_kg=progress.reference_weight_kg,
        weight_label=reference_weight_label(),
        target_mg_per_kg=progress.target_mg_per_kg,
        percent_of_target=progress.percent_of_target,
        projected_target_date=progress.projected_target_date,
        target_reached_on=progress.target_reached_on,
        mg_in_period=progress.cumulative_mg - mg_before,
        series=tuple(
            ChartPoint(day, value) for day, value in zip(series.days, series.mg_per_kg, strict=True)
        ),
        latest_weight_kg=progress.latest_weight_kg,
        mg_per_kg_latest_weight=progress.mg_per_kg_latest_weight,
    )


def _weights(sources: SummarySources, period: Period) -> tuple[WeightLine, ...]:
    """The weights logged inside the period, oldest first, after the latest one logged
    before it (what the period's first mg/kg was counted with)."""
    upto = sorted(
        (w for w in sources.facts.weights if w.measured_on <= period.last),
        key=lambda w: w.measured_on,
    )
    earlier = [w for w in upto if w.measured_on < period.first]
    chosen = earlier[-1:] + [w for w in upto if w.measured_on >= period.first]
    return tuple(WeightLine(w.measured_on, w.kg) for w in chosen)


# -- appointments ----------------------------------------------------------------------------


def _visit_line(appointment: Appointment) -> VisitLine:
    return VisitLine(
        starts_at=appointment.starts_at,
        kind=kind_name(appointment.kind),
        place=appointment.place,
        outcome=appointment.outcome,
    )


def _last_visit(sources: SummarySources, period: Period) -> VisitLine | None:
    """The dermatology visit the period starts after (SINCE_LAST_VISIT only), with what was
    decided there."""
    if period.after_visit_on is None:
        return None
    visit = _last_done_visit(sources.appointments, period.last)
    assert visit is not None  # resolve_period found it
    return _visit_line(visit)


def _next_appointment(sources: SummarySources) -> VisitLine | None:
    """The first appointment of any kind on a day after today that was not cancelled (the
    visit the summary is printed for, today, is not the next one)."""
    coming = [
        appointment
        for appointment in sources.appointments
        if appointment.starts_at.date() > sources.today
        and appointment.status is not AppointmentStatus.CANCELLED
    ]
    return _visit_line(min(coming, key=lambda a: (a.starts_at, a.id))) if coming else None


# -- labs ------------------------------------------------------------------------------------


def _labs(sources: SummarySources, period: Period) -> LabsPart:
    upto = [result for result in sources.labs if result.taken_on <= period.last]
    latest = [group[-1] for group in by_analyte(upto).values()]
    in_period = sorted(
        (result for result in upto if result.taken_on >= period.first),
        key=lambda result: (result.taken_on, result.test.name.casefold(), result.id),
    )
    return LabsPart(
        latest=tuple(_lab_line(result, sources) for result in latest),
        in_period=tuple(_lab_line(result, sources) for result in in_period),
    )


def _lab_line(result: LabResultRecord, sources: SummarySources) -> LabLine:
    """The result, its baseline and its value in mg/dL when reported in mmol/L. A unit that
    does not fit the test (old or imported data) leaves the change, the baseline and the
    conversion empty rather than stop the whole summary."""
    baseline = sources.lab_baselines.get(result.id)
    is_baseline = baseline is not None and baseline.id == result.id
    compared = None if is_baseline else baseline
    try:
        change = "" if is_baseline else change_from_baseline_text(baseline, result)
    except ValueError:  # a unit that does not fit the test: nothing to compare it with
        change, compared = "", None
    return LabLine(
        taken_on=result.taken_on,
        analyte=result.analyte,
        name=result.test.name,
        value=result.value,
        unit=result.unit,
        range_text=range_text(result.range_low, result.range_high, result.unit),
        flag=result.flag,
        fasting=result.fasting,
        change_text=change,
        note=result.note,
        baseline_value=None if compared is None else compared.value,
        baseline_unit="" if compared is None else compared.unit,
        baseline_on=None if compared is None else compared.taken_on,
        value_mg_dl=_in_mg_dl(result),
    )


def _in_mg_dl(result: LabResultRecord) -> float | None:
    """The value in mg/dL when it was reported in mmol/L for a test converted between the
    two (the lipids, glucose); None otherwise."""
    if result.unit != MMOL_L or result.test.mmol_per_mg_dl is None:
        return None
    return convert(result.value, result.test, MMOL_L, MG_DL)


# -- pregnancy -------------------------------------------------------------------------------


def _pregnancy(sources: PregnancySources | None, period: Period) -> PregnancyPart | None:
    if sources is None:
        return None
    upto = [test for test in sources.tests if test.taken_on <= period.last]
    return PregnancyPart(
        tests=tuple(_test_line(test) for test in upto if test.taken_on >= period.first),
        last_test=_test_line(upto[-1]) if upto else None,
        methods=tuple(
            ContraceptionLine(
                role=role_name(method.role),
                method=method.name,
                description=method.description,
                started_on=method.started_on,
            )
            for method in sources.methods
            if method.in_use_on(period.last)
        ),
        next_test_due=sources.schedule.next_test_due,
        pickup_window=sources.schedule.pickup_window,
    )


def _test_line(test: PregnancyTestRecord) -> PregnancyTestLine:
    return PregnancyTestLine(
        taken_on=test.taken_on,
        kind=TEST_KIND_NAMES[test.kind],
        setting=TEST_SETTING_NAMES[test.setting],
        result=TEST_RESULT_NAMES[test.result],
        note=test.note,
    )


# -- side effects, mood, acne ----------------------------------------------------------------


def _side_effect_line(report: SideEffectReport, sources: SummarySources) -> SideEffectLine:
    return SideEffectLine(
        reported_on=report.reported_on,
        symptom=_symptom_name(report.symptom, sources),
        severity=severity_name(report.severity),
        red_flag=report.red_flag,
        note=report.note,
    )


def _side_effect_overview(sources: SummarySources, period: Period) -> tuple[SymptomOverview, ...]:
    """Each symptom reported above "none" in the period: how many times, how bad at worst
    (and the first day it was that bad), and its newest report, "none" included, so the
    doctor sees when it eased. Red-flag symptoms first, then the worst first, then by
    name."""
    by_symptom: dict[str, list[SideEffectReport]] = {}
    for report in sources.side_effects:  # by day, oldest first
        if _inside(report.reported_on, period):
            by_symptom.setdefault(report.symptom, []).append(report)
    found: list[tuple[tuple[bool, int, str], SymptomOverview]] = []
    for symptom, reports in by_symptom.items():
        felt = [report for report in reports if report.severity > 0]
        if not felt:
            continue
        worst = max(report.severity for report in felt)
        latest = reports[-1]
        name = _symptom_name(symptom, sources)
        line = SymptomOverview(
            symptom=name,
            red_flag=latest.red_flag,
            times_reported=len(felt),
            worst=severity_name(worst),
            # The earliest day it was that bad: `felt` is oldest first.
            worst_on=next(report.reported_on for report in felt if report.severity == worst),
            latest=severity_name(latest.severity),
            latest_on=latest.reported_on,
        )
        found.append(((not line.red_flag, -worst, name.casefold()), line))
    found.sort(key=lambda entry: entry[0])
    return tuple(line for _, line in found)


def _mood_line(screen: MoodScreenRecord) -> MoodLine:
    return MoodLine(
        taken_on=screen.taken_on,
        instrument=screen.name,
        score=screen.score,
        max_score=screen.max_score,
        question9_above_zero=screen.self_harm,
    )


def _acne(sources: SummarySources, period: Period, include_photos: bool) -> AcnePart:
    upto = [record for record in sources.acne if record.assessed_on <= period.last]
    shown = [record for record in upto if record.assessed_on >= period.first] + upto[-1:]
    return AcnePart(
        latest=_acne_line(upto[-1], sources) if upto else None,
        in_period=tuple(
            _acne_line(record, sources) for record in upto if record.assessed_on >= period.first
        ),
        photos=tuple(
            PhotoLine(taken_on=photo.record.taken_on, path=photo.path, note=photo.record.note)
            for photo in sources.photos
            if include_photos and _inside(photo.record.taken_on, period)
        ),
        baseline_on=_baseline_on(
            [change for record in shown if (change := sources.acne_changes.get(record.id))]
        ),
    )


def _baseline_on(changes: Iterable[AcneChange]) -> dt.date | None:
    """The day of the baseline the shown changes count from (the earliest, in the rare case
    that measures' baselines are of different days); None when nothing shown has a change."""
    days = [
        base.assessed_on
        for change in changes
        for measure in MEASURES
        if (base := change.baseline(measure)) is not None and not change.is_baseline(measure)
    ]
    return min(days, default=None)


def _acne_line(record: AcneAssessmentRecord, sources: SummarySources) -> AcneLine:
    change = sources.acne_changes.get(record.id)
    reduction = None if change is None else change.nodule_reduction_percent
    return AcneLine(
        assessed_on=record.assessed_on,
        grade=record.grade,
        comedones=record.comedones,
        inflammatory=record.inflammatory,
        nodules=record.nodules,
        note=record.note,
        grade_change=None if change is None else change.grade,
        comedones_change=None if change is None else change.comedones,
        inflammatory_change=None if change is None else change.inflammatory,
        nodules_change=None if change is None else change.nodules,
        # The domain counts a fall as a reduction (10 -> 3 is 70.0); the line signs it as
        # the counts' changes are signed (-70.0).
        nodules_change_percent=None if reduction is None else 0.0 - reduction,
    )


# -- medicines and questions -----------------------------------------------------------------


def _medicines(sources: SummarySources, period: Period) -> tuple[MedicineLine, ...]:
    """In use on the period's last day (by name), then those stopped inside the period (the
    latest stop first)."""
    current, past = current_and_past(list(sources.medicines), period.last)
    chosen = [
        *(m for m in current if m.started_on is None or m.started_on <= period.last),
        *(m for m in past if m.stopped_on is not None and m.stopped_on >= period.first),
    ]
    return tuple(
        MedicineLine(
            name=m.name,
            dose=m.dose,
            started_on=m.started_on,
            stopped_on=m.stopped_on,
            label_note=m.label_note or "",
        )
        for m in chosen
    )


def _questions(sources: SummarySources, period: Period) -> tuple[QuestionLine, ...]:
    """Those written by the period's last day and open on it, the oldest first; then those
    answered inside the period, the latest answer first, as the questions page orders
    them. Each as it stood on the last day: a question answered (or asked) only after it,
    in a custom period in the past, shows as still open (or not yet asked)."""
    last = period.last
    as_of_last = [_as_of(q, last) for q in sources.questions if q.added_on <= last]
    return tuple(
        QuestionLine(
            text=q.text,
            added_on=q.added_on,
            asked_on=q.asked_on,
            answer=q.answer,
            answered_on=q.answered_on,
        )
        for q in open_first(as_of_last)
        if q.answered_on is None or q.answered_on >= period.first
    )


def _as_of(question: QuestionRecord, last: dt.date) -> QuestionRecord:
    """`question` as it stood at the end of `last`."""
    if question.answered_on is not None and question.answered_on > last:
        question = replace(question, answer="", answered_on=None)
    if question.asked_on is not None and question.asked_on > last:
        question = replace(question, asked_on=None)
    return question
