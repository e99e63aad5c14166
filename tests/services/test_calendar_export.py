"""CalendarExportService: what goes into the calendar, with which UIDs, and the file."""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import signal
import stat
import tempfile
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import FixedClock
from tracker.db import models
from tracker.domain.appointments import AppointmentDraft, AppointmentKind
from tracker.domain.dates import day_text
from tracker.domain.pregnancy import RuleSet, TestDraft, TestKind, TestResult
from tracker.domain.reminders import Lead, ReminderSettings
from tracker.errors import StoreError, UserInputError
from tracker.reports.ics import calendar_bytes
from tracker.services.calendar_export import (
    APPOINTMENT_LENGTH,
    IPLEDGE_NOTE,
    MISSING_IDENTITY,
    NOT_DUE_NOTE,
    PICKUP_SUMMARY,
    SEQUENCE_EPOCH,
    STORE_IDENTITY_KEY,
    TENTATIVE_NOTE,
    TEST_DUE_NOTE,
    TEST_SUMMARIES,
    CalendarEvent,
    CalendarExportService,
    EventStatus,
    event_uid,
    sequence_at,
)
from tracker.services.container import Services
from tracker.services.export_files import write_file
from tracker.services.records import ProfileInfo

NEW_YORK = ZoneInfo("America/New_York")
COURSE_START = dt.date(2026, 2, 2)
VISIT_AT = dt.datetime(2026, 3, 10, 10, 0)
DAY = dt.timedelta(days=1)
TWO_HOURS = dt.timedelta(hours=2)
AT_NINE = dt.timedelta(hours=9)


@pytest.fixture
def today() -> dt.date:
    return dt.date(2026, 3, 2)


@pytest.fixture
def clock(today: dt.date) -> FixedClock:
    return FixedClock(today, at=dt.time(9, 0), zone=NEW_YORK)


@pytest.fixture
def export(sessions: sessionmaker[Session], clock: FixedClock) -> CalendarExportService:
    return CalendarExportService(sessions, clock)


def add(services: Services, at: dt.datetime = VISIT_AT, **fields: object) -> int:
    kind = fields.pop("kind", AppointmentKind.VISIT)
    draft = AppointmentDraft(kind=kind, starts_at=at, **fields)  # type: ignore[arg-type]
    return services.appointments.add(draft).id


def store_identity(sessions: sessionmaker[Session]) -> str:
    """The UUID revision 0002 wrote, as stored."""
    with sessions() as session:
        row = session.get(models.Setting, "store.identity")
        assert row is not None
        value = json.loads(row.value)
        assert isinstance(value, str)
        return value


def set_identity(sessions: sessionmaker[Session], value: str | None) -> None:
    """Replace the stored identity by `value` (raw text), or remove it (None)."""
    with sessions.begin() as session:
        row = session.get(models.Setting, STORE_IDENTITY_KEY)
        assert row is not None
        if value is None:
            session.delete(row)
        else:
            row.value = value


def has_profile(sessions: sessionmaker[Session]) -> bool:
    with sessions() as session:
        return session.get(models.Profile, 1) is not None


def due(events: list[CalendarEvent]) -> list[CalendarEvent]:
    """The events that are not cancelled."""
    return [e for e in events if e.status is not EventStatus.CANCELLED]


def can_become_pregnant(services: Services, start_course, answer: bool = True) -> None:
    start_course(started_on=COURSE_START)
    services.course.save_profile(ProfileInfo(name="", can_become_pregnant=answer))


def by_uid(events: list[CalendarEvent]) -> dict[str, CalendarEvent]:
    return {e.uid: e for e in events}


