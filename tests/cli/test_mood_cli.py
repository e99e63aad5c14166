"""`isotrack mood ...`, mostly through `cli.main()` in this process (tests/cli/inprocess.py);
one case through the installed `isotrack`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.inprocess import FULL_WIDTH, call
from tests.cli.test_cli import dump
from tracker.domain.safety import CRISIS_LINE

ISOTRACK = str(Path(sys.executable).with_name("isotrack"))
NINE_ZEROS = "0,0,0,0,0,0,0,0,0"
SELF_HARM = "0,0,0,0,0,0,0,0,1"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def ok(data_dir: Path, *args: str) -> str:
    outcome = call(data_dir, *args)
    assert (outcome.status, outcome.stderr) == (0, ""), outcome
    return outcome.stdout


def refused(data_dir: Path, *args: str) -> str:
    """The one `error:` line of a refused command, which wrote nothing."""
    ok(data_dir, "mood", "list")  # the store exists, so that "nothing written" is checked
    before = dump(data_dir)
    outcome = call(data_dir, *args)
    assert outcome.status == 2, outcome
    assert outcome.stdout == ""
    assert len(outcome.error_lines) == 1, outcome.stderr
    assert dump(data_dir) == before
    return outcome.error_lines[0]


def listed(data_dir: Path) -> list[dict[str, object]]:
    return json.loads(ok(data_dir, "mood", "list", "--json"))


# -- answering ---------------------------------------------------------------------------------


def test_a_phq2_prints_its_id_and_total(data_dir: Path) -> None:
    out = ok(data_dir, "mood", "phq2", "--date", "2026-11-27", "--answers", "1,0")
    assert out == "1\nPHQ-2 of Fri 27 Nov 2026: total 1 of 6\n"


def test_without_a_date_it_is_today(data_dir: Path) -> None:
    ok(data_dir, "mood", "phq2", "--answers", "0,0")
    assert listed(data_dir)[0]["date"] == "2026-11-28"


def test_a_phq2_of_3_offers_the_longer_questionnaire(data_dir: Path) -> None:
    out = ok(data_dir, "mood", "phq2", "--answers", "2,1")
    assert out.splitlines() == [
        "1",
        "PHQ-2 of Sat 28 Nov 2026: total 3 of 6",
        "You can answer the longer questionnaire too: isotrack mood phq9 --answers ...",
    ]
    # 2 is below the offer.
    assert "longer" not in ok(data_dir, "mood", "phq2", "--date", "2026-11-27", "--answers", "1,1")


def test_a_phq9_prints_its_id_and_total_and_never_a_verdict(data_dir: Path) -> None:
    out = ok(data_dir, "mood", "phq9", "--answers", "3,3,3,2,2,2,1,1,0")
    assert out == "1\nPHQ-9 of Sat 28 Nov 2026: total 17 of 27\n"
    for verdict in ("mild", "moderate", "severe", "depression", "longer"):
        assert verdict not in out.lower()


def test_question_9_above_0_prints_the_crisis_line_first(data_dir: Path) -> None:
    out = ok(data_dir, "mood", "phq9", "--answers", SELF_HARM)
    assert out.splitlines() == [CRISIS_LINE, "1", "PHQ-9 of Sat 28 Nov 2026: total 1 of 27"]


def test_question_8_above_0_prints_no_crisis_line(data_dir: Path) -> None:
    out = ok(data_dir, "mood", "phq9", "--answers", "0,0,0,0,0,0,0,3,0")
    assert CRISIS_LINE not in out


def test_the_crisis_line_is_printed_even_when_another_option_is_refused(data_dir: Path) -> None:
    ok(data_dir, "mood", "list")
    before = dump(data_dir)
    outcome = call(data_dir, "mood", "phq9", "--date", "2030-11-20", "--answers", SELF_HARM)
    assert outcome.status == 2
    assert outcome.stdout == CRISIS_LINE + "\n"
    assert outcome.error_lines == [
        "error: 2030-11-20 is more than 104 weeks after today (2026-11-28); check the year you "
        "typed"
    ]
    assert dump(data_dir) == before


def test_a_retake_the_same_day_replaces_it(data_dir: Path) -> None:
    ok(data_dir, "mood", "phq2", "--answers", "1,1")
    out = ok(data_dir, "mood", "phq2", "--answers", "0,1")
    assert out.splitlines() == [
        "1",
        "PHQ-2 of Sat 28 Nov 2026: total 1 of 6",
        "(replaces that day's earlier answers: total 2 of 6)",
    ]
    assert [s["answers"] for s in listed(data_dir)] == [[0, 1]]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ("phq2", "--answers", NINE_ZEROS),
            "error: argument --answers: PHQ-2 has 2 questions; 9 answers given",
        ),
        (
            ("phq9", "--answers", "1,0"),
            "error: argument --answers: PHQ-9 has 9 questions; 2 answers given",
        ),
        (
            ("phq2", "--answers", "1,4"),
            "error: argument --answers: answers are 0 to 3; answer 2 is 4",
        ),
        (
            ("phq2", "--answers", "1,-1"),
            "error: argument --answers: answers are whole numbers 0 to 3 separated by commas "
            "(e.g. 1,0), not '1,-1'",
        ),
        (
            ("phq2", "--answers", "1,,0"),
            "error: argument --answers: answers are whole numbers 0 to 3 separated by commas "
            "(e.g. 1,0), not '1,,0'",
        ),
        (
            ("phq2", "--answers", "1,0".translate(FULL_WIDTH)),
            "error: argument --answers: answers are whole numbers 0 to 3 separated by commas "
            f"(e.g. 1,0), not '{'1,0'.translate(FULL_WIDTH)}'",
        ),
        (
            ("phq2", "--answers", "1234567,0"),
            "error: argument --answers: answers are whole numbers 0 to 3 separated by commas "
            "(e.g. 1,0), not '1234567,0'",
        ),
        (
            ("phq2", "--date", "2026-11-29", "--answers", "1,0"),
            "error: Sun 29 Nov 2026 is a later day than today; a questionnaire is answered on a "
            "day that has come",
        ),
        (("phq2",), "error: the following arguments are required: --answers"),
        (("discussed", "7"), "error: there is no mood questionnaire with id 7"),
        (
            ("rhythm", "--every", "0"),
            "error: argument --every: the PHQ-2 can come every 1 to 90 days, not every 0",
        ),
        (
            ("rhythm", "--every", "91"),
            "error: argument --every: the PHQ-2 can come every 1 to 90 days, not every 91",
        ),
        (
            ("rhythm", "--every", "7", "--off"),
            "error: argument --off: not allowed with argument --every",
        ),
    ],
)
def test_wrong_input_is_refused_with_one_line(
    data_dir: Path, args: tuple[str, ...], error: str
) -> None:
    assert refused(data_dir, "mood", *args) == error


def test_answers_with_spaces_are_read(data_dir: Path) -> None:
    ok(data_dir, "mood", "phq2", "--answers", " 3 , 0 ")
    assert listed(data_dir)[0]["answers"] == [3, 0]


# -- listing -----------------------------------------------------------------------------------


def test_an_empty_list_says_how_to_start(data_dir: Path) -> None:
    assert ok(data_dir, "mood", "list") == (
        "no mood questionnaires answered yet (isotrack mood phq2 ...)\n"
    )
    assert listed(data_dir) == []


def test_list_as_text_and_json(data_dir: Path) -> None:
    ok(data_dir, "course", "start", "--start", "2026-11-01", "--weight-kg", "70", "--dose-mg", "40")
    ok(data_dir, "mood", "phq2", "--date", "2026-11-20", "--answers", "1,2")
    ok(data_dir, "mood", "phq9", "--date", "2026-11-21", "--answers", SELF_HARM)
    assert ok(data_dir, "mood", "list").splitlines() == [
        "ID  Date              Form   Total     Discussed",
        " 1  Fri 20 Nov 2026   PHQ-2  3 of 6    not yet",
        " 2  Sat 21 Nov 2026   PHQ-9  1 of 27   not yet",
        "    Question 9 answered above 0; not marked as discussed with your doctor yet "
        f"(isotrack mood discussed 2). {CRISIS_LINE}",
    ]
    assert listed(data_dir) == [
        {
            "id": 1,
            "date": "2026-11-20",
            "instrument": "phq2",
            "answers": [1, 2],
            "score": 3,
            "max_score": 6,
            "question_9_above_0": False,
            "discussed_on": None,
            "discussed_note": "",
            "course_id": 1,
        },
        {
            "id": 2,
            "date": "2026-11-21",
            "instrument": "phq9",
            "answers": [0, 0, 0, 0, 0, 0, 0, 0, 1],
            "score": 1,
            "max_score": 27,
            "question_9_above_0": True,
            "discussed_on": None,
            "discussed_note": "",
            "course_id": 1,
        },
    ]


def test_discussed_marks_it_and_the_list_shows_the_note(data_dir: Path) -> None:
    ok(data_dir, "mood", "phq9", "--date", "2026-11-21", "--answers", SELF_HARM)
    out = ok(data_dir, "mood", "discussed", "1", "--date", "2026-11-25", "--note", "Line one\nTwo")
    assert out == "PHQ-9 of Sat 21 Nov 2026: marked as discussed on Wed 25 Nov 2026\n"
    assert ok(data_dir, "mood", "list").splitlines() == [
        "ID  Date              Form   Total     Discussed",
        " 1  Sat 21 Nov 2026   PHQ-9  1 of 27   Wed 25 Nov 2026",
        "    Note: Line one / Two",
    ]
    (record,) = listed(data_dir)
    assert (record["discussed_on"], record["discussed_note"]) == ("2026-11-25", "Line one\nTwo")


def test_discussed_without_a_date_is_today(data_dir: Path) -> None:
    ok(data_dir, "mood", "phq2", "--date", "2026-11-21", "--answers", "0,0")
    assert ok(data_dir, "mood", "discussed", "1") == (
        "PHQ-2 of Sat 21 Nov 2026: marked as discussed on Sat 28 Nov 2026\n"
    )


# -- the rhythm --------------------------------------------------------------------------------


START_COURSE = ("course", "start", "--start", "2026-10-01", "--weight-kg", "70", "--dose-mg", "40")


def test_the_rhythm_shown_and_changed(data_dir: Path) -> None:
    assert ok(data_dir, "mood", "rhythm") == (
        "PHQ-2: every 7 days, while a course is active\nno course is active: no PHQ-2 is due\n"
    )
    ok(data_dir, *START_COURSE)
    # Never answered in this course: the first is due today, not on the course's first day.
    assert ok(data_dir, "mood", "rhythm") == (
        "PHQ-2: every 7 days, while a course is active\n"
        "next PHQ-2 due: today, Sat 28 Nov 2026 (the first of this course)\n"
    )
    ok(data_dir, "mood", "phq2", "--date", "2026-11-21", "--answers", "0,0")
    assert ok(data_dir, "mood", "rhythm") == (
        "PHQ-2: every 7 days, while a course is active\nnext PHQ-2 due: Sat 28 Nov 2026\n"
    )
    assert ok(data_dir, "mood", "rhythm", "--every", "1") == (
        "PHQ-2: every day, while a course is active\nnext PHQ-2 due: Sun 22 Nov 2026\n"
    )
    assert ok(data_dir, "mood", "rhythm", "--every", "90") == (
        "PHQ-2: every 90 days, while a course is active\nnext PHQ-2 due: Fri 19 Feb 2027\n"
    )
    assert ok(data_dir, "mood", "rhythm", "--off") == "PHQ-2: off\n"
    assert ok(data_dir, "mood", "rhythm") == "PHQ-2: off\n"


def test_the_phq2_reminder_is_listed_with_the_others(data_dir: Path) -> None:
    ok(data_dir, *START_COURSE)
    ok(data_dir, "reminders", "set", "--dose-times", "none")
    ok(data_dir, "mood", "phq2", "--date", "2026-11-21", "--answers", "0,0")
    due = json.loads(ok(data_dir, "reminders", "due", "--as-of", "2026-11-28 09:00", "--json"))
    assert due == [
        {
            "kind": "phq2",
            "due_at": "2026-11-28T09:00",
            "subject": "Mood questionnaire (PHQ-2) due on Sat 28 Nov 2026",
            "key": "phq2:2026-11-28",
            "day": "2026-11-28",
        }
    ]
    ok(data_dir, "mood", "rhythm", "--off")
    assert ok(data_dir, "reminders", "due", "--as-of", "2026-11-28 09:00") == "nothing due\n"


def test_through_the_installed_command(data_dir: Path) -> None:
    """End to end: the installed `isotrack`, as a patient's script would run it."""
    env = {**os.environ, "ISOTRACK_TODAY": "2026-11-28"}
    env.pop("ISOTRACK_DATA_DIR", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [ISOTRACK, "--data-dir", str(data_dir), "mood", *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=60,
        )

    crisis = run("phq9", "--answers", "0,0,0,0,0,0,0,0,3")
    assert (crisis.returncode, crisis.stderr) == (0, "")
    assert crisis.stdout.splitlines() == [
        CRISIS_LINE,
        "1",
        "PHQ-9 of Sat 28 Nov 2026: total 3 of 27",
    ]
    wrong = run("phq2", "--answers", NINE_ZEROS)
    assert (wrong.returncode, wrong.stdout) == (2, "")
    assert wrong.stderr == "error: argument --answers: PHQ-2 has 2 questions; 9 answers given\n"
