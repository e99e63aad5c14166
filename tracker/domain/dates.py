"""How a date or a time of day reads to a patient, the same on every page, in every message
and on the command line: "Thu 3 Dec 2026", "Thu 3 Dec", "Thu 3 Dec 2026 10:00"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

# The short names, Monday first and January first. English unless the window speaks another
# language (tracker.ui.language puts its locale's names here with `use_names`).
ENGLISH_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_names: tuple[tuple[str, ...], tuple[str, ...]] = (ENGLISH_WEEKDAYS, ENGLISH_MONTHS)


def use_names(weekdays: Sequence[str], months: Sequence[str]) -> None:
    """Write dates with these short weekday (Monday first) and month (January first) names."""
    global _names
    if len(weekdays) != len(ENGLISH_WEEKDAYS) or len(months) != len(ENGLISH_MONTHS):
        raise ValueError("seven weekday names and twelve month names are needed")
    _names = (tuple(weekdays), tuple(months))


def day_text(day: dt.date) -> str:
    """ "Thu 3 Dec 2026": weekday, day of the month without a leading zero, month, year."""
    return f"{short_day_text(day)} {day.year}"


def short_day_text(day: dt.date) -> str:
    """ "Thu 3 Dec", where the year goes without saying (Edit > Undo's texts)."""
    weekdays, months = _names
    return f"{weekdays[day.weekday()]} {day.day} {months[day.month - 1]}"


def when_text(moment: dt.datetime) -> str:
    """ "Thu 3 Dec 2026 10:00": the day, then the 24-hour time."""
    return f"{day_text(moment)} {moment:%H:%M}"
