"""build_summary over a real store: the period, what falls in it, and every field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from pathlib import Path

import pytest

from tests.conftest import COURSE_START, TODAY
from tracker import words
from tracker.domain.acne import AcneDraft
from tracker.domain.appointments import (
    Appointment,
    AppointmentDraft,
    AppointmentKind,
    AppointmentStatus,
)
from tracker.domain.doselog import DoseStatus
from tracker.domain.labs import LabResultDraft
from tracker.domain.medicines import VITAMIN_A_NOTE, MedicineDraft
from tracker.domain.mood import Instrument
from tracker.domain.pregnancy import (
    ContraceptionRole,
    TestDraft,
    TestKind,
    TestResult,
    TestSetting,
)
from tracker.domain.regimen import alternating_period, daily_period
from tracker.reports.summary import (
    CAN_BECOME_PREGNANT,
    REFERENCE_WEIGHT,
    build_summary,
    resolve_period,
)
from tracker.reports.summary_model import (
    ALL_SECTIONS,
    DISCLAIMER,
    DOCUMENT_TITLE,
    RED_FLAG_PHQ2_POSITIVE,
    RED_FLAG_PHQ9_QUESTION9,
    RED_FLAG_SIDE_EFFECT,
    AcneLine,
    ChartPoint,
    DayLine,
    LabLine,
    MedicineLine,
    MoodLine,
    Period,
    PeriodChoice,
    PhotoLine,
    PregnancyTestLine,
    QuestionLine,
    RedFlagLine,
    RegimenLine,
    Section,
    SideEffectLine,
    SummaryOptions,
    SymptomOverview,
    VisitLine,
    WeightLine,
)
from tracker.services.records import ProfileInfo

D = dt.date
DAY = dt.timedelta(days=1)
VISIT_DAY = D(2026, 11, 1)  # the period since it: 2 Nov to 28 Nov (TODAY)
FIRST = VISIT_DAY + DAY
SINCE_VISIT = SummaryOptions()
WHOLE_COURSE = SummaryOptions(period=PeriodChoice.COURSE)


def custom(first: dt.date, last: dt.date, **kwargs: object) -> SummaryOptions:
    return SummaryOptions(
        period=PeriodChoice.CUSTOM,
        custom_first=first,
        custom_last=last,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def summarise(services):
    def make(options: SummaryOptions = SINCE_VISIT):
        return build_summary(services.summary.sources(options), options)

    return make


@pytest.fixture
def visit(services):
    """Factory: a dermatology visit (or another kind) at 10:00, marked done unless told."""

    def add(
        day: dt.date,
        kind: AppointmentKind = AppointmentKind.VISIT,
        done: bool = True,
    ) -> Appointment:
        added = services.appointments.add(
            AppointmentDraft(kind, dt.datetime.combine(day, dt.time(10)))
        )
        if done:
            services.appointments.mark_done(added.id)
        return added

    return add


@pytest.fixture
def course(start_course):
    return start_course()


def appointment(day: dt.date, kind=AppointmentKind.VISIT, status=AppointmentStatus.DONE):
    return Appointment(
        id=99,
        course_id=None,
        kind=kind,
        starts_at=dt.datetime.combine(day, dt.time(9)),
        title="",
        place="",
        note="",
        outcome="",
        status=status,
    )


# -- the period ------------------------------------------------------------------------------


def test_since_last_visit_without_a_visit_is_the_whole_course(course, summarise) -> None:
    period = summarise().period
    assert period == Period(COURSE_START, TODAY, PeriodChoice.SINCE_LAST_VISIT, None)
    assert period.days == 59


def test_since_last_visit_starts_the_day_after_the_latest_done_visit(course, visit, summarise):
    visit(D(2026, 10, 20))
    visit(VISIT_DAY)
    assert summarise().period == Period(FIRST, TODAY, PeriodChoice.SINCE_LAST_VISIT, VISIT_DAY)


def test_visits_not_done_or_not_dermatology_are_ignored(services, course, visit, summarise):
    visit(D(2026, 10, 20))
    visit(D(2026, 11, 5), done=False)
    visit(D(2026, 11, 6), kind=AppointmentKind.LAB)
    visit(D(2026, 11, 7), kind=AppointmentKind.OTHER)
    services.appointments.cancel(visit(D(2026, 11, 8), done=False).id)
    assert summarise().period.after_visit_on == D(2026, 10, 20)


def test_a_visit_yesterday_leaves_today_and_one_today_counts_the_one_before() -> None:
    options = SINCE_VISIT
    yesterday = resolve_period(options, TODAY, COURSE_START, None, [appointment(TODAY - DAY)])
    assert (yesterday.first, yesterday.last, yesterday.after_visit_on) == (
        TODAY,
        TODAY,
        TODAY - DAY,
    )
    visits = [appointment(D(2026, 11, 3)), appointment(TODAY)]
    today = resolve_period(options, TODAY, COURSE_START, None, visits)
    assert (today.first, today.after_visit_on) == (D(2026, 11, 4), D(2026, 11, 3))


def test_a_done_visit_after_today_is_ignored() -> None:
    visits = [appointment(D(2026, 11, 3)), appointment(TODAY + DAY)]
    period = resolve_period(SINCE_VISIT, TODAY, COURSE_START, None, visits)
    assert period == Period(D(2026, 11, 4), TODAY, PeriodChoice.SINCE_LAST_VISIT, D(2026, 11, 3))


def test_only_a_done_dermatology_visit_counts() -> None:
    for kind, status in [
        (AppointmentKind.VISIT, AppointmentStatus.PLANNED),
        (AppointmentKind.VISIT, AppointmentStatus.TENTATIVE),
        (AppointmentKind.VISIT, AppointmentStatus.CANCELLED),
        (AppointmentKind.LAB, AppointmentStatus.DONE),
        (AppointmentKind.PREGNANCY_TEST, AppointmentStatus.DONE),
    ]:
        found = resolve_period(
            SINCE_VISIT, TODAY, COURSE_START, None, [appointment(D(2026, 11, 3), kind, status)]
        )
        assert (found.first, found.after_visit_on) == (COURSE_START, None)


def test_a_visit_before_the_course_starts_the_period_with_the_course() -> None:
    before = COURSE_START - 10 * DAY
    period = resolve_period(SINCE_VISIT, TODAY, COURSE_START, None, [appointment(before)])
    assert period == Period(COURSE_START, TODAY, PeriodChoice.SINCE_LAST_VISIT, before)
    on_eve = resolve_period(
        SINCE_VISIT, TODAY, COURSE_START, None, [appointment(COURSE_START - DAY)]
    )
    assert on_eve.first == COURSE_START
    on_start = resolve_period(SINCE_VISIT, TODAY, COURSE_START, None, [appointment(COURSE_START)])
    assert on_start.first == COURSE_START + DAY


def test_an_ended_course_ends_the_period_on_its_last_day() -> None:
    ended = D(2026, 11, 20)
    visits = [appointment(D(2026, 11, 10)), appointment(ended)]  # on the last day: too late
    since = resolve_period(SINCE_VISIT, TODAY, COURSE_START, ended, visits)
    assert since == Period(D(2026, 11, 11), ended, PeriodChoice.SINCE_LAST_VISIT, D(2026, 11, 10))
    whole = resolve_period(WHOLE_COURSE, TODAY, COURSE_START, ended, visits)
    assert whole == Period(COURSE_START, ended, PeriodChoice.COURSE)
    # Ending today: today is the last day either way.
    assert resolve_period(WHOLE_COURSE, TODAY, COURSE_START, TODAY, []).last == TODAY


def test_the_whole_course_and_custom_dates(course, visit, summarise) -> None:
    visit(VISIT_DAY)
    assert summarise(WHOLE_COURSE).period == Period(COURSE_START, TODAY, PeriodChoice.COURSE)
    options = custom(D(2026, 9, 20), D(2026, 10, 10))
    assert summarise(options).period == Period(D(2026, 9, 20), D(2026, 10, 10), PeriodChoice.CUSTOM)


def test_sources_read_for_other_options_are_refused(services, course) -> None:
    sources = services.summary.sources(SINCE_VISIT)
    with pytest.raises(ValueError) as caught:
        build_summary(sources, custom(COURSE_START, D(2026, 11, 1)))
    assert str(caught.value) == "the sources were read for other options than these"


# -- sections, header ------------------------------------------------------------------------


def test_sections_drop_pregnancy_when_it_does_not_apply(services, course, summarise) -> None:
    assert summarise().sections == ALL_SECTIONS - {Section.PREGNANCY}
    chosen = frozenset({Section.LABS, Section.PREGNANCY})
    assert summarise(SummaryOptions(sections=chosen)).sections == {Section.LABS}
    services.course.save_profile(ProfileInfo("Ann", None, True))
    assert summarise().sections == ALL_SECTIONS
    assert summarise(SummaryOptions(sections=chosen)).sections == chosen
    none = SummaryOptions(sections=frozenset())
    assert summarise(none).sections == frozenset()


def test_header(services, start_course, summarise) -> None:
    services.course.save_profile(ProfileInfo("Ann <b>Lee</b>", D(2001, 2, 3), False))
    start_course(product="Absorica", prescriber="Dr. Wu & co", planned_weeks=24)
    header = summarise().header
    assert header.patient_name == "Ann <b>Lee</b>"
    assert header.date_of_birth == D(2001, 2, 3)
    assert header.product == "Absorica"
    assert header.strengths_mg == (10, 20, 25, 30, 35, 40)
    assert header.prescriber == "Dr. Wu & co"
    assert header.course_started_on == COURSE_START
    assert header.course_ended_on is None
    assert header.course_day == 59
    assert header.course_week == 9
    assert header.planned_weeks == 24
    assert header.pregnancy_category is None


def test_header_without_a_profile_and_with_a_product_not_in_the_catalogue(
    start_course, summarise
) -> None:
    start_course(product="Isotretinoina Teva")
    header = summarise().header
    assert (header.patient_name, header.date_of_birth) == ("", None)
    assert header.strengths_mg == ()


@pytest.mark.parametrize(
    ("last", "day", "week"),
    [
        (COURSE_START, 1, 1),
        (D(2026, 10, 7), 7, 1),
        (D(2026, 10, 8), 8, 2),
        (D(2026, 10, 15), 15, 3),
    ],
)
def test_course_day_and_week_on_the_last_day(course, summarise, last, day, week) -> None:
    header = summarise(custom(COURSE_START, last)).header
    assert (header.course_day, header.course_week) == (day, week)


def test_an_ended_course(services, course, log_day, summarise) -> None:
    ended = D(2026, 11, 20)
    log_day(ended)
    services.course.end_course(ended)
    summary = summarise()
    assert summary.period.last == ended
    assert summary.header.course_ended_on == ended
    assert summary.header.course_day == 51
    assert summary.cumulative.as_of == ended
    assert summary.days[-1].day == ended
    # A custom period running past the end counts the figures to the last day.
    later = summarise(custom(D(2026, 11, 1), TODAY))
    assert later.period.last == TODAY
    assert later.cumulative.as_of == ended
    assert later.header.course_day == 51
    assert later.days[-1].day == ended
    assert later.doses.days == 20


def test_pregnancy_category_when_it_applies(services, course, summarise) -> None:
    services.course.save_profile(ProfileInfo("", None, True))
    summary = summarise()
    assert summary.header.pregnancy_category == CAN_BECOME_PREGNANT == "Can become pregnant"
    assert summary.pregnancy is not None


# The window's language as the Spanish catalog (translations/es/reports.ts) says these.
SPANISH: dict[str, dict[str, str | list[str]]] = {
    "SummaryModelWords": {
        DISCLAIMER: (
            "Esta aplicación no sustituye el consejo médico. Siga las indicaciones de su médico"
            " y la Guía del medicamento. Registrar una prueba aquí no la envía a iPLEDGE. Datos"
            " introducidos por el paciente; no verificados."
        ),
        DOCUMENT_TITLE: "Resumen de isotretinoína para la consulta",
    },
    "SummaryWords": {
        "reference weight": "peso de referencia",
        "Can become pregnant": "Puede quedarse embarazada",
    },
}


def test_the_summary_words_are_in_the_language_in_use(services, course, summarise) -> None:
    """The disclaimer, the title and the summary's own words are said in the window's
    language, not left in the model's English defaults."""
    services.course.save_profile(ProfileInfo("", None, True))
    words.install(words.from_table(SPANISH))
    try:
        summary = summarise()
    finally:
        words.reset()
    assert summary.disclaimer == SPANISH["SummaryModelWords"][DISCLAIMER]
    assert summary.title == "Resumen de isotretinoína para la consulta"
    assert summary.cumulative.weight_label == "peso de referencia"
    assert summary.header.pregnancy_category == "Puede quedarse embarazada"


