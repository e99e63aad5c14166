"""PregnancyService: the rules and intervals, tests and their checklist, contraception, and
what is due, read back from a real store."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from tests.conftest import COURSE_START, TODAY
from tracker.db import models
from tracker.domain.pregnancy import (
    INTERVAL_KEYS,
    INTERVAL_RANGES,
    RULE_DEFAULTS,
    ChecklistItem,
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
)
from tracker.errors import RecordChangedError, UserInputError
from tracker.services.pregnancy import PregnancyOverview, ProfileAndRules
from tracker.services.records import ProfileInfo

NO_OWN = dict.fromkeys(INTERVAL_KEYS)
MONTHLY, SCREENING = TestKind.MONTHLY, TestKind.SCREENING
NEGATIVE, POSITIVE = TestResult.NEGATIVE, TestResult.POSITIVE
PRIMARY, SECONDARY = ContraceptionRole.PRIMARY, ContraceptionRole.SECONDARY


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def can_become_pregnant(services) -> None:
    services.course.save_profile(ProfileInfo("Ana", dt.date(2001, 4, 5), True))


def refused(call, *args, **kwargs) -> str:
    with pytest.raises(UserInputError) as caught:
        call(*args, **kwargs)
    return str(caught.value)


def stored_tests(sessions) -> list[tuple]:
    with sessions() as session:
        return [
            (r.id, r.taken_on, r.kind, r.result, r.note, r.prescriber_response)
            for r in session.query(models.PregnancyTest).order_by(models.PregnancyTest.id)
        ]


def record(id: int, taken_on: dt.date, **fields) -> PregnancyTestRecord:
    values = {
        "id": id,
        "course_id": None,
        "taken_on": taken_on,
        "kind": MONTHLY,
        "setting": TestSetting.CLINIC,
        "result": NEGATIVE,
        "note": "",
        "questions_answered_on": None,
        "contraception_confirmed_on": None,
        "picked_up_on": None,
        "prescriber_response": "",
        "responded_on": None,
    }
    return PregnancyTestRecord(**{**values, **fields})


# -- whether it applies, and the rules -------------------------------------------------------


@pytest.mark.parametrize(("answer", "applies"), [(None, False), (False, False), (True, True)])
def test_it_applies_only_when_the_profile_says_yes(services, answer, applies) -> None:
    assert services.pregnancy.applies() is False  # no profile at all
    services.course.save_profile(ProfileInfo(can_become_pregnant=answer))
    assert services.pregnancy.applies() is applies
    assert (services.pregnancy.overview() is not None) is applies


def test_the_ranges_are_the_stores_own(sessions) -> None:
    """The CHECKs revision 0002 wrote into the store are the domain's ranges."""
    with sessions() as session:
        table_sql = session.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'profile'")
        ).scalar_one()
    for column, (low, high) in INTERVAL_RANGES.items():
        assert f"{column} BETWEEN {low} AND {high}" in table_sql


def test_the_rules_start_as_us_with_the_defaults(services) -> None:
    assert services.pregnancy.rules() == (RuleSet.US, NO_OWN)
    assert services.pregnancy.intervals() == RULE_DEFAULTS[RuleSet.US]
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    assert services.pregnancy.rules() == (RuleSet.US, NO_OWN)


def test_set_rules_returns_the_previous_rules_and_puts_them_back(services) -> None:
    services.course.save_profile(ProfileInfo("Ana", None, True))
    previous = services.pregnancy.set_rules(RuleSet.UK_EU, {"monthly_test_days": 28})
    assert previous == (RuleSet.US, NO_OWN)
    assert services.pregnancy.rules() == (RuleSet.UK_EU, {**NO_OWN, "monthly_test_days": 28})
    assert services.pregnancy.intervals() == Intervals(0, 28, 7, 35)
    # The whole state each time: an interval not given goes back to the default.
    again = services.pregnancy.set_rules(RuleSet.CUSTOM, {"pickup_window_days": 5})
    assert again == (RuleSet.UK_EU, {**NO_OWN, "monthly_test_days": 28})
    assert services.pregnancy.rules() == (RuleSet.CUSTOM, {**NO_OWN, "pickup_window_days": 5})
    services.pregnancy.set_rules(*again)
    assert services.pregnancy.rules() == (RuleSet.UK_EU, {**NO_OWN, "monthly_test_days": 28})
    services.pregnancy.set_rules(RuleSet.US)
    assert services.pregnancy.rules() == (RuleSet.US, NO_OWN)
    # The profile itself is left as it was.
    assert services.course.profile() == ProfileInfo("Ana", None, True)


