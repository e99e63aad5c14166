"""AppointmentService against a real store: every state change, its refusals, undo, the plan."""

import datetime as dt
import re

import pytest
from sqlalchemy import select

from tests.conftest import COURSE_START, TODAY
from tracker.db import models
from tracker.domain.appointments import (
    Appointment,
    AppointmentDraft,
    AppointmentKind,
    AppointmentStatus,
    FollowUpPlan,
    FollowUpPreview,
)
from tracker.errors import NoActiveCourseError, RecordChangedError, UserInputError

TOMORROW = TODAY + dt.timedelta(days=1)
NOON_TODAY = dt.datetime.combine(TODAY, dt.time(12, 0))  # the `clock` fixture's wall time
NEXT_WEEK = dt.datetime(2026, 12, 3, 10, 0)
LAST_WEEK = dt.datetime(2026, 11, 20, 9, 30)

TENTATIVE = AppointmentStatus.TENTATIVE
PLANNED = AppointmentStatus.PLANNED
DONE = AppointmentStatus.DONE
CANCELLED = AppointmentStatus.CANCELLED


def draft(
    starts_at: dt.datetime = NEXT_WEEK, kind: AppointmentKind = AppointmentKind.VISIT, **texts: str
) -> AppointmentDraft:
    return AppointmentDraft(kind=kind, starts_at=starts_at, **texts)


@pytest.fixture
def book(services):
    """Factory: an appointment in a given state (through the service's own calls)."""

    def make(
        status: AppointmentStatus = PLANNED, starts_at: dt.datetime = NEXT_WEEK, **texts: str
    ) -> Appointment:
        added = services.appointments.add(draft(starts_at, AppointmentKind.VISIT, **texts))
        if status is TENTATIVE:  # only the plan makes these; write one the way undo would
            services.appointments.restore(_with(added, status=TENTATIVE), expected=added)
        elif status is DONE:
            services.appointments.mark_done(added.id)
        elif status is CANCELLED:
            services.appointments.cancel(added.id)
        return services.appointments.get(added.id)

    return make


def _with(appointment: Appointment, **changes: object) -> Appointment:
    values = {**appointment.__dict__, **changes}
    return Appointment(**values)


def stored_rows(sessions) -> list[tuple]:
    with sessions() as session:
        return [
            (r.id, r.course_id, r.kind, r.starts_at, r.title, r.place, r.note, r.outcome, r.status)
            for r in session.scalars(select(models.Appointment).order_by(models.Appointment.id))
        ]


def row_times(sessions, appointment_id: int) -> tuple[dt.datetime, dt.datetime]:
    with sessions() as session:
        row = session.get(models.Appointment, appointment_id)
        assert row is not None
        return row.created_at, row.updated_at


def stamp(clock) -> dt.datetime:
    """Now, as the store gives back an instant it wrote."""
    return clock.now_utc()


# -- adding and reading -----------------------------------------------------------------------


def test_an_added_appointment_is_planned_and_belongs_to_the_active_course(
    services, start_course, sessions, clock
) -> None:
    course = start_course()
    added = services.appointments.add(
        draft(
            dt.datetime(2026, 12, 3, 9, 30, 59),
            AppointmentKind.LAB,
            title=" Lipids and ALT ",
            place="Clinic, room 4",
            note="fasting\n12 h",
        )
    )
    assert added == Appointment(
        id=added.id,
        course_id=course.id,
        kind=AppointmentKind.LAB,
        starts_at=dt.datetime(2026, 12, 3, 9, 30),
        title="Lipids and ALT",
        place="Clinic, room 4",
        note="fasting\n12 h",
        outcome="",
        status=PLANNED,
    )
    assert isinstance(added.id, int)
    assert services.appointments.get(added.id) == added
    assert services.appointments.list() == [added]
    assert stored_rows(sessions) == [
        (
            added.id,
            course.id,
            AppointmentKind.LAB,
            dt.datetime(2026, 12, 3, 9, 30),
            "Lipids and ALT",
            "Clinic, room 4",
            "fasting\n12 h",
            "",
            PLANNED,
        )
    ]
    assert row_times(sessions, added.id) == (stamp(clock), stamp(clock))


def test_before_any_course_an_appointment_belongs_to_none(services) -> None:
    added = services.appointments.add(draft())
    assert added.course_id is None
    assert added.id == 1


def test_after_the_course_ended_a_new_appointment_belongs_to_none(services, start_course) -> None:
    start_course()
    services.course.end_course(TODAY)
    assert services.appointments.add(draft()).course_id is None


def test_a_refused_draft_writes_nothing(services, sessions) -> None:
    with pytest.raises(UserInputError, match="the title is 201 characters long"):
        services.appointments.add(draft(title="x" * 201))
    with pytest.raises(UserInputError, match="more than 104 weeks after today"):
        services.appointments.add(draft(dt.datetime(2030, 1, 1, 10, 0)))
    assert stored_rows(sessions) == []