class TestIdentity:
    def test_uids_are_built_from_the_record_and_the_stores_identity(
        self, services, export, sessions, start_course
    ) -> None:
        start_course(started_on=COURSE_START)
        first = add(services)
        second = add(services, VISIT_AT + DAY)
        identity = store_identity(sessions)
        assert str(uuid.UUID(identity)) == identity
        assert [e.uid for e in export.events()] == [
            f"appointment-{first}-{identity}@isotrack",
            f"appointment-{second}-{identity}@isotrack",
        ]

    def test_the_identity_is_read_in_its_canonical_form(self, services, export, sessions) -> None:
        set_identity(sessions, json.dumps("6F1C7E0A3D595C439D1E1B2F8A4C9E70"))
        add(services)
        [event] = export.events()
        assert event.uid == "appointment-1-6f1c7e0a-3d59-5c43-9d1e-1b2f8a4c9e70@isotrack"

    def test_two_exports_give_the_same_uids(self, services, export, clock, start_course) -> None:
        start_course(started_on=COURSE_START)
        add(services)
        add(services, VISIT_AT + DAY)
        before = [e.uid for e in export.events()]
        clock.advance(dt.timedelta(hours=5))
        assert [e.uid for e in export.events()] == before

    def test_without_a_profile_the_export_writes_nothing(
        self, services, export, sessions, data_paths
    ) -> None:
        add(services)
        before = data_paths.database.read_bytes()
        [event] = export.events()
        assert event.uid.endswith(f"-{store_identity(sessions)}@isotrack")
        assert not has_profile(sessions)
        assert data_paths.database.read_bytes() == before

    # A fixed UUID cut short, not a random one: the ids must be the same in every pytest-xdist
    # worker's collection, or the run stops before it starts.
    @pytest.mark.parametrize(
        "stored",
        [None, '"not a uuid"', "12", "{", json.dumps("0f8fad5b-d9cb-469f-a165-70867728950e")[:-2]],
    )
    def test_refused_when_the_store_lacks_its_identity(
        self, services, export, sessions, tmp_path, stored
    ) -> None:
        add(services)
        set_identity(sessions, stored)
        with pytest.raises(StoreError) as refused:
            export.events()
        assert str(refused.value) == MISSING_IDENTITY
        with pytest.raises(StoreError):
            export.write(tmp_path / "out.ics", calendar_bytes)
        assert not (tmp_path / "out.ics").exists()

    def test_the_missing_identity_message(self) -> None:
        assert MISSING_IDENTITY == (
            "your data has no store identity (the setting store.identity), which names the "
            "events of an exported calendar; nothing was exported. Restoring a backup brings "
            "it back"
        )

    def test_everything_is_read_in_one_transaction(
        self, services, export, sessions, start_course
    ) -> None:
        can_become_pregnant(services, start_course)
        add(services)
        begun: list[str] = []
        engine = sessions.kw["bind"]

        def count(connection) -> None:
            begun.append("begin")

        event.listen(engine, "begin", count)
        try:
            events = export.events()
        finally:
            event.remove(engine, "begin", count)
        assert len(events) == 7  # the visit, five kinds of test, the pick-up window
        assert begun == ["begin"]

    def test_event_uid(self) -> None:
        assert event_uid("pickup-window", "abc") == "pickup-window-abc@isotrack"