# -- doses -----------------------------------------------------------------------------------


def test_dose_counts_cover_the_course_days_inside_the_period(
    course, visit, log_day, summarise
) -> None:
    visit(VISIT_DAY)
    log_day(VISIT_DAY)  # the visit's day: before the period
    log_day(FIRST, with_food=True)
    log_day(D(2026, 11, 3), with_food=False)
    log_day(D(2026, 11, 4), mg_taken=20)  # partial, food not recorded
    log_day(D(2026, 11, 5), mg_taken=60, with_food=True)  # over
    log_day(D(2026, 11, 6), DoseStatus.MISSED)
    log_day(D(2026, 11, 7), DoseStatus.MISSED)
    log_day(D(2026, 11, 8), DoseStatus.SKIPPED)
    log_day(TODAY, with_food=True)  # the last day
    doses = summarise().doses
    assert doses.days == 27
    assert doses.taken == 5
    assert doses.partial == 1
    assert doses.over == 1
    assert doses.missed == 2
    assert doses.skipped == 1
    assert doses.unlogged == 19
    assert doses.paused == 0
    assert doses.food_matters is True
    assert (doses.with_food, doses.without_food, doses.food_not_recorded) == (3, 1, 1)
    assert doses.with_food_rate == 0.75


def test_days_before_the_course_are_not_counted(course, log_day, summarise) -> None:
    log_day(COURSE_START)
    doses = summarise(custom(COURSE_START - 5 * DAY, COURSE_START + DAY)).doses
    assert (doses.days, doses.taken, doses.unlogged) == (2, 1, 1)
    days = summarise(custom(COURSE_START - 5 * DAY, COURSE_START + DAY)).days
    assert [line.day for line in days] == [COURSE_START, COURSE_START + DAY]


def test_paused_days(services, course, summarise) -> None:
    services.course.set_dose_period(daily_period(D(2026, 11, 20), 0))
    doses = summarise(custom(D(2026, 11, 19), D(2026, 11, 22))).doses
    assert (doses.days, doses.unlogged, doses.paused) == (4, 1, 3)


