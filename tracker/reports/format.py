"""How numbers and dates read, the same on screen, in the terminal and on paper."""

from __future__ import annotations

import datetime as dt

from tracker.domain.dates import day_text
from tracker.words import Words

# In English (the JSON's "projection_note", the tests); `projection_caveat()` says it in the
# language in use.
PROJECTION_CAVEAT = "arithmetic from your entries, not advice"


class FormatWords(Words):
    pass


def projection_caveat() -> str:
    """PROJECTION_CAVEAT in the language in use: what a projected date is, and is not."""
    return FormatWords.tr("arithmetic from your entries, not advice")


# How the digits are grouped and the decimals marked: "7,150.5" unless the window speaks
# another language (tracker.ui.language: "7.150,5" in Spanish).
_separators: dict[int, str] = {}


def use_separators(thousands: str, decimal: str) -> None:
    """Write numbers with these separators from now on."""
    global _separators
    _separators = str.maketrans({",": thousands, ".": decimal})


def number(value: float, decimals: int = 0) -> str:
    """ "7,150", "104.4": grouped thousands and `decimals` places, with the separators in use."""
    return f"{value:,.{decimals}f}".translate(_separators)


def mg(value: float) -> str:
    return f"{number(value, 0 if float(value).is_integer() else 1)} mg"


def kg(value: float) -> str:
    return f"{f'{value:g}'.translate(_separators)} kg"


def mg_per_kg(value: float) -> str:
    return f"{number(value, 1)} mg/kg"


def percent(value: float) -> str:
    return f"{number(value, 1)}%"


def count(n: int, noun: str) -> str:
    """ "1 day", "2 days": English only (the command line's); a sentence in the language in
    use says its count with `Words.tr("%n day(s)", "", n)`."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def day(value: dt.date) -> str:
    """A date as a patient reads it: "Sat 28 Nov 2026" (tracker.domain.dates)."""
    return day_text(value)
