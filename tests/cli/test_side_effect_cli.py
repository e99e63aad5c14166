"""`isotrack side-effect ...`: what a patient or a script sees (stdout, stderr, exit status)
and what ends up stored. In-process through `cli.main()`, and twice through the installed
`isotrack`."""

import json
from pathlib import Path

import pytest

from tests.cli.inprocess import call
from tests.cli.test_cli import dump, run
from tracker.domain.safety import CRISIS_LINE, RED_FLAG_INSTRUCTION
from tracker.domain.side_effects import CATALOGUE


def ok(data_dir: Path, *args: str) -> str:
    out = call(data_dir, *args)
    assert (out.status, out.stderr) == (0, ""), out.stderr
    return out.stdout


def refused(data_dir: Path, *args: str, stdout: str = "") -> str:
    """Run a command that must be refused: exit 2, one `error:` line, nothing written, and
    nothing on stdout but `stdout`."""
    before = dump(data_dir)
    out = call(data_dir, *args)
    assert out.status == 2, out
    assert out.stdout == stdout
    assert len(out.error_lines) == 1
    assert out.error_lines[0].startswith("error: ")
    assert dump(data_dir) == before
    return out.error_lines[0]


@pytest.fixture
def data_dir(tmp_path) -> Path:
    data_dir = tmp_path / "data"
    ok(data_dir, "course", "start", "--start", "2026-10-01", "--weight-kg", "70",
       "--dose-mg", "40")  # fmt: skip
    return data_dir


def add(data_dir: Path, symptom: str, severity: str = "1", *more: str) -> list[str]:
    out = ok(data_dir, "side-effect", "add", "--date", "2026-11-20", "--symptom", symptom,
             "--severity", severity, *more)  # fmt: skip
    return out.splitlines()


def listed(data_dir: Path) -> list[dict]:
    return json.loads(ok(data_dir, "side-effect", "list", "--json"))


# -- catalogue -----------------------------------------------------------------------------


def test_the_catalogue_as_json_lists_id_name_and_red_flag(data_dir) -> None:
    shown = json.loads(ok(data_dir, "side-effect", "catalogue", "--json"))
    assert shown == [{"id": s.id, "name": s.name, "red_flag": s.red_flag} for s in CATALOGUE]
    ids = {entry["id"] for entry in shown}
    assert {"dry-lips", "dry-skin", "dry-eyes", "nosebleeds", "muscle-aches", "joint-pain",
            "back-pain", "headache", "mood-changes", "depression", "suicidal-thoughts",
            "severe-headache-vision", "severe-abdominal-pain", "rectal-bleeding", "yellow-skin",
            "hearing-changes"} <= ids  # fmt: skip


def test_the_catalogue_as_text_is_one_line_each_with_red_flags_marked(data_dir) -> None:
    lines = ok(data_dir, "side-effect", "catalogue").splitlines()
    assert len(lines) == len(CATALOGUE)
    width = max(len(s.id) for s in CATALOGUE)
    assert lines[0] == "dry-lips".ljust(width) + "  Dry or chapped lips"
    assert lines[26] == "yellow-skin".ljust(width) + "  Yellow skin or eyes  (red flag)"


def test_the_catalogue_includes_the_patients_own_symptoms(data_dir) -> None:
    add(data_dir, "custom:Itchy scalp")
    shown = json.loads(ok(data_dir, "side-effect", "catalogue", "--json"))
    assert shown[-1] == {"id": "custom:itchy-scalp", "name": "Itchy scalp", "red_flag": False}


# -- add -----------------------------------------------------------------------------------


def test_add_prints_the_new_id_alone_for_a_common_symptom(data_dir) -> None:
    assert add(data_dir, "dry-lips", "2", "--note", "cracked\ncorners") == ["1"]
    assert listed(data_dir) == [
        {
            "id": 1,
            "date": "2026-11-20",
            "symptom": "dry-lips",
            "symptom_name": "Dry or chapped lips",
            "severity": 2,
            "note": "cracked\ncorners",
            "red_flag": False,
            "discussed_on": None,
        }
    ]