def test_set_rules_before_any_profile_makes_one(services) -> None:
    assert services.pregnancy.set_rules(RuleSet.UK_EU) == (RuleSet.US, NO_OWN)
    assert services.pregnancy.rules() == (RuleSet.UK_EU, NO_OWN)
    assert services.course.profile() == ProfileInfo("", None, None)


def test_every_interval_is_stored(services) -> None:
    own = {
        "confirmation_test_days": 0,
        "monthly_test_days": 90,
        "pickup_window_days": 1,
        "after_course_test_days": 120,
    }
    services.pregnancy.set_rules(RuleSet.CUSTOM, own)
    assert services.pregnancy.rules() == (RuleSet.CUSTOM, own)
    assert services.pregnancy.intervals() == Intervals(0, 90, 1, 120)


@pytest.mark.parametrize(
    ("rules", "overrides", "message"),
    [
        (
            RuleSet.US,
            {"monthly_test_days": 6},
            "the time between monthly tests must be from 7 to 90 days (got 6)",
        ),
        (RuleSet.US, {"yearly": None}, "there is no interval called 'yearly'"),
        ("us", None, "there is no rule set called 'us'"),
    ],
)
def test_set_rules_refuses_and_writes_nothing(services, rules, overrides, message) -> None:
    services.pregnancy.set_rules(RuleSet.UK_EU, {"pickup_window_days": 3})
    assert refused(services.pregnancy.set_rules, rules, overrides) == message
    assert refused(services.pregnancy.check_rules, rules, overrides) == message
    assert services.pregnancy.rules() == (RuleSet.UK_EU, {**NO_OWN, "pickup_window_days": 3})


def test_check_rules_accepts_what_set_rules_would_write(services) -> None:
    services.pregnancy.check_rules(RuleSet.CUSTOM, {"monthly_test_days": 7})
    services.pregnancy.check_rules(RuleSet.US, None)
    assert services.pregnancy.rules() == (RuleSet.US, NO_OWN)


# -- what is due -----------------------------------------------------------------------------


def test_the_overview_follows_the_tests_the_rules_and_the_course(
    services, start_course, can_become_pregnant
) -> None:
    start_course()
    assert services.pregnancy.overview() == PregnancyOverview(
        PregnancySchedule(COURSE_START, SCREENING, None, None, None),
        RULE_DEFAULTS[RuleSet.US],
        RuleSet.US,
        None,
    )
    test = services.pregnancy.add_test(TestDraft(ago(3), MONTHLY, NEGATIVE))
    overview = services.pregnancy.overview()
    assert overview.schedule == PregnancySchedule(
        ago(3) + dt.timedelta(days=30), MONTHLY, (ago(3), ago(3) + dt.timedelta(days=6)), None, test
    )
    assert overview.next_test_due == dt.date(2026, 12, 25)
    assert overview.pickup_window_closes == dt.date(2026, 12, 1)
    services.pregnancy.set_rules(RuleSet.UK_EU, {"monthly_test_days": 28, "pickup_window_days": 2})
    overview = services.pregnancy.overview()
    assert overview.rules is RuleSet.UK_EU
    assert overview.intervals == Intervals(0, 28, 2, 35)
    assert overview.next_test_due == dt.date(2026, 12, 23)
    assert overview.pickup_window_closes is None  # closed on the 26th


def test_the_overview_as_of_an_earlier_day_leaves_out_what_came_later(
    services, start_course, can_become_pregnant
) -> None:
    start_course()
    first = services.pregnancy.add_test(TestDraft(ago(40), MONTHLY, NEGATIVE))
    services.pregnancy.add_test(TestDraft(ago(10), MONTHLY, NEGATIVE))
    services.course.end_course(ago(5))
    earlier = services.pregnancy.overview(as_of=ago(38))
    assert earlier.schedule == PregnancySchedule(ago(10), MONTHLY, (ago(40), ago(34)), None, first)
    # The day the second test was taken: still the active course.
    on_the_day = services.pregnancy.overview(as_of=ago(10))
    assert (on_the_day.next_test_due, on_the_day.next_test_kind) == (
        ago(10) + dt.timedelta(days=30),
        MONTHLY,
    )
    # The course's last day: the end-of-course test.
    on_the_end = services.pregnancy.overview(as_of=ago(5))
    assert (on_the_end.next_test_due, on_the_end.next_test_kind) == (ago(5), TestKind.END_OF_COURSE)
    assert services.pregnancy.overview().next_test_due == ago(5)
    # The end the schedule counted with: none before the last day, the last day from then on.
    assert on_the_day.course_end is None
    assert on_the_end.course_end == ago(5)
    assert services.pregnancy.overview().course_end == ago(5)


