"""`isotrack medicine ...` and `isotrack question ...`: what a patient or a script sees
(stdout, stderr, exit status) and what ends up stored. In-process through `cli.main()`, and
once through the installed `isotrack`."""

import json
from pathlib import Path

import pytest

from tests.cli.inprocess import call
from tests.cli.test_cli import dump, run
from tracker.domain.medicines import CORTICOSTEROID_NOTE, TETRACYCLINE_NOTE, VITAMIN_A_NOTE


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


@pytest.fixture
def data_dir(tmp_path) -> Path:
    data_dir = tmp_path / "data"
    ok(data_dir, "question", "list")  # creates the store; no course is needed
    return data_dir


def medicines(data_dir: Path) -> list[dict]:
    return json.loads(ok(data_dir, "medicine", "list", "--json"))


def questions(data_dir: Path) -> list[dict]:
    return json.loads(ok(data_dir, "question", "list", "--json"))


# -- medicine --------------------------------------------------------------------------------


def test_add_prints_the_id_then_the_labels_note(data_dir) -> None:
    out = ok(data_dir, "medicine", "add", "Doxycycline", "--dose", "100 mg", "--from",
             "2026-11-01", "--until", "2026-11-30", "--note", "with food\nand water")  # fmt: skip
    assert out == f"1\n{TETRACYCLINE_NOTE}\n"
    assert ok(data_dir, "medicine", "add", "Vitamin D") == "2\n"
    assert medicines(data_dir) == [
        {
            "id": 1,
            "name": "Doxycycline",
            "dose": "100 mg",
            "from": "2026-11-01",
            "until": "2026-11-30",
            "stopped": False,
            "note": "with food\nand water",
            "label_note": TETRACYCLINE_NOTE,
        },
        {
            "id": 2,
            "name": "Vitamin D",
            "dose": "",
            "from": None,
            "until": None,
            "stopped": False,
            "note": "",
            "label_note": None,
        },
    ]


def test_list_shows_current_then_past_with_the_labels_note(data_dir) -> None:
    assert ok(data_dir, "medicine", "list") == "no medicines yet (isotrack medicine add NAME ...)\n"
    assert medicines(data_dir) == []
    ok(data_dir, "medicine", "add", "Prednisone", "--dose", "5 mg", "--from", "2026-11-01")
    ok(data_dir, "medicine", "add", "Zinc", "--note", "evening\n\n with dinner ")
    ok(data_dir, "medicine", "add", "Retinol", "--from", "2026-10-01", "--until", "2026-11-02")
    assert ok(data_dir, "medicine", "list") == (
        "Current:\n"
        "  1  Prednisone 5 mg, from Sun 1 Nov 2026\n"
        f"     Label: {CORTICOSTEROID_NOTE}\n"
        "  2  Zinc\n"
        "     Note: evening / with dinner\n"
        "\n"
        "Past:\n"
        "  3  Retinol, from Thu 1 Oct 2026 until Mon 2 Nov 2026\n"
        f"     Label: {VITAMIN_A_NOTE}\n"
    )
    assert [(m["id"], m["stopped"]) for m in medicines(data_dir)] == [
        (1, False),
        (2, False),
        (3, True),
    ]


def test_list_with_only_past_ones(data_dir) -> None:
    ok(data_dir, "medicine", "add", "Zinc", "--until", "2026-11-01")
    assert ok(data_dir, "medicine", "list") == "Past:\n  1  Zinc, until Sun 1 Nov 2026\n"


def test_stop_sets_the_date(data_dir) -> None:
    ok(data_dir, "medicine", "add", "Zinc", "--from", "2026-11-01")
    out = ok(data_dir, "medicine", "stop", "1", "--date", "2026-11-20")
    assert out == "1: Zinc, from Sun 1 Nov 2026 until Fri 20 Nov 2026\n"
    assert medicines(data_dir)[0]["until"] == "2026-11-20"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["medicine", "add", " "], "type the medicine's or supplement's name"),
        (["medicine", "add", "Zinc", "--from", "2026-11-02", "--until", "2026-11-01"],
         "the stop date (Sun 1 Nov 2026) is before the start date (Mon 2 Nov 2026)"),
        (["medicine", "add", "Zinc", "--from", "2026-13-01"], "not a date in YYYY-MM-DD form"),
        (["medicine", "add", "Zinc", "--from", "2036-01-01"], "check the year you typed"),
        (["medicine", "add", "Zi\x1bnc"], "control character"),
        (["medicine", "add", "n" * 201], "keep it to 200 or fewer"),
        (["medicine", "add", "Zinc", "--dose", "d" * 201], "keep it to 200 or fewer"),
        (["medicine", "stop", "7", "--date", "2026-11-20"], "there is no medicine with id 7"),
        (["medicine", "stop", "1"], "--date"),
        (["medicine", "stop", "x", "--date", "2026-11-20"], "must be a whole number"),
        (["medicine"], "ACTION"),
    ],
)  # fmt: skip
def test_bad_medicine_input_is_refused(data_dir, args, message) -> None:
    assert message in refused(data_dir, *args)


