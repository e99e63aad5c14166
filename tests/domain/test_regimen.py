import datetime as dt

import pytest

from tracker.domain.regimen import (
    DayPlan,
    DosePeriod,
    Intake,
    Regimen,
    alternating_period,
    daily_period,
    parse_capsules,
)
from tracker.errors import UserInputError

D = dt.date(2026, 1, 1)


def test_scheduled_dose_follows_the_latest_period_started() -> None:
    regimen = Regimen([daily_period(D, 40), daily_period(D + dt.timedelta(days=28), 80)])
    assert regimen.scheduled_mg(D - dt.timedelta(days=1)) == 0
    assert regimen.scheduled_mg(D) == 40
    assert regimen.scheduled_mg(D + dt.timedelta(days=27)) == 40
    assert regimen.scheduled_mg(D + dt.timedelta(days=28)) == 80
    assert regimen.scheduled_mg(D + dt.timedelta(days=400)) == 80


def test_alternating_days_start_with_the_first_dose() -> None:
    regimen = Regimen([alternating_period(D, [40, 80])])
    assert [regimen.scheduled_mg(D + dt.timedelta(days=i)) for i in range(5)] == [
        40,
        80,
        40,
        80,
        40,
    ]


def test_a_zero_dose_is_a_pause() -> None:
    pause = daily_period(D, 0)
    assert pause.is_pause
    assert pause.describe() == "pause (0 mg)"
    assert Regimen([pause]).scheduled_mg(D) == 0


def test_split_intakes_add_up_and_describe_themselves() -> None:
    period = daily_period(D, 60, split=[("morning", 40), ("evening", 20)])
    assert period.daily_totals == (60,)
    assert [i.describe() for i in period.cycle[0].intakes] == ["morning: 40 mg", "evening: 20 mg"]


def test_capsules_must_add_up_to_the_intake() -> None:
    assert parse_capsules("40 + 20") == (40, 20)
    DosePeriod(D, (DayPlan((Intake(60, "", (40, 20)),)),))
    with pytest.raises(UserInputError, match="do not add up"):
        DosePeriod(D, (DayPlan((Intake(60, "", (40, 30)),)),))


@pytest.mark.parametrize("mg", [-10, 301, 1000])
def test_absurd_daily_doses_are_refused(mg: int) -> None:
    with pytest.raises(UserInputError):
        daily_period(D, mg)


def test_two_periods_cannot_start_on_the_same_day() -> None:
    with pytest.raises(UserInputError, match="same day"):
        Regimen([daily_period(D, 40), daily_period(D, 60)])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "a capsule strength of 0 mg"),
        ("40+0", "a capsule strength of 0 mg"),
        ("\uff14\uff10", "capsules should look like 40\\+20"),  # full-width 40
        ("-20", "capsules should look like 40\\+20"),
        ("forty", "capsules should look like 40\\+20"),
    ],
)
def test_capsule_strengths_are_plain_positive_numbers(text, message) -> None:
    with pytest.raises(UserInputError, match=message):
        parse_capsules(text)


def test_a_pause_has_no_capsules() -> None:
    with pytest.raises(UserInputError, match="a pause"):
        daily_period(dt.date(2026, 10, 1), 0, capsules_mg=(40,))
