"""Backup copies on real files: taken with SQLite's backup API, verified, private, named by
local time, rotated grandfather-father-son, found and moved with their setting."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tracker.db import backup
from tracker.db.backup import (
    BackupFailedError,
    backup_database,
    backup_location,
    list_copies,
    move_backups,
    parse_name,
    rotate,
    routine_backup,
    take_backup,
)
from tracker.db.backup_policy import Retention, copies_to_keep
from tracker.errors import UserInputError
from tracker.paths import DataPaths

NOW = dt.datetime(2026, 11, 29, 10, 15, 30, tzinfo=dt.UTC)


def damage_page(database: Path, name: str) -> None:
    """Garbage over the root page of table or index `name`: the backup API copies it as it
    is, and `integrity_check` of the copy finds it."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone is the store
        [(page_size,)] = connection.execute("PRAGMA page_size")
        [(root,)] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,))
    finally:
        connection.close()
    with database.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(bytes(range(256)) * (page_size // 256))


def rows_of(database: Path, table: str) -> list[tuple]:
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        connection.close()


@pytest.fixture
def store(data_paths, sessions, start_course, log_day) -> Path:
    """A store with a course and three entries; the app's engine stays open (WAL in use)."""
    course = start_course()
    for offset in range(3):
        log_day(course.started_on + dt.timedelta(days=offset), note=f"day {offset}")
    return data_paths.database


# -- taking a copy -------------------------------------------------------------------------


def test_a_copy_is_whole_verified_private_and_named_by_local_time(data_paths, store) -> None:
    copy = backup_database(store, data_paths.backups, reason="manual", now=NOW)

    local = NOW.astimezone()
    assert copy.name == f"isotrack-{local:%Y-%m-%dT%H%M%S}-manual.sqlite3"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_paths.backups.stat().st_mode) == 0o700
    # Self-contained: no journal files beside it, and it holds what the live store holds
    # (the three entries were still in the live store's WAL when it was taken).
    assert sorted(p.name for p in data_paths.backups.iterdir()) == [copy.name]
    assert rows_of(copy, "dose_entry") == rows_of(store, "dose_entry")
    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def test_copies_in_the_same_second_get_their_own_names(data_paths, store) -> None:
    first = backup_database(store, data_paths.backups, reason="manual", now=NOW)
    second = backup_database(store, data_paths.backups, reason="manual", now=NOW)

    assert second.name == first.name.replace("-manual.", "-manual_2.")
    assert [c.path for c in list_copies(data_paths.backups)] == [second, first]


def test_a_copy_that_fails_its_check_is_deleted_and_the_earlier_ones_are_kept(
    data_paths, clock, store
) -> None:
    # Old daily copies that the rotation would thin out, were it to run.
    good = backup_database(store, data_paths.backups, reason="daily", now=NOW)
    for days in range(1, 40):
        shutil.copy(good, _named_days_ago(good, days))
    before = sorted(p.name for p in data_paths.backups.iterdir())
    damage_page(store, "sqlite_autoindex_dose_entry_1")

    with pytest.raises(BackupFailedError) as failed:
        take_backup(data_paths, reason="manual", now=NOW + dt.timedelta(hours=1))

    assert "no backup was made: the new copy failed SQLite's integrity check" in str(failed.value)
    assert "The earlier copies" in str(failed.value)
    assert sorted(p.name for p in data_paths.backups.iterdir()) == before  # nothing rotated


def _named_days_ago(copy: Path, days: int) -> Path:
    parsed = parse_name(copy)
    assert parsed is not None
    created = parsed.created - dt.timedelta(days=days)
    return copy.with_name(f"isotrack-{created:%Y-%m-%dT%H%M%S}-daily.sqlite3")


def test_no_store_means_nothing_to_back_up(data_paths) -> None:
    with pytest.raises(UserInputError, match="no isotrack data"):
        backup_database(data_paths.database, data_paths.backups, reason="manual", now=NOW)
    assert not data_paths.database.exists()
    assert routine_backup(data_paths, NOW) is None


def test_a_folder_that_cannot_be_written_is_a_plain_failure(data_paths, store, tmp_path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only folders")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(BackupFailedError) as failed:
        backup_database(store, locked, reason="manual", now=NOW)
    assert str(failed.value) == (
        f"no backup was made in {locked}: the folder cannot be written to. "
        "Your data and the earlier copies are unchanged."
    )


def test_a_folder_on_a_drive_that_is_not_connected_is_not_made(data_paths, store, tmp_path) -> None:
    unplugged = tmp_path / "media" / "USB stick" / "isotrack backups"
    with pytest.raises(BackupFailedError) as failed:
        backup_database(store, unplugged, reason="manual", now=NOW)
    assert str(failed.value) == (
        f"no backup was made in {unplugged}: the folder is not there; if it is on a drive, "
        "connect it. Your data and the earlier copies are unchanged."
    )
    assert not (tmp_path / "media").exists()


# -- the day's copy and rotation -----------------------------------------------------------


def test_the_daily_copy_is_taken_once_a_day(data_paths, store) -> None:
    first = routine_backup(data_paths, NOW)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert routine_backup(data_paths, NOW + dt.timedelta(minutes=5)) is None
    # A copy for another reason does not count as the day's copy.
    backup_database(store, data_paths.backups, reason="manual", now=NOW + dt.timedelta(days=1))
    second = routine_backup(data_paths, NOW + dt.timedelta(days=1, minutes=1))
    assert second is not None and second != first
    assert len(list_copies(data_paths.backups)) == 3


@dataclass(frozen=True)
class Copy:
    created: dt.datetime
    reason: str = "daily"


def test_rotation_keeps_7_daily_4_weekly_6_monthly() -> None:
    now = dt.datetime(2026, 11, 29, 9, 0)  # a Sunday
    first = dt.datetime(2025, 11, 1, 8, 0)
    copies = [Copy(first + dt.timedelta(days=n)) for n in range((now - first).days + 1)]

    kept = {copy.created.date() for copy in copies_to_keep(copies, now)}

    days = {dt.date(2026, 11, d) for d in range(23, 30)}  # the last 7 days
    sundays = {dt.date(2026, 11, 22), dt.date(2026, 11, 15), dt.date(2026, 11, 8)}
    month_ends = {dt.date(2026, m, d) for m, d in ((10, 31), (9, 30), (8, 31), (7, 31), (6, 30))}
    assert kept == days | sundays | month_ends


def test_rotation_counts_days_that_have_a_copy_not_calendar_days() -> None:
    now = dt.datetime(2026, 11, 29, 9, 0)
    # The app was not opened for months: its last ten days of use were long ago.
    copies = [Copy(dt.datetime(2026, 3, 1, 9, 0) + dt.timedelta(days=n)) for n in range(10)]
    kept = copies_to_keep(copies, now, Retention(daily=7, weekly=0, monthly=0))
    assert [c.created.day for c in kept] == [10, 9, 8, 7, 6, 5, 4]


def test_copies_taken_on_purpose_are_kept_for_their_own_time() -> None:
    now = dt.datetime(2026, 11, 29, 9, 0)
    daily = Copy(dt.datetime(2026, 11, 20, 9, 0))
    upgrade = Copy(dt.datetime(2026, 11, 20, 8, 0), "before-upgrade-from-0001")
    restore = Copy(dt.datetime(2026, 11, 20, 7, 0), "before-restore")
    old_manual = Copy(dt.datetime(2026, 9, 1, 7, 0), "manual")
    newer_same_month = Copy(dt.datetime(2026, 9, 2, 7, 0))
    copies = [daily, upgrade, restore, old_manual, newer_same_month]

    kept = copies_to_keep(copies, now, Retention(daily=1, weekly=0, monthly=2, explicit_days=30))

    # Same day as the daily copy, but each is the way back from the step it preceded.
    assert upgrade in kept and restore in kept
    # Past its 30 days, a manual copy is rotated like any other.
    assert old_manual not in kept and newer_same_month in kept


def test_rotate_deletes_only_copies_it_named(data_paths, store) -> None:
    folder = data_paths.backups
    for days in range(10):
        backup_database(store, folder, reason="daily", now=NOW - dt.timedelta(days=days))
    stranger = folder / "my-own-notes.sqlite3"
    stranger.write_bytes(b"mine")

    deleted = rotate(folder, NOW.astimezone().replace(tzinfo=None), Retention(3, 0, 0))

    assert len(deleted) == 7
    assert len(list_copies(folder)) == 3
    assert stranger.read_bytes() == b"mine"


def test_names_of_earlier_versions_are_listed_in_local_time(tmp_path) -> None:
    legacy = tmp_path / "isotrack-20261128T101500Z-before-upgrade-from-0001.sqlite3"
    parsed = parse_name(legacy)
    assert parsed is not None
    assert parsed.reason == "before-upgrade-from-0001"
    expected = dt.datetime(2026, 11, 28, 10, 15, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert parsed.created == expected
    assert parse_name(tmp_path / "isotrack-2026-13-45T101500-daily.sqlite3") is None
    assert parse_name(tmp_path / ".isotrack-2026-11-28T101500-daily.sqlite3.partial") is None


# -- where the copies live -----------------------------------------------------------------


def test_the_folder_is_backups_unless_the_setting_says_otherwise(data_paths, tmp_path) -> None:
    assert backup_location(data_paths) == data_paths.backups
    data_paths.root.mkdir(parents=True)
    setting = data_paths.root / "backup-location.txt"
    setting.write_text("elsewhere/copies\n")
    assert backup_location(data_paths) == data_paths.root / "elsewhere" / "copies"
    setting.write_text(f"{tmp_path / 'synced folder'}\n")
    assert backup_location(data_paths) == tmp_path / "synced folder"


def test_moving_verifies_every_copy_then_switches_the_setting(data_paths, store, tmp_path) -> None:
    copies = [
        backup_database(store, data_paths.backups, reason="daily", now=NOW - dt.timedelta(days=d))
        for d in range(3)
    ]
    destination = tmp_path / "synced" / "isotrack copies"

    assert move_backups(data_paths, destination) == 3

    assert backup_location(data_paths) == destination
    assert sorted(p.name for p in destination.iterdir()) == sorted(c.name for c in copies)
    assert not data_paths.backups.exists()  # emptied, and it was the app's own
    assert stat.S_IMODE(destination.stat().st_mode) == 0o700
    setting = data_paths.root / "backup-location.txt"
    assert stat.S_IMODE(setting.stat().st_mode) == 0o600
    # New copies go there, and moving back to the default folder removes the setting.
    assert take_backup(data_paths, reason="manual", now=NOW).parent == destination
    # The manual copy is now the newest of its day, so the rotation dropped that day's daily
    # copy: three copies go back.
    assert move_backups(data_paths, data_paths.backups) == 3
    assert not setting.exists() and backup_location(data_paths) == data_paths.backups


def test_a_damaged_copy_stops_the_move_and_nothing_changes(data_paths, store, tmp_path) -> None:
    good = backup_database(store, data_paths.backups, reason="daily", now=NOW)
    bad = backup_database(store, data_paths.backups, reason="manual", now=NOW)
    damage_page(bad, "dose_entry")
    destination = tmp_path / "elsewhere"

    with pytest.raises(BackupFailedError, match="failed SQLite's integrity check"):
        move_backups(data_paths, destination)

    assert backup_location(data_paths) == data_paths.backups
    assert good.exists() and bad.exists()
    assert list(destination.iterdir()) == []


@pytest.mark.parametrize("where", ["same", "file"])
def test_a_move_that_makes_no_sense_is_refused(data_paths, store, tmp_path, where) -> None:
    copy = backup_database(store, data_paths.backups, reason="daily", now=NOW)
    target = data_paths.backups
    if where == "file":
        target = tmp_path / "a file"
        target.write_text("")
    with pytest.raises(UserInputError):
        move_backups(data_paths, target)
    assert copy.exists() and backup_location(data_paths) == data_paths.backups


def test_partial_files_are_never_listed_and_stale_ones_are_cleared(data_paths, store) -> None:
    copy = backup_database(store, data_paths.backups, reason="daily", now=NOW)
    fresh = data_paths.backups / f".{copy.name}.partial"
    stale = data_paths.backups / ".isotrack-2026-01-01T000000-daily.sqlite3.partial"
    for draft in (fresh, stale):
        draft.write_bytes(b"half")
    old = time.time() - backup.STALE_PARTIAL_SECONDS - 60
    os.utime(stale, (old, old))
    assert [c.path for c in list_copies(data_paths.backups)] == [copy]
    assert backup.copy_problems(copy) == []

    take_backup(data_paths, reason="manual", now=NOW)

    assert fresh.exists()  # another process may be writing it
    assert not stale.exists()


def test_data_paths_without_a_store(tmp_path) -> None:
    paths = DataPaths(tmp_path / "nothing here")
    assert list_copies(backup_location(paths)) == []
