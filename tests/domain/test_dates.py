"""How the Qt-free layers write a date, in English and in the names the window's language
puts in (tracker.ui.language)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from tracker.domain import dates

SPANISH_WEEKDAYS = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
SPANISH_MONTHS = (
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
)  # fmt: skip


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    dates.use_names(dates.ENGLISH_WEEKDAYS, dates.ENGLISH_MONTHS)


def test_dates_are_written_in_english_until_other_names_are_put_in() -> None:
    assert dates.day_text(dt.date(2026, 6, 30)) == "Tue 30 Jun 2026"
    assert dates.short_day_text(dt.date(2026, 1, 4)) == "Sun 4 Jan"
    assert dates.when_text(dt.datetime(2026, 12, 3, 9, 5)) == "Thu 3 Dec 2026 09:05"


def test_the_window_s_names_are_used_from_then_on() -> None:
    dates.use_names(SPANISH_WEEKDAYS, SPANISH_MONTHS)
    assert dates.day_text(dt.date(2026, 6, 30)) == "mar 30 jun 2026"
    assert dates.short_day_text(dt.date(2026, 1, 4)) == "dom 4 ene"
    assert dates.day_text(dt.date(2026, 12, 28)) == "lun 28 dic 2026"


@pytest.mark.parametrize(
    ("weekdays", "months"),
    [
        (SPANISH_WEEKDAYS[:6], SPANISH_MONTHS),
        (SPANISH_WEEKDAYS, SPANISH_MONTHS[:11]),
        ((*SPANISH_WEEKDAYS, "x"), SPANISH_MONTHS),
        (SPANISH_WEEKDAYS, (*SPANISH_MONTHS, "x")),
    ],
)
def test_a_list_of_the_wrong_length_is_refused_and_the_names_stay(weekdays, months) -> None:
    with pytest.raises(
        ValueError, match=r"^seven weekday names and twelve month names are needed$"
    ):
        dates.use_names(weekdays, months)
    assert dates.day_text(dt.date(2026, 6, 30)) == "Tue 30 Jun 2026"
