"""The PHQ-2 / PHQ-9 rules: the wording, the totals, the answers allowed, question 9, the
offer of the PHQ-9 and when the next PHQ-2 is due."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.mood import (
    ANSWER_NAMES,
    DEFAULT_PHQ2_EVERY_DAYS,
    HIGHEST_ANSWER,
    INSTRUMENT_NAMES,
    ITEMS,
    MAX_PHQ2_EVERY_DAYS,
    MAX_SCORES,
    MIN_PHQ2_EVERY_DAYS,
    PHQ2_FOLLOW_UP_AT,
    PHQ2_ITEMS,
    PHQ9_ITEMS,
    QUESTION_STEM,
    SELF_HARM_QUESTION,
    Instrument,
    MoodScreenRecord,
    Phq2Due,
    check_answers,
    check_every_days,
    offers_phq9,
    phq2_due,
    rhythm_text,
    score,
    self_harm_answered,
)
from tracker.errors import UserInputError

DAY = dt.date(2026, 11, 28)


def record(
    instrument: Instrument = Instrument.PHQ9,
    answers: tuple[int, ...] = (0,) * 9,
    discussed_on: dt.date | None = None,
) -> MoodScreenRecord:
    return MoodScreenRecord(
        id=1,
        course_id=None,
        taken_on=DAY,
        instrument=instrument,
        answers=answers,
        score=sum(answers),
        discussed_on=discussed_on,
        discussed_note="",
    )


# -- the wording -------------------------------------------------------------------------------


def test_the_questionnaires_own_words() -> None:
    assert QUESTION_STEM == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    )
    assert len(PHQ9_ITEMS) == 9
    assert PHQ9_ITEMS[0] == "Little interest or pleasure in doing things"
    assert PHQ9_ITEMS[1] == "Feeling down, depressed, or hopeless"
    assert PHQ9_ITEMS[8] == (
        "Thoughts that you would be better off dead, or of hurting yourself in some way"
    )
    assert PHQ9_ITEMS[:2] == PHQ2_ITEMS
    assert ITEMS == {Instrument.PHQ2: PHQ2_ITEMS, Instrument.PHQ9: PHQ9_ITEMS}
    assert ANSWER_NAMES == (
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    )
    assert HIGHEST_ANSWER == 3
    assert INSTRUMENT_NAMES == {Instrument.PHQ2: "PHQ-2", Instrument.PHQ9: "PHQ-9"}
    assert MAX_SCORES == {Instrument.PHQ2: 6, Instrument.PHQ9: 27}
    assert [i.value for i in Instrument] == ["phq2", "phq9"]


def test_the_constants_the_rules_promise() -> None:
    assert PHQ2_FOLLOW_UP_AT == 3
    assert SELF_HARM_QUESTION == 9
    assert DEFAULT_PHQ2_EVERY_DAYS == 7
    assert MIN_PHQ2_EVERY_DAYS == 1
    assert MAX_PHQ2_EVERY_DAYS == 90


def test_no_word_of_diagnosis_or_severity_anywhere_in_the_module() -> None:
    words = " ".join(
        [QUESTION_STEM, *PHQ9_ITEMS, *ANSWER_NAMES, rhythm_text(7), record().score_text()]
    ).lower()
    for verdict in ("mild", "moderate", "severe", "minimal", "diagnos", "major"):
        assert verdict not in words


# -- totals and answers ------------------------------------------------------------------------


def test_score_is_the_sum_of_the_answers() -> None:
    assert score([]) == 0
    assert score([1, 2]) == 3
    assert score([3] * 9) == 27
    assert score([0, 0, 0, 0, 0, 0, 0, 0, 2]) == 2


@given(st.lists(st.integers(0, 3), min_size=9, max_size=9))
def test_a_phq9_total_lies_from_0_to_27(answers: list[int]) -> None:
    assert 0 <= score(check_answers(Instrument.PHQ9, answers)) <= 27


def test_check_answers_returns_a_tuple() -> None:
    assert check_answers(Instrument.PHQ2, [0, 3]) == (0, 3)
    assert check_answers(Instrument.PHQ9, [3, 2, 1, 0, 0, 1, 2, 3, 0]) == (
        3,
        2,
        1,
        0,
        0,
        1,
        2,
        3,
        0,
    )


@pytest.mark.parametrize(
    ("instrument", "answers", "message"),
    [
        (Instrument.PHQ2, [0] * 9, "PHQ-2 has 2 questions; 9 answers given"),
        (Instrument.PHQ2, [1], "PHQ-2 has 2 questions; 1 answer given"),
        (Instrument.PHQ2, [0, 0, 0], "PHQ-2 has 2 questions; 3 answers given"),
        (Instrument.PHQ2, [], "PHQ-2 has 2 questions; 0 answers given"),
        (Instrument.PHQ9, [0, 0], "PHQ-9 has 9 questions; 2 answers given"),
        (Instrument.PHQ9, [0] * 8, "PHQ-9 has 9 questions; 8 answers given"),
        (Instrument.PHQ9, [0] * 10, "PHQ-9 has 9 questions; 10 answers given"),
        (Instrument.PHQ2, [0, 4], "answers are 0 to 3; answer 2 is 4"),
        (Instrument.PHQ2, [-1, 0], "answers are 0 to 3; answer 1 is -1"),
        (Instrument.PHQ9, [0] * 8 + [7], "answers are 0 to 3; answer 9 is 7"),
        (Instrument.PHQ2, [True, 0], "answers are 0 to 3; answer 1 is True"),
        (Instrument.PHQ2, [0, 1.0], "answers are 0 to 3; answer 2 is 1.0"),
        (Instrument.PHQ2, [0, "1"], "answers are 0 to 3; answer 2 is '1'"),
    ],
)
def test_wrong_answers_are_refused_saying_what_is_wrong(
    instrument: Instrument, answers: list[object], message: str
) -> None:
    with pytest.raises(UserInputError) as refused:
        check_answers(instrument, answers)  # type: ignore[arg-type]
    assert str(refused.value) == message


def test_the_boundary_answers_are_allowed() -> None:
    assert check_answers(Instrument.PHQ2, [0, 3]) == (0, 3)
    assert check_answers(Instrument.PHQ2, [3, 0]) == (3, 0)


# -- question 9 and the offer of the PHQ-9 -----------------------------------------------------


@pytest.mark.parametrize("answer", [1, 2, 3])
def test_question_9_above_0_is_self_harm(answer: int) -> None:
    assert self_harm_answered(Instrument.PHQ9, [0] * 8 + [answer])


def test_question_9_at_0_is_not_and_no_other_question_counts() -> None:
    assert not self_harm_answered(Instrument.PHQ9, [0] * 9)
    assert not self_harm_answered(Instrument.PHQ9, [3] * 8 + [0])  # question 8 is not 9
    assert not self_harm_answered(Instrument.PHQ2, [3, 3])
    assert not self_harm_answered(Instrument.PHQ9, [3] * 8)  # too short: nothing to read
    assert self_harm_answered(Instrument.PHQ9, [0] * 8 + [1] + [0])  # the 9th, not the last


def test_the_phq9_is_offered_from_a_phq2_total_of_3() -> None:
    assert not offers_phq9(Instrument.PHQ2, 2)
    assert offers_phq9(Instrument.PHQ2, 3)
    assert offers_phq9(Instrument.PHQ2, 6)
    assert not offers_phq9(Instrument.PHQ9, 3)
    assert not offers_phq9(Instrument.PHQ9, 27)


# -- the rhythm --------------------------------------------------------------------------------


def test_every_days_from_1_to_90_or_off() -> None:
    assert check_every_days(None) is None
    assert check_every_days(1) == 1
    assert check_every_days(7) == 7
    assert check_every_days(90) == 90


@pytest.mark.parametrize("days", [0, 91, -7])
def test_every_days_outside_1_to_90_is_refused(days: int) -> None:
    with pytest.raises(UserInputError) as refused:
        check_every_days(days)
    assert str(refused.value) == f"the PHQ-2 can come every 1 to 90 days, not every {days}"


@pytest.mark.parametrize("days", [True, 7.0, "7"])
def test_every_days_is_a_whole_number(days: object) -> None:
    with pytest.raises(UserInputError) as refused:
        check_every_days(days)  # type: ignore[arg-type]
    assert str(refused.value) == f"the PHQ-2 rhythm is a whole number of days, not {days!r}"


START = dt.date(2026, 10, 1)  # the active course's first day; DAY is today


def test_the_next_phq2_counts_from_the_last_questionnaire() -> None:
    assert phq2_due(DAY, 7, START, DAY) == Phq2Due(
        day=dt.date(2026, 12, 5), key_day=dt.date(2026, 12, 5), first=False
    )
    assert phq2_due(DAY, 1, START, DAY) == Phq2Due(
        dt.date(2026, 11, 29), dt.date(2026, 11, 29), first=False
    )
    assert phq2_due(DAY, 90, START, DAY) == Phq2Due(
        dt.date(2027, 2, 26), dt.date(2027, 2, 26), first=False
    )
    # Overdue: due since then, whatever today is.
    late = phq2_due(dt.date(2026, 11, 1), 7, START, DAY)
    assert late == Phq2Due(dt.date(2026, 11, 8), dt.date(2026, 11, 8), first=False)


def test_a_questionnaire_counts_when_its_next_one_falls_in_the_course() -> None:
    # Answered just before the course began: the next one is on the course's first day.
    on_start = phq2_due(START - dt.timedelta(days=7), 7, START, DAY)
    assert on_start == Phq2Due(START, START, first=False)
    # One day earlier, it belongs to the time before: the course's first is due today.
    assert phq2_due(START - dt.timedelta(days=8), 7, START, DAY) == Phq2Due(DAY, START, first=True)


def test_the_first_phq2_of_a_course_is_due_today_under_the_courses_first_day() -> None:
    # A course begun months ago: due today, not months overdue; the key day stays the
    # course's first day from one day to the next, so a dismissal sticks.
    assert phq2_due(None, 7, START, DAY) == Phq2Due(day=DAY, key_day=START, first=True)
    tomorrow = DAY + dt.timedelta(days=1)
    assert phq2_due(None, 7, START, tomorrow) == Phq2Due(tomorrow, START, first=True)
    # A course that begins today, or later: due on its first day.
    assert phq2_due(None, 7, DAY, DAY) == Phq2Due(DAY, DAY, first=True)
    later = DAY + dt.timedelta(days=3)
    assert phq2_due(None, 7, later, DAY) == Phq2Due(later, later, first=True)


def test_no_phq2_is_due_without_an_active_course_or_with_the_rhythm_off() -> None:
    assert phq2_due(DAY, 7, None, DAY) is None
    assert phq2_due(None, 7, None, DAY) is None
    assert phq2_due(DAY, None, START, DAY) is None
    assert phq2_due(None, None, START, DAY) is None


def test_rhythm_text() -> None:
    assert rhythm_text(None) == "off"
    assert rhythm_text(1) == "every day"
    assert rhythm_text(2) == "every 2 days"
    assert rhythm_text(7) == "every 7 days"


# -- the record --------------------------------------------------------------------------------


def test_a_record_names_itself_and_its_total() -> None:
    phq2 = record(Instrument.PHQ2, (1, 2))
    assert phq2.name == "PHQ-2"
    assert phq2.max_score == 6
    assert phq2.score_text() == "3 of 6"
    assert phq2.describe() == "the PHQ-2 of Sat 28 Nov 2026"
    phq9 = record(Instrument.PHQ9, (0,) * 8 + (2,))
    assert phq9.name == "PHQ-9"
    assert phq9.max_score == 27
    assert phq9.score_text() == "2 of 27"
    assert phq9.describe() == "the PHQ-9 of Sat 28 Nov 2026"


def test_an_open_alert_is_a_phq9_question_9_above_0_not_yet_discussed() -> None:
    alert = record(Instrument.PHQ9, (0,) * 8 + (1,))
    assert alert.self_harm
    assert alert.is_open_alert
    discussed = record(Instrument.PHQ9, (0,) * 8 + (1,), discussed_on=DAY)
    assert discussed.self_harm
    assert not discussed.is_open_alert
    calm = record(Instrument.PHQ9, (3,) * 8 + (0,))
    assert not calm.self_harm
    assert not calm.is_open_alert
    phq2 = record(Instrument.PHQ2, (3, 3))
    assert not phq2.self_harm
    assert not phq2.is_open_alert


# -- the reminder rule (tracker.domain.reminders) ----------------------------------------------


def test_a_phq2_reminder_fires_at_nine_on_its_due_date() -> None:
    from zoneinfo import ZoneInfo

    from tracker.domain.reminders import ReminderKind, phq2_reminders, wall_to_instant

    zone = ZoneInfo("America/New_York")

    def due(phq2: Phq2Due | None, wall: dt.datetime) -> list:
        return phq2_reminders(phq2, now=wall_to_instant(wall, zone), zone=zone)

    regular = Phq2Due(DAY, DAY, first=False)
    assert due(None, dt.datetime(2026, 11, 28, 12, 0)) == []
    assert due(regular, dt.datetime(2026, 11, 28, 8, 59)) == []
    (reminder,) = due(regular, dt.datetime(2026, 11, 28, 9, 0))
    assert reminder.key == "phq2:2026-11-28"
    assert reminder.kind is ReminderKind.PHQ2
    assert reminder.due_at == dt.datetime(2026, 11, 28, 9, 0)
    assert reminder.subject == "Mood questionnaire (PHQ-2) due on Sat 28 Nov 2026"
    assert reminder.day == DAY
    assert reminder.appointment_id is None
    assert reminder.intake is None
    assert [r.key for r in due(regular, dt.datetime(2026, 12, 20, 9, 0))] == ["phq2:2026-11-28"]


def test_the_first_phq2_of_a_course_reminds_under_the_courses_first_day() -> None:
    from zoneinfo import ZoneInfo

    from tracker.domain.reminders import phq2_reminders, wall_to_instant

    zone = ZoneInfo("America/New_York")
    first = Phq2Due(DAY, START, first=True)
    at = wall_to_instant(dt.datetime(2026, 11, 28, 9, 30), zone)
    (reminder,) = phq2_reminders(first, now=at, zone=zone)
    assert reminder.key == "phq2:2026-10-01"
    assert reminder.due_at == dt.datetime(2026, 11, 28, 9, 0)
    assert reminder.day == DAY
    assert reminder.subject == "Mood questionnaire (PHQ-2): the first of this course"
