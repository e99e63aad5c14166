"""The reminder rules: leads, settings, wall-clock times across daylight saving, and when each
kind of reminder is due. New York changes clocks on 2026-03-08 (02:00 EST -> 03:00 EDT) and
2026-11-01 (02:00 EDT -> 01:00 EST)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker import words
from tracker.domain.dates import day_text
from tracker.domain.mood import Phq2Due
from tracker.domain.regimen import EVENING, MORNING, DayPlan, Intake
from tracker.domain.reminders import (
    DAY_REMINDER_TIME,
    DOSE_LOOKBACK_DAYS,
    MAX_APPOINTMENT_LEADS,
    MAX_DOSE_TIMES,
    MAX_LEAD,
    NEVER_ANSWERED,
    DoseDay,
    Lead,
    Reminder,
    ReminderKind,
    ReminderSettings,
    ReminderState,
    UpcomingAppointment,
    appointment_fire_instant,
    appointment_fire_time,
    appointment_reminders,
    describe_leads,
    dose_reminders,
    dose_window,
    due_words,
    instant_to_wall,
    is_silenced,
    lead_words,
    parse_lead,
    phq2_reminders,
    pickup_reminders,
    pregnancy_test_reminders,
    unanswered,
    wall_to_instant,
)
from tracker.errors import UserInputError

NY = ZoneInfo("America/New_York")
UTC = dt.UTC
SPRING = dt.date(2026, 3, 8)
FALL = dt.date(2026, 11, 1)
FORTY = DayPlan((Intake(40),))
PAUSE = DayPlan()


def exactly(message: str) -> str:
    """A `match` pattern for the whole message: a changed word anywhere fails the test."""
    return "^" + re.escape(message) + "$"


def utc(year: int, month: int, day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


def local(year: int, month: int, day: int, hour: int, minute: int, *, fold: int = 0) -> dt.datetime:
    """An aware New York time (the way the clock hands out "now")."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=NY, fold=fold)


# -- constants ----------------------------------------------------------------------------------


def test_the_constants_the_rules_promise() -> None:
    assert DOSE_LOOKBACK_DAYS == 7
    assert dt.time(9, 0) == DAY_REMINDER_TIME
    assert MAX_DOSE_TIMES == 4
    assert MAX_APPOINTMENT_LEADS == 4
    assert dt.timedelta(days=30) == MAX_LEAD
    assert [k.value for k in ReminderKind] == [
        "dose",
        "appointment",
        "pregnancy-test",
        "pickup-window",
        "phq2",
    ]


def test_show_day_has_no_leading_zero() -> None:
    assert day_text(dt.date(2026, 12, 3)) == "Thu 3 Dec 2026"
    assert day_text(dt.date(2026, 11, 28)) == "Sat 28 Nov 2026"


# -- leads --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (Lead(days=1), "1d"),
        (Lead(minutes=120), "2h"),
        (Lead(minutes=30), "30m"),
        (Lead(days=1, minutes=720), "1d12h"),
        (Lead(minutes=90), "1h30m"),
        (Lead(days=2, minutes=61), "2d1h1m"),
        (Lead(days=3, minutes=5), "3d5m"),
        (Lead(minutes=1500), "25h"),  # hours of real time are not days of the wall clock
    ],
)
def test_a_lead_is_written_shortest(lead: Lead, text: str) -> None:
    assert str(lead) == text
    assert parse_lead(text) == lead


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("90m", Lead(minutes=90)),
        (" 2h ", Lead(minutes=120)),
        ("0d2h", Lead(minutes=120)),
        ("1d0h", Lead(days=1)),
        ("48h", Lead(minutes=2880)),
        ("999m", Lead(minutes=999)),
        ("30d", Lead(days=30)),
    ],
)
def test_parse_lead_reads_other_spellings(text: str, lead: Lead) -> None:
    assert parse_lead(text) == lead


@pytest.mark.parametrize(
    "text", ["", " ", "h", "2", "2H", "1h1d", "-1d", "1.5h", "1d 2h", "\uff12h", "1000d", "2x"]
)
def test_parse_lead_refuses_anything_else(text: str) -> None:
    with pytest.raises(UserInputError) as refused:
        parse_lead(text)
    assert str(refused.value) == (
        f"write how long before an appointment like 1d, 2h, 30m or 1d12h, not {text!r}"
    )


def test_a_lead_of_nothing_is_refused() -> None:
    with pytest.raises(
        UserInputError, match=exactly("a reminder needs a time before the appointment, e.g. 2h")
    ):
        parse_lead("0m")
    with pytest.raises(
        UserInputError, match=exactly("a reminder needs a time before the appointment, e.g. 2h")
    ):
        Lead()


@pytest.mark.parametrize("lead", [{"days": -1, "minutes": 120}, {"days": 1, "minutes": -1}])
def test_a_lead_after_the_appointment_is_refused(lead: dict[str, int]) -> None:
    with pytest.raises(
        UserInputError, match=exactly("a reminder comes before the appointment, not after it")
    ):
        Lead(**lead)


