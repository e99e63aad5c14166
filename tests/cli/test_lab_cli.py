"""`isotrack lab ...`: what a patient or a script sees (stdout, stderr, exit status) and what
ends up stored. In-process through `cli.main()`, and once through the installed `isotrack`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.cli.inprocess import call
from tests.cli.test_cli import ISOTRACK, dump

TODAY = "2026-11-28"


def ok(data_dir: Path, *args: str) -> str:
    out = call(data_dir, *args)
    assert (out.status, out.stderr) == (0, ""), out.stderr
    return out.stdout


def refused(data_dir: Path, *args: str) -> str:
    """Run a command that must be refused: exit 2, one `error:` line, nothing written."""
    before = dump(data_dir)
    out = call(data_dir, *args)
    assert out.status == 2, out
    assert out.stdout == ""
    assert len(out.error_lines) == 1, out.stderr
    assert out.error_lines[0].startswith("error: ")
    assert dump(data_dir) == before
    return out.error_lines[0]


def listed(data_dir: Path) -> list[dict]:
    return json.loads(ok(data_dir, "lab", "list", "--json"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    ok(data_dir, "course", "start", "--start", "2026-10-01", "--weight-kg", "70",
       "--dose-mg", "40")  # fmt: skip
    return data_dir


def add(data_dir: Path, *args: str) -> str:
    return ok(data_dir, "lab", "add", *args).strip()


# -- add and list ----------------------------------------------------------------------------


def test_add_prints_the_new_id_alone_and_list_gives_every_field(data_dir: Path) -> None:
    out = ok(data_dir, "lab", "add", "--date", "2026-10-01", "--test", "triglycerides",
             "--value", "150", "--unit", "mg/dL", "--range", "0-150", "--fasting")  # fmt: skip
    assert out == "1\n"
    assert add(data_dir, "--date", "2026-11-02", "--test", "triglycerides", "--value", "2",
               "--unit", "mmol/L", "--range", "0-1.7", "--flag", "H",
               "--note", "late dinner")  # fmt: skip
    assert add(data_dir, "--date", "2026-11-02", "--test", "alt", "--value", "32",
               "--unit", "U/L", "--range", "-56", "--not-fasting")  # fmt: skip
    assert listed(data_dir) == [
        {
            "id": 1,
            "date": "2026-10-01",
            "test": "triglycerides",
            "value": 150.0,
            "unit": "mg/dL",
            "value_canonical": 150.0,
            "canonical_unit": "mg/dL",
            "fasting": True,
            "range_low": 0.0,
            "range_high": 150.0,
            "flag": "",
            "note": "",
            "baseline_id": 1,
            "change_from_baseline": None,
            "change_from_baseline_in_unit": None,
        },
        {
            "id": 2,
            "date": "2026-11-02",
            "test": "triglycerides",
            "value": 2.0,
            "unit": "mmol/L",
            "value_canonical": 176.99,  # 2 / 0.0113, to two decimals
            "canonical_unit": "mg/dL",
            "fasting": None,
            "range_low": 0.0,
            "range_high": 1.7,
            "flag": "H",
            "note": "late dinner",
            "baseline_id": 1,
            "change_from_baseline": 26.99,
            # In the result's own mmol/L: 26.99 * 0.0113 = 2 - 1.695, to two decimals.
            "change_from_baseline_in_unit": 0.3,
        },
        {
            "id": 3,
            "date": "2026-11-02",
            "test": "alt",
            "value": 32.0,
            "unit": "U/L",
            "value_canonical": 32.0,
            "canonical_unit": "U/L",
            "fasting": False,
            "range_low": None,
            "range_high": 56.0,
            "flag": "",
            "note": "",
            "baseline_id": 3,
            "change_from_baseline": None,
            "change_from_baseline_in_unit": None,
        },
    ]


def test_glucose_and_cholesterol_in_mmol_l_are_converted(data_dir: Path) -> None:
    add(data_dir, "--date", "2026-11-01", "--test", "glucose", "--value", "5", "--unit", "mmol/L")
    add(data_dir, "--date", "2026-11-01", "--test", "ldl", "--value", "2.59", "--unit", "mmol/l")
    glucose, ldl = listed(data_dir)
    assert (glucose["value_canonical"], glucose["canonical_unit"]) == (90.08, "mg/dL")
    assert (ldl["unit"], ldl["value_canonical"]) == ("mmol/L", 100.0)


def test_a_custom_test_keeps_its_unit(data_dir: Path) -> None:
    add(data_dir, "--date", "2026-11-01", "--test", "custom:Vitamin D", "--value", "30",
        "--unit", "ng/mL", "--range", "20-50")  # fmt: skip
    (vitamin,) = listed(data_dir)
    assert (vitamin["test"], vitamin["unit"], vitamin["value_canonical"]) == (
        "custom:Vitamin D",
        "ng/mL",
        30.0,
    )
    assert vitamin["canonical_unit"] == "ng/mL"


def test_a_result_before_any_course_is_taken(tmp_path: Path) -> None:
    data_dir = tmp_path / "fresh"
    assert add(data_dir, "--date", "2026-09-20", "--test", "ck", "--value", "150",
               "--unit", "U/L") == "1"  # fmt: skip
    (ck,) = listed(data_dir)
    assert (ck["baseline_id"], ck["change_from_baseline"]) == (None, None)
    assert ok(data_dir, "lab", "list").splitlines()[1].endswith("not during a course")


def test_results_typed_before_the_course_existed_are_its_baseline(tmp_path: Path) -> None:
    data_dir = tmp_path / "fresh"
    add(data_dir, "--date", "2026-09-20", "--test", "ck", "--value", "150", "--unit", "U/L")
    ok(data_dir, "course", "start", "--start", "2026-10-01", "--weight-kg", "70",
       "--dose-mg", "40")  # fmt: skip
    add(data_dir, "--date", "2026-10-20", "--test", "ck", "--value", "180", "--unit", "U/L")
    before, during = listed(data_dir)
    assert (before["baseline_id"], before["change_from_baseline"]) == (1, None)
    assert (during["baseline_id"], during["change_from_baseline"]) == (1, 30.0)
    assert during["change_from_baseline_in_unit"] == 30.0  # U/L is the canonical unit


def test_a_change_in_mmol_l_is_also_given_in_mmol_l(data_dir: Path) -> None:
    """A UK patient types 2.5 mmol/L: the change reads in mmol/L first, then in mg/dL."""
    add(data_dir, "--date", "2026-10-01", "--test", "triglycerides", "--value", "120",
        "--unit", "mg/dL")  # fmt: skip
    add(data_dir, "--date", "2026-11-02", "--test", "triglycerides", "--value", "2.5",
        "--unit", "mmol/L")  # fmt: skip
    add(data_dir, "--date", "2026-11-20", "--test", "triglycerides", "--value", "130",
        "--unit", "mg/dL")  # fmt: skip
    _baseline, in_mmol, in_mg = listed(data_dir)
    assert (in_mmol["change_from_baseline"], in_mmol["change_from_baseline_in_unit"]) == (
        101.24,
        1.14,
    )
    assert (in_mg["change_from_baseline"], in_mg["change_from_baseline_in_unit"]) == (10.0, 10.0)
    lines = ok(data_dir, "lab", "list").splitlines()
    assert lines[2].endswith("  +1.14 mmol/L (+101.2 mg/dL)")
    assert lines[3].endswith("  +10 mg/dL")


def test_the_text_listing(data_dir: Path) -> None:
    assert ok(data_dir, "lab", "list") == "no lab results yet (isotrack lab add ...)\n"
    add(data_dir, "--date", "2026-10-01", "--test", "triglycerides", "--value", "150",
        "--unit", "mg/dL", "--range", "0-150", "--fasting")  # fmt: skip
    add(data_dir, "--date", "2026-11-02", "--test", "triglycerides", "--value", "2",
        "--unit", "mmol/L", "--range", "0-1.7", "--flag", "H",
        "--note", "late\ndinner")  # fmt: skip
    add(data_dir, "--date", "2026-11-03", "--test", "alt", "--value", "32", "--unit", "U/L",
        "--range", "40-")  # fmt: skip
    assert ok(data_dir, "lab", "list").splitlines() == [
        "ID  Date            Test                    Result                  Lab's range     "
        "Flag  Change from baseline",
        " 1  Thu 1 Oct 2026  Triglycerides, fasting  150 mg/dL               0-150 mg/dL           "
        "baseline",
        " 2  Mon 2 Nov 2026  Triglycerides           2 mmol/L (177.0 mg/dL)  0-1.7 mmol/L    "
        "H     +0.30 mmol/L (+27.0 mg/dL)",
        "    Note: late / dinner",
        " 3  Tue 3 Nov 2026  ALT                     32 U/L                  40 U/L or more        "
        "baseline",
    ]


# -- bad input: exit 2, one line, nothing written --------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--test", "cholesterol", "--value", "200", "--unit", "mg/dL"),
            "error: unknown test 'cholesterol': use one of triglycerides, total-cholesterol, "
            "ldl, hdl, alt, ast, ck, glucose, or custom:NAME for another test",
        ),
        (
            ("--test", "alt", "--value", "32", "--unit", "mg/dL"),
            "error: ALT is reported in U/L; mg/dL does not fit",
        ),
        (
            ("--test", "triglycerides", "--value", "150", "--unit", "U/L"),
            "error: Triglycerides are reported in mg/dL or mmol/L; U/L does not fit",
        ),
        (
            ("--test", "alt", "--value", "3", "--unit", "U/L", "--range", "5-2"),
            "error: the range's low end (5) is above its high end (2); write it as LOW-HIGH, "
            "e.g. 0-150",
        ),
        (
            ("--test", "alt", "--value", "-3", "--unit", "U/L"),
            "error: the value cannot be negative (got -3 U/L)",
        ),
        (
            ("--test", "glucose", "--value", "100001", "--unit", "mg/dL"),
            "error: the value of 100001 mg/dL is over 100,000 mg/dL, more than any lab "
            "reports; check the number you typed",
        ),
        (
            ("--test", "custom:", "--value", "3", "--unit", "x"),
            "error: give the test a name, as on the lab's report",
        ),
        (
            ("--test", "custom:Zinc", "--value", "3", "--unit", " "),
            "error: say which unit the report gives for Zinc, e.g. ng/mL",
        ),
    ],
)
def test_bad_input_is_refused_with_one_line(
    data_dir: Path, args: tuple[str, ...], message: str
) -> None:
    assert refused(data_dir, "lab", "add", "--date", "2026-11-01", *args) == message


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--range", "5to2"), "argument --range: a range is LOW-HIGH"),
        (("--flag", "X"), "argument --flag: invalid choice: 'X'"),
        (("--value", "1,7"), "argument --value: write decimals with a dot"),
        (("--value", "high"), "argument --value: not a number"),
        (("--date", "2026-11-29"), "Sun 29 Nov 2026 is after today"),
        (("--date", "1/11/2026"), "argument --date: not a date in YYYY-MM-DD form"),
        (("--fasting", "--not-fasting"), "not allowed with argument"),
        (("--note", "a\x1bb"), "argument --note: the text holds a control character"),
    ],
)
def test_other_bad_input_is_refused_with_one_line(
    data_dir: Path, args: tuple[str, ...], words: str
) -> None:
    given = {"--date": "2026-11-01", "--test": "alt", "--value": "32", "--unit": "U/L"}
    options = [part for key, value in given.items() if key not in args for part in (key, value)]
    assert words in refused(data_dir, "lab", "add", *options, *args)


def test_every_required_option_is_required(data_dir: Path) -> None:
    for missing in ("--date", "--test", "--value", "--unit"):
        given = {"--date": "2026-11-01", "--test": "alt", "--value": "32", "--unit": "U/L"}
        del given[missing]
        options = [part for pair in given.items() for part in pair]
        assert f"the following arguments are required: {missing}" in refused(
            data_dir, "lab", "add", *options
        )


# -- the installed command -------------------------------------------------------------------


def test_the_installed_command_adds_refuses_and_lists(tmp_path: Path) -> None:
    env = {**os.environ, "ISOTRACK_TODAY": TODAY}
    env.pop("ISOTRACK_DATA_DIR", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [ISOTRACK, "--data-dir", str(tmp_path / "data"), "lab", *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=60,
        )

    added = run("add", "--date", "2026-11-01", "--test", "hdl", "--value", "1.2",
                "--unit", "mmol/L", "--range", "1-")  # fmt: skip
    assert (added.returncode, added.stdout, added.stderr) == (0, "1\n", "")
    bad = run("add", "--date", "2026-11-01", "--test", "ast", "--value", "20", "--unit", "mmol/L")
    assert (bad.returncode, bad.stdout) == (2, "")
    assert bad.stderr == "error: AST is reported in U/L; mmol/L does not fit\n"
    listing = run("list", "--json")
    assert listing.returncode == 0
    assert [(r["id"], r["test"], r["value_canonical"]) for r in json.loads(listing.stdout)] == [
        (1, "hdl", 46.33)  # 1.2 / 0.0259
    ]