def test_food_is_not_counted_when_it_does_not_matter(start_course, log_day, summarise) -> None:
    start_course(product="Absorica")
    log_day(FIRST, with_food=True)
    log_day(D(2026, 11, 3), with_food=False)
    log_day(D(2026, 11, 4))
    doses = summarise().doses
    assert doses.food_matters is False
    assert (doses.with_food, doses.without_food, doses.food_not_recorded) == (0, 0, 0)
    assert doses.taken == 3


def test_food_answers_count_only_days_taken(course, log_day, summarise) -> None:
    log_day(FIRST, DoseStatus.MISSED)
    log_day(D(2026, 11, 3), with_food=False)
    doses = summarise().doses
    assert (doses.with_food, doses.without_food, doses.food_not_recorded) == (0, 1, 0)


def test_the_day_table(course, visit, log_day, summarise) -> None:
    visit(D(2026, 11, 25))
    log_day(D(2026, 11, 26), mg_taken=30, with_food=True, note="<b>x</b> & <script>")
    log_day(D(2026, 11, 27), DoseStatus.MISSED)
    assert summarise().days == (
        DayLine(D(2026, 11, 26), 57, "partial", 40, 30, True, "<b>x</b> & <script>"),
        DayLine(D(2026, 11, 27), 58, "missed", 40, None, None, ""),
        DayLine(TODAY, 59, "unlogged", 40, None, None, ""),
    )


# -- regimen ---------------------------------------------------------------------------------


def test_regimen_now_and_its_changes_in_the_period(services, course, visit, summarise) -> None:
    services.course.set_dose_period(daily_period(D(2026, 10, 15), 60))  # before the period
    services.course.set_dose_period(alternating_period(FIRST, [40, 80]))  # the first day
    services.course.set_dose_period(daily_period(TODAY, 80))  # the last day
    visit(VISIT_DAY)
    regimen = summarise().regimen
    assert regimen.now == RegimenLine(TODAY, None, "80 mg a day")
    assert regimen.changes == (
        RegimenLine(FIRST, TODAY - DAY, "40 mg and 80 mg on alternate days"),
        RegimenLine(TODAY, None, "80 mg a day"),
    )
    earlier = summarise(custom(D(2026, 10, 14), D(2026, 10, 20))).regimen
    assert earlier.now == RegimenLine(D(2026, 10, 15), VISIT_DAY, "60 mg a day")
    assert earlier.changes == (RegimenLine(D(2026, 10, 15), VISIT_DAY, "60 mg a day"),)


def test_no_regimen_on_a_day_before_the_course(services, course) -> None:
    from tracker.domain.regimen import Regimen
    from tracker.reports.summary import _regimen

    part = _regimen(Regimen(), Period(COURSE_START, TODAY, PeriodChoice.COURSE))
    assert (part.now, part.changes) == (None, ())


# -- cumulative ------------------------------------------------------------------------------


def test_cumulative_figures_as_of_the_last_day(course, visit, log_day, summarise) -> None:
    log_day(COURSE_START)
    log_day(VISIT_DAY)  # the day before the period
    visit(VISIT_DAY)
    log_day(FIRST, mg_taken=70)  # the period's first day
    log_day(TODAY, mg_taken=30)  # its last day
    cumulative = summarise().cumulative
    assert cumulative.as_of == TODAY
    assert cumulative.cumulative_mg == 180
    assert cumulative.mg_per_kg == pytest.approx(180 / 70)
    assert cumulative.weight_kg == 70.0
    assert cumulative.weight_label == REFERENCE_WEIGHT == "reference weight"
    assert cumulative.target_mg_per_kg == 150.0
    assert cumulative.percent_of_target == pytest.approx(100 * 180 / 70 / 150)
    assert cumulative.mg_in_period == 100
    assert cumulative.target_reached_on is None
    # 10,500 mg at 40 mg a day from tomorrow: 10,320 mg left, 258 days.
    assert cumulative.projected_target_date == TODAY + 258 * DAY
    series = cumulative.series
    assert len(series) == 59
    assert series[0] == ChartPoint(COURSE_START, 40 / 70)
    assert series[1] == ChartPoint(COURSE_START + DAY, 40 / 70)
    assert series[-2] == ChartPoint(TODAY - DAY, 150 / 70)
    assert series[-1] == ChartPoint(TODAY, 180 / 70)


def test_cumulative_of_a_past_period_leaves_later_doses_out(course, log_day, summarise) -> None:
    log_day(COURSE_START)
    log_day(D(2026, 10, 10))
    log_day(D(2026, 10, 11))
    cumulative = summarise(custom(D(2026, 10, 10), D(2026, 10, 10))).cumulative
    assert cumulative.as_of == D(2026, 10, 10)
    assert cumulative.cumulative_mg == 80
    assert cumulative.mg_in_period == 40
    assert len(cumulative.series) == 10
    # The whole course: everything counts in the period.
    assert summarise(WHOLE_COURSE).cumulative.mg_in_period == 120


def test_mg_in_a_period_starting_before_the_course(course, log_day, summarise) -> None:
    log_day(COURSE_START)
    cumulative = summarise(custom(COURSE_START - 3 * DAY, COURSE_START)).cumulative
    assert (cumulative.cumulative_mg, cumulative.mg_in_period) == (40, 40)
    assert cumulative.series == (ChartPoint(COURSE_START, 40 / 70),)


def test_a_period_after_the_course_ended(services, course, log_day, summarise) -> None:
    log_day(D(2026, 11, 20))
    services.course.end_course(D(2026, 11, 20))
    summary = summarise(custom(D(2026, 11, 21), TODAY))
    assert summary.cumulative.cumulative_mg == 40
    assert summary.cumulative.mg_in_period == 0
    assert (summary.doses.days, summary.doses.taken, summary.days) == (0, 0, ())
    ended_day = summarise(custom(D(2026, 11, 20), TODAY)).cumulative
    assert (ended_day.cumulative_mg, ended_day.mg_in_period) == (40, 40)


def test_mg_in_a_period_starting_on_the_course_second_day(course, log_day, summarise) -> None:
    # The day before the period is the course's first: its dose was taken before the period.
    log_day(COURSE_START, mg_taken=30)
    log_day(COURSE_START + DAY)
    cumulative = summarise(custom(COURSE_START + DAY, COURSE_START + DAY)).cumulative
    assert (cumulative.cumulative_mg, cumulative.mg_in_period) == (70, 40)
    on_the_first_day = summarise(custom(COURSE_START, COURSE_START + DAY)).cumulative
    assert (on_the_first_day.cumulative_mg, on_the_first_day.mg_in_period) == (70, 70)


def test_a_period_starting_days_after_the_course_ended(services, course, log_day, summarise):
    log_day(COURSE_START)
    log_day(D(2026, 11, 20))
    services.course.end_course(D(2026, 11, 20))
    for first in (D(2026, 11, 21), D(2026, 11, 22), D(2026, 11, 25), TODAY):
        summary = summarise(custom(first, TODAY))
        assert summary.cumulative.as_of == D(2026, 11, 20)
        assert (summary.cumulative.cumulative_mg, summary.cumulative.mg_in_period) == (80, 0)
        assert summary.header.course_day == 51
        assert (summary.doses.days, summary.days) == (0, ())


def test_target_reached(start_course, log_day, summarise) -> None:
    start_course(target_mg_per_kg=1.0)  # 70 mg
    log_day(COURSE_START)
    log_day(COURSE_START + DAY)
    cumulative = summarise().cumulative
    assert cumulative.target_reached_on == COURSE_START + DAY
    assert cumulative.projected_target_date is None


# -- labs ------------------------------------------------------------------------------------


def lab(services, day, analyte="triglycerides", value=150.0, unit="mg/dL", **kwargs):
    return services.labs.add(LabResultDraft(day, analyte, value, unit, **kwargs))


