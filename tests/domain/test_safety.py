"""The words shown for what needs the doctor, and the order open alerts are listed in."""

from __future__ import annotations

import datetime as dt

from tracker.domain.safety import (
    CRISIS_LINE,
    MOOD,
    NOTHING_OPEN,
    PHQ9_ALERT_TITLE,
    RED_FLAG_INSTRUCTION,
    SIDE_EFFECT,
    OpenAlert,
    in_order,
    side_effect_title,
)

DAY = dt.date(2026, 11, 20)


def alert(
    record_id: int, day: dt.date = DAY, *, kind=SIDE_EFFECT, self_harm: bool = False
) -> OpenAlert:
    return OpenAlert(kind, record_id, day, f"alert {record_id}", self_harm)


def test_the_quoted_words_are_the_medication_guides_and_the_crisis_line():
    assert RED_FLAG_INSTRUCTION == "Stop taking isotretinoin and call your doctor right away."
    assert "988" in CRISIS_LINE
    assert "local emergency number" in CRISIS_LINE
    assert PHQ9_ALERT_TITLE == "PHQ-9: answer above 0 to question 9"


def test_kinds_are_the_contract_strings():
    assert SIDE_EFFECT == "side-effect"
    assert MOOD == "mood"


def test_nothing_open_holds_nothing():
    assert NOTHING_OPEN.alerts == ()
    assert NOTHING_OPEN.red_flags == ()
    assert NOTHING_OPEN.latest_phq9 is None


def test_a_side_effect_title_names_the_symptom_then_the_severity():
    assert side_effect_title("Thoughts of self-harm", "severe") == "Thoughts of self-harm, severe"


def test_by_day_the_oldest_first_whether_or_not_self_harm():
    # The walkthrough's case: self-harm on 25, 27, 28 Jun and chest pain on 20 Jun.
    chest = alert(1, dt.date(2026, 6, 20))
    harm = [alert(i, dt.date(2026, 6, d), self_harm=True) for i, d in ((2, 25), (3, 27), (4, 28))]
    assert in_order([*harm, chest]) == [chest, *harm]
    assert in_order([harm[2], chest, harm[0], harm[1]]) == [chest, *harm]


def test_the_day_decides_before_kind_and_id():
    # An older mood screen with a higher id comes before a newer side effect with a lower id.
    newer_side = alert(1, DAY + dt.timedelta(days=1))
    older_mood = alert(9, DAY, kind=MOOD, self_harm=True)
    assert in_order([newer_side, older_mood]) == [older_mood, newer_side]
    # One day apart is enough.
    a = alert(5, DAY + dt.timedelta(days=1))
    b = alert(9, DAY)
    assert in_order([a, b]) == [b, a]


def test_on_the_same_day_side_effects_before_mood_then_by_id():
    mood = alert(1, kind=MOOD, self_harm=True)
    side = alert(2, self_harm=False)
    assert in_order([mood, side]) == [side, mood]
    assert in_order([side, mood]) == [side, mood]
    # Self-harm does not jump ahead on the same day either: the id decides.
    assert in_order([alert(8, self_harm=True), alert(7)]) == [alert(7), alert(8, self_harm=True)]
    assert in_order([alert(7), alert(8)]) == [alert(7), alert(8)]
    assert in_order([alert(3, kind=MOOD), alert(2, kind=MOOD)]) == [
        alert(2, kind=MOOD),
        alert(3, kind=MOOD),
    ]


def test_in_order_takes_any_iterable_and_returns_a_list():
    assert in_order(iter([alert(1)])) == [alert(1)]
    assert in_order([]) == []