def test_the_list_is_by_time_then_by_id_and_holds_every_state(services, book) -> None:
    later = book(PLANNED, dt.datetime(2027, 1, 5, 8, 0))
    done = book(DONE, LAST_WEEK)
    cancelled = book(CANCELLED, NEXT_WEEK)
    tentative = book(TENTATIVE, NEXT_WEEK)
    assert services.appointments.list() == [done, cancelled, tentative, later]


def test_the_list_can_be_one_courses(services, start_course) -> None:
    before_any = services.appointments.add(draft(LAST_WEEK))
    course = start_course()
    during = services.appointments.add(draft())
    assert services.appointments.list(course_id=course.id) == [during]
    assert services.appointments.list(course_id=course.id + 1) == []
    assert services.appointments.list() == [before_any, during]


def test_getting_an_unknown_id_is_refused_with_the_id(services) -> None:
    with pytest.raises(UserInputError) as refused:
        services.appointments.get(42)
    assert str(refused.value) == "there is no appointment with id 42"


# -- the next appointment ---------------------------------------------------------------------


def test_the_next_appointment_is_the_first_open_one_from_now_on(services, book) -> None:
    now = dt.datetime(2026, 12, 1, 10, 0)
    book(PLANNED, now - dt.timedelta(minutes=1))
    book(DONE, LAST_WEEK)
    book(CANCELLED, now)
    later = book(PLANNED, now + dt.timedelta(days=2))
    at_now = book(TENTATIVE, now)
    assert services.appointments.next_appointment(now) == at_now
    assert services.appointments.next_appointment(now + dt.timedelta(minutes=1)) == later
    assert services.appointments.next_appointment(later.starts_at) == later
    assert services.appointments.next_appointment(later.starts_at + dt.timedelta(minutes=1)) is None


def test_of_two_at_the_same_time_the_first_added_is_next(services, book) -> None:
    first = book(PLANNED, NEXT_WEEK)
    book(PLANNED, NEXT_WEEK)
    assert services.appointments.next_appointment(NEXT_WEEK) == first


def test_with_no_appointment_there_is_no_next_one(services) -> None:
    assert services.appointments.next_appointment(NOON_TODAY) is None


# -- editing ----------------------------------------------------------------------------------


def test_editing_changes_the_details_keeps_the_state_and_returns_the_previous_version(
    services, book, sessions, clock
) -> None:
    original = book(PLANNED, NEXT_WEEK, title="Visit", place="Room 1", note="bring list")
    clock.advance(dt.timedelta(minutes=5))
    previous = services.appointments.update(
        original.id,
        draft(dt.datetime(2026, 12, 4, 11, 15), AppointmentKind.OTHER, title=" Dr Lee ", note=""),
        expected=original,
    )
    assert previous == original
    assert services.appointments.get(original.id) == _with(
        original,
        kind=AppointmentKind.OTHER,
        starts_at=dt.datetime(2026, 12, 4, 11, 15),
        title="Dr Lee",
        place="",
        note="",
    )
    created, updated = row_times(sessions, original.id)
    assert updated == stamp(clock)
    assert created == updated - dt.timedelta(minutes=5)


@pytest.mark.parametrize("status", [TENTATIVE, CANCELLED])
def test_editing_keeps_a_tentative_or_cancelled_state(services, book, status) -> None:
    original = book(status)
    services.appointments.update(original.id, draft(title="New"))
    assert services.appointments.get(original.id).status is status


def test_a_done_appointments_details_and_time_can_be_corrected_up_to_today(services, book) -> None:
    done = book(DONE, LAST_WEEK)
    services.appointments.mark_done(done.id, "dose raised to 60 mg")
    latest = dt.datetime.combine(TODAY, dt.time(23, 59))
    services.appointments.update(done.id, draft(latest, title="Derm"))
    after = services.appointments.get(done.id)
    assert (after.starts_at, after.title, after.status, after.outcome) == (
        latest,
        "Derm",
        DONE,
        "dose raised to 60 mg",
    )


def test_a_done_appointment_cannot_be_edited_onto_a_later_day(services, book) -> None:
    done = book(DONE, LAST_WEEK)
    with pytest.raises(UserInputError) as refused:
        services.appointments.update(done.id, draft(dt.datetime.combine(TOMORROW, dt.time(0, 0))))
    assert str(refused.value) == (
        "Dermatology visit on Fri 20 Nov 2026 09:30 (done) has taken place, so it cannot be "
        "moved to Sun 29 Nov 2026 00:00, a later day than today"
    )
    assert services.appointments.get(done.id) == done


def test_an_edit_that_is_refused_writes_nothing(services, book) -> None:
    original = book(PLANNED, title="Visit")
    with pytest.raises(UserInputError, match="the place holds a control character"):
        services.appointments.update(original.id, draft(title="Other", place="a\nb"))
    with pytest.raises(UserInputError, match="there is no appointment with id 99"):
        services.appointments.update(99, draft())
    assert services.appointments.list() == [original]


