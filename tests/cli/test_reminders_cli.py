"""`isotrack reminders set|show|due`, as a patient or a script sees them: stdout, stderr and
the exit status. `ISOTRACK_TODAY` pins the clock to noon (UTC) of 2026-11-28."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.inprocess import Outcome, call

ISOTRACK = str(Path(sys.executable).with_name("isotrack"))
DOSE_28 = "2026-11-28 08:00  dose  Sat 28 Nov 2026: 40 mg scheduled, not logged yet"


def ok(data_dir: Path, *args: str) -> str:
    outcome = call(data_dir, *args)
    assert (outcome.status, outcome.stderr) == (0, "")
    return outcome.stdout


def refused(outcome: Outcome, message: str) -> None:
    assert outcome.status == 2
    assert outcome.stdout == ""
    assert outcome.error_lines == [f"error: {message}"]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def with_course(data_dir: Path) -> Path:
    ok(data_dir, "course", "start", "--start", "2026-11-25", "--weight-kg", "70", "--dose-mg", "40")
    ok(data_dir, "mood", "rhythm", "--off")  # the PHQ-2's reminder: tests/cli/test_mood_cli.py
    ok(data_dir, "log", "--date", "2026-11-26", "--missed")
    return data_dir


def test_nothing_due_says_so(data_dir: Path) -> None:
    assert ok(data_dir, "reminders", "due") == "nothing due\n"
    assert json.loads(ok(data_dir, "reminders", "due", "--json")) == []


def test_due_lists_one_line_per_reminder(with_course: Path) -> None:
    assert ok(with_course, "reminders", "due").splitlines() == [
        "2026-11-25 08:00  dose  Wed 25 Nov 2026: 40 mg scheduled, not logged: log what happened",
        "2026-11-27 08:00  dose  Fri 27 Nov 2026: 40 mg scheduled, not logged: log what happened",
        DOSE_28,
    ]
    before_eight = ok(with_course, "reminders", "due", "--as-of", "2026-11-28 07:59")
    assert DOSE_28 not in before_eight.splitlines()
    assert len(before_eight.splitlines()) == 2


def test_due_as_json(with_course: Path) -> None:
    assert ok(with_course, "appointment", "add", "--at", "2026-11-29 10:00", "--kind", "lab") == (
        "1\n"
    )
    found = json.loads(ok(with_course, "reminders", "due", "--json", "--as-of", "2026-11-28 10:00"))
    assert found[-2:] == [
        {
            "kind": "dose",
            "due_at": "2026-11-28T08:00",
            "subject": "Sat 28 Nov 2026: 40 mg scheduled, not logged yet",
            "key": "dose:2026-11-28:0",
            "day": "2026-11-28",
        },
        {
            "kind": "appointment",
            "due_at": "2026-11-28T10:00",
            "subject": "Lab draw on Sun 29 Nov 2026 at 10:00",
            "key": "appointment:1:2026-11-29T10:00:1d",
            "day": "2026-11-29",
        },
    ]
    assert [r["key"] for r in found] == [
        "dose:2026-11-25:0",
        "dose:2026-11-27:0",
        "dose:2026-11-28:0",
        "appointment:1:2026-11-29T10:00:1d",
    ]
    # Each reminder has exactly these fields, for scripts.
    assert {tuple(r) for r in found} == {("kind", "due_at", "subject", "key", "day")}


def test_a_logged_day_is_not_due(with_course: Path) -> None:
    ok(with_course, "log", "--date", "2026-11-28", "--taken")
    assert DOSE_28 not in ok(with_course, "reminders", "due").splitlines()


def test_set_and_show(data_dir: Path) -> None:
    assert ok(data_dir, "reminders", "show") == (
        "reminders: on\ndose times: 08:00\nbefore appointments: 1d, 2h\n"
    )
    shown = ok(
        data_dir,
        "reminders",
        "set",
        "--dose-times",
        "20:00, 8:05",
        "--appointment-before",
        "2h,3d,30m",
        "--off",
    )
    expected = "reminders: off\ndose times: 08:05, 20:00\nbefore appointments: 3d, 2h, 30m\n"
    assert shown == expected
    assert ok(data_dir, "reminders", "show") == expected
    assert json.loads(ok(data_dir, "reminders", "show", "--json")) == {
        "enabled": False,
        "dose_times": ["08:05", "20:00"],
        "appointment_before": ["3d", "2h", "30m"],
    }
    # What is not named stays as it was.
    assert ok(data_dir, "reminders", "set", "--on") == (
        "reminders: on\ndose times: 08:05, 20:00\nbefore appointments: 3d, 2h, 30m\n"
    )


def test_none_turns_a_kind_of_reminder_off(with_course: Path) -> None:
    assert ok(
        with_course, "reminders", "set", "--dose-times", "none", "--appointment-before", "none"
    ) == ("reminders: on\ndose times: none\nbefore appointments: none\n")
    ok(with_course, "appointment", "add", "--at", "2026-11-28 13:00", "--kind", "visit")
    assert ok(with_course, "reminders", "due") == "nothing due\n"


def test_reminders_off_means_nothing_due(with_course: Path) -> None:
    ok(with_course, "reminders", "set", "--off")
    assert ok(with_course, "reminders", "due") == "nothing due\n"
    ok(with_course, "reminders", "set", "--on")
    assert ok(with_course, "reminders", "due").splitlines()[-1] == DOSE_28


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "say what to change, e.g. --dose-times 08:00 or --off"),
        (
            ("--dose-times", "25:00"),
            "argument --dose-times: not a time in HH:MM form (24-hour, e.g. 08:30): '25:00'",
        ),
        (
            ("--dose-times", ""),
            "argument --dose-times: not a time in HH:MM form (24-hour, e.g. 08:30): ''",
        ),
        (("--dose-times", "08:00,08:00"), "the same dose reminder time is given twice"),
        (
            ("--dose-times", "06:00,07:00,08:00,09:00,10:00"),
            "give at most 4 dose reminder times",
        ),
        (
            ("--appointment-before", "2x"),
            "argument --appointment-before: write how long before an appointment like "
            "1d, 2h, 30m or 1d12h, not '2x'",
        ),
        (
            ("--appointment-before", "31d"),
            "argument --appointment-before: a reminder can come at most 30 days before "
            "the appointment, not 31d",
        ),
        (("--appointment-before", "1d,24h,1d"), "the same appointment reminder is given twice"),
        (("--on", "--off"), "argument --off: not allowed with argument --on"),
    ],
)
def test_set_refuses_and_writes_nothing(data_dir: Path, args: tuple[str, ...], message: str):
    ok(data_dir, "reminders", "set", "--dose-times", "07:00")
    before = ok(data_dir, "reminders", "show", "--json")
    refused(call(data_dir, "reminders", "set", *args), message)
    assert ok(data_dir, "reminders", "show", "--json") == before


@pytest.mark.parametrize(
    ("as_of", "message"),
    [
        (
            "2026-11-28",
            "argument --as-of: not a date and time in 'YYYY-MM-DD HH:MM' form "
            "(e.g. '2026-03-10 10:00'): '2026-11-28'",
        ),
        (
            "3026-11-28 08:00",
            "3026-11-28 is more than 104 weeks after today (2026-11-28); check the year you typed",
        ),
    ],
)
def test_due_refuses_a_time_it_cannot_read(data_dir: Path, as_of: str, message: str) -> None:
    refused(call(data_dir, "reminders", "due", "--as-of", as_of), message)


def test_the_installed_command(with_course: Path) -> None:
    env = {**os.environ, "ISOTRACK_TODAY": "2026-11-28"}
    env.pop("ISOTRACK_DATA_DIR", None)
    result = subprocess.run(
        [ISOTRACK, "--data-dir", str(with_course), "reminders", "due", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert [r["due_at"] for r in json.loads(result.stdout)] == [
        "2026-11-25T08:00",
        "2026-11-27T08:00",
        "2026-11-28T08:00",
    ]
