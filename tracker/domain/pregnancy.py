"""Pregnancy prevention: tests, contraception and the rule sets whose intervals the patient
can edit (DOMAIN.md section 4). Shown only when the profile says the patient can become
pregnant.

Every interval here is a default the patient can change: the programmes differ by country and
change over time (the US programme was modified in February 2026), so the app organises the
patient's dates and never enforces a rule.

Sources:
- US iPLEDGE REMS: two negative tests before starting (a screening test, then a confirmation
  test at least 19 days later), a negative test every month before each prescription, a test
  at the end of the course and one a month after the last dose; the prescription must be
  picked up within 7 days counting the test-specimen date as day 1.
  https://www.fda.gov/drugs/postmarket-drug-safety-information-patients-and-providers/questions-and-answers-ipledge-rems
- UK/EU Pregnancy Prevention Programme: a test before starting, then monthly, and one
  5 weeks after stopping (BNF; the SmPC says 1 month). https://bnf.nice.org.uk/drugs/isotretinoin/
- Medication Guide: a positive test means "stop taking isotretinoin right away and call your
  prescriber"; the app adds no other advice (DOMAIN.md section 0).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace

from tracker.errors import UserInputError
from tracker.words import Words


class PregnancyWords(Words):
    """The context of this module's sentences (tracker.words). The names below (rule sets,
    tests, results, methods) stay as they are here: the window says them in its language
    (tracker.ui.names.pregnancy)."""


class RuleSet(enum.StrEnum):
    US = "us"  # iPLEDGE
    UK_EU = "uk-eu"  # UK/EU Pregnancy Prevention Programme
    CUSTOM = "custom"


class TestKind(enum.StrEnum):
    __test__ = False  # not a pytest class, despite the name

    SCREENING = "screening"
    CONFIRMATION = "confirmation"
    MONTHLY = "monthly"
    END_OF_COURSE = "end-of-course"
    AFTER_COURSE = "after-course"


class TestSetting(enum.StrEnum):
    __test__ = False

    CLINIC = "clinic"  # clinic or lab
    HOME = "home"


class TestResult(enum.StrEnum):
    __test__ = False

    NEGATIVE = "negative"
    POSITIVE = "positive"
    PENDING = "pending"


class ContraceptionRole(enum.StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"


# The Medication Guide's own words for a positive test; shown with every positive result
# until the patient records what the prescriber said. Nothing else is added to it.
POSITIVE_INSTRUCTION = "Stop taking isotretinoin right away and call your prescriber."


def positive_instruction() -> str:
    """POSITIVE_INSTRUCTION in the language in use (the constant stays English: it is read
    at import, before a language is installed)."""
    return PregnancyWords.tr("Stop taking isotretinoin right away and call your prescriber.")


RULE_SET_NAMES = {
    RuleSet.US: "US (iPLEDGE)",
    RuleSet.UK_EU: "UK/EU (Pregnancy Prevention Programme)",
    RuleSet.CUSTOM: "Custom",
}

TEST_KIND_NAMES = {
    TestKind.SCREENING: "Screening test",
    TestKind.CONFIRMATION: "Confirmation test",
    TestKind.MONTHLY: "Monthly test",
    TestKind.END_OF_COURSE: "End-of-course test",
    TestKind.AFTER_COURSE: "After-course test",
}

TEST_RESULT_NAMES = {
    TestResult.NEGATIVE: "Negative",
    TestResult.POSITIVE: "Positive",
    TestResult.PENDING: "Waiting for the result",
}

TEST_SETTING_NAMES = {
    TestSetting.CLINIC: "Clinic or lab",
    TestSetting.HOME: "Home test",
}


# -- intervals -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Intervals:
    """The days between the steps of the programme, all editable by the patient."""

    # US 19: the confirmation test at least 19 days after the screening test. UK/EU 0: the
    # test before starting is the only one (no confirmation test).
    confirmation_test_days: int
    # 30: a monthly test is due this many days after the last test.
    monthly_test_days: int
    # 7, counting the test date as day 1: the window closes on test date + (days - 1).
    pickup_window_days: int
    # After the last dose: US 30 (one month), UK/EU 35 (5 weeks, BNF). 0: no separate
    # test after the course, the end-of-course test is the last one.
    after_course_test_days: int


INTERVAL_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Intervals))

# What the patient may set, in days; the store's CHECK constraints are built from these
# (tracker.db.models.Profile; revision 0002 writes them out, and a test keeps them equal).
INTERVAL_RANGES: dict[str, tuple[int, int]] = {
    "confirmation_test_days": (0, 90),
    "monthly_test_days": (7, 90),
    "pickup_window_days": (1, 30),
    "after_course_test_days": (0, 120),
}

INTERVAL_NAMES: dict[str, str] = {
    "confirmation_test_days": "the wait before the confirmation test",
    "monthly_test_days": "the time between monthly tests",
    "pickup_window_days": "the pick-up window",
    "after_course_test_days": "the wait before the after-course test",
}

_US = Intervals(
    confirmation_test_days=19, monthly_test_days=30, pickup_window_days=7, after_course_test_days=30
)
RULE_DEFAULTS: dict[RuleSet, Intervals] = {
    RuleSet.US: _US,
    RuleSet.UK_EU: Intervals(
        confirmation_test_days=0,
        monthly_test_days=30,
        pickup_window_days=7,
        after_course_test_days=35,
    ),
    RuleSet.CUSTOM: _US,  # a custom set starts from the US values
}


def check_interval(key: str, days: int) -> int:
    """`days` if it lies in the range the patient may set for interval `key`."""
    if key not in INTERVAL_RANGES:
        raise UserInputError(_no_interval(key))
    low, high = INTERVAL_RANGES[key]
    if not low <= days <= high:
        raise UserInputError(_out_of_range(key).format(low=low, high=high, days=days))
    return days


def _no_interval(key: str) -> str:
    return PregnancyWords.tr("there is no interval called {key}").format(key=repr(key))


def _out_of_range(key: str) -> str:
    """The refusal of a value out of interval `key`'s range, a whole sentence for each
    (INTERVAL_NAMES[key] is the interval's name in it)."""
    if key == "confirmation_test_days":
        return PregnancyWords.tr(
            "the wait before the confirmation test must be from {low} to {high} days (got {days})"
        )
    if key == "monthly_test_days":
        return PregnancyWords.tr(
            "the time between monthly tests must be from {low} to {high} days (got {days})"
        )
    if key == "pickup_window_days":
        return PregnancyWords.tr(
            "the pick-up window must be from {low} to {high} days (got {days})"
        )
    return PregnancyWords.tr(
        "the wait before the after-course test must be from {low} to {high} days (got {days})"
    )


def intervals_for(rules: RuleSet, overrides: Mapping[str, int | None]) -> Intervals:
    """The rule set's defaults with the patient's own intervals (None: the default) on top.
    UserInputError for an unknown interval or a value out of its range."""
    for key in overrides:
        if key not in INTERVAL_RANGES:
            raise UserInputError(_no_interval(key))
    own = {key: check_interval(key, days) for key, days in overrides.items() if days is not None}
    return replace(RULE_DEFAULTS[rules], **own)


def pickup_window_closes(test_date: dt.date, window_days: int) -> dt.date:
    """The last day to pick up a prescription: the test date is day 1 of the window, so a
    7-day window after a test on the 1st closes on the 7th."""
    return test_date + dt.timedelta(days=window_days - 1)


# -- tests -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PregnancyTestRecord:
    id: int
    course_id: int | None
    taken_on: dt.date
    kind: TestKind
    setting: TestSetting
    result: TestResult
    note: str
    # The month's checklist (the test itself is its first item); None = not yet.
    questions_answered_on: dt.date | None
    contraception_confirmed_on: dt.date | None
    picked_up_on: dt.date | None
    # After a positive result: what the prescriber said ("" = not recorded yet).
    prescriber_response: str
    responded_on: dt.date | None

    @property
    def awaits_prescriber(self) -> bool:
        """A positive result whose prescriber's answer is not recorded yet."""
        return self.result is TestResult.POSITIVE and not self.prescriber_response


@dataclass(frozen=True)
class TestDraft:
    """A test as the patient enters it."""

    __test__ = False

    taken_on: dt.date
    kind: TestKind
    result: TestResult
    setting: TestSetting = TestSetting.CLINIC
    note: str = ""

    @classmethod
    def of(cls, record: PregnancyTestRecord) -> TestDraft:
        """The draft that writes `record`'s own fields back (undo of an edit)."""
        return cls(record.taken_on, record.kind, record.result, record.setting, record.note)


class ChecklistItem(enum.StrEnum):
    """The month's checklist besides the test itself."""

    QUESTIONS = "questions"  # comprehension questions answered
    CONTRACEPTION = "contraception"  # both methods confirmed
    PICKUP = "pickup"  # prescription picked up


CHECKLIST_NAMES = {
    ChecklistItem.QUESTIONS: "Questions answered",
    ChecklistItem.CONTRACEPTION: "Contraception confirmed",
    ChecklistItem.PICKUP: "Prescription picked up",
}


@dataclass(frozen=True)
class PregnancySchedule:
    next_test_due: dt.date | None
    next_test_kind: TestKind | None
    # (test date, closing date) of the latest negative test, while open.
    pickup_window: tuple[dt.date, dt.date] | None
    # The latest positive test without the prescriber's answer.
    unresolved_positive: PregnancyTestRecord | None
    # The test whose month the checklist is about.
    checklist_test: PregnancyTestRecord | None


_CLOSING_KINDS = frozenset({TestKind.END_OF_COURSE, TestKind.AFTER_COURSE})


def opens_pickup_window(kind: TestKind, intervals: Intervals) -> bool:
    """Whether a negative test of `kind` comes before a prescription: the confirmation and
    monthly tests, and the screening test where there is no confirmation test (UK/EU: the
    test before starting). The end-of-course and after-course tests come after the last one."""
    if kind is TestKind.SCREENING:
        return intervals.confirmation_test_days == 0
    return kind not in _CLOSING_KINDS


def schedule(
    tests: Iterable[PregnancyTestRecord],
    *,
    course_start: dt.date | None,
    course_end: dt.date | None,
    intervals: Intervals,
    today: dt.date,
) -> PregnancySchedule:
    """What comes next, from the tests recorded so far and the course's dates.

    - No course ended: the tests since the last course closed (a previous course's
      end-of-course or after-course test) make up this course's run. Before any test: the
      screening test (due on the course's first day, or undated before a course). After a
      screening test, where the rules have one, the confirmation test
      (`confirmation_test_days` later). Else the monthly test, `monthly_test_days` after the
      latest test.
    - A course ended: the end-of-course test (due on the last day), then the after-course
      test (`after_course_test_days` after the last day; 0 means no separate after-course
      test), then nothing; a screening test
      taken after the end starts the run of a next course instead.
    - The pick-up window: from the latest test that comes before a prescription, if it is
      negative, while it is open (its day 1 to its closing day) and the course has not
      ended. Its month is the one the checklist is about.
    """
    ordered = sorted(tests, key=lambda t: (t.taken_on, t.id))
    unresolved = [t for t in ordered if t.awaits_prescriber]
    positive = unresolved[-1] if unresolved else None
    if course_end is not None:
        after_end = [t for t in ordered if t.taken_on > course_end]
        if not any(t.kind is TestKind.SCREENING for t in after_end):
            due, kind = _closing_test(ordered, course_start, course_end, intervals)
            return PregnancySchedule(due, kind, None, positive, None)
        run, course_start = after_end, None  # a next course is being prepared
    else:
        run = _this_course(ordered, course_start)
    due, kind = _next_in_run(run, course_start, intervals)
    before_prescription = [t for t in run if opens_pickup_window(t.kind, intervals)]
    latest = before_prescription[-1] if before_prescription else None
    return PregnancySchedule(due, kind, _open_window(latest, intervals, today), positive, latest)


def _this_course(
    ordered: list[PregnancyTestRecord], course_start: dt.date | None
) -> list[PregnancyTestRecord]:
    """The tests after the last one that closed an earlier course (before this one began)."""
    closed = [
        i
        for i, t in enumerate(ordered)
        if t.kind in _CLOSING_KINDS and (course_start is None or t.taken_on < course_start)
    ]
    return ordered[closed[-1] + 1 :] if closed else ordered


def _next_in_run(
    run: list[PregnancyTestRecord], course_start: dt.date | None, intervals: Intervals
) -> tuple[dt.date | None, TestKind]:
    before_prescription = [t for t in run if t.kind not in _CLOSING_KINDS]
    if not before_prescription:
        return course_start, TestKind.SCREENING
    last = before_prescription[-1]
    if last.kind is TestKind.SCREENING and intervals.confirmation_test_days > 0:
        return last.taken_on + dt.timedelta(days=intervals.confirmation_test_days), (
            TestKind.CONFIRMATION
        )
    return last.taken_on + dt.timedelta(days=intervals.monthly_test_days), TestKind.MONTHLY


def _closing_test(
    ordered: list[PregnancyTestRecord],
    course_start: dt.date | None,
    course_end: dt.date,
    intervals: Intervals,
) -> tuple[dt.date | None, TestKind | None]:
    kinds = {t.kind for t in ordered if course_start is None or t.taken_on >= course_start}
    if TestKind.AFTER_COURSE in kinds:
        return None, None
    if TestKind.END_OF_COURSE in kinds:
        if intervals.after_course_test_days == 0:  # no separate test after the course
            return None, None
        return course_end + dt.timedelta(days=intervals.after_course_test_days), (
            TestKind.AFTER_COURSE
        )
    return course_end, TestKind.END_OF_COURSE


def remaining_tests(
    schedule: PregnancySchedule, intervals: Intervals
) -> list[tuple[TestKind, dt.date]]:
    """The tests still to come as (kind, due date): the next one and, while that is the
    end-of-course test, the after-course test that follows it (unless the after-course
    interval is 0: no separate test after the course). Empty when nothing is due or the
    next test has no date yet."""
    due, kind = schedule.next_test_due, schedule.next_test_kind
    if due is None or kind is None:
        return []
    tests = [(kind, due)]
    if kind is TestKind.END_OF_COURSE and intervals.after_course_test_days > 0:
        after = due + dt.timedelta(days=intervals.after_course_test_days)
        tests.append((TestKind.AFTER_COURSE, after))
    return tests


def _open_window(
    test: PregnancyTestRecord | None, intervals: Intervals, today: dt.date
) -> tuple[dt.date, dt.date] | None:
    if test is None or test.result is not TestResult.NEGATIVE:
        return None
    closes = pickup_window_closes(test.taken_on, intervals.pickup_window_days)
    if not test.taken_on <= today <= closes:
        return None
    return test.taken_on, closes


# -- contraception ---------------------------------------------------------------------------

# The methods iPLEDGE lists, in plain words, with the role it gives them (primary: IUD,
# implant, sterilisation, partner's vasectomy, hormonal methods; secondary: barrier methods).
# The role is the programme's grouping; the patient records the role their prescriber gave.
# https://www.fda.gov/drugs/postmarket-drug-safety-information-patients-and-providers/questions-and-answers-ipledge-rems
CONTRACEPTION_METHODS: dict[str, tuple[str, ContraceptionRole]] = {
    "iud-copper": ("Copper IUD (coil)", ContraceptionRole.PRIMARY),
    "iud-hormonal": ("Hormonal IUD (coil)", ContraceptionRole.PRIMARY),
    "implant": ("Implant in the arm", ContraceptionRole.PRIMARY),
    "tubal-sterilisation": ("Tubal sterilisation", ContraceptionRole.PRIMARY),
    "partner-vasectomy": ("Partner's vasectomy", ContraceptionRole.PRIMARY),
    "pill": ("Combined pill", ContraceptionRole.PRIMARY),
    "patch": ("Skin patch", ContraceptionRole.PRIMARY),
    "ring": ("Vaginal ring", ContraceptionRole.PRIMARY),
    "injection": ("Injection", ContraceptionRole.PRIMARY),
    "condom": ("Male condom, with or without spermicide", ContraceptionRole.SECONDARY),
    "diaphragm": ("Diaphragm with spermicide", ContraceptionRole.SECONDARY),
    "cervical-cap": ("Cervical cap with spermicide", ContraceptionRole.SECONDARY),
    "sponge": ("Vaginal sponge (contains spermicide)", ContraceptionRole.SECONDARY),
}
# Any other method, described in the patient's own words.
OTHER_METHOD = "other"
OTHER_METHOD_NAME = "Other"
MAX_DESCRIPTION_LENGTH = 200  # the column's size


def catalogue(role: ContraceptionRole) -> list[tuple[str, str]]:
    """(id, plain name) of the listed methods in `role`, then "other"."""
    listed = [(key, name) for key, (name, r) in CONTRACEPTION_METHODS.items() if r is role]
    return [*listed, (OTHER_METHOD, OTHER_METHOD_NAME)]


@dataclass(frozen=True)
class ContraceptionMethod:
    id: int
    role: ContraceptionRole
    method: str  # a CONTRACEPTION_METHODS id, or OTHER_METHOD
    description: str  # the patient's own words (required for "other")
    started_on: dt.date
    stopped_on: dt.date | None

    @property
    def name(self) -> str:
        """The method in plain words: the catalogue's name, or the patient's description."""
        if self.method == OTHER_METHOD:
            return self.description
        return CONTRACEPTION_METHODS[self.method][0]

    def in_use_on(self, day: dt.date) -> bool:
        return self.started_on <= day and (self.stopped_on is None or day <= self.stopped_on)
