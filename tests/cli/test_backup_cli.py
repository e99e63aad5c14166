"""`isotrack backup create | list [--json] | restore ID | move DIR`: one line of result and
exit 0, or one `error:` line, exit 2 (refused) or 3 (the disk or a copy), nothing written.

Until `tracker/cli.py` registers the commands, they run through `backup(...)` below, which
does what `cli.main` does for every command (parse, run, turn a TrackerError into one line
and an exit status); once registered, the same tests run through `cli.main` itself, and the
subprocess test at the end runs the installed `isotrack`."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.inprocess import TODAY, Outcome, call
from tests.cli.test_cli import run  # with its timeout
from tests.db.test_backup import damage_page
from tracker import backup_cli, cli
from tracker.clock import FixedClock
from tracker.errors import EXIT_STORE, EXIT_USAGE, StoreError, TrackerError
from tracker.paths import DataPaths


def _registered() -> bool:
    parser = cli.build_parser()
    return any(
        isinstance(action, argparse._SubParsersAction) and "backup" in action.choices
        for action in parser._actions
    )


WIRED = _registered()


def backup(data_dir: Path, *args: str) -> Outcome:
    """`isotrack --data-dir DATA_DIR backup ARGS...`, in this process."""
    if WIRED:
        return call(data_dir, "backup", *args)
    parser = argparse.ArgumentParser(prog="isotrack")
    backup_cli.add_backup_commands(parser.add_subparsers(dest="command"))
    namespace = parser.parse_args(["backup", *args])
    out, err = io.StringIO(), io.StringIO()
    clock = FixedClock(dt.date.fromisoformat(TODAY))
    status = 0
    try:
        output = backup_cli.run(namespace, DataPaths(data_dir.absolute()), clock)
    except TrackerError as exc:
        print(f"error: {exc}", file=err)
        status = EXIT_STORE if isinstance(exc, StoreError) else EXIT_USAGE
    else:
        with contextlib.redirect_stdout(out):
            print(output)
    return Outcome(status, out.getvalue(), err.getvalue())


def ok(data_dir: Path, *args: str) -> str:
    outcome = backup(data_dir, *args)
    assert outcome.status == 0, outcome.stderr
    assert outcome.stderr == ""
    return outcome.stdout


def entries(data_dir: Path) -> list[tuple]:
    connection = sqlite3.connect(f"{(data_dir / 'isotrack.sqlite3').as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT day, status, mg_taken FROM dose_entry ORDER BY day"
        ).fetchall()
    finally:
        connection.close()


def files(folder: Path, *, daily: bool = False) -> list[str]:
    """The copies in `folder`; without the day's automatic copy unless `daily` (any command
    that opens the store makes it once a day, which is not what most tests are about)."""
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if daily or "-daily" not in p.name)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    for args in (
        ("course", "start", "--start", "2026-10-01", "--weight-kg", "70", "--dose-mg", "40"),
        ("log", "--date", "2026-11-01", "--taken"),
        ("log", "--date", "2026-11-02", "--missed"),
    ):
        outcome = call(folder, *args)
        assert outcome.status == 0, outcome.stderr
    # The first command of the day on an existing store made the day's copy, and only one.
    [daily] = files(folder / "backups", daily=True)
    assert daily.endswith("-daily.sqlite3")
    # Each test starts from an empty backup folder, so that what it finds is its own doing.
    shutil.rmtree(folder / "backups")
    return folder


def test_create_then_list(data_dir) -> None:
    line = ok(data_dir, "create")
    [name] = files(data_dir / "backups")
    assert line == f"backed up to {data_dir / 'backups' / name} (2 dose entries, 1 weight)\n"

    listing = ok(data_dir, "list").splitlines()
    assert listing[0] == f"1 backup in {data_dir / 'backups'}:"
    assert listing[1].startswith(f"{name}  Sat 28 Nov 2026 ")
    assert listing[1].endswith("  manual  2 dose entries, 1 weight")

    [record] = json.loads(ok(data_dir, "list", "--json"))
    assert record["id"] == name
    assert record["reason"] == "manual"
    assert record["size_bytes"] == (data_dir / "backups" / name).stat().st_size
    assert (record["dose_entries"], record["weights"], record["courses"]) == (2, 1, 1)
    assert dt.datetime.fromisoformat(record["created"]).date() == dt.date(2026, 11, 28)


def test_list_with_no_copies(data_dir) -> None:
    assert ok(data_dir, "list") == f"no backups yet in {data_dir / 'backups'}\n"
    assert json.loads(ok(data_dir, "list", "--json")) == []


def test_restore_brings_back_a_cleared_day(data_dir) -> None:
    ok(data_dir, "create")
    [name] = files(data_dir / "backups")
    before = entries(data_dir)
    assert call(data_dir, "log", "--date", "2026-11-01", "--clear").status == 0

    line = ok(data_dir, "restore", name)

    assert entries(data_dir) == before
    [safety] = [n for n in files(data_dir / "backups") if n != name]
    assert safety.endswith("-before-restore.sqlite3")
    assert line == (
        "restored the copy of Sat 28 Nov 2026 "
        f"{line.split('Sat 28 Nov 2026 ')[1][:5]} (2 dose entries, 1 weight); "
        f"your data as it was is backed up as {safety}\n"
    )


def test_restore_of_an_unknown_copy_is_refused_with_nothing_written(data_dir) -> None:
    ok(data_dir, "create")
    before = (entries(data_dir), files(data_dir / "backups"))

    outcome = backup(data_dir, "restore", "isotrack-1999-01-01T000000-daily.sqlite3")

    assert outcome.status == EXIT_USAGE and outcome.stdout == ""
    assert outcome.error_lines == [
        "error: there is no backup named 'isotrack-1999-01-01T000000-daily.sqlite3' in "
        f"{data_dir / 'backups'}; `isotrack backup list` shows the copies there are"
    ]
    assert (entries(data_dir), files(data_dir / "backups")) == before


def test_a_damaged_store_cannot_be_backed_up_but_can_be_restored(data_dir) -> None:
    ok(data_dir, "create")
    [name] = files(data_dir / "backups")
    damage_page(data_dir / "isotrack.sqlite3", "dose_entry")

    refused = backup(data_dir, "create")
    assert refused.status == EXIT_STORE and len(refused.error_lines) == 1
    assert "failed SQLite's integrity check" in refused.stderr
    assert files(data_dir / "backups") == [name]

    line = ok(data_dir, "restore", name)
    assert "; the damaged file is kept as " in line
    assert entries(data_dir) == [("2026-11-01", "taken", 40), ("2026-11-02", "missed", None)]


def test_move_takes_the_copies_along(data_dir, tmp_path) -> None:
    ok(data_dir, "create")
    [name] = files(data_dir / "backups")
    elsewhere = tmp_path / "usb" / "isotrack"
    (tmp_path / "usb").mkdir()

    line = ok(data_dir, "move", str(elsewhere))

    assert line == f"moved 1 backup copy to {elsewhere}; new backups will be kept there\n"
    assert files(elsewhere) == [name]
    assert not (data_dir / "backups").exists()
    assert ok(data_dir, "list").splitlines()[0] == f"1 backup in {elsewhere}:"

    refused = backup(data_dir, "move", str(elsewhere))
    assert refused.status == EXIT_USAGE
    assert refused.error_lines == [f"error: the backups are already kept in {elsewhere}"]


@pytest.mark.skipif(not WIRED, reason="tracker/cli.py does not register `backup` yet")
def test_the_installed_command(data_dir) -> None:
    created = run(data_dir, "backup", "create")
    assert created.returncode == 0, created.stderr
    [name] = files(data_dir / "backups")
    assert run(data_dir, "log", "--date", "2026-11-01", "--clear").returncode == 0

    restored = run(data_dir, "backup", "restore", name)

    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("restored the copy of Sat 28 Nov 2026")
    assert entries(data_dir)[0] == ("2026-11-01", "taken", 40)
    refused = run(data_dir, "backup", "restore", "nothing")
    assert refused.returncode == EXIT_USAGE
    assert len(refused.stderr.splitlines()) == 1 and refused.stderr.startswith("error: ")