def test_labs_latest_up_to_the_last_day_and_those_in_the_period(
    services, course, visit, summarise
) -> None:
    lab(services, COURSE_START - 5 * DAY, value=120, range_high=150, fasting=True, note="first")
    lab(services, VISIT_DAY, "alt", 30, "U/L", range_low=7, range_high=56)
    visit(VISIT_DAY)
    lab(services, FIRST, value=177.0, flag="H", fasting=False)
    lab(services, FIRST, "alt", 41, "U/L")
    lab(services, FIRST, "ast", 20, "U/L")
    labs = summarise().labs
    triglycerides_now = LabLine(
        FIRST,
        "triglycerides",
        "Triglycerides",
        177.0,
        "mg/dL",
        "",
        "H",
        False,
        "+57 mg/dL",
        "",
        baseline_value=120,
        baseline_unit="mg/dL",
        baseline_on=COURSE_START - 5 * DAY,
    )
    alt_now = LabLine(
        FIRST,
        "alt",
        "ALT",
        41,
        "U/L",
        "",
        "",
        None,
        "+11 U/L",
        "",
        baseline_value=30,
        baseline_unit="U/L",
        baseline_on=VISIT_DAY,
    )
    ast_now = LabLine(FIRST, "ast", "AST", 20, "U/L", "", "", None, "", "")
    assert labs.latest == (triglycerides_now, alt_now, ast_now)
    assert labs.in_period == (alt_now, ast_now, triglycerides_now)
    before = summarise(custom(COURSE_START - 5 * DAY, VISIT_DAY)).labs
    baseline = LabLine(
        COURSE_START - 5 * DAY,
        "triglycerides",
        "Triglycerides",
        120,
        "mg/dL",
        "up to 150 mg/dL",
        "",
        True,
        "",
        "first",
    )
    alt_baseline = LabLine(VISIT_DAY, "alt", "ALT", 30, "U/L", "7-56 U/L", "", None, "", "")
    assert before.latest == (baseline, alt_baseline)
    assert before.in_period == (baseline, alt_baseline)


def test_a_lab_outside_every_course_says_so(services, course, summarise) -> None:
    lab(services, COURSE_START - 200 * DAY)
    line = summarise(custom(COURSE_START - 300 * DAY, COURSE_START)).labs.latest[0]
    assert line.change_text == "not during a course"


# -- pregnancy -------------------------------------------------------------------------------


def test_pregnancy_tests_methods_and_what_is_due(services, course, visit, summarise) -> None:
    services.course.save_profile(ProfileInfo("", None, True))
    pregnancy = services.pregnancy
    pregnancy.add_test(TestDraft(D(2026, 10, 2), TestKind.MONTHLY, TestResult.NEGATIVE))
    visit(VISIT_DAY)
    assert summarise().pregnancy.tests == ()
    assert summarise().pregnancy.last_test == PregnancyTestLine(
        D(2026, 10, 2), "Monthly test", "Clinic or lab", "Negative", ""
    )
    pregnancy.add_test(
        TestDraft(FIRST, TestKind.MONTHLY, TestResult.NEGATIVE, TestSetting.HOME, "a & b")
    )
    pregnancy.add_test(TestDraft(TODAY, TestKind.MONTHLY, TestResult.PENDING))
    pill = pregnancy.add_method(ContraceptionRole.PRIMARY, "pill", D(2026, 9, 1))
    pregnancy.add_method(ContraceptionRole.SECONDARY, "other", TODAY, "my own words")
    stopped = pregnancy.add_method(ContraceptionRole.SECONDARY, "condom", D(2026, 9, 1))
    pregnancy.stop_method(stopped.id, TODAY - DAY)
    pregnancy.add_method(ContraceptionRole.PRIMARY, "implant", TODAY + DAY)
    part = summarise().pregnancy
    home = PregnancyTestLine(FIRST, "Monthly test", "Home test", "Negative", "a & b")
    pending = PregnancyTestLine(
        TODAY, "Monthly test", "Clinic or lab", "Waiting for the result", ""
    )
    assert part.tests == (home, pending)
    assert part.last_test == pending
    assert [(m.role, m.method, m.description, m.started_on) for m in part.methods] == [
        ("Primary method", "Combined pill", "", pill.started_on),
        ("Secondary method", "my own words", "my own words", TODAY),
    ]
    overview = services.pregnancy.overview(TODAY)
    assert part.next_test_due == overview.next_test_due
    assert part.pickup_window == overview.schedule.pickup_window
    assert part.pickup_window is None  # closed on 8 Nov
    assert part.next_test_due == D(2026, 12, 28)
    # A past period: as things stood then.
    past = summarise(custom(D(2026, 10, 1), D(2026, 10, 5))).pregnancy
    assert past.tests == (
        PregnancyTestLine(D(2026, 10, 2), "Monthly test", "Clinic or lab", "Negative", ""),
    )
    assert past.last_test == past.tests[0]
    assert past.next_test_due == services.pregnancy.overview(D(2026, 10, 5)).next_test_due
    assert past.pickup_window == (D(2026, 10, 2), D(2026, 10, 8))


def test_no_pregnancy_part_when_it_does_not_apply(services, course, summarise) -> None:
    assert summarise().pregnancy is None
    services.course.save_profile(ProfileInfo("", None, False))
    assert summarise().pregnancy is None


def test_no_pregnancy_test_yet(services, course, summarise) -> None:
    services.course.save_profile(ProfileInfo("", None, True))
    part = summarise().pregnancy
    assert (part.tests, part.last_test, part.methods) == ((), None, ())


# -- side effects and red flags --------------------------------------------------------------


def test_side_effects_in_the_period(services, course, visit, summarise) -> None:
    effects = services.side_effects
    own = effects.add_custom_symptom("Itchy scalp")
    effects.report(VISIT_DAY, "dry-lips", 2)  # before the period
    visit(VISIT_DAY)
    effects.report(FIRST, "dry-lips", 1, "<i>lips</i>")
    effects.report(TODAY, own.id, 3)
    effects.report(TODAY, "dry-skin", 0)
    assert summarise().side_effects == (
        SideEffectLine(FIRST, "Dry or chapped lips", "mild", False, "<i>lips</i>"),
        SideEffectLine(TODAY, "Itchy scalp", "severe", False, ""),
        SideEffectLine(TODAY, "Dry skin", "none", False, ""),
    )


@pytest.fixture
def felt(services, course, visit):
    """Reports around the period since the visit (FIRST to TODAY) for the overview."""
    effects = services.side_effects
    scalp = effects.add_custom_symptom("Itchy scalp").id
    feet = effects.add_custom_symptom("aching feet").id  # lower case: sorted by its letters
    edges = effects.add_custom_symptom("Blurry edges").id
    effects.report(VISIT_DAY, "dry-lips", 3)  # severe, but the day before the period
    effects.report(VISIT_DAY, "dry-skin", 2)
    visit(VISIT_DAY)
    effects.report(FIRST, "dry-lips", 1)
    effects.report(FIRST + DAY, "dry-lips", 2)
    effects.report(FIRST + 2 * DAY, "dry-lips", 2)  # as bad again: the first day counts
    effects.report(TODAY, "dry-lips", 0)  # eased: the latest report says so
    effects.report(FIRST, "dry-skin", 0)  # only ever "none" in the period: left out
    effects.report(TODAY, "dry-skin", 0)
    effects.report(FIRST, "chest-pain", 2)
    effects.report(FIRST + 3 * DAY, scalp, 3)
    effects.report(FIRST + 3 * DAY, edges, 1)
    effects.report(TODAY, feet, 1)
    return effects