def test_an_ended_course_proposes_its_closing_tests(
    services, start_course, can_become_pregnant
) -> None:
    start_course()
    services.course.end_course(ago(3))
    assert services.pregnancy.overview().schedule == PregnancySchedule(
        ago(3), TestKind.END_OF_COURSE, None, None, None
    )
    services.pregnancy.add_test(TestDraft(ago(2), TestKind.END_OF_COURSE, NEGATIVE))
    overview = services.pregnancy.overview()
    assert (overview.next_test_due, overview.next_test_kind) == (
        ago(3) + dt.timedelta(days=30),
        TestKind.AFTER_COURSE,
    )


def test_a_positive_result_shows_in_the_overview_until_answered(
    services, start_course, can_become_pregnant
) -> None:
    start_course()
    positive = services.pregnancy.add_test(TestDraft(ago(1), MONTHLY, POSITIVE))
    assert services.pregnancy.overview().schedule.unresolved_positive == positive
    services.pregnancy.record_prescriber_response(positive.id, "Come in tomorrow", TODAY)
    assert services.pregnancy.overview().schedule.unresolved_positive is None


# -- tests -----------------------------------------------------------------------------------


def test_a_test_is_stored_with_every_field(services, start_course, can_become_pregnant) -> None:
    course = start_course()
    added = services.pregnancy.add_test(
        TestDraft(ago(2), MONTHLY, TestResult.PENDING, TestSetting.HOME, "first line\nsecond")
    )
    assert added == record(
        added.id,
        ago(2),
        course_id=course.id,
        result=TestResult.PENDING,
        setting=TestSetting.HOME,
        note="first line\nsecond",
    )
    assert services.pregnancy.tests() == [added]
    assert services.pregnancy.test(added.id) == added


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (
            False,
            "your profile says you cannot become pregnant, so pregnancy tests are not "
            "recorded; change the profile first if that is not right",
        ),
        (
            None,
            "your profile does not say yet whether you can become pregnant; answer that "
            "first, then record the test",
        ),
    ],
)
def test_no_test_is_recorded_unless_the_profile_says_yes(services, answer, message) -> None:
    draft = TestDraft(TODAY, MONTHLY, NEGATIVE)
    services.course.save_profile(ProfileInfo(can_become_pregnant=answer))
    assert refused(services.pregnancy.add_test, draft) == message
    assert services.pregnancy.tests() == []


def test_without_a_profile_a_test_is_refused_as_unanswered(services) -> None:
    assert refused(services.pregnancy.add_test, TestDraft(TODAY, MONTHLY, NEGATIVE)) == (
        "your profile does not say yet whether you can become pregnant; answer that "
        "first, then record the test"
    )


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (
            TestDraft(TODAY + dt.timedelta(days=1), MONTHLY, NEGATIVE),
            "the test date (2026-11-29) is in the future",
        ),
        (
            TestDraft(dt.date(1899, 12, 31), MONTHLY, NEGATIVE),
            "1899-12-31 is before 1900-01-01; check the year you typed",
        ),
        (TestDraft(TODAY, "monthly", NEGATIVE), "there is no kind of test called 'monthly'"),  # type: ignore[arg-type]
        (TestDraft(TODAY, MONTHLY, "negative"), "there is no result called 'negative'"),  # type: ignore[arg-type]
        (
            TestDraft(TODAY, MONTHLY, NEGATIVE, "home"),  # type: ignore[arg-type]
            "there is no setting called 'home'",
        ),
        (
            TestDraft(TODAY, MONTHLY, NEGATIVE, note="x" * 2001),
            "the note is 2001 characters long; keep it to 2000 or fewer",
        ),
        (
            TestDraft(TODAY, MONTHLY, NEGATIVE, note="bell\x07"),
            "the note holds a control character (U+0007) at position 5",
        ),
    ],
)
def test_a_wrong_test_is_refused_and_nothing_written(
    services, sessions, can_become_pregnant, draft, message
) -> None:
    kept = services.pregnancy.add_test(TestDraft(ago(1), MONTHLY, NEGATIVE))
    assert refused(services.pregnancy.add_test, draft) == message
    assert refused(services.pregnancy.update_test, kept.id, draft) == message
    assert services.pregnancy.tests() == [kept]


def test_today_and_a_note_of_2000_characters_are_accepted(services, can_become_pregnant) -> None:
    added = services.pregnancy.add_test(TestDraft(TODAY, MONTHLY, NEGATIVE, note="x" * 2000))
    assert added.taken_on == TODAY
    assert len(added.note) == 2000


