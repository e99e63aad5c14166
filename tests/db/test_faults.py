"""Faults of the environment met on real files: each one is a StoreError whose message says
what happened, what was kept and what the patient can do; the file is left as it was."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
import time
import traceback

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError

from tests.db.sandbox import on_full_disk
from tracker import words
from tracker.db import faults
from tracker.db.backup import backup_database
from tracker.db.store import open_store
from tracker.domain.doselog import DoseStatus
from tracker.errors import (
    DamagedStoreError,
    DiskFullError,
    ReadOnlyStoreError,
    StoreLockedError,
    StoreUnavailableError,
)
from tracker.services.container import build_services
from tracker.services.records import LogRequest
from tracker.ui.language import shipped_words

PAGE = 4096
MISLEADING = "backups folder beside it holds earlier copies"


@pytest.fixture
def store_with_entries(data_paths, sessions, start_course, log_day):
    """A store with two months of entries, closed (its WAL folded into the file)."""
    course = start_course()
    for offset in range(55):
        day = course.started_on + dt.timedelta(days=offset)
        log_day(day, mg_taken=40, note=f"day {offset}: " + "fine " * 40)
    sessions.kw["bind"].dispose()
    assert not data_paths.database.with_name("isotrack.sqlite3-wal").exists()
    return data_paths.database


def overwrite_middle(database) -> None:
    """Garbage over the middle third of the file's pages, as a failing disk might leave."""
    data = bytearray(database.read_bytes())
    pages = len(data) // PAGE
    assert pages >= 6
    for page in range(pages // 3, 2 * pages // 3):
        data[page * PAGE : (page + 1) * PAGE] = bytes(range(256)) * (PAGE // 256)
    database.write_bytes(bytes(data))


def test_a_damaged_store_is_refused_at_open_and_left_as_it_is(
    data_paths, clock, store_with_entries
) -> None:
    overwrite_middle(store_with_entries)
    damaged = store_with_entries.read_bytes()

    with pytest.raises(DamagedStoreError) as refused:
        open_store(data_paths, clock)

    message = str(refused.value)
    assert "is damaged" in message and "left exactly as it is" in message
    assert "There is no backup" in message and MISLEADING not in message
    assert store_with_entries.read_bytes() == damaged


def test_the_damaged_message_names_the_newest_backup_only_when_there_is_one(
    data_paths, clock, store_with_entries
) -> None:
    older = backup_database(
        store_with_entries, data_paths.backups, reason="daily", now=clock.now_utc()
    )
    newest = backup_database(
        store_with_entries,
        data_paths.backups,
        reason="daily",
        now=clock.now_utc() + dt.timedelta(days=1),
    )
    overwrite_middle(store_with_entries)

    with pytest.raises(DamagedStoreError) as refused:
        open_store(data_paths, clock)

    assert f"The newest backup is {newest}" in str(refused.value)
    assert str(older) not in str(refused.value)
    assert refused.value.newest_backup is not None


def test_damage_met_after_the_store_was_opened_is_a_store_error_too(
    data_paths, clock, store_with_entries
) -> None:
    sessions, _ = open_store(data_paths, clock)  # passes quick_check: not damaged yet
    services = build_services(sessions, clock)
    overwrite_middle(store_with_entries)
    try:
        with pytest.raises(DamagedStoreError, match="is damaged"):
            services.status.status()
    finally:
        sessions.kw["bind"].dispose()


def test_an_existing_empty_file_is_damaged_not_rebuilt(data_paths, clock) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.database.touch()

    with pytest.raises(DamagedStoreError, match=r"is empty \(0 bytes\)"):
        open_store(data_paths, clock)

    assert data_paths.database.stat().st_size == 0
    assert sorted(p.name for p in data_paths.root.iterdir()) == ["isotrack.sqlite3"]


@pytest.mark.slow
def test_a_store_locked_for_more_than_5_s_saves_nothing_and_says_so(
    data_paths, services, start_course, clock
) -> None:
    course = start_course()
    other = sqlite3.connect(data_paths.database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing, for longer than we wait
    try:
        began = time.monotonic()
        with pytest.raises(StoreLockedError) as refused:
            services.dose_log.log_day(LogRequest(course.started_on, DoseStatus.TAKEN, mg_taken=40))
        assert time.monotonic() - began >= 4.5  # it waited out the busy timeout first
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert str(refused.value) == (
        "another program is using your data (locked for more than 5 s); nothing was saved, "
        "and what you saved before is unchanged. Close the other isotrack window or program "
        "and try again."
    )
    assert services.status.status().entry_today is None
    assert services.status.status().progress.cumulative_mg == 0
    # Once the other program lets go, the same action works.
    services.dose_log.log_day(LogRequest(course.started_on, DoseStatus.TAKEN, mg_taken=40))
    assert services.status.status().progress.cumulative_mg == 40


def test_a_full_disk_while_logging_saves_nothing_and_says_so(
    sessions, services, start_course, clock
) -> None:
    course = start_course()
    engine = sessions.kw["bind"]
    engine.dispose()

    # SQLite's own limit on the file's size: the same SQLITE_FULL a full disk gives.
    @event.listens_for(engine, "connect")
    def no_more_pages(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    note = "a long note about the day " * 70
    logged = 0
    with pytest.raises(DiskFullError) as refused:
        for offset in range(50):
            day = course.started_on + dt.timedelta(days=offset)
            services.dose_log.log_day(LogRequest(day, DoseStatus.TAKEN, mg_taken=40, note=note))
            logged += 1
    assert str(refused.value) == (
        "the disk holding your data is full; nothing was saved, and what you saved before is "
        "unchanged. Free some space and try again."
    )
    # The failed write left nothing behind, and nothing of the patient's text in the error.
    engine.dispose()
    event.remove(engine, "connect", no_more_pages)
    assert services.status.status().progress.cumulative_mg == 40 * logged
    assert note not in "".join(traceback.format_exception(refused.value))


def test_a_really_full_disk_refuses_a_new_store_plainly(tmp_path) -> None:
    folder = tmp_path / "disk"
    folder.mkdir()
    result = on_full_disk(folder, "fill-then-create")
    assert result["error"] == "DiskFullError", result


def test_a_really_full_disk_at_start_says_so_plainly(tmp_path) -> None:
    """SQLite cannot even make its shared-memory file there: a plain "disk full", not
    "disk I/O error" (SQLite's own words for it)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    result = on_full_disk(folder, "start-fill-then-write")
    assert result["error"] == "DiskFullError", result
    assert "Free some space" in result["message"]


def test_classify_tells_the_environment_from_bugs(tmp_path) -> None:
    database = tmp_path / "store.sqlite3"
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("CREATE TABLE t (x INTEGER CHECK (x > 0))")
    with pytest.raises(sqlite3.IntegrityError) as constraint:
        connection.execute("INSERT INTO t VALUES (-1)")
    connection.close()
    with pytest.raises(sqlite3.ProgrammingError) as closed:
        connection.execute("SELECT 1")
    # A constraint the code should have checked, a closed connection: bugs, not faults.
    assert faults.classify(constraint.value) is None
    assert faults.classify(closed.value) is None
    assert faults.classify(IntegrityError("INSERT", {}, constraint.value)) is None
    assert faults.classify(ValueError("no")) is None

    read_only = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as write:
        read_only.execute("INSERT INTO t VALUES (1)")
    read_only.close()
    assert isinstance(faults.classify(write.value, database=database), ReadOnlyStoreError)

    with pytest.raises(sqlite3.OperationalError) as cannot_open:
        sqlite3.connect(tmp_path / "no such folder" / "x.sqlite3")
    assert isinstance(faults.classify(cannot_open.value), StoreUnavailableError)

    full = OSError(errno.ENOSPC, "No space left on device")
    assert isinstance(faults.classify(full), DiskFullError)
    read_only_media = OSError(errno.EROFS, "Read-only file system")
    assert isinstance(faults.classify(read_only_media, database=database), ReadOnlyStoreError)


def test_what_went_wrong_is_said_in_the_window_s_language(data_paths, store_with_entries) -> None:
    """The file's problem sits inside the error's sentence: both in Spanish once the
    window has installed it (the compiled table the app ships, assets/translations)."""
    words.install(words.from_table(shipped_words("es")))
    try:
        store_with_entries.write_bytes(b"not a database at all" * 100)
        connection = sqlite3.connect(store_with_entries, isolation_level=None)
        with pytest.raises(sqlite3.DatabaseError) as not_a_database:
            connection.execute("SELECT * FROM sqlite_master").fetchall()
        connection.close()
        refused = faults.classify(not_a_database.value, database=store_with_entries)
        assert isinstance(refused, DamagedStoreError)
        assert str(refused).startswith(
            f"su archivo de datos {store_with_entries} no es un archivo de base de datos "
            "(está dañado, o es otro tipo de archivo), así que isotrack no puede usarlo."
        )
    finally:
        words.reset()
