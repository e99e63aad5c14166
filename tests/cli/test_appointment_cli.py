"""`isotrack appointment ...`: what a patient or a script sees (stdout, stderr, exit status)
and what ends up stored. In-process through `cli.main()`, and once through the installed
`isotrack`."""

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
    assert len(out.error_lines) == 1
    assert out.error_lines[0].startswith("error: ")
    assert dump(data_dir) == before
    return out.error_lines[0]


def listed(data_dir: Path) -> list[dict]:
    return json.loads(ok(data_dir, "appointment", "list", "--json"))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    data_dir = tmp_path / "data"
    ok(data_dir, "course", "start", "--start", "2026-10-01", "--weight-kg", "70",
       "--dose-mg", "40")  # fmt: skip
    return data_dir


def add(data_dir: Path, at: str = "2026-12-03 10:00", kind: str = "visit", *more: str) -> str:
    return ok(data_dir, "appointment", "add", "--at", at, "--kind", kind, *more).strip()


# -- add and list ------------------------------------------------------------------------------


def test_add_prints_the_new_id_alone_and_stores_every_field(data_dir) -> None:
    ok(data_dir, "profile", "set", "--can-become-pregnant", "yes")
    out = ok(data_dir, "appointment", "add", "--at", "2026-12-03 09:30", "--kind", "lab",
             "--title", "Lipids", "--place", "Clinic, room 4",
             "--note", "fasting\n12 h")  # fmt: skip
    assert out == "1\n"
    assert add(data_dir, "2026-12-01 8:05", "pregnancy-test") == "2"
    assert listed(data_dir) == [
        {
            "id": 2,
            "at": "2026-12-01T08:05",
            "kind": "pregnancy-test",
            "title": "",
            "place": "",
            "status": "planned",
            "outcome": "",
            "note": "",
        },
        {
            "id": 1,
            "at": "2026-12-03T09:30",
            "kind": "lab",
            "title": "Lipids",
            "place": "Clinic, room 4",
            "status": "planned",
            "outcome": "",
            "note": "fasting\n12 h",
        },
    ]


@pytest.mark.parametrize("kind", ["visit", "lab", "pregnancy-test", "pickup", "other"])
def test_every_kind_can_be_added(data_dir, kind) -> None:
    ok(data_dir, "profile", "set", "--can-become-pregnant", "yes")
    add(data_dir, "2026-12-03 10:00", kind)
    assert listed(data_dir)[0]["kind"] == kind


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (None, "does not say whether you can become pregnant"),
        ("no", "says you cannot become pregnant"),
    ],
)
def test_a_pregnancy_test_appointment_needs_a_profile_that_can_become_pregnant(
    data_dir, answer, says
) -> None:
    if answer is not None:
        ok(data_dir, "profile", "set", "--can-become-pregnant", answer)
    message = (
        f"error: your profile {says}, so pregnancy-test appointments are not kept; if you can, "
        "say so first: isotrack profile set --can-become-pregnant yes"
    )
    args = ["appointment", "add", "--at", "2026-12-03 10:00", "--kind", "pregnancy-test"]
    assert refused(data_dir, *args) == message
    add(data_dir)  # a visit is fine
    assert refused(data_dir, "appointment", "edit", "1", "--kind", "pregnancy-test") == message
    ok(data_dir, "appointment", "edit", "1", "--kind", "lab")


def test_a_pregnancy_test_appointment_on_record_keeps_its_kind(data_dir) -> None:
    ok(data_dir, "profile", "set", "--can-become-pregnant", "yes")
    add(data_dir, "2026-12-03 10:00", "pregnancy-test")
    ok(data_dir, "profile", "set", "--can-become-pregnant", "no")
    assert ok(data_dir, "appointment", "edit", "1", "--kind", "pregnancy-test", "--place", "X") == (
        "1: Pregnancy test on Thu 3 Dec 2026 10:00 (planned)\n"
    )
    assert [(a["kind"], a["place"]) for a in listed(data_dir)] == [("pregnancy-test", "X")]