@pytest.mark.parametrize(
    ("lead", "words"),
    [
        (Lead(days=1), "1 day"),
        (Lead(days=2), "2 days"),
        (Lead(minutes=60), "1 hour"),
        (Lead(minutes=120), "2 hours"),
        (Lead(minutes=1), "1 minute"),
        (Lead(minutes=30), "30 minutes"),
        (Lead(days=1, minutes=12 * 60), "1 day 12 hours"),
        (Lead(minutes=90), "1 hour 30 minutes"),
        (Lead(days=2, minutes=45), "2 days 45 minutes"),
        (Lead(days=3, minutes=61), "3 days 1 hour 1 minute"),
    ],
)
def test_a_lead_in_words(lead: Lead, words: str) -> None:
    assert lead_words(lead) == words


def test_appointment_leads_described_in_a_sentence() -> None:
    assert describe_leads(()) == "No appointment reminders."
    assert describe_leads((Lead(days=1),)) == "Reminded 1 day before each appointment."
    assert (
        describe_leads((Lead(days=1), Lead(minutes=120)))
        == "Reminded 1 day before and 2 hours before each appointment."
    )
    assert (
        describe_leads((Lead(days=2), Lead(days=1, minutes=120), Lead(minutes=30)))
        == "Reminded 2 days before, 1 day 2 hours before and 30 minutes before each appointment."
    )


def test_a_lead_is_at_most_thirty_days() -> None:
    assert Lead(days=30).as_timedelta() == dt.timedelta(days=30)
    assert Lead(minutes=30 * 24 * 60).as_timedelta() == dt.timedelta(days=30)
    with pytest.raises(UserInputError) as refused:
        Lead(days=30, minutes=1)
    thirty_days = "a reminder can come at most 30 days before the appointment"
    assert str(refused.value) == f"{thirty_days}, not 30d1m"
    with pytest.raises(UserInputError, match=exactly(f"{thirty_days}, not 31d")):
        parse_lead("31d")
    with pytest.raises(UserInputError, match=exactly(f"{thirty_days}, not 720h1m")):
        Lead(minutes=30 * 24 * 60 + 1)


def test_as_timedelta_adds_days_and_minutes() -> None:
    assert Lead(days=1, minutes=90).as_timedelta() == dt.timedelta(days=1, minutes=90)


@given(st.integers(0, 29), st.integers(0, 1439))
def test_any_lead_round_trips_through_its_text(days: int, minutes: int) -> None:
    if days or minutes:
        lead = Lead(days=days, minutes=minutes)
        assert parse_lead(str(lead)) == lead


# -- settings -----------------------------------------------------------------------------------


def test_default_settings() -> None:
    settings = ReminderSettings()
    assert settings.dose_times == (dt.time(8, 0),)
    assert settings.appointment_leads == (Lead(days=1), Lead(minutes=120))
    assert settings.enabled is True


def test_settings_keep_times_in_clock_order_and_leads_longest_first() -> None:
    settings = ReminderSettings(
        dose_times=[dt.time(20, 0), dt.time(8, 0), dt.time(12, 30)],  # type: ignore[arg-type]
        appointment_leads=[Lead(minutes=120), Lead(minutes=30), Lead(days=1)],  # type: ignore[arg-type]
    )
    assert settings.dose_times == (dt.time(8, 0), dt.time(12, 30), dt.time(20, 0))
    assert settings.appointment_leads == (Lead(days=1), Lead(minutes=120), Lead(minutes=30))


def test_settings_may_have_no_times_and_no_leads() -> None:
    settings = ReminderSettings(dose_times=(), appointment_leads=(), enabled=False)
    assert (settings.dose_times, settings.appointment_leads, settings.enabled) == ((), (), False)


def test_settings_take_up_to_four_dose_times() -> None:
    four = tuple(dt.time(h, 0) for h in (6, 8, 12, 20))
    assert ReminderSettings(dose_times=four).dose_times == four
    with pytest.raises(UserInputError, match=exactly("give at most 4 dose reminder times")):
        ReminderSettings(dose_times=(*four, dt.time(22, 0)))


def test_settings_take_up_to_four_leads() -> None:
    four = (Lead(days=2), Lead(days=1), Lead(minutes=120), Lead(minutes=30))
    assert ReminderSettings(appointment_leads=four).appointment_leads == four
    with pytest.raises(
        UserInputError, match=exactly("give at most 4 appointment reminders per appointment")
    ):
        ReminderSettings(appointment_leads=(*four, Lead(minutes=10)))


@pytest.mark.parametrize(
    ("time", "message"),
    [
        ("08:00", "a dose reminder time is a time of day, not '08:00'"),
        (
            dt.time(8, 0, tzinfo=UTC),
            "a dose reminder time is a time of day, not "
            "datetime.time(8, 0, tzinfo=datetime.timezone.utc)",
        ),
        (dt.time(8, 0, 30), "give dose reminder times in whole minutes, not 08:00:30"),
        (dt.time(8, 0, 0, 1), "give dose reminder times in whole minutes, not 08:00:00.000001"),
    ],
)
def test_settings_refuse_a_time_that_is_not_a_plain_minute(time: object, message: str) -> None:
    with pytest.raises(UserInputError) as refused:
        ReminderSettings(dose_times=(time,))  # type: ignore[arg-type]
    assert str(refused.value) == message


