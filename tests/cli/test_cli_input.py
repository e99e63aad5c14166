"""What the command line accepts as input, and how it fails when the store itself is at fault.

Only the strict spelling of each value is taken (ASCII digits, `YYYY-MM-DD`, `HH:MM`); text
must be text; dates must be plausible. A damaged file is the store's fault (exit 3, one plain
line), never a traceback. Each refusal leaves the database exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli.inprocess import ARABIC_INDIC, FULL_WIDTH, TODAY, call
from tests.cli.test_cli import ISOTRACK, dump, setup_in_process


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A course from 2026-10-01 (40 mg a day, 70 kg) with 2026-10-01 logged as taken."""
    data_dir = tmp_path_factory.mktemp("input") / "data"
    setup_in_process(
        data_dir, "course", "start", "--start", "2026-10-01", "--weight-kg", "70", "--dose-mg", "40"
    )
    setup_in_process(data_dir, "log", "--date", "2026-10-01", "--taken", "--note", "first")
    return data_dir


@pytest.fixture
def store(tmp_path, template) -> Path:
    data_dir = tmp_path / "d"
    shutil.copytree(template, data_dir)
    return data_dir


def run_bytes(data_dir: Path, *args: bytes) -> subprocess.CompletedProcess[bytes]:
    """`isotrack` with raw bytes in argv, as a shell passes `$'\\xff\\xfe'`."""
    env = {**os.environ, "ISOTRACK_TODAY": TODAY}
    env.pop("ISOTRACK_DATA_DIR", None)
    return subprocess.run(
        [os.fsencode(ISOTRACK), b"--data-dir", os.fsencode(data_dir), *args],
        capture_output=True,
        env=env,
        check=False,
        timeout=60,
    )


# -- bytes that are not text --------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "option"),
    [
        ([b"log", b"--date", b"2026-10-02", b"--taken", b"--note", b"\xff\xfe"], "--note"),
        ([b"course", b"set", b"--product", b"Clara\xe9vis"], "--product"),
        ([b"course", b"set", b"--prescriber", b"Dr \xc3"], "--prescriber"),
    ],
    ids=["note", "product", "prescriber"],
)
def test_bytes_that_are_not_utf8_are_refused_naming_the_option(store, args, option) -> None:
    before = dump(store)
    result = run_bytes(store, *args)
    assert result.returncode == 2
    lines = result.stderr.decode("utf-8", "backslashreplace").splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: argument {option}: ")
    assert "not UTF-8 text" in lines[0]
    assert result.stdout == b""
    assert dump(store) == before


def test_a_data_folder_whose_name_is_not_utf8_is_still_a_folder(tmp_path) -> None:
    """Folder names on Linux are bytes; one that is not UTF-8 is a real place, not typed text."""
    folder = os.fsencode(tmp_path) + b"/caf\xe9"
    result = run_bytes(
        Path(os.fsdecode(folder)),
        *[b"course", b"start", b"--start", b"2026-11-01", b"--weight-kg", b"70", b"--dose-mg"],
        b"40",
    )
    assert result.returncode == 0, result.stderr
    assert Path(os.fsdecode(folder + b"/isotrack.sqlite3")).exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "--date", "2026-10-02", "--taken", "--note=a\x00b"], "control character"),
        (["log", "--date", "2026-10-02", "--taken", "--note=\x1b[31mred"], "control character"),
        (["course", "set", "--product=Clara\nvis"], "control character (U+000A)"),
        (["course", "set", "--product=Clara\u2028vis"], "control character (U+2028)"),
        (["course", "set", "--product=" + "x" * 101], "101 characters long"),
        (["course", "set", "--prescriber=" + "x" * 201], "keep it to 200 or fewer"),
    ],
    ids=["nul", "escape", "newline-in-name", "line-separator-in-name", "long-product", "long-dr"],
)
def test_text_that_cannot_be_stored_or_shown_is_refused(store, args, message) -> None:
    before = dump(store)
    outcome = call(store, *args)
    assert outcome.status == 2
    [line] = outcome.error_lines
    assert line.startswith("error: argument --") and message in line
    assert dump(store) == before


def test_markup_rtl_emoji_and_line_breaks_in_a_note_are_stored_literally(store) -> None:
    note = "<b>rash</b> & 'dry' lips\nطفح جلدي 👩\u200d⚕️ \u202eevil\ttab"
    outcome = call(store, "log", "--date", "2026-10-02", "--taken", f"--note={note}")
    assert outcome.status == 0, outcome.stderr
    assert note_of(store, "2026-10-02") == note


