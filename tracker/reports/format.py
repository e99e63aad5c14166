"""How numbers and dates read, the same on screen, in the terminal and on paper."""

from __future__ import annotations

import datetime as dt

from tracker.domain.dates import day_text

PROJECTION_CAVEAT = "arithmetic from your entries, not advice"


def mg(value: float) -> str:
    return f"{value:,.0f} mg" if float(value).is_integer() else f"{value:,.1f} mg"


def kg(value: float) -> str:
    return f"{value:g} kg"


def mg_per_kg(value: float) -> str:
    return f"{value:.1f} mg/kg"


def percent(value: float) -> str:
    return f"{value:.1f}%"


def count(n: int, noun: str) -> str:
    """ "1 day", "2 days"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def day(value: dt.date) -> str:
    """A date as a patient reads it: "Sat 28 Nov 2026" (tracker.domain.dates)."""
    return day_text(value)