def test_settings_refuse_repeats_and_strangers() -> None:
    with pytest.raises(UserInputError, match=exactly("the same dose reminder time is given twice")):
        ReminderSettings(dose_times=(dt.time(8, 0), dt.time(8, 0)))
    with pytest.raises(
        UserInputError, match=exactly("the same appointment reminder is given twice")
    ):
        ReminderSettings(appointment_leads=(Lead(minutes=60), Lead(minutes=60)))
    with pytest.raises(
        UserInputError, match=exactly("an appointment reminder is a time before it, e.g. 1d or 2h")
    ):
        ReminderSettings(appointment_leads=("1d",))  # type: ignore[arg-type]
    with pytest.raises(UserInputError, match=exactly("reminders are either on or off")):
        ReminderSettings(enabled=1)  # type: ignore[arg-type]


# -- answers ------------------------------------------------------------------------------------


def test_the_empty_state() -> None:
    assert ReminderState(dismissed=False, snoozed_until=None) == NEVER_ANSWERED
    assert NEVER_ANSWERED.is_empty
    assert not ReminderState(dismissed=True).is_empty
    assert not ReminderState(snoozed_until=dt.datetime(2026, 3, 8, 9, 0)).is_empty


def test_dismissed_is_silenced_for_good() -> None:
    now = local(2030, 1, 1, 0, 0)
    assert is_silenced(ReminderState(dismissed=True), now, NY)
    assert is_silenced(ReminderState(True, dt.datetime(2026, 1, 1, 0, 0)), now, NY)
    assert not is_silenced(NEVER_ANSWERED, now, NY)


def test_snoozed_is_silenced_until_its_time_then_due_again() -> None:
    snoozed = ReminderState(snoozed_until=dt.datetime(2026, 3, 10, 9, 0))
    assert is_silenced(snoozed, local(2026, 3, 10, 8, 59), NY)
    assert not is_silenced(snoozed, local(2026, 3, 10, 9, 0), NY)
    assert not is_silenced(snoozed, local(2026, 3, 10, 9, 1), NY)


def test_snoozed_until_a_repeated_hour_means_its_first_occurrence() -> None:
    snoozed = ReminderState(snoozed_until=dt.datetime(2026, 11, 1, 1, 30))
    assert is_silenced(snoozed, utc(2026, 11, 1, 5, 29), NY)  # 01:29 EDT
    assert not is_silenced(snoozed, utc(2026, 11, 1, 5, 30), NY)  # 01:30 EDT


# -- wall clock and instants --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wall", "instant"),
    [
        (dt.datetime(2026, 3, 7, 8, 0), utc(2026, 3, 7, 13, 0)),  # EST
        (dt.datetime(2026, 3, 9, 8, 0), utc(2026, 3, 9, 12, 0)),  # EDT
        (dt.datetime(2026, 3, 8, 1, 59), utc(2026, 3, 8, 6, 59)),  # the last EST minute
        # 02:00 to 02:59 do not exist: the first valid moment after is 03:00 EDT.
        (dt.datetime(2026, 3, 8, 2, 0), utc(2026, 3, 8, 7, 0)),
        (dt.datetime(2026, 3, 8, 2, 30), utc(2026, 3, 8, 7, 0)),
        (dt.datetime(2026, 3, 8, 2, 59, 59), utc(2026, 3, 8, 7, 0)),
        (dt.datetime(2026, 3, 8, 3, 0), utc(2026, 3, 8, 7, 0)),
        # fold says which of a repeated hour; in a skipped one it changes nothing.
        (dt.datetime(2026, 3, 8, 2, 30, fold=1), utc(2026, 3, 8, 7, 0)),
        (dt.datetime(2026, 3, 8, 3, 1), utc(2026, 3, 8, 7, 1)),
        # 01:00 to 01:59 happen twice: the first (EDT), unless fold says the second.
        (dt.datetime(2026, 11, 1, 1, 30), utc(2026, 11, 1, 5, 30)),
        (dt.datetime(2026, 11, 1, 1, 30, fold=1), utc(2026, 11, 1, 6, 30)),
        (dt.datetime(2026, 11, 1, 0, 59), utc(2026, 11, 1, 4, 59)),
        (dt.datetime(2026, 11, 1, 2, 0), utc(2026, 11, 1, 7, 0)),
    ],
)
def test_wall_to_instant_in_new_york(wall: dt.datetime, instant: dt.datetime) -> None:
    found = wall_to_instant(wall, NY)
    assert found == instant
    assert found.utcoffset() == dt.timedelta(0)  # UTC: safe to compare and subtract


def test_wall_to_instant_in_a_zone_that_skips_half_an_hour() -> None:
    lord_howe = ZoneInfo("Australia/Lord_Howe")  # 02:00 -> 02:30 on 2026-10-04
    expected = dt.datetime(2026, 10, 4, 2, 30, tzinfo=lord_howe)
    assert wall_to_instant(dt.datetime(2026, 10, 4, 2, 0), lord_howe) == expected
    assert wall_to_instant(dt.datetime(2026, 10, 4, 2, 17), lord_howe) == expected
    assert wall_to_instant(dt.datetime(2026, 10, 4, 2, 29), lord_howe) == expected