def test_tests_are_listed_by_date_then_as_entered(services, can_become_pregnant) -> None:
    late = services.pregnancy.add_test(TestDraft(ago(1), MONTHLY, NEGATIVE))
    early = services.pregnancy.add_test(TestDraft(ago(30), SCREENING, NEGATIVE))
    same_day = services.pregnancy.add_test(TestDraft(ago(1), MONTHLY, POSITIVE))
    assert services.pregnancy.tests() == [early, late, same_day]


def test_which_course_a_test_belongs_to(services, start_course, can_become_pregnant) -> None:
    before_any = services.pregnancy.add_test(TestDraft(ago(80), SCREENING, NEGATIVE))
    assert before_any.course_id is None
    course = start_course()
    during = services.pregnancy.add_test(TestDraft(ago(70), SCREENING, NEGATIVE))
    assert during.course_id == course.id
    services.course.end_course(ago(20))
    closing = services.pregnancy.add_test(TestDraft(ago(19), TestKind.AFTER_COURSE, NEGATIVE))
    end_test = services.pregnancy.add_test(TestDraft(ago(20), TestKind.END_OF_COURSE, NEGATIVE))
    assert (closing.course_id, end_test.course_id) == (course.id, course.id)
    # After the course, a screening test comes before the next course.
    next_run = services.pregnancy.add_test(TestDraft(ago(10), SCREENING, NEGATIVE))
    assert next_run.course_id is None
    # A closing test dated before the course's first day is not that course's.
    stray = services.pregnancy.add_test(
        TestDraft(COURSE_START - dt.timedelta(days=1), TestKind.AFTER_COURSE, NEGATIVE)
    )
    assert stray.course_id is None
    on_start = services.pregnancy.add_test(
        TestDraft(COURSE_START, TestKind.END_OF_COURSE, NEGATIVE)
    )
    assert on_start.course_id == course.id


def test_a_closing_test_without_any_course_belongs_to_none(services, can_become_pregnant) -> None:
    added = services.pregnancy.add_test(TestDraft(ago(1), TestKind.AFTER_COURSE, NEGATIVE))
    assert added.course_id is None


def test_a_test_can_be_corrected_and_the_correction_returns_the_old_one(
    services, start_course, can_become_pregnant
) -> None:
    course = start_course()
    other = services.pregnancy.add_test(TestDraft(ago(40), MONTHLY, NEGATIVE))
    added = services.pregnancy.add_test(TestDraft(ago(3), MONTHLY, TestResult.PENDING))
    services.pregnancy.set_checklist_item(added.id, ChecklistItem.QUESTIONS, ago(2))
    ticked = services.pregnancy.test(added.id)
    before = services.pregnancy.update_test(
        added.id, TestDraft(ago(4), SCREENING, POSITIVE, TestSetting.HOME, "lab"), expected=ticked
    )
    assert before == ticked
    assert services.pregnancy.test(added.id) == record(
        added.id,
        ago(4),
        course_id=course.id,
        kind=SCREENING,
        result=POSITIVE,
        setting=TestSetting.HOME,
        note="lab",
        questions_answered_on=ago(2),
    )
    assert services.pregnancy.test(other.id) == other
    # Without `expected` (the command line) the write is not compared.
    services.pregnancy.update_test(added.id, TestDraft.of(before))
    assert services.pregnancy.test(added.id) == ticked


def test_a_test_changed_elsewhere_is_not_overwritten(services, can_become_pregnant) -> None:
    shown = services.pregnancy.add_test(TestDraft(ago(3), MONTHLY, TestResult.PENDING))
    services.pregnancy.update_test(shown.id, TestDraft(ago(3), MONTHLY, NEGATIVE))
    now = services.pregnancy.test(shown.id)
    for attempt in (
        lambda: services.pregnancy.update_test(
            shown.id, TestDraft(ago(3), MONTHLY, POSITIVE), expected=shown
        ),
        lambda: services.pregnancy.remove_test(shown.id, expected=shown),
    ):
        with pytest.raises(RecordChangedError) as caught:
            attempt()
        assert str(caught.value) == (
            "this test was changed or removed elsewhere since it was shown; nothing was saved"
        )
        assert caught.value.current == now
    assert services.pregnancy.tests() == [now]
    services.pregnancy.remove_test(shown.id, expected=now)
    with pytest.raises(RecordChangedError) as caught:
        services.pregnancy.update_test(shown.id, TestDraft.of(now), expected=now)
    assert caught.value.current is None


