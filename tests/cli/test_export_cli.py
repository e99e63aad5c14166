"""`isotrack export ics --out FILE`: the file written, read back; refusals write nothing."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.cli.inprocess import TODAY, call
from tracker.services.calendar_export import MISSING_IDENTITY

ISOTRACK = str(Path(sys.executable).with_name("isotrack"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A course, the profile of a patient who can become pregnant, two appointments (one
    cancelled) and a negative monthly test: eight events (the two appointments, one for each
    of the five kinds of test and one for the pick-up window)."""
    data = tmp_path / "data"
    for args in (
        ("course", "start", "--start", "2026-10-01", "--weight-kg", "60", "--dose-mg", "40"),
        ("profile", "set", "--can-become-pregnant", "yes"),
        ("appointment", "add", "--at", "2026-12-03 10:00", "--kind", "visit", "--place", "Clinic"),
        ("appointment", "add", "--at", "2026-12-04 08:30", "--kind", "lab"),
        ("appointment", "cancel", "2"),
        (
            "pregnancy-test", "add", "--date", "2026-11-27", "--kind", "monthly",
            "--result", "negative",
        ),
    ):  # fmt: skip
        outcome = call(data, *args)
        assert outcome.status == 0, outcome.stderr
    return data


def events(path: Path) -> dict[str, tuple[object, str]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): (e.decoded("DTSTART"), str(e["STATUS"])) for e in calendar.events}


class TestInProcess:
    def test_writes_the_calendar(self, data_dir: Path, tmp_path: Path) -> None:
        target = tmp_path / "appointments.ics"
        outcome = call(data_dir, "export", "ics", "--out", str(target))
        assert outcome.status == 0, outcome.stderr
        assert outcome.stdout == f"wrote 8 events to {target}\n"
        assert outcome.stderr == ""
        today = dt.date.fromisoformat(TODAY)
        # ISOTRACK_TODAY pins a clock in UTC: the wall-clock times are written as UTC.
        assert events(target) == {
            "Dermatology visit": (dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.UTC), "CONFIRMED"),
            "Lab draw": (dt.datetime(2026, 12, 4, 8, 30, tzinfo=dt.UTC), "CANCELLED"),
            "Screening pregnancy test due": (today, "CANCELLED"),
            "Confirmation pregnancy test due": (today, "CANCELLED"),
            "Monthly pregnancy test due": (dt.date(2026, 12, 27), "CONFIRMED"),
            "End-of-course pregnancy test due": (today, "CANCELLED"),
            "After-course pregnancy test due": (today, "CANCELLED"),
            "Last day to pick up your prescription": (dt.date(2026, 12, 3), "CONFIRMED"),
        }
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    def test_exporting_again_gives_the_same_uids(self, data_dir: Path, tmp_path: Path) -> None:
        first, second = tmp_path / "1.ics", tmp_path / "2.ics"
        assert call(data_dir, "export", "ics", "--out", str(first)).status == 0
        assert call(data_dir, "appointment", "move", "1", "--at", "2026-12-05 11:00").status == 0
        assert call(data_dir, "export", "ics", "--out", str(second)).status == 0

        def uids(path: Path) -> dict[str, str]:
            calendar = Calendar.from_ical(path.read_bytes())
            return {str(e["SUMMARY"]): str(e["UID"]) for e in calendar.events}

        assert uids(second) == uids(first)
        assert events(second)["Dermatology visit"][0] == dt.datetime(
            2026, 12, 5, 11, 0, tzinfo=dt.UTC
        )

    def test_one_event(self, tmp_path: Path) -> None:
        data = tmp_path / "data"
        assert (
            call(data, "appointment", "add", "--at", "2026-12-03 10:00", "--kind", "visit").status
            == 0
        )
        target = tmp_path / "one.ics"
        outcome = call(data, "export", "ics", "--out", str(target))
        assert outcome.stdout == f"wrote 1 event to {target}\n"

    def test_a_home_folder_path(self, data_dir: Path, tmp_path: Path, monkeypatch) -> None:
        monkeypatch.setenv("HOME", str(tmp_path))
        outcome = call(data_dir, "export", "ics", "--out", "~/cal.ics")
        assert outcome.stdout == f"wrote 8 events to {tmp_path / 'cal.ics'}\n"
        assert (tmp_path / "cal.ics").is_file()

    def test_refuses_a_missing_folder(self, data_dir: Path, tmp_path: Path) -> None:
        target = tmp_path / "missing" / "out.ics"
        outcome = call(data_dir, "export", "ics", "--out", str(target))
        assert outcome.status == 2
        assert outcome.stdout == ""
        assert outcome.error_lines == [
            f"error: cannot write {target}: the folder {target.parent} does not exist"
        ]
        assert not target.parent.exists()

    def test_a_store_without_its_identity_is_a_store_error(
        self, data_dir: Path, tmp_path: Path
    ) -> None:
        database = data_dir / "isotrack.sqlite3"
        with contextlib.closing(sqlite3.connect(database)) as connection, connection:
            connection.execute("DELETE FROM setting WHERE key = 'store.identity'")
        target = tmp_path / "out.ics"
        outcome = call(data_dir, "export", "ics", "--out", str(target))
        assert outcome.status == 3
        assert outcome.stdout == ""
        assert outcome.error_lines == [f"error: {MISSING_IDENTITY}"]
        assert not target.exists()

    def test_needs_a_file_name(self, data_dir: Path) -> None:
        outcome = call(data_dir, "export", "ics")
        assert outcome.status == 2
        [line] = outcome.error_lines
        assert line.startswith("error: ")
        assert "--out" in line

    def test_needs_a_format(self, data_dir: Path) -> None:
        outcome = call(data_dir, "export")
        assert outcome.status == 2
        [line] = outcome.error_lines
        assert line.startswith("error: ")
        assert "FORMAT" in line


def test_the_installed_command_writes_the_file(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "appointments.ics"
    env = {**os.environ, "ISOTRACK_TODAY": TODAY}
    result = subprocess.run(
        [ISOTRACK, "--data-dir", str(data_dir), "export", "ics", "--out", str(target)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote 8 events to {target}\n"
    assert len(events(target)) == 8
