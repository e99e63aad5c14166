"""The installed `isotrack` command, run as a patient or a script would run it."""

import contextlib
import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.inprocess import call
from tests.conftest import stamp_revision
from tracker import __version__, cli

ISOTRACK = str(Path(sys.executable).with_name("isotrack"))
TODAY = "2026-11-28"


def run(data_dir: Path, *args: str, today: str = TODAY) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ISOTRACK_TODAY": today}
    env.pop("ISOTRACK_DATA_DIR", None)
    return subprocess.run(
        [ISOTRACK, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )


def ok(data_dir: Path, *args: str) -> str:
    result = run(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def setup_in_process(data_dir: Path, *args: str) -> None:
    """Set-up steps through the same `main()` in this process: the subprocess start-up
    (~0.5 s) is paid only by the calls whose behaviour a test asserts."""
    previous = os.environ.get("ISOTRACK_TODAY")
    os.environ["ISOTRACK_TODAY"] = TODAY
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli.main(["--data-dir", str(data_dir), *args]) == 0
    finally:
        if previous is None:
            del os.environ["ISOTRACK_TODAY"]
        else:
            os.environ["ISOTRACK_TODAY"] = previous


def dump(data_dir: Path) -> list[tuple]:
    """Every row of every table: to prove that a refused command wrote nothing."""
    database = data_dir / "isotrack.sqlite3"
    if not database.exists():
        return []
    connection = sqlite3.connect(database)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return [(t, *row) for t in tables for row in connection.execute(f"SELECT * FROM {t}")]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def course_dir(tmp_path_factory) -> Path:
    """Four weeks of a course: a dose change, a missed, a skipped and a partial day."""
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    ok(
        data_dir,
        "course",
        "start",
        "--start",
        "2026-10-01",
        "--weight-kg",
        "70",
        "--dose-mg",
        "40",
        "--product",
        "Claravis",
        "--target-mg-per-kg",
        "150",
    )
    setup_in_process(data_dir, "dose", "set", "--from", "2026-10-15", "--mg", "80")
    for n in range(1, 29):
        day = f"2026-10-{n:02d}"
        if n == 5:
            setup_in_process(data_dir, "log", "--date", day, "--missed")
        elif n == 9:
            setup_in_process(data_dir, "log", "--date", day, "--skipped", "--note", "stomach bug")
        elif n == 20:
            setup_in_process(
                data_dir, "log", "--date", day, "--taken", "--mg", "40", "--without-food"
            )
        elif n != 27:
            setup_in_process(
                data_dir, "log", "--date", day, "--taken", "--with-food", "--time", "08:30"
            )
    setup_in_process(data_dir, "weight", "--date", "2026-10-20", "--kg", "68")
    return data_dir


def test_status_json_has_the_figures(course_dir) -> None:
    status = json.loads(ok(course_dir, "status", "--as-of", "2026-10-28", "--json"))
    # Days 1-14 at 40 (less the missed and skipped day) + days 15-28 at 80, less day 27
    # (unlogged) and day 20 taken as 40.
    cumulative = 12 * 40 + 12 * 80 + 40
    assert status["cumulative_mg"] == cumulative == 1480
    assert status["as_of"] == "2026-10-28"
    assert status["course_start"] == "2026-10-01"
    assert status["course_day"] == 28
    assert status["reference_weight_kg"] == 70
    assert status["latest_weight_kg"] == 68
    assert status["current_daily_mg"] == 80
    assert status["cumulative_mg_per_kg"] == round(cumulative / 70, 2)
    assert status["cumulative_mg_per_kg_latest_weight"] == round(cumulative / 68, 2)
    assert status["target_mg_per_kg"] == 150
    assert status["percent_of_target"] == round(100 * cumulative / 70 / 150, 2)
    # 10,500 - 1,480 = 9,020 from Oct 29 at 80 mg/day: 113 days (112.75) -> 2027-02-18.
    assert status["projected_target_date"] == "2027-02-18"
    assert status["target_reached_on"] is None
    assert (
        status["days_taken"],
        status["days_missed"],
        status["days_skipped"],
        status["days_unlogged"],
    ) == (25, 1, 1, 1)
    assert status["days_partial"] == 1


def test_status_counts_only_entries_up_to_the_as_of_day(course_dir) -> None:
    status = json.loads(ok(course_dir, "status", "--as-of", "2026-10-05", "--json"))
    assert status["cumulative_mg"] == 4 * 40
    assert status["days_missed"] == 1 and status["days_skipped"] == 0
    assert status["current_daily_mg"] == 40


def test_status_text_is_short_and_labels_the_projection(course_dir) -> None:
    text = ok(course_dir, "status", "--as-of", "2026-10-28")
    assert "day 28 of ~140" in text
    assert "1,480 mg = 21.1 mg/kg" in text
    assert "arithmetic from your entries, not advice" in text
    assert len(text.splitlines()) <= 8


def test_target_reached_is_reported_with_its_date(tmp_path) -> None:
    data_dir = tmp_path / "d"
    ok(
        data_dir,
        "course",
        "start",
        "--start",
        "2026-11-01",
        "--weight-kg",
        "20",
        "--dose-mg",
        "100",
        "--target-mg-per-kg",
        "10",
    )
    for day in ("2026-11-01", "2026-11-02", "2026-11-03"):
        setup_in_process(data_dir, "log", "--date", day, "--taken")
    status = json.loads(ok(data_dir, "status", "--json"))
    assert status["target_reached_on"] == "2026-11-02"
    assert status["projected_target_date"] is None


def test_version() -> None:
    result = subprocess.run([ISOTRACK, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"isotrack {__version__}"


def test_the_command_line_never_imports_qt(course_dir) -> None:
    code = (
        "import sys; from tracker.cli import main; "
        f"main(['--data-dir', {str(course_dir)!r}, 'status', '--json']); "
        "assert 'PySide6' not in sys.modules, 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


@pytest.fixture(scope="module")
def one_day_store(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("template") / "data"
    setup_in_process(
        data_dir, "course", "start", "--start", "2026-10-01", "--weight-kg", "70", "--dose-mg", "40"
    )
    setup_in_process(data_dir, "log", "--date", "2026-10-01", "--taken")
    return data_dir


ERROR_CASES = [
    (["log", "--date", "2026-13-01", "--taken"], "not a date"),
    (["log", "--date", "yesterday", "--taken"], "not a date"),
    (["dose", "set", "--from", "2026-11-01", "--mg", "-5"], "negative"),
    (["dose", "set", "--from", "2026-11-01", "--mg", "301"], "over 300 mg"),
    (["dose", "set", "--from", "2026-11-01", "--alternate", "40,400"], "over 300 mg"),
    (["log", "--date", "2026-11-01", "--taken", "--mg", "900"], "over 300 mg"),
    (["log", "--date", "2026-11-01", "--taken", "--mg", "0"], "more than 0"),
    (["weight", "--date", "2026-11-01", "--kg", "19"], "between 20 and 300 kg"),
    (["weight", "--date", "2026-11-01", "--kg", "301"], "between 20 and 300 kg"),
    (["weight", "--date", "2026-11-01", "--kg", "heavy"], "not a number"),
    (["log", "--date", "2026-09-30", "--taken"], "before the course started"),
    (["log", "--date", "2026-11-29", "--taken"], "in the future"),
    (["dose", "set", "--from", "2026-09-01", "--mg", "40"], "before the course started"),
    (
        ["course", "start", "--start", "2026-11-01", "--weight-kg", "70", "--dose-mg", "40"],
        "already active",
    ),
    (["log", "--date", "2026-11-01", "--missed", "--mg", "40"], "--taken only"),
    (["log", "--date", "2026-11-01"], "one of the arguments"),
    (
        ["dose", "set", "--from", "2026-11-01", "--mg", "60", "--capsules", "40+30"],
        "do not add up to 60 mg",
    ),
    (
        ["dose", "set", "--from", "2026-11-01", "--mg", "60", "--capsules", "forty"],
        "capsules should look like 40+20",
    ),
    (["status", "--as-of", "2026-09-01"], "before the course started"),
    (["status", "--as-of", "2026-11-29"], "in the future"),
    (["log", "--date", "2026-11-01", "--skipped", "--time", "08:00"], "--taken only"),
    (["log", "--date", "2026-11-01", "--taken", "--note", "x" * 2001], "keep it under 2000"),
    (["course", "set"], "say what to change"),
    (["course", "set", "--reference-weight-kg", "19"], "between 20 and 300 kg"),
    (["course", "set", "--start", "2026-10-02"], "1 logged day is before 2026-10-02"),
    (["fill", "--from", "2026-10-05", "--to", "2026-10-02"], "before it starts"),
    (["weight", "--date", "2026-09-30", "--kg", "70"], "before the course started"),
    (["weight", "--date", "2026-10-02", "--remove"], "no weight is recorded"),
    (["weight", "--date", "2026-10-02", "--kg", "70", "--remove"], "not allowed with"),
    (["log", "--date", "2026-10-01", "--clear", "--note", "x"], "--note does not go"),
]


@pytest.mark.parametrize(
    ("args", "message"), ERROR_CASES, ids=[" ".join(a) for a, _ in ERROR_CASES]
)
def test_bad_input_exits_2_with_one_error_line_and_writes_nothing(
    tmp_path, one_day_store, args, message
) -> None:
    data_dir = tmp_path / "d"
    shutil.copytree(one_day_store, data_dir)
    before = dump(data_dir)
    result = run(data_dir, *args)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert message in lines[0]
    assert result.stdout == ""
    assert dump(data_dir) == before


@pytest.mark.parametrize(
    "args",
    [
        ["status"],
        ["log", "--date", "2026-11-01", "--taken"],
        ["weight", "--date", "2026-11-01", "--kg", "70"],
        ["dose", "set", "--from", "2026-11-01", "--mg", "40"],
    ],
)
def test_commands_without_a_course_say_so(tmp_path, args) -> None:
    data_dir = tmp_path / "d"
    result = run(data_dir, *args)
    assert result.returncode == 2
    assert result.stderr.strip().startswith(("error: no active course", "error: no course yet"))
    # Only what creating the store writes: its revision and its lasting identity.
    assert [
        (t, row[0]) for t, *row in dump(data_dir) if t not in ("alembic_version", "setting")
    ] == []
    assert [row[0] for t, *row in dump(data_dir) if t == "setting"] == ["store.identity"]


def test_a_store_from_a_newer_version_is_refused(tmp_path, one_day_store) -> None:
    data_dir = tmp_path / "d"
    shutil.copytree(one_day_store, data_dir)
    stamp_revision(data_dir / "isotrack.sqlite3", "9999")
    result = run(data_dir, "status")
    assert result.returncode == 3
    assert result.stderr.startswith("error: ") and "newer version" in result.stderr


def test_a_bad_pinned_today_is_an_error_not_a_traceback(tmp_path) -> None:
    result = run(tmp_path / "d", "status", today="28/11/2026")
    assert result.returncode == 2
    assert (
        result.stderr
        == "error: ISOTRACK_TODAY must be a date in YYYY-MM-DD form, not '28/11/2026'\n"
    )


def test_a_locked_store_is_reported_not_crashed(tmp_path, one_day_store) -> None:
    """Another program holds the write lock (say, a sync tool) for longer than we wait."""
    data_dir = tmp_path / "d"
    shutil.copytree(one_day_store, data_dir)
    holder = sqlite3.connect(data_dir / "isotrack.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run(data_dir, "log", "--date", "2026-10-02", "--taken")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 3
    [line] = result.stderr.splitlines()
    assert line.startswith("error: another program is using your data")
    assert "nothing was saved" in line
    assert ("dose_entry", 2) not in {row[:2] for row in dump(data_dir)}


def test_data_dir_from_the_environment(tmp_path) -> None:
    data_dir = tmp_path / "from-env"
    env = {**os.environ, "ISOTRACK_DATA_DIR": str(data_dir), "ISOTRACK_TODAY": TODAY}
    subprocess.run(
        [
            ISOTRACK,
            "course",
            "start",
            "--start",
            "2026-11-01",
            "--weight-kg",
            "70",
            "--dose-mg",
            "40",
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    assert (data_dir / "isotrack.sqlite3").exists()


def test_more_than_scheduled_is_recorded_and_said_on_stdout(tmp_path, one_day_store) -> None:
    data_dir = tmp_path / "d"
    shutil.copytree(one_day_store, data_dir)
    out = ok(data_dir, "log", "--date", "2026-10-02", "--taken", "--mg", "300")
    assert out == "2026-10-02: taken 300 mg (more than the 40 mg scheduled)\n"
    status = json.loads(ok(data_dir, "status", "--as-of", "2026-10-02", "--json"))
    assert (status["days_taken"], status["days_over_schedule"]) == (2, 1)
    assert status["cumulative_mg"] == 340


def test_course_set_corrects_the_reference_weight(tmp_path, one_day_store) -> None:
    data_dir = tmp_path / "d"
    shutil.copytree(one_day_store, data_dir)
    out = ok(data_dir, "course", "set", "--reference-weight-kg", "61")
    assert "reference weight 61 kg" in out
    status = json.loads(ok(data_dir, "status", "--json"))
    assert (status["reference_weight_kg"], status["target_mg"]) == (61, 150 * 61)


def test_a_corrected_start_day_weight_moves_the_headline_figures(tmp_path, one_day_store) -> None:
    data_dir = tmp_path / "d"
    shutil.copytree(one_day_store, data_dir)
    assert ok(data_dir, "weight", "--date", "2026-10-01", "--kg", "61") == (
        "2026-10-01: 61 kg (was 70 kg)\n"
    )
    status = json.loads(ok(data_dir, "status", "--json"))
    assert status["reference_weight_kg"] == status["latest_weight_kg"] == 61
    assert status["cumulative_mg_per_kg"] == round(40 / 61, 2)


def test_fill_clear_and_remove_from_the_command_line(tmp_path, one_day_store) -> None:
    data_dir = tmp_path / "d"
    shutil.copytree(one_day_store, data_dir)
    assert ok(data_dir, "fill", "--from", "2026-10-01", "--to", "2026-10-05") == (
        "2026-10-01 to 2026-10-05: 4 days marked as taken as scheduled\n"
    )
    status = json.loads(ok(data_dir, "status", "--as-of", "2026-10-05", "--json"))
    assert (status["days_taken"], status["cumulative_mg"]) == (5, 200)
    assert ok(data_dir, "log", "--date", "2026-10-03", "--clear") == (
        "2026-10-03: cleared (was taken); not logged\n"
    )
    assert ok(data_dir, "log", "--date", "2026-10-03", "--clear") == (
        "2026-10-03: was not logged; nothing to clear\n"
    )
    ok(data_dir, "weight", "--date", "2026-10-04", "--kg", "69")
    assert ok(data_dir, "weight", "--date", "2026-10-04", "--remove") == (
        "2026-10-04: removed the reading of 69 kg\n"
    )
    status = json.loads(ok(data_dir, "status", "--as-of", "2026-10-05", "--json"))
    assert (status["days_taken"], status["days_unlogged"], status["latest_weight_kg"]) == (4, 1, 70)


class TestInProcess:
    """The same commands through `cli.main()` in this process: what was typed is read back
    field by field. These are also the CLI tests that mutation testing runs (`isotrack` as a
    subprocess runs the installed, unmutated package; see TESTING.md)."""

    @staticmethod
    def entries(data_dir: Path) -> dict[str, tuple]:
        """Every stored day of the active course, as History reads it."""
        from tracker.clock import FixedClock
        from tracker.db.store import open_store
        from tracker.paths import DataPaths
        from tracker.services.container import build_services

        clock = FixedClock(dt.date.fromisoformat(TODAY))
        sessions, _ = open_store(DataPaths(data_dir), clock)
        try:
            rows = build_services(sessions, clock).dose_log.day_rows()
        finally:
            sessions.kw["bind"].dispose()
        return {
            r.day.isoformat(): (
                r.entry.status.value,
                r.entry.mg_taken,
                r.entry.with_food,
                None if r.entry.taken_at is None else r.entry.taken_at.isoformat("minutes"),
                r.entry.note,
            )
            for r in rows
            if r.entry is not None
        }

    @pytest.fixture
    def data_dir(self, tmp_path) -> Path:
        data_dir = tmp_path / "data"
        out = call(data_dir, "course", "start", "--start", "2026-11-01", "--weight-kg", "70",
                   "--dose-mg", "40")  # fmt: skip
        assert (out.status, out.stdout.strip()) == (
            0,
            "started Isotretinoin (generic) on 2026-11-01",
        )
        return data_dir

    def test_every_field_of_a_log_is_stored(self, data_dir) -> None:
        out = call(data_dir, "log", "--date", "2026-11-02", "--taken", "--mg", "60",
                   "--with-food", "--time", "08:30", "--note", "with breakfast")  # fmt: skip
        assert (out.status, out.stdout.strip()) == (
            0,
            "2026-11-02: taken 60 mg (more than the 40 mg scheduled)",
        )
        call(
            data_dir, "log", "--date", "2026-11-03", "--taken", "--without-food", "--time", "21:05"
        )
        call(data_dir, "log", "--date", "2026-11-04", "--missed", "--note", "forgot")
        call(data_dir, "log", "--date", "2026-11-05", "--skipped")
        assert self.entries(data_dir) == {
            "2026-11-02": ("taken", 60, True, "08:30", "with breakfast"),
            "2026-11-03": ("taken", 40, False, "21:05", ""),
            "2026-11-04": ("missed", None, None, None, "forgot"),
            "2026-11-05": ("skipped", None, None, None, ""),
        }
        status = json.loads(call(data_dir, "status", "--as-of", "2026-11-05", "--json").stdout)
        assert (status["cumulative_mg"], status["days_taken"], status["days_over_schedule"]) == (
            100,
            2,
            1,
        )
        assert (status["days_missed"], status["days_skipped"], status["days_unlogged"]) == (1, 1, 1)

    def test_clearing_one_day_keeps_the_others(self, data_dir) -> None:
        for day in ("2026-11-01", "2026-11-02", "2026-11-03"):
            call(data_dir, "log", "--date", day, "--taken", "--note", day)
        out = call(data_dir, "log", "--date", "2026-11-02", "--clear")
        assert out.stdout.strip() == "2026-11-02: cleared (was taken); not logged"
        again = call(data_dir, "log", "--date", "2026-11-02", "--clear")
        assert again.stdout.strip() == "2026-11-02: was not logged; nothing to clear"
        assert sorted(self.entries(data_dir)) == ["2026-11-01", "2026-11-03"]

    def test_alternate_doses_and_capsules(self, data_dir) -> None:
        out = call(data_dir, "dose", "set", "--from", "2026-11-10", "--alternate", "40,80")
        assert out.stdout.strip() == "from 2026-11-10: 40 mg and 80 mg on alternate days"
        out = call(data_dir, "dose", "set", "--from", "2026-11-20", "--mg", "60",
                   "--capsules", "40+20")  # fmt: skip
        assert out.stdout.strip() == "from 2026-11-20: 60 mg a day"
        for day, mg in (("2026-11-10", 40), ("2026-11-11", 80), ("2026-11-12", 40)):
            status = json.loads(call(data_dir, "status", "--as-of", day, "--json").stdout)
            assert status["current_daily_mg"] == mg
        assert json.loads(call(data_dir, "status", "--json").stdout)["current_daily_mg"] == 60

    def test_ending_the_course_on_its_first_day(self, data_dir) -> None:
        out = call(data_dir, "course", "end", "--date", "2026-11-01")
        assert (out.status, out.stdout.strip()) == (
            0,
            "course started 2026-11-01 ended on 2026-11-01",
        )
        after = call(data_dir, "status")
        assert (after.status, after.stderr) == (0, "")
        assert after.stdout.splitlines()[0] == (
            "Isotretinoin (generic), started 2026-11-01, ended 2026-11-01: 1 day (planned ~140)"
        )

    def test_fill_says_how_many_days_it_marked(self, data_dir) -> None:
        call(data_dir, "log", "--date", "2026-11-02", "--missed")
        out = call(data_dir, "fill", "--from", "2026-11-01", "--to", "2026-11-03")
        assert out.stdout.strip() == "2026-11-01 to 2026-11-03: 2 days marked as taken as scheduled"
        one = call(data_dir, "fill", "--from", "2026-11-01", "--to", "2026-11-04")
        assert one.stdout.strip() == "2026-11-01 to 2026-11-04: 1 day marked as taken as scheduled"
        none = call(data_dir, "fill", "--from", "2026-11-01", "--to", "2026-11-04")
        assert "nothing filled in" in none.stdout

    def test_weights_are_corrected_and_removed(self, data_dir) -> None:
        assert call(data_dir, "weight", "--date", "2026-11-05", "--kg", "68").stdout.strip() == (
            "2026-11-05: 68 kg"
        )
        assert call(data_dir, "weight", "--date", "2026-11-05", "--kg", "67.5").stdout.strip() == (
            "2026-11-05: 67.5 kg (was 68 kg)"
        )
        out = call(data_dir, "weight", "--date", "2026-11-05", "--remove")
        assert out.stdout.strip() == "2026-11-05: removed the reading of 67.5 kg"
        assert json.loads(call(data_dir, "status", "--json").stdout)["latest_weight_kg"] == 70

    def test_course_set_says_what_is_stored(self, data_dir) -> None:
        out = call(data_dir, "course", "set", "--target-mg-per-kg", "120", "--planned-weeks", "24")
        assert out.stdout.strip() == (
            "Isotretinoin (generic), started 2026-11-01: target 120 mg/kg, "
            "reference weight 70 kg, planned 24 weeks"
        )


class TestCourses:
    """The end of a course, a second course and `status` of either, in this process."""

    @staticmethod
    def services_of(data_dir: Path):
        from tracker.clock import FixedClock
        from tracker.db.store import open_store
        from tracker.paths import DataPaths
        from tracker.services.container import build_services

        clock = FixedClock(dt.date.fromisoformat(TODAY))
        sessions, _ = open_store(DataPaths(data_dir), clock)
        return build_services(sessions, clock), sessions.kw["bind"]

    @pytest.fixture
    def data_dir(self, tmp_path) -> Path:
        data_dir = tmp_path / "data"
        call(data_dir, "course", "start", "--start", "2026-10-01", "--weight-kg", "80",
             "--dose-mg", "40", "--product", "Claravis")  # fmt: skip
        for day in ("2026-10-01", "2026-10-02", "2026-10-03"):
            call(data_dir, "log", "--date", day, "--taken")
        return data_dir

    def status(self, data_dir: Path, *args: str) -> dict:
        out = call(data_dir, "status", "--json", *args)
        assert (out.status, out.stderr) == (0, ""), out.stderr
        return json.loads(out.stdout)

    def test_ending_a_course_says_which_proposed_visits_it_dropped(self, data_dir) -> None:
        planned = call(data_dir, "appointment", "plan", "--every-days", "30")
        assert planned.status == 0, planned.stderr
        # Proposals on 2026-12-01 (day 61), 2026-12-31 and 2027-01-30 are still to come.
        listed = json.loads(call(data_dir, "appointment", "list", "--json").stdout)
        assert [a["status"] for a in listed] == ["tentative"] * 3
        out = call(data_dir, "course", "end", "--date", "2026-11-28")
        assert out.stdout.strip() == (
            "course started 2026-10-01 ended on 2026-11-28;"
            " dropped 3 proposed follow-up visits after that day"
        )
        assert json.loads(call(data_dir, "appointment", "list", "--json").stdout) == []

    def test_status_of_an_ended_course_is_its_final_figures(self, data_dir) -> None:
        assert self.status(data_dir)["course_end"] is None
        out = call(data_dir, "course", "end", "--date", "2026-10-12")
        assert out.stdout.strip() == "course started 2026-10-01 ended on 2026-10-12"
        status = self.status(data_dir)
        assert (status["course_end"], status["as_of"], status["course_day"]) == (
            "2026-10-12",
            "2026-10-12",
            12,
        )
        assert (status["cumulative_mg"], status["days_taken"], status["days_unlogged"]) == (
            120,
            3,
            9,
        )
        assert status["projected_target_date"] is None
        assert self.status(data_dir, "--as-of", "2026-10-02")["cumulative_mg"] == 80
        text = call(data_dir, "status").stdout.splitlines()
        assert text[0] == "Claravis, started 2026-10-01, ended 2026-10-12: 12 days (planned ~140)"
        assert not any(line.startswith(("Scheduled", "Projected", "No projected")) for line in text)

    def test_the_end_cannot_leave_a_logged_day_behind(self, data_dir) -> None:
        out = call(data_dir, "course", "end", "--date", "2026-10-02")
        assert (out.status, out.stdout) == (2, "")
        assert out.error_lines == [
            "error: 1 logged day is after 2026-10-02; choose a later last day, "
            "or mark it as not logged first"
        ]
        assert self.status(data_dir)["course_end"] is None

    def test_a_second_course_after_the_end(self, data_dir) -> None:
        start = ("course", "start", "--start", "2026-11-20", "--weight-kg", "75", "--dose-mg", "20")
        refused = call(data_dir, *start)
        assert refused.status == 2
        assert refused.error_lines == [
            "error: a course is already active (started 2026-10-01); end it before starting another"
        ]
        call(data_dir, "course", "end", "--date", "2026-10-12")
        out = call(data_dir, *start)
        assert (out.status, out.stdout.strip()) == (
            0,
            "started Isotretinoin (generic) on 2026-11-20",
        )
        call(data_dir, "log", "--date", "2026-11-20", "--taken")
        status = self.status(data_dir)
        assert (status["course_start"], status["course_end"], status["cumulative_mg"]) == (
            "2026-11-20",
            None,
            20,
        )
        assert (status["reference_weight_kg"], status["days_taken"]) == (75, 1)
        services, engine = self.services_of(data_dir)
        try:
            first, second = services.status.course_summaries()
        finally:
            engine.dispose()
        assert first.progress is not None and first.progress.cumulative_mg == 120
        assert first.course.ended_on == dt.date(2026, 10, 12)
        assert second.course.ended_on is None

    def test_what_comes_next_is_null_without_data(self, data_dir) -> None:
        status = self.status(data_dir)
        assert {
            key: status[key]
            for key in (
                "course_end",
                "next_appointment",
                "next_pregnancy_test_due",
                "pickup_window_closes",
            )
        } == dict.fromkeys(
            ("course_end", "next_appointment", "next_pregnancy_test_due", "pickup_window_closes")
        )

    def test_the_next_appointment(self, data_dir) -> None:
        from tracker.domain.appointments import AppointmentDraft, AppointmentKind

        services, engine = self.services_of(data_dir)
        try:
            add = services.appointments.add
            # "Today" is pinned at noon: a visit at 10:00 today is over.
            add(AppointmentDraft(AppointmentKind.LAB, dt.datetime(2026, 11, 28, 10, 0)))
            cancelled = add(AppointmentDraft(AppointmentKind.OTHER, dt.datetime(2026, 11, 28, 12)))
            services.appointments.cancel(cancelled.id)
            visit = add(
                AppointmentDraft(AppointmentKind.VISIT, dt.datetime(2026, 12, 3, 9, 30), "Dr Rao")
            )
            add(AppointmentDraft(AppointmentKind.PICKUP, dt.datetime(2026, 12, 4, 9, 0)))
            midnight = add(AppointmentDraft(AppointmentKind.OTHER, dt.datetime(2026, 11, 27)))
        finally:
            engine.dispose()
        assert self.status(data_dir)["next_appointment"] == {
            "id": visit.id,
            "at": "2026-12-03T09:30",
            "kind": "visit",
            "title": "Dr Rao",
        }
        # As of an earlier day: what came next from its very beginning on.
        earlier = self.status(data_dir, "--as-of", "2026-11-27")["next_appointment"]
        assert earlier == {
            "id": midnight.id,
            "at": "2026-11-27T00:00",
            "kind": "other",
            "title": "",
        }
        day_before = self.status(data_dir, "--as-of", "2026-11-26")["next_appointment"]
        assert day_before["id"] == midnight.id
        same_day = self.status(data_dir, "--as-of", TODAY)["next_appointment"]
        assert same_day["id"] == visit.id
        text = call(data_dir, "status").stdout.splitlines()
        assert text[-1] == "Next appointment: Dr Rao, 2026-12-03 09:30"

    def test_the_pregnancy_dates_only_where_they_apply(self, data_dir) -> None:
        from tracker.domain.pregnancy import TestDraft, TestKind, TestResult
        from tracker.services.records import ProfileInfo

        services, engine = self.services_of(data_dir)
        try:
            services.course.save_profile(ProfileInfo("Sam", None, True))
            services.pregnancy.add_test(
                TestDraft(dt.date(2026, 11, 25), TestKind.MONTHLY, TestResult.NEGATIVE)
            )
        finally:
            engine.dispose()
        status = self.status(data_dir)
        # A monthly test is due 30 days after the last one; the pick-up window counts the
        # test day as day 1 of 7.
        assert (status["next_pregnancy_test_due"], status["pickup_window_closes"]) == (
            "2026-12-25",
            "2026-12-01",
        )
        text = call(data_dir, "status").stdout.splitlines()
        assert text[-2:] == [
            "Next pregnancy test due: 2026-12-25",
            "Pick-up window closes: 2026-12-01",
        ]
        # As of a day before the test, the test does not count yet.
        before = self.status(data_dir, "--as-of", "2026-11-24")
        assert before["pickup_window_closes"] is None
        services, engine = self.services_of(data_dir)
        try:
            services.course.save_profile(ProfileInfo("Sam", None, False))
        finally:
            engine.dispose()
        status = self.status(data_dir)
        assert (status["next_pregnancy_test_due"], status["pickup_window_closes"]) == (None, None)
