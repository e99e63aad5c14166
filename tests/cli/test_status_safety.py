"""`isotrack status` and what needs the doctor: `open_red_flags` and `latest_phq9` in the
JSON, the open red flags (and the crisis line) first in the text. In-process through
`cli.main()`, and once through the installed `isotrack`."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, event

from tests.cli.inprocess import call
from tests.cli.test_cli import ISOTRACK
from tracker.clock import FixedClock
from tracker.db import models
from tracker.db.store import open_store
from tracker.domain.mood import Instrument
from tracker.domain.safety import CRISIS_LINE, RED_FLAG_INSTRUCTION
from tracker.paths import DataPaths

TODAY = "2026-11-28"
OPEN_HEADING = "Open red flags, not yet marked as discussed with your doctor:"


def ok(data_dir: Path, *args: str) -> str:
    out = call(data_dir, *args)
    assert (out.status, out.stderr) == (0, ""), out.stderr
    return out.stdout


def status_json(data_dir: Path, *more: str) -> dict:
    return json.loads(ok(data_dir, "status", "--json", *more))


def report(data_dir: Path, day: str, symptom: str, severity: int) -> int:
    """`side-effect add`; its id (the first line after any crisis line)."""
    lines = ok(data_dir, "side-effect", "add", "--date", day, "--symptom", symptom,
               "--severity", str(severity)).splitlines()  # fmt: skip
    return int(next(line for line in lines if line.isdigit()))


def screen(data_dir: Path, day: dt.date, answers: tuple[int, ...]) -> None:
    """A PHQ-2/PHQ-9 written into the store as the mood service writes it."""
    sessions, _ = open_store(DataPaths(data_dir), FixedClock(dt.date.fromisoformat(TODAY)))
    try:
        with sessions.begin() as session:
            session.add(
                models.MoodScreen(
                    course_id=None,
                    taken_on=day,
                    instrument=Instrument.PHQ9 if len(answers) == 9 else Instrument.PHQ2,
                    answers=",".join(map(str, answers)),
                    score=sum(answers),
                    discussed_on=None,
                    discussed_note="",
                    created_at=dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC),
                )
            )
    finally:
        sessions.kw["bind"].dispose()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    data_dir = tmp_path / "data"
    ok(data_dir, "course", "start", "--start", "2026-10-01", "--weight-kg", "70",
       "--dose-mg", "40")  # fmt: skip
    return data_dir


def test_nothing_reported(data_dir) -> None:
    data = status_json(data_dir)
    assert (data["open_red_flags"], data["latest_phq9"]) == ([], None)
    text = ok(data_dir, "status")
    assert "red flag" not in text.lower()
    assert text.startswith("Isotretinoin (generic), started 2026-10-01")


def test_json_lists_the_open_red_flags_only(data_dir) -> None:
    chest = report(data_dir, "2026-11-20", "chest-pain", 2)
    report(data_dir, "2026-11-21", "chest-pain", 0)  # "none": nothing to discuss
    report(data_dir, "2026-11-21", "dry-lips", 3)  # common, not a red flag
    yellow = report(data_dir, "2026-11-22", "yellow-skin", 3)
    assert status_json(data_dir)["open_red_flags"] == [
        {"id": chest, "date": "2026-11-20", "symptom": "chest-pain", "severity": 2},
        {"id": yellow, "date": "2026-11-22", "symptom": "yellow-skin", "severity": 3},
    ]


def test_a_red_flag_marked_discussed_leaves_the_status(data_dir) -> None:
    chest = report(data_dir, "2026-11-20", "chest-pain", 2)
    lines = ok(data_dir, "status").splitlines()
    assert lines[:3] == [OPEN_HEADING, "  2026-11-20: Chest pain, moderate", RED_FLAG_INSTRUCTION]
    ok(data_dir, "side-effect", "discussed", str(chest), "--note", "bloods next week")
    assert status_json(data_dir)["open_red_flags"] == []
    assert OPEN_HEADING not in ok(data_dir, "status")


def test_thoughts_of_self_harm_put_the_crisis_line_first(data_dir) -> None:
    report(data_dir, "2026-11-20", "chest-pain", 1)
    report(data_dir, "2026-11-24", "suicidal-thoughts", 1)
    lines = ok(data_dir, "status").splitlines()
    assert lines[:5] == [
        CRISIS_LINE,
        OPEN_HEADING,
        "  2026-11-20: Chest pain, mild",  # the older chest pain first: by day
        "  2026-11-24: Thoughts of self-harm or suicide, mild",
        RED_FLAG_INSTRUCTION,
    ]


def test_open_items_by_day_with_the_crisis_line_on_top(data_dir) -> None:
    # The walkthrough's case: self-harm reported on three days, an older chest pain, and a
    # PHQ-9 with question 9 above 0 in between.
    for day in ("2026-11-25", "2026-11-27", "2026-11-28"):
        report(data_dir, day, "suicidal-thoughts", 2)
    report(data_dir, "2026-11-20", "chest-pain", 3)
    screen(data_dir, dt.date(2026, 11, 26), (0, 0, 0, 0, 0, 0, 0, 0, 1))
    lines = ok(data_dir, "status").splitlines()
    assert lines[:8] == [
        CRISIS_LINE,
        OPEN_HEADING,
        "  2026-11-20: Chest pain, severe",
        "  2026-11-25: Thoughts of self-harm or suicide, moderate",
        "  2026-11-26: PHQ-9: answer above 0 to question 9",
        "  2026-11-27: Thoughts of self-harm or suicide, moderate",
        "  2026-11-28: Thoughts of self-harm or suicide, moderate",
        RED_FLAG_INSTRUCTION,
    ]
    assert ok(data_dir, "status").count("988") == 1


def test_a_phq9_alone_puts_the_crisis_line_first(data_dir) -> None:
    report(data_dir, "2026-11-20", "chest-pain", 1)
    screen(data_dir, dt.date(2026, 11, 27), (0, 0, 0, 0, 0, 0, 0, 0, 3))
    lines = ok(data_dir, "status").splitlines()
    assert lines[:5] == [
        CRISIS_LINE,
        OPEN_HEADING,
        "  2026-11-20: Chest pain, mild",
        "  2026-11-27: PHQ-9: answer above 0 to question 9",
        RED_FLAG_INSTRUCTION,
    ]


def test_latest_phq9_is_the_latest_phq9_not_a_later_phq2(data_dir) -> None:
    screen(data_dir, dt.date(2026, 11, 10), (3, 3, 3, 0, 0, 0, 0, 0, 0))
    screen(data_dir, dt.date(2026, 11, 17), (1, 1, 1, 1, 0, 0, 0, 0, 0))
    screen(data_dir, dt.date(2026, 11, 24), (3, 3))
    assert status_json(data_dir)["latest_phq9"] == {"date": "2026-11-17", "score": 4}
    # A PHQ-9 with question 9 above 0 is listed in the text, not among the JSON's red flags.
    screen(data_dir, dt.date(2026, 11, 25), (0, 0, 0, 0, 0, 0, 0, 0, 2))
    data = status_json(data_dir)
    assert data["latest_phq9"] == {"date": "2026-11-25", "score": 2}
    assert data["open_red_flags"] == []
    lines = ok(data_dir, "status").splitlines()
    assert lines[:3] == [
        CRISIS_LINE,
        OPEN_HEADING,
        "  2026-11-25: PHQ-9: answer above 0 to question 9",
    ]


def test_as_of_an_earlier_day(data_dir) -> None:
    chest = report(data_dir, "2026-11-20", "chest-pain", 2)
    report(data_dir, "2026-11-22", "yellow-skin", 3)
    screen(data_dir, dt.date(2026, 11, 19), (1, 0, 0, 0, 0, 0, 0, 0, 0))
    screen(data_dir, dt.date(2026, 11, 23), (2, 0, 0, 0, 0, 0, 0, 0, 0))
    data = status_json(data_dir, "--as-of", "2026-11-21")
    assert data["open_red_flags"] == [
        {"id": chest, "date": "2026-11-20", "symptom": "chest-pain", "severity": 2}
    ]
    assert data["latest_phq9"] == {"date": "2026-11-19", "score": 1}


@contextlib.contextmanager
def transactions() -> Iterator[list[list[str]]]:
    """The SQL of every transaction begun meanwhile, in this process, one list each (the
    engine's own events: nothing is replaced)."""
    seen: list[list[str]] = []

    def begun(_connection: Connection) -> None:
        seen.append([])

    def executed(_connection: Connection, _cursor, statement: str, *_rest) -> None:
        if seen:
            seen[-1].append(statement)

    event.listen(Engine, "begin", begun)
    event.listen(Engine, "before_cursor_execute", executed)
    try:
        yield seen
    finally:
        event.remove(Engine, "begin", begun)
        event.remove(Engine, "before_cursor_execute", executed)


def test_the_figures_and_the_red_flags_are_read_in_one_snapshot(data_dir) -> None:
    """A write made while the report is read (the app, another command) shows in all of it
    or none: the course's figures, the appointments and the safety facts come from one
    transaction."""
    report(data_dir, "2026-11-20", "chest-pain", 2)
    with transactions() as seen:
        data = status_json(data_dir)
    assert data["open_red_flags"] and data["latest_phq9"] is None
    tables = ("FROM course", "FROM appointment", "FROM side_effect", "FROM mood_screen")
    read_together = [
        statements
        for statements in seen
        if all(any(table in sql for sql in statements) for table in tables)
    ]
    assert len(read_together) == 1, [[sql.split()[:6] for sql in t] for t in seen]


def test_the_installed_command_reports_them(data_dir) -> None:
    chest = report(data_dir, "2026-11-20", "chest-pain", 2)
    env = {**os.environ, "ISOTRACK_TODAY": TODAY}
    env.pop("ISOTRACK_DATA_DIR", None)
    result = subprocess.run(
        [ISOTRACK, "--data-dir", str(data_dir), "status", "--json"],
        capture_output=True, text=True, env=env, check=False, timeout=60,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")
    data = json.loads(result.stdout)
    assert data["open_red_flags"] == [
        {"id": chest, "date": "2026-11-20", "symptom": "chest-pain", "severity": 2}
    ]
    assert data["latest_phq9"] is None