class TestAppointments:
    def test_fields(self, services, export, start_course) -> None:
        start_course(started_on=COURSE_START)
        add(services, place="Clinic, room 2", note="Bring the lab results")
        add(services, VISIT_AT + DAY, kind=AppointmentKind.LAB, title="Fasting lipids")
        visit, lab = export.events()
        assert visit.summary == "Dermatology visit"
        assert visit.start == VISIT_AT
        assert visit.length == APPOINTMENT_LENGTH == dt.timedelta(minutes=30)
        assert visit.location == "Clinic, room 2"
        assert visit.description == "Bring the lab results"
        assert visit.status is EventStatus.CONFIRMED
        assert not visit.all_day
        assert lab.summary == "Fasting lipids"
        assert lab.location == ""
        assert lab.description == ""

    def test_the_sequence_counts_seconds_since_the_epoch(self, services, export, clock) -> None:
        add(services)
        [event] = export.events()
        assert event.sequence == int((clock.now_utc() - SEQUENCE_EPOCH).total_seconds())
        assert event.changed_at == clock.now_utc()

    def test_an_edit_after_an_undone_removal_has_a_higher_sequence(
        self, services, export, clock
    ) -> None:
        visit = add(services)
        clock.advance(dt.timedelta(minutes=10))
        services.appointments.move(visit, VISIT_AT + DAY)
        [moved] = export.events()
        clock.advance(dt.timedelta(minutes=1))
        removed = services.appointments.remove(visit)
        services.appointments.restore(removed, expected=None)  # undo: a new row, created now
        [restored] = export.events()
        clock.advance(dt.timedelta(seconds=5))
        services.appointments.move(visit, VISIT_AT + 2 * DAY)
        [edited] = export.events()
        assert edited.uid == restored.uid == moved.uid
        assert moved.sequence < restored.sequence < edited.sequence
        assert edited.sequence - moved.sequence == 65

    def test_a_moved_appointment_keeps_its_uid_with_a_higher_sequence(
        self, services, export, clock
    ) -> None:
        visit = add(services)
        [before] = export.events()
        clock.advance(dt.timedelta(minutes=10))
        services.appointments.move(visit, VISIT_AT + DAY)
        [after] = export.events()
        assert after.uid == before.uid
        assert after.start == VISIT_AT + DAY
        assert after.sequence == before.sequence + 600
        assert after.changed_at == clock.now_utc()
        assert after.changed_at > before.changed_at

    def test_states(self, services, export, clock, today, start_course) -> None:
        start_course(started_on=COURSE_START)
        [proposed] = services.appointments.plan_follow_ups(every_days=120).added
        services.appointments.update(
            proposed.id,
            AppointmentDraft(AppointmentKind.VISIT, proposed.starts_at, note="Ask about lips"),
        )
        cancelled = add(services, VISIT_AT + DAY, note="Clinic closed")
        services.appointments.cancel(cancelled)
        done = add(services, dt.datetime.combine(today, dt.time(8, 0)), note="Routine")
        services.appointments.mark_done(done, "dose raised to 60 mg")
        done_event, cancelled_event, tentative_event = export.events()
        assert done_event.status is EventStatus.CONFIRMED
        assert done_event.description == "Routine\n\nOutcome: dose raised to 60 mg"
        assert done_event.alarms == ()
        assert cancelled_event.status is EventStatus.CANCELLED
        assert cancelled_event.description == "Clinic closed"
        assert cancelled_event.alarms == ()
        assert tentative_event.start == dt.datetime(2026, 6, 2, 10, 0)
        assert tentative_event.status is EventStatus.TENTATIVE
        assert tentative_event.description == f"{TENTATIVE_NOTE}\n\nAsk about lips"
        assert tentative_event.alarms == (-DAY, -TWO_HOURS)

    def test_a_planned_appointment_in_the_past_has_no_alarm(self, services, export, clock) -> None:
        add(services, dt.datetime(2026, 3, 2, 8, 0), kind=AppointmentKind.LAB)
        [event] = export.events()
        assert event.status is EventStatus.CONFIRMED
        assert event.alarms == ()

    def test_a_done_appointment_without_outcome(self, services, export, today) -> None:
        done = add(services, dt.datetime.combine(today, dt.time(8, 0)), note="Routine")
        services.appointments.mark_done(done)
        [event] = export.events()
        assert event.description == "Routine"

    def test_no_note_no_description(self, services, export) -> None:
        add(services, note="")
        [event] = export.events()
        assert event.description == ""
        assert TENTATIVE_NOTE == "Proposed by your follow-up plan; not confirmed yet."

    def test_alarms_follow_the_reminder_settings(self, services, export) -> None:
        add(services)
        services.settings.save_reminder_settings(
            ReminderSettings(appointment_leads=(Lead(days=3), Lead(minutes=30)))
        )
        [event] = export.events()
        assert event.alarms == (-dt.timedelta(days=3), -dt.timedelta(minutes=30))

    def test_no_alarms_when_reminders_are_off(self, services, export) -> None:
        add(services)
        services.settings.save_reminder_settings(ReminderSettings(enabled=False))
        [event] = export.events()
        assert event.alarms == ()

    def test_alarms_until_the_appointment_starts(self, services, export, clock) -> None:
        add(services)
        clock.set_now(VISIT_AT)
        [event] = export.events()
        assert event.alarms == (-DAY, -TWO_HOURS)
        clock.set_now(VISIT_AT + dt.timedelta(minutes=1))
        [event] = export.events()
        assert event.alarms == ()


