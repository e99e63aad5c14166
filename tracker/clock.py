"""Where "today" comes from, so tests and the command line can set it."""

from __future__ import annotations

import datetime as dt
import os
from typing import Protocol

from tracker.errors import UserInputError

TODAY_ENV = "ISOTRACK_TODAY"


class Clock(Protocol):
    def today(self) -> dt.date: ...

    def now_utc(self) -> dt.datetime: ...


class SystemClock:
    """The computer's own clock; dates are local calendar dates, instants are UTC."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now_utc(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock stopped on one day (tests, demos, `ISOTRACK_TODAY`)."""

    def __init__(self, today: dt.date) -> None:
        self._today = today

    def today(self) -> dt.date:
        return self._today

    def move_to(self, today: dt.date) -> None:
        """Let a day pass (tests of what happens at midnight)."""
        self._today = today

    def now_utc(self) -> dt.datetime:
        return dt.datetime.combine(self._today, dt.time(12, 0), tzinfo=dt.UTC)


def clock_from_environment() -> Clock:
    """`ISOTRACK_TODAY=YYYY-MM-DD` pins "today" (for demos and reproducible screenshots).

    The value follows the same strict rule as a date typed on the command line (ASCII
    `YYYY-MM-DD`, not before `EARLIEST_DATE`); anything else is a UserInputError.
    """
    pinned = os.environ.get(TODAY_ENV)
    if pinned:
        # Only when pinned: the limits module (re, unicodedata) is not worth its import time
        # on the window's start-up path otherwise.
        from tracker.domain.limits import EARLIEST_DATE, parse_date

        try:
            today = parse_date(pinned)
        except UserInputError:
            message = f"{TODAY_ENV} must be a date in YYYY-MM-DD form, not {pinned!r}"
            raise UserInputError(message) from None
        if today < EARLIEST_DATE:
            raise UserInputError(
                f"{TODAY_ENV} must be on or after {EARLIEST_DATE.isoformat()}, not {pinned!r}"
            )
        return FixedClock(today)
    return SystemClock()
