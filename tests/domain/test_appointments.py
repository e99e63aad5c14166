"""Appointments in the domain: names, the draft's checks and the follow-up plan."""

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.appointments import (
    DEFAULT_FOLLOW_UP_DAYS,
    DEFAULT_FOLLOW_UP_TIME,
    MAX_FOLLOW_UP_DAYS,
    MAX_NOTE_LENGTH,
    MAX_OUTCOME_LENGTH,
    MAX_PLACE_LENGTH,
    MAX_TITLE_LENGTH,
    MIN_FOLLOW_UP_DAYS,
    OPEN_STATUSES,
    Appointment,
    AppointmentDraft,
    AppointmentKind,
    AppointmentStatus,
    check_draft,
    check_every_days,
    check_outcome,
    kind_name,
    propose_follow_ups,
    status_word,
)
from tracker.domain.dates import when_text
from tracker.errors import UserInputError

TODAY = dt.date(2026, 11, 28)
AT = dt.datetime(2026, 12, 3, 10, 0)
TEN = dt.time(10, 0)


def appointment(**changes: object) -> Appointment:
    values: dict[str, object] = {
        "id": 7,
        "course_id": 1,
        "kind": AppointmentKind.VISIT,
        "starts_at": AT,
        "title": "",
        "place": "",
        "note": "",
        "outcome": "",
        "status": AppointmentStatus.PLANNED,
    }
    values.update(changes)
    return Appointment(**values)  # type: ignore[arg-type]


# -- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (AppointmentKind.VISIT, "Dermatology visit"),
        (AppointmentKind.LAB, "Lab draw"),
        (AppointmentKind.PREGNANCY_TEST, "Pregnancy test"),
        (AppointmentKind.PICKUP, "Prescription pick-up"),
        (AppointmentKind.OTHER, "Other"),
    ],
)
def test_every_kind_has_a_plain_name(kind, name) -> None:
    assert kind_name(kind) == name


def test_the_stored_spellings_stay_as_they_are() -> None:
    assert [k.value for k in AppointmentKind] == [
        "visit",
        "lab",
        "pregnancy-test",
        "pickup",
        "other",
    ]
    assert [s.value for s in AppointmentStatus] == ["tentative", "planned", "done", "cancelled"]


def test_the_subject_is_the_title_or_else_the_kinds_name() -> None:
    assert appointment(title="Dr Lee, follow-up").subject == "Dr Lee, follow-up"
    assert appointment(kind=AppointmentKind.LAB).subject == "Lab draw"


@pytest.mark.parametrize(
    ("status", "is_open"),
    [
        (AppointmentStatus.TENTATIVE, True),
        (AppointmentStatus.PLANNED, True),
        (AppointmentStatus.DONE, False),
        (AppointmentStatus.CANCELLED, False),
    ],
)
def test_tentative_and_planned_appointments_are_still_open(status, is_open) -> None:
    assert appointment(status=status).is_open is is_open
    assert (status in OPEN_STATUSES) is is_open


def test_an_appointment_describes_itself_in_one_line() -> None:
    assert appointment().describe() == "Dermatology visit on Thu 3 Dec 2026 10:00 (planned)"
    assert (
        appointment(title="Blood test", status=AppointmentStatus.TENTATIVE).describe()
        == "Blood test on Thu 3 Dec 2026 10:00 (proposed)"
    )
    assert appointment(status=AppointmentStatus.CANCELLED).describe().endswith("(cancelled)")


@pytest.mark.parametrize(
    ("status", "word"),
    [
        (AppointmentStatus.TENTATIVE, "proposed"),  # as the window says it; JSON keeps the value
        (AppointmentStatus.PLANNED, "planned"),
        (AppointmentStatus.DONE, "done"),
        (AppointmentStatus.CANCELLED, "cancelled"),
    ],
)
def test_each_state_has_a_plain_word(status, word) -> None:
    assert status_word(status) == word


@pytest.mark.parametrize(
    ("starts_at", "text"),
    [
        (dt.datetime(2026, 12, 3, 10, 0), "Thu 3 Dec 2026 10:00"),
        (dt.datetime(2026, 12, 30, 9, 5), "Wed 30 Dec 2026 09:05"),
        (dt.datetime(2027, 1, 1, 0, 0), "Fri 1 Jan 2027 00:00"),
        (dt.datetime(2026, 3, 8, 23, 59), "Sun 8 Mar 2026 23:59"),
    ],
)
def test_when_text_reads_like_a_diary(starts_at, text) -> None:
    assert when_text(starts_at) == text


# -- the draft ---------------------------------------------------------------------------------


def test_a_draft_is_stored_trimmed_and_to_the_minute() -> None:
    draft = AppointmentDraft(
        kind=AppointmentKind.LAB,
        starts_at=dt.datetime(2026, 12, 3, 9, 30, 45, 123),
        title="  Lipids  ",
        place=" Clinic, room 4 ",
        note="\nfasting\n12 h\t\n",
    )
    assert check_draft(draft, TODAY) == AppointmentDraft(
        kind=AppointmentKind.LAB,
        starts_at=dt.datetime(2026, 12, 3, 9, 30),
        title="Lipids",
        place="Clinic, room 4",
        note="fasting\n12 h",
    )


