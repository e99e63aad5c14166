"""The pregnancy-prevention rules: defaults, the patient's intervals, and what is due next."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.domain.pregnancy import (
    CONTRACEPTION_METHODS,
    INTERVAL_KEYS,
    INTERVAL_RANGES,
    OTHER_METHOD,
    RULE_DEFAULTS,
    ContraceptionMethod,
    ContraceptionRole,
    Intervals,
    PregnancySchedule,
    PregnancyTestRecord,
    RuleSet,
    TestDraft,
    TestKind,
    TestResult,
    TestSetting,
    catalogue,
    check_interval,
    intervals_for,
    opens_pickup_window,
    pickup_window_closes,
    remaining_tests,
    schedule,
)
from tracker.errors import UserInputError

US = RULE_DEFAULTS[RuleSet.US]
UK = RULE_DEFAULTS[RuleSet.UK_EU]
D = dt.date(2026, 3, 2)  # a screening test
START = dt.date(2026, 3, 25)  # the course's first day
END = dt.date(2026, 8, 10)  # its last day


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def test_record(
    id: int,
    taken_on: dt.date,
    kind: TestKind,
    result: TestResult = TestResult.NEGATIVE,
    *,
    response: str = "",
) -> PregnancyTestRecord:
    return PregnancyTestRecord(
        id=id,
        course_id=None,
        taken_on=taken_on,
        kind=kind,
        setting=TestSetting.CLINIC,
        result=result,
        note="",
        questions_answered_on=None,
        contraception_confirmed_on=None,
        picked_up_on=None,
        prescriber_response=response,
        responded_on=None,
    )


test_record.__test__ = False  # type: ignore[attr-defined]  # a factory, not a test

SCREENING, CONFIRMATION, MONTHLY = TestKind.SCREENING, TestKind.CONFIRMATION, TestKind.MONTHLY
END_TEST, AFTER_TEST = TestKind.END_OF_COURSE, TestKind.AFTER_COURSE
POSITIVE, PENDING = TestResult.POSITIVE, TestResult.PENDING


def plan(
    tests: list[PregnancyTestRecord],
    today: dt.date,
    *,
    start: dt.date | None = START,
    end: dt.date | None = None,
    intervals: Intervals = US,
) -> PregnancySchedule:
    return schedule(tests, course_start=start, course_end=end, intervals=intervals, today=today)


# -- the rule sets and the patient's intervals -------------------------------------------------


def test_the_rule_sets_defaults() -> None:
    # iPLEDGE: confirmation >= 19 days after screening, monthly, 7-day window, 1 month after.
    assert RULE_DEFAULTS[RuleSet.US] == Intervals(
        confirmation_test_days=19,
        monthly_test_days=30,
        pickup_window_days=7,
        after_course_test_days=30,
    )
    # UK/EU PPP: no confirmation test, monthly, 5 weeks after (BNF).
    assert RULE_DEFAULTS[RuleSet.UK_EU] == Intervals(
        confirmation_test_days=0,
        monthly_test_days=30,
        pickup_window_days=7,
        after_course_test_days=35,
    )
    assert RULE_DEFAULTS[RuleSet.CUSTOM] == RULE_DEFAULTS[RuleSet.US]
    assert INTERVAL_KEYS == (
        "confirmation_test_days",
        "monthly_test_days",
        "pickup_window_days",
        "after_course_test_days",
    )


@pytest.mark.parametrize("rules", list(RuleSet))
def test_without_own_intervals_the_defaults_hold(rules: RuleSet) -> None:
    assert intervals_for(rules, {}) == RULE_DEFAULTS[rules]
    assert intervals_for(rules, dict.fromkeys(INTERVAL_KEYS)) == RULE_DEFAULTS[rules]


def test_the_patients_own_intervals_win_over_the_defaults() -> None:
    own = intervals_for(RuleSet.UK_EU, {"monthly_test_days": 28, "pickup_window_days": None})
    assert own == Intervals(
        confirmation_test_days=0,
        monthly_test_days=28,
        pickup_window_days=7,
        after_course_test_days=35,
    )
    every = intervals_for(
        RuleSet.CUSTOM,
        {
            "confirmation_test_days": 21,
            "monthly_test_days": 35,
            "pickup_window_days": 5,
            "after_course_test_days": 0,
        },
    )
    assert every == Intervals(21, 35, 5, 0)


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("confirmation_test_days", "the wait before the confirmation test"),
        ("monthly_test_days", "the time between monthly tests"),
        ("pickup_window_days", "the pick-up window"),
        ("after_course_test_days", "the wait before the after-course test"),
    ],
)
def test_each_interval_is_accepted_on_its_bounds_and_refused_past_them(key: str, name: str) -> None:
    low, high = INTERVAL_RANGES[key]
    assert check_interval(key, low) == low
    assert check_interval(key, high) == high
    for wrong in (low - 1, high + 1):
        message = f"{name} must be from {low} to {high} days (got {wrong})"
        with pytest.raises(UserInputError) as refused:
            check_interval(key, wrong)
        assert str(refused.value) == message
        with pytest.raises(UserInputError) as refused:
            intervals_for(RuleSet.US, {key: wrong})
        assert str(refused.value) == message
    assert getattr(intervals_for(RuleSet.US, {key: high}), key) == high


def test_the_ranges() -> None:
    assert INTERVAL_RANGES == {
        "confirmation_test_days": (0, 90),
        "monthly_test_days": (7, 90),
        "pickup_window_days": (1, 30),
        "after_course_test_days": (0, 120),
    }


def test_an_unknown_interval_is_refused_even_without_a_value() -> None:
    for overrides in ({"weekly_days": 3}, {"weekly_days": None}):
        with pytest.raises(UserInputError) as refused:
            intervals_for(RuleSet.US, overrides)
        assert str(refused.value) == "there is no interval called 'weekly_days'"
    with pytest.raises(UserInputError) as refused:
        check_interval("weekly_days", 3)
    assert str(refused.value) == "there is no interval called 'weekly_days'"


def test_the_pickup_window_counts_the_test_day_as_day_one() -> None:
    assert pickup_window_closes(D, 7) == dt.date(2026, 3, 8)  # test date + 6, not + 7
    assert pickup_window_closes(D, 1) == D
    assert pickup_window_closes(dt.date(2026, 2, 25), 7) == dt.date(2026, 3, 3)


# -- which tests come before a prescription ------------------------------------------------------


def test_which_tests_open_a_pickup_window() -> None:
    # US: the screening test is followed by a confirmation test; the first prescription
    # comes after that.
    assert [k for k in TestKind if opens_pickup_window(k, US)] == [CONFIRMATION, MONTHLY]
    # UK/EU: the test before starting is the only one before the first prescription.
    assert [k for k in TestKind if opens_pickup_window(k, UK)] == [
        SCREENING,
        CONFIRMATION,
        MONTHLY,
    ]
    one_day = Intervals(1, 30, 7, 30)
    assert not opens_pickup_window(SCREENING, one_day)


# -- before and during a course ------------------------------------------------------------------


def test_before_any_test_and_any_course_the_screening_test_comes_first_undated() -> None:
    assert plan([], D, start=None) == PregnancySchedule(None, SCREENING, None, None, None)


def test_a_course_without_a_test_asks_for_the_screening_test_from_its_first_day() -> None:
    assert plan([], START) == PregnancySchedule(START, SCREENING, None, None, None)


def test_us_the_confirmation_test_is_due_19_days_after_screening() -> None:
    screening = test_record(1, D, SCREENING)
    assert plan([screening], D, start=None) == PregnancySchedule(
        day(19), CONFIRMATION, None, None, None
    )
    longer = Intervals(25, 30, 7, 30)
    assert plan([screening], D, intervals=longer).next_test_due == day(25)
    one_day = plan([screening], D, intervals=Intervals(1, 30, 7, 30))
    assert (one_day.next_test_due, one_day.next_test_kind) == (day(1), CONFIRMATION)


def test_us_after_the_confirmation_test_the_monthly_test_and_the_window() -> None:
    screening = test_record(1, D, SCREENING)
    confirmation = test_record(2, day(19), CONFIRMATION)
    planned = plan([screening, confirmation], day(20), start=None)
    assert planned == PregnancySchedule(day(49), MONTHLY, (day(19), day(25)), None, confirmation)


def test_the_monthly_test_is_due_30_days_after_the_last_test() -> None:
    tests = [test_record(1, START, MONTHLY), test_record(2, day(60), MONTHLY)]
    planned = plan(tests, day(61))
    assert planned.next_test_due == day(90)
    assert planned.next_test_kind is MONTHLY
    assert plan(tests, day(61), intervals=Intervals(19, 28, 7, 30)).next_test_due == day(88)


def test_a_screening_test_after_a_monthly_one_asks_for_the_confirmation_test() -> None:
    tests = [test_record(1, day(0), MONTHLY), test_record(2, day(5), SCREENING)]
    assert plan(tests, day(6)).next_test_due == day(24)
    assert plan(tests, day(6)).next_test_kind is CONFIRMATION


def test_uk_the_test_before_starting_is_followed_by_the_monthly_test_and_opens_the_window() -> None:
    screening = test_record(1, D, SCREENING)
    assert plan([screening], day(3), start=None, intervals=UK) == PregnancySchedule(
        day(30), MONTHLY, (D, day(6)), None, screening
    )


def test_us_the_screening_test_opens_no_window_and_no_checklist() -> None:
    planned = plan([test_record(1, D, SCREENING)], D, start=None)
    assert planned.pickup_window is None
    assert planned.checklist_test is None


@pytest.mark.parametrize(
    ("today", "open"),
    [
        (day(-1), False),  # the test is dated after today
        (day(0), True),  # day 1 is the test day
        (day(6), True),  # day 7: the last day
        (day(7), False),  # closed
    ],
)
def test_the_window_is_open_from_the_test_day_to_day_seven(today: dt.date, open: bool) -> None:
    monthly = test_record(1, D, MONTHLY)
    expected = (D, day(6)) if open else None
    assert plan([monthly], today).pickup_window == expected
    # Whether open or closed, the checklist is about that test's month.
    assert plan([monthly], today).checklist_test == monthly


def test_a_one_day_window_is_open_on_the_test_day_only() -> None:
    monthly = test_record(1, D, MONTHLY)
    one_day = Intervals(19, 30, 1, 30)
    assert plan([monthly], D, intervals=one_day).pickup_window == (D, D)
    assert plan([monthly], day(1), intervals=one_day).pickup_window is None


@pytest.mark.parametrize("result", [PENDING, POSITIVE])
def test_only_a_negative_test_opens_the_window(result: TestResult) -> None:
    earlier = test_record(1, day(-30), MONTHLY)
    latest = test_record(2, D, MONTHLY, result)
    planned = plan([earlier, latest], day(1))
    assert planned.pickup_window is None
    assert planned.checklist_test == latest
    assert planned.next_test_due == day(30)  # a test was taken, whatever its result


def test_the_latest_test_decides_whatever_order_they_come_in() -> None:
    first = test_record(5, D, MONTHLY, PENDING)
    second = test_record(3, day(2), MONTHLY)
    planned = plan([second, first], day(3))
    assert planned.pickup_window == (day(2), day(8))
    assert planned.checklist_test == second
    assert planned.next_test_due == day(32)
    # Two tests on one day: the one entered last (the higher id) is the latest.
    same_day = [test_record(9, D, MONTHLY), test_record(4, D, MONTHLY, PENDING)]
    assert plan(same_day, D).pickup_window == (D, day(6))
    assert plan(same_day, D).checklist_test == same_day[0]


def test_an_end_of_course_test_during_the_course_is_not_a_monthly_test() -> None:
    monthly = test_record(1, day(30), MONTHLY)
    closing = test_record(2, day(40), END_TEST)
    planned = plan([monthly, closing], day(41))
    assert planned.next_test_due == day(60)
    assert planned.next_test_kind is MONTHLY
    assert planned.checklist_test == monthly
    assert planned.pickup_window is None


# -- positive results ----------------------------------------------------------------------------


def test_a_positive_result_stays_until_the_prescribers_answer_is_recorded() -> None:
    negative = test_record(1, day(-30), MONTHLY)
    positive = test_record(2, D, MONTHLY, POSITIVE)
    assert plan([negative, positive], day(40)).unresolved_positive == positive
    answered = test_record(2, D, MONTHLY, POSITIVE, response="Retest at the clinic")
    assert plan([negative, answered], day(40)).unresolved_positive is None
    assert not answered.awaits_prescriber
    assert positive.awaits_prescriber
    assert not test_record(3, D, MONTHLY, PENDING).awaits_prescriber


def test_the_latest_unanswered_positive_is_the_one_shown() -> None:
    older = test_record(1, day(0), MONTHLY, POSITIVE)
    newer = test_record(2, day(3), MONTHLY, POSITIVE)
    answered = test_record(3, day(5), MONTHLY, POSITIVE, response="false positive")
    negative = test_record(4, day(6), MONTHLY)
    planned = plan([answered, newer, older, negative], day(7))
    assert planned.unresolved_positive == newer
    # A negative test since then opens its window all the same.
    assert planned.pickup_window == (day(6), day(12))


def test_a_positive_after_the_course_ended_is_shown_too() -> None:
    positive = test_record(1, END, END_TEST, POSITIVE)
    assert plan([positive], END, end=END).unresolved_positive == positive


# -- the end of a course -------------------------------------------------------------------------


def test_an_ended_course_asks_for_the_end_of_course_test_on_its_last_day() -> None:
    monthly = test_record(1, END - dt.timedelta(days=3), MONTHLY)
    planned = plan([monthly], END, end=END)
    # No pick-up after the last day, and no month's checklist.
    assert planned == PregnancySchedule(END, END_TEST, None, None, None)


def test_then_the_after_course_test_one_month_after_the_last_dose() -> None:
    tests = [test_record(1, END, END_TEST)]
    assert plan(tests, END, end=END) == PregnancySchedule(
        dt.date(2026, 9, 9), AFTER_TEST, None, None, None
    )
    assert plan(tests, END, end=END, intervals=UK).next_test_due == dt.date(2026, 9, 14)
    one_day = Intervals(19, 30, 7, 1)
    assert plan(tests, END, end=END, intervals=one_day) == PregnancySchedule(
        dt.date(2026, 8, 11), AFTER_TEST, None, None, None
    )


def test_an_after_course_interval_of_0_means_no_separate_after_course_test() -> None:
    none_after = Intervals(19, 30, 7, 0)
    # The end-of-course test is still due on the last day...
    assert plan([], END, end=END, intervals=none_after) == PregnancySchedule(
        END, END_TEST, None, None, None
    )
    # ...and once it is taken, nothing more is due.
    done = [test_record(1, END, END_TEST)]
    assert plan(done, END, end=END, intervals=none_after) == PregnancySchedule(
        None, None, None, None, None
    )


def test_the_remaining_tests_after_a_course_are_both_closing_tests() -> None:
    nothing_yet = plan([], END, end=END)
    assert remaining_tests(nothing_yet, US) == [
        (END_TEST, END),
        (AFTER_TEST, dt.date(2026, 9, 9)),
    ]
    assert remaining_tests(plan([], END, end=END, intervals=UK), UK) == [
        (END_TEST, END),
        (AFTER_TEST, dt.date(2026, 9, 14)),
    ]
    one_day = Intervals(19, 30, 7, 1)
    assert remaining_tests(plan([], END, end=END, intervals=one_day), one_day) == [
        (END_TEST, END),
        (AFTER_TEST, dt.date(2026, 8, 11)),
    ]
    none_after = Intervals(19, 30, 7, 0)
    assert remaining_tests(plan([], END, end=END, intervals=none_after), none_after) == [
        (END_TEST, END)
    ]
    end_done = plan([test_record(1, END, END_TEST)], END, end=END)
    assert remaining_tests(end_done, US) == [(AFTER_TEST, dt.date(2026, 9, 9))]


def test_the_remaining_tests_during_a_course_are_the_next_one_only() -> None:
    monthly = plan([test_record(1, START, MONTHLY)], START, start=START)
    assert remaining_tests(monthly, US) == [(MONTHLY, START + dt.timedelta(days=30))]
    # No date (before any course), or nothing due: nothing listed.
    assert remaining_tests(PregnancySchedule(None, SCREENING, None, None, None), US) == []
    assert remaining_tests(PregnancySchedule(END, None, None, None, None), US) == []


def test_after_the_after_course_test_nothing_is_due() -> None:
    tests = [test_record(1, END, END_TEST), test_record(2, dt.date(2026, 9, 9), AFTER_TEST)]
    assert plan(tests, dt.date(2026, 9, 10), end=END) == PregnancySchedule(
        None, None, None, None, None
    )
    # An after-course test alone is enough: the end-of-course one is past asking for.
    alone = [test_record(2, dt.date(2026, 9, 9), AFTER_TEST)]
    assert plan(alone, dt.date(2026, 9, 10), end=END).next_test_due is None


def test_an_earlier_courses_closing_tests_do_not_count_for_this_one() -> None:
    earlier = [
        test_record(1, START - dt.timedelta(days=100), END_TEST),
        test_record(2, START - dt.timedelta(days=70), AFTER_TEST),
    ]
    assert plan(earlier, END, end=END).next_test_kind is END_TEST
    on_the_first_day = [test_record(3, START, END_TEST)]
    assert plan(on_the_first_day, END, end=END).next_test_kind is AFTER_TEST
    # Without a start date every test counts.
    assert plan(earlier, END, start=None, end=END).next_test_due is None


@pytest.mark.parametrize(
    ("taken_on", "kind"),
    [
        (END, END_TEST),  # on the last day: still this course's end-of-course test
        (END + dt.timedelta(days=1), CONFIRMATION),  # the day after: a next course's run
    ],
)
def test_a_screening_test_after_the_end_starts_a_next_courses_run(
    taken_on: dt.date, kind: TestKind
) -> None:
    screening = test_record(1, taken_on, SCREENING)
    assert plan([screening], taken_on, end=END).next_test_kind is kind


def test_a_next_courses_run_ignores_the_ended_course() -> None:
    old_monthly = test_record(1, END - dt.timedelta(days=5), MONTHLY)
    screening = test_record(2, END + dt.timedelta(days=60), SCREENING)
    confirmation = test_record(3, END + dt.timedelta(days=79), CONFIRMATION)
    planned = plan([old_monthly, screening, confirmation], confirmation.taken_on, end=END)
    assert planned == PregnancySchedule(
        END + dt.timedelta(days=109),
        MONTHLY,
        (confirmation.taken_on, END + dt.timedelta(days=85)),
        None,
        confirmation,
    )
    # A monthly test after the end is no screening test: the ended course still asks.
    monthly_after = test_record(4, END + dt.timedelta(days=2), MONTHLY)
    assert plan([monthly_after], END + dt.timedelta(days=2), end=END).next_test_kind is END_TEST


def test_a_new_course_starts_a_new_run_after_the_last_ones_closing_tests() -> None:
    old = [
        test_record(1, dt.date(2025, 6, 1), MONTHLY),
        test_record(2, dt.date(2025, 7, 1), END_TEST),
        test_record(3, dt.date(2025, 8, 1), AFTER_TEST),
    ]
    # No test recorded for the new course yet: its screening test, from its first day.
    assert plan(old, START).next_test_due == START
    assert plan(old, START).next_test_kind is SCREENING
    assert plan(old, START).checklist_test is None
    new = [*old, test_record(4, D, SCREENING)]
    assert plan(new, START).next_test_kind is CONFIRMATION
    # Before any course, the last closing test ends the earlier run all the same.
    assert plan(old, D, start=None).next_test_kind is SCREENING
    assert plan(old, D, start=None).next_test_due is None
    # A closing test on the new course's first day belongs to the new course.
    on_start = [test_record(1, START, MONTHLY), test_record(2, START, END_TEST)]
    assert plan(on_start, START).next_test_kind is MONTHLY


def test_the_tests_before_the_latest_closing_test_are_all_left_out() -> None:
    fresh = PregnancySchedule(START, SCREENING, None, None, None)
    # One earlier course: its monthly test belongs to it, not to the new course's run.
    one = [
        test_record(1, dt.date(2025, 6, 1), MONTHLY),
        test_record(2, dt.date(2025, 7, 1), END_TEST),
    ]
    assert plan(one, START) == fresh
    # Three earlier courses, each closed by one test: the run starts after the third.
    three = [
        test_record(1, dt.date(2024, 1, 5), MONTHLY),
        test_record(2, dt.date(2024, 2, 5), END_TEST),
        test_record(3, dt.date(2024, 9, 5), MONTHLY),
        test_record(4, dt.date(2024, 10, 5), END_TEST),
        test_record(5, dt.date(2025, 6, 1), MONTHLY),
        test_record(6, dt.date(2025, 7, 1), AFTER_TEST),
    ]
    assert plan(three, START) == fresh
    assert plan(three, D, start=None) == PregnancySchedule(None, SCREENING, None, None, None)


# -- contraception -------------------------------------------------------------------------------


def test_the_catalogue_by_role_ends_with_other() -> None:
    primary = catalogue(ContraceptionRole.PRIMARY)
    secondary = catalogue(ContraceptionRole.SECONDARY)
    assert ("iud-copper", "Copper IUD (coil)") in primary
    assert ("partner-vasectomy", "Partner's vasectomy") in primary
    assert ("tubal-sterilisation", "Tubal sterilisation") in primary
    assert ("condom", "Male condom, with or without spermicide") in secondary
    assert ("condom", "Male condom, with or without spermicide") not in primary
    assert ("implant", "Implant in the arm") not in secondary
    assert primary[-1] == secondary[-1] == (OTHER_METHOD, "Other")
    assert len(primary) + len(secondary) == len(CONTRACEPTION_METHODS) + 2


def test_a_method_is_named_in_plain_words_or_in_the_patients_own() -> None:
    listed = ContraceptionMethod(1, ContraceptionRole.PRIMARY, "implant", "Nexplanon", D, None)
    other = ContraceptionMethod(2, ContraceptionRole.SECONDARY, OTHER_METHOD, "Gel", D, None)
    assert listed.name == "Implant in the arm"
    assert other.name == "Gel"


def test_a_method_is_in_use_from_its_first_to_its_last_day() -> None:
    stopped = ContraceptionMethod(1, ContraceptionRole.PRIMARY, "pill", "", D, day(10))
    assert [stopped.in_use_on(d) for d in (day(-1), D, day(10), day(11))] == [
        False,
        True,
        True,
        False,
    ]
    going_on = ContraceptionMethod(1, ContraceptionRole.PRIMARY, "pill", "", D, None)
    assert going_on.in_use_on(day(1000))
    assert not going_on.in_use_on(day(-1))


def test_a_draft_of_a_record_writes_its_own_fields_back() -> None:
    record = PregnancyTestRecord(
        7, 2, D, MONTHLY, TestSetting.HOME, PENDING, "at home", D, D, D, "", None
    )
    assert TestDraft.of(record) == TestDraft(D, MONTHLY, PENDING, TestSetting.HOME, "at home")
