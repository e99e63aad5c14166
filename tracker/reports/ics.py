"""Calendar events as an iCalendar file (RFC 5545), for calendar programs to import.

Pure: plain `CalendarEvent` values in, the file's bytes out, through the `icalendar`
library (which escapes every text value: a note holding `;`, `,` or a line break stays one
property). What the events say, their UIDs and sequence numbers are decided by
`tracker.services.calendar_export`; this module only writes them down.

Times: a timed event's start is a naive local wall-clock time; it is written with the TZID
of the computer's IANA zone and a VTIMEZONE block for it, so that a calendar program shows
10:00 for a 10:00 visit on either side of a daylight-saving change. An all-day event (a test
due date) is a plain date (VALUE=DATE), the same day in every zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from icalendar import CLASS, STATUS, TRANSP, Alarm, Calendar, Event

from tracker.words import Words

if TYPE_CHECKING:  # services never import reports; the data type lives with its producer
    from tracker.services.calendar_export import CalendarEvent

PRODID = "-//isotrack//Appointments and test dates//EN"  # an identifier, never translated
# The name a calendar program shows for the imported calendar, in English; `calendar_name()`
# says it in the language in use.
CALENDAR_NAME = "isotrack appointments"
ONE_DAY = dt.timedelta(days=1)
# How far the VTIMEZONE's transitions reach past the last timed event: a year of slack for
# an event moved later in the calendar program itself.
_TIMEZONE_YEARS_AFTER = 2


class CalendarFileWords(Words):
    pass


def calendar_name() -> str:
    """CALENDAR_NAME in the language in use."""
    return CalendarFileWords.tr("isotrack appointments")


def calendar_bytes(events: Iterable[CalendarEvent], zone: ZoneInfo, made_at: dt.datetime) -> bytes:
    """The calendar holding `events` in this order. `zone` is where the wall-clock times
    are; `made_at` (aware) is the export's moment, every event's DTSTAMP."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # A published copy (no invitation): programs import it as events of their own.
    calendar.add("method", "PUBLISH")
    calendar.calendar_name = calendar_name()
    stamp = made_at.astimezone(dt.UTC)
    timed_days: list[dt.date] = []
    for event in events:
        calendar.add_component(_vevent(event, zone, stamp))
        if isinstance(event.start, dt.datetime):
            timed_days.append(event.start.date())
    if timed_days:
        # Only the years the events fall in: the default (1970 to 2038) would write every
        # transition of seven decades into the file.
        calendar.add_missing_timezones(
            first_date=dt.date(min(timed_days).year, 1, 1),
            last_date=dt.date(max(timed_days).year + _TIMEZONE_YEARS_AFTER, 1, 1),
        )
    data: bytes = calendar.to_ical()
    return data


def _vevent(event: CalendarEvent, zone: ZoneInfo, stamp: dt.datetime) -> Event:
    start: dt.date
    end: dt.date
    transparency: TRANSP | None
    if isinstance(event.start, dt.datetime):
        start = event.start.replace(tzinfo=zone)
        end = start + event.length
        transparency = None  # busy, as an appointment is
    else:
        start = event.start
        end = start + ONE_DAY
        transparency = TRANSP.TRANSPARENT  # a due date does not block the day
    vevent = Event.new(
        uid=event.uid,
        stamp=stamp,
        sequence=event.sequence,
        last_modified=None if event.changed_at is None else event.changed_at.astimezone(dt.UTC),
        start=start,
        end=end,
        summary=event.summary,
        location=event.location or None,
        description=event.description or None,
        status=STATUS(event.status.value),
        transparency=transparency,
        # Health information: a calendar shared with others shows the time as busy only.
        classification=CLASS.PRIVATE,
    )
    for offset in event.alarms:
        vevent.add_component(_alarm(event.summary, offset))
    return vevent


def _alarm(summary: str, offset: dt.timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)  # what the calendar program's notification says
    alarm.add("trigger", offset)  # relative to the start: -P1D is a day before
    return alarm
