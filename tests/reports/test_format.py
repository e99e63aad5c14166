"""Numbers and dates read the same on screen, in the terminal and on paper."""

import datetime as dt

import pytest

from tracker.reports import format as fmt


@pytest.mark.parametrize(
    ("value", "text"),
    [(0, "0 mg"), (40, "40 mg"), (10500, "10,500 mg"), (10545.5, "10,545.5 mg"), (0.25, "0.2 mg")],
)
def test_mg_are_whole_unless_they_are_not(value, text) -> None:
    assert fmt.mg(value) == text


def test_kg_mg_per_kg_and_percent() -> None:
    assert (fmt.kg(70), fmt.kg(64.5)) == ("70 kg", "64.5 kg")
    assert fmt.mg_per_kg(21.142) == "21.1 mg/kg"
    assert fmt.mg_per_kg(150) == "150.0 mg/kg"
    assert fmt.percent(14.09) == "14.1%"


@pytest.mark.parametrize(("n", "text"), [(0, "0 days"), (1, "1 day"), (2, "2 days")])
def test_counts_agree_with_their_noun(n, text) -> None:
    assert fmt.count(n, "day") == text


def test_a_day_reads_as_a_patient_reads_it() -> None:
    assert fmt.day(dt.date(2026, 11, 28)) == "Sat 28 Nov 2026"
    assert fmt.day(dt.date(2027, 1, 4)) == "Mon 4 Jan 2027"


def test_the_projection_says_what_it_is() -> None:
    assert fmt.PROJECTION_CAVEAT == "arithmetic from your entries, not advice"


def test_numbers_take_the_window_s_separators_once_put_in() -> None:
    """Spanish groups with "." and marks decimals with "," (tracker.ui.language)."""
    try:
        fmt.use_separators(thousands=".", decimal=",")
        assert fmt.number(7150.5, 1) == "7.150,5"
        assert fmt.mg(10545.5) == "10.545,5 mg"
        assert fmt.kg(64.5) == "64,5 kg"
        assert fmt.mg_per_kg(105.06) == "105,1 mg/kg"
        fmt.use_separators(thousands="\u202f", decimal=",")  # French: a narrow space
        assert fmt.number(1234567.25, 2) == "1\u202f234\u202f567,25"
    finally:
        fmt.use_separators(thousands=",", decimal=".")
    assert fmt.number(7150.5, 1) == "7,150.5"


def test_a_number_is_whole_unless_decimals_are_asked_for() -> None:
    assert fmt.number(7150) == "7,150"
    assert fmt.number(7150.4) == "7,150"


def test_the_projection_s_caveat_reads_as_written() -> None:
    assert fmt.projection_caveat() == "arithmetic from your entries, not advice"
