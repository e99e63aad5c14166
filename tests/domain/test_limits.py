"""Plausibility limits: each bound is inside, one step past it is refused with a message
that names what was typed."""

import datetime as dt

import pytest

from tracker.domain import limits
from tracker.errors import UserInputError


@pytest.mark.parametrize("kg", [20.0, 300.0, 64.5])
def test_weights_from_20_to_300_kg_are_plausible(kg) -> None:
    assert limits.check_weight_kg(kg) == kg


@pytest.mark.parametrize(
    ("kg", "shown"), [(19.99, "19.99"), (300.01, "300.01"), (float("inf"), "inf")]
)
def test_other_weights_are_refused(kg, shown) -> None:
    with pytest.raises(UserInputError) as refused:
        limits.check_weight_kg(kg)
    assert str(refused.value) == f"weight must be between 20 and 300 kg (got {shown})"


@pytest.mark.parametrize("target", [1.0, 500.0, 150.0])
def test_targets_from_1_to_500_mg_per_kg_are_plausible(target) -> None:
    assert limits.check_target(target) == target


@pytest.mark.parametrize(
    ("target", "shown"),
    [(0.99, "0.99"), (500.5, "500.5"), (float("nan"), "nan"), (float("-inf"), "-inf")],
)
def test_other_targets_are_refused(target, shown) -> None:
    with pytest.raises(UserInputError) as refused:
        limits.check_target(target)
    assert str(refused.value) == f"target must be between 1 and 500 mg/kg (got {shown})"


@pytest.mark.parametrize("weeks", [1, 104])
def test_planned_length_bounds(weeks) -> None:
    assert limits.check_planned_weeks(weeks) == weeks


@pytest.mark.parametrize("weeks", [0, 105])
def test_planned_length_out_of_bounds(weeks) -> None:
    with pytest.raises(UserInputError) as refused:
        limits.check_planned_weeks(weeks)
    assert str(refused.value) == f"planned length must be between 1 and 104 weeks (got {weeks})"


@pytest.mark.parametrize("mg", [0, 300])
def test_daily_dose_bounds(mg) -> None:
    assert limits.check_daily_mg(mg) == mg


def test_daily_dose_messages_name_what_was_checked() -> None:
    with pytest.raises(UserInputError, match=r"^the dose cannot be negative \(got -1 mg\)$"):
        limits.check_daily_mg(-1, what="the dose")
    with pytest.raises(UserInputError, match=r"^dose of 301 mg is over 300 mg a day; check"):
        limits.check_daily_mg(301)


def test_dates_are_read_in_one_form_only() -> None:
    assert limits.parse_date("2026-02-28") == dt.date(2026, 2, 28)
    for text in ("2026-02-30", "20260228", "2026-2-28", " 2026-02-28"):
        with pytest.raises(UserInputError) as refused:
            limits.parse_date(text)
        assert str(refused.value) == f"not a date in YYYY-MM-DD form: '{text}'"


def test_the_plausible_date_window_has_inclusive_ends() -> None:
    today = dt.date(2026, 11, 28)
    latest = today + dt.timedelta(weeks=104)
    for day in (dt.date(1900, 1, 1), today, latest):
        assert limits.check_plausible_date(day, today) == day
    with pytest.raises(UserInputError) as refused:
        limits.check_plausible_date(dt.date(1899, 12, 31), today)
    assert str(refused.value) == "1899-12-31 is before 1900-01-01; check the year you typed"
    with pytest.raises(UserInputError) as refused:
        limits.check_plausible_date(latest + dt.timedelta(days=1), today)
    assert str(refused.value) == (
        "2028-11-26 is more than 104 weeks after today (2026-11-28); check the year you typed"
    )


def test_text_of_exactly_the_maximum_length_is_kept() -> None:
    assert limits.check_text("x" * 5, what="it", max_length=5, multiline=False) == "x" * 5
    with pytest.raises(UserInputError, match=r"^it is 6 characters long; keep it to 5 or fewer$"):
        limits.check_text("x" * 6, what="it", max_length=5, multiline=False)
    assert limits.check_text("x" * 10_000, what="it", max_length=None, multiline=True)


@pytest.mark.parametrize(
    ("text", "multiline", "message"),
    [
        ("ab\x07", True, "it holds a control character (U+0007) at position 3"),
        ("a\nb", False, "it holds a control character (U+000A) at position 2"),
        ("a\tb", False, "it holds a control character (U+0009) at position 2"),
        ("a\u2028b", False, "it holds a control character (U+2028) at position 2"),
        ("a\udc9fb", True, "it holds a byte that is not UTF-8 text (0x9F) at position 2"),
        ("\udc80", True, "it holds a byte that is not UTF-8 text (0x80) at position 1"),
        ("\udcff", True, "it holds a byte that is not UTF-8 text (0xFF) at position 1"),
        ("\ud800", True, "it holds a lone surrogate (U+D800), which is not text at position 1"),
        ("a\udc7f", True, "it holds a lone surrogate (U+DC7F), which is not text at position 2"),
        ("\udd00", True, "it holds a lone surrogate (U+DD00), which is not text at position 1"),
    ],
)
def test_what_is_not_text_is_refused_where_it_is(text, multiline, message) -> None:
    with pytest.raises(UserInputError) as refused:
        limits.check_text(text, what="it", max_length=None, multiline=multiline)
    assert str(refused.value) == message


@pytest.mark.parametrize("text", ["a\nb", "a\r\nb", "a\tb", "a\u2028b", "a\u2029b"])
def test_a_note_may_hold_line_breaks_and_tabs(text) -> None:
    assert limits.check_text(text, what="it", max_length=None, multiline=True) == text
