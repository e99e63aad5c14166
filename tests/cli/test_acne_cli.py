"""`isotrack acne ...` and `isotrack photo ...`: what a patient or a script sees (stdout,
stderr, exit status) and what ends up stored. In-process through `cli.main()`, and once
each through the installed `isotrack`."""

import json
import os
import stat
from pathlib import Path

import pytest

from tests.cli.inprocess import call
from tests.cli.test_cli import dump, run
from tests.services.test_photos import png_bytes


def ok(data_dir: Path, *args: str) -> str:
    out = call(data_dir, *args)
    assert (out.status, out.stderr) == (0, ""), out.stderr
    return out.stdout


def refused(data_dir: Path, *args: str) -> str:
    """A command that must be refused: exit 2, one `error:` line, nothing written."""
    before = dump(data_dir)
    photos_before = sorted((data_dir / "photos").rglob("*")) if data_dir.exists() else []
    out = call(data_dir, *args)
    assert out.status == 2, out
    assert out.stdout == ""
    assert len(out.error_lines) == 1, out.stderr
    assert out.error_lines[0].startswith("error: ")
    assert dump(data_dir) == before
    assert sorted((data_dir / "photos").rglob("*")) == photos_before
    return out.error_lines[0]


@pytest.fixture
def data_dir(tmp_path) -> Path:
    data_dir = tmp_path / "data"
    ok(data_dir, "course", "start", "--start", "2026-10-01", "--weight-kg", "70",
       "--dose-mg", "40")  # fmt: skip
    return data_dir


@pytest.fixture
def picture(tmp_path) -> Path:
    path = tmp_path / "front.png"
    path.write_bytes(png_bytes())
    return path


def assessments(data_dir: Path) -> list[dict]:
    return json.loads(ok(data_dir, "acne", "list", "--json"))


# -- acne add / list -------------------------------------------------------------------------


def test_acne_add_prints_the_new_id_and_stores_every_field(data_dir) -> None:
    assert ok(data_dir, "acne", "add", "--date", "2026-10-01", "--grade", "4",
              "--comedones", "30", "--inflammatory", "25", "--nodules", "10",
              "--note", "baseline\nbefore the first dose") == "1\n"  # fmt: skip
    assert ok(data_dir, "acne", "add", "--date", "2026-11-01", "--nodules", "3") == "2\n"
    assert assessments(data_dir) == [
        {
            "id": 1,
            "date": "2026-10-01",
            "grade": 4,
            "grade_name": "severe",
            "comedones": 30,
            "inflammatory": 25,
            "nodules": 10,
            "note": "baseline\nbefore the first dose",
            "baseline_dates": {
                "grade": "2026-10-01",
                "comedones": "2026-10-01",
                "inflammatory": "2026-10-01",
                "nodules": "2026-10-01",
            },
            "baseline_of": ["grade", "comedones", "inflammatory", "nodules"],
            "change": {"grade": None, "comedones": None, "inflammatory": None, "nodules": None},
            "nodule_reduction_percent": None,
        },
        {
            "id": 2,
            "date": "2026-11-01",
            "grade": None,
            "grade_name": None,
            "comedones": None,
            "inflammatory": None,
            "nodules": 3,
            "note": "",
            "baseline_dates": {
                "grade": None,
                "comedones": None,
                "inflammatory": None,
                "nodules": "2026-10-01",
            },
            "baseline_of": [],
            "change": {"grade": None, "comedones": None, "inflammatory": None, "nodules": -7},
            "nodule_reduction_percent": 70.0,
        },
    ]


