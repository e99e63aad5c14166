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
    with pytest.raises(UserInputError) as refused:
        services.dose_log.log_day(LogRequest(COURSE_START + dt.timedelta(days=3), DoseStatus.TAKEN))
    assert str(refused.value) == "no dose is scheduled on 2026-10-04; give the mg taken"


@pytest.mark.parametrize(
    "extra",
    [{"mg_taken": 40}, {"with_food": True}, {"taken_at": dt.time(8, 30)}],
    ids=["mg", "meal", "time"],
)
@pytest.mark.parametrize("status", [DoseStatus.MISSED, DoseStatus.SKIPPED])
def test_missed_day_cannot_carry_what_only_a_taken_dose_has(
    services, sessions, start_course, extra, status
) -> None:
    start_course()
    # Refused, as the CLI refuses it: never store a contradiction, never drop input silently.
    with pytest.raises(UserInputError) as refused:
        services.dose_log.log_day(LogRequest(COURSE_START, status, **extra))
    assert str(refused.value) == f"a {status.value} day has no amount, meal answer or time taken"
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


def test_fill_taken_with_only_fills_the_days_listed_and_no_other(
    services, sessions, start_course, log_day
) -> None:
    start_course(mg=40)
    day = lambda n: COURSE_START + dt.timedelta(days=n)  # noqa: E731
    log_day(day(3), DoseStatus.MISSED, note="forgot")
    # The days a filtered list showed: 1 and 3 (already logged) in the range, 9 outside it.
    changes = services.dose_log.fill_taken(day(0), day(5), only={day(1), day(3), day(9)})
    assert [(c.day, c.after.mg_taken) for c in changes] == [(day(1), 40)]
    assert [(d, status, note) for d, status, _, _, note in stored_entries(sessions)] == [
        (day(1), DoseStatus.TAKEN, ""),
        (day(3), DoseStatus.MISSED, "forgot"),
    ]


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (
            COURSE_START + dt.timedelta(days=3),
            COURSE_START,
            "the range ends (2026-10-01) before it starts (2026-10-04)",
        ),
        (
            COURSE_START - dt.timedelta(days=1),
            COURSE_START,
            "2026-09-30 is before the course started (2026-10-01)",
        ),
        (
            TODAY,
            TODAY + dt.timedelta(days=1),
            "2026-11-29 is in the future; log a day once it comes",
        ),
    ],
    ids=["reversed", "before-course", "future"],
)
def test_fill_taken_refuses_a_bad_range_and_writes_nothing(
    services, sessions, start_course, first, last, message
) -> None:
    start_course()
    with pytest.raises(UserInputError) as refused:
        services.dose_log.fill_taken(first, last)
    assert str(refused.value) == message
    assert stored_entries(sessions) == []


# -- every stored field read back, several rows and two courses -----------------------------


def test_every_field_of_a_taken_day_is_stored_and_read_back(services, start_course) -> None:
    from tracker.domain.doselog import DoseEntry

    start_course(mg=40)
    day = COURSE_START + dt.timedelta(days=3)
    request = LogRequest(
        day, DoseStatus.TAKEN, mg_taken=30, with_food=False, taken_at=dt.time(21, 5), note=" ok "
    )
    change = services.dose_log.log_day(request)
    expected = DoseEntry(day, DoseStatus.TAKEN, 30, False, dt.time(21, 5), "ok")
    assert (change.day, change.scheduled_mg, change.before, change.after) == (
        day,
        40,
        None,
        expected,
    )
    rows = {r.day: r for r in services.dose_log.day_rows(day)}
    assert rows[day].entry == expected
    assert rows[day].state is DayState.PARTIAL
    status = services.status.status(day)
    assert status.entry_today == expected
    assert status.last_food_answer is False


