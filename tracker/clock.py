"""Where "today" and "now" come from, so tests and the command line can set them.

Dates and reminder times are local wall-clock values (a 08:00 dose reminder is at 08:00 on
both sides of a daylight-saving change); instants written to the store are UTC. `zone()` is
the IANA zone that turns one into the other ("2 hours before" a visit is two real hours).
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING, Protocol

from tracker.errors import UserInputError

if TYPE_CHECKING:
    # zoneinfo is imported when a zone is first needed (reminders, the calendar export):
    # with the UTC zone it loads, ~5 ms on the way to the window's first paint.
    from zoneinfo import ZoneInfo

TODAY_ENV = "ISOTRACK_TODAY"


def utc_zone() -> ZoneInfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo("UTC")  # ZoneInfo caches it: one object, loaded once


class Clock(Protocol):
    def today(self) -> dt.date: ...

    def now_utc(self) -> dt.datetime: ...

    def now(self) -> dt.datetime:
        """The local wall-clock time, aware, in `zone()`."""
        ...

    def zone(self) -> ZoneInfo: ...


class SystemClock:
    """The computer's own clock; dates are local calendar dates, instants are UTC."""

    def __init__(self) -> None:
        self._zone: ZoneInfo | None = None

    def today(self) -> dt.date:
        return dt.date.today()

    def now_utc(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.zone())

    def zone(self) -> ZoneInfo:
        if self._zone is None:
            # Imported when first asked (reminders, calendar export), not on the start-up path.
            from zoneinfo import ZoneInfo

            import tzlocal

            found = tzlocal.get_localzone()
            self._zone = found if isinstance(found, ZoneInfo) else utc_zone()
        return self._zone


class FixedClock:
    """A clock that moves only when told (tests, demos, `ISOTRACK_TODAY`): by default noon
    of `today` in UTC; `zone` and `at` set another place and time of day."""

    def __init__(
        self, today: dt.date, *, at: dt.time = dt.time(12, 0), zone: ZoneInfo | None = None
    ) -> None:
        self._zone = zone or utc_zone()
        self._now = dt.datetime.combine(today, at, tzinfo=zone)

    def today(self) -> dt.date:
        return self._now.date()

    def move_to(self, today: dt.date) -> None:
        """Let a day pass (tests of what happens at midnight); the time of day stays."""
        self._now = dt.datetime.combine(today, self._now.timetz())

    def set_now(self, local: dt.datetime) -> None:
        """Jump to a local wall-clock time (naive, or aware in any zone)."""
        if local.tzinfo is None:
            local = local.replace(tzinfo=self._zone)
        self._now = local.astimezone(self._zone)

    def advance(self, elapsed: dt.timedelta) -> None:
        """Let real time pass: across a daylight-saving change, wall time moves by more or
        less than `elapsed`."""
        self._now = (self._now.astimezone(dt.UTC) + elapsed).astimezone(self._zone)

    def now_utc(self) -> dt.datetime:
        return self._now.astimezone(dt.UTC)

    def now(self) -> dt.datetime:
        return self._now

    def zone(self) -> ZoneInfo:
        return self._zone


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
        # Noon of that day in the computer's own zone, so that times shown and exported
        # (appointments, the calendar file) are the same wall-clock times as without it.
        return FixedClock(today, zone=SystemClock().zone())
    return SystemClock()