def test_side_effect_overview_red_flags_first_then_the_worst_then_by_name(felt, summarise) -> None:
    assert summarise().side_effect_overview == (
        SymptomOverview("Chest pain", True, 1, "moderate", FIRST, "moderate", FIRST),
        SymptomOverview(
            "Itchy scalp", False, 1, "severe", FIRST + 3 * DAY, "severe", FIRST + 3 * DAY
        ),
        SymptomOverview("Dry or chapped lips", False, 3, "moderate", FIRST + DAY, "none", TODAY),
        SymptomOverview("aching feet", False, 1, "mild", TODAY, "mild", TODAY),
        SymptomOverview("Blurry edges", False, 1, "mild", FIRST + 3 * DAY, "mild", FIRST + 3 * DAY),
    )


def test_side_effect_overview_same_name_and_worst_keeps_the_first_reported_first(
    services, course, summarise
) -> None:
    # The patient's own "rash" has its own key ("custom:rash") next to the catalogue's
    # "Rash": the same name once case-folded, both mild, so no sort key decides (and the
    # lines must never be compared themselves); the one first reported stays first.
    effects = services.side_effects
    own = effects.add_custom_symptom("rash").id
    effects.report(FIRST, own, 1)
    effects.report(FIRST + DAY, "rash", 1)
    assert summarise(custom(FIRST, TODAY)).side_effect_overview == (
        SymptomOverview("rash", False, 1, "mild", FIRST, "mild", FIRST),
        SymptomOverview("Rash", False, 1, "mild", FIRST + DAY, "mild", FIRST + DAY),
    )


def test_side_effect_overview_counts_only_the_period(felt, summarise) -> None:
    # The first and last days count; the days either side do not.
    overview = summarise(custom(FIRST + DAY, FIRST + 2 * DAY)).side_effect_overview
    assert overview == (
        SymptomOverview(
            "Dry or chapped lips", False, 2, "moderate", FIRST + DAY, "moderate", FIRST + 2 * DAY
        ),
    )
    # From the visit's day: the lips were severe then; the skin was felt then and eased.
    assert summarise(custom(VISIT_DAY, FIRST)).side_effect_overview == (
        SymptomOverview("Chest pain", True, 1, "moderate", FIRST, "moderate", FIRST),
        SymptomOverview("Dry or chapped lips", False, 2, "severe", VISIT_DAY, "mild", FIRST),
        SymptomOverview("Dry skin", False, 1, "moderate", VISIT_DAY, "none", FIRST),
    )
    assert summarise(custom(TODAY, TODAY)).side_effect_overview == (
        SymptomOverview("aching feet", False, 1, "mild", TODAY, "mild", TODAY),
    )


def test_no_side_effect_overview_without_reports_above_none(services, course, summarise) -> None:
    services.side_effects.report(FIRST, "dry-lips", 0)
    summary = summarise()
    assert summary.side_effect_overview == ()
    assert len(summary.side_effects) == 1  # the report itself is still in the list


def test_red_flags_in_the_period_and_open_from_before(services, course, visit, summarise) -> None:
    effects = services.side_effects
    effects.report(D(2026, 10, 5), "depression", 1, "old, open")
    discussed = effects.report(D(2026, 10, 6), "depression", 2).saved[0]
    effects.mark_discussed(discussed.id, D(2026, 10, 20))
    effects.report(D(2026, 10, 7), "depression", 0)  # felt "none": nothing to see
    visit(VISIT_DAY)
    effects.report(FIRST, "suicidal-thoughts", 3, "tell")
    effects.report(FIRST, "dry-lips", 3)  # not a red flag
    effects.report(D(2026, 11, 3), "depression", 0)
    later = effects.report(D(2026, 11, 4), "depression", 1).saved[0]
    effects.mark_discussed(later.id, D(2026, 11, 5))  # discussed: still listed, in the period
    flags = summarise().red_flags
    assert flags == (
        RedFlagLine(
            D(2026, 10, 5),
            "Feeling sad or empty, or losing interest in things, mild",
            "old, open",
            None,
            False,
        ),
        RedFlagLine(FIRST, "Thoughts of self-harm or suicide, severe", "tell", None, True),
        RedFlagLine(
            D(2026, 11, 4),
            "Feeling sad or empty, or losing interest in things, mild",
            "",
            D(2026, 11, 5),
            False,
        ),
    )
    assert [flag.kind for flag in flags] == [RED_FLAG_SIDE_EFFECT] * 3
    assert all(flag.medication_guide for flag in flags)


def test_reports_from_before_the_course_and_a_red_flag_still_open_from_then(
    services, course, summarise
) -> None:
    effects = services.side_effects
    effects.report(COURSE_START - 3 * DAY, "dry-lips", 2)
    effects.report(COURSE_START, "dry-lips", 1)
    lips = SideEffectLine(COURSE_START, "Dry or chapped lips", "mild", False, "")
    summary = summarise(WHOLE_COURSE)
    assert (summary.side_effects, summary.red_flags) == ((lips,), ())
    # A custom period from before the course shows the reports from its first day.
    earlier = summarise(custom(COURSE_START - 3 * DAY, COURSE_START)).side_effects
    assert earlier == (
        SideEffectLine(COURSE_START - 3 * DAY, "Dry or chapped lips", "moderate", False, ""),
        lips,
    )
    assert summarise(custom(COURSE_START - 2 * DAY, COURSE_START)).side_effects == (lips,)
    # A red flag felt before the course and still open is shown until it is discussed.
    flag = effects.report(COURSE_START - 2 * DAY, "dark-urine", 1, "before").saved[0]
    open_flag = RedFlagLine(COURSE_START - 2 * DAY, "Dark urine, mild", "before", None, False)
    summary = summarise(WHOLE_COURSE)
    assert (summary.side_effects, summary.red_flags) == ((lips,), (open_flag,))
    assert summarise().red_flags == (open_flag,)
    effects.mark_discussed(flag.id, TODAY)
    assert summarise().red_flags == ()
    past = summarise(custom(COURSE_START, TODAY - DAY)).red_flags
    assert past == (dataclasses.replace(open_flag, discussed_on=TODAY),)


def test_a_red_flag_discussed_after_a_past_period_was_open_then(
    services, course, summarise
) -> None:
    effects = services.side_effects
    report = effects.report(D(2026, 10, 5), "depression", 1).saved[0]
    effects.mark_discussed(report.id, D(2026, 11, 5))
    assert summarise(custom(D(2026, 10, 10), D(2026, 11, 4))).red_flags[0].on == D(2026, 10, 5)
    assert summarise(custom(D(2026, 10, 10), D(2026, 11, 5))).red_flags == ()


@pytest.mark.parametrize(("answers", "listed"), [((1, 1), False), ((2, 1), True), ((3, 3), True)])
def test_a_phq2_of_3_or_more_is_a_red_flag(services, course, summarise, answers, listed) -> None:
    services.mood.record(FIRST, Instrument.PHQ2, answers)
    flags = summarise().red_flags
    expected = RedFlagLine(
        FIRST,
        f"PHQ-2: a total of 3 or more (score {sum(answers)} of 6)",
        "",
        None,
        False,
        RED_FLAG_PHQ2_POSITIVE,
    )
    assert flags == ((expected,) if listed else ())
    # A positive screen, never followed by the Medication Guide's instruction.
    assert not any(flag.medication_guide for flag in flags)


