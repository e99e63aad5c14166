"""Mood screening with the PHQ-2 and PHQ-9 questionnaires (DOMAIN.md section 6): the items,
the scores, when the next PHQ-2 is due. Scores are shown, never named as a diagnosis.

The questionnaires are the Patient Health Questionnaire's own words (PHQ-9 and its first two
items, the PHQ-2), developed by Drs. Spitzer, Williams, Kroenke and colleagues with an
educational grant from Pfizer Inc.; no permission is required to reproduce, translate,
display or distribute them (https://www.phqscreeners.com). The app keeps the totals with
their date and never attaches a severity word or a diagnosis to them (DOMAIN.md sections 0
and 6): no "mild", "moderate" or "depression" next to a score, anywhere.

The rhythm: while a course is active, a PHQ-2 is due `every_days` after the last
questionnaire of either kind (`phq2_due`). A PHQ-9 counts, because its first two items ARE the
PHQ-2 (same words, same answers), so a patient who has just answered the long form is not
asked the short one again the next day. After the course, no PHQ-2 is asked for.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.domain.dates import day_text
from tracker.errors import UserInputError
from tracker.words import Words


class MoodWords(Words):
    """The context of this module's sentences (tracker.words). The questionnaires' own words
    (QUESTION_STEM, the items, the answers) are said by the window (tracker.ui.names.mood)."""


class Instrument(enum.StrEnum):
    PHQ2 = "phq2"
    PHQ9 = "phq9"


# Shown above the items, as on the printed form.
QUESTION_STEM = (
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)
PHQ9_ITEMS: tuple[str, ...] = (
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
    "being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead, or of hurting yourself in some way",
)
# The PHQ-2 is the PHQ-9's first two items.
PHQ2_ITEMS: tuple[str, str] = (PHQ9_ITEMS[0], PHQ9_ITEMS[1])
ITEMS: dict[Instrument, tuple[str, ...]] = {
    Instrument.PHQ2: PHQ2_ITEMS,
    Instrument.PHQ9: PHQ9_ITEMS,
}
# The answer's number (its points) is its index.
ANSWER_NAMES = ("Not at all", "Several days", "More than half the days", "Nearly every day")
HIGHEST_ANSWER = len(ANSWER_NAMES) - 1  # 3

INSTRUMENT_NAMES: dict[Instrument, str] = {Instrument.PHQ2: "PHQ-2", Instrument.PHQ9: "PHQ-9"}
# The highest possible total: shown with a score ("4 of 27"), so the number reads on its own.
MAX_SCORES: dict[Instrument, int] = {
    instrument: len(items) * HIGHEST_ANSWER for instrument, items in ITEMS.items()
}

# A PHQ-2 total of this or more: the app offers the PHQ-9 (never a verdict).
PHQ2_FOLLOW_UP_AT = 3
# PHQ-9 question 9 (thoughts of being better off dead or of self-harm), counted from 1: any
# answer above 0 shows the crisis line at once.
SELF_HARM_QUESTION = 9

DEFAULT_PHQ2_EVERY_DAYS = 7  # weekly, until the patient chooses otherwise
MIN_PHQ2_EVERY_DAYS = 1
MAX_PHQ2_EVERY_DAYS = 90


def score(answers: Sequence[int]) -> int:
    """The total: the sum of the answers' points."""
    return sum(answers)


def check_answers(instrument: Instrument, answers: Sequence[int]) -> tuple[int, ...]:
    """`answers` as a tuple, if there is one per question and each is 0 to 3; else
    UserInputError saying what is wrong ("PHQ-2 has 2 questions; 9 answers given")."""
    name = INSTRUMENT_NAMES[instrument]
    expected = len(ITEMS[instrument])
    given = len(answers)
    if given != expected:
        raise UserInputError(
            MoodWords.tr("{name} has {expected} questions; %n answer(s) given", "", given).format(
                name=name, expected=expected
            )
        )
    for number, answer in enumerate(answers, start=1):
        # bool is an int to Python, but True is no answer a patient gives.
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise UserInputError(_not_an_answer(number, repr(answer)))
        if not 0 <= answer <= HIGHEST_ANSWER:
            raise UserInputError(_not_an_answer(number, str(answer)))
    return tuple(answers)


def _not_an_answer(number: int, answer: str) -> str:
    return MoodWords.tr("answers are 0 to 3; answer {number} is {answer}").format(
        number=number, answer=answer
    )