def test_a_red_flag_prints_the_medication_guides_instruction_after_the_id(data_dir) -> None:
    assert add(data_dir, "yellow-skin", "1") == ["1", RED_FLAG_INSTRUCTION]
    assert listed(data_dir)[0]["red_flag"] is True


def test_a_red_flag_reported_as_none_prints_only_the_id(data_dir) -> None:
    assert add(data_dir, "yellow-skin", "0") == ["1"]
    assert add(data_dir, "suicidal-thoughts", "0") == ["2"]


@pytest.mark.parametrize("severity", ["1", "3"])
def test_thoughts_of_self_harm_print_the_crisis_line_before_anything_else(
    data_dir, severity
) -> None:
    assert add(data_dir, "suicidal-thoughts", severity) == [
        CRISIS_LINE,
        "1",
        RED_FLAG_INSTRUCTION,
    ]


SELF_HARM = ["--symptom", "suicidal-thoughts", "--severity", "2"]
BAD_DATE = ["--date", "2026-11-31"]
BAD_DATE_REFUSAL = "error: argument --date: not a date in YYYY-MM-DD form: '2026-11-31'"
BAD_NOTE = ["--note", "a\x00b"]
BAD_NOTE_REFUSAL = (
    "error: argument --note: the text holds a control character (U+0000) at position 2"
)
LATER = "error: 2026-11-29 is later than today; a symptom is reported for today or an earlier day"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([*BAD_DATE, *SELF_HARM], BAD_DATE_REFUSAL),  # refused before the symptom is read
        ([*SELF_HARM, *BAD_DATE], BAD_DATE_REFUSAL),
        (["--severity", "1", *BAD_DATE, "--symptom", "suicidal-thoughts"], BAD_DATE_REFUSAL),
        (["--date", "2026-11-20", *BAD_NOTE, *SELF_HARM], BAD_NOTE_REFUSAL),
        ([*SELF_HARM, "--date", "2026-11-20", *BAD_NOTE], BAD_NOTE_REFUSAL),
        ([*BAD_DATE, *BAD_NOTE, *SELF_HARM], BAD_DATE_REFUSAL),  # the first refusal is said
        ([*BAD_NOTE, *BAD_DATE, *SELF_HARM], BAD_NOTE_REFUSAL),
        (["--date", "2026-11-29", *SELF_HARM], LATER),  # refused once the store is open
    ],
)
def test_thoughts_of_self_harm_print_the_crisis_line_even_when_the_report_is_refused(
    data_dir, args, message
) -> None:
    line = refused(data_dir, "side-effect", "add", *args, stdout=CRISIS_LINE + "\n")
    assert line == message


@pytest.mark.parametrize(
    "args",
    [
        [*BAD_DATE, "--symptom", "dry-lips", "--severity", "3"],
        [*BAD_DATE, "--symptom", "yellow-skin", "--severity", "3"],  # a red flag, not self-harm
        [*BAD_DATE, "--symptom", "suicidal-thoughts", "--severity", "0"],
        [*BAD_DATE, *BAD_NOTE, "--severity", "0", "--symptom", "suicidal-thoughts"],
    ],
)
def test_no_crisis_line_for_anything_else_refused(data_dir, args) -> None:
    assert refused(data_dir, "side-effect", "add", *args) == BAD_DATE_REFUSAL


def test_a_refusal_before_a_missing_symptom_is_still_one_error_line(data_dir) -> None:
    line = refused(data_dir, "side-effect", "add", *BAD_DATE, "--severity", "2")
    assert "required" in line and "--symptom" in line


def test_the_crisis_line_is_printed_once_for_a_severity_given_twice(data_dir) -> None:
    assert add(data_dir, "suicidal-thoughts", "1", "--severity", "3") == [
        CRISIS_LINE,
        "1",
        RED_FLAG_INSTRUCTION,
    ]
    assert listed(data_dir)[0]["severity"] == 3


def test_the_same_symptom_and_day_again_replaces_the_report_under_its_id(data_dir) -> None:
    add(data_dir, "dry-lips", "1")
    assert add(data_dir, "dry-lips", "3") == ["1"]
    assert [(r["id"], r["severity"]) for r in listed(data_dir)] == [(1, 3)]