@pytest.mark.parametrize(("question9", "listed"), [(0, False), (1, True), (3, True)])
def test_phq9_question_9_above_0_is_a_red_flag(
    services, course, summarise, question9, listed
) -> None:
    answers = (3, 3, 3, 3, 3, 3, 3, 3, question9)
    services.mood.record(FIRST, Instrument.PHQ9, answers)
    expected = RedFlagLine(
        FIRST,
        f"PHQ-9: answer above 0 to question 9 (score {24 + question9} of 27)",
        "",
        None,
        True,
        RED_FLAG_PHQ9_QUESTION9,
    )
    flags = summarise().red_flags
    assert flags == ((expected,) if listed else ())
    assert all(flag.medication_guide for flag in flags)


def test_mood_red_flags_before_the_period(services, course, visit, summarise) -> None:
    mood = services.mood
    mood.record(D(2026, 10, 5), Instrument.PHQ9, (0,) * 8 + (1,))
    closed, _ = mood.record(D(2026, 10, 6), Instrument.PHQ9, (0,) * 8 + (2,))
    mood.mark_discussed(closed.id, D(2026, 10, 20), "talked")
    mood.record(D(2026, 10, 7), Instrument.PHQ2, (3, 3))  # a PHQ-2 is never "open"
    visit(VISIT_DAY)
    screen, _ = mood.record(FIRST, Instrument.PHQ9, (0,) * 8 + (1,))
    mood.mark_discussed(screen.id, TODAY)
    flags = summarise().red_flags
    title = "PHQ-9: answer above 0 to question 9 (score 1 of 27)"
    assert flags == (
        RedFlagLine(D(2026, 10, 5), title, "", None, True, RED_FLAG_PHQ9_QUESTION9),
        RedFlagLine(FIRST, title, "", TODAY, True, RED_FLAG_PHQ9_QUESTION9),
    )


def test_red_flags_oldest_first_side_effects_first_on_a_day(services, course, summarise) -> None:
    services.mood.record(FIRST, Instrument.PHQ2, (3, 0))
    services.side_effects.report(TODAY, "dark-urine", 1)
    services.side_effects.report(FIRST, "chest-pain", 2)
    services.side_effects.report(FIRST, "dark-urine", 2)
    days = [(flag.on, flag.title.split(",")[0].split(":")[0]) for flag in summarise().red_flags]
    names = {
        s.id: s.name
        for s in services.side_effects.symptoms()
        if s.id in ("dark-urine", "chest-pain")
    }
    assert days == [
        (FIRST, names["chest-pain"]),
        (FIRST, names["dark-urine"]),
        (FIRST, "PHQ-2"),
        (TODAY, names["dark-urine"]),
    ]


def test_an_unknown_symptom_is_shown_by_its_id(services, course) -> None:
    services.side_effects.report(FIRST, "chest-pain", 2)
    sources = dataclasses.replace(services.summary.sources(SINCE_VISIT), symptom_names={})
    summary = build_summary(sources, SINCE_VISIT)
    assert summary.red_flags[0].title == "chest-pain, moderate"
    assert summary.side_effects[0].symptom == "chest-pain"
    assert summary.side_effect_overview[0].symptom == "chest-pain"


def test_mood_in_the_period(services, course, visit, summarise) -> None:
    services.mood.record(VISIT_DAY, Instrument.PHQ2, (1, 0))
    visit(VISIT_DAY)
    services.mood.record(FIRST, Instrument.PHQ2, (1, 1))
    services.mood.record(TODAY, Instrument.PHQ9, (1,) * 8 + (2,))
    assert summarise().mood == (
        MoodLine(FIRST, "PHQ-2", 2, 6, False),
        MoodLine(TODAY, "PHQ-9", 10, 27, True),
    )


# -- acne ------------------------------------------------------------------------------------


def test_acne_latest_in_period_and_changes(services, course, visit, summarise) -> None:
    acne = services.acne
    acne.add(AcneDraft(COURSE_START, grade=3, nodules=10, note="start"))
    visit(VISIT_DAY)
    acne.add(AcneDraft(FIRST, grade=2, nodules=3))
    acne.add(AcneDraft(TODAY, comedones=4))
    part = summarise().acne
    # Its only measure is its own baseline: nothing to compare.
    assert part.latest == AcneLine(TODAY, None, 4, None, None, "")
    assert [line.assessed_on for line in part.in_period] == [FIRST, TODAY]
    assert part.in_period[0] == AcneLine(
        FIRST,
        2,
        None,
        None,
        3,
        "",
        grade_change=-1,
        nodules_change=-7,
        nodules_change_percent=-70.0,
    )
    assert part.baseline_on == COURSE_START  # from the first line's changes
    assert part.photos == ()
    past = summarise(custom(COURSE_START, D(2026, 10, 20))).acne
    assert past.latest == AcneLine(COURSE_START, 3, None, None, 10, "start")
    assert past.in_period == (past.latest,)
    assert past.baseline_on is None  # the baseline itself: no change shown
    # The latest before a period counts too, when nothing inside it was assessed.
    between = summarise(custom(D(2026, 11, 3), D(2026, 11, 4))).acne
    assert (between.latest.assessed_on, between.in_period) == (FIRST, ())
    assert between.baseline_on == COURSE_START


def test_acne_changes_of_every_measure(services, course, summarise) -> None:
    acne = services.acne
    acne.add(AcneDraft(COURSE_START, grade=2, comedones=10, inflammatory=5, nodules=0))
    acne.add(AcneDraft(FIRST, grade=2, comedones=12, inflammatory=1, nodules=2))
    line = summarise().acne.latest
    assert line == AcneLine(FIRST, 2, 12, 1, 2, "", 0, 2, -4, 2, None)
    changes = (
        line.grade_change,
        line.comedones_change,
        line.inflammatory_change,
        line.nodules_change,
        line.nodules_change_percent,
    )
    assert changes == (0, 2, -4, 2, None)  # no percent of a baseline of 0 nodules


@pytest.mark.parametrize(("nodules", "percent"), [(6, 50.0), (4, 0.0), (1, -75.0)])
def test_acne_nodule_change_in_percent(services, course, summarise, nodules, percent) -> None:
    services.acne.add(AcneDraft(COURSE_START, nodules=4))
    services.acne.add(AcneDraft(FIRST, nodules=nodules))
    found = summarise().acne.latest.nodules_change_percent
    assert found == percent
    assert math.copysign(1, found) == math.copysign(1, percent)  # no "-0%"


def test_acne_baseline_day_is_the_earliest_of_the_measures(services, course, summarise) -> None:
    acne = services.acne
    acne.add(AcneDraft(COURSE_START, grade=3))  # the grade's baseline
    acne.add(AcneDraft(D(2026, 10, 10), grade=3, nodules=8))  # the nodules' baseline
    acne.add(AcneDraft(FIRST, grade=1, nodules=2))
    part = summarise(custom(FIRST, TODAY)).acne
    assert (part.latest.grade_change, part.latest.nodules_change) == (-2, -6)
    assert part.baseline_on == COURSE_START


def test_acne_baseline_day_only_from_the_period_and_the_latest(services, course, summarise) -> None:
    acne = services.acne
    acne.add(AcneDraft(COURSE_START, grade=3))  # the grade's baseline
    # Before the period and not the latest: its grade's baseline (COURSE_START) is not shown.
    acne.add(AcneDraft(D(2026, 10, 10), grade=3, nodules=8))  # the nodules' baseline
    acne.add(AcneDraft(FIRST, nodules=2))
    part = summarise(custom(FIRST, TODAY)).acne
    assert part.latest == AcneLine(
        FIRST, None, None, None, 2, "", nodules_change=-6, nodules_change_percent=-75.0
    )
    assert part.in_period == (part.latest,)
    assert part.baseline_on == D(2026, 10, 10)
    # Nothing assessed in the period: the latest before it alone decides.
    before = summarise(custom(D(2026, 10, 11), D(2026, 10, 20))).acne
    assert (before.latest.assessed_on, before.in_period) == (D(2026, 10, 10), ())
    assert before.baseline_on == COURSE_START


