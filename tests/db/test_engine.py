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