def test_custom_name_adds_the_patients_own_symptom_once(data_dir) -> None:
    assert add(data_dir, "custom:  Itchy   Scalp! ", "1") == ["1"]
    assert add(data_dir, "custom:itchy-scalp", "2") == ["1"]  # by its key: the same one
    ok(data_dir, "side-effect", "add", "--date", "2026-11-21", "--symptom", "custom:ITCHY SCALP",
       "--severity", "0")  # fmt: skip
    reports = listed(data_dir)
    assert [(r["id"], r["symptom"], r["symptom_name"], r["severity"]) for r in reports] == [
        (1, "custom:itchy-scalp", "Itchy Scalp!", 2),
        (2, "custom:itchy-scalp", "Itchy Scalp!", 0),
    ]


def test_an_unknown_symptom_is_refused_with_a_pointer_to_the_catalogue(data_dir) -> None:
    argv = ["--date", "2026-11-20", "--symptom", "sore-toe", "--severity", "1"]
    assert refused(data_dir, "side-effect", "add", *argv) == (
        "error: unknown symptom 'sore-toe'; `isotrack side-effect catalogue` lists the ids, "
        "and custom:NAME adds your own"
    )


SEVERITY = "error: argument --severity: "
DATE = "error: argument --date: "


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--severity", "7"], SEVERITY + "severity is 0 to 3; 7 given"),
        (["--severity", "-1"], SEVERITY + "severity is 0 to 3; -1 given"),
        (["--severity", "4"], SEVERITY + "severity is 0 to 3; 4 given"),
        (["--severity", "mild"], SEVERITY + "severity must be a whole number: 'mild'"),
        (["--date", "2026-11-31"], DATE + "not a date in YYYY-MM-DD form: '2026-11-31'"),
        (["--date", "20/11/2026"], DATE + "not a date in YYYY-MM-DD form: '20/11/2026'"),
        (
            ["--date", "2026-11-29"],
            "error: 2026-11-29 is later than today; a symptom is reported for today or an "
            "earlier day",
        ),
        (
            ["--date", "1899-01-01"],
            "error: 1899-01-01 is before 1900-01-01; check the year you typed",
        ),
        (["--symptom", "custom:!!"], "error: a symptom's name needs at least one letter or digit"),
        (
            ["--symptom", "custom:" + "a" * 81],
            "error: the symptom's name is 81 characters long; keep it to 80 or fewer",
        ),
        (
            ["--symptom", "dry\x1b-lips"],
            "error: argument --symptom: the text holds a control character (U+001B) at position 4",
        ),
        (
            ["--note", "x" * 2001],
            "error: argument --note: the text is 2001 characters long; keep it to 2000 or fewer",
        ),
    ],
)
def test_bad_input_to_add_is_refused_with_nothing_written(data_dir, args, message) -> None:
    given = {"--date": "2026-11-20", "--symptom": "custom:New one", "--severity": "1"}
    given.update(dict(zip(args[::2], args[1::2], strict=True)))
    argv = [part for option, value in given.items() for part in (option, value)]
    assert refused(data_dir, "side-effect", "add", *argv) == message


def test_a_custom_symptom_on_a_refused_day_is_not_added(data_dir) -> None:
    refused(data_dir, "side-effect", "add", "--date", "2026-11-29", "--symptom",
            "custom:Hiccups", "--severity", "1")  # fmt: skip
    catalogue = json.loads(ok(data_dir, "side-effect", "catalogue", "--json"))
    assert len(catalogue) == len(CATALOGUE)


@pytest.mark.parametrize("missing", ["--date", "--symptom", "--severity"])
def test_add_needs_date_symptom_and_severity(data_dir, missing) -> None:
    given = {"--date": "2026-11-20", "--symptom": "dry-lips", "--severity": "1"}
    del given[missing]
    argv = [part for option, value in given.items() for part in (option, value)]
    line = refused(data_dir, "side-effect", "add", *argv)
    assert "required" in line and missing in line


# -- list ----------------------------------------------------------------------------------


def test_list_when_nothing_is_reported(data_dir) -> None:
    assert ok(data_dir, "side-effect", "list") == (
        "no side effects reported yet (isotrack side-effect add ...)\n"
    )
    assert listed(data_dir) == []