def test_an_appointment_can_be_added_before_any_course(tmp_path) -> None:
    data_dir = tmp_path / "fresh"
    assert add(data_dir) == "1"
    assert [a["status"] for a in listed(data_dir)] == ["planned"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--at", "2026-12-03", "--kind", "visit"], "argument --at: not a date and time in"),
        (["--at", "2026-12-03T10:00", "--kind", "visit"], "'YYYY-MM-DD HH:MM' form"),
        (["--at", "2026-12-03 24:00", "--kind", "visit"], "not a time in HH:MM form"),
        (["--at", "2026-02-30 10:00", "--kind", "visit"], "not a date in YYYY-MM-DD form"),
        (["--at", "2029-01-01 10:00", "--kind", "visit"], "more than 104 weeks after today"),
        (["--at", "1899-12-31 10:00", "--kind", "visit"], "before 1900-01-01"),
        (["--at", "2026-12-03 10:00", "--kind", "derm"], "argument --kind: invalid choice"),
        (["--kind", "visit"], "the following arguments are required: --at"),
        (["--at", "2026-12-03 10:00"], "the following arguments are required: --kind"),
        (["--at", "2026-12-03 10:00", "--kind", "visit", "--title", "x" * 201],
         "argument --title: the text is 201 characters long; keep it to 200 or fewer"),
        (["--at", "2026-12-03 10:00", "--kind", "visit", "--place", "y" * 201],
         "argument --place: the text is 201 characters long; keep it to 200 or fewer"),
        (["--at", "2026-12-03 10:00", "--kind", "visit", "--note", "z" * 2001],
         "argument --note: the text is 2001 characters long; keep it to 2000 or fewer"),
        (["--at", "2026-12-03 10:00", "--kind", "visit", "--title", "a\nb"],
         "a control character (U+000A)"),
        (["--at", "2026-12-03 10:00", "--kind", "visit", "--note", "a\x1bb"],
         "a control character (U+001B)"),
    ],
)  # fmt: skip
def test_a_bad_add_is_refused_in_one_line_and_writes_nothing(data_dir, args, words) -> None:
    assert words in refused(data_dir, "appointment", "add", *args)


def test_the_longest_texts_are_taken(data_dir) -> None:
    add(data_dir, "2026-12-03 10:00", "other", "--title", "t" * 200, "--place", "p" * 200,
        "--note", "n\n" * 1000)  # fmt: skip
    (stored,) = listed(data_dir)
    assert (len(stored["title"]), len(stored["place"]), stored["note"]) == (
        200,
        200,
        ("n\n" * 1000).strip(),
    )


def test_the_list_reads_as_a_table(data_dir) -> None:
    assert ok(data_dir, "appointment", "list") == (
        "no appointments yet (isotrack appointment add ...)\n"
    )
    add(data_dir, "2026-12-03 09:30", "lab", "--place", "Clinic", "--note", "fasting\n 12 h ")
    add(data_dir, "2026-11-20 10:00", "visit", "--title", "Dr Lee")
    ok(data_dir, "appointment", "done", "2", "--outcome", "dose raised\nto 60 mg")
    ok(data_dir, "appointment", "plan", "--every-days", "60")
    assert ok(data_dir, "appointment", "list").splitlines() == [
        "ID  When                   State      What",
        " 2  Fri 20 Nov 2026 10:00  done       Dr Lee",
        "    Outcome: dose raised / to 60 mg",
        " 3  Mon 30 Nov 2026 10:00  proposed   Dermatology visit",
        " 1  Thu 3 Dec 2026 09:30   planned    Lab draw, Clinic",
        "    Note: fasting / 12 h",
        " 4  Fri 29 Jan 2027 10:00  proposed   Dermatology visit",
    ]


def test_the_json_list_is_empty_without_appointments(tmp_path) -> None:
    assert ok(tmp_path / "d", "appointment", "list", "--json") == "[]\n"


def test_the_json_list_keeps_text_as_typed(data_dir) -> None:
    add(data_dir, "2026-12-03 10:00", "visit", "--place", "Zürich Ärztehaus")
    assert '"place": "Zürich Ärztehaus"' in ok(data_dir, "appointment", "list", "--json")


# -- changing one -----------------------------------------------------------------------------


