"""The course arithmetic: worked examples from DOMAIN.md and properties against a slow,
obviously-correct day-by-day walk."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.doselog import DoseEntry, DoseStatus
from tracker.domain.progress import CourseFacts, Weighing, compute_progress, project_target_date
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


def test_as_of_before_the_start_is_refused() -> None:
    with pytest.raises(UserInputError, match="before the course started"):
        compute_progress(facts(Regimen([daily_period(START, 40)])), START - dt.timedelta(days=1))


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
