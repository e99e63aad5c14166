import datetime as dt
import re

import pytest

from tracker import words
from tracker.domain.regimen import (
    EVENING,
    MORNING,
    DayPlan,
    DosePeriod,
    Intake,
    Regimen,
    alternating_period,
    daily_period,
    format_capsules,
    label_text,
    parse_capsules,
)
from tracker.errors import UserInputError

D = dt.date(2026, 1, 1)


def exactly(message: str) -> str:
    """A `match` pattern for the whole message: a changed word anywhere fails the test."""
    return "^" + re.escape(message) + "$"


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
    period = DosePeriod(D, (DayPlan((Intake(60, "", (40, 20)),)),))
    assert period.cycle[0].intakes[0].capsules_mg == (40, 20)
    assert period.cycle[0].intakes[0].describe() == "60 mg (40 + 20)"
    with pytest.raises(UserInputError, match=exactly("capsules 40+30 do not add up to 60 mg")):
        DosePeriod(D, (DayPlan((Intake(60, "", (40, 30)),)),))


@pytest.mark.parametrize(
    ("mg", "message"),
    [
        (-10, "dose cannot be negative (got -10 mg)"),
        (301, "dose of 301 mg is over 300 mg a day; check the number you typed"),
        (1000, "dose of 1000 mg is over 300 mg a day; check the number you typed"),
    ],
)
def test_absurd_daily_doses_are_refused(mg: int, message: str) -> None:
    with pytest.raises(UserInputError, match=exactly(message)):
        daily_period(D, mg)


def test_the_largest_plausible_daily_dose_is_accepted() -> None:
    assert daily_period(D, 300).daily_totals == (300,)


def test_two_periods_cannot_start_on_the_same_day() -> None:
    with pytest.raises(UserInputError, match=exactly("two dose periods start on the same day")):
        Regimen([daily_period(D, 40), daily_period(D, 60)])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "a capsule strength of 0 mg is not possible; check what you typed"),
        ("40+0", "a capsule strength of 0 mg is not possible; check what you typed"),
        ("\uff14\uff10", "capsules should look like 40+20, not '\uff14\uff10'"),  # full-width 40
        ("-20", "capsules should look like 40+20, not '-20'"),
        ("forty", "capsules should look like 40+20, not 'forty'"),
    ],
)
def test_capsule_strengths_are_plain_positive_numbers(text, message) -> None:
    with pytest.raises(UserInputError, match=exactly(message)):
        parse_capsules(text)


def test_a_pause_has_no_capsules() -> None:
    with pytest.raises(UserInputError, match=exactly("a pause (0 mg) has no capsules")):
        daily_period(dt.date(2026, 10, 1), 0, capsules_mg=(40,))


# -- boundaries and descriptions (each one a mutant that survived without it) ---------------


@pytest.fixture
def in_spanish():
    # The catalog's two words (the whole shipped catalog is checked in the Spanish window).
    words.install(words.from_table({"RegimenWords": {"morning": "mañana", "evening": "noche"}}))
    yield
    words.reset()


def test_the_apps_intake_labels_are_said_in_the_language_in_use(in_spanish) -> None:
    assert Intake(30, MORNING).describe() == "mañana: 30 mg"
    assert Intake(30, EVENING, (20, 10)).describe() == "noche: 30 mg (20 + 10)"


def test_a_label_the_app_did_not_give_is_shown_as_it_is(in_spanish) -> None:
    # From an import: the patient's own word, not a key to translate.
    assert Intake(30, "after lunch").describe() == "after lunch: 30 mg"
    assert label_text("") == ""


def test_an_intake_of_one_capsule_of_its_own_strength_does_not_repeat_it() -> None:
    assert Intake(40, "", (40,)).describe() == "40 mg"
    assert Intake(40, "morning", (20, 20)).describe() == "morning: 40 mg (20 + 20)"
    assert Intake(40).describe() == "40 mg"


@pytest.mark.parametrize(
    ("intakes", "detailed"),
    [
        ((), False),
        ((Intake(40),), False),
        ((Intake(40, "", (40,)),), True),
        ((Intake(20, "morning"), Intake(20, "evening")), True),
    ],
)
def test_a_day_plan_is_detailed_when_split_or_with_capsules(intakes, detailed) -> None:
    plan = DayPlan(intakes)
    assert plan.is_detailed is detailed
    assert plan.total_mg == sum(i.mg for i in intakes)


