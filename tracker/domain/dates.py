"""How a date or a time of day reads to a patient, the same on every page, in every message
and on the command line: "Thu 3 Dec 2026", "Thu 3 Dec", "Thu 3 Dec 2026 10:00"."""

from __future__ import annotations

import datetime as dt


def day_text(day: dt.date) -> str:
    """ "Thu 3 Dec 2026": weekday, day of the month without a leading zero, month, year."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def short_day_text(day: dt.date) -> str:
    """ "Thu 3 Dec", where the year goes without saying (Edit > Undo's texts)."""
    return f"{day:%a} {day.day} {day:%b}"


def when_text(moment: dt.datetime) -> str:
    """ "Thu 3 Dec 2026 10:00": the day, then the 24-hour time."""
    return f"{day_text(moment)} {moment:%H:%M}"
