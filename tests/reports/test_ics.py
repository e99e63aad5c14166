"""The iCalendar file, parsed back with icalendar and checked field by field."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from tracker.reports.ics import CALENDAR_NAME, PRODID, calendar_bytes
from tracker.services.calendar_export import CalendarEvent, EventStatus

NEW_YORK = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
MADE_AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=NEW_YORK)  # 17:00 UTC
DAY = dt.timedelta(days=1)
DATE_TIMES = re.compile(r"(\d{8})T\d{6}")


def visit(**fields: object) -> CalendarEvent:
    values: dict[str, object] = {
        "uid": "appointment-1-abc@isotrack",
        "summary": "Dermatology visit",
        "start": dt.datetime(2026, 3, 10, 10, 0),
    }
    values.update(fields)
    return CalendarEvent(**values)  # type: ignore[arg-type]


def parse(*events: CalendarEvent, zone: ZoneInfo = NEW_YORK) -> Calendar:
    return Calendar.from_ical(calendar_bytes(list(events), zone, MADE_AT))


def only_event(*events: CalendarEvent, zone: ZoneInfo = NEW_YORK) -> Event:
    [event] = parse(*events, zone=zone).events
    return event


def alarms(event: Event) -> list[tuple[str, str, dt.timedelta]]:
    return [
        (str(a["ACTION"]), str(a["DESCRIPTION"]), a.decoded("TRIGGER"))
        for a in event.subcomponents
        if a.name == "VALARM"
    ]


def transitions(calendar: Calendar) -> set[dt.date]:
    """Every date the VTIMEZONE names (its DTSTARTs and RDATEs: where an offset begins)."""
    [timezone] = calendar.timezones
    text = timezone.to_ical().decode()
    return {dt.datetime.strptime(found, "%Y%m%d").date() for found in DATE_TIMES.findall(text)}


class TestCalendar:
    def test_header_names_the_program_and_the_calendar(self) -> None:
        calendar = parse(visit())
        assert str(calendar["PRODID"]) == PRODID == "-//isotrack//Appointments and test dates//EN"
        assert str(calendar["VERSION"]) == "2.0"
        assert str(calendar["CALSCALE"]) == "GREGORIAN"
        assert str(calendar["METHOD"]) == "PUBLISH"
        assert str(calendar["X-WR-CALNAME"]) == CALENDAR_NAME == "isotrack appointments"
        assert str(calendar["NAME"]) == CALENDAR_NAME

    def test_events_keep_their_order(self) -> None:
        later = visit(uid="b", start=dt.datetime(2026, 5, 1, 9, 0))
        earlier = visit(uid="a", start=dt.datetime(2026, 4, 1, 9, 0))
        assert [str(e["UID"]) for e in parse(later, earlier).events] == ["b", "a"]

    def test_an_empty_calendar_is_still_a_calendar(self) -> None:
        calendar = parse()
        assert calendar.events == []
        assert calendar.timezones == []
        assert str(calendar["PRODID"]) == PRODID

    def test_the_same_events_give_the_same_bytes(self) -> None:
        events = [visit(), visit(uid="x", start=dt.date(2026, 3, 12))]
        first = calendar_bytes(events, NEW_YORK, MADE_AT)
        assert calendar_bytes(events, NEW_YORK, MADE_AT) == first
        assert b"\r\n" in first  # RFC 5545 line ends


class TestTimedEvent:
    def test_fields(self) -> None:
        changed = dt.datetime(2026, 2, 20, 9, 30, tzinfo=dt.UTC)
        event = only_event(
            visit(
                location="Clinic, room 2",
                description="Bring the lab results",
                sequence=42,
                changed_at=changed,
            )
        )
        assert str(event["UID"]) == "appointment-1-abc@isotrack"
        assert str(event["SUMMARY"]) == "Dermatology visit"
        assert str(event["LOCATION"]) == "Clinic, room 2"
        assert str(event["DESCRIPTION"]) == "Bring the lab results"
        assert event["SEQUENCE"] == 42
        assert event.decoded("LAST-MODIFIED") == changed
        assert event.decoded("DTSTAMP") == dt.datetime(2026, 3, 1, 17, 0, tzinfo=dt.UTC)
        assert str(event["STATUS"]) == "CONFIRMED"
        assert str(event["CLASS"]) == "PRIVATE"
        assert "TRANSP" not in event  # an appointment is busy time

    def test_stamps_are_written_in_utc(self) -> None:
        changed = dt.datetime(2026, 2, 20, 9, 30, tzinfo=NEW_YORK)
        raw = calendar_bytes([visit(changed_at=changed)], NEW_YORK, MADE_AT).decode()
        assert "DTSTAMP:20260301T170000Z" in raw
        assert "LAST-MODIFIED:20260220T143000Z" in raw

    def test_empty_texts_and_unknown_change_are_left_out(self) -> None:
        event = only_event(visit())
        assert "LOCATION" not in event
        assert "DESCRIPTION" not in event
        assert "LAST-MODIFIED" not in event
        assert event["SEQUENCE"] == 0
        assert alarms(event) == []

    def test_start_carries_the_zone_and_the_wall_time(self) -> None:
        event = only_event(visit())
        assert event["DTSTART"].params["TZID"] == "America/New_York"
        assert event.decoded("DTSTART") == dt.datetime(2026, 3, 10, 10, 0, tzinfo=NEW_YORK)
        assert event["DTEND"].params["TZID"] == "America/New_York"
        assert event.decoded("DTEND") == dt.datetime(2026, 3, 10, 10, 30, tzinfo=NEW_YORK)

    def test_the_wall_time_stays_across_the_daylight_saving_change(self) -> None:
        # New York springs forward on 2026-03-08 and falls back on 2026-11-01: 10:00 is
        # 15:00 UTC before, 14:00 UTC after, and 15:00 UTC again in November.
        days = [dt.date(2026, 3, 7), dt.date(2026, 3, 9), dt.date(2026, 11, 2)]
        calendar = parse(
            *(visit(uid=str(d), start=dt.datetime.combine(d, dt.time(10, 0))) for d in days)
        )
        raw = calendar.to_ical().decode()
        for day in days:
            assert f"DTSTART;TZID=America/New_York:{day:%Y%m%d}T100000" in raw
        utc_hours = [e.decoded("DTSTART").astimezone(dt.UTC).hour for e in calendar.events]
        assert utc_hours == [15, 14, 15]

    def test_a_timezone_block_for_the_zone_covering_the_events_years(self) -> None:
        calendar = parse(
            visit(uid="a", start=dt.datetime(2027, 6, 1, 10, 0)),
            visit(uid="b", start=dt.datetime(2026, 6, 1, 10, 0)),
        )
        [timezone] = calendar.timezones
        assert str(timezone["TZID"]) == "America/New_York"
        changes = transitions(calendar)
        # From the first event's year to the year after the last one's.
        assert dt.date(2026, 3, 8) in changes
        assert dt.date(2026, 11, 1) in changes
        assert dt.date(2028, 11, 5) in changes
        assert not any(d.year < 2026 for d in changes)
        assert not any(d.year > 2028 for d in changes)
        assert min(changes) == dt.date(2026, 1, 1)
        assert str(timezone["COMMENT"]) == (
            "This timezone only works from 2026-01-01 to 2029-01-01."
        )

    def test_the_length_sets_the_end(self) -> None:
        event = only_event(visit(length=dt.timedelta(minutes=45)))
        assert event.decoded("DTEND") - event.decoded("DTSTART") == dt.timedelta(minutes=45)

    def test_in_utc_the_times_are_written_as_utc(self) -> None:
        calendar = parse(visit(), zone=UTC)
        assert calendar.timezones == []
        raw = calendar.to_ical().decode()
        assert "DTSTART:20260310T100000Z" in raw
        assert "DTEND:20260310T103000Z" in raw

    def test_texts_are_escaped(self) -> None:
        note = "<b>x</b> & ; , \n second line"
        event = only_event(visit(description=note, location="A; B, C", summary="Lab, 2; x"))
        assert str(event["DESCRIPTION"]) == note
        assert str(event["LOCATION"]) == "A; B, C"
        assert str(event["SUMMARY"]) == "Lab, 2; x"
        raw = calendar_bytes([visit(description=note)], NEW_YORK, MADE_AT).decode()
        assert "DESCRIPTION:<b>x</b> & \\; \\, \\n second line" in raw

    def test_status_values(self) -> None:
        statuses = [EventStatus.CONFIRMED, EventStatus.TENTATIVE, EventStatus.CANCELLED]
        calendar = parse(*(visit(uid=s.value, status=s) for s in statuses))
        assert [str(e["STATUS"]) for e in calendar.events] == [
            "CONFIRMED",
            "TENTATIVE",
            "CANCELLED",
        ]

    def test_alarms_display_the_summary_before_the_start(self) -> None:
        event = only_event(visit(alarms=(-DAY, -dt.timedelta(hours=2))))
        assert alarms(event) == [
            ("DISPLAY", "Dermatology visit", -DAY),
            ("DISPLAY", "Dermatology visit", -dt.timedelta(hours=2)),
        ]
        raw = event.to_ical().decode()
        assert "TRIGGER:-P1D" in raw
        assert "TRIGGER:-PT2H" in raw


class TestAllDayEvent:
    def test_a_date_is_an_all_day_event_that_leaves_the_day_free(self) -> None:
        event = only_event(
            CalendarEvent(
                uid="test-due", summary="Monthly pregnancy test due", start=dt.date(2026, 3, 8)
            )
        )
        assert event.decoded("DTSTART") == dt.date(2026, 3, 8)
        assert event.decoded("DTEND") == dt.date(2026, 3, 9)
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert str(event["TRANSP"]) == "TRANSPARENT"
        raw = event.to_ical().decode()
        assert "DTSTART;VALUE=DATE:20260308" in raw
        assert "TZID" not in raw

    def test_no_timezone_block_for_all_day_events_only(self) -> None:
        calendar = parse(CalendarEvent(uid="d", summary="x", start=dt.date(2026, 3, 8)))
        assert calendar.timezones == []

    def test_alarm_at_a_time_of_the_day(self) -> None:
        event = only_event(
            CalendarEvent(
                uid="d",
                summary="Last day to pick up your prescription",
                start=dt.date(2026, 3, 8),
                alarms=(dt.timedelta(hours=-15), dt.timedelta(hours=9)),
            )
        )
        assert alarms(event) == [
            ("DISPLAY", "Last day to pick up your prescription", dt.timedelta(hours=-15)),
            ("DISPLAY", "Last day to pick up your prescription", dt.timedelta(hours=9)),
        ]
        raw = event.to_ical().decode()
        assert "TRIGGER:-PT15H" in raw
        assert "TRIGGER:PT9H" in raw
