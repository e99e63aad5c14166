"""The Appointments page's lists and wording, with no window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tracker.domain.appointments import Appointment, AppointmentKind, AppointmentStatus
from tracker.ui.appointments.models import (
    PLACE,
    STATUS,
    TEXT,
    WHAT,
    WHEN,
    PastModel,
    UpcomingModel,
    split,
)
from tracker.ui.appointments.wording import details, named_thing, status_text
from tracker.ui.models.record_table import RECORD_ROLE

NOW = dt.datetime(2026, 11, 28, 12, 0)


def appointment(
    id: int,
    starts_at: dt.datetime,
    status: AppointmentStatus = AppointmentStatus.PLANNED,
    **fields,
) -> Appointment:
    values = {
        "course_id": 1,
        "kind": AppointmentKind.VISIT,
        "title": "",
        "place": "",
        "note": "",
        "outcome": "",
        **fields,
    }
    return Appointment(id=id, starts_at=starts_at, status=status, **values)


ALL = [
    appointment(1, NOW - dt.timedelta(minutes=1)),  # its time has just passed
    appointment(2, NOW),  # starts now: still to come
    appointment(3, NOW + dt.timedelta(days=2), AppointmentStatus.TENTATIVE),
    appointment(4, NOW + dt.timedelta(days=1), AppointmentStatus.CANCELLED),
    appointment(5, NOW - dt.timedelta(days=3), AppointmentStatus.DONE, outcome="all fine"),
    appointment(6, NOW - dt.timedelta(days=9), AppointmentStatus.TENTATIVE),
]


def test_upcoming_is_what_is_still_to_come_soonest_first_and_past_latest_first() -> None:
    upcoming, past = split(ALL, NOW)
    assert [a.id for a in upcoming] == [2, 3]
    assert [a.id for a in past] == [4, 1, 5, 6]  # a cancelled one is past whatever its time
    assert [status_text(a, NOW) for a in past] == [
        "cancelled",
        "not marked done",
        "done",
        "not marked done",
    ]
    assert [status_text(a, NOW) for a in upcoming] == ["planned", "proposed"]


@pytest.fixture
def models(qapp) -> tuple[UpcomingModel, PastModel]:
    upcoming, past = split(ALL, NOW)
    upcoming_model, past_model = UpcomingModel(), PastModel()
    upcoming_model.set_appointments(upcoming, NOW)
    past_model.set_appointments(past, NOW)
    return upcoming_model, past_model


def test_the_models_pass_the_model_tester(qtmodeltester, models) -> None:
    for model in models:
        qtmodeltester.check(model, force_py=True)


def test_the_columns(models) -> None:
    upcoming, past = models
    assert [upcoming.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "When",
        "What",
        "Place",
        "State",
        "Note",
    ]
    assert past.headerData(TEXT, Qt.Orientation.Horizontal) == "Outcome"
    assert upcoming.index(0, WHEN).data() == "Sat 28 Nov 2026 12:00"
    assert upcoming.index(1, STATUS).data() == "proposed"
    assert past.index(2, TEXT).data() == "all fine"
    assert past.index(0, WHEN).data(RECORD_ROLE).id == 4
    assert upcoming.row_of(3) == 1 and upcoming.row_of(99) is None
    assert past.rows_on((NOW - dt.timedelta(days=3)).date()) == [2]


def test_proposals_and_those_not_marked_done_are_in_italics(models) -> None:
    upcoming, past = models
    italic = [
        bool(m.index(r, STATUS).data(Qt.ItemDataRole.FontRole))
        for m in (upcoming, past)
        for r in range(m.rowCount())
    ]
    assert italic == [False, True, False, True, False, True]
    assert upcoming.index(1, WHAT).data(Qt.ItemDataRole.FontRole) is None


def test_a_long_note_is_one_line_in_the_cell_and_whole_and_escaped_in_the_tooltip(qapp) -> None:
    note = "line one\nline <two> & more"
    model = UpcomingModel()
    model.set_appointments([appointment(1, NOW, note=note, place="A <b>")], NOW)
    assert model.index(0, TEXT).data() == "line one line <two> & more"
    assert model.index(0, TEXT).data(Qt.ItemDataRole.ToolTipRole) == (
        "<qt>line one<br>line &lt;two&gt; &amp; more</qt>"
    )
    assert model.index(0, PLACE).data(Qt.ItemDataRole.ToolTipRole) == "<qt>A &lt;b&gt;</qt>"
    assert model.index(0, WHAT).data(Qt.ItemDataRole.ToolTipRole) is None


def test_how_an_appointment_is_named_and_detailed() -> None:
    visit = appointment(1, NOW, AppointmentStatus.TENTATIVE)
    titled = appointment(2, NOW, title="Check-up", kind=AppointmentKind.LAB, place="Lab")
    assert named_thing(visit) == "the proposed dermatology visit"
    assert named_thing(titled) == "“Check-up”"
    assert (
        details(titled, NOW) == "Sat 28 Nov 2026 12:00 · Check-up (Lab draw) · planned\nPlace: Lab"
    )
