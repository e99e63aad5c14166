"""summary_as_dict: every field, ISO dates, JSON as it is, the disclaimer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.conftest import COURSE_START, TODAY
from tracker.domain.doselog import DoseStatus
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
            "days_reported": 1,
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
