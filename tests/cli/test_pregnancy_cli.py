"""`isotrack profile ...` and `isotrack pregnancy-test ...`, mostly through `cli.main()` in
this process (tests/cli/inprocess.py); one case through the installed `isotrack`."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.inprocess import Outcome, call
from tests.cli.test_cli import dump
from tracker.cli import open_services
from tracker.clock import FixedClock
from tracker.paths import DataPaths

ISOTRACK = str(Path(sys.executable).with_name("isotrack"))
INSTRUCTION = "Stop taking isotretinoin right away and call your prescriber."

FRESH_PROFILE = {
    "name": "",
    "birth_date": None,
    # Never answered: false, as the yes/no asks, and the extra key says so.
    "can_become_pregnant": False,
    "can_become_pregnant_answered": False,
    "rules": "us",
    "confirmation_test_days": 19,
    "monthly_test_days": 30,
    "pickup_window_days": 7,
    "after_course_test_days": 30,
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def ok(data_dir: Path, *args: str) -> str:
    outcome = call(data_dir, *args)
    assert (outcome.status, outcome.stderr) == (0, ""), outcome
    return outcome.stdout


def refused(data_dir: Path, *args: str) -> str:
    """The one `error:` line of a refused command, which wrote nothing."""
    before = dump(data_dir)
    outcome = call(data_dir, *args)
    assert outcome.status == 2, outcome
    assert outcome.stdout == ""
    assert len(outcome.error_lines) == 1, outcome.stderr
    assert dump(data_dir) == before
    return outcome.error_lines[0]


def profile(data_dir: Path) -> dict[str, object]:
    return json.loads(ok(data_dir, "profile", "show", "--json"))


# -- profile -----------------------------------------------------------------------------------


def test_a_fresh_profile(data_dir: Path) -> None:
    assert profile(data_dir) == FRESH_PROFILE
    assert ok(data_dir, "profile", "show") == (
        "name: (not given)\nbirth date: (not given)\ncan become pregnant: not answered\n"
    )


def test_only_the_options_given_change(data_dir: Path) -> None:
    shown = ok(
        data_dir,
        "profile",
        "set",
        "--name",
        "Ana Li",
        "--birth-date",
        "2001-04-05",
        "--can-become-pregnant",
        "yes",
    )
    assert shown == (
        "name: Ana Li\n"
        "birth date: Thu 5 Apr 2001\n"
        "can become pregnant: yes\n"
        "pregnancy-prevention rules: US (iPLEDGE)\n"
        "  confirmation test: 19 days after the screening test\n"
        "  monthly test: 30 days after the last test\n"
        "  pick-up window: 7 days, counting the test day as day 1\n"
        "  after-course test: 30 days after the last dose\n"
    )
    assert profile(data_dir) == {
        **FRESH_PROFILE,
        "name": "Ana Li",
        "birth_date": "2001-04-05",
        "can_become_pregnant": True,
        "can_become_pregnant_answered": True,
    }
    ok(data_dir, "profile", "set", "--can-become-pregnant", "no")
    assert profile(data_dir) == {
        **FRESH_PROFILE,
        "name": "Ana Li",
        "birth_date": "2001-04-05",
        "can_become_pregnant": False,
        "can_become_pregnant_answered": True,
    }
    # The pregnancy parts are not shown to a patient who cannot become pregnant.
    assert ok(data_dir, "profile", "show") == (
        "name: Ana Li\nbirth date: Thu 5 Apr 2001\ncan become pregnant: no\n"
    )
    ok(data_dir, "profile", "set", "--name", "Ana")
    assert profile(data_dir)["name"] == "Ana"
    assert profile(data_dir)["can_become_pregnant"] is False
    assert profile(data_dir)["birth_date"] == "2001-04-05"


def test_rules_and_intervals(data_dir: Path) -> None:
    ok(data_dir, "profile", "set", "--can-become-pregnant", "yes", "--monthly-test-days", "28")
    assert profile(data_dir)["monthly_test_days"] == 28
    # An interval alone keeps the rule set and the other intervals.
    ok(data_dir, "profile", "set", "--pickup-window-days", "5")
    assert profile(data_dir) == {
        **FRESH_PROFILE,
        "can_become_pregnant": True,
        "can_become_pregnant_answered": True,
        "monthly_test_days": 28,
        "pickup_window_days": 5,
    }
    # A rule set resets the intervals to its own, except those given with it.
    shown = ok(data_dir, "profile", "set", "--rules", "uk-eu", "--after-course-test-days", "0")
    assert shown.splitlines()[3:] == [
        "pregnancy-prevention rules: UK/EU (Pregnancy Prevention Programme)",
        "  confirmation test: none",
        "  monthly test: 30 days after the last test",
        "  pick-up window: 7 days, counting the test day as day 1",
        "  after-course test: none besides the end-of-course test (your own)",
    ]
    ok(data_dir, "profile", "set", "--rules", "custom", "--confirmation-test-days", "21")
    assert profile(data_dir) == {
        **FRESH_PROFILE,
        "can_become_pregnant": True,
        "can_become_pregnant_answered": True,
        "rules": "custom",
        "confirmation_test_days": 21,
    }
    assert "  confirmation test: 21 days after the screening test (your own)" in ok(
        data_dir, "profile", "show"
    )
    ok(data_dir, "profile", "set", "--rules", "us")
    assert profile(data_dir) == {
        **FRESH_PROFILE,
        "can_become_pregnant": True,
        "can_become_pregnant_answered": True,
    }


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((), "error: say what to change, e.g. --can-become-pregnant yes"),
        (
            ("--name", "Bo", "--monthly-test-days", "6"),
            "error: the time between monthly tests must be from 7 to 90 days (got 6)",
        ),
        (
            ("--rules", "uk-eu", "--birth-date", "2026-11-29"),
            "error: date of birth cannot be in the future",
        ),
        (
            ("--can-become-pregnant", "maybe"),
            "error: argument --can-become-pregnant: invalid choice: 'maybe' "
            "(choose from 'yes', 'no')",
        ),
        (
            ("--pickup-window-days", "seven"),
            "error: argument --pickup-window-days: the number must be a whole number: 'seven'",
        ),
    ],
)
def test_a_refused_profile_change_writes_nothing(
    data_dir: Path, args: tuple[str, ...], error: str
) -> None:
    ok(data_dir, "profile", "set", "--name", "Ana", "--rules", "custom")
    assert refused(data_dir, "profile", "set", *args) == error
    assert profile(data_dir) == {**FRESH_PROFILE, "name": "Ana", "rules": "custom"}


# -- pregnancy tests ---------------------------------------------------------------------------


def test_a_test_is_recorded_and_listed(data_dir: Path) -> None:
    ok(data_dir, "profile", "set", "--can-become-pregnant", "yes")
    assert ok(data_dir, "pregnancy-test", "list") == (
        "no pregnancy tests recorded yet (isotrack pregnancy-test add ...)\n"
    )
    first = ok(
        data_dir, "pregnancy-test", "add", "--date", "2026-11-03", "--kind", "screening",
        "--result", "negative",
    )  # fmt: skip
    second = ok(
        data_dir, "pregnancy-test", "add", "--date", "2026-11-22", "--kind", "confirmation",
        "--result", "pending", "--setting", "home", "--note", "lab said\nnext week",
    )  # fmt: skip
    assert (first, second) == ("1\n", "2\n")
    assert ok(data_dir, "pregnancy-test", "list") == (
        "ID  Date              Test                Result\n"
        " 1  Tue 3 Nov 2026    Screening test      negative (clinic)\n"
        " 2  Sun 22 Nov 2026   Confirmation test   pending (home)\n"
        "    Note: lab said / next week\n"
    )
    assert json.loads(ok(data_dir, "pregnancy-test", "list", "--json")) == [
        {
            "id": 1,
            "date": "2026-11-03",
            "kind": "screening",
            "result": "negative",
            "setting": "clinic",
            "note": "",
            "course_id": None,
            "questions_answered_on": None,
            "contraception_confirmed_on": None,
            "picked_up_on": None,
            "prescriber_response": "",
            "responded_on": None,
        },
        {
            "id": 2,
            "date": "2026-11-22",
            "kind": "confirmation",
            "result": "pending",
            "setting": "home",
            "note": "lab said\nnext week",
            "course_id": None,
            "questions_answered_on": None,
            "contraception_confirmed_on": None,
            "picked_up_on": None,
            "prescriber_response": "",
            "responded_on": None,
        },
    ]


def test_a_positive_result_carries_the_medication_guides_instruction(data_dir: Path) -> None:
    ok(data_dir, "profile", "set", "--can-become-pregnant", "yes")
    outcome = call(
        data_dir, "pregnancy-test", "add", "--date", "2026-11-27", "--kind", "monthly",
        "--result", "positive",
    )  # fmt: skip
    # The id alone on stdout (scripts read it); the instruction, and nothing more, besides.
    assert outcome == Outcome(0, "1\n", INSTRUCTION + "\n")
    assert ok(data_dir, "pregnancy-test", "list") == (
        "ID  Date              Test                Result\n"
        " 1  Fri 27 Nov 2026   Monthly test        positive (clinic)\n"
        f"    {INSTRUCTION}\n"
    )


def test_the_list_shows_the_prescribers_answer_in_place_of_the_instruction(
    data_dir: Path,
) -> None:
    ok(data_dir, "profile", "set", "--can-become-pregnant", "yes")
    call(
        data_dir, "pregnancy-test", "add", "--date", "2026-11-20", "--kind", "monthly",
        "--result", "positive",
    )  # fmt: skip
    services = open_services(DataPaths(data_dir), FixedClock(dt.date(2026, 11, 28)))
    services.pregnancy.record_prescriber_response(
        1, "Retest on Monday\nat the lab", dt.date(2026, 11, 21)
    )
    assert ok(data_dir, "pregnancy-test", "list").splitlines()[1:] == [
        " 1  Fri 20 Nov 2026   Monthly test        positive (clinic)",
        "    Prescriber (Sat 21 Nov 2026): Retest on Monday / at the lab",
    ]


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (
            "no",
            "error: your profile says you cannot become pregnant, so pregnancy tests are not "
            "recorded; change the profile first if that is not right",
        ),
        (
            None,
            "error: your profile does not say yet whether you can become pregnant; answer "
            "that first, then record the test",
        ),
    ],
)
def test_no_test_is_recorded_unless_the_patient_can_become_pregnant(
    data_dir: Path, answer: str | None, error: str
) -> None:
    ok(data_dir, "profile", "set", "--name", "Bo")
    if answer is not None:
        ok(data_dir, "profile", "set", "--can-become-pregnant", answer)
    args = ("--date", "2026-11-27", "--kind", "monthly", "--result", "negative")
    assert refused(data_dir, "pregnancy-test", "add", *args) == error


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ("--date", "2026-11-29", "--kind", "monthly", "--result", "negative"),
            "error: the test date (2026-11-29) is in the future",
        ),
        (
            ("--date", "2026-11-27", "--kind", "weekly", "--result", "negative"),
            "error: argument --kind: invalid choice: 'weekly' (choose from 'screening', "
            "'confirmation', 'monthly', 'end-of-course', 'after-course')",
        ),
        (
            ("--date", "2026-11-27", "--kind", "monthly", "--result", "unclear"),
            "error: argument --result: invalid choice: 'unclear' (choose from 'negative', "
            "'positive', 'pending')",
        ),
        (
            ("--date", "27/11/2026", "--kind", "monthly", "--result", "negative"),
            "error: argument --date: not a date in YYYY-MM-DD form: '27/11/2026'",
        ),
    ],
)
def test_a_wrong_test_is_refused(data_dir: Path, args: tuple[str, ...], error: str) -> None:
    ok(data_dir, "profile", "set", "--can-become-pregnant", "yes")
    assert refused(data_dir, "pregnancy-test", "add", *args) == error


def test_through_the_installed_command(data_dir: Path) -> None:
    """End to end: the installed `isotrack`, as a patient's script would run it."""
    env = {**os.environ, "ISOTRACK_TODAY": "2026-11-28"}
    env.pop("ISOTRACK_DATA_DIR", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [ISOTRACK, "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=60,
        )

    assert run("profile", "set", "--can-become-pregnant", "yes", "--rules", "uk-eu").returncode == 0
    added = run(
        "pregnancy-test", "add", "--date", "2026-11-28", "--kind", "screening", "--result",
        "positive",
    )  # fmt: skip
    assert (added.returncode, added.stdout, added.stderr) == (0, "1\n", INSTRUCTION + "\n")
    shown = run("profile", "show", "--json")
    assert json.loads(shown.stdout)["rules"] == "uk-eu"