class TestPregnancyDates:
    def test_nothing_for_a_patient_who_cannot_become_pregnant(
        self, services, export, start_course
    ) -> None:
        can_become_pregnant(services, start_course, answer=False)
        add(services)
        assert [e.summary for e in export.events()] == ["Dermatology visit"]

    def test_nothing_while_the_profile_does_not_say(self, services, export, start_course) -> None:
        start_course(started_on=COURSE_START)
        assert export.events() == []

    def test_the_next_test_due_is_an_all_day_event(
        self, services, export, sessions, clock, start_course
    ) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.add_test(
            TestDraft(
                taken_on=dt.date(2026, 2, 20), kind=TestKind.MONTHLY, result=TestResult.NEGATIVE
            )
        )
        add(services)
        clock.advance(dt.timedelta(seconds=75))
        visit, *dates = export.events()
        [test] = due(dates)
        identity = store_identity(sessions)
        assert visit.summary == "Dermatology visit"
        assert test == CalendarEvent(
            uid=f"pregnancy-test-monthly-{identity}@isotrack",
            summary="Monthly pregnancy test due",
            start=dt.date(2026, 3, 22),
            description=f"{TEST_DUE_NOTE} {IPLEDGE_NOTE}",
            alarms=(AT_NINE,),
            sequence=sequence_at(clock.now_utc()),
        )
        assert test.all_day
        assert test.location == ""
        assert test.status is EventStatus.CONFIRMED
        assert test.changed_at is None
        assert test.sequence > 0

    def test_the_uid_stays_when_the_next_test_moves_on(
        self, services, export, clock, start_course
    ) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.add_test(
            TestDraft(
                taken_on=dt.date(2026, 2, 1), kind=TestKind.MONTHLY, result=TestResult.NEGATIVE
            )
        )
        [before] = due(export.events())
        clock.advance(dt.timedelta(seconds=30))
        services.pregnancy.add_test(
            TestDraft(
                taken_on=dt.date(2026, 3, 2), kind=TestKind.MONTHLY, result=TestResult.NEGATIVE
            )
        )
        after = [e for e in export.events() if e.summary == before.summary]
        assert [e.uid for e in after] == [before.uid]
        assert after[0].start == dt.date(2026, 4, 1)
        assert after[0].sequence == before.sequence + 30

    def test_the_notes_say_where_the_dates_come_from(self) -> None:
        assert TEST_DUE_NOTE == (
            "Worked out by isotrack from your test dates and the intervals of your rule set; "
            "you can change the intervals in the app."
        )
        assert IPLEDGE_NOTE == "Recording a test in isotrack does not submit it to iPLEDGE."

    def test_no_test_date_before_a_course(self, services, export) -> None:
        # Before any course the screening test has no date yet: nothing to put on a day.
        services.course.save_profile(ProfileInfo(name="", can_become_pregnant=True))
        assert services.pregnancy.overview().schedule.next_test_kind is TestKind.SCREENING
        events = export.events()
        assert len(events) == 6
        assert due(events) == []

    def test_uk_rules_say_nothing_of_ipledge(self, services, export, start_course) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.set_rules(RuleSet.UK_EU)
        [test] = due(export.events())
        assert test.description == TEST_DUE_NOTE
        assert "iPLEDGE" not in test.description

    def test_an_overdue_test_has_no_alarm(self, services, export, start_course) -> None:
        can_become_pregnant(services, start_course)
        [test] = due(export.events())  # the screening test, due on the course's first day
        assert test.summary == "Screening pregnancy test due"
        assert test.start == COURSE_START
        assert test.alarms == ()

    def test_a_test_due_today_keeps_its_alarm(self, services, export, start_course, clock) -> None:
        can_become_pregnant(services, start_course)
        clock.move_to(COURSE_START)
        [test] = due(export.events())
        assert test.alarms == (AT_NINE,)

    def test_no_test_alarm_when_reminders_are_off(self, services, export, start_course) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.add_test(
            TestDraft(
                taken_on=dt.date(2026, 3, 1), kind=TestKind.MONTHLY, result=TestResult.NEGATIVE
            )
        )
        services.settings.save_reminder_settings(ReminderSettings(enabled=False))
        assert [e.alarms for e in due(export.events())] == [(), ()]

    def test_the_pickup_windows_last_day(self, services, export, sessions, start_course) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.add_test(
            TestDraft(
                taken_on=dt.date(2026, 3, 1), kind=TestKind.MONTHLY, result=TestResult.NEGATIVE
            )
        )
        test, pickup = due(export.events())
        identity = store_identity(sessions)
        assert test.start == dt.date(2026, 3, 31)
        assert pickup.uid == f"pickup-window-{identity}@isotrack"
        assert pickup.summary == PICKUP_SUMMARY == "Last day to pick up your prescription"
        assert pickup.start == dt.date(2026, 3, 7)
        assert pickup.description == (
            "The 7-day window to pick up your prescription after your negative test on "
            "Sun 1 Mar 2026 ends with this day."
        )
        # 09:00 the day before, and 09:00 on the day.
        assert pickup.alarms == (dt.timedelta(hours=-15), AT_NINE)
        assert pickup.sequence == test.sequence

    def test_the_window_length_is_the_patients(self, services, export, start_course) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.set_rules(RuleSet.CUSTOM, {"pickup_window_days": 10})
        services.pregnancy.add_test(
            TestDraft(
                taken_on=dt.date(2026, 3, 1), kind=TestKind.MONTHLY, result=TestResult.NEGATIVE
            )
        )
        [pickup] = [e for e in export.events() if e.summary == PICKUP_SUMMARY]
        assert pickup.start == dt.date(2026, 3, 10)
        assert pickup.description.startswith("The 10-day window")

    def test_after_the_course_the_end_and_after_course_tests(
        self, services, export, sessions, start_course
    ) -> None:
        can_become_pregnant(services, start_course)
        services.course.end_course(dt.date(2026, 3, 1))
        end, after = due(export.events())
        identity = store_identity(sessions)
        assert end.uid == f"pregnancy-test-end-of-course-{identity}@isotrack"
        assert end.summary == "End-of-course pregnancy test due"
        assert end.start == dt.date(2026, 3, 1)
        assert end.alarms == ()  # yesterday
        assert after.uid == f"pregnancy-test-after-course-{identity}@isotrack"
        assert after.summary == "After-course pregnancy test due"
        assert after.start == dt.date(2026, 3, 31)
        assert after.alarms == (AT_NINE,)

    def test_no_after_course_test_when_its_interval_is_zero(
        self, services, export, start_course
    ) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.set_rules(RuleSet.CUSTOM, {"after_course_test_days": 0})
        services.course.end_course(dt.date(2026, 3, 1))
        [end] = due(export.events())
        assert (end.summary, end.start) == ("End-of-course pregnancy test due", dt.date(2026, 3, 1))

    def test_the_after_course_test_keeps_its_uid_once_it_is_next(
        self, services, export, start_course
    ) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.set_rules(RuleSet.UK_EU)
        services.course.end_course(dt.date(2026, 3, 1))
        [_, planned] = due(export.events())
        services.pregnancy.add_test(
            TestDraft(
                taken_on=dt.date(2026, 3, 1),
                kind=TestKind.END_OF_COURSE,
                result=TestResult.NEGATIVE,
            )
        )
        [after] = due(export.events())
        assert after.uid == planned.uid
        assert after.start == planned.start == dt.date(2026, 4, 5)  # 5 weeks (UK/EU)

    def test_every_kind_is_written_and_those_not_due_are_cancelled(
        self, services, export, sessions, clock, today, start_course
    ) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.add_test(
            TestDraft(
                taken_on=dt.date(2026, 3, 1), kind=TestKind.MONTHLY, result=TestResult.NEGATIVE
            )
        )
        events = export.events()
        identity = store_identity(sessions)
        assert [e.uid for e in events] == [
            f"pregnancy-test-screening-{identity}@isotrack",
            f"pregnancy-test-confirmation-{identity}@isotrack",
            f"pregnancy-test-monthly-{identity}@isotrack",
            f"pregnancy-test-end-of-course-{identity}@isotrack",
            f"pregnancy-test-after-course-{identity}@isotrack",
            f"pickup-window-{identity}@isotrack",
        ]
        assert [e.status for e in events] == [
            EventStatus.CANCELLED,
            EventStatus.CANCELLED,
            EventStatus.CONFIRMED,
            EventStatus.CANCELLED,
            EventStatus.CANCELLED,
            EventStatus.CONFIRMED,
        ]
        screening = events[0]
        assert screening == CalendarEvent(
            uid=f"pregnancy-test-screening-{identity}@isotrack",
            summary="Screening pregnancy test due",
            start=today,
            description=NOT_DUE_NOTE,
            status=EventStatus.CANCELLED,
            sequence=sequence_at(clock.now_utc()),
        )
        assert screening.all_day
        assert [e.summary for e in events[:5]] == list(TEST_SUMMARIES.values())
        assert {e.sequence for e in events} == {screening.sequence}

    def test_a_test_no_longer_due_is_cancelled_with_a_higher_sequence(
        self, services, export, clock, today, start_course
    ) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.add_test(
            TestDraft(
                taken_on=dt.date(2026, 2, 20), kind=TestKind.MONTHLY, result=TestResult.NEGATIVE
            )
        )
        monthly = "Monthly pregnancy test due"
        [before] = [e for e in export.events() if e.summary == monthly]
        assert before.status is EventStatus.CONFIRMED
        clock.advance(dt.timedelta(seconds=40))
        services.course.end_course(today)
        [after] = [e for e in export.events() if e.summary == monthly]
        assert after.uid == before.uid
        assert after.status is EventStatus.CANCELLED
        assert after.start == today
        assert after.alarms == ()
        assert after.description == NOT_DUE_NOTE
        assert after.sequence == before.sequence + 40

    def test_a_closed_pickup_window_is_cancelled(
        self, services, export, clock, start_course
    ) -> None:
        can_become_pregnant(services, start_course)
        services.pregnancy.add_test(
            TestDraft(
                taken_on=dt.date(2026, 3, 1), kind=TestKind.MONTHLY, result=TestResult.NEGATIVE
            )
        )
        clock.move_to(dt.date(2026, 3, 7))  # the last day of the window
        [open_] = [e for e in export.events() if e.summary == PICKUP_SUMMARY]
        assert open_.status is EventStatus.CONFIRMED
        assert open_.alarms == (dt.timedelta(hours=-15), AT_NINE)
        clock.move_to(dt.date(2026, 3, 8))
        [closed] = [e for e in export.events() if e.summary == PICKUP_SUMMARY]
        assert closed.uid == open_.uid
        assert closed.status is EventStatus.CANCELLED
        assert closed.start == dt.date(2026, 3, 8)
        assert closed.alarms == ()

    def test_the_not_due_note(self) -> None:
        assert NOT_DUE_NOTE == (
            "Not due at the moment. isotrack writes this entry so that a date it gave before "
            "is taken off your calendar."
        )

    def test_summaries_name_every_kind(self) -> None:
        assert TEST_SUMMARIES == {
            TestKind.SCREENING: "Screening pregnancy test due",
            TestKind.CONFIRMATION: "Confirmation pregnancy test due",
            TestKind.MONTHLY: "Monthly pregnancy test due",
            TestKind.END_OF_COURSE: "End-of-course pregnancy test due",
            TestKind.AFTER_COURSE: "After-course pregnancy test due",
        }