def note_of(data_dir: Path, day: str) -> str:
    connection = sqlite3.connect(data_dir / "isotrack.sqlite3")
    try:
        [(note,)] = connection.execute("SELECT note FROM dose_entry WHERE day = ?", (day,))
    finally:
        connection.close()
    return str(note)


# -- lenient forms ---------------------------------------------------------------------------

FW = FULL_WIDTH
AI = ARABIC_INDIC

LENIENT = [
    # Dates: only YYYY-MM-DD in ASCII digits.
    (["log", "--date", "20261002", "--taken"], "not a date in YYYY-MM-DD form"),
    (["log", "--date", "2026-W40-5", "--taken"], "not a date in YYYY-MM-DD form"),
    (["log", "--date", "2026-10-02".translate(FULL_WIDTH), "--taken"], "not a date"),
    (["log", "--date", "2026-10-02".translate(ARABIC_INDIC), "--taken"], "not a date"),
    (["log", "--date", "2026-10-02T00:00", "--taken"], "not a date"),
    (["log", "--date", " 2026-10-02", "--taken"], "not a date"),
    (["weight", "--date", "2026-10-2", "--kg", "70"], "not a date"),
    # Dates outside the one plausible window (the services' own rules come after).
    (["weight", "--date", "0001-01-01", "--kg", "70"], "before 1900-01-01"),
    (["dose", "set", "--from", "9999-01-01", "--mg", "40"], "more than 104 weeks after today"),
    (["course", "end", "--date", "1899-12-31"], "before 1900-01-01"),
    (["fill", "--from", "2026-10-01", "--to", "3026-10-01"], "more than 104 weeks after"),
    # Times: HH:MM (or H:MM), 24-hour, nothing more.
    (["log", "--date", "2026-10-02", "--taken", "--time", "08:00+05:00"], "HH:MM"),
    (["log", "--date", "2026-10-02", "--taken", "--time", "08:00:00.5"], "HH:MM"),
    (["log", "--date", "2026-10-02", "--taken", "--time", "08:00:00"], "HH:MM"),
    (["log", "--date", "2026-10-02", "--taken", "--time", "0800"], "HH:MM"),
    (["log", "--date", "2026-10-02", "--taken", "--time", "24:00"], "HH:MM"),
    (["log", "--date", "2026-10-02", "--taken", "--time", "08:00Z"], "HH:MM"),
    (["log", "--date", "2026-10-02", "--taken", "--time", "08:00".translate(AI)], "HH:MM"),
    # mg and weeks: ASCII digits only.
    (["log", "--date", "2026-10-02", "--taken", "--mg", "40".translate(FW)], "whole number"),
    (["log", "--date", "2026-10-02", "--taken", "--mg", "40".translate(AI)], "whole number"),
    (["log", "--date", "2026-10-02", "--taken", "--mg", "4_0"], "whole number"),
    (["log", "--date", "2026-10-02", "--taken", "--mg", "40.0"], "whole number"),
    (["log", "--date", "2026-10-02", "--taken", "--mg", "9" * 5000], "too many digits"),
    (["dose", "set", "--from", "2026-11-01", "--alternate", "40,80".translate(FW)], "whole number"),
    (
        ["dose", "set", "--from", "2026-11-01", "--mg", "60", "--capsules", "40+20".translate(FW)],
        "40+20",
    ),
    (["course", "set", "--planned-weeks", "20".translate(FW)], "whole number"),
    # kg and mg/kg: plain decimals with a dot, finite.
    (["weight", "--date", "2026-10-02", "--kg", "nan"], "not a number"),
    (["weight", "--date", "2026-10-02", "--kg", "inf"], "not a number"),
    (["weight", "--date", "2026-10-02", "--kg", "7e1"], "not a number"),
    (["weight", "--date", "2026-10-02", "--kg", "70".translate(FW)], "not a number"),
    (["weight", "--date", "2026-10-02", "--kg", "61,5"], "with a dot"),
    (["weight", "--date", "2026-10-02", "--kg", "1_000"], "not a number"),
    (["course", "set", "--target-mg-per-kg", "Infinity"], "not a number"),
    (["course", "set", "--reference-weight-kg", "70".translate(AI)], "not a number"),
]