def test_done_records_the_outcome_and_keeps_it_when_none_is_given(data_dir) -> None:
    add(data_dir, "2026-11-20 10:00")
    assert ok(data_dir, "appointment", "done", "1", "--outcome", "dose raised to 60 mg") == (
        "1: Dermatology visit on Fri 20 Nov 2026 10:00 (done); outcome: dose raised to 60 mg\n"
    )
    assert ok(data_dir, "appointment", "done", "1") == (
        "1: Dermatology visit on Fri 20 Nov 2026 10:00 (done); outcome: dose raised to 60 mg\n"
    )
    assert ok(data_dir, "appointment", "done", "1", "--outcome", "") == (
        "1: Dermatology visit on Fri 20 Nov 2026 10:00 (done)\n"
    )
    assert listed(data_dir)[0]["status"] == "done"


def test_done_is_refused_for_a_later_day(data_dir) -> None:
    add(data_dir, "2026-11-29 00:00")
    assert refused(data_dir, "appointment", "done", "1") == (
        "error: Dermatology visit on Sun 29 Nov 2026 00:00 (planned) is on a later day than "
        "today; mark it done once it has taken place"
    )


def test_cancel_then_move_books_it_again(data_dir) -> None:
    add(data_dir, "2026-12-03 10:00", "pickup")
    assert ok(data_dir, "appointment", "cancel", "1") == (
        "1: Prescription pick-up on Thu 3 Dec 2026 10:00 (cancelled)\n"
    )
    assert refused(data_dir, "appointment", "cancel", "1") == (
        "error: Prescription pick-up on Thu 3 Dec 2026 10:00 (cancelled) is already cancelled"
    )
    assert ok(data_dir, "appointment", "move", "1", "--at", "2026-12-05 16:30") == (
        "1: Prescription pick-up on Sat 5 Dec 2026 16:30 (planned) (was Thu 3 Dec 2026 10:00)\n"
    )
    assert [(a["at"], a["status"]) for a in listed(data_dir)] == [("2026-12-05T16:30", "planned")]


def test_move_needs_a_plausible_new_time(data_dir) -> None:
    add(data_dir)
    assert "required: --at" in refused(data_dir, "appointment", "move", "1")
    assert "more than 104 weeks after today" in refused(
        data_dir, "appointment", "move", "1", "--at", "2030-01-01 10:00"
    )


def test_edit_changes_only_what_is_given(data_dir) -> None:
    add(data_dir, "2026-12-03 10:00", "visit", "--place", "Room 1", "--note", "bring list")
    assert ok(data_dir, "appointment", "edit", "1", "--title", "Dr Lee", "--kind", "other") == (
        "1: Dr Lee on Thu 3 Dec 2026 10:00 (planned)\n"
    )
    ok(data_dir, "appointment", "edit", "1", "--at", "2026-12-04 11:00", "--place", "",
       "--note", "ask about dryness")  # fmt: skip
    (stored,) = listed(data_dir)
    assert stored == {
        "id": 1,
        "at": "2026-12-04T11:00",
        "kind": "other",
        "title": "Dr Lee",
        "place": "",
        "status": "planned",
        "outcome": "",
        "note": "ask about dryness",
    }


def test_edit_without_a_change_is_refused(data_dir) -> None:
    add(data_dir)
    assert refused(data_dir, "appointment", "edit", "1") == (
        "error: say what to change, e.g. --place 'Clinic, room 4'"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["done", "9"],
        ["cancel", "9"],
        ["move", "9", "--at", "2026-12-03 10:00"],
        ["confirm", "9"],
        ["drop", "9"],
        ["edit", "9", "--title", "x"],
    ],
)
def test_an_unknown_id_is_refused(data_dir, args) -> None:
    add(data_dir)
    assert refused(data_dir, "appointment", *args) == "error: there is no appointment with id 9"


@pytest.mark.parametrize("action", ["done", "cancel", "confirm", "drop", "edit", "move"])
def test_an_id_is_a_whole_number(data_dir, action) -> None:
    assert "the number must be a whole number: 'one'" in refused(
        data_dir, "appointment", action, "one"
    )


# -- the plan ---------------------------------------------------------------------------------