def test_a_missing_test_is_named(services, can_become_pregnant) -> None:
    message = "there is no pregnancy test number 42"
    draft = TestDraft(TODAY, MONTHLY, NEGATIVE)
    assert refused(services.pregnancy.test, 42) == message
    assert refused(services.pregnancy.update_test, 42, draft) == message
    assert refused(services.pregnancy.remove_test, 42) == message
    assert refused(services.pregnancy.record_prescriber_response, 42, "ok", TODAY) == message
    assert (
        refused(services.pregnancy.set_checklist_item, 42, ChecklistItem.PICKUP, TODAY) == message
    )


def test_a_removed_test_is_put_back_exactly(services, start_course, can_become_pregnant) -> None:
    course = start_course()
    keep = services.pregnancy.add_test(TestDraft(ago(40), MONTHLY, NEGATIVE))
    added = services.pregnancy.add_test(TestDraft(ago(5), MONTHLY, POSITIVE, note="n"))
    services.pregnancy.set_checklist_item(added.id, ChecklistItem.QUESTIONS, ago(5))
    services.pregnancy.set_checklist_item(added.id, ChecklistItem.CONTRACEPTION, ago(4))
    services.pregnancy.set_checklist_item(added.id, ChecklistItem.PICKUP, ago(3))
    services.pregnancy.record_prescriber_response(added.id, "Stopped; retest", ago(2))
    full = services.pregnancy.test(added.id)
    assert full == record(
        added.id,
        ago(5),
        course_id=course.id,
        result=POSITIVE,
        note="n",
        questions_answered_on=ago(5),
        contraception_confirmed_on=ago(4),
        picked_up_on=ago(3),
        prescriber_response="Stopped; retest",
        responded_on=ago(2),
    )
    assert services.pregnancy.remove_test(added.id, expected=full) == full
    assert services.pregnancy.tests() == [keep]
    services.pregnancy.restore_test(full, expected=None)
    assert services.pregnancy.tests() == [keep, full]
    # Restoring over a changed row, as it was changed, writes every field back too.
    services.pregnancy.update_test(added.id, TestDraft(ago(1), SCREENING, NEGATIVE))
    services.pregnancy.set_checklist_item(added.id, ChecklistItem.PICKUP, None)
    changed = services.pregnancy.test(added.id)
    services.pregnancy.restore_test(full, expected=changed)
    assert services.pregnancy.test(added.id) == full
    # Into another course's test: its course too.
    services.pregnancy.restore_test(record(keep.id, ago(40), course_id=None), expected=keep)
    assert services.pregnancy.test(keep.id).course_id is None


def test_a_restore_writes_only_over_what_it_expects(
    services, start_course, can_become_pregnant
) -> None:
    start_course()
    shown = services.pregnancy.add_test(TestDraft(ago(5), MONTHLY, POSITIVE))
    before = services.pregnancy.record_prescriber_response(shown.id, "Retest", ago(4))
    answered = services.pregnancy.test(shown.id)
    # Elsewhere, the checklist is ticked after the answer was recorded.
    services.pregnancy.set_checklist_item(shown.id, ChecklistItem.QUESTIONS, ago(3))
    ticked = services.pregnancy.test(shown.id)
    message = "this test was changed or removed elsewhere since it was shown; nothing was saved"
    # Undoing the answer as it was left would wipe the tick: refused, nothing written.
    with pytest.raises(RecordChangedError) as caught:
        services.pregnancy.restore_test(before, expected=answered)
    assert (str(caught.value), caught.value.current) == (message, ticked)
    # Putting back "a removed test" over one that is there: refused too.
    with pytest.raises(RecordChangedError) as caught:
        services.pregnancy.restore_test(before)
    assert caught.value.current == ticked
    assert services.pregnancy.tests() == [ticked]
    # Over a removed test when a record was expected: refused, nothing re-inserted.
    services.pregnancy.remove_test(shown.id, expected=ticked)
    with pytest.raises(RecordChangedError) as caught:
        services.pregnancy.restore_test(before, expected=ticked)
    assert caught.value.current is None
    assert services.pregnancy.tests() == []


def test_the_answer_and_the_checklist_refuse_a_test_changed_elsewhere(
    services, can_become_pregnant
) -> None:
    shown = services.pregnancy.add_test(TestDraft(ago(5), MONTHLY, POSITIVE))
    services.pregnancy.update_test(shown.id, TestDraft(ago(5), MONTHLY, POSITIVE, note="now"))
    now = services.pregnancy.test(shown.id)
    for attempt in (
        lambda: services.pregnancy.record_prescriber_response(
            shown.id, "ok", ago(1), expected=shown
        ),
        lambda: services.pregnancy.set_checklist_item(
            shown.id, ChecklistItem.PICKUP, ago(1), expected=shown
        ),
    ):
        with pytest.raises(RecordChangedError) as caught:
            attempt()
        assert caught.value.current == now
    assert services.pregnancy.test(shown.id) == now
    # As it is now: saved.
    assert (
        services.pregnancy.record_prescriber_response(shown.id, "ok", ago(1), expected=now) == now
    )
    answered = services.pregnancy.test(shown.id)
    assert (
        services.pregnancy.set_checklist_item(
            shown.id, ChecklistItem.PICKUP, ago(1), expected=answered
        )
        == answered
    )
    assert services.pregnancy.test(shown.id).picked_up_on == ago(1)