def test_the_reduction_is_rounded_to_one_decimal_and_null_without_a_first_count(
    data_dir,
) -> None:
    ok(data_dir, "acne", "add", "--date", "2026-10-01", "--nodules", "3")
    ok(data_dir, "acne", "add", "--date", "2026-10-08", "--nodules", "1")
    assert assessments(data_dir)[1]["nodule_reduction_percent"] == 66.7
    other = data_dir.parent / "other"
    ok(other, "course", "start", "--start", "2026-10-01", "--weight-kg", "70",
       "--dose-mg", "40")  # fmt: skip
    ok(other, "acne", "add", "--date", "2026-10-01", "--nodules", "0")
    ok(other, "acne", "add", "--date", "2026-10-08", "--nodules", "2")
    assert [a["nodule_reduction_percent"] for a in assessments(other)] == [None, None]
    assert assessments(other)[1]["change"]["nodules"] == 2


def test_an_assessment_typed_before_the_course_existed_is_its_baseline(tmp_path) -> None:
    fresh = tmp_path / "fresh"
    ok(fresh, "acne", "add", "--date", "2026-09-20", "--grade", "3")
    ok(fresh, "course", "start", "--start", "2026-10-01", "--weight-kg", "70",
       "--dose-mg", "40")  # fmt: skip
    ok(fresh, "acne", "add", "--date", "2026-10-05", "--grade", "3", "--nodules", "10")
    ok(fresh, "acne", "add", "--date", "2026-11-01", "--grade", "2", "--nodules", "4")
    listed = assessments(fresh)
    assert [a["baseline_of"] for a in listed] == [["grade"], ["nodules"], []]
    assert listed[2]["baseline_dates"]["grade"] == "2026-09-20"
    assert listed[2]["change"] == {"grade": -1, "comedones": None, "inflammatory": None,
                                   "nodules": -6}  # fmt: skip
    assert ok(fresh, "acne", "list").splitlines()[-1] == (
        "Compared with your baselines: grade moderate \u2192 mild since Sun 20 Sep 2026; "
        "nodules and cysts 10 \u2192 4 (60% fewer) since Mon 5 Oct 2026."
    )


def test_acne_list_as_text(data_dir) -> None:
    assert ok(data_dir, "acne", "list") == "no assessments yet (isotrack acne add ...)\n"
    ok(data_dir, "acne", "add", "--date", "2026-10-01", "--grade", "4", "--comedones", "30",
       "--nodules", "10", "--note", "one\ntwo")  # fmt: skip
    assert ok(data_dir, "acne", "list") == (
        "ID  Date            Grade           Comedones  Papules/pustules  Nodules/cysts\n"
        " 1  Thu 1 Oct 2026  4 severe               30                 -             10\n"
        "    Note: one / two\n"
    )
    ok(data_dir, "acne", "add", "--date", "2026-11-01", "--grade", "2", "--inflammatory", "4",
       "--nodules", "3")  # fmt: skip
    assert ok(data_dir, "acne", "list").splitlines()[-2:] == [
        "",
        "Since your baseline on Thu 1 Oct 2026: grade severe \u2192 mild; nodules and "
        "cysts 10 \u2192 3 (70% fewer).",
    ]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ((), "give the grade or at least one lesion count"),
        (("--note", "only a note"), "give the grade or at least one lesion count"),
        (("--grade", "5"), "the grade is 0 (clear) to 4 (severe), not 5"),
        (("--grade", "-1"), "not -1"),
        (("--grade", "two"), "argument --grade: the number must be a whole number: 'two'"),
        (("--nodules", "1001"), "the count of nodules and cysts is 0 to 1000, not 1001"),
        (("--comedones", "-3"), "comedones (blackheads and whiteheads) is 0 to 1000, not -3"),
        (("--inflammatory", "2.5"), "argument --inflammatory: the number must be a whole"),
        (("--grade", "1", "--note", "a\x1bb"), "control character"),
    ],
)
def test_acne_add_refuses_bad_input_with_nothing_written(data_dir, args, words) -> None:
    line = refused(data_dir, "acne", "add", "--date", "2026-11-01", *args)
    assert words in line


@pytest.mark.parametrize(
    ("date", "words"),
    [
        ("2026-11-29", "Sun 29 Nov 2026 is a later day than today"),
        ("2026-13-01", "not a date in YYYY-MM-DD form"),
        ("1899-12-31", "before 1900-01-01"),
    ],
)
def test_acne_add_refuses_a_bad_date(data_dir, date, words) -> None:
    assert words in refused(data_dir, "acne", "add", "--date", date, "--grade", "1")


