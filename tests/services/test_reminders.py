"""Which reminders are due, from the real store, with the clock in New York: across the
daylight-saving changes of 2026-03-08 and 2026-11-01, and after a computer slept through a
reminder. A reminder never logs anything."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select

from tracker.clock import FixedClock
from tracker.db import models
from tracker.domain.appointments import AppointmentDraft, AppointmentKind
from tracker.domain.doselog import DoseStatus
from tracker.domain.mood import Instrument
from tracker.domain.pregnancy import ChecklistItem, TestDraft, TestKind, TestResult
from tracker.domain.regimen import daily_period
from tracker.domain.reminders import (
    NEVER_ANSWERED,
    Lead,
    Reminder,
    ReminderKind,
    ReminderSettings,
    ReminderState,
)
from tracker.errors import UserInputError
from tracker.services.records import ProfileInfo

NY = ZoneInfo("America/New_York")
START = dt.date(2026, 3, 1)
SPRING = dt.date(2026, 3, 8)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(SPRING, at=dt.time(7, 0), zone=NY)


@pytest.fixture(autouse=True)
def no_phq2_rhythm(services) -> None:
    """The PHQ-2 has its own reminder (tests/services/test_mood.py); off here, so that the
    lists below hold the reminders these tests are about."""
    services.mood.set_phq2_every_days(None)


@pytest.fixture
def course(start_course):
    return start_course(started_on=START)


def at(month: int, day: int, hour: int, minute: int = 0, *, fold: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, fold=fold)


def keys(reminders: list[Reminder]) -> list[str]:
    return [r.key for r in reminders]


def dose_keys(*days: int, month: int = 3) -> list[str]:
    return [f"dose:2026-{month:02d}-{d:02d}:0" for d in days]


def set_now(clock: FixedClock, moment: dt.datetime) -> None:
    clock.set_now(moment)


def state_row(sessions, key: str) -> models.ReminderState | None:
    with sessions() as session:
        return session.get(models.ReminderState, key)


def stored_state(sessions, key: str) -> models.ReminderState:
    row = state_row(sessions, key)
    assert row is not None
    return row


# -- dose reminders -----------------------------------------------------------------------------


def test_nothing_is_due_without_a_course(services) -> None:
    assert services.reminders.due() == []


def test_dose_reminders_look_back_seven_days_and_fire_at_their_time(
    services, clock, course
) -> None:
    set_now(clock, at(3, 8, 7, 59))
    assert keys(services.reminders.due()) == dose_keys(2, 3, 4, 5, 6, 7)
    set_now(clock, at(3, 8, 8, 0))
    found = services.reminders.due()
    assert keys(found) == dose_keys(2, 3, 4, 5, 6, 7, 8)
    assert found[-1] == Reminder(
        key="dose:2026-03-08:0",
        kind=ReminderKind.DOSE,
        due_at=at(3, 8, 8, 0),
        subject="Sun 8 Mar 2026: 40 mg scheduled, not logged yet",
        day=SPRING,
        intake=0,
    )
    assert found[-2].subject == "Sat 7 Mar 2026: 40 mg scheduled, not logged: log what happened"
    assert found[-2].intake is None


def test_due_at_a_given_wall_clock_time_or_instant(services, course) -> None:
    assert keys(services.reminders.due(at(3, 3, 7, 59))) == dose_keys(1, 2)
    assert keys(services.reminders.due(at(3, 3, 8, 0))) == dose_keys(1, 2, 3)
    instant = dt.datetime(2026, 3, 3, 13, 0, tzinfo=dt.UTC)  # 08:00 EST
    assert keys(services.reminders.due(instant)) == dose_keys(1, 2, 3)


def test_late_in_the_evening_the_window_is_the_local_days(services, course) -> None:
    # 21:00 in New York is already 9 March in UTC: the window still ends on the 8th.
    assert keys(services.reminders.due(at(3, 8, 21, 0))) == dose_keys(2, 3, 4, 5, 6, 7, 8)


def test_a_course_that_starts_today_has_only_today(services, clock, start_course) -> None:
    start_course(started_on=SPRING)
    set_now(clock, at(3, 8, 8, 0))
    assert keys(services.reminders.due()) == dose_keys(8)


@pytest.mark.parametrize("status", list(DoseStatus))
def test_any_entry_answers_the_days_dose_reminder(services, course, log_day, status) -> None:
    for day in (2, 5, 8):  # the window's first and last days, and one between
        log_day(dt.date(2026, 3, day), status)
    assert keys(services.reminders.due(at(3, 8, 8, 0))) == dose_keys(3, 4, 6, 7)


def test_a_pause_day_has_no_dose_reminder(services, course) -> None:
    services.course.set_dose_period(daily_period(dt.date(2026, 3, 5), 0))
    services.course.set_dose_period(daily_period(dt.date(2026, 3, 7), 20))
    found = services.reminders.due(at(3, 8, 8, 0))
    assert keys(found) == dose_keys(2, 3, 4, 7, 8)
    assert found[-1].subject == "Sun 8 Mar 2026: 20 mg scheduled, not logged yet"


def test_an_ended_course_has_no_dose_reminders(services, course) -> None:
    services.course.end_course(dt.date(2026, 3, 7))
    assert services.reminders.due(at(3, 8, 8, 0)) == []


def test_a_split_dose_has_a_reminder_for_each_intake(services, course) -> None:
    services.settings.save_reminder_settings(
        ReminderSettings(dose_times=(dt.time(8, 0), dt.time(20, 0)))
    )
    services.course.set_dose_period(
        daily_period(SPRING, 40, split=(("morning", 20), ("evening", 20)))
    )
    found = [r for r in services.reminders.due(at(3, 8, 20, 0)) if r.day == SPRING]
    assert [(r.key, r.due_at, r.subject, r.intake) for r in found] == [
        ("dose:2026-03-08:0", at(3, 8, 8, 0), "Sun 8 Mar 2026, morning: 20 mg, intake 1 of 2", 0),
        ("dose:2026-03-08:1", at(3, 8, 20, 0), "Sun 8 Mar 2026, evening: 20 mg, intake 2 of 2", 1),
    ]


def test_two_dose_times_list_each_day_that_is_over_once(services, course) -> None:
    services.settings.save_reminder_settings(
        ReminderSettings(dose_times=(dt.time(8, 0), dt.time(20, 0)))
    )
    found = services.reminders.due(at(3, 8, 9, 0))
    assert [(r.key, r.due_at) for r in found] == [
        *((f"dose:2026-03-0{d}:1", at(3, d, 20, 0)) for d in range(2, 8)),
        ("dose:2026-03-08:0", at(3, 8, 8, 0)),
    ]
    assert found[0].subject == "Mon 2 Mar 2026: 40 mg scheduled, not logged: log what happened"
    assert found[-1].subject == "Sun 8 Mar 2026: 40 mg for the day, reminder 1 of 2"


def test_no_dose_times_no_dose_reminders(services, course) -> None:
    services.settings.save_reminder_settings(ReminderSettings(dose_times=()))
    assert services.reminders.due(at(3, 8, 8, 0)) == []


def test_reminders_turned_off_are_never_due(services, course) -> None:
    services.settings.save_reminder_settings(ReminderSettings(enabled=False))
    assert services.reminders.due(at(3, 8, 8, 0)) == []
    services.settings.save_reminder_settings(ReminderSettings(enabled=True))
    assert len(services.reminders.due(at(3, 8, 8, 0))) == 7


def test_reminders_turned_off_read_nothing_but_the_settings(services, sessions, course) -> None:
    """The app asks every half minute: switched off, that costs one look at the settings."""
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.settings.save_reminder_settings(ReminderSettings(enabled=False))
    engine = sessions.kw["bind"]
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        services.reminders.due(at(3, 8, 8, 0))
    finally:
        event.remove(engine, "before_cursor_execute", record)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert reads and all(" FROM setting " in f"{s} ".replace("\n", " ") for s in reads)


# -- daylight saving and sleep ------------------------------------------------------------------


def test_a_computer_that_slept_through_reminders_finds_them_on_the_next_check(
    services, clock, course
) -> None:
    set_now(clock, at(3, 7, 7, 0))  # EST
    assert keys(services.reminders.due()) == dose_keys(1, 2, 3, 4, 5, 6)
    clock.advance(dt.timedelta(hours=30))  # asleep across the night the clocks go forward
    assert clock.now().replace(tzinfo=None) == at(3, 8, 14, 0)  # 30 real hours, 31 on the clock
    assert keys(services.reminders.due()) == dose_keys(2, 3, 4, 5, 6, 7, 8)


def test_a_dose_time_skipped_by_spring_forward_fires_at_three(services, clock, course) -> None:
    services.settings.save_reminder_settings(ReminderSettings(dose_times=(dt.time(2, 30),)))
    set_now(clock, at(3, 8, 1, 59))
    assert "dose:2026-03-08:0" not in keys(services.reminders.due())
    clock.advance(dt.timedelta(minutes=1))
    assert clock.now().replace(tzinfo=None) == at(3, 8, 3, 0)
    found = services.reminders.due()
    assert found[-1].key == "dose:2026-03-08:0"
    assert found[-1].due_at == at(3, 8, 3, 0)


def test_a_dose_time_stays_at_eight_on_the_wall_clock_after_fall_back(
    services, clock, course
) -> None:
    set_now(clock, at(11, 1, 7, 59))  # EST, the day the clocks went back
    days_before = [*dose_keys(26, 27, 28, 29, 30, month=10), "dose:2026-10-31:0"]
    assert keys(services.reminders.due()) == days_before
    clock.advance(dt.timedelta(minutes=1))
    assert services.reminders.due()[-1].due_at == at(11, 1, 8, 0)


def test_a_dose_time_in_the_repeated_hour_fires_once_the_first_time(
    services, clock, course
) -> None:
    services.settings.save_reminder_settings(ReminderSettings(dose_times=(dt.time(1, 30),)))
    set_now(clock, at(11, 1, 1, 29))  # the first 01:29 (EDT)
    assert "dose:2026-11-01:0" not in keys(services.reminders.due())
    clock.advance(dt.timedelta(minutes=1))
    assert services.reminders.due()[-1].key == "dose:2026-11-01:0"
    clock.advance(dt.timedelta(hours=1))  # the second 01:30 (EST)
    assert keys(services.reminders.due()).count("dose:2026-11-01:0") == 1


# -- answering ----------------------------------------------------------------------------------


def test_dismissing_a_dose_reminder_does_not_log_the_day(services, sessions, clock, course) -> None:
    set_now(clock, at(3, 8, 8, 0))
    key = "dose:2026-03-08:0"
    assert services.reminders.dismiss(key) == NEVER_ANSWERED
    assert key not in keys(services.reminders.due())
    assert services.reminders.state(key) == ReminderState(dismissed=True)
    row = stored_state(sessions, key)
    assert (row.dismissed_at, row.snoozed_until, row.updated_at) == (
        clock.now_utc(),
        None,
        clock.now_utc(),
    )
    [today] = [r for r in services.dose_log.day_rows(SPRING) if r.day == SPRING]
    assert today.entry is None
    assert services.reminders.dismiss(key) == ReminderState(dismissed=True)


def test_a_snoozed_reminder_returns_at_its_snooze_time(services, sessions, clock, course) -> None:
    set_now(clock, at(3, 8, 8, 30))
    key = "dose:2026-03-08:0"
    assert services.reminders.snooze(key, at(3, 8, 9, 0)) == NEVER_ANSWERED
    assert services.reminders.state(key) == ReminderState(snoozed_until=at(3, 8, 9, 0))
    assert stored_state(sessions, key).dismissed_at is None
    assert key not in keys(services.reminders.due(at(3, 8, 8, 59)))
    assert key in keys(services.reminders.due(at(3, 8, 9, 0)))


def test_snoozing_a_dismissed_reminder_brings_it_back_later(services, sessions, clock, course):
    set_now(clock, at(3, 8, 8, 30))
    key = "dose:2026-03-08:0"
    services.reminders.dismiss(key)
    assert services.reminders.snooze(key, at(3, 8, 8, 31)) == ReminderState(dismissed=True)
    assert stored_state(sessions, key).dismissed_at is None
    assert key in keys(services.reminders.due(at(3, 8, 8, 31)))
    assert services.reminders.dismiss(key) == ReminderState(snoozed_until=at(3, 8, 8, 31))
    assert stored_state(sessions, key).snoozed_until is None


@pytest.mark.parametrize(
    ("until", "message"),
    [
        (at(3, 8, 8, 30), "snooze until a time later than now, not 2026-03-08 08:30"),
        (at(3, 8, 8, 29), "snooze until a time later than now, not 2026-03-08 08:29"),
        (
            dt.datetime(2026, 3, 8, 12, 0, tzinfo=NY),
            "snooze until a time on the local clock",
        ),
        (
            dt.datetime(2028, 3, 8, 9, 0),
            "2028-03-08 is more than 104 weeks after today (2026-03-08); check the year you typed",
        ),
    ],
)
def test_a_snooze_that_is_not_later_than_now_is_refused(
    services, sessions, clock, course, until, message
) -> None:
    set_now(clock, at(3, 8, 8, 30))
    with pytest.raises(UserInputError) as refused:
        services.reminders.snooze("dose:2026-03-08:0", until)
    assert str(refused.value) == message
    assert state_row(sessions, "dose:2026-03-08:0") is None


def test_late_in_the_evening_a_snooze_counts_its_limit_from_the_local_day(
    services, sessions, clock, course
) -> None:
    set_now(clock, at(3, 8, 21, 0))  # already 9 March in UTC
    key = "dose:2026-03-08:0"
    with pytest.raises(UserInputError) as refused:
        services.reminders.snooze(key, dt.datetime(2028, 3, 6, 9, 0))
    assert str(refused.value) == (
        "2028-03-06 is more than 104 weeks after today (2026-03-08); check the year you typed"
    )
    assert state_row(sessions, key) is None
    services.reminders.snooze(key, dt.datetime(2028, 3, 5, 23, 59))
    later = ReminderState(snoozed_until=dt.datetime(2028, 3, 5, 23, 59))
    assert services.reminders.state(key) == later


def test_restoring_a_state_undoes_an_answer(services, sessions, clock, course) -> None:
    set_now(clock, at(3, 8, 8, 30))
    key = "dose:2026-03-08:0"
    before = services.reminders.dismiss(key)
    services.reminders.restore_state(key, before)
    assert state_row(sessions, key) is None
    assert key in keys(services.reminders.due())
    services.reminders.restore_state(key, ReminderState(snoozed_until=at(3, 8, 10, 0)))
    assert services.reminders.state(key) == ReminderState(snoozed_until=at(3, 8, 10, 0))
    assert key not in keys(services.reminders.due())
    services.reminders.restore_state("dose:2026-03-07:0", NEVER_ANSWERED)  # nothing to remove
    assert state_row(sessions, "dose:2026-03-07:0") is None


@pytest.mark.parametrize(
    "key", ["", "nonsense", "dose:", "DOSE:2026-03-08:0", "dose:2026 03 08", "dose:" + "1" * 61]
)
def test_a_key_that_names_no_reminder_is_refused(services, sessions, key) -> None:
    for answer in (
        lambda: services.reminders.dismiss(key),
        lambda: services.reminders.state(key),
        lambda: services.reminders.restore_state(key, ReminderState(dismissed=True)),
    ):
        with pytest.raises(UserInputError) as refused:
            answer()
        assert str(refused.value) == f"there is no reminder called {key!r}"
    with sessions() as session:
        assert session.scalars(select(models.ReminderState)).all() == []


def test_a_long_key_is_quoted_short_in_the_refusal(services) -> None:
    key = "x" * 100
    with pytest.raises(UserInputError) as refused:
        services.reminders.state(key)
    assert str(refused.value) == f"there is no reminder called {'x' * 80!r}"


def test_a_reminder_never_answered_has_the_empty_state(services, sessions) -> None:
    assert services.reminders.state("dose:2026-03-08:0") == NEVER_ANSWERED
    assert state_row(sessions, "dose:2026-03-08:0") is None


def test_the_longest_key_fits(services) -> None:
    key = "appointment:" + "1" * 60
    services.reminders.dismiss(key)
    assert services.reminders.state(key) == ReminderState(dismissed=True)


def test_an_appointment_key_with_its_time_and_a_test_key_with_its_kind_can_be_answered(
    services,
) -> None:
    for key in ("appointment:12:2026-03-10T10:00:1d12h", "test-due:end-of-course:2026-12-01"):
        services.reminders.dismiss(key)
        assert services.reminders.state(key) == ReminderState(dismissed=True)


# -- appointments -------------------------------------------------------------------------------


def add(services, starts_at: dt.datetime, kind=AppointmentKind.VISIT, title: str = "") -> int:
    return services.appointments.add(AppointmentDraft(kind, starts_at, title=title)).id


def test_appointment_reminders_a_day_and_two_hours_before_until_it_starts(services) -> None:
    visit = add(services, at(3, 10, 10, 0))
    due = services.reminders.due
    assert due(at(3, 9, 9, 59)) == []
    day_before = Reminder(
        key=f"appointment:{visit}:2026-03-10T10:00:1d",
        kind=ReminderKind.APPOINTMENT,
        due_at=at(3, 9, 10, 0),
        subject="Dermatology visit on Tue 10 Mar 2026 at 10:00",
        day=dt.date(2026, 3, 10),
        appointment_id=visit,
    )
    assert due(at(3, 9, 10, 0)) == [day_before]
    keyed = f"appointment:{visit}:2026-03-10T10:00"
    assert keys(due(at(3, 10, 7, 59))) == [f"{keyed}:1d"]
    assert keys(due(at(3, 10, 8, 0))) == [f"{keyed}:1d", f"{keyed}:2h"]
    assert len(due(at(3, 10, 9, 59))) == 2
    assert due(at(3, 10, 10, 0)) == []


def test_an_appointment_reminder_names_its_title(services) -> None:
    add(services, at(3, 10, 10, 0), AppointmentKind.LAB, title="Lipids and ALT")
    [found] = services.reminders.due(at(3, 9, 12, 0))
    assert found.subject == "Lipids and ALT on Tue 10 Mar 2026 at 10:00"


def test_cancelled_and_done_appointments_have_no_reminders(services) -> None:
    services.appointments.cancel(add(services, at(3, 8, 10, 0)))
    services.appointments.mark_done(add(services, at(3, 8, 11, 0)), "all fine")
    planned = add(services, at(3, 8, 11, 30))
    assert keys(services.reminders.due(at(3, 8, 9, 45))) == [
        f"appointment:{planned}:2026-03-08T11:30:1d",
        f"appointment:{planned}:2026-03-08T11:30:2h",
    ]


def test_a_tentative_visit_is_reminded_and_says_so(services, course) -> None:
    services.settings.save_reminder_settings(ReminderSettings(dose_times=()))
    first = services.appointments.plan_follow_ups().added[0]
    assert first.starts_at == at(3, 31, 10, 0)
    [found] = services.reminders.due(at(3, 30, 10, 0))
    assert found.subject == "Dermatology visit (not confirmed yet) on Tue 31 Mar 2026 at 10:00"
    services.appointments.confirm(first.id)
    [found] = services.reminders.due(at(3, 30, 10, 0))
    assert found.subject == "Dermatology visit on Tue 31 Mar 2026 at 10:00"


def test_an_early_visit_on_the_spring_forward_day(services, clock) -> None:
    set_now(clock, at(3, 7, 12, 0))
    visit = add(services, at(3, 8, 3, 30))
    services.settings.save_reminder_settings(
        ReminderSettings(appointment_leads=(Lead(minutes=120),))
    )
    assert services.reminders.due(at(3, 8, 0, 29)) == []
    [found] = services.reminders.due(at(3, 8, 0, 30))  # 05:30 UTC: two real hours before
    assert (found.key, found.due_at) == (
        f"appointment:{visit}:2026-03-08T03:30:2h",
        at(3, 8, 0, 30),
    )


def test_an_early_visit_on_the_fall_back_day(services, clock) -> None:
    set_now(clock, at(10, 31, 12, 0))
    visit = add(services, at(11, 1, 3, 0))
    services.settings.save_reminder_settings(
        ReminderSettings(appointment_leads=(Lead(minutes=120),))
    )
    set_now(clock, at(11, 1, 1, 30))  # the first 01:30 (EDT): 2.5 real hours before
    assert services.reminders.due() == []
    set_now(clock, at(11, 1, 1, 0, fold=1))  # the second 01:00 (EST): two hours before
    [found] = services.reminders.due()
    assert (found.key, found.due_at, found.due_at.fold) == (
        f"appointment:{visit}:2026-11-01T03:00:2h",
        at(11, 1, 1, 0),
        1,
    )
    assert services.reminders.due(at(11, 1, 1, 0)) == []  # written plainly: the first 01:00


def test_dismissing_one_appointment_reminder_leaves_the_other(services) -> None:
    visit = add(services, at(3, 10, 10, 0))
    services.reminders.dismiss(f"appointment:{visit}:2026-03-10T10:00:1d")
    assert keys(services.reminders.due(at(3, 10, 8, 0))) == [
        f"appointment:{visit}:2026-03-10T10:00:2h"
    ]


def test_a_moved_appointment_reminds_again(services, clock) -> None:
    set_now(clock, at(3, 9, 10, 30))
    visit = add(services, at(3, 10, 10, 0))
    [day_before] = services.reminders.due()
    services.reminders.dismiss(day_before.key)
    services.reminders.snooze(f"appointment:{visit}:2026-03-10T10:00:2h", at(3, 11, 9, 0))
    assert services.reminders.due() == []
    services.appointments.move(visit, at(3, 10, 10, 30))
    assert keys(services.reminders.due()) == [f"appointment:{visit}:2026-03-10T10:30:1d"]
    assert keys(services.reminders.due(at(3, 10, 8, 30))) == [
        f"appointment:{visit}:2026-03-10T10:30:1d",
        f"appointment:{visit}:2026-03-10T10:30:2h",
    ]


def test_reminders_of_every_kind_come_earliest_first(services, course) -> None:
    visit = add(services, at(3, 9, 9, 0))
    found = services.reminders.due(at(3, 8, 9, 30))
    assert [(r.kind, r.due_at) for r in found][-2:] == [
        (ReminderKind.DOSE, at(3, 8, 8, 0)),
        (ReminderKind.APPOINTMENT, at(3, 8, 9, 0)),
    ]
    assert found[-1].appointment_id == visit


# -- the PHQ-2 ----------------------------------------------------------------------------------


def phq2(services, moment: dt.datetime) -> list[Reminder]:
    return [r for r in services.reminders.due(moment) if r.kind is ReminderKind.PHQ2]


def test_the_phq2_reminder_keeps_the_days_and_hours_of_new_york(services, course) -> None:
    """The clock says 8 Mar; asked about 10 Mar, the course's first PHQ-2 is due on 10 Mar
    from 09:00 in New York (13:00 UTC), and still on 10 Mar at 21:00 there (the 11th in
    UTC). The next one keeps saying "due on" until midnight in New York."""
    services.mood.set_phq2_every_days(7)
    assert phq2(services, at(3, 10, 8, 59)) == []
    first = Reminder(
        key="phq2:2026-03-01",
        kind=ReminderKind.PHQ2,
        due_at=at(3, 10, 9, 0),
        subject="Mood questionnaire (PHQ-2): the first of this course",
        day=dt.date(2026, 3, 10),
    )
    assert phq2(services, at(3, 10, 9, 0)) == [first]
    assert phq2(services, at(3, 10, 21, 0)) == [first]
    services.mood.record(dt.date(2026, 3, 5), Instrument.PHQ2, [0, 0])
    assert phq2(services, at(3, 12, 8, 59)) == []
    next_one = Reminder(
        key="phq2:2026-03-12",
        kind=ReminderKind.PHQ2,
        due_at=at(3, 12, 9, 0),
        subject="Mood questionnaire (PHQ-2) due on Thu 12 Mar 2026",
        day=dt.date(2026, 3, 12),
    )
    assert phq2(services, at(3, 12, 21, 0)) == [next_one]
    [overdue] = phq2(services, at(3, 13, 0, 30))
    assert overdue.subject == "Mood questionnaire (PHQ-2) due since Thu 12 Mar 2026"


# -- pregnancy test and pick-up window ----------------------------------------------------------


@pytest.fixture
def can_become_pregnant(services) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.settings.save_reminder_settings(ReminderSettings(dose_times=()))


def test_test_due_and_pickup_reminders(services, clock, course, can_become_pregnant) -> None:
    due = services.reminders.due
    # No test yet: the screening test was due on the first day, and stays listed.
    assert due(at(3, 8, 9, 0)) == [
        Reminder(
            key="test-due:screening:2026-03-01",
            kind=ReminderKind.PREGNANCY_TEST,
            due_at=at(3, 1, 9, 0),
            subject="Screening pregnancy test due since Sun 1 Mar 2026",
            day=START,
        )
    ]
    services.pregnancy.add_test(TestDraft(START, TestKind.SCREENING, TestResult.NEGATIVE))
    assert due(at(3, 8, 9, 0)) == []
    assert due(at(3, 20, 8, 59)) == []  # the confirmation test: 19 days later
    [found] = due(at(3, 20, 9, 0))
    assert (found.key, found.subject) == (
        "test-due:confirmation:2026-03-20",
        "Confirmation pregnancy test due on Fri 20 Mar 2026",
    )
    set_now(clock, at(3, 25, 8, 0))
    test = services.pregnancy.add_test(
        TestDraft(dt.date(2026, 3, 20), TestKind.CONFIRMATION, TestResult.NEGATIVE)
    )
    # The pick-up window: 20 to 26 March, reminded from 09:00 on the 25th.
    assert due(at(3, 25, 8, 59)) == []
    pickup = Reminder(
        key="pickup:2026-03-26",
        kind=ReminderKind.PICKUP_WINDOW,
        due_at=at(3, 25, 9, 0),
        subject="The prescription pick-up window closes at the end of Thu 26 Mar 2026",
        day=dt.date(2026, 3, 26),
    )
    assert due(at(3, 25, 9, 0)) == [pickup]
    assert due(at(3, 26, 23, 59)) == [pickup]
    assert due(at(3, 27, 0, 0)) == []
    [monthly] = due(at(4, 19, 9, 0))
    assert monthly.subject == "Monthly pregnancy test due on Sun 19 Apr 2026"
    services.pregnancy.set_checklist_item(test.id, ChecklistItem.PICKUP, dt.date(2026, 3, 25))
    assert due(at(3, 25, 9, 0)) == []


def test_due_at_an_earlier_moment_counts_only_the_tests_taken_by_then(
    services, clock, course, can_become_pregnant
) -> None:
    services.pregnancy.add_test(
        TestDraft(dt.date(2026, 3, 5), TestKind.SCREENING, TestResult.NEGATIVE)
    )
    # Today is 8 March; on the 4th the screening test was still to be taken.
    assert keys(services.reminders.due(at(3, 4, 9, 0))) == ["test-due:screening:2026-03-01"]
    assert services.reminders.due() == []


def test_no_test_reminder_once_the_tests_after_the_course_are_done(
    services, clock, course, can_become_pregnant
) -> None:
    set_now(clock, at(5, 20, 9, 0))
    services.course.end_course(dt.date(2026, 4, 1))
    for taken_on, kind, subject in (
        (
            dt.date(2026, 4, 1),
            TestKind.END_OF_COURSE,
            "End-of-course pregnancy test due since Wed 1 Apr 2026",
        ),
        (
            dt.date(2026, 5, 1),
            TestKind.AFTER_COURSE,
            "After-course pregnancy test due since Fri 1 May 2026",
        ),
    ):
        assert [r.subject for r in services.reminders.due()] == [subject]
        services.pregnancy.add_test(TestDraft(taken_on, kind, TestResult.NEGATIVE))
    assert services.pregnancy.overview().schedule.next_test_kind is None
    assert services.reminders.due() == []


def test_no_pregnancy_reminders_when_the_profile_says_so(services, course) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=False))
    services.settings.save_reminder_settings(ReminderSettings(dose_times=()))
    assert services.reminders.due(at(3, 8, 9, 0)) == []


def test_no_dose_reminder_while_a_positive_test_awaits_the_prescriber(
    services, clock, course
) -> None:
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    services.pregnancy.add_test(TestDraft(START, TestKind.SCREENING, TestResult.NEGATIVE))
    set_now(clock, at(3, 8, 9, 0))
    positive = services.pregnancy.add_test(
        TestDraft(dt.date(2026, 3, 7), TestKind.MONTHLY, TestResult.POSITIVE)
    )
    found = services.reminders.due()
    assert [r for r in found if r.kind is ReminderKind.DOSE] == []
    visit = add(services, at(3, 9, 8, 0))  # other reminders stay
    assert f"appointment:{visit}:2026-03-09T08:00:1d" in keys(services.reminders.due())
    services.pregnancy.record_prescriber_response(positive.id, "Stop; call back", SPRING)
    assert dose_keys(2, 3, 4, 5, 6, 7, 8) == [
        r.key for r in services.reminders.due() if r.kind is ReminderKind.DOSE
    ]