def test_a_pattern_repeats_over_one_to_seven_days() -> None:
    week = tuple(DayPlan((Intake(10 * (n + 1)),)) for n in range(7))
    assert DosePeriod(D, week).daily_totals == (10, 20, 30, 40, 50, 60, 70)
    for cycle in ((), (*week, DayPlan())):
        with pytest.raises(
            UserInputError, match=exactly("a dose pattern repeats over 1 to 7 days")
        ):
            DosePeriod(D, cycle)


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (DayPlan((Intake(0),)), "each intake must be more than 0 mg"),
        (DayPlan((Intake(-5),)), "a day's dose cannot be negative (got -5 mg)"),
        (
            DayPlan((Intake(200), Intake(150))),
            "a day's dose of 350 mg is over 300 mg a day; check the number you typed",
        ),
    ],
)
def test_an_intake_of_nothing_or_a_day_over_the_limit_is_refused(plan, message) -> None:
    with pytest.raises(UserInputError, match=exactly(message)):
        DosePeriod(D, (plan,))


def test_an_intake_may_bring_a_day_to_exactly_the_limit() -> None:
    assert DosePeriod(D, (DayPlan((Intake(200), Intake(100))),)).daily_totals == (300,)


@pytest.mark.parametrize(
    ("period", "text"),
    [
        (daily_period(D, 40), "40 mg a day"),
        (alternating_period(D, [40, 80]), "40 mg and 80 mg on alternate days"),
        (alternating_period(D, [40, 80, 0]), "40 mg / 80 mg / 0 mg, repeating every 3 days"),
        (alternating_period(D, [0, 0]), "pause (0 mg)"),
    ],
)
def test_a_period_describes_its_pattern(period, text) -> None:
    assert period.describe() == text


def test_a_pattern_with_some_zero_days_is_not_a_pause() -> None:
    period = alternating_period(D, [0, 40])
    assert not period.is_pause
    assert period.cycle[0].intakes == ()
    assert period.plan_for(D + dt.timedelta(days=3)).total_mg == 40
    assert period.plan_for(D + dt.timedelta(days=4)).total_mg == 0


def test_a_split_dose_drops_empty_parts_and_must_add_up() -> None:
    period = daily_period(D, 40, split=[("morning", 40), ("evening", 0)])
    assert period.cycle[0].intakes == (Intake(40, "morning"),)
    with pytest.raises(UserInputError, match=exactly("the intakes do not add up to 50 mg")):
        daily_period(D, 50, split=[("morning", 40), ("evening", 20)])
    with pytest.raises(
        UserInputError,
        match=exactly("give capsules for a single daily intake, not for a split dose"),
    ):
        daily_period(D, 40, split=[("morning", 20), ("evening", 20)], capsules_mg=(20,))


def test_a_single_intake_keeps_its_capsules() -> None:
    period = daily_period(D, 60, capsules_mg=[40, 20])
    assert period.cycle[0].intakes == (Intake(60, "", (40, 20)),)


@pytest.mark.parametrize("mgs", [[], [40]])
def test_an_alternating_pattern_needs_two_doses(mgs) -> None:
    with pytest.raises(
        UserInputError, match=exactly("an alternating pattern needs at least two daily doses")
    ):
        alternating_period(D, mgs)


def test_an_alternating_dose_over_the_limit_is_refused() -> None:
    with pytest.raises(
        UserInputError,
        match=exactly("dose of 301 mg is over 300 mg a day; check the number you typed"),
    ):
        alternating_period(D, [40, 301])


def test_periods_are_ordered_by_start_whatever_order_they_come_in() -> None:
    later = daily_period(D + dt.timedelta(days=10), 80)
    regimen = Regimen([later, daily_period(D, 40)])
    assert [p.starts_on for p in regimen.periods] == [D, later.starts_on]
    assert regimen.period_on(D + dt.timedelta(days=9)) == regimen.periods[0]
    assert regimen.period_on(D + dt.timedelta(days=10)) == later
    assert regimen.period_on(D - dt.timedelta(days=1)) is None
    assert regimen.plan_for(D - dt.timedelta(days=1)) == DayPlan()
    assert Regimen().scheduled_mg(D) == 0


def test_capsules_are_read_with_spaces_and_written_without() -> None:
    assert parse_capsules(" 40 +20 ") == (40, 20)
    assert parse_capsules("40") == (40,)
    assert format_capsules((40, 20)) == "40+20"
    assert format_capsules(()) == ""


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: DosePeriod(D, (DayPlan((Intake(0),)),)), "each intake must be more than 0 mg"),
        (lambda: daily_period(D, 0, capsules_mg=(40,)), "a pause (0 mg) has no capsules"),
        (
            lambda: daily_period(D, 40, split=[("a", 20), ("b", 20)], capsules_mg=(20,)),
            "give capsules for a single daily intake, not for a split dose",
        ),
        (
            lambda: alternating_period(D, [40]),
            "an alternating pattern needs at least two daily doses",
        ),
        (
            lambda: Regimen([daily_period(D, 40), daily_period(D, 60)]),
            "two dose periods start on the same day",
        ),
        (
            lambda: parse_capsules("40+0"),
            "a capsule strength of 0 mg is not possible; check what you typed",
        ),
    ],
)
def test_refusals_say_exactly_this(build, message) -> None:
    with pytest.raises(UserInputError) as refused:
        build()
    assert str(refused.value) == message