# -- moving -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "after"),
    [(TENTATIVE, TENTATIVE), (PLANNED, PLANNED), (CANCELLED, PLANNED)],
)
def test_moving_keeps_the_state_and_books_a_cancelled_appointment_again(
    services, book, sessions, clock, status, after
) -> None:
    original = book(status, NEXT_WEEK, title="Visit", place="Room 1", note="n")
    clock.advance(dt.timedelta(minutes=3))
    new_time = dt.datetime(2026, 12, 10, 14, 45, 30)
    previous = services.appointments.move(original.id, new_time, expected=original)
    assert previous == original
    assert services.appointments.get(original.id) == _with(
        original, starts_at=dt.datetime(2026, 12, 10, 14, 45), status=after
    )
    assert row_times(sessions, original.id)[1] == stamp(clock)


def test_a_done_appointment_is_moved_within_today_at_the_latest_and_stays_done(
    services, book
) -> None:
    done = book(DONE, LAST_WEEK)
    latest = dt.datetime.combine(TODAY, dt.time(23, 59))
    assert services.appointments.move(done.id, latest) == done
    assert services.appointments.get(done.id) == _with(done, starts_at=latest)
    with pytest.raises(UserInputError) as refused:
        services.appointments.move(done.id, dt.datetime.combine(TOMORROW, dt.time(0, 0)))
    assert str(refused.value) == (
        "Dermatology visit on Sat 28 Nov 2026 23:59 (done) has taken place, so it cannot be "
        "moved to Sun 29 Nov 2026 00:00, a later day than today"
    )


def test_moving_to_an_implausible_date_or_an_unknown_id_is_refused(services, book) -> None:
    original = book(CANCELLED)
    with pytest.raises(UserInputError, match="is before 1900-01-01"):
        services.appointments.move(original.id, dt.datetime(1899, 1, 1, 10, 0))
    with pytest.raises(UserInputError, match="there is no appointment with id 5"):
        services.appointments.move(5, NEXT_WEEK)
    assert services.appointments.list() == [original]


# -- confirming, cancelling -------------------------------------------------------------------


def test_confirming_books_a_tentative_visit(services, book, sessions, clock) -> None:
    tentative = book(TENTATIVE)
    clock.advance(dt.timedelta(minutes=1))
    assert services.appointments.confirm(tentative.id, expected=tentative) == tentative
    assert services.appointments.get(tentative.id) == _with(tentative, status=PLANNED)
    assert row_times(sessions, tentative.id)[1] == stamp(clock)


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (PLANNED, "(planned) is already planned; there is nothing to confirm"),
        (DONE, "(done) is done; only a proposed (tentative) appointment is confirmed"),
        (CANCELLED, "(cancelled) is cancelled; move it to a new time to book it again"),
    ],
)
def test_only_a_tentative_appointment_is_confirmed(services, book, status, message) -> None:
    original = book(status, LAST_WEEK)
    with pytest.raises(UserInputError) as refused:
        services.appointments.confirm(original.id)
    assert str(refused.value) == f"Dermatology visit on Fri 20 Nov 2026 09:30 {message}"
    assert services.appointments.get(original.id) == original


@pytest.mark.parametrize("status", [TENTATIVE, PLANNED])
def test_an_open_appointment_can_be_cancelled(services, book, sessions, clock, status) -> None:
    original = book(status)
    clock.advance(dt.timedelta(minutes=1))
    assert services.appointments.cancel(original.id, expected=original) == original
    assert services.appointments.get(original.id) == _with(original, status=CANCELLED)
    assert row_times(sessions, original.id)[1] == stamp(clock)


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (DONE, "(done) has taken place, so it cannot be cancelled"),
        (CANCELLED, "(cancelled) is already cancelled"),
    ],
)
def test_a_done_or_cancelled_appointment_is_not_cancelled(services, book, status, message) -> None:
    original = book(status, LAST_WEEK)
    with pytest.raises(UserInputError) as refused:
        services.appointments.cancel(original.id)
    assert str(refused.value) == f"Dermatology visit on Fri 20 Nov 2026 09:30 {message}"
    assert services.appointments.get(original.id) == original


# -- marking done -----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [TENTATIVE, PLANNED, CANCELLED])
def test_an_appointment_that_took_place_is_marked_done_with_its_outcome(
    services, book, sessions, clock, status
) -> None:
    original = book(status, LAST_WEEK)
    clock.advance(dt.timedelta(minutes=1))
    previous = services.appointments.mark_done(
        original.id, "  dose raised\nto 60 mg  ", expected=original
    )
    assert previous == original
    assert services.appointments.get(original.id) == _with(
        original, status=DONE, outcome="dose raised\nto 60 mg"
    )
    assert row_times(sessions, original.id)[1] == stamp(clock)


