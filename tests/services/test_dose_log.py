import datetime as dt

import pytest
from sqlalchemy import select

from tests.conftest import COURSE_START, TODAY
from tracker.db import models
from tracker.domain.doselog import DayState, DoseStatus
from tracker.domain.regimen import daily_period
from tracker.errors import UserInputError
from tracker.services.records import LogRequest


def stored_entries(sessions):
    with sessions() as session:
        return [
            (row.day, row.status, row.mg_taken, row.with_food, row.note)
            for row in session.scalars(select(models.DoseEntry).order_by(models.DoseEntry.day))
        ]


def test_taken_defaults_to_the_scheduled_dose(services, sessions, start_course) -> None:
    start_course(mg=40)
    services.dose_log.log_day(LogRequest(COURSE_START, DoseStatus.TAKEN, with_food=True))
    assert stored_entries(sessions) == [(COURSE_START, DoseStatus.TAKEN, 40, True, "")]


def test_a_second_entry_for_a_day_replaces_the_first(services, sessions, start_course) -> None:
    start_course()
    services.dose_log.log_day(LogRequest(COURSE_START, DoseStatus.TAKEN, mg_taken=40))
    services.dose_log.log_day(LogRequest(COURSE_START, DoseStatus.MISSED, note=" forgot "))
    assert stored_entries(sessions) == [(COURSE_START, DoseStatus.MISSED, None, None, "forgot")]


def test_clearing_a_day_makes_it_unlogged_again(services, start_course, log_day) -> None:
    start_course()
    log_day(COURSE_START)
    services.dose_log.clear_day(COURSE_START)
    rows = services.dose_log.day_rows(COURSE_START)
    assert [(r.day, r.state) for r in rows] == [(COURSE_START, DayState.UNLOGGED)]


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (COURSE_START - dt.timedelta(days=1), "before the course"),
        (TODAY + dt.timedelta(days=1), "in the future"),
    ],
)
def test_days_outside_the_course_or_in_the_future_are_refused(
    services, sessions, start_course, day, message
) -> None:
    start_course()
    with pytest.raises(UserInputError, match=message):
        services.dose_log.log_day(LogRequest(day, DoseStatus.TAKEN))
    assert stored_entries(sessions) == []


def test_taken_on_a_pause_day_needs_the_mg(services, start_course) -> None:
    start_course()
    services.course.set_dose_period(daily_period(COURSE_START + dt.timedelta(days=2), 0))
    with pytest.raises(UserInputError, match="no dose is scheduled"):
        services.dose_log.log_day(LogRequest(COURSE_START + dt.timedelta(days=3), DoseStatus.TAKEN))


@pytest.mark.parametrize(
    "extra",
    [{"mg_taken": 40}, {"with_food": True}, {"taken_at": dt.time(8, 30)}],
    ids=["mg", "meal", "time"],
)
def test_missed_day_cannot_carry_what_only_a_taken_dose_has(
    services, sessions, start_course, extra
) -> None:
    start_course()
    # Refused, as the CLI refuses it: never store a contradiction, never drop input silently.
    with pytest.raises(UserInputError, match="a missed day has no amount, meal answer or time"):
        services.dose_log.log_day(LogRequest(COURSE_START, DoseStatus.MISSED, **extra))
    assert stored_entries(sessions) == []


def test_day_rows_list_every_course_day_newest_first(services, start_course, log_day) -> None:
    start_course()
    log_day(COURSE_START, mg_taken=20)
    log_day(COURSE_START + dt.timedelta(days=1), DoseStatus.SKIPPED)
    rows = services.dose_log.day_rows(COURSE_START + dt.timedelta(days=2))
    assert [r.state for r in rows] == [DayState.UNLOGGED, DayState.SKIPPED, DayState.PARTIAL]
    assert [r.course_day for r in rows] == [3, 2, 1]