def test_wall_to_instant_in_a_zone_that_skipped_a_whole_day() -> None:
    apia = ZoneInfo("Pacific/Apia")  # Samoa went from 29 Dec 2011 straight to 31 Dec
    expected = dt.datetime(2011, 12, 31, 0, 0, tzinfo=apia)
    assert wall_to_instant(dt.datetime(2011, 12, 30, 9, 0), apia) == expected
    assert wall_to_instant(dt.datetime(2011, 12, 30, 23, 59), apia) == expected


def test_wall_to_instant_takes_only_a_wall_clock_time() -> None:
    with pytest.raises(ValueError, match=exactly("a wall-clock time is naive")):
        wall_to_instant(dt.datetime(2026, 3, 8, 8, 0, tzinfo=NY), NY)


def test_instant_to_wall_says_which_of_a_repeated_hour() -> None:
    first = instant_to_wall(utc(2026, 11, 1, 5, 30), NY)
    second = instant_to_wall(utc(2026, 11, 1, 6, 30), NY)
    assert (first, first.fold, first.tzinfo) == (dt.datetime(2026, 11, 1, 1, 30), 0, None)
    assert (second, second.fold) == (dt.datetime(2026, 11, 1, 1, 30), 1)
    assert wall_to_instant(second, NY) == utc(2026, 11, 1, 6, 30)


# -- appointment fire times ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("starts_at", "lead", "fires_at", "instant"),
    [
        # Day leads: the same clock time the day before, whatever the clocks did.
        (dt.datetime(2026, 3, 9, 10, 0), "1d", dt.datetime(2026, 3, 8, 10, 0), None),
        (dt.datetime(2026, 3, 8, 10, 0), "1d", dt.datetime(2026, 3, 7, 10, 0), None),
        (dt.datetime(2026, 11, 2, 10, 0), "1d", dt.datetime(2026, 11, 1, 10, 0), None),
        (dt.datetime(2026, 3, 10, 9, 0), "2d", dt.datetime(2026, 3, 8, 9, 0), None),
        # ... onto a time that does not exist: the first valid moment after.
        (dt.datetime(2026, 3, 9, 2, 30), "1d", dt.datetime(2026, 3, 8, 3, 0), None),
        # Hour leads: real elapsed time. 03:30 EDT is 07:30 UTC; two hours before is
        # 05:30 UTC, which is 00:30 EST.
        (
            dt.datetime(2026, 3, 8, 3, 30),
            "2h",
            dt.datetime(2026, 3, 8, 0, 30),
            utc(2026, 3, 8, 5, 30),
        ),
        (dt.datetime(2026, 3, 8, 5, 0), "2h", dt.datetime(2026, 3, 8, 3, 0), None),
        (dt.datetime(2026, 3, 8, 1, 30), "30m", dt.datetime(2026, 3, 8, 1, 0), None),
        # A visit at a time that does not exist starts at 03:00 EDT (07:00 UTC).
        (dt.datetime(2026, 3, 8, 2, 30), "30m", dt.datetime(2026, 3, 8, 1, 30), None),
        # Fall back: 03:00 EST is 08:00 UTC; two hours before is 06:00 UTC, 01:00 EST,
        # the second time the clock reads 01:00.
        (
            dt.datetime(2026, 11, 1, 3, 0),
            "2h",
            dt.datetime(2026, 11, 1, 1, 0),
            utc(2026, 11, 1, 6, 0),
        ),
        (dt.datetime(2026, 11, 1, 1, 30), "2h", dt.datetime(2026, 10, 31, 23, 30), None),
        (dt.datetime(2026, 11, 1, 5, 0), "2h", dt.datetime(2026, 11, 1, 3, 0), None),
        # Days first (on the wall clock), then the hours (real time): 10:00 EDT on the 8th
        # is 14:00 UTC; twelve hours before is 02:00 UTC, 21:00 EST on the 7th.
        (
            dt.datetime(2026, 3, 9, 10, 0),
            "1d12h",
            dt.datetime(2026, 3, 7, 21, 0),
            utc(2026, 3, 8, 2, 0),
        ),
    ],
)
def test_appointment_fire_time(
    starts_at: dt.datetime, lead: str, fires_at: dt.datetime, instant: dt.datetime | None
) -> None:
    assert appointment_fire_time(starts_at, parse_lead(lead), NY) == fires_at
    expected = instant or wall_to_instant(fires_at, NY)
    assert appointment_fire_instant(starts_at, parse_lead(lead), NY) == expected


def test_a_fire_time_in_the_repeated_hour_says_it_is_the_second() -> None:
    fires_at = appointment_fire_time(dt.datetime(2026, 11, 1, 3, 0), Lead(minutes=120), NY)
    assert fires_at.fold == 1
    first = appointment_fire_time(dt.datetime(2026, 11, 1, 2, 0), Lead(minutes=30), NY)
    assert (first, first.fold) == (dt.datetime(2026, 11, 1, 1, 30), 1)  # 07:00 UTC - 30 min


# -- dose reminders -----------------------------------------------------------------------------


def test_dose_window_is_the_last_seven_days_with_today() -> None:
    assert dose_window(dt.date(2026, 3, 8)) == (dt.date(2026, 3, 2), dt.date(2026, 3, 8))


def doses(
    *days: DoseDay, times: tuple[dt.time, ...] = (dt.time(8, 0),), now: dt.datetime
) -> list[Reminder]:
    return dose_reminders(days, times, now=now, zone=NY)