def test_a_replaced_entry_is_returned_whole_and_its_fields_do_not_linger(
    services, start_course
) -> None:
    from tracker.domain.doselog import DoseEntry

    start_course()
    first = LogRequest(COURSE_START, DoseStatus.TAKEN, 40, True, dt.time(8, 30), "first")
    services.dose_log.log_day(first)
    change = services.dose_log.log_day(LogRequest(COURSE_START, DoseStatus.SKIPPED))
    assert change.before == DoseEntry(
        COURSE_START, DoseStatus.TAKEN, 40, True, dt.time(8, 30), "first"
    )
    assert services.dose_log.day_rows(COURSE_START)[0].entry == DoseEntry(
        COURSE_START, DoseStatus.SKIPPED
    )


def test_a_pause_day_cannot_be_missed_or_skipped(services, sessions, start_course) -> None:
    start_course()
    pause = COURSE_START + dt.timedelta(days=2)
    services.course.set_dose_period(daily_period(pause, 0))
    for status in (DoseStatus.MISSED, DoseStatus.SKIPPED):
        with pytest.raises(UserInputError) as refused:
            services.dose_log.log_day(LogRequest(pause, status))
        assert str(refused.value) == (
            "nothing is scheduled on 2026-10-03 (a pause), "
            f"so there is no dose to mark as {status.value}"
        )
    # A dose taken on a pause day, with its amount, is recorded as more than scheduled.
    change = services.dose_log.log_day(LogRequest(pause, DoseStatus.TAKEN, mg_taken=20))
    assert change.over_schedule and change.scheduled_mg == 0
    assert stored_entries(sessions) == [(pause, DoseStatus.TAKEN, 20, None, "")]


@pytest.mark.parametrize("status", [DoseStatus.MISSED, DoseStatus.SKIPPED])
def test_a_day_not_taken_keeps_its_note_only(services, start_course, status) -> None:
    start_course()
    services.dose_log.log_day(LogRequest(COURSE_START, status, note="on holiday"))
    entry = services.dose_log.day_rows(COURSE_START)[0].entry
    assert entry is not None
    assert (entry.status, entry.mg_taken, entry.with_food, entry.taken_at, entry.note) == (
        status,
        None,
        None,
        None,
        "on holiday",
    )


def test_logging_today_and_the_course_start_is_allowed(services, start_course, today) -> None:
    start_course()
    services.dose_log.log_day(LogRequest(today, DoseStatus.TAKEN))
    services.dose_log.log_day(LogRequest(COURSE_START, DoseStatus.TAKEN))
    assert {r.day for r in services.dose_log.day_rows() if r.entry} == {today, COURSE_START}


def test_clearing_a_day_with_nothing_logged_changes_nothing(
    services, sessions, start_course
) -> None:
    start_course()
    services.dose_log.log_day(LogRequest(COURSE_START, DoseStatus.TAKEN))
    change = services.dose_log.clear_day(COURSE_START + dt.timedelta(days=1))
    assert (change.before, change.after, change.scheduled_mg) == (None, None, 40)
    assert stored_entries(sessions) == [(COURSE_START, DoseStatus.TAKEN, 40, None, "")]
    with pytest.raises(UserInputError, match="in the future"):
        services.dose_log.clear_day(TODAY + dt.timedelta(days=1))


def test_restoring_nothing_clears_only_that_day(services, sessions, start_course, log_day) -> None:
    start_course()
    for n in range(3):
        log_day(COURSE_START + dt.timedelta(days=n), note=f"day {n}")
    change = services.dose_log.restore_day(COURSE_START + dt.timedelta(days=1), None)
    assert change.before is not None and change.before.note == "day 1"
    assert [e[4] for e in stored_entries(sessions)] == ["day 0", "day 2"]


def two_overlapping_courses(services, start_course, log_day) -> tuple[dt.date, dt.date]:
    """A first course with two logged days, ended; a second one started before the first's
    last day (dates as the patient typed them). Returns the two shared days."""
    start_course()
    shared = (COURSE_START + dt.timedelta(days=6), COURSE_START + dt.timedelta(days=7))
    log_day(shared[0], note="first course")
    log_day(shared[1], note="first course")
    services.course.end_course(COURSE_START + dt.timedelta(days=10))
    start_course(started_on=COURSE_START + dt.timedelta(days=5), mg=60)
    return shared