def test_an_assessment_without_a_known_change_shows_none(services, course) -> None:
    """The sources may hold no change for an assessment: its line then shows its counts
    alone, as a baseline's does."""
    services.acne.add(AcneDraft(COURSE_START, grade=3, comedones=9, inflammatory=6, nodules=10))
    services.acne.add(AcneDraft(FIRST, grade=2, comedones=5, inflammatory=2, nodules=3))
    sources = dataclasses.replace(services.summary.sources(SINCE_VISIT), acne_changes={})
    part = build_summary(sources, SINCE_VISIT).acne
    assert part.latest == AcneLine(FIRST, 2, 5, 2, 3, "")
    assert part.in_period == (AcneLine(COURSE_START, 3, 9, 6, 10, ""), part.latest)
    assert part.baseline_on is None


def test_no_acne_assessment_yet(course, summarise) -> None:
    part = summarise().acne
    assert (part.latest, part.in_period, part.photos) == (None, (), ())


def test_photos_only_when_chosen_and_in_the_period(
    services, course, visit, summarise, tmp_path: Path
) -> None:
    picture = tmp_path / "face.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(200))
    services.photos.add(picture, VISIT_DAY, "before")
    visit(VISIT_DAY)
    kept = services.photos.add(picture, FIRST, "<b>after</b>")
    assert summarise().acne.photos == ()
    photos = summarise(SummaryOptions(include_photos=True)).acne.photos
    assert photos == (PhotoLine(FIRST, services.photos.path(kept), "<b>after</b>"),)
    assert photos[0].path.is_file()


# -- medicines and questions -----------------------------------------------------------------


def test_medicines_in_use_then_stopped_in_the_period(services, course, visit, summarise) -> None:
    medicines = services.medicines
    medicines.add(MedicineDraft("Zinc", "15 mg", D(2026, 9, 1)))
    medicines.add(MedicineDraft("Vitamin A", "", None))
    medicines.add(MedicineDraft("Later", "", TODAY + DAY))  # started after the last day
    medicines.add(MedicineDraft("Early stop", "", None, VISIT_DAY))  # before the period
    medicines.add(MedicineDraft("Stops first", "", None, FIRST))
    medicines.add(MedicineDraft("Stops last", "", None, TODAY))
    medicines.add(MedicineDraft("Stops tomorrow", "1 a day", TODAY, TODAY + DAY))
    visit(VISIT_DAY)
    assert summarise().medicines == (
        MedicineLine("Stops tomorrow", "1 a day", TODAY, TODAY + DAY, ""),
        MedicineLine("Vitamin A", "", None, None, VITAMIN_A_NOTE),
        MedicineLine("Zinc", "15 mg", D(2026, 9, 1), None, ""),
        MedicineLine("Stops last", "", None, TODAY, ""),
        MedicineLine("Stops first", "", None, FIRST, ""),
    )


def test_questions_open_then_answered_in_the_period(services, clock, course, summarise) -> None:
    questions = services.questions
    clock.move_to(D(2026, 10, 10))
    old = questions.add("Answered before?")
    first = questions.add("Answered on the first day?")
    clock.move_to(TODAY)
    questions.record_answer(old.id, "yes", D(2026, 10, 31))
    questions.record_answer(first.id, "on 1 Nov", D(2026, 11, 1))
    questions.add("Can I wax? <b>")
    last = questions.add("Answered today?")
    questions.record_answer(last.id, "today", TODAY)
    added = D(2026, 10, 10)
    assert summarise(custom(D(2026, 11, 1), TODAY)).questions == (
        QuestionLine("Can I wax? <b>", TODAY, None, "", None),
        QuestionLine("Answered today?", TODAY, TODAY, "today", TODAY),
        QuestionLine(
            "Answered on the first day?", added, D(2026, 11, 1), "on 1 Nov", D(2026, 11, 1)
        ),
    )
    # A past period: as the questions stood on its last day. One answered only after it
    # was still open then (its answer not shown); those written after it are left out.
    past = summarise(custom(D(2026, 10, 1), D(2026, 10, 31))).questions
    assert past == (
        QuestionLine("Answered on the first day?", added, None, "", None),
        QuestionLine("Answered before?", added, D(2026, 10, 31), "yes", D(2026, 10, 31)),
    )


# -- labs: baselines, mg/dL, units that do not fit -----------------------------------------


def test_a_value_in_mmol_per_litre_is_also_given_in_mg_per_dl(services, course, summarise):
    lab(services, COURSE_START, value=120)
    lab(services, FIRST, value=2.0, unit="mmol/L")
    lab(services, FIRST, "glucose", 5.0, "mmol/L")
    lab(services, FIRST, "alt", 20, "U/L")
    lab(services, FIRST, "custom:Ferritin", 3.0, "mmol/L")  # no conversion for its own test
    by_name = {line.name: line for line in summarise().labs.latest}
    triglycerides = by_name["Triglycerides"]
    assert triglycerides.value_mg_dl == pytest.approx(2.0 / 0.0113)
    assert (triglycerides.baseline_value, triglycerides.baseline_unit) == (120, "mg/dL")
    assert triglycerides.baseline_on == COURSE_START
    assert by_name["Glucose"].value_mg_dl == pytest.approx(5.0 * 18.016)
    # The glucose result is its own baseline: nothing to compare it with.
    assert (by_name["Glucose"].baseline_value, by_name["Glucose"].baseline_on) == (None, None)
    assert by_name["ALT"].value_mg_dl is None
    assert by_name["Ferritin"].value_mg_dl is None
    # In mg/dL already: nothing to convert.
    baseline = summarise(custom(COURSE_START, COURSE_START)).labs.latest[0]
    assert (baseline.value, baseline.value_mg_dl, baseline.baseline_value) == (120, None, None)
    assert (baseline.baseline_unit, baseline.baseline_on) == ("", None)


def test_a_result_without_a_baseline_has_no_baseline_fields(services, course, summarise):
    lab(services, COURSE_START - 200 * DAY)
    line = summarise(custom(COURSE_START - 300 * DAY, COURSE_START)).labs.latest[0]
    assert (line.baseline_value, line.baseline_unit, line.baseline_on) == (None, "", None)


def test_a_lab_unit_that_does_not_fit_its_test_does_not_stop_the_summary(
    services, sessions, course, summarise
) -> None:
    from sqlalchemy import update

    from tracker.db import models

    lab(services, COURSE_START, value=120)
    odd = lab(services, FIRST, value=2.0, unit="mmol/L", note="imported")
    with sessions.begin() as session:  # as an old or imported store may hold it
        session.execute(
            update(models.LabResult).where(models.LabResult.id == odd.id).values(unit="furlongs")
        )
    line = summarise().labs.latest[0]
    assert (line.value, line.unit, line.note) == (2.0, "furlongs", "imported")
    assert (line.change_text, line.value_mg_dl) == ("", None)
    assert (line.baseline_value, line.baseline_unit, line.baseline_on) == (None, "", None)


# -- weights ---------------------------------------------------------------------------------