def test_a_dose_reminder_is_due_from_its_time_on() -> None:
    day = DoseDay(dt.date(2026, 3, 10), FORTY, logged=False)
    assert doses(day, now=local(2026, 3, 10, 7, 59)) == []
    assert doses(day, now=local(2026, 3, 10, 8, 0)) == [
        Reminder(
            key="dose:2026-03-10:0",
            kind=ReminderKind.DOSE,
            due_at=dt.datetime(2026, 3, 10, 8, 0),
            subject="Tue 10 Mar 2026: 40 mg scheduled, not logged yet",
            day=dt.date(2026, 3, 10),
            appointment_id=None,
            intake=0,
        )
    ]


def test_a_day_that_is_over_has_one_reminder_that_stands_for_the_day() -> None:
    day = DoseDay(dt.date(2026, 3, 9), FORTY, logged=False)
    times = (dt.time(8, 0), dt.time(13, 0), dt.time(20, 0))
    # Just after midnight the day is over: one reminder, with its last time's key and time.
    for now in (local(2026, 3, 10, 0, 0), local(2026, 3, 10, 23, 0)):
        assert doses(day, times=times, now=now) == [
            Reminder(
                key="dose:2026-03-09:2",
                kind=ReminderKind.DOSE,
                due_at=dt.datetime(2026, 3, 9, 20, 0),
                subject="Mon 9 Mar 2026: 40 mg scheduled, not logged: log what happened",
                day=dt.date(2026, 3, 9),
                intake=None,
            )
        ]
    # One dose time: the same, with the key it had that day.
    [one] = doses(day, now=local(2026, 3, 10, 0, 0))
    assert (one.key, one.due_at, one.intake) == (
        "dose:2026-03-09:0",
        dt.datetime(2026, 3, 9, 8, 0),
        None,
    )
    assert one.subject == "Mon 9 Mar 2026: 40 mg scheduled, not logged: log what happened"


def test_no_dose_times_no_dose_reminders() -> None:
    day = DoseDay(dt.date(2026, 3, 9), FORTY, logged=False)
    assert doses(day, times=(), now=local(2026, 3, 10, 12, 0)) == []


def test_a_logged_day_or_a_pause_day_has_no_dose_reminder() -> None:
    now = local(2026, 3, 10, 12, 0)
    assert doses(DoseDay(dt.date(2026, 3, 10), FORTY, logged=True), now=now) == []
    assert doses(DoseDay(dt.date(2026, 3, 10), PAUSE, logged=False), now=now) == []


def test_dose_reminders_look_back_seven_days_with_today() -> None:
    now = local(2026, 3, 10, 0, 0)  # midnight: today's 08:00 is still ahead
    days = [DoseDay(dt.date(2026, 3, d), FORTY, logged=False) for d in range(1, 11)]
    found = doses(*days, now=now)
    assert [r.day for r in found] == [dt.date(2026, 3, d) for d in range(4, 10)]
    late = doses(*days, now=local(2026, 3, 10, 23, 59))
    assert [r.day for r in late] == [dt.date(2026, 3, d) for d in range(4, 11)]


def test_a_dose_reminder_for_each_time_of_day() -> None:
    day = DoseDay(dt.date(2026, 3, 10), FORTY, logged=False)
    times = (dt.time(8, 0), dt.time(20, 0))
    assert [r.key for r in doses(day, times=times, now=local(2026, 3, 10, 19, 59))] == [
        "dose:2026-03-10:0"
    ]
    found = doses(day, times=times, now=local(2026, 3, 10, 20, 0))
    assert [(r.key, r.due_at, r.intake) for r in found] == [
        ("dose:2026-03-10:0", dt.datetime(2026, 3, 10, 8, 0), 0),
        ("dose:2026-03-10:1", dt.datetime(2026, 3, 10, 20, 0), 1),
    ]
    # One intake and two reminders: each says it is the day's one dose, not a second one.
    assert [r.subject for r in found] == [
        "Tue 10 Mar 2026: 40 mg for the day, reminder 1 of 2",
        "Tue 10 Mar 2026: 40 mg for the day, reminder 2 of 2",
    ]


def test_a_split_dose_names_the_intake_each_time_is_for() -> None:
    times = (dt.time(8, 0), dt.time(20, 0))
    now = local(2026, 3, 10, 21, 0)
    labelled = DayPlan((Intake(20, "morning"), Intake(30, "evening")))
    found = doses(DoseDay(dt.date(2026, 3, 10), labelled, logged=False), times=times, now=now)
    assert [r.subject for r in found] == [
        "Tue 10 Mar 2026, morning: 20 mg, intake 1 of 2",
        "Tue 10 Mar 2026, evening: 30 mg, intake 2 of 2",
    ]
    plain = DayPlan((Intake(20), Intake(30)))
    found = doses(DoseDay(dt.date(2026, 3, 10), plain, logged=False), times=times, now=now)
    assert [r.subject for r in found] == [
        "Tue 10 Mar 2026: 20 mg, intake 1 of 2",
        "Tue 10 Mar 2026: 30 mg, intake 2 of 2",
    ]
    # Three intakes, two times: the times do not match the intakes; the day's total.
    three = DayPlan((Intake(10), Intake(10), Intake(20)))
    found = doses(DoseDay(dt.date(2026, 3, 10), three, logged=False), times=times, now=now)
    assert [r.subject for r in found] == [
        "Tue 10 Mar 2026: 40 mg for the day, reminder 1 of 2",
        "Tue 10 Mar 2026: 40 mg for the day, reminder 2 of 2",
    ]
    # Two intakes but one reminder a day: it names the day's total.
    found = doses(DoseDay(dt.date(2026, 3, 10), plain, logged=False), now=now)
    assert [r.subject for r in found] == ["Tue 10 Mar 2026: 50 mg scheduled, not logged yet"]