def test_acne_add_needs_a_date_and_refuses_a_second_on_the_same_day(data_dir) -> None:
    assert "--date" in refused(data_dir, "acne", "add", "--grade", "1")
    ok(data_dir, "acne", "add", "--date", "2026-11-01", "--grade", "1")
    assert refused(data_dir, "acne", "add", "--date", "2026-11-01", "--grade", "2") == (
        "error: there is already an assessment on Sun 1 Nov 2026 (id 1); edit that one instead"
    )


# -- photo add / list ------------------------------------------------------------------------


def test_photo_add_copies_privately_and_prints_the_id(data_dir, picture) -> None:
    assert ok(data_dir, "photo", "add", "--date", "2026-11-01", str(picture),
              "--note", "left cheek") == "1\n"  # fmt: skip
    (listed,) = json.loads(ok(data_dir, "photo", "list", "--json"))
    copy = Path(listed.pop("file"))
    assert listed == {
        "id": 1, "date": "2026-11-01", "original_name": "front.png", "note": "left cheek",
    }  # fmt: skip
    assert copy.parent == data_dir / "photos"
    assert copy.read_bytes() == picture.read_bytes() == png_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700


def test_photo_list_as_text(data_dir, picture) -> None:
    assert ok(data_dir, "photo", "list") == (
        "no photos yet (isotrack photo add --date YYYY-MM-DD FILE)\n"
    )
    ok(data_dir, "photo", "add", "--date", "2026-11-01", str(picture), "--note", "a\nb")
    ok(data_dir, "photo", "add", "--date", "2026-10-01", str(picture))
    assert ok(data_dir, "photo", "list") == (
        "ID  Taken           Picked file\n"
        " 2  Thu 1 Oct 2026  front.png\n"
        " 1  Sun 1 Nov 2026  front.png\n"
        "    Note: a / b\n"
    )


def test_photo_add_refuses_what_is_not_a_photo(data_dir, tmp_path, picture) -> None:
    text = tmp_path / "notes.jpg"
    text.write_text("hello")
    assert refused(data_dir, "photo", "add", "--date", "2026-11-01", str(text)) == (
        f"error: {text} is not a JPEG, PNG, WebP or HEIC picture; only photos in those "
        "formats can be added"
    )
    missing = tmp_path / "missing.jpg"
    assert refused(data_dir, "photo", "add", "--date", "2026-11-01", str(missing)) == (
        f"error: there is no file {missing}"
    )
    pipe = tmp_path / "pipe.jpg"
    os.mkfifo(pipe)  # opening it would wait for a writer forever: refused before that
    assert refused(data_dir, "photo", "add", "--date", "2026-11-01", str(pipe)) == (
        f"error: {pipe} is not a regular file (it is a pipe, a device or a socket); "
        "pick a photo saved as a file"
    )
    assert "later day than today" in refused(
        data_dir, "photo", "add", "--date", "2026-11-29", str(picture)
    )
    assert "FILE" in refused(data_dir, "photo", "add", "--date", "2026-11-01")
    assert "--date" in refused(data_dir, "photo", "add", str(picture))
    assert json.loads(ok(data_dir, "photo", "list", "--json")) == []


def test_through_the_installed_command(data_dir, picture) -> None:
    added = run(data_dir, "photo", "add", "--date", "2026-11-01", str(picture))
    assert (added.returncode, added.stdout, added.stderr) == (0, "1\n", "")
    bad = run(data_dir, "acne", "add", "--date", "2026-11-01")
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr == (
        "error: give the grade or at least one lesion count (comedones, papules and pustules, "
        "nodules and cysts)\n"
    )
    good = run(data_dir, "acne", "add", "--date", "2026-11-01", "--grade", "2")
    assert (good.returncode, good.stdout) == (0, "1\n")
