"""summary_as_dict: every field, ISO dates, JSON as it is, the disclaimer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.conftest import COURSE_START, TODAY
from tracker.domain.acne import AcneDraft
from tracker.domain.appointments import AppointmentDraft, AppointmentKind
from tracker.domain.doselog import DoseStatus
from tracker.domain.labs import LabResultDraft
from tracker.domain.medicines import VITAMIN_A_NOTE, MedicineDraft
from tracker.domain.mood import Instrument
from tracker.reports.summary import build_summary
from tracker.reports.summary_json import summary_as_dict
from tracker.reports.summary_model import (
    DISCLAIMER,
    DOCUMENT_TITLE,
    PeriodChoice,
    Section,
    SummaryOptions,
)
from tracker.services.records import ProfileInfo

D = dt.date
DEFAULT = SummaryOptions()


def make(services, options: SummaryOptions = DEFAULT):
    return build_summary(services.summary.sources(options), options)


def test_every_date_is_iso_and_it_round_trips(services, start_course, log_day, tmp_path) -> None:
    services.course.save_profile(ProfileInfo("Ann", D(2001, 2, 3), True))
    start_course()
    log_day(COURSE_START, with_food=True, note='<b>x</b> & "q"')
    log_day(D(2026, 10, 2), DoseStatus.MISSED)
    picture = tmp_path / "face.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(100))
    photo = services.photos.add(picture, D(2026, 11, 1), "left")
    summary = make(services, SummaryOptions(include_photos=True))
    found = summary_as_dict(summary)
    assert json.loads(json.dumps(found)) == found
    assert found["made_at"] == "2026-11-28T12:00:00"
    assert found["period"] == {
        "first": "2026-10-01",
        "last": "2026-11-28",
        "choice": "since-last-visit",
        "after_visit_on": None,
        "days": 59,
    }
    assert found["sections"] == [section.value for section in Section]
    header = found["header"]
    assert header["patient_name"] == "Ann"
    assert header["date_of_birth"] == "2001-02-03"
    assert header["course_started_on"] == "2026-10-01"
    assert header["course_ended_on"] is None
    assert header["strengths_mg"] == [10, 20, 30, 40]
    assert header["pregnancy_category"] == "Can become pregnant"
    assert found["days"][0] == {
        "day": "2026-10-01",
        "course_day": 1,
        "state": "taken",
        "scheduled_mg": 40,
        "taken_mg": 40,
        "with_food": True,
        "note": '<b>x</b> & "q"',
    }
    assert found["days"][1]["state"] == "missed"
    assert found["doses"]["with_food"] == 1
    assert found["doses"]["with_food_rate"] == 1.0
    assert found["cumulative"]["as_of"] == "2026-11-28"
    assert found["cumulative"]["series"][0] == {"day": "2026-10-01", "mg_per_kg": 40 / 70}
    assert found["regimen"]["now"] == {
        "starts_on": "2026-10-01",
        "ends_on": None,
        "description": "40 mg a day",
    }
    assert found["acne"]["photos"] == [
        {"taken_on": "2026-11-01", "path": str(services.photos.path(photo)), "note": "left"}
    ]
    assert found["pregnancy"]["last_test"] is None
    assert found["disclaimer"] == DISCLAIMER
    assert "Data entered by the patient; not verified." in found["disclaimer"]
    assert found["title"] == DOCUMENT_TITLE
    assert set(found) == {
        "made_at",
        "period",
        "sections",
        "header",
        "red_flags",
        "regimen",
        "doses",
        "cumulative",
        "labs",
        "pregnancy",
        "side_effects",
        "mood",
        "acne",
        "medicines",
        "questions",
        "days",
        "side_effect_overview",
        "disclaimer",
        "title",
        "weights",
        "last_visit",
        "next_appointment",
        "label_warnings",
    }


def test_the_side_effect_overview(services, start_course) -> None:
    start_course()
    services.side_effects.report(D(2026, 10, 3), "chest-pain", 3)
    services.side_effects.report(D(2026, 10, 4), "chest-pain", 0)
    found = summary_as_dict(make(services))
    assert found["side_effect_overview"] == [
        {
            "symptom": "Chest pain",
            "red_flag": True,
            "times_reported": 1,
            "worst": "severe",
            "worst_on": "2026-10-03",
            "latest": "none",
            "latest_on": "2026-10-04",
        }
    ]
    assert [line["severity"] for line in found["side_effects"]] == ["severe", "none"]


def test_sections_in_print_order_and_nothing_answered(services, start_course) -> None:
    start_course()
    chosen = frozenset({Section.QUESTIONS, Section.LABS, Section.PREGNANCY})
    options = SummaryOptions(period=PeriodChoice.COURSE, sections=chosen)
    found = summary_as_dict(make(services, options))
    assert found["sections"] == ["labs", "questions"]
    assert found["period"]["choice"] == "course"
    assert found["pregnancy"] is None
    assert found["doses"]["with_food_rate"] is None
    assert found["red_flags"] == []


def test_values_of_every_kind(services, start_course) -> None:
    start_course()
    summary = make(services)
    found = summary_as_dict(summary)
    assert found["cumulative"]["projected_target_date"] == (
        summary.cumulative.projected_target_date.isoformat()
    )
    assert isinstance(found["cumulative"]["mg_per_kg"], float)


def test_a_time_and_a_set_of_plain_values() -> None:
    from tracker.reports.summary_json import _plain

    assert _plain(dt.time(8, 30)) == "08:30:00"
    assert _plain(frozenset({"b", "a"})) == ["a", "b"]
    assert _plain({"b", "c"}) == ["b", "c"]
    assert _plain([D(2026, 1, 2)]) == ["2026-01-02"]
    assert _plain(Path("/x/y.jpg")) == "/x/y.jpg"
    assert _plain(dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)) == "2026-01-02T03:04:00+00:00"
    assert _plain(None) is None
    assert _plain(1.5) == 1.5
    assert _plain(Section.LABS) == "labs"
    assert _plain(TODAY) == "2026-11-28"


def test_the_new_parts_and_what_is_worked_out(services, start_course) -> None:
    start_course()
    services.weights.record(D(2026, 11, 1), 71.5)
    visit = services.appointments.add(
        AppointmentDraft(AppointmentKind.VISIT, dt.datetime(2026, 11, 1, 9), place="Clinic")
    )
    services.appointments.mark_done(visit.id, "keep going")
    services.appointments.add(
        AppointmentDraft(AppointmentKind.LAB, dt.datetime(2026, 12, 1, 8, 30), place="Lab")
    )
    services.medicines.add(MedicineDraft("Vitamin A", "", None))
    services.medicines.add(MedicineDraft("Zinc", "", None))
    services.side_effects.report(D(2026, 11, 3), "chest-pain", 2)
    services.mood.record(D(2026, 11, 4), Instrument.PHQ2, (2, 2))
    services.mood.record(D(2026, 11, 5), Instrument.PHQ9, (0,) * 8 + (1,))
    found = summary_as_dict(make(services))
    assert json.loads(json.dumps(found)) == found
    # The period starts after the visit: only the latest weight before it.
    assert found["weights"] == [{"measured_on": "2026-11-01", "kg": 71.5}]
    assert found["last_visit"] == {
        "starts_at": "2026-11-01T09:00:00",
        "kind": "Dermatology visit",
        "place": "Clinic",
        "outcome": "keep going",
    }
    assert found["next_appointment"] == {
        "starts_at": "2026-12-01T08:30:00",
        "kind": "Lab draw",
        "place": "Lab",
        "outcome": "",
    }
    assert found["label_warnings"] == [
        {
            "name": "Vitamin A",
            "dose": "",
            "started_on": None,
            "stopped_on": None,
            "label_note": VITAMIN_A_NOTE,
        }
    ]
    assert [(flag["kind"], flag["medication_guide"]) for flag in found["red_flags"]] == [
        ("side-effect", True),
        ("phq2-positive", False),
        ("phq9-question9", True),
    ]
    assert found["cumulative"]["latest_weight_kg"] == 71.5
    assert found["cumulative"]["mg_per_kg_latest_weight"] == 0.0


def test_labs_and_acne_fields(services, start_course) -> None:
    start_course()
    services.labs.add(LabResultDraft(COURSE_START, "triglycerides", 120.0, "mg/dL"))
    services.labs.add(LabResultDraft(D(2026, 11, 2), "triglycerides", 2.0, "mmol/L"))
    services.acne.add(AcneDraft(COURSE_START, grade=3, nodules=4))
    services.acne.add(AcneDraft(D(2026, 11, 2), grade=1, nodules=0))
    found = summary_as_dict(make(services))
    line = found["labs"]["latest"][0]
    assert (line["baseline_value"], line["baseline_unit"], line["baseline_on"]) == (
        120.0,
        "mg/dL",
        "2026-10-01",
    )
    assert line["value_mg_dl"] == 2.0 / 0.0113
    acne = found["acne"]
    assert acne["baseline_on"] == "2026-10-01"
    latest = acne["latest"]
    assert "change_text" not in latest
    assert (latest["grade_change"], latest["nodules_change"]) == (-2, -4)
    assert (latest["comedones_change"], latest["inflammatory_change"]) == (None, None)
    assert latest["nodules_change_percent"] == -100.0