def test_the_intake_a_reminder_is_for_is_named_in_the_language_in_use() -> None:
    times = (dt.time(8, 0), dt.time(20, 0))
    split = DayPlan((Intake(20, MORNING), Intake(30, EVENING)))
    words.install(words.from_table({"RegimenWords": {"morning": "mañana", "evening": "noche"}}))
    try:
        found = doses(
            DoseDay(dt.date(2026, 3, 10), split, logged=False),
            times=times,
            now=local(2026, 3, 10, 21, 0),
        )
    finally:
        words.reset()
    # (The sentence around it stays English here: this table holds only the two words.)
    assert [r.subject for r in found] == [
        "Tue 10 Mar 2026, mañana: 20 mg, intake 1 of 2",
        "Tue 10 Mar 2026, noche: 30 mg, intake 2 of 2",
    ]


def test_dose_times_stay_on_the_wall_clock_across_daylight_saving() -> None:
    for day in (SPRING, FALL):
        dose_day = DoseDay(day, FORTY, logged=False)
        assert doses(dose_day, now=local(day.year, day.month, day.day, 7, 59)) == []
        [found] = doses(dose_day, now=local(day.year, day.month, day.day, 8, 0))
        assert found.due_at == dt.datetime.combine(day, dt.time(8, 0))


def test_a_dose_time_that_does_not_exist_fires_when_the_clock_jumps_past_it() -> None:
    day = DoseDay(SPRING, FORTY, logged=False)
    times = (dt.time(2, 30),)
    assert doses(day, times=times, now=utc(2026, 3, 8, 6, 59)) == []  # 01:59 EST
    [found] = doses(day, times=times, now=utc(2026, 3, 8, 7, 0))  # 03:00 EDT
    assert found.due_at == dt.datetime(2026, 3, 8, 3, 0)


def test_a_dose_time_in_the_repeated_hour_fires_the_first_time() -> None:
    day = DoseDay(FALL, FORTY, logged=False)
    times = (dt.time(1, 30),)
    assert doses(day, times=times, now=local(2026, 11, 1, 1, 29)) == []  # EDT
    [found] = doses(day, times=times, now=local(2026, 11, 1, 1, 30))
    assert (found.due_at, found.due_at.fold) == (dt.datetime(2026, 11, 1, 1, 30), 0)
    # Still due the second time round, an hour later.
    assert len(doses(day, times=times, now=local(2026, 11, 1, 1, 0, fold=1))) == 1


# -- appointment reminders ----------------------------------------------------------------------

VISIT = UpcomingAppointment(id=12, starts_at=dt.datetime(2026, 3, 10, 10, 0), what="Lab draw")
LEADS = (Lead(days=1), Lead(minutes=120))


def visits(
    *appointments: UpcomingAppointment, now: dt.datetime, leads: tuple[Lead, ...] = LEADS
) -> list[Reminder]:
    return appointment_reminders(appointments, leads, now=now, zone=NY)


def test_an_appointment_reminder_is_due_from_its_fire_time_until_the_start() -> None:
    assert visits(VISIT, now=local(2026, 3, 9, 9, 59)) == []
    day_before = Reminder(
        key="appointment:12:2026-03-10T10:00:1d",
        kind=ReminderKind.APPOINTMENT,
        due_at=dt.datetime(2026, 3, 9, 10, 0),
        subject="Lab draw on Tue 10 Mar 2026 at 10:00",
        day=dt.date(2026, 3, 10),
        appointment_id=12,
    )
    assert visits(VISIT, now=local(2026, 3, 9, 10, 0)) == [day_before]
    assert visits(VISIT, now=local(2026, 3, 10, 7, 59)) == [day_before]
    two_hours = dataclasses.replace(
        day_before, key="appointment:12:2026-03-10T10:00:2h", due_at=dt.datetime(2026, 3, 10, 8, 0)
    )
    assert visits(VISIT, now=local(2026, 3, 10, 8, 0)) == [day_before, two_hours]
    assert visits(VISIT, now=local(2026, 3, 10, 9, 59)) == [day_before, two_hours]
    assert visits(VISIT, now=local(2026, 3, 10, 10, 0)) == []


def test_appointment_reminders_for_each_appointment() -> None:
    other = UpcomingAppointment(id=13, starts_at=dt.datetime(2026, 3, 10, 11, 0), what="Visit")
    found = visits(VISIT, other, now=local(2026, 3, 10, 9, 30), leads=(Lead(minutes=120),))
    assert [(r.key, r.appointment_id, r.subject) for r in found] == [
        ("appointment:12:2026-03-10T10:00:2h", 12, "Lab draw on Tue 10 Mar 2026 at 10:00"),
        ("appointment:13:2026-03-10T11:00:2h", 13, "Visit on Tue 10 Mar 2026 at 11:00"),
    ]
    assert visits(VISIT, now=local(2026, 3, 10, 9, 30), leads=()) == []