def test_plan_lists_the_proposed_visits_and_confirm_or_drop_them(data_dir) -> None:
    assert ok(data_dir, "appointment", "plan", "--time", "9:15").splitlines() == [
        "proposed 3 visits; confirm, move or drop each:",
        "1  Mon 30 Nov 2026 09:15",
        "2  Wed 30 Dec 2026 09:15",
        "3  Fri 29 Jan 2027 09:15",
    ]
    assert ok(data_dir, "appointment", "plan", "--time", "09:15") == (  # the same plan
        "nothing new to propose: every date still to come up to the planned end already has "
        "a visit\n"
    )
    assert ok(data_dir, "appointment", "confirm", "1") == (
        "1: Dermatology visit on Mon 30 Nov 2026 09:15 (planned)\n"
    )
    assert refused(data_dir, "appointment", "confirm", "1") == (
        "error: Dermatology visit on Mon 30 Nov 2026 09:15 (planned) is already planned; "
        "there is nothing to confirm"
    )
    assert ok(data_dir, "appointment", "drop", "2") == (
        "dropped Dermatology visit on Wed 30 Dec 2026 09:15 (proposed)\n"
    )
    assert refused(data_dir, "appointment", "drop", "1") == (
        "error: Dermatology visit on Mon 30 Nov 2026 09:15 (planned) is not a proposed "
        "visit; to call it off, use: isotrack appointment cancel 1"
    )
    assert [(a["id"], a["status"]) for a in listed(data_dir)] == [
        (1, "planned"),
        (3, "tentative"),
    ]


def test_plan_of_one_visit_says_visit(data_dir) -> None:
    ok(data_dir, "course", "set", "--planned-weeks", "9")  # ends 2026-12-03
    assert ok(data_dir, "appointment", "plan").splitlines() == [
        "proposed 1 visit; confirm, move or drop it:",
        "1  Mon 30 Nov 2026 10:00",
    ]


def test_a_new_plan_replaces_the_earlier_proposals(data_dir) -> None:
    ok(data_dir, "appointment", "plan")  # 1: 30 Nov, 2: 30 Dec, 3: 29 Jan
    ok(data_dir, "appointment", "confirm", "2")
    # Every 45 days: 15 Nov has passed, 30 Dec is booked, 13 Feb is new.
    assert ok(data_dir, "appointment", "plan", "--every-days", "45").splitlines() == [
        "proposed 1 visit (replacing 2 earlier proposals); confirm, move or drop it:",
        "4  Sat 13 Feb 2027 10:00",
    ]
    # Every 90 days: only 30 Dec, booked.
    assert ok(data_dir, "appointment", "plan", "--every-days", "90") == (
        "proposed 0 visits (replacing 1 earlier proposal)\n"
    )
    assert [(a["id"], a["status"]) for a in listed(data_dir)] == [(2, "planned")]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--every-days", "0"], "error: follow-ups can be every 1 to 120 days (got 0)"),
        (["--every-days", "121"], "error: follow-ups can be every 1 to 120 days (got 121)"),
        (["--every-days", "2.5"], "argument --every-days: the number must be a whole number"),
        (["--time", "25:00"], "argument --time: not a time in HH:MM form"),
    ],
)
def test_plan_refuses_a_bad_interval_or_time(data_dir, args, words) -> None:
    assert words in refused(data_dir, "appointment", "plan", *args)


def test_plan_needs_an_active_course(tmp_path) -> None:
    ok(tmp_path / "d", "appointment", "list")  # the store exists, empty
    assert refused(tmp_path / "d", "appointment", "plan") == (
        "error: no active course: start one first (isotrack course start ...)"
    )


def test_an_action_is_required(data_dir) -> None:
    assert "required: ACTION" in refused(data_dir, "appointment")


# -- the installed command --------------------------------------------------------------------


def test_the_installed_command_adds_and_lists(tmp_path) -> None:
    env = {**os.environ, "ISOTRACK_TODAY": TODAY}
    env.pop("ISOTRACK_DATA_DIR", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [ISOTRACK, "--data-dir", str(tmp_path / "data"), "appointment", *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=60,
        )

    added = run("add", "--at", "2026-12-03 10:00", "--kind", "visit", "--place", "Room 4")
    assert (added.returncode, added.stdout, added.stderr) == (0, "1\n", "")
    bad = run("move", "1", "--at", "tomorrow")
    assert bad.returncode == 2
    assert bad.stderr.startswith("error: ")
    assert bad.stderr.count("\n") == 1
    listing = run("list", "--json")
    assert listing.returncode == 0
    assert [(a["id"], a["at"], a["place"]) for a in json.loads(listing.stdout)] == [
        (1, "2026-12-03T10:00", "Room 4")
    ]
