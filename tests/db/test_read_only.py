"""Read-only places: reading works, writing says why it cannot, nothing is chmod-ed.

Root ignores file modes: the folder is made read-only by a read-only bind mount in a
private namespace where the machine allows one (tests/db/sandbox.py), which applies to
root too; otherwise a non-root user gets a 0500 folder, and root skips.
"""

from __future__ import annotations

import stat

import pytest

from tests.db.sandbox import in_read_only_folder
from tracker.db.engine import Access
from tracker.db.store import choose_access, open_store
from tracker.errors import StoreError


@pytest.fixture
def closed_store(data_paths, sessions, start_course, log_day):
    """A store with a course and one logged day, closed: no -wal or -shm beside it."""
    course = start_course()
    log_day(course.started_on, mg_taken=40)
    sessions.kw["bind"].dispose()
    return data_paths


def test_a_0500_data_folder_keeps_its_mode(closed_store, clock) -> None:
    closed_store.root.chmod(0o500)
    try:
        sessions, _ = open_store(closed_store, clock)
        sessions.kw["bind"].dispose()
        assert stat.S_IMODE(closed_store.root.stat().st_mode) == 0o500
    finally:
        closed_store.root.chmod(0o700)


def test_a_read_only_folder_is_read_and_a_write_is_refused_plainly(closed_store) -> None:
    before = closed_store.database.read_bytes()

    result = in_read_only_folder(closed_store.root)

    assert result["read_only"] is True
    assert result["status"] == "2026-10-01" and result["cumulative_mg"] == 40
    assert result["error"] == "ReadOnlyStoreError"
    assert result["message"].startswith(
        f"your data folder {closed_store.root} is read-only: you can look at your data but "
        "changes cannot be saved; nothing was saved"
    )
    assert closed_store.database.read_bytes() == before


def test_a_read_only_folder_shows_saves_still_in_the_wal(
    data_paths, sessions, start_course, log_day
) -> None:
    """Another window has the store open: the newest saves are in the -wal file, which
    the immutable mode would not read."""
    course = start_course()
    log_day(course.started_on, mg_taken=40)  # the pool keeps its connection: the WAL stays
    assert data_paths.database.with_name("isotrack.sqlite3-wal").stat().st_size > 0

    result = in_read_only_folder(data_paths.root)

    assert result["read_only"] is True and result["cumulative_mg"] == 40
    assert result["error"] == "ReadOnlyStoreError"


def test_a_read_only_folder_without_a_store_says_none_can_be_made(tmp_path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()

    result = in_read_only_folder(folder)

    assert result["error"] == "StoreError"
    assert "there is no isotrack data" in result["message"]
    assert "read-only" in result["message"]
    assert list(folder.iterdir()) == []


def test_the_access_follows_what_this_process_may_write(closed_store) -> None:
    assert choose_access(closed_store.database) is Access.READ_WRITE
    missing = closed_store.root / "elsewhere" / "isotrack.sqlite3"
    missing.parent.mkdir()
    assert choose_access(missing) is Access.READ_WRITE


def test_a_data_folder_that_cannot_be_created_is_a_plain_error(tmp_path, clock) -> None:
    from tracker.paths import DataPaths

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot be created"):
        open_store(DataPaths(blocker / "data"), clock)