def test_the_outcome_of_a_done_appointment_can_be_corrected_kept_or_cleared(services, book) -> None:
    done = book(DONE, LAST_WEEK)
    assert done.outcome == ""
    services.appointments.mark_done(done.id, "dose 40 mg")
    corrected = services.appointments.mark_done(done.id, "dose 60 mg")
    assert corrected.outcome == "dose 40 mg"
    assert services.appointments.get(done.id).outcome == "dose 60 mg"
    services.appointments.mark_done(done.id)  # None: keep what is written
    assert services.appointments.get(done.id) == _with(done, outcome="dose 60 mg")
    services.appointments.mark_done(done.id, "")
    assert services.appointments.get(done.id) == done


def test_today_at_any_time_counts_as_taken_place(services, book) -> None:
    later_today = book(PLANNED, dt.datetime.combine(TODAY, dt.time(23, 59)))
    services.appointments.mark_done(later_today.id)
    assert services.appointments.get(later_today.id).status is DONE


def test_an_appointment_on_a_later_day_is_not_marked_done(services, book) -> None:
    tomorrow = book(PLANNED, dt.datetime.combine(TOMORROW, dt.time(0, 0)))
    with pytest.raises(UserInputError) as refused:
        services.appointments.mark_done(tomorrow.id, "fine")
    assert str(refused.value) == (
        "Dermatology visit on Sun 29 Nov 2026 00:00 (planned) is on a later day than today; "
        "mark it done once it has taken place"
    )
    assert services.appointments.get(tomorrow.id) == tomorrow


def test_an_outcome_that_cannot_be_stored_is_refused_before_anything_is_read(
    services, book
) -> None:
    original = book(PLANNED, LAST_WEEK)
    with pytest.raises(UserInputError, match="the outcome is 2001 characters long"):
        services.appointments.mark_done(original.id, "x" * 2001)
    with pytest.raises(UserInputError, match="the outcome holds a control character"):
        services.appointments.mark_done(404, "\x00")
    assert services.appointments.get(original.id) == original


# -- removing and restoring (undo) ------------------------------------------------------------


@pytest.mark.parametrize("status", list(AppointmentStatus))
def test_any_appointment_can_be_removed_and_restored_exactly(
    services, book, sessions, status
) -> None:
    original = book(status, LAST_WEEK, title="T", place="P", note="N")
    other = book(PLANNED, NEXT_WEEK)
    removed = services.appointments.remove(original.id, expected=original)
    assert removed == original
    assert services.appointments.list() == [other]
    services.appointments.restore(removed, expected=None)
    assert services.appointments.get(original.id) == original
    assert services.appointments.list() == [original, other]
    with pytest.raises(UserInputError, match="there is no appointment with id 77"):
        services.appointments.remove(77)


def test_restoring_puts_back_every_field_over_the_current_version(
    services, book, start_course, sessions, clock
) -> None:
    before = book(PLANNED, NEXT_WEEK)  # before any course: course None
    course = start_course()
    clock.advance(dt.timedelta(minutes=1))
    wanted = Appointment(
        id=before.id,
        course_id=course.id,
        kind=AppointmentKind.PICKUP,
        starts_at=LAST_WEEK,
        title="t",
        place="p",
        note="n",
        outcome="o",
        status=DONE,
    )
    services.appointments.restore(wanted, expected=before)
    assert services.appointments.get(before.id) == wanted
    created, updated = row_times(sessions, before.id)
    assert updated == stamp(clock)
    assert created == updated - dt.timedelta(minutes=1)
    services.appointments.restore(before, expected=wanted)
    assert services.appointments.get(before.id) == before


def test_a_restored_removal_is_stamped_now(services, book, sessions, clock) -> None:
    removed = services.appointments.remove(book().id)
    clock.advance(dt.timedelta(hours=1))
    services.appointments.restore(removed, expected=None)
    assert row_times(sessions, removed.id) == (stamp(clock), stamp(clock))


# -- changed elsewhere ------------------------------------------------------------------------