def test_list_as_text_shows_day_severity_symptom_red_flags_notes_and_discussion(data_dir) -> None:
    add(data_dir, "dry-lips", "2", "--note", "cracked\ncorners")
    add(data_dir, "yellow-skin", "1")
    ok(data_dir, "side-effect", "add", "--date", "2026-11-21", "--symptom", "dark-urine",
       "--severity", "3")  # fmt: skip
    ok(data_dir, "side-effect", "discussed", "3", "--note", "tests on Monday")
    assert ok(data_dir, "side-effect", "list").splitlines() == [
        "ID  Date             Severity  Symptom",
        " 1  Fri 20 Nov 2026  moderate  Dry or chapped lips",
        "    Note: cracked / corners",
        " 2  Fri 20 Nov 2026  mild      Yellow skin or eyes",
        "    Red flag, not yet discussed with your doctor",
        " 3  Sat 21 Nov 2026  severe    Dark urine",
        "    Discussed with your doctor on Sat 28 Nov 2026",
        "    Doctor: tests on Monday",
    ]


# -- discussed -----------------------------------------------------------------------------


def test_discussed_marks_a_red_flag_on_today_by_default(data_dir) -> None:
    add(data_dir, "yellow-skin", "2")
    assert ok(data_dir, "side-effect", "discussed", "1").splitlines() == [
        "1: Yellow skin or eyes on Fri 20 Nov 2026, discussed with your doctor on Sat 28 Nov 2026"
    ]
    assert listed(data_dir)[0]["discussed_on"] == "2026-11-28"


def test_discussed_on_a_date_with_a_note(data_dir) -> None:
    add(data_dir, "yellow-skin", "2")
    out = ok(data_dir, "side-effect", "discussed", "1", "--date", "2026-11-22", "--note", "ok")
    assert out.endswith("discussed with your doctor on Sun 22 Nov 2026\n")
    assert listed(data_dir)[0]["discussed_on"] == "2026-11-22"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["9"], "error: there is no side-effect report with id 9"),
        (["x"], "error: argument ID: the number must be a whole number: 'x'"),
        (
            ["1", "--date", "2026-11-19"],
            "error: 2026-11-19 is before the day it was reported (2026-11-20)",
        ),
        (
            ["1", "--date", "2026-11-29"],
            "error: 2026-11-29 is later than today; mark it discussed once you have talked to "
            "your doctor",
        ),
        (
            ["1", "--note", "a\x00b"],
            "error: argument --note: the text holds a control character (U+0000) at position 2",
        ),
    ],
)
def test_bad_input_to_discussed_is_refused(data_dir, args, message) -> None:
    add(data_dir, "yellow-skin", "2")
    assert refused(data_dir, "side-effect", "discussed", *args) == message


# -- through the installed `isotrack` ------------------------------------------------------


def test_the_installed_command_prints_the_crisis_line_first_and_refuses_severity_7(
    tmp_path,
) -> None:
    data_dir = tmp_path / "data"
    done = run(data_dir, "side-effect", "add", "--date", "2026-11-20", "--symptom",
               "suicidal-thoughts", "--severity", "2")  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == [CRISIS_LINE, "1", RED_FLAG_INSTRUCTION]
    before = dump(data_dir)
    bad = run(data_dir, "side-effect", "add", "--date", "2026-11-20", "--symptom", "dry-lips",
              "--severity", "7")  # fmt: skip
    assert (bad.returncode, bad.stdout) == (2, "")
    assert bad.stderr == "error: argument --severity: severity is 0 to 3; 7 given\n"
    assert dump(data_dir) == before
    listing = run(data_dir, "side-effect", "list", "--json")
    assert [r["symptom"] for r in json.loads(listing.stdout)] == ["suicidal-thoughts"]


def test_the_installed_command_prints_the_crisis_line_before_refusing_a_bad_date(
    tmp_path,
) -> None:
    data_dir = tmp_path / "data"
    bad = run(data_dir, "side-effect", "add", "--date", "2026-02-30", "--symptom",
              "suicidal-thoughts", "--severity", "3")  # fmt: skip
    assert (bad.returncode, bad.stdout) == (2, CRISIS_LINE + "\n")
    assert bad.stderr == "error: argument --date: not a date in YYYY-MM-DD form: '2026-02-30'\n"