def test_a_draft_keeps_its_kind_as_the_enum() -> None:
    clean = check_draft(AppointmentDraft(kind="pickup", starts_at=AT), TODAY)  # type: ignore[arg-type]
    assert clean.kind is AppointmentKind.PICKUP


def test_an_aware_time_is_a_programming_error() -> None:
    aware = AT.replace(tzinfo=dt.UTC)
    with pytest.raises(ValueError) as refused:
        check_draft(AppointmentDraft(kind=AppointmentKind.VISIT, starts_at=aware), TODAY)
    assert str(refused.value) == "an appointment's time is naive local wall-clock time"


@pytest.mark.parametrize(
    "starts_at",
    [
        dt.datetime(1900, 1, 1, 0, 0),
        dt.datetime.combine(TODAY + dt.timedelta(weeks=104), dt.time(23, 59)),
        dt.datetime(2020, 5, 1, 10, 0),  # a past visit is recorded as well
    ],
)
def test_any_plausible_date_is_accepted(starts_at) -> None:
    draft = AppointmentDraft(kind=AppointmentKind.VISIT, starts_at=starts_at)
    assert check_draft(draft, TODAY).starts_at == starts_at


@pytest.mark.parametrize(
    ("starts_at", "message"),
    [
        (dt.datetime(1899, 12, 31, 23, 59), "1899-12-31 is before 1900-01-01"),
        (
            dt.datetime.combine(TODAY + dt.timedelta(weeks=104, days=1), dt.time(0, 0)),
            "2028-11-26 is more than 104 weeks after today (2026-11-28)",
        ),
    ],
)
def test_an_implausible_date_is_refused(starts_at, message) -> None:
    with pytest.raises(UserInputError, match=re.escape(message)):
        check_draft(AppointmentDraft(kind=AppointmentKind.VISIT, starts_at=starts_at), TODAY)


@pytest.mark.parametrize(
    ("field", "what", "limit"),
    [
        ("title", "the title", MAX_TITLE_LENGTH),
        ("place", "the place", MAX_PLACE_LENGTH),
        ("note", "the note", MAX_NOTE_LENGTH),
    ],
)
def test_texts_are_held_to_their_columns_size(field, what, limit) -> None:
    longest = AppointmentDraft(AppointmentKind.VISIT, AT, **{field: "x" * limit})
    assert getattr(check_draft(longest, TODAY), field) == "x" * limit
    # Spaces around it do not count: they are trimmed before the length is checked.
    padded = AppointmentDraft(AppointmentKind.VISIT, AT, **{field: f"  {'x' * limit}  "})
    assert getattr(check_draft(padded, TODAY), field) == "x" * limit
    too_long = AppointmentDraft(AppointmentKind.VISIT, AT, **{field: "x" * (limit + 1)})
    with pytest.raises(UserInputError) as refused:
        check_draft(too_long, TODAY)
    assert str(refused.value) == (
        f"{what} is {limit + 1} characters long; keep it to {limit} or fewer"
    )


def test_the_limits_are_the_columns_sizes() -> None:
    assert (MAX_TITLE_LENGTH, MAX_PLACE_LENGTH, MAX_NOTE_LENGTH, MAX_OUTCOME_LENGTH) == (
        200,
        200,
        2000,
        2000,
    )


@pytest.mark.parametrize(("field", "what"), [("title", "the title"), ("place", "the place")])
def test_a_title_or_place_is_one_line(field, what) -> None:
    for text, char in [("a\nb", "U+000A"), ("a\tb", "U+0009"), ("a\u2028b", "U+2028")]:
        draft = AppointmentDraft(AppointmentKind.VISIT, AT, **{field: text})
        with pytest.raises(UserInputError) as refused:
            check_draft(draft, TODAY)
        assert str(refused.value) == f"{what} holds a control character ({char}) at position 2"


def test_a_note_may_hold_line_breaks_and_tabs_but_no_other_control_character() -> None:
    note = "fasting\r\nfrom 20:00\tno alcohol"
    assert check_draft(AppointmentDraft(AppointmentKind.LAB, AT, note=note), TODAY).note == note
    with pytest.raises(UserInputError, match=r"the note holds a control character \(U\+0000\)"):
        check_draft(AppointmentDraft(AppointmentKind.LAB, AT, note="a\x00b"), TODAY)


def test_the_outcome_is_trimmed_multiline_text_of_at_most_2000_characters() -> None:
    assert check_outcome("  dose raised\nto 60 mg \n") == "dose raised\nto 60 mg"
    assert check_outcome("") == ""
    assert check_outcome("y" * MAX_OUTCOME_LENGTH) == "y" * MAX_OUTCOME_LENGTH
    with pytest.raises(UserInputError) as refused:
        check_outcome("y" * (MAX_OUTCOME_LENGTH + 1))
    assert str(refused.value) == "the outcome is 2001 characters long; keep it to 2000 or fewer"
    with pytest.raises(UserInputError, match=r"the outcome holds a control character \(U\+001B\)"):
        check_outcome("\x1b[31m")