@pytest.mark.parametrize(("args", "message"), LENIENT, ids=[" ".join(a)[:60] for a, _ in LENIENT])
def test_lenient_forms_are_refused_with_one_line_and_nothing_written(store, args, message) -> None:
    before = dump(store)
    outcome = call(store, *args)
    assert outcome.status == 2
    [line] = outcome.error_lines
    assert line.startswith("error: ") and message in line, line
    assert outcome.stdout == ""
    assert dump(store) == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["log", "--date", "2026-10-02", "--taken", "--time", "8:05"], "08:05:00"),
        (["log", "--date", "2026-10-02", "--taken", "--time", "23:59"], "23:59:00"),
    ],
)
def test_the_strict_forms_still_work(store, args, expected) -> None:
    outcome = call(store, *args)
    assert outcome.status == 0, outcome.stderr
    connection = sqlite3.connect(store / "isotrack.sqlite3")
    try:
        [(taken_at,)] = connection.execute("SELECT taken_at FROM dose_entry WHERE day='2026-10-02'")
    finally:
        connection.close()
    assert str(taken_at).startswith(expected)


def test_a_decimal_weight_is_kept_to_the_decimal(store) -> None:
    assert call(store, "weight", "--date", "2026-10-02", "--kg", "61.5").stdout == (
        "2026-10-02: 61.5 kg\n"
    )


@pytest.mark.parametrize(
    "pinned", ["20261128", "2026-11-28".translate(FW), "2026-W48-6", "0001-01-01"]
)
def test_a_pinned_today_follows_the_same_strict_rule(store, pinned) -> None:
    before = dump(store)
    outcome = call(store, "status", today=pinned)
    assert outcome.status == 2
    [line] = outcome.error_lines
    assert line.startswith("error: ISOTRACK_TODAY must be")
    assert dump(store) == before


def test_an_unknown_home_folder_in_the_data_folder_is_refused_plainly(tmp_path) -> None:
    outcome = call(Path("~no-such-user-here/isotrack"), "status")
    assert outcome.status == 2
    assert outcome.error_lines == [
        "error: cannot find the home folder named in the data folder; give a full path"
    ]


def test_a_line_break_in_a_stray_argument_keeps_the_error_on_one_line(store) -> None:
    outcome = call(store, "status", "one\ntwo")
    assert outcome.status == 2
    [line] = outcome.error_lines
    assert line == "error: unrecognized arguments: one\\ntwo"


# -- a damaged file ---------------------------------------------------------------------------


def overwrite_page_of(database: Path, table: str) -> None:
    """Overwrite, in the middle of the file, the page where `table`'s rows start: SQLite
    meets the damage only when a statement reads that page, not when it opens the file."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone is the store
        [(page_size,)] = connection.execute("PRAGMA page_size")
        [(root,)] = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        )
        [(pages,)] = connection.execute("PRAGMA page_count")
    finally:
        connection.close()
    assert 1 < root < pages  # neither the header page nor the end of the file
    with database.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(bytes(range(256)) * (page_size // 256))


@pytest.mark.parametrize("table", ["course", "dose_entry"])
@pytest.mark.parametrize(
    "args", [["status"], ["log", "--date", "2026-10-02", "--taken"]], ids=["status", "log"]
)
def test_a_damaged_file_is_the_stores_fault_in_one_plain_line(tmp_path, template, table, args):
    data_dir = tmp_path / "d"
    shutil.copytree(template, data_dir)
    database = data_dir / "isotrack.sqlite3"
    overwrite_page_of(database, table)
    damaged = database.read_bytes()
    result = subprocess.run(
        [ISOTRACK, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "ISOTRACK_TODAY": TODAY},
        check=False,
        timeout=60,
    )
    assert result.returncode == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "damaged" in lines[0] or "not a database" in lines[0]
    assert "bug" not in lines[0].lower() and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert database.read_bytes() == damaged  # left exactly as it was


def test_a_terminal_that_cannot_show_a_name_gets_escapes_not_a_traceback(store) -> None:
    """The change is saved before the confirmation is printed: printing must not fail it."""
    result = subprocess.run(
        [ISOTRACK, "--data-dir", str(store), "course", "set", "--product", "Claravis ✓"],
        capture_output=True,
        text=True,
        env={**os.environ, "ISOTRACK_TODAY": TODAY, "PYTHONIOENCODING": "ascii"},
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Claravis \\u2713, started 2026-10-01")
    connection = sqlite3.connect(store / "isotrack.sqlite3")
    try:
        assert connection.execute("SELECT product FROM course").fetchall() == [("Claravis ✓",)]
    finally:
        connection.close()


def test_a_double_dash_as_an_options_value_is_refused(tmp_path) -> None:
    """argparse turns `--time=--` into an empty list; it is refused like any bad value."""
    from tests.cli.inprocess import call

    outcome = call(tmp_path / "d", "log", "--date", "2026-10-02", "--taken", "--time=--")
    assert outcome.status == 2
    assert outcome.error_lines == [
        "error: an option was given '--' as its value; write the value itself"
    ]
    assert not (tmp_path / "d").exists()