def test_a_note_is_stored_trimmed(services, can_become_pregnant) -> None:
    added = services.pregnancy.add_test(TestDraft(ago(2), MONTHLY, NEGATIVE, note="  lab\n "))
    assert added.note == "lab"
    services.pregnancy.update_test(added.id, TestDraft(ago(2), MONTHLY, NEGATIVE, note=" home "))
    assert services.pregnancy.test(added.id).note == "home"


# -- after a positive result, and the checklist ----------------------------------------------


def test_the_prescribers_answer_is_stored_trimmed(services, can_become_pregnant) -> None:
    added = services.pregnancy.add_test(TestDraft(ago(3), MONTHLY, POSITIVE))
    before = services.pregnancy.record_prescriber_response(added.id, "  Retest\nat clinic ", ago(3))
    assert before == added
    after = services.pregnancy.test(added.id)
    assert (after.prescriber_response, after.responded_on) == ("Retest\nat clinic", ago(3))


@pytest.mark.parametrize(
    ("response", "on", "message"),
    [
        ("", TODAY, "write what the prescriber said"),
        ("  \n ", TODAY, "write what the prescriber said"),
        (
            "x" * 2001,
            TODAY,
            "what the prescriber said is 2001 characters long; keep it to 2000 or fewer",
        ),
        ("ok", ago(4), "2026-11-24 is before the test was taken (2026-11-25)"),
        (
            "ok",
            TODAY + dt.timedelta(days=1),
            "the date of the prescriber's answer (2026-11-29) is in the future",
        ),
    ],
)
def test_a_wrong_answer_is_refused(services, can_become_pregnant, response, on, message) -> None:
    added = services.pregnancy.add_test(TestDraft(ago(3), MONTHLY, POSITIVE))
    assert refused(services.pregnancy.record_prescriber_response, added.id, response, on) == message
    assert services.pregnancy.test(added.id) == added


@pytest.mark.parametrize(
    ("item", "field"),
    [
        (ChecklistItem.QUESTIONS, "questions_answered_on"),
        (ChecklistItem.CONTRACEPTION, "contraception_confirmed_on"),
        (ChecklistItem.PICKUP, "picked_up_on"),
    ],
)
def test_each_checklist_item_is_ticked_and_unticked(
    services, can_become_pregnant, item, field
) -> None:
    other = services.pregnancy.add_test(TestDraft(ago(40), MONTHLY, NEGATIVE))
    added = services.pregnancy.add_test(TestDraft(ago(3), MONTHLY, NEGATIVE))
    assert services.pregnancy.set_checklist_item(added.id, item, ago(3)) == added
    ticked = services.pregnancy.test(added.id)
    assert ticked == record(added.id, ago(3), **{field: ago(3)})
    assert services.pregnancy.set_checklist_item(added.id, item, None) == ticked
    assert services.pregnancy.test(added.id) == added
    assert services.pregnancy.test(other.id) == other


def test_the_checklist_dates_that_are_refused(services, can_become_pregnant) -> None:
    added = services.pregnancy.add_test(TestDraft(ago(3), MONTHLY, NEGATIVE))
    assert refused(
        services.pregnancy.set_checklist_item, added.id, ChecklistItem.PICKUP, ago(4)
    ) == (
        "the prescription cannot be picked up (2026-11-24) before its test was taken (2026-11-25)"
    )
    assert refused(
        services.pregnancy.set_checklist_item,
        added.id,
        ChecklistItem.QUESTIONS,
        TODAY + dt.timedelta(days=1),
    ) == ("the checklist date (2026-11-29) is in the future")
    assert services.pregnancy.test(added.id) == added
    # Questions and contraception may come before the test; a pick-up on the test day is fine.
    services.pregnancy.set_checklist_item(added.id, ChecklistItem.QUESTIONS, ago(10))
    services.pregnancy.set_checklist_item(added.id, ChecklistItem.CONTRACEPTION, ago(10))
    services.pregnancy.set_checklist_item(added.id, ChecklistItem.PICKUP, ago(3))
    services.pregnancy.set_checklist_item(added.id, ChecklistItem.PICKUP, TODAY)
    assert services.pregnancy.test(added.id) == record(
        added.id,
        ago(3),
        questions_answered_on=ago(10),
        contraception_confirmed_on=ago(10),
        picked_up_on=TODAY,
    )


