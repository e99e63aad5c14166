"""SafetyService: what stays open until discussed with the doctor, read straight from the
side_effect and mood_screen tables of a real store."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.db import models
from tracker.domain.mood import Instrument
from tracker.domain.safety import (
    MOOD,
    PHQ9_ALERT_TITLE,
    SIDE_EFFECT,
    OpenAlert,
    OpenRedFlag,
    SafetyFacts,
)
from tracker.domain.side_effects import SELF_HARM_ID, symptom_by_id
from tracker.services.safety import SafetyService

DAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
CHEST = "chest-pain"


def name(symptom_id: str) -> str:
    return symptom_by_id(symptom_id).name


@pytest.fixture
def safety(sessions) -> SafetyService:
    return SafetyService(sessions)


@pytest.fixture
def report(sessions):
    """Factory: store a side-effect report as the side-effect service would, return its id."""

    def add(
        day: dt.date = DAY,
        symptom: str = CHEST,
        severity: int = 2,
        *,
        red_flag: bool = True,
        discussed_on: dt.date | None = None,
    ) -> int:
        with sessions.begin() as session:
            row = models.SideEffect(
                course_id=None,
                reported_on=day,
                symptom=symptom,
                severity=severity,
                note="",
                red_flag=red_flag,
                discussed_on=discussed_on,
                discussed_note="",
                created_at=NOW,
                updated_at=NOW,
            )
            session.add(row)
            session.flush()
            return row.id

    return add


@pytest.fixture
def screen(sessions):
    """Factory: store a PHQ-2/PHQ-9 as the mood service would, return its id."""

    def add(
        day: dt.date,
        answers: tuple[int, ...],
        *,
        discussed_on: dt.date | None = None,
    ) -> int:
        instrument = Instrument.PHQ9 if len(answers) == 9 else Instrument.PHQ2
        with sessions.begin() as session:
            row = models.MoodScreen(
                course_id=None,
                taken_on=day,
                instrument=instrument,
                answers=",".join(str(a) for a in answers),
                score=sum(answers),
                discussed_on=discussed_on,
                discussed_note="",
                created_at=NOW,
            )
            session.add(row)
            session.flush()
            return row.id

    return add


def custom(sessions, key: str, label: str) -> None:
    with sessions.begin() as session:
        session.add(models.CustomSymptom(key=key, name=label, in_check_in=True, created_at=NOW))


QUESTION_9 = (0, 0, 0, 0, 0, 0, 0, 0, 1)  # the lowest answer above 0 to question 9
NOT_QUESTION_9 = (3, 3, 3, 3, 3, 3, 3, 3, 0)


# -- open_alerts -------------------------------------------------------------------------------


def test_nothing_reported_nothing_open(safety):
    assert safety.open_alerts() == []
    assert safety.latest_phq9() is None
    assert safety.facts() == SafetyFacts()


def test_an_undiscussed_red_flag_is_open_with_its_name_and_severity(safety, report):
    record_id = report(DAY, CHEST, 2)
    assert safety.open_alerts() == [
        OpenAlert(SIDE_EFFECT, record_id, DAY, f"{name(CHEST)}, moderate", self_harm=False)
    ]


@pytest.mark.parametrize(("severity", "word"), [(1, "mild"), (3, "severe")])
def test_every_severity_above_none_is_open(safety, report, severity, word):
    report(DAY, CHEST, severity)
    (alert,) = safety.open_alerts()
    assert alert.title == f"{name(CHEST)}, {word}"


def test_a_red_flag_reported_as_none_is_not_open(safety, report):
    report(DAY, CHEST, 0)
    assert safety.open_alerts() == []
    assert safety.facts().red_flags == ()


def test_a_symptom_that_is_no_red_flag_is_not_open(safety, report):
    report(DAY, "dry-lips", 3, red_flag=False)
    assert safety.open_alerts() == []
    assert safety.facts().red_flags == ()


def test_a_discussed_red_flag_is_not_open(safety, report):
    report(DAY, CHEST, 3, discussed_on=DAY)
    assert safety.open_alerts() == []
    assert safety.facts().red_flags == ()


def test_thoughts_of_self_harm_are_listed_by_day_like_the_rest(safety, report):
    harm = report(DAY + dt.timedelta(days=3), SELF_HARM_ID, 1)
    chest = report(DAY, CHEST, 2)
    alerts = safety.open_alerts()
    assert [(a.record_id, a.self_harm) for a in alerts] == [(chest, False), (harm, True)]
    assert alerts[1].title == f"{name(SELF_HARM_ID)}, mild"


def test_then_the_oldest_first(safety, report):
    later = report(DAY + dt.timedelta(days=1), CHEST, 2)
    earlier = report(DAY, "yellow-skin", 2)
    assert [a.record_id for a in safety.open_alerts()] == [earlier, later]


def test_a_custom_symptom_is_named_in_the_patients_words(safety, sessions, report):
    custom(sessions, "custom:odd-rash", "Odd <b>rash</b>")
    record_id = report(DAY, "custom:odd-rash", 3)
    assert safety.open_alerts()[0] == OpenAlert(
        SIDE_EFFECT, record_id, DAY, "Odd <b>rash</b>, severe", self_harm=False
    )


def test_an_unknown_symptom_is_shown_by_its_id_not_hidden(safety, report):
    report(DAY, "gone-from-catalogue", 2)
    assert safety.open_alerts()[0].title == "gone-from-catalogue, moderate"


def test_a_phq9_with_question_9_above_0_is_open_as_self_harm(safety, screen):
    screen_id = screen(DAY, QUESTION_9)
    assert safety.open_alerts() == [
        OpenAlert(MOOD, screen_id, DAY, PHQ9_ALERT_TITLE, self_harm=True)
    ]


def test_a_phq9_with_question_9_at_0_is_not_open(safety, screen):
    screen(DAY, NOT_QUESTION_9)
    assert safety.open_alerts() == []


def test_a_discussed_phq9_is_not_open(safety, screen):
    screen(DAY, QUESTION_9, discussed_on=DAY)
    assert safety.open_alerts() == []


def test_a_phq2_is_never_an_alert(safety, screen):
    screen(DAY, (3, 3))
    assert safety.open_alerts() == []


def test_alerts_of_both_kinds_by_day_then_side_effect_first(safety, report, screen):
    mood_later = screen(DAY + dt.timedelta(days=1), QUESTION_9)
    harm = report(DAY + dt.timedelta(days=1), SELF_HARM_ID, 3)
    chest = report(DAY - dt.timedelta(days=5), CHEST, 3)
    mood_first = screen(DAY, (1, 0, 0, 0, 0, 0, 0, 0, 2))
    assert [(a.kind, a.record_id) for a in safety.open_alerts()] == [
        (SIDE_EFFECT, chest),
        (MOOD, mood_first),
        (SIDE_EFFECT, harm),
        (MOOD, mood_later),
    ]
    facts = safety.facts()
    assert [(a.kind, a.record_id) for a in facts.alerts] == [
        (SIDE_EFFECT, chest),
        (MOOD, mood_first),
        (SIDE_EFFECT, harm),
        (MOOD, mood_later),
    ]
    assert [flag.record_id for flag in facts.red_flags] == [chest, harm]


# -- latest_phq9 -------------------------------------------------------------------------------


def test_latest_phq9_is_the_latest_phq9_and_its_score(safety, screen):
    screen(DAY, (1, 1, 1, 1, 1, 1, 1, 1, 1))
    screen(DAY + dt.timedelta(days=7), (2, 0, 0, 0, 0, 0, 0, 0, 0))
    screen(DAY - dt.timedelta(days=7), (3, 3, 3, 3, 3, 3, 3, 3, 3))
    assert safety.latest_phq9() == (DAY + dt.timedelta(days=7), 2)


def test_latest_phq9_ignores_a_later_phq2(safety, screen):
    screen(DAY, (1, 2, 0, 0, 0, 0, 0, 0, 0))
    screen(DAY + dt.timedelta(days=1), (3, 3))
    assert safety.latest_phq9() == (DAY, 3)


def test_latest_phq9_is_none_with_only_phq2s(safety, screen):
    screen(DAY, (3, 3))
    assert safety.latest_phq9() is None


def test_latest_phq9_counts_a_discussed_one(safety, screen):
    screen(DAY, QUESTION_9, discussed_on=DAY)
    assert safety.latest_phq9() == (DAY, 1)


# -- facts (the status report) ---------------------------------------------------------------


def test_facts_list_the_open_red_flags_and_the_latest_phq9(safety, report, screen):
    harm = report(DAY + dt.timedelta(days=1), SELF_HARM_ID, 3)
    chest = report(DAY, CHEST, 1)
    report(DAY, "dry-lips", 3, red_flag=False)
    screen_id = screen(DAY, QUESTION_9)
    facts = safety.facts()
    assert facts.red_flags == (
        OpenRedFlag(chest, DAY, CHEST, 1),
        OpenRedFlag(harm, DAY + dt.timedelta(days=1), SELF_HARM_ID, 3),
    )
    assert facts.latest_phq9 == (DAY, 1)
    assert facts.alerts == tuple(safety.open_alerts())
    # By day; the same day, the side effect before the mood screen.
    assert [(a.kind, a.record_id) for a in facts.alerts] == [
        (SIDE_EFFECT, chest),
        (MOOD, screen_id),
        (SIDE_EFFECT, harm),
    ]


def test_facts_as_of_a_day_leave_out_later_reports(safety, report, screen):
    on_the_day = report(DAY, CHEST, 2)
    report(DAY + dt.timedelta(days=1), "yellow-skin", 2)
    screen(DAY, (1, 0, 0, 0, 0, 0, 0, 0, 0))
    screen(DAY + dt.timedelta(days=1), QUESTION_9)
    facts = safety.facts(DAY)
    assert facts.red_flags == (OpenRedFlag(on_the_day, DAY, CHEST, 2),)
    assert [a.record_id for a in facts.alerts] == [on_the_day]
    assert facts.latest_phq9 == (DAY, 1)


def test_facts_as_of_a_day_count_what_was_discussed_later_as_open(safety, report, screen):
    later = DAY + dt.timedelta(days=2)
    open_then = report(DAY, CHEST, 2, discussed_on=later)
    report(DAY, "yellow-skin", 2, discussed_on=DAY)  # discussed by the end of that day
    mood_open_then = screen(DAY, QUESTION_9, discussed_on=DAY + dt.timedelta(days=1))
    screen(DAY - dt.timedelta(days=1), QUESTION_9, discussed_on=DAY)
    facts = safety.facts(DAY)
    assert [flag.record_id for flag in facts.red_flags] == [open_then]
    assert [(a.kind, a.record_id) for a in facts.alerts] == [
        (SIDE_EFFECT, open_then),  # the same day: the side effect first
        (MOOD, mood_open_then),
    ]
    assert safety.facts().alerts == ()  # all discussed by now


def test_facts_as_of_a_day_count_what_is_still_undiscussed_as_open(safety, report, screen):
    never_discussed = report(DAY, CHEST, 3)
    mood_never_discussed = screen(DAY, QUESTION_9)
    facts = safety.facts(DAY + dt.timedelta(days=1))
    assert facts == SafetyFacts(
        alerts=(
            OpenAlert(SIDE_EFFECT, never_discussed, DAY, f"{name(CHEST)}, severe", self_harm=False),
            OpenAlert(MOOD, mood_never_discussed, DAY, PHQ9_ALERT_TITLE, self_harm=True),
        ),
        red_flags=(OpenRedFlag(never_discussed, DAY, CHEST, 3),),
        latest_phq9=(DAY, 1),
    )


def test_facts_as_of_still_leave_out_none_and_non_red_flags(safety, report, screen):
    report(DAY, CHEST, 0)
    report(DAY, "dry-lips", 3, red_flag=False)
    screen(DAY, NOT_QUESTION_9)
    screen(DAY + dt.timedelta(days=1), (3, 3))
    facts = safety.facts(DAY + dt.timedelta(days=1))
    assert facts == SafetyFacts(latest_phq9=(DAY, 24))


def test_facts_as_of_before_any_phq9(safety, screen):
    screen(DAY, QUESTION_9)
    assert safety.facts(DAY - dt.timedelta(days=1)) == SafetyFacts()