def test_an_appointment_that_has_begun_leaves_the_later_ones_due() -> None:
    later = UpcomingAppointment(id=13, starts_at=dt.datetime(2026, 3, 11, 10, 0), what="Visit")
    found = visits(VISIT, later, now=local(2026, 3, 10, 10, 0), leads=(Lead(days=1),))
    assert [r.key for r in found] == ["appointment:13:2026-03-11T10:00:1d"]


def test_a_moved_appointment_reminds_again_under_a_new_key() -> None:
    moved = dataclasses.replace(VISIT, starts_at=dt.datetime(2026, 3, 10, 14, 30))
    [before] = visits(VISIT, now=local(2026, 3, 10, 9, 0), leads=(Lead(days=1),))
    [after] = visits(moved, now=local(2026, 3, 10, 9, 0), leads=(Lead(days=1),))
    assert before.key == "appointment:12:2026-03-10T10:00:1d"
    assert after.key == "appointment:12:2026-03-10T14:30:1d"


def test_an_appointment_reminder_across_spring_forward() -> None:
    early = UpcomingAppointment(id=3, starts_at=dt.datetime(2026, 3, 8, 3, 30), what="Visit")
    two_hours = (Lead(minutes=120),)
    assert visits(early, now=local(2026, 3, 8, 0, 29), leads=two_hours) == []
    [found] = visits(early, now=local(2026, 3, 8, 0, 30), leads=two_hours)
    assert found.due_at == dt.datetime(2026, 3, 8, 0, 30)
    assert len(visits(early, now=local(2026, 3, 8, 3, 29), leads=two_hours)) == 1
    assert visits(early, now=local(2026, 3, 8, 3, 30), leads=two_hours) == []


def test_an_appointment_reminder_across_fall_back() -> None:
    early = UpcomingAppointment(id=4, starts_at=dt.datetime(2026, 11, 1, 3, 0), what="Visit")
    two_hours = (Lead(minutes=120),)
    # The first 01:00 to 01:59 (EDT) is too early; the second (EST) is two hours before.
    assert visits(early, now=local(2026, 11, 1, 1, 59), leads=two_hours) == []
    assert visits(early, now=local(2026, 11, 1, 0, 59, fold=1), leads=two_hours) == []
    [found] = visits(early, now=local(2026, 11, 1, 1, 0, fold=1), leads=two_hours)
    assert (found.due_at, found.due_at.fold) == (dt.datetime(2026, 11, 1, 1, 0), 1)


# -- pregnancy test and pick-up window ----------------------------------------------------------


def test_no_test_due_no_reminder() -> None:
    assert (
        pregnancy_test_reminders(
            None, "Monthly test", kind="monthly", now=local(2030, 1, 1, 9, 0), zone=NY
        )
        == []
    )


def test_a_test_due_reminder_from_nine_on_the_day_and_for_as_long_as_it_is_overdue() -> None:
    due = dt.date(2026, 12, 1)

    def check(now: dt.datetime) -> list[Reminder]:
        return pregnancy_test_reminders(
            due, "Monthly pregnancy test", kind="monthly", now=now, zone=NY
        )

    assert check(local(2026, 12, 1, 8, 59)) == []
    expected = Reminder(
        key="test-due:monthly:2026-12-01",
        kind=ReminderKind.PREGNANCY_TEST,
        due_at=dt.datetime(2026, 12, 1, 9, 0),
        subject="Monthly pregnancy test due on Tue 1 Dec 2026",
        day=due,
    )
    assert check(local(2026, 12, 1, 9, 0)) == [expected]
    assert check(local(2026, 12, 1, 23, 59)) == [expected]
    # Once the day is over it has been due for a while: "since", not "on".
    overdue = dataclasses.replace(
        expected, subject="Monthly pregnancy test due since Tue 1 Dec 2026"
    )
    assert check(local(2026, 12, 2, 0, 0)) == [overdue]
    assert check(local(2027, 2, 1, 9, 0)) == [overdue]


def test_due_on_the_day_itself_and_due_since_once_it_is_over_in_the_patients_zone() -> None:
    day = dt.date(2026, 12, 1)
    assert due_words(day, local(2026, 12, 1, 0, 0), NY) == "due on Tue 1 Dec 2026"
    assert due_words(day, local(2026, 11, 30, 9, 0), NY) == "due on Tue 1 Dec 2026"
    # 03:00 in UTC on the 2nd is still the evening of the 1st in New York.
    assert due_words(day, utc(2026, 12, 2, 3, 0), NY) == "due on Tue 1 Dec 2026"
    assert due_words(day, utc(2026, 12, 2, 5, 0), NY) == "due since Tue 1 Dec 2026"