class TestHelpers:
    def test_sequence_at(self) -> None:
        assert dt.datetime(2020, 1, 1, tzinfo=dt.UTC) == SEQUENCE_EPOCH
        assert sequence_at(SEQUENCE_EPOCH) == 0
        assert sequence_at(SEQUENCE_EPOCH + dt.timedelta(seconds=90.9)) == 90
        assert sequence_at(SEQUENCE_EPOCH - dt.timedelta(seconds=5)) == 0
        # The instant counts, not its zone: 2020-01-01 00:00 UTC is 19:00 the day before here.
        assert sequence_at(dt.datetime(2019, 12, 31, 19, 0, 1, tzinfo=NEW_YORK)) == 1
        # Still a 32-bit number in 2080, for calendar programs that store it as one.
        assert sequence_at(dt.datetime(2080, 1, 1, tzinfo=dt.UTC)) < 2**31

    def test_day_text(self) -> None:
        assert day_text(dt.date(2026, 12, 3)) == "Thu 3 Dec 2026"
        assert day_text(dt.date(2026, 11, 28)) == "Sat 28 Nov 2026"


def render_marker(events, zone, made_at) -> bytes:
    return f"{len(events)} {zone.key} {made_at.isoformat()}".encode()


class TestWrite:
    def test_writes_the_calendar_and_counts_its_events(
        self, services, export, clock, tmp_path
    ) -> None:
        add(services)
        add(services, VISIT_AT + DAY)
        target = tmp_path / "appointments.ics"
        assert export.write(target, calendar_bytes) == 2
        calendar = Calendar.from_ical(target.read_bytes())
        assert [e.decoded("DTSTART") for e in calendar.events] == [
            VISIT_AT.replace(tzinfo=NEW_YORK),
            (VISIT_AT + DAY).replace(tzinfo=NEW_YORK),
        ]
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    def test_the_renderer_gets_the_events_the_zone_and_the_moment(
        self, services, export, clock, tmp_path
    ) -> None:
        add(services)
        target = tmp_path / "out.ics"
        export.write(target, render_marker)
        assert target.read_text() == f"1 America/New_York {clock.now_utc().isoformat()}"

    def test_an_empty_calendar(self, export, tmp_path) -> None:
        target = tmp_path / "empty.ics"
        assert export.write(target, calendar_bytes) == 0
        assert Calendar.from_ical(target.read_bytes()).events == []

    def test_replaces_a_file_and_leaves_no_temporary_file(self, services, export, tmp_path) -> None:
        target = tmp_path / "out.ics"
        target.write_text("old")
        target.chmod(0o644)
        add(services)
        export.write(target, calendar_bytes)
        assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.ics"]

    def test_a_home_folder_path(self, export, tmp_path, monkeypatch) -> None:
        monkeypatch.setenv("HOME", str(tmp_path))
        assert export.write(Path("~/cal.ics"), calendar_bytes) == 0
        assert (tmp_path / "cal.ics").exists()

    def test_refuses_a_missing_folder(self, export, tmp_path) -> None:
        target = tmp_path / "nowhere" / "out.ics"
        with pytest.raises(UserInputError) as refused:
            export.write(target, calendar_bytes)
        assert str(refused.value) == (
            f"cannot write {target}: the folder {tmp_path / 'nowhere'} does not exist"
        )
        assert not (tmp_path / "nowhere").exists()

    def test_refuses_a_folder(self, export, tmp_path) -> None:
        with pytest.raises(UserInputError) as refused:
            export.write(tmp_path, calendar_bytes)
        assert str(refused.value) == (
            f"{tmp_path} is a folder; give a file name, e.g. "
            f"{tmp_path / 'isotrack-appointments.ics'}"
        )

    @pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
    def test_refuses_a_folder_it_may_not_write(self, export, tmp_path) -> None:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(UserInputError) as refused:
                export.write(locked / "out.ics", calendar_bytes)
        finally:
            locked.chmod(0o700)
        assert str(refused.value) == f"cannot write {locked / 'out.ics'}: Permission denied"
        assert list(locked.iterdir()) == []

    def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(self, tmp_path) -> None:
        target = tmp_path / "out.ics"
        target.mkdir()  # replacing a folder by a file fails after the data is written
        (target / "inside").write_text("x")
        with pytest.raises(UserInputError) as refused:
            write_file(target, b"data")
        assert str(refused.value).startswith(f"cannot write {target}: ")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ics"]

    def test_the_temporary_copy_is_made_next_to_the_file(self, tmp_path, monkeypatch) -> None:
        # Not in the system's temporary folder: that may be full, missing or on another
        # disk (a rename cannot cross disks).
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-system-temp"))
        target = tmp_path / "out.ics"
        write_file(target, b"data")
        assert target.read_bytes() == b"data"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ics"]

    @pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a child process")
    def test_a_crash_half_way_leaves_the_old_file_and_a_hidden_copy(
        self, tmp_path, monkeypatch
    ) -> None:
        # Nothing may land in the system's temporary folder, whatever the code does.
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-system-temp"))
        target = tmp_path / "out.ics"
        write_file(target, b"old")
        pid = os.fork()
        if pid == 0:  # the child dies in the middle of writing, as in a power cut
            try:
                # Past the file size limit the kernel ends the process (Python ignores the
                # signal by default; it is set back here).
                signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
                resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
                hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
                resource.setrlimit(resource.RLIMIT_FSIZE, (4, hard))
                write_file(target, b"new calendar")
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status)
        assert os.WTERMSIG(status) == signal.SIGXFSZ
        assert target.read_bytes() == b"old"
        [left] = [p for p in tmp_path.iterdir() if p != target]
        assert left.name.startswith(".out.ics.")  # hidden, and not taken for an export
        assert left.read_bytes() == b"new "

    def test_a_folder_that_is_a_file(self, tmp_path) -> None:
        (tmp_path / "file").write_text("x")
        target = tmp_path / "file" / "out.ics"
        with pytest.raises(UserInputError) as refused:
            write_file(target, b"data")
        assert str(refused.value) == f"cannot write {target}: Not a directory"
        assert (tmp_path / "file").read_text() == "x"