# -- contraception ---------------------------------------------------------------------------


def test_methods_are_added_listed_stopped_removed_and_put_back(services) -> None:
    pill = services.pregnancy.add_method(PRIMARY, "pill", ago(60), " Brand X ")
    gel = services.pregnancy.add_method(SECONDARY, "other", ago(90), "Contraceptive gel")
    assert pill == ContraceptionMethod(pill.id, PRIMARY, "pill", "Brand X", ago(60), None)
    assert gel == ContraceptionMethod(
        gel.id, SECONDARY, "other", "Contraceptive gel", ago(90), None
    )
    assert services.pregnancy.methods() == [gel, pill]
    assert services.pregnancy.stop_method(pill.id, ago(1)) == pill
    stopped = ContraceptionMethod(pill.id, PRIMARY, "pill", "Brand X", ago(60), ago(1))
    assert services.pregnancy.methods() == [gel, stopped]
    assert services.pregnancy.remove_method(gel.id) == gel
    assert services.pregnancy.methods() == [stopped]
    services.pregnancy.restore_method(gel, expected=None)
    assert services.pregnancy.methods() == [gel, stopped]
    # Over the stopped one, as it is: not stopped again.
    services.pregnancy.restore_method(pill, expected=stopped)
    assert services.pregnancy.methods() == [gel, pill]


def test_method_changes_refuse_a_method_changed_elsewhere(services) -> None:
    shown = services.pregnancy.add_method(PRIMARY, "pill", ago(60))
    stopped = services.pregnancy.stop_method(shown.id, ago(2), expected=shown)
    assert stopped == shown
    now = services.pregnancy.methods()[0]
    message = "this method was changed or removed elsewhere since it was shown; nothing was saved"
    for attempt in (
        lambda: services.pregnancy.stop_method(shown.id, ago(1), expected=shown),
        lambda: services.pregnancy.remove_method(shown.id, expected=shown),
        lambda: services.pregnancy.restore_method(shown),  # None: must be absent
        lambda: services.pregnancy.restore_method(shown, expected=shown),
    ):
        with pytest.raises(RecordChangedError) as caught:
            attempt()
        assert (str(caught.value), caught.value.current) == (message, now)
    assert services.pregnancy.methods() == [now]
    assert services.pregnancy.remove_method(shown.id, expected=now) == now
    with pytest.raises(RecordChangedError) as caught:
        services.pregnancy.restore_method(shown, expected=now)
    assert caught.value.current is None
    with pytest.raises(RecordChangedError) as caught:
        services.pregnancy.stop_method(shown.id, ago(1), expected=now)
    assert caught.value.current is None
    assert services.pregnancy.methods() == []


def test_methods_on_one_day_are_listed_as_entered(services) -> None:
    ring = services.pregnancy.add_method(PRIMARY, "ring", ago(5))
    condom = services.pregnancy.add_method(SECONDARY, "condom", ago(5))
    assert services.pregnancy.methods() == [ring, condom]


@pytest.mark.parametrize(
    ("role", "method", "description", "message"),
    [
        (PRIMARY, "other", "  ", "describe the method in your own words"),
        (PRIMARY, "prayer", "", "there is no contraception method called 'prayer'"),
        ("primary", "pill", "", "there is no contraception role called 'primary'"),
        (
            PRIMARY,
            "other",
            "x" * 201,
            "the description is 201 characters long; keep it to 200 or fewer",
        ),
        (
            PRIMARY,
            "other",
            "two\nlines",
            "the description holds a control character (U+000A) at position 4",
        ),
    ],
)
def test_a_wrong_method_is_refused(services, role, method, description, message) -> None:
    assert refused(services.pregnancy.add_method, role, method, ago(1), description) == message
    assert services.pregnancy.methods() == []


def test_a_long_description_and_a_far_date_are_accepted(services) -> None:
    added = services.pregnancy.add_method(PRIMARY, "other", ago(1), "x" * 200)
    assert added.description == "x" * 200
    assert refused(services.pregnancy.add_method, PRIMARY, "pill", dt.date(1899, 12, 31)) == (
        "1899-12-31 is before 1900-01-01; check the year you typed"
    )


def test_a_method_stops_on_or_after_its_first_day(services) -> None:
    pill = services.pregnancy.add_method(PRIMARY, "pill", ago(10))
    assert refused(services.pregnancy.stop_method, pill.id, ago(11)) == (
        "2026-11-17 is before the method was started (2026-11-18)"
    )
    assert refused(services.pregnancy.stop_method, pill.id, dt.date(1899, 12, 31)) == (
        "1899-12-31 is before 1900-01-01; check the year you typed"
    )
    services.pregnancy.stop_method(pill.id, ago(10))
    assert services.pregnancy.methods()[0].stopped_on == ago(10)