def test_weights_in_the_period_after_the_latest_before_it(services, course, visit, summarise):
    weights = services.weights
    weights.record(D(2026, 10, 10), 71.0)
    weights.record(D(2026, 10, 20), 72.0)  # the latest before the period
    visit(VISIT_DAY)
    weights.record(FIRST, 72.5)  # the first day
    weights.record(TODAY, 73.0)  # the last day
    found = summarise().weights
    assert found == (
        WeightLine(D(2026, 10, 20), 72.0),
        WeightLine(FIRST, 72.5),
        WeightLine(TODAY, 73.0),
    )
    past = summarise(custom(D(2026, 10, 11), D(2026, 10, 20))).weights
    assert past == (WeightLine(D(2026, 10, 10), 71.0), WeightLine(D(2026, 10, 20), 72.0))
    first_day = summarise(custom(D(2026, 10, 10), D(2026, 10, 19))).weights
    assert first_day == (WeightLine(COURSE_START, 70.0), WeightLine(D(2026, 10, 10), 71.0))


def test_cumulative_by_the_latest_weight_too(services, course, log_day, summarise) -> None:
    log_day(COURSE_START)
    log_day(COURSE_START + DAY)
    services.weights.record(COURSE_START + DAY, 80.0)
    services.weights.record(TODAY, 64.0)  # after the period below: not counted there
    cumulative = summarise(custom(COURSE_START, COURSE_START + 5 * DAY)).cumulative
    assert (cumulative.weight_kg, cumulative.latest_weight_kg) == (70.0, 80.0)
    assert cumulative.mg_per_kg == pytest.approx(80 / 70)
    assert cumulative.mg_per_kg_latest_weight == pytest.approx(80 / 80)
    assert summarise().cumulative.latest_weight_kg == 64.0


# -- appointments ----------------------------------------------------------------------------


def test_the_last_visit_with_its_outcome(services, course, summarise) -> None:
    appointments = services.appointments
    earlier = appointments.add(
        AppointmentDraft(AppointmentKind.VISIT, dt.datetime(2026, 10, 20, 9))
    )
    appointments.mark_done(earlier.id, "keep 40 mg")
    morning = appointments.add(
        AppointmentDraft(AppointmentKind.VISIT, dt.datetime(2026, 11, 1, 9), place="Room 4")
    )
    appointments.mark_done(morning.id, "first")
    later = appointments.add(
        AppointmentDraft(AppointmentKind.VISIT, dt.datetime(2026, 11, 1, 16), place="Clinic")
    )
    appointments.mark_done(later.id, "raise to <b>60 mg</b> & recheck")
    assert summarise().last_visit == VisitLine(
        dt.datetime(2026, 11, 1, 16),
        "Dermatology visit",
        "Clinic",
        "raise to <b>60 mg</b> & recheck",
    )
    # Not the period's visit: only a period since the last visit starts after one.
    assert summarise(WHOLE_COURSE).last_visit is None
    assert summarise(custom(D(2026, 11, 2), TODAY)).last_visit is None
    past = summarise(custom(D(2026, 10, 1), D(2026, 10, 25)))
    assert past.last_visit is None


def test_no_last_visit_without_a_done_visit(course, visit, summarise) -> None:
    visit(VISIT_DAY, done=False)
    assert summarise().last_visit is None


def test_the_next_appointment_after_today(services, course, summarise) -> None:
    appointments = services.appointments

    def add(when: dt.datetime, kind=AppointmentKind.VISIT, place="") -> Appointment:
        return appointments.add(AppointmentDraft(kind, when, place=place))

    add(dt.datetime(2026, 11, 28, 23, 0))  # later today: the visit it is printed for
    appointments.cancel(add(dt.datetime(2026, 11, 29, 8, 0)).id)
    add(dt.datetime(2026, 12, 3, 9, 0))
    add(dt.datetime(2026, 11, 29, 9, 30), AppointmentKind.LAB, "Lab on 5th <Ave>")
    assert summarise().next_appointment == VisitLine(
        dt.datetime(2026, 11, 29, 9, 30), "Lab draw", "Lab on 5th <Ave>", ""
    )
    # After today, whatever the period: a past period shows what is coming now.
    past = summarise(custom(COURSE_START, D(2026, 10, 5)))
    assert past.next_appointment == summarise().next_appointment


def test_no_next_appointment(services, course, visit, summarise) -> None:
    visit(VISIT_DAY)
    services.appointments.cancel(visit(TODAY + DAY, done=False).id)
    assert summarise().next_appointment is None


def test_the_last_done_visit_on_the_same_day_is_the_latest_by_time() -> None:
    from tracker.reports.summary import _last_done_visit

    morning = dataclasses.replace(appointment(VISIT_DAY), id=1)
    evening = dataclasses.replace(
        appointment(VISIT_DAY), id=2, starts_at=dt.datetime.combine(VISIT_DAY, dt.time(17))
    )
    assert _last_done_visit([evening, morning], TODAY) == evening
    assert _last_done_visit([morning, evening], TODAY) == evening
    same_time = dataclasses.replace(morning, id=3)
    assert _last_done_visit([same_time, morning], TODAY) == same_time
    assert _last_done_visit([morning], VISIT_DAY) is None
    assert _last_done_visit([morning], VISIT_DAY + DAY) == morning


# -- medicines the label warns about ---------------------------------------------------------


def test_label_warnings_are_the_medicines_in_use_with_a_note(services, course, summarise):
    medicines = services.medicines
    medicines.add(MedicineDraft("Zinc", "15 mg", None))
    medicines.add(MedicineDraft("Vitamin A", "", None))
    medicines.add(MedicineDraft("Doxycycline", "100 mg", None, FIRST))  # stopped in the period
    medicines.add(MedicineDraft("Minocycline", "", None, TODAY + DAY))  # stops tomorrow
    medicines.add(MedicineDraft("Tetracycline", "", None, TODAY))  # stopped on the last day
    summary = summarise()
    assert [line.name for line in summary.label_warnings] == ["Minocycline", "Vitamin A"]
    assert summary.label_warnings[1].label_note == VITAMIN_A_NOTE
    assert [line.name for line in summary.medicines] == [
        "Minocycline",
        "Vitamin A",
        "Zinc",
        "Tetracycline",
        "Doxycycline",
    ]


def test_a_question_asked_in_a_past_period_and_answered_after_it(
    services, clock, course, summarise
) -> None:
    questions = services.questions
    clock.move_to(D(2026, 10, 10))
    asked = questions.add("Asked on the last day, answered the day after?")
    clock.move_to(TODAY)
    questions.mark_asked(asked.id, D(2026, 10, 31))
    questions.record_answer(asked.id, "later", D(2026, 11, 1))
    added = D(2026, 10, 10)
    on_the_last_day = summarise(custom(D(2026, 10, 1), D(2026, 10, 31))).questions
    assert on_the_last_day == (QuestionLine(asked.text, added, D(2026, 10, 31), "", None),)
    the_day_before = summarise(custom(D(2026, 10, 1), D(2026, 10, 30))).questions
    assert the_day_before == (QuestionLine(asked.text, added, None, "", None),)
    answered = summarise(custom(D(2026, 10, 1), D(2026, 11, 1))).questions
    assert answered == (QuestionLine(asked.text, added, D(2026, 10, 31), "later", D(2026, 11, 1)),)


def test_of_two_next_appointments_at_the_same_time_the_first_added(services, course, summarise):
    when = dt.datetime(2026, 12, 1, 9)
    services.appointments.add(AppointmentDraft(AppointmentKind.LAB, when, place="first"))
    services.appointments.add(AppointmentDraft(AppointmentKind.VISIT, when, place="second"))
    assert summarise().next_appointment.place == "first"