CHANGES = {
    "update": lambda s, i, e: s.update(i, draft(title="Mine"), expected=e),
    "move": lambda s, i, e: s.move(i, dt.datetime(2026, 12, 9, 9, 0), expected=e),
    "confirm": lambda s, i, e: s.confirm(i, expected=e),
    "cancel": lambda s, i, e: s.cancel(i, expected=e),
    "mark_done": lambda s, i, e: s.mark_done(i, "x", expected=e),
    "remove": lambda s, i, e: s.remove(i, expected=e),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_made_elsewhere_is_not_overwritten(services, book, change) -> None:
    shown = book(TENTATIVE, dt.datetime.combine(TODAY, dt.time(8, 0)))
    services.appointments.restore(_with(shown, place="Room 9"), expected=shown)  # elsewhere
    now = services.appointments.get(shown.id)
    with pytest.raises(RecordChangedError) as refused:
        CHANGES[change](services.appointments, shown.id, shown)
    assert refused.value.current == now
    assert str(refused.value) == (
        "Dermatology visit on Sat 28 Nov 2026 08:00 (proposed) was changed elsewhere since it "
        "was shown: now Dermatology visit on Sat 28 Nov 2026 08:00 (proposed)"
    )
    assert services.appointments.list() == [now]


@pytest.mark.parametrize("change", CHANGES)
def test_a_removal_made_elsewhere_is_reported_as_such(services, book, change) -> None:
    shown = book(TENTATIVE, dt.datetime.combine(TODAY, dt.time(8, 0)))
    services.appointments.remove(shown.id)
    with pytest.raises(RecordChangedError) as refused:
        CHANGES[change](services.appointments, shown.id, shown)
    assert refused.value.current is None
    assert str(refused.value) == (
        "Dermatology visit on Sat 28 Nov 2026 08:00 (proposed) was changed elsewhere since it "
        "was shown: it has been removed"
    )
    assert services.appointments.list() == []


@pytest.mark.parametrize("change", CHANGES)
def test_without_expected_an_unknown_id_is_plainly_refused(services, change) -> None:
    with pytest.raises(UserInputError) as refused:
        CHANGES[change](services.appointments, 3, None)
    assert not isinstance(refused.value, RecordChangedError)
    assert str(refused.value) == "there is no appointment with id 3"


# -- restoring over what is stored (undo and redo) -----------------------------------------


def test_putting_a_removal_back_needs_its_id_free(services, book, sessions) -> None:
    shown = book(PLANNED, NEXT_WEEK, place="P")
    # Another window put it back first, and changed it: not written a second time.
    services.appointments.update(shown.id, draft(place="Q"))
    now = services.appointments.get(shown.id)
    with pytest.raises(RecordChangedError) as refused:
        services.appointments.restore(shown, expected=None)
    assert refused.value.current == now
    assert str(refused.value) == (
        "Dermatology visit on Thu 3 Dec 2026 10:00 (planned) is on record again, so it was "
        "not put back a second time"
    )
    assert services.appointments.list() == [now]


def test_undoing_an_edit_needs_the_edit_still_there(services, book) -> None:
    before = book(PLANNED, NEXT_WEEK, place="P")
    services.appointments.update(before.id, draft(place="Q"))
    after = services.appointments.get(before.id)
    services.appointments.update(before.id, draft(place="R"))  # elsewhere, since
    elsewhere = services.appointments.get(before.id)
    with pytest.raises(RecordChangedError) as refused:
        services.appointments.restore(before, expected=after)
    assert refused.value.current == elsewhere
    assert services.appointments.list() == [elsewhere]
    services.appointments.remove(before.id)
    with pytest.raises(RecordChangedError, match="it has been removed") as gone:
        services.appointments.restore(before, expected=after)
    assert gone.value.current is None
    assert services.appointments.list() == []


def test_an_exchange_is_all_or_nothing(services, book) -> None:
    first = book(TENTATIVE, NEXT_WEEK)
    second = book(TENTATIVE, NEXT_WEEK + dt.timedelta(days=30))
    gone = services.appointments.remove(book(PLANNED, LAST_WEEK).id)
    services.appointments.exchange(remove=[first, second], insert=[gone])
    assert services.appointments.list() == [gone]
    services.appointments.exchange(remove=[gone], insert=[first, second])
    assert services.appointments.list() == [first, second]
    # `gone` is no longer stored: nothing of the exchange is written.
    with pytest.raises(RecordChangedError, match="it has been removed"):
        services.appointments.exchange(remove=[first, gone])
    assert services.appointments.list() == [first, second]
    with pytest.raises(RecordChangedError, match="is on record again"):
        services.appointments.exchange(remove=[first], insert=[gone, second])
    assert services.appointments.list() == [first, second]
    services.appointments.exchange()  # nothing to do
    assert services.appointments.list() == [first, second]


# -- planning follow-ups ----------------------------------------------------------------------


def times(appointments) -> list[dt.datetime]:
    return [a.starts_at for a in appointments]


def test_the_plan_proposes_tentative_visits_still_to_come_up_to_the_planned_end(
    services, start_course, sessions, clock
) -> None:
    course = start_course(planned_weeks=20)  # 2026-10-01 .. 2027-02-18; today 2026-11-28
    plan = services.appointments.plan_follow_ups()
    assert plan.dropped == ()
    assert times(plan.added) == [  # 2026-10-31 has passed
        dt.datetime(2026, 11, 30, 10, 0),
        dt.datetime(2026, 12, 30, 10, 0),
        dt.datetime(2027, 1, 29, 10, 0),
    ]
    assert all(
        (a.course_id, a.kind, a.title, a.place, a.note, a.outcome, a.status)
        == (course.id, AppointmentKind.VISIT, "", "", "", "", TENTATIVE)
        for a in plan.added
    )
    assert services.appointments.list() == list(plan.added)
    assert row_times(sessions, plan.added[0].id) == (stamp(clock), stamp(clock))


def test_the_plan_includes_the_planned_end_and_takes_the_interval_and_time(
    services, start_course
) -> None:
    # 4 weeks from 2 Nov: the 28th and last planned day is 2026-11-29.
    start_course(started_on=dt.date(2026, 11, 2), planned_weeks=4)
    # Day 29 (2026-11-30) is one day past the planned end: nothing to propose.
    assert services.appointments.follow_up_times(every_days=28, at=dt.time(8, 45)) == []
    plan = services.appointments.plan_follow_ups(every_days=27, at=dt.time(8, 45))
    # 2026-11-29, the planned last day, is included.
    assert times(plan.added) == [dt.datetime(2026, 11, 29, 8, 45)]


def test_a_visit_proposed_for_this_very_minute_is_still_to_come(
    services, start_course, clock
) -> None:
    start_course(started_on=dt.date(2026, 10, 29), planned_weeks=10)
    clock.set_now(dt.datetime(2026, 11, 28, 10, 0))
    assert times(services.appointments.plan_follow_ups().added) == [
        dt.datetime(2026, 11, 28, 10, 0),
        dt.datetime(2026, 12, 28, 10, 0),
    ]


def test_a_visit_proposed_for_a_minute_ago_is_left_out(services, start_course, clock) -> None:
    start_course(started_on=dt.date(2026, 10, 29), planned_weeks=10)
    clock.set_now(dt.datetime(2026, 11, 28, 10, 1))
    assert times(services.appointments.plan_follow_ups().added) == [
        dt.datetime(2026, 12, 28, 10, 0)
    ]


def test_planning_twice_the_same_way_changes_nothing(services, start_course) -> None:
    start_course()
    first = services.appointments.plan_follow_ups()
    assert len(first.added) == 3
    assert services.appointments.follow_up_preview() == FollowUpPreview((), ())
    assert services.appointments.plan_follow_ups() == FollowUpPlan((), ())
    assert services.appointments.list() == list(first.added)


def test_a_new_plan_replaces_the_proposals_still_to_come(services, start_course, book) -> None:
    course = start_course()  # 2026-10-01 .. 2027-02-18 (20 weeks); now 2026-11-28 12:00
    first = services.appointments.plan_follow_ups(at=dt.time(9, 0))  # 30 Nov, 30 Dec, 29 Jan
    confirmed = first.added[1]
    services.appointments.confirm(confirmed.id)  # 30 Dec: planned now, kept, holds its day
    noted = first.added[2]  # 29 Jan, moved to 10:00 with a note: the new plan's time, kept
    services.appointments.update(noted.id, draft(noted.starts_at.replace(hour=10), note="lips"))
    extra = book(TENTATIVE, dt.datetime(2027, 2, 1, 10, 0))  # a proposal moved: dropped
    past = book(TENTATIVE, dt.datetime(2026, 11, 28, 11, 59))  # not marked done: kept
    done = book(DONE, dt.datetime(2026, 11, 28, 9, 0))
    cancelled = book(CANCELLED, dt.datetime(2027, 1, 14, 10, 0))  # its day is free
    lab = services.appointments.add(draft(dt.datetime(2026, 12, 15, 10, 0), AppointmentKind.LAB))
    services.appointments.restore(_with(lab, status=TENTATIVE), expected=lab)  # not a visit
    untouched = [
        services.appointments.get(a.id) for a in (confirmed, noted, past, done, cancelled, lab)
    ]

    preview = services.appointments.follow_up_preview(every_days=15)
    plan = services.appointments.plan_follow_ups(every_days=15)
    # Every 15 days from 1 Oct: 15 Nov has passed, 30 Dec is planned, 29 Jan is kept.
    assert times(plan.added) == [
        dt.datetime(2026, 11, 30, 10, 0),
        dt.datetime(2026, 12, 15, 10, 0),  # a lab draw is not a visit: the day is free
        dt.datetime(2027, 1, 14, 10, 0),  # cancelled: free
        dt.datetime(2027, 2, 13, 10, 0),
    ]
    assert plan.dropped == (first.added[0], extra)  # by time
    assert preview == FollowUpPreview(tuple(times(plan.added)), plan.dropped)
    assert all(a.status is TENTATIVE and a.course_id == course.id for a in plan.added)
    assert {a.id for a in plan.added}.isdisjoint(a.id for a in first.added)  # never reused
    assert [services.appointments.get(a.id) for a in untouched] == untouched
    assert len(services.appointments.list()) == len(untouched) + len(plan.added)
    assert services.appointments.get(noted.id).note == "lips"
    # Undo: the new ones out, the earlier ones back, as they were.
    services.appointments.exchange(remove=plan.added, insert=plan.dropped)
    assert sorted(services.appointments.list(), key=lambda a: a.id) == sorted(
        [*untouched, first.added[0], extra], key=lambda a: a.id
    )


def test_the_proposals_a_new_plan_replaces_are_by_time_not_in_the_order_entered(
    services, start_course, book
) -> None:
    start_course()  # proposes 30 Nov, 30 Dec and 29 Jan at 10:00
    later = book(TENTATIVE, dt.datetime(2027, 1, 5, 10, 0))  # entered first
    sooner = book(TENTATIVE, dt.datetime(2026, 12, 5, 10, 0))
    assert later.id < sooner.id
    assert services.appointments.follow_up_preview().replacing == (sooner, later)
    plan = services.appointments.plan_follow_ups()
    assert plan.dropped == (sooner, later)
    assert times(plan.added) == [
        dt.datetime(2026, 11, 30, 10, 0),
        dt.datetime(2026, 12, 30, 10, 0),
        dt.datetime(2027, 1, 29, 10, 0),
    ]
    assert services.appointments.list() == list(plan.added)


def test_a_plan_that_proposes_nothing_still_replaces(services, start_course, clock) -> None:
    start_course()
    first = services.appointments.plan_follow_ups()  # 30 Nov, 30 Dec, 29 Jan at 10:00
    clock.set_now(dt.datetime(2027, 1, 29, 9, 30))
    assert services.appointments.follow_up_preview(120, dt.time(9, 0)) == FollowUpPreview(
        (), (first.added[2],)
    )
    plan = services.appointments.plan_follow_ups(every_days=120, at=dt.time(9, 0))
    assert plan == FollowUpPlan(added=(), dropped=(first.added[2],))
    assert services.appointments.list() == list(first.added[:2])  # passed: they stay


def test_only_the_active_courses_visits_hold_a_day(services, start_course, book, clock) -> None:
    book(PLANNED, dt.datetime(2026, 11, 30, 9, 0))  # before any course: course None
    first = start_course(started_on=dt.date(2026, 6, 1), planned_weeks=4)
    services.course.end_course(dt.date(2026, 6, 28))
    course = start_course(started_on=dt.date(2026, 10, 1), planned_weeks=20)
    assert first.id != course.id
    plan = services.appointments.plan_follow_ups()
    assert times(plan.added)[0] == dt.datetime(2026, 11, 30, 10, 0)
    # A proposal of the course held in another course is not replaced either.
    assert len(services.appointments.list()) == 1 + len(plan.added)


def test_the_plan_skips_days_with_a_visit_that_is_not_cancelled(
    services, start_course, book
) -> None:
    start_course()
    book(PLANNED, dt.datetime(2026, 11, 30, 16, 0))  # same day, another time
    book(DONE, dt.datetime(2026, 11, 28, 9, 0))  # not a proposed day: no effect
    book(CANCELLED, dt.datetime(2026, 12, 30, 10, 0))  # cancelled: the day is free again
    lab = services.appointments.add(
        draft(dt.datetime(2027, 1, 29, 10, 0), AppointmentKind.LAB)
    )  # not a visit
    plan = services.appointments.plan_follow_ups(every_days=30)
    assert times(plan.added) == [
        dt.datetime(2026, 12, 30, 10, 0),
        dt.datetime(2027, 1, 29, 10, 0),
    ]
    assert lab in services.appointments.list()


@pytest.mark.parametrize("status", [PLANNED, DONE])
def test_a_planned_or_done_visit_holds_its_day(services, start_course, book, status) -> None:
    start_course(started_on=dt.date(2026, 10, 29), planned_weeks=5)  # ends 2026-12-03
    book(status, dt.datetime(2026, 11, 28, 7, 0))
    assert services.appointments.plan_follow_ups() == FollowUpPlan((), ())


def test_a_proposal_whose_time_has_passed_holds_its_day(services, start_course, book) -> None:
    start_course(started_on=dt.date(2026, 10, 29), planned_weeks=5)
    passed = book(TENTATIVE, dt.datetime(2026, 11, 28, 11, 59))  # a minute before now
    assert services.appointments.plan_follow_ups() == FollowUpPlan((), ())
    assert services.appointments.list() == [passed]


def test_a_proposal_this_very_minute_is_still_to_come_and_replaced(
    services, start_course, book
) -> None:
    start_course(started_on=dt.date(2026, 10, 29), planned_weeks=5)
    now = book(TENTATIVE, NOON_TODAY)
    plan = services.appointments.plan_follow_ups(at=dt.time(12, 1))
    assert plan.dropped == (now,)
    assert times(plan.added) == [dt.datetime(2026, 11, 28, 12, 1)]


def test_the_plan_needs_an_active_course(services, start_course) -> None:
    with pytest.raises(NoActiveCourseError):
        services.appointments.plan_follow_ups()
    start_course()
    services.course.end_course(TODAY)
    with pytest.raises(NoActiveCourseError):
        services.appointments.plan_follow_ups()
    assert services.appointments.list() == []


@pytest.mark.parametrize("every_days", [0, 121])
def test_the_plan_refuses_an_interval_out_of_range(services, start_course, every_days) -> None:
    start_course()
    proposed = services.appointments.plan_follow_ups()
    with pytest.raises(
        UserInputError,
        match=re.escape(f"follow-ups can be every 1 to 120 days (got {every_days})"),
    ):
        services.appointments.plan_follow_ups(every_days)
    assert services.appointments.list() == list(proposed.added)  # nothing dropped either


def test_the_plan_at_the_longest_interval(services, start_course) -> None:
    start_course(started_on=COURSE_START, planned_weeks=52)  # ends 2027-09-30
    plan = services.appointments.plan_follow_ups(every_days=120)
    assert [a.starts_at.date() for a in plan.added] == [
        dt.date(2027, 1, 29),
        dt.date(2027, 5, 29),
        dt.date(2027, 9, 26),
    ]


def test_the_preview_shows_what_the_plan_would_do_and_writes_nothing(
    services, start_course, book
) -> None:
    start_course()
    book(CANCELLED, dt.datetime(2026, 12, 30, 10, 0))
    book(PLANNED, dt.datetime(2027, 1, 29, 18, 0))
    preview = services.appointments.follow_up_times(every_days=30, at=dt.time(9, 0))
    assert preview == [dt.datetime(2026, 11, 30, 9, 0), dt.datetime(2026, 12, 30, 9, 0)]
    assert services.appointments.follow_up_times() == [
        dt.datetime(2026, 11, 30, 10, 0),
        dt.datetime(2026, 12, 30, 10, 0),
    ]
    assert len(services.appointments.list()) == 2
    plan = services.appointments.plan_follow_ups(30, dt.time(9, 0))
    assert times(plan.added) == preview
    assert services.appointments.follow_up_times(30, dt.time(9, 0)) == []
    again = services.appointments.follow_up_preview(30, dt.time(10, 0))
    assert again == FollowUpPreview(tuple(preview_at(preview, 10)), plan.added)
    assert len(services.appointments.list()) == 4


def preview_at(moments: list[dt.datetime], hour: int) -> list[dt.datetime]:
    return [moment.replace(hour=hour) for moment in moments]


def test_the_preview_needs_an_active_course_and_a_sensible_interval(services, start_course) -> None:
    with pytest.raises(NoActiveCourseError):
        services.appointments.follow_up_times()
    start_course()
    with pytest.raises(UserInputError, match=re.escape("every 1 to 120 days (got 121)")):
        services.appointments.follow_up_times(121)


# -- ending the course drops its proposals past the last day ---------------------------------


def test_ending_a_course_drops_its_proposals_after_the_last_day(
    services, start_course, book
) -> None:
    course = start_course()
    on_last_day = book(TENTATIVE, dt.datetime(2026, 11, 28, 23, 59))
    day_after = book(TENTATIVE, dt.datetime(2026, 11, 29, 0, 0))
    later = book(TENTATIVE, dt.datetime(2026, 12, 30, 10, 0))
    planned = book(PLANNED, dt.datetime(2026, 12, 3, 10, 0))  # an end-of-course visit, say
    assert services.appointments.proposals_after(course.id, TODAY) == [day_after, later]
    assert services.appointments.proposals_after(course.id, TOMORROW) == [later]
    assert services.appointments.proposals_after(course.id + 1, TODAY) == []
    dropped: list[Appointment] = [on_last_day]  # replaced, not added to
    services.course.end_course(TODAY, dropped=dropped)
    assert dropped == [day_after, later]
    assert services.appointments.list() == [on_last_day, planned]
    assert services.appointments.next_appointment(NOON_TODAY) == on_last_day


def test_ending_keeps_other_courses_proposals_and_drops_without_a_list(
    services, start_course, book, clock
) -> None:
    elsewhere = book(TENTATIVE, dt.datetime(2026, 12, 1, 10, 0))  # before any course
    start_course()
    mine = book(TENTATIVE, dt.datetime(2026, 12, 2, 10, 0))
    services.course.end_course(TODAY)
    assert services.appointments.list() == [elsewhere]
    assert mine not in services.appointments.list()


def test_the_proposals_an_end_drops_are_by_time_not_in_the_order_entered(
    services, start_course, book
) -> None:
    course = start_course()
    later = book(TENTATIVE, dt.datetime(2026, 12, 30, 10, 0))  # entered first
    sooner = book(TENTATIVE, dt.datetime(2026, 12, 2, 10, 0))
    assert later.id < sooner.id
    assert services.appointments.proposals_after(course.id, TODAY) == [sooner, later]
    dropped: list[Appointment] = []
    services.course.end_course(TODAY, dropped=dropped)
    assert dropped == [sooner, later]
    assert services.appointments.list() == []


def test_a_refused_end_drops_nothing(services, start_course, book) -> None:
    start_course()
    proposal = book(TENTATIVE, dt.datetime(2026, 12, 2, 10, 0))
    dropped: list[Appointment] = []
    with pytest.raises(UserInputError, match="cannot end in the future"):
        services.course.end_course(TOMORROW, dropped=dropped)
    assert dropped == [] and services.appointments.list() == [proposal]


def test_only_open_appointments_come_next(services, book) -> None:
    for status in (DONE, CANCELLED):
        book(status, NOON_TODAY)
    assert services.appointments.next_appointment(NOON_TODAY) is None
    proposal = book(TENTATIVE, NOON_TODAY)
    assert services.appointments.next_appointment(NOON_TODAY) == proposal