# -- the follow-up plan -----------------------------------------------------------------------


@pytest.mark.parametrize("every_days", [1, 2, 60, 119, 120])
def test_follow_ups_every_1_to_120_days(every_days) -> None:
    assert check_every_days(every_days) == every_days


@pytest.mark.parametrize("every_days", [-1, 0, 121, 365])
def test_other_follow_up_intervals_are_refused(every_days) -> None:
    with pytest.raises(UserInputError) as refused:
        check_every_days(every_days)
    assert str(refused.value) == f"follow-ups can be every 1 to 120 days (got {every_days})"


def test_the_follow_up_defaults() -> None:
    defaults = (MIN_FOLLOW_UP_DAYS, MAX_FOLLOW_UP_DAYS, DEFAULT_FOLLOW_UP_DAYS)
    assert defaults == (1, 120, 30)
    assert (DEFAULT_FOLLOW_UP_TIME.hour, DEFAULT_FOLLOW_UP_TIME.minute) == (10, 0)


def test_visits_are_proposed_every_n_days_after_the_start() -> None:
    start = dt.date(2026, 10, 1)
    proposed = propose_follow_ups(start, dt.date(2027, 2, 18), 30, TEN, booked=[])
    assert proposed == [
        dt.datetime(2026, 10, 31, 10, 0),
        dt.datetime(2026, 11, 30, 10, 0),
        dt.datetime(2026, 12, 30, 10, 0),
        dt.datetime(2027, 1, 29, 10, 0),
    ]


def test_the_planned_end_is_included_and_the_start_is_not() -> None:
    start = dt.date(2026, 10, 1)
    at = dt.time(8, 15)
    end = start + dt.timedelta(days=28 * 5)
    proposed = propose_follow_ups(start, end, 28, at, booked=[])
    assert proposed[0] == dt.datetime(2026, 10, 29, 8, 15)
    assert proposed[-1] == dt.datetime.combine(end, at)
    assert len(proposed) == 5
    assert propose_follow_ups(start, end - dt.timedelta(days=1), 28, at, booked=[])[-1] == (
        dt.datetime.combine(end - dt.timedelta(days=28), at)
    )


def test_nothing_is_proposed_when_the_end_comes_before_the_first_visit() -> None:
    start = dt.date(2026, 10, 1)
    assert propose_follow_ups(start, start + dt.timedelta(days=29), 30, TEN, booked=[]) == []
    assert propose_follow_ups(start, start + dt.timedelta(days=30), 30, TEN, booked=[]) == [
        dt.datetime(2026, 10, 31, 10, 0)
    ]
    assert propose_follow_ups(start, start, 1, TEN, booked=[]) == []


def test_a_booked_day_is_skipped_and_the_rhythm_kept() -> None:
    start = dt.date(2026, 10, 1)
    booked = iter([dt.date(2026, 11, 30), dt.date(2026, 12, 1)])  # any iterable, read once
    proposed = propose_follow_ups(start, dt.date(2027, 1, 1), 30, TEN, booked=booked)
    assert proposed == [dt.datetime(2026, 10, 31, 10, 0), dt.datetime(2026, 12, 30, 10, 0)]


def test_a_plan_of_daily_visits_covers_every_day() -> None:
    start = dt.date(2026, 10, 1)
    proposed = propose_follow_ups(start, dt.date(2026, 10, 4), 1, TEN, booked=[])
    assert [p.date() for p in proposed] == [dt.date(2026, 10, d) for d in (2, 3, 4)]


@pytest.mark.parametrize("every_days", [0, 121])
def test_the_plan_refuses_an_interval_out_of_range(every_days) -> None:
    with pytest.raises(UserInputError, match="follow-ups can be every 1 to 120 days"):
        propose_follow_ups(dt.date(2026, 10, 1), dt.date(2027, 1, 1), every_days, TEN, [])


@given(
    start=st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)),
    length=st.integers(0, 800),
    every_days=st.integers(1, 120),
    booked_offsets=st.sets(st.integers(0, 800), max_size=20),
)
def test_proposals_are_evenly_spaced_free_days_within_the_plan(
    start, length, every_days, booked_offsets
) -> None:
    end = start + dt.timedelta(days=length)
    booked = {start + dt.timedelta(days=n) for n in booked_offsets}
    proposed = propose_follow_ups(start, end, every_days, TEN, booked)
    days = [p.date() for p in proposed]
    expected = [
        start + dt.timedelta(days=n)
        for n in range(every_days, length + 1, every_days)
        if start + dt.timedelta(days=n) not in booked
    ]
    assert days == expected
    assert all(p.time() == TEN for p in proposed)