def test_a_second_stop_and_a_stop_before_the_start_are_refused(data_dir) -> None:
    ok(data_dir, "medicine", "add", "Zinc", "--from", "2026-11-01")
    line = refused(data_dir, "medicine", "stop", "1", "--date", "2026-10-31")
    assert (
        line == "error: the stop date (Sat 31 Oct 2026) is before the start date (Sun 1 Nov 2026)"
    )
    ok(data_dir, "medicine", "stop", "1", "--date", "2026-11-05")
    line = refused(data_dir, "medicine", "stop", "1", "--date", "2026-11-06")
    assert line == (
        "error: Zinc is already marked stopped on Thu 5 Nov 2026; edit it to change the date"
    )


# -- question --------------------------------------------------------------------------------


def test_question_add_list_and_answer(data_dir) -> None:
    assert ok(data_dir, "question", "list") == "no questions yet (isotrack question add TEXT)\n"
    assert ok(data_dir, "question", "add", "Can I wax?\nEyebrows only.") == "1\n"
    assert ok(data_dir, "question", "add", "Lip balm?") == "2\n"
    out = ok(data_dir, "question", "answer", "1", "--answer", "Not for six months",
             "--date", "2026-11-28")  # fmt: skip
    assert out == "1: answered Sat 28 Nov 2026 (added Sat 28 Nov 2026)\n"
    assert ok(data_dir, "question", "list") == (
        "2  Lip balm?\n"
        "   open (added Sat 28 Nov 2026)\n"
        "1  Can I wax? / Eyebrows only.\n"
        "   answered Sat 28 Nov 2026 (added Sat 28 Nov 2026)\n"
        "   Answer: Not for six months\n"
    )
    assert questions(data_dir) == [
        {
            "id": 2,
            "text": "Lip balm?",
            "state": "open",
            "added_on": "2026-11-28",
            "asked_on": None,
            "answer": "",
            "answered_on": None,
        },
        {
            "id": 1,
            "text": "Can I wax?\nEyebrows only.",
            "state": "answered",
            "added_on": "2026-11-28",
            "asked_on": "2026-11-28",
            "answer": "Not for six months",
            "answered_on": "2026-11-28",
        },
    ]


def test_asked_then_answered_later_defaults_to_today(data_dir) -> None:
    out = call(data_dir, "question", "add", "Sunscreen?", today="2026-11-20")
    assert out.stdout == "1\n"
    out = call(data_dir, "question", "asked", "1", today="2026-11-21")
    assert (out.status, out.stdout) == (
        0,
        "1: asked Sat 21 Nov 2026, no answer yet (added Fri 20 Nov 2026)\n",
    )
    assert questions(data_dir)[0]["state"] == "asked"
    out = call(data_dir, "question", "answer", "1", "--answer", "SPF 50", today="2026-11-24")
    assert out.stdout == "1: answered Tue 24 Nov 2026 (added Fri 20 Nov 2026)\n"
    [stored] = questions(data_dir)
    assert (stored["asked_on"], stored["answered_on"]) == ("2026-11-21", "2026-11-24")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["question", "add", "  "], "type the question"),
        (["question", "add", "q" * 2001], "keep it to 2000 or fewer"),
        (["question", "answer", "1"], "--answer"),
        (["question", "answer", "1", "--answer", " "], "type the answer you were given"),
        (["question", "answer", "1", "--answer", "No", "--date", "2026-11-29"],
         "Sun 29 Nov 2026 is a later day than today"),
        (["question", "answer", "1", "--answer", "No", "--date", "2026-11-27"],
         "before the question was added (Sat 28 Nov 2026)"),
        (["question", "answer", "9", "--answer", "No"], "there is no question with id 9"),
        (["question", "asked", "1", "--date", "2026-11-29"], "later day than today"),
        (["question", "asked", "9"], "there is no question with id 9"),
    ],
)  # fmt: skip
def test_bad_question_input_is_refused(data_dir, args, message) -> None:
    ok(data_dir, "question", "add", "Can I wax?")
    assert message in refused(data_dir, *args)


def test_asking_twice_is_refused(data_dir) -> None:
    ok(data_dir, "question", "add", "Can I wax?")
    ok(data_dir, "question", "asked", "1")
    line = refused(data_dir, "question", "asked", "1")
    assert line == "error: the question “Can I wax?” is already marked asked on Sat 28 Nov 2026"


def test_the_installed_command_adds_and_lists(tmp_path) -> None:
    data_dir = tmp_path / "data"
    added = run(data_dir, "medicine", "add", "St John's wort")
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines()[0] == "1"
    assert "St John's wort may make hormonal birth control work less well" in added.stdout
    bad = run(data_dir, "question", "answer", "1", "--answer", "x")
    assert (bad.returncode, bad.stdout) == (2, "")
    assert bad.stderr.splitlines() == ["error: there is no question with id 1"]