def test_a_phq2_reminder_says_since_when_it_has_been_due() -> None:
    due = Phq2Due(dt.date(2025, 12, 31), dt.date(2025, 12, 31), first=False)
    [on_the_day] = phq2_reminders(due, now=local(2025, 12, 31, 9, 0), zone=NY)
    assert on_the_day.subject == "Mood questionnaire (PHQ-2) due on Wed 31 Dec 2025"
    [later] = phq2_reminders(due, now=local(2026, 6, 30, 9, 0), zone=NY)
    assert later.subject == "Mood questionnaire (PHQ-2) due since Wed 31 Dec 2025"
    assert later.key == on_the_day.key == "phq2:2025-12-31"  # a dismissal still sticks
    first = Phq2Due(dt.date(2026, 6, 30), dt.date(2026, 1, 5), first=True)
    [opening] = phq2_reminders(first, now=local(2026, 6, 30, 9, 0), zone=NY)
    assert opening.subject == "Mood questionnaire (PHQ-2): the first of this course"


def test_a_phq2_reminder_is_due_on_its_day_until_midnight_in_the_patients_zone() -> None:
    due = Phq2Due(dt.date(2025, 12, 31), dt.date(2025, 12, 31), first=False)
    # 21:00 in New York is already 1 Jan in UTC: still "due on" the 31st.
    [evening] = phq2_reminders(due, now=local(2025, 12, 31, 21, 0), zone=NY)
    assert evening.subject == "Mood questionnaire (PHQ-2) due on Wed 31 Dec 2025"
    [after_midnight] = phq2_reminders(due, now=local(2026, 1, 1, 0, 0), zone=NY)
    assert after_midnight.subject == "Mood questionnaire (PHQ-2) due since Wed 31 Dec 2025"


def test_a_pickup_reminder_from_nine_the_day_before_the_window_closes_until_it_closes() -> None:
    window = (dt.date(2026, 12, 1), dt.date(2026, 12, 7))

    def check(now: dt.datetime) -> list[Reminder]:
        return pickup_reminders(window, now=now, zone=NY)

    assert check(local(2026, 12, 6, 8, 59)) == []
    expected = Reminder(
        key="pickup:2026-12-07",
        kind=ReminderKind.PICKUP_WINDOW,
        due_at=dt.datetime(2026, 12, 6, 9, 0),
        subject="The prescription pick-up window closes at the end of Mon 7 Dec 2026",
        day=dt.date(2026, 12, 7),
    )
    assert check(local(2026, 12, 6, 9, 0)) == [expected]
    assert check(local(2026, 12, 7, 23, 59)) == [expected]
    assert check(local(2026, 12, 8, 0, 0)) == []
    assert pickup_reminders(None, now=local(2026, 12, 7, 12, 0), zone=NY) == []


@pytest.mark.parametrize(
    ("window", "fires_on"),
    [
        ((dt.date(2026, 12, 1), dt.date(2026, 12, 1)), dt.date(2026, 12, 1)),  # a 1-day window
        ((dt.date(2026, 12, 1), dt.date(2026, 12, 2)), dt.date(2026, 12, 1)),
        ((dt.date(2026, 12, 1), dt.date(2026, 12, 3)), dt.date(2026, 12, 2)),
    ],
)
def test_a_short_pickup_window_reminds_from_its_first_day(
    window: tuple[dt.date, dt.date], fires_on: dt.date
) -> None:
    at_nine = dt.datetime.combine(fires_on, dt.time(9, 0))
    assert pickup_reminders(window, now=wall_to_instant(at_nine, NY), zone=NY)[0].due_at == at_nine
    minute_before = wall_to_instant(at_nine - dt.timedelta(minutes=1), NY)
    assert pickup_reminders(window, now=minute_before, zone=NY) == []


# -- what is left once answered -----------------------------------------------------------------


def reminder(key: str, due_at: dt.datetime) -> Reminder:
    return Reminder(key, ReminderKind.DOSE, due_at, "subject", None)


def test_unanswered_drops_dismissed_and_snoozed_and_sorts_by_time_then_key() -> None:
    now = local(2026, 3, 10, 12, 0)
    b = reminder("dose:b", dt.datetime(2026, 3, 10, 8, 0))
    a = reminder("dose:a", dt.datetime(2026, 3, 10, 8, 0))
    early = reminder("dose:z", dt.datetime(2026, 3, 9, 8, 0))
    gone = reminder("dose:gone", dt.datetime(2026, 3, 9, 8, 0))
    later = reminder("dose:later", dt.datetime(2026, 3, 9, 8, 0))
    back = reminder("dose:back", dt.datetime(2026, 3, 9, 9, 0))
    states = {
        "dose:gone": ReminderState(dismissed=True),
        "dose:later": ReminderState(snoozed_until=dt.datetime(2026, 3, 10, 12, 1)),
        "dose:back": ReminderState(snoozed_until=dt.datetime(2026, 3, 10, 12, 0)),
    }
    found = unanswered([b, gone, a, later, back, early], states, now=now, zone=NY)
    assert found == [early, back, a, b]


def test_unanswered_sorts_the_repeated_hour_by_real_time() -> None:
    first = reminder("dose:1", dt.datetime(2026, 11, 1, 1, 30))  # 05:30 UTC
    second = reminder("dose:2", dt.datetime(2026, 11, 1, 1, 0, fold=1))  # 06:00 UTC
    now = local(2026, 11, 1, 12, 0)
    assert unanswered([second, first], {}, now=now, zone=NY) == [first, second]