def test_a_missing_method_is_named(services) -> None:
    message = "there is no contraception method number 7"
    assert refused(services.pregnancy.stop_method, 7, TODAY) == message
    assert refused(services.pregnancy.remove_method, 7) == message


def test_a_method_removed_already_is_named_by_its_number(services) -> None:
    pill = services.pregnancy.add_method(PRIMARY, "pill", ago(10))
    services.pregnancy.remove_method(pill.id)
    message = f"there is no contraception method number {pill.id}"
    assert refused(services.pregnancy.stop_method, pill.id, TODAY) == message
    assert refused(services.pregnancy.remove_method, pill.id) == message
    assert services.pregnancy.methods() == []


def test_a_catalogue_method_needs_no_description(services, sessions) -> None:
    implant = services.pregnancy.add_method(PRIMARY, "implant", ago(3))
    assert implant == ContraceptionMethod(implant.id, PRIMARY, "implant", "", ago(3), None)
    with sessions() as session:
        row = session.get(models.Contraception, implant.id)
        assert row is not None
        assert (row.role, row.method, row.description, row.started_on, row.stopped_on) == (
            PRIMARY,
            "implant",
            "",
            ago(3),
            None,
        )


def test_a_removed_stopped_method_is_put_back_stopped(services) -> None:
    ring = services.pregnancy.add_method(PRIMARY, "ring", ago(30), "Brand Y")
    services.pregnancy.stop_method(ring.id, ago(4))
    stopped = ContraceptionMethod(ring.id, PRIMARY, "ring", "Brand Y", ago(30), ago(4))
    assert services.pregnancy.remove_method(ring.id) == stopped
    services.pregnancy.restore_method(stopped, expected=None)
    assert services.pregnancy.methods() == [stopped]


# -- the profile and the rules together ------------------------------------------------------


def test_the_profile_and_the_rules_are_saved_together(services) -> None:
    empty = ProfileAndRules(ProfileInfo(), RuleSet.US, NO_OWN)
    assert services.pregnancy.profile_and_rules() == empty
    ana = ProfileInfo("  Ana ", dt.date(2001, 4, 5), True)
    before = services.pregnancy.save_profile_and_rules(
        ana, RuleSet.UK_EU, {"monthly_test_days": 28}
    )
    assert before == empty
    saved = ProfileAndRules(
        ProfileInfo("Ana", dt.date(2001, 4, 5), True),
        RuleSet.UK_EU,
        {**NO_OWN, "monthly_test_days": 28},
    )
    assert services.pregnancy.profile_and_rules() == saved
    assert services.course.profile() == saved.profile
    assert services.pregnancy.rules() == (saved.rules, saved.overrides)
    # What it returns puts the previous state back exactly (undo), overrides None included.
    again = services.pregnancy.save_profile_and_rules(ProfileInfo("Bo"), RuleSet.CUSTOM, None)
    assert again == saved
    assert services.pregnancy.profile_and_rules() == ProfileAndRules(
        ProfileInfo("Bo"), RuleSet.CUSTOM, NO_OWN
    )
    services.pregnancy.save_profile_and_rules(again.profile, again.rules, again.overrides)
    assert services.pregnancy.profile_and_rules() == saved


@pytest.mark.parametrize(
    ("profile", "rules", "overrides", "message"),
    [
        (
            ProfileInfo("Ana", TODAY + dt.timedelta(days=1), False),
            RuleSet.US,
            None,
            "date of birth cannot be in the future",
        ),
        (
            ProfileInfo("x" * 201),
            RuleSet.US,
            None,
            "the name is 201 characters long; keep it to 200 or fewer",
        ),
        (
            ProfileInfo("Ana", None, False),
            RuleSet.US,
            {"pickup_window_days": 0},
            "the pick-up window must be from 1 to 30 days (got 0)",
        ),
        (ProfileInfo("Ana"), "us", None, "there is no rule set called 'us'"),
    ],
)
def test_a_refused_profile_or_rule_writes_neither(
    services, profile, rules, overrides, message
) -> None:
    services.pregnancy.save_profile_and_rules(
        ProfileInfo("Kept", None, True), RuleSet.UK_EU, {"monthly_test_days": 28}
    )
    kept = services.pregnancy.profile_and_rules()
    assert refused(services.pregnancy.save_profile_and_rules, profile, rules, overrides) == message
    assert services.pregnancy.profile_and_rules() == kept
