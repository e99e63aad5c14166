"""The engines' transactions: a session or a migration is one SQLite transaction."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from tracker.db.engine import Access, create_migration_engine, create_store_engine
from tracker.errors import ReadOnlyStoreError


def test_a_session_takes_the_write_lock_when_it_begins(data_paths, sessions, start_course) -> None:
    """Its reads and its write are one snapshot: no other writer can slip in between."""
    start_course()
    other = sqlite3.connect(data_paths.database, timeout=0, isolation_level=None)
    try:
        with sessions.begin() as session:
            session.execute(text("SELECT count(*) FROM dose_entry")).scalar()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the session ended
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_ddl_in_a_migration_transaction_rolls_back(tmp_path) -> None:
    engine = create_migration_engine(tmp_path / "store.sqlite3")
    try:
        with pytest.raises(RuntimeError), engine.begin() as connection:
            connection.execute(text("CREATE TABLE first (id INTEGER)"))
            connection.execute(text("ALTER TABLE first ADD COLUMN extra TEXT"))
            raise RuntimeError("the migration failed half-way")
        with engine.connect() as connection:
            names = connection.execute(text("SELECT name FROM sqlite_master")).all()
        assert names == []
    finally:
        engine.dispose()


def test_the_read_only_engine_reads_and_refuses_writes_plainly(data_paths, sessions) -> None:
    sessions.kw["bind"].dispose()
    engine = create_store_engine(data_paths.database, Access.READ_ONLY)
    try:
        with engine.begin() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("SELECT count(*) FROM course")).scalar() == 0
        with pytest.raises(ReadOnlyStoreError, match="nothing was saved"), engine.begin() as c:
            c.execute(text("DELETE FROM course"))
    finally:
        engine.dispose()


def test_a_read_session_lets_another_connection_write_meanwhile(
    data_paths, sessions, start_course
) -> None:
    """A long read (a complete export, the visit summary) must not hold the write lock."""
    from tracker.services.mapping import read_session

    start_course()
    other = sqlite3.connect(data_paths.database, timeout=0, isolation_level=None)
    try:
        with read_session(sessions) as session:
            before = session.execute(text("SELECT count(*) FROM weight")).scalar_one()
            other.execute("BEGIN IMMEDIATE")  # the write lock is free
            other.execute(
                "INSERT INTO weight (measured_on, kg, recorded_at)"
                " VALUES ('2020-01-01', 70, '2026-11-01 09:00:00')"
            )
            other.execute("COMMIT")
            # Still one snapshot: the write made meanwhile is not seen inside it.
            assert session.execute(text("SELECT count(*) FROM weight")).scalar() == before
        with sessions() as session:
            assert session.execute(text("SELECT count(*) FROM weight")).scalar() == before + 1
    finally:
        other.close()


def test_a_read_session_is_a_plain_begin_and_sessions_stay_immediate(data_paths, sessions) -> None:
    """The option is the read session's own: the next ordinary session locks again."""
    from tracker.services.mapping import read_session

    other = sqlite3.connect(data_paths.database, timeout=0, isolation_level=None)
    try:
        with read_session(sessions) as session:
            session.execute(text("SELECT 1"))
            assert session.connection().get_execution_options()["isotrack_read_only"] is True
        with sessions() as session:
            session.execute(text("SELECT count(*) FROM course")).scalar()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()