def test_writes_of_one_course_leave_the_other_courses_days(
    services, sessions, start_course, log_day
) -> None:
    one, two = two_overlapping_courses(services, start_course, log_day)
    change = services.dose_log.log_day(LogRequest(one, DoseStatus.MISSED, note="second course"))
    assert change.before is None
    assert services.dose_log.clear_day(two).before is None
    assert services.dose_log.fill_taken(two, two)[0].after.mg_taken == 60
    with sessions() as session:
        rows = session.scalars(select(models.DoseEntry).order_by(models.DoseEntry.id)).all()
        assert [(r.day, r.status, r.note) for r in rows] == [
            (one, DoseStatus.TAKEN, "first course"),
            (two, DoseStatus.TAKEN, "first course"),
            (one, DoseStatus.MISSED, "second course"),
            (two, DoseStatus.TAKEN, ""),
        ]
    # The second course's figures count its own days only.
    p = services.status.status(two).progress
    assert (p.cumulative_mg, p.days_taken, p.days_missed, p.days_unlogged) == (60, 1, 1, 1)
    assert [r.entry.note for r in services.dose_log.day_rows(two) if r.entry] == [
        "",
        "second course",
    ]


def test_fill_taken_on_a_single_day_and_the_range_ends(services, sessions, start_course) -> None:
    start_course(mg=40)
    assert [c.day for c in services.dose_log.fill_taken(COURSE_START, COURSE_START)] == [
        COURSE_START
    ]
    changes = services.dose_log.fill_taken(TODAY - dt.timedelta(days=1), TODAY)
    assert [(c.day, c.scheduled_mg, c.after.mg_taken) for c in changes] == [
        (TODAY - dt.timedelta(days=1), 40, 40),
        (TODAY, 40, 40),
    ]
    assert len(stored_entries(sessions)) == 3


def test_day_rows_default_to_today_and_show_the_schedule(services, start_course, today) -> None:
    start_course(mg=40)
    services.course.set_dose_period(daily_period(today, 0))
    rows = services.dose_log.day_rows()
    assert rows[0].day == today and rows[-1].day == COURSE_START
    assert (rows[0].scheduled_mg, rows[0].state, rows[0].course_day) == (0, DayState.PAUSE, 59)
    assert (rows[1].scheduled_mg, rows[1].state) == (40, DayState.UNLOGGED)
    assert len(rows) == 59


def test_a_request_restoring_an_entry_carries_every_field() -> None:
    from tracker.domain.doselog import DoseEntry
    from tracker.services.records import DayChange

    entry = DoseEntry(COURSE_START, DoseStatus.TAKEN, 60, False, dt.time(7, 15), "note")
    assert LogRequest.restoring(entry) == LogRequest(
        COURSE_START, DoseStatus.TAKEN, 60, False, dt.time(7, 15), "note"
    )
    assert not DayChange(COURSE_START, 40, entry, None).over_schedule
    assert DayChange(COURSE_START, 40, None, entry).over_schedule
    assert not DayChange(COURSE_START, 60, None, entry).over_schedule


def test_undoing_a_missed_day_puts_it_back_with_its_schedule(services, start_course) -> None:
    from tracker.domain.doselog import DoseEntry

    start_course(mg=40)
    missed = DoseEntry(COURSE_START, DoseStatus.MISSED, note="away")
    change = services.dose_log.restore_day(COURSE_START, missed)
    assert (change.day, change.scheduled_mg, change.after) == (COURSE_START, 40, missed)
    taken = DoseEntry(COURSE_START, DoseStatus.TAKEN, 40)
    assert not services.dose_log.restore_day(COURSE_START, taken).over_schedule
    cleared = services.dose_log.clear_day(COURSE_START)
    assert (cleared.day, cleared.before, cleared.after) == (COURSE_START, taken, None)


def test_fill_taken_marks_a_day_of_one_mg(services, start_course) -> None:
    start_course(mg=1)
    assert [c.after.mg_taken for c in services.dose_log.fill_taken(COURSE_START, COURSE_START)] == [
        1
    ]