def test_a_few_weeks_with_a_dose_change_a_missed_and_a_skipped_day(
    services, start_course, log_day
) -> None:
    """The issue's acceptance scenario, checked through the status service."""
    start_course(weight_kg=60, mg=40, target_mg_per_kg=120)
    change = COURSE_START + dt.timedelta(days=14)
    services.course.set_dose_period(daily_period(change, 60))
    for n in range(21):
        day = COURSE_START + dt.timedelta(days=n)
        if n == 5:
            log_day(day, DoseStatus.MISSED)
        elif n == 9:
            log_day(day, DoseStatus.SKIPPED)
        elif n != 20:
            log_day(day)
    services.weights.record(COURSE_START + dt.timedelta(days=14), 62)
    as_of = COURSE_START + dt.timedelta(days=20)
    p = services.status.status(as_of).progress
    # Days 1-14 at 40 mg less two (missed, skipped) = 12 x 40; days 15-20 at 60 = 6 x 60.
    assert p.cumulative_mg == 12 * 40 + 6 * 60 == 840
    assert p.mg_per_kg == pytest.approx(14.0)
    assert p.mg_per_kg_latest_weight == pytest.approx(840 / 62)
    assert (p.days_taken, p.days_missed, p.days_skipped, p.days_unlogged) == (18, 1, 1, 1)
    assert p.course_day == 21 and p.scheduled_mg == 60
    # 7,200 mg target: 6,360 to go from day 21 (unlogged, so counted from it) at 60 mg a day.
    assert p.projected_target_date == as_of + dt.timedelta(days=6360 // 60 - 1)


def test_weights_are_one_per_day_and_plausible(services, start_course) -> None:
    start_course()
    services.weights.record(COURSE_START, 71)
    assert [(w.measured_on, w.kg) for w in services.weights.history()] == [(COURSE_START, 71)]
    with pytest.raises(UserInputError, match="between 20 and 300"):
        services.weights.record(COURSE_START, 19.9)
    with pytest.raises(UserInputError, match="future"):
        services.weights.record(TODAY + dt.timedelta(days=1), 70)


def test_more_than_scheduled_is_recorded_as_given_and_counted_apart(
    services, sessions, start_course
) -> None:
    start_course(mg=40)
    change = services.dose_log.log_day(LogRequest(COURSE_START, DoseStatus.TAKEN, mg_taken=300))
    assert change.over_schedule and change.scheduled_mg == 40
    assert stored_entries(sessions) == [(COURSE_START, DoseStatus.TAKEN, 300, None, "")]
    exact = services.dose_log.log_day(LogRequest(COURSE_START, DoseStatus.TAKEN, mg_taken=40))
    assert not exact.over_schedule
    services.dose_log.log_day(
        LogRequest(COURSE_START + dt.timedelta(days=1), DoseStatus.TAKEN, mg_taken=41)
    )
    p = services.status.status(COURSE_START + dt.timedelta(days=1)).progress
    assert (p.days_taken, p.days_over_schedule, p.days_partial) == (2, 1, 0)
    rows = services.dose_log.day_rows(COURSE_START + dt.timedelta(days=1))
    assert [r.state for r in rows] == [DayState.OVER, DayState.TAKEN]


def test_clearing_one_day_keeps_every_other_day_and_returns_what_it_removed(
    services, sessions, start_course, log_day
) -> None:
    start_course()
    first, second = COURSE_START, COURSE_START + dt.timedelta(days=1)
    log_day(first, note="first")
    log_day(second, with_food=True, taken_at=dt.time(8, 30), note="keep me")
    change = services.dose_log.clear_day(second)
    assert change.before is not None and change.after is None
    assert (change.before.with_food, change.before.taken_at, change.before.note) == (
        True,
        dt.time(8, 30),
        "keep me",
    )
    assert stored_entries(sessions) == [(first, DoseStatus.TAKEN, 40, None, "first")]
    # Undo puts back every field, the time taken included.
    services.dose_log.restore_day(second, change.before)
    restored = {r.day: r.entry for r in services.dose_log.day_rows()}[second]
    assert restored == change.before


def test_clearing_is_scoped_to_the_active_course(services, sessions, start_course, log_day) -> None:
    start_course()
    log_day(COURSE_START, note="first course")
    services.course.end_course(COURSE_START + dt.timedelta(days=2))
    start_course(started_on=COURSE_START + dt.timedelta(days=10))
    with pytest.raises(UserInputError, match="before the course started"):
        services.dose_log.clear_day(COURSE_START)
    assert [e[4] for e in stored_entries(sessions)] == ["first course"]


def test_fill_taken_marks_only_unlogged_scheduled_days(
    services, sessions, start_course, log_day
) -> None:
    start_course(mg=40)
    day = lambda n: COURSE_START + dt.timedelta(days=n)  # noqa: E731
    log_day(day(1), mg_taken=20, note="half")
    log_day(day(2), DoseStatus.MISSED, note="forgot")
    services.course.set_dose_period(daily_period(day(4), 0))  # days 4-5 are a pause
    services.course.set_dose_period(daily_period(day(6), 60))
    changes = services.dose_log.fill_taken(day(0), day(7))
    assert [c.day for c in changes] == [day(0), day(3), day(6), day(7)]
    assert all(c.before is None for c in changes)
    stored = {d: (status, mg, note) for d, status, mg, _, note in stored_entries(sessions)}
    assert stored == {
        day(0): (DoseStatus.TAKEN, 40, ""),
        day(1): (DoseStatus.TAKEN, 20, "half"),
        day(2): (DoseStatus.MISSED, None, "forgot"),
        day(3): (DoseStatus.TAKEN, 40, ""),
        day(6): (DoseStatus.TAKEN, 60, ""),
        day(7): (DoseStatus.TAKEN, 60, ""),
    }
    assert services.dose_log.fill_taken(day(0), day(7)) == []


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (COURSE_START + dt.timedelta(days=3), COURSE_START, "ends"),
        (COURSE_START - dt.timedelta(days=1), COURSE_START, "before the course started"),
        (TODAY, TODAY + dt.timedelta(days=1), "in the future"),
    ],
    ids=["reversed", "before-course", "future"],
)
def test_fill_taken_refuses_a_bad_range_and_writes_nothing(
    services, sessions, start_course, first, last, message
) -> None:
    start_course()
    with pytest.raises(UserInputError, match=message):
        services.dose_log.fill_taken(first, last)
    assert stored_entries(sessions) == []
