"""The course arithmetic: worked examples from DOMAIN.md and properties against a slow,
obviously-correct day-by-day walk."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.doselog import DayState, DoseEntry, DoseStatus
from tracker.domain.progress import (
    CourseFacts,
    CumulativeSeries,
    Weighing,
    compute_progress,
    cumulative_series,
    project_target_date,
)
from tracker.domain.regimen import Regimen, alternating_period, daily_period
from tracker.errors import UserInputError

START = dt.date(2026, 1, 1)


def day(n: int) -> dt.date:
    """Course day n (day 1 is the start)."""
    return START + dt.timedelta(days=n - 1)


def facts(regimen: Regimen, entries=(), weight=70.0, target=150.0, weights=()) -> CourseFacts:
    return CourseFacts(
        started_on=START,
        planned_weeks=20,
        target_mg_per_kg=target,
        reference_weight_kg=weight,
        regimen=regimen,
        entries={e.day: e for e in entries},
        weights=weights,
    )


def taken(n: int, mg: int) -> DoseEntry:
    return DoseEntry(day(n), DoseStatus.TAKEN, mg)


def test_domain_worked_example_70_kg_at_70_mg_reaches_150_mg_per_kg_on_day_150() -> None:
    course = facts(Regimen([daily_period(START, 70)]), weight=70)
    progress = compute_progress(course, START)
    assert progress.target_mg == 10_500
    assert progress.projected_target_date == day(150)


def test_domain_worked_example_60_kg_40_mg_for_90_days_is_60_mg_per_kg() -> None:
    entries = [taken(n, 40) for n in range(1, 91)]
    progress = compute_progress(facts(Regimen([daily_period(START, 40)]), entries, 60), day(90))
    assert progress.cumulative_mg == 3_600
    assert progress.mg_per_kg == pytest.approx(60.0)
    assert progress.percent_of_target == pytest.approx(40.0)
    assert progress.days_taken == 90 and progress.days_unlogged == 0


def test_unlogged_days_are_never_counted_as_taken() -> None:
    entries = [
        taken(1, 40),
        DoseEntry(day(2), DoseStatus.MISSED),
        DoseEntry(day(3), DoseStatus.SKIPPED),
        taken(4, 20),  # partial: 40 scheduled
    ]
    progress = compute_progress(facts(Regimen([daily_period(START, 40)]), entries), day(6))
    assert progress.cumulative_mg == 60
    assert (progress.days_taken, progress.days_partial) == (2, 1)
    assert (progress.days_missed, progress.days_skipped, progress.days_unlogged) == (1, 1, 2)
    assert progress.unlogged_days == (day(5), day(6))
    assert progress.course_day == 6


def test_pause_days_count_in_none_of_the_buckets() -> None:
    regimen = Regimen([daily_period(START, 40), daily_period(day(3), 0), daily_period(day(5), 40)])
    progress = compute_progress(facts(regimen, [taken(1, 40), taken(2, 40)]), day(5))
    assert progress.days_paused == 2
    assert progress.days_unlogged == 1  # day 5 only
    assert progress.days_taken == 2


def test_projection_starts_the_day_after_a_logged_as_of_day() -> None:
    course = facts(Regimen([daily_period(START, 100)]), [taken(1, 100)], weight=20, target=10)
    # target 200 mg: day 1 taken (100), so day 2 reaches it.
    assert compute_progress(course, day(1)).projected_target_date == day(2)
    # Unlogged as-of day: it is assumed taken, so day 1 + day 2 -> day 2 as well from day 2.
    unlogged = facts(Regimen([daily_period(START, 100)]), [], weight=20, target=10)
    assert compute_progress(unlogged, day(1)).projected_target_date == day(2)


def test_projection_includes_future_dose_periods() -> None:
    regimen = Regimen([daily_period(START, 40), daily_period(day(29), 80)])
    progress = compute_progress(facts(regimen, weight=50, target=100), START)
    # 5,000 mg: 28 x 40 = 1,120, then (5,000 - 1,120) / 80 = 48.5 -> 49 more days.
    assert progress.projected_target_date == day(28 + 49)


def test_target_reached_reports_the_day_it_was_reached() -> None:
    entries = [taken(n, 100) for n in range(1, 6)]
    progress = compute_progress(facts(Regimen([daily_period(START, 100)]), entries, 20, 15), day(5))
    assert progress.target_reached_on == day(3)
    assert progress.projected_target_date is None


def test_a_regimen_ending_in_a_pause_has_no_projection() -> None:
    regimen = Regimen([daily_period(START, 40), daily_period(day(10), 0)])
    assert compute_progress(facts(regimen), START).projected_target_date is None


def test_mg_per_kg_by_latest_weight_uses_the_last_reading_up_to_the_as_of_day() -> None:
    weights = [Weighing(day(1), 70), Weighing(day(10), 64), Weighing(day(30), 50)]
    course = facts(Regimen([daily_period(START, 64)]), [taken(1, 64)], weights=weights)
    progress = compute_progress(course, day(20))
    assert progress.latest_weight_kg == 64
    assert progress.mg_per_kg_latest_weight == pytest.approx(1.0)
    assert progress.mg_per_kg == pytest.approx(64 / 70)


def test_as_of_before_the_start_is_refused_naming_both_days() -> None:
    with pytest.raises(UserInputError) as refused:
        compute_progress(facts(Regimen([daily_period(START, 40)])), START - dt.timedelta(days=1))
    assert str(refused.value) == "2025-12-31 is before the course started (2026-01-01)"


# -- properties ------------------------------------------------------------------------------

mgs = st.integers(min_value=0, max_value=300)
periods = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=200),
        st.lists(mgs, min_size=1, max_size=3),
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda p: p[0],
)


def build_regimen(spec) -> Regimen:
    built = []
    for offset, cycle in spec:
        starts = START + dt.timedelta(days=offset)
        built.append(
            daily_period(starts, cycle[0]) if len(cycle) == 1 else alternating_period(starts, cycle)
        )
    return Regimen(built)


def naive_projection(regimen: Regimen, first: dt.date, already: float, target: float):
    running = already
    if running >= target:
        return first
    current = first
    last_start = regimen.periods[-1].starts_on
    for _ in range(200_000):
        running += regimen.scheduled_mg(current)
        if running >= target:
            return current
        if current > last_start and sum(regimen.periods[-1].daily_totals) == 0:
            return None
        current += dt.timedelta(days=1)
    return None


# The reference walk is slow by design (one step per day, up to 60,000 mg at a few mg a day):
# it may pass Hypothesis's 200 ms deadline on correct code.
@settings(deadline=None)
@given(
    spec=periods,
    offset=st.integers(min_value=0, max_value=250),
    already=st.integers(min_value=0, max_value=20_000),
    target=st.floats(min_value=1, max_value=60_000, allow_nan=False),
)
def test_fast_projection_matches_a_day_by_day_walk(spec, offset, already, target) -> None:
    regimen = build_regimen(spec)
    first = START + dt.timedelta(days=offset)
    expected = naive_projection(regimen, first, already, target)
    assert project_target_date(regimen, first, already, target) == expected


entry_kinds = st.sampled_from(["taken", "missed", "skipped", "none"])


@given(
    kinds=st.lists(st.tuples(entry_kinds, st.integers(min_value=1, max_value=300)), max_size=120),
    as_of_day=st.integers(min_value=1, max_value=150),
    dose=st.integers(min_value=0, max_value=300),
)
def test_counts_and_cumulative_follow_the_entries(kinds, as_of_day, dose) -> None:
    entries = []
    for n, (kind, mg) in enumerate(kinds, start=1):
        if kind == "taken":
            entries.append(taken(n, mg))
        elif kind != "none":
            entries.append(DoseEntry(day(n), DoseStatus(kind)))
    progress = compute_progress(
        facts(Regimen([daily_period(START, dose)]), entries), day(as_of_day)
    )
    counted = [e for e in entries if e.day <= day(as_of_day)]
    assert progress.cumulative_mg == sum(e.mg_taken or 0 for e in counted)
    buckets = (
        progress.days_taken
        + progress.days_missed
        + progress.days_skipped
        + progress.days_unlogged
        + progress.days_paused
    )
    assert buckets == progress.course_day == as_of_day
    assert progress.days_taken == sum(e.status is DoseStatus.TAKEN for e in counted)
    assert progress.mg_per_kg == pytest.approx(progress.cumulative_mg / 70)


# -- boundaries (each one a mutant that survived without it) --------------------------------


def test_a_weight_recorded_on_the_as_of_day_is_the_latest() -> None:
    weights = [Weighing(day(1), 70), Weighing(day(5), 50)]
    course = facts(Regimen([daily_period(START, 50)]), [taken(1, 50)], weights=weights)
    assert compute_progress(course, day(5)).latest_weight_kg == 50
    assert compute_progress(course, day(4)).latest_weight_kg == 70


def test_without_a_weight_the_latest_is_the_reference_weight() -> None:
    progress = compute_progress(facts(Regimen([daily_period(START, 35)]), [taken(1, 35)]), day(1))
    assert progress.latest_weight_kg == 70
    assert progress.mg_per_kg_latest_weight == pytest.approx(0.5)


def test_every_figure_of_a_plain_course() -> None:
    entries = [taken(1, 40), taken(2, 80), DoseEntry(day(3), DoseStatus.MISSED), taken(4, 20)]
    course = facts(Regimen([daily_period(START, 40)]), entries, weight=80, target=100)
    p = compute_progress(course, day(5))
    assert (p.as_of, p.course_day, p.planned_days, p.scheduled_mg) == (day(5), 5, 140, 40)
    assert (p.cumulative_mg, p.reference_weight_kg, p.latest_weight_kg) == (140, 80, 80)
    assert p.mg_per_kg == pytest.approx(1.75)
    assert (p.target_mg_per_kg, p.target_mg) == (100, 8000)
    assert p.percent_of_target == pytest.approx(1.75)
    assert (p.days_taken, p.days_partial, p.days_over_schedule) == (3, 1, 1)
    assert (p.days_missed, p.days_skipped, p.days_unlogged, p.days_paused) == (1, 0, 1, 0)
    assert p.unlogged_days == (day(5),)
    # 7,860 mg to go from day 5 (unlogged, so counted) at 40 a day: 196.5 -> 197 days.
    assert p.projected_target_date == day(5 + 196)
    assert p.target_reached_on is None


def test_the_target_is_rounded_to_a_hundredth_of_a_mg() -> None:
    course = facts(Regimen([daily_period(START, 40)]), weight=70.3, target=150)
    assert course.target_mg == 10545.0
    assert facts(Regimen(), weight=33.333, target=1).target_mg == 33.33


def test_an_ended_course_counts_up_to_its_last_day_and_projects_nothing() -> None:
    entries = [taken(n, 40) for n in range(1, 4)]
    ended = CourseFacts(
        started_on=START,
        planned_weeks=20,
        target_mg_per_kg=150,
        reference_weight_kg=70,
        regimen=Regimen([daily_period(START, 40)]),
        entries={e.day: e for e in entries},
        ended_on=day(3),
    )
    p = compute_progress(ended, day(10))
    assert (p.cumulative_mg, p.days_taken, p.days_unlogged) == (120, 3, 0)
    assert p.projected_target_date is None and p.target_reached_on is None
    assert ended.state_on(day(3), day(10)) is DayState.TAKEN
    assert ended.state_on(day(4), day(10)) is DayState.OUTSIDE
    assert ended.state_on(START - dt.timedelta(days=1), day(10)) is DayState.OUTSIDE
    assert ended.state_on(day(2), day(1)) is DayState.UPCOMING


def test_a_course_ended_on_its_first_day_has_one_day() -> None:
    one_day = CourseFacts(
        started_on=START,
        planned_weeks=1,
        target_mg_per_kg=150,
        reference_weight_kg=70,
        regimen=Regimen([daily_period(START, 40)]),
        entries={START: taken(1, 40)},
        ended_on=START,
    )
    p = compute_progress(one_day, day(30))
    assert (p.cumulative_mg, p.days_taken, p.days_unlogged, p.planned_days) == (40, 1, 0, 7)


def test_the_target_is_reached_on_the_day_the_total_equals_it() -> None:
    # 20 kg x 10 mg/kg = 200 mg: day 1 missed, days 2 and 3 at 100 mg reach exactly 200.
    entries = [DoseEntry(day(1), DoseStatus.MISSED), taken(2, 100), taken(3, 100), taken(4, 100)]
    course = facts(Regimen([daily_period(START, 100)]), entries, weight=20, target=10)
    p = compute_progress(course, day(4))
    assert p.target_reached_on == day(3)
    assert p.projected_target_date is None
    assert compute_progress(course, day(2)).target_reached_on is None


def test_a_pause_in_the_middle_delays_the_projection_but_keeps_it() -> None:
    regimen = Regimen(
        [daily_period(START, 100), daily_period(day(3), 0), daily_period(day(6), 100)]
    )
    # 500 mg: days 1-2 (200), pause days 3-5, then days 6, 7, 8 (300).
    assert project_target_date(regimen, START, 0, 500) == day(8)
    # From inside the pause.
    assert project_target_date(regimen, day(4), 200, 500) == day(8)


@pytest.mark.parametrize(
    ("already", "target", "expected"),
    [
        (0, 400, 10),  # exactly ten doses: the tenth day, not the eleventh
        (0, 401, 11),
        (0, 40, 1),
        (0, 1, 1),
        (400, 400, 1),  # already there: the first day
        (399, 400, 1),
    ],
)
def test_whole_cycles_are_skipped_without_overshooting(already, target, expected) -> None:
    assert project_target_date(Regimen([daily_period(START, 40)]), START, already, target) == day(
        expected
    )


def test_an_alternating_pattern_is_projected_day_by_day_within_the_cycle() -> None:
    regimen = Regimen([alternating_period(START, [10, 90])])
    # Cycle of 100 mg over 2 days: 250 mg = 2 cycles (days 1-4) + 10 (day 5) ... + 90 (day 6).
    assert project_target_date(regimen, START, 0, 250) == day(6)
    assert project_target_date(regimen, START, 0, 210) == day(5)
    assert project_target_date(regimen, day(2), 0, 90) == day(2)


def test_cycles_are_not_skipped_past_the_next_period() -> None:
    regimen = Regimen([daily_period(START, 10), daily_period(day(4), 100)])
    # Days 1-3 give 30 mg; the rest at 100 a day: 1,030 mg -> day 13.
    assert project_target_date(regimen, START, 0, 1030) == day(13)
    assert project_target_date(regimen, START, 0, 1031) == day(14)
    # A period that ends on a pause before reaching the target: None.
    ending = Regimen([daily_period(START, 10), daily_period(day(4), 0)])
    assert project_target_date(ending, START, 0, 31) is None
    assert project_target_date(ending, START, 0, 30) == day(3)
    assert project_target_date(Regimen(), START, 0, 30) is None


def test_a_first_day_inside_a_later_period_skips_the_earlier_ones() -> None:
    regimen = Regimen([daily_period(START, 10), daily_period(day(4), 100)])
    assert project_target_date(regimen, day(4), 0, 100) == day(4)
    assert project_target_date(regimen, day(3), 0, 110) == day(4)


def test_entries_after_the_last_day_of_an_ended_course_do_not_count() -> None:
    ended = CourseFacts(
        started_on=START,
        planned_weeks=20,
        target_mg_per_kg=150,
        reference_weight_kg=70,
        regimen=Regimen([daily_period(START, 40)]),
        entries={day(1): taken(1, 40), day(2): taken(2, 40), day(5): taken(5, 40)},
        ended_on=day(2),
    )
    p = compute_progress(ended, day(10))
    assert (p.cumulative_mg, p.days_taken) == (80, 2)


def test_the_day_the_target_is_reached_counts_every_mg() -> None:
    # 200 mg: 100 + 99 is one short; the 1 mg of day 3 reaches it.
    entries = [taken(1, 100), taken(2, 99), taken(3, 1)]
    course = facts(Regimen([daily_period(START, 100)]), entries, weight=20, target=10)
    assert compute_progress(course, day(3)).target_reached_on == day(3)


def test_a_target_already_reached_is_projected_on_the_first_day_whatever_the_regimen() -> None:
    assert project_target_date(Regimen(), day(3), 500, 500) == day(3)
    paused = Regimen([daily_period(START, 0)])
    assert project_target_date(paused, day(3), 500, 500) == day(3)
    assert project_target_date(paused, day(3), 499, 500) is None


def test_cycles_are_skipped_only_whole_before_a_period_at_an_odd_distance() -> None:
    # Days 1-7 alternate 10/90 (310 mg: three cycles and a half), then 100 a day.
    regimen = Regimen([alternating_period(START, [10, 90]), daily_period(day(8), 100)])
    assert project_target_date(regimen, START, 0, 1020) == day(15)
    assert project_target_date(regimen, START, 0, 1010) == day(14)


def test_a_target_less_than_one_mg_past_a_whole_dose() -> None:
    assert project_target_date(Regimen([daily_period(START, 40)]), START, 0, 40.5) == day(2)
    assert project_target_date(Regimen([daily_period(START, 40)]), START, 0, 80.01) == day(3)


def test_the_planned_last_day_counts_the_first_day_as_day_one() -> None:
    from tracker.domain.progress import planned_last_day

    assert planned_last_day(dt.date(2026, 3, 1), 1) == dt.date(2026, 3, 7)
    assert planned_last_day(dt.date(2026, 3, 1), 20) == dt.date(2026, 7, 18)


# -- the running total a chart draws ---------------------------------------------------------


def test_the_cumulative_series_has_every_day_of_the_span_with_its_running_total() -> None:
    entries = [
        taken(1, 40),
        DoseEntry(day(2), DoseStatus.MISSED),
        DoseEntry(day(3), DoseStatus.SKIPPED),
        taken(4, 20),
        # day 5 unlogged
        taken(6, 60),
    ]
    series = cumulative_series(entries, day(1), day(6), 50)
    assert series.days == tuple(day(n) for n in range(1, 7))
    assert series.mg == (40, 40, 40, 60, 60, 120)
    assert series.mg_per_kg == (0.8, 0.8, 0.8, 1.2, 1.2, 2.4)


def test_the_cumulative_series_counts_entries_on_its_first_and_last_day_and_none_outside() -> None:
    entries = [taken(1, 10), taken(2, 20), taken(3, 30), taken(4, 40)]
    series = cumulative_series(reversed(entries), day(2), day(3), 10)
    assert series.days == (day(2), day(3))
    assert series.mg == (20, 50)
    assert series.mg_per_kg == (2.0, 5.0)


def test_a_one_day_span_has_one_point_and_a_reversed_span_none() -> None:
    assert cumulative_series([taken(3, 30)], day(3), day(3), 60) == CumulativeSeries(
        days=(day(3),), mg=(30,), mg_per_kg=(0.5,)
    )
    assert cumulative_series([taken(3, 30)], day(3), day(2), 60) == CumulativeSeries((), (), ())


@settings(max_examples=60)
@given(
    kinds=st.lists(st.tuples(entry_kinds, st.integers(min_value=1, max_value=300)), max_size=60),
    as_of_day=st.integers(min_value=1, max_value=80),
)
def test_the_cumulative_series_ends_on_the_figures_of_compute_progress(kinds, as_of_day) -> None:
    entries = []
    for n, (kind, mg) in enumerate(kinds, start=1):
        if kind == "taken":
            entries.append(taken(n, mg))
        elif kind != "none":
            entries.append(DoseEntry(day(n), DoseStatus(kind)))
    course = facts(Regimen([daily_period(START, 40)]), entries, weight=63.5)
    series = cumulative_series(entries, START, day(as_of_day), 63.5)
    for n in (1, as_of_day):
        progress = compute_progress(course, day(n))
        assert series.mg[n - 1] == progress.cumulative_mg
        assert series.mg_per_kg[n - 1] == progress.mg_per_kg
    assert len(series.days) == as_of_day
    assert list(series.mg) == sorted(series.mg)  # a running total never goes down