def self_harm_answered(instrument: Instrument, answers: Sequence[int]) -> bool:
    """Whether PHQ-9 question 9 was answered above 0 (the crisis line is shown at once)."""
    if instrument is not Instrument.PHQ9 or len(answers) < SELF_HARM_QUESTION:
        return False
    return answers[SELF_HARM_QUESTION - 1] > 0


def offers_phq9(instrument: Instrument, total: int) -> bool:
    """Whether, after this questionnaire, the app offers the PHQ-9: a PHQ-2 total of
    PHQ2_FOLLOW_UP_AT or more. An offer, never a verdict."""
    return instrument is Instrument.PHQ2 and total >= PHQ2_FOLLOW_UP_AT


def check_every_days(days: int | None) -> int | None:
    """The PHQ-2 rhythm: every 1 to 90 days, or None (no reminder)."""
    if days is None:
        return None
    if isinstance(days, bool) or not isinstance(days, int):
        raise UserInputError(
            MoodWords.tr("the PHQ-2 rhythm is a whole number of days, not {days}").format(
                days=repr(days)
            )
        )
    if not MIN_PHQ2_EVERY_DAYS <= days <= MAX_PHQ2_EVERY_DAYS:
        raise UserInputError(
            MoodWords.tr("the PHQ-2 can come every {low} to {high} days, not every {days}").format(
                low=MIN_PHQ2_EVERY_DAYS, high=MAX_PHQ2_EVERY_DAYS, days=days
            )
        )
    return days


@dataclass(frozen=True)
class Phq2Due:
    """When the next PHQ-2 is due.

    `day`: the day it is due (shown). `key_day`: the day its reminder is named by
    ("phq2:<key_day>"), which stays the same until a questionnaire is answered, so that a
    reminder dismissed stays dismissed. `first`: no questionnaire counts yet in this course;
    it is then due today (or on the course's first day, if that is still to come), and its
    key is the course's first day."""

    day: dt.date
    key_day: dt.date
    first: bool


def phq2_due(
    last_taken: dt.date | None,
    every_days: int | None,
    active_course_start: dt.date | None,
    today: dt.date,
) -> Phq2Due | None:
    """When the next PHQ-2 is due: `every_days` after the last questionnaire (`last_taken`,
    a PHQ-2 or a PHQ-9). Only while a course is active (`active_course_start`): None when
    there is none, or when the rhythm is off.

    A last questionnaire counts when its next one falls in the course (on or after its first
    day: one taken just before the course began does). Otherwise (never one, or one from an
    earlier course) the first of the course is due today, not on the course's first day:
    a course begun months before a first PHQ-2 must not say it is months overdue. Its key is
    the course's first day, not today, so one dismissed today does not come back tomorrow as
    a new one; no stored "first seen" date is needed."""
    if every_days is None or active_course_start is None:
        return None
    if last_taken is not None:
        due = last_taken + dt.timedelta(days=every_days)
        if due >= active_course_start:
            return Phq2Due(day=due, key_day=due, first=False)
    return Phq2Due(day=max(active_course_start, today), key_day=active_course_start, first=True)


def rhythm_text(every_days: int | None) -> str:
    """ "every 7 days", "every day", "off"."""
    if every_days is None:
        return MoodWords.tr("off")
    if every_days == 1:
        return MoodWords.tr("every day")
    return MoodWords.tr("every %n day(s)", "", every_days)


@dataclass(frozen=True)
class MoodScreenRecord:
    """A questionnaire as answered on one day (at most one of each kind a day)."""

    id: int
    course_id: int | None
    taken_on: dt.date
    instrument: Instrument
    answers: tuple[int, ...]
    score: int
    discussed_on: dt.date | None
    discussed_note: str

    @property
    def name(self) -> str:
        """ "PHQ-2", "PHQ-9"."""
        return INSTRUMENT_NAMES[self.instrument]

    @property
    def max_score(self) -> int:
        return MAX_SCORES[self.instrument]

    @property
    def self_harm(self) -> bool:
        """A PHQ-9 with question 9 answered above 0."""
        return self_harm_answered(self.instrument, self.answers)

    @property
    def is_open_alert(self) -> bool:
        """A PHQ-9 with question 9 above 0, not yet marked as discussed with the doctor: it
        stays at the top of Today."""
        return self.self_harm and self.discussed_on is None

    def describe(self) -> str:
        """ "the PHQ-2 of Sat 28 Nov 2026"."""
        return MoodWords.tr("the {name} of {day}").format(
            name=self.name, day=day_text(self.taken_on)
        )

    def score_text(self) -> str:
        """ "4 of 27": the total and the highest possible, and nothing else."""
        return MoodWords.tr("{score} of {most}").format(score=self.score, most=self.max_score)
