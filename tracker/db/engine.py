"""The SQLite engines: the store's (read-write or read-only) and the migrations'.

Transactions are SQLAlchemy's, not the driver's: pysqlite's own handling (before Python
3.16) begins a transaction only before INSERT/UPDATE/DELETE, so every CREATE/ALTER of a
migration committed on its own and a session's reads ran outside its write transaction.
With the driver's handling switched off (`isolation_level = None` at connect) and BEGIN
emitted from the "begin" event, as the SQLAlchemy SQLite documentation describes, a session
or a migration is exactly one SQLite transaction: all of it is saved or none of it.

Every driver error is passed through `faults.classify()`: the environment's failures (a
full disk, a lock held too long, a damaged or read-only file) come out as StoreError with a
plain message and without the statement or its parameters (no health values in the log).
"""

from __future__ import annotations

import enum
import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, ExceptionContext, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from tracker.db import faults


class Access(enum.Enum):
    """How the store's file is opened."""

    READ_WRITE = "read-write"
    # mode=ro: reads see the WAL; needs the -wal/-shm files present or creatable.
    READ_ONLY = "read-only"
    # mode=ro&immutable=1: for a folder or medium where even -shm cannot be created; SQLite
    # then takes no locks and ignores any -wal file, so it is used only when none is there.
    IMMUTABLE = "immutable"


# foreign_keys: SQLite ignores FOREIGN KEY clauses unless asked.
# busy_timeout: a second window or a CLI command waits briefly instead of failing at once.
# Run on every connection, outside any transaction (the driver opens none by itself here).
COMMON_PRAGMAS = (f"PRAGMA busy_timeout = {faults.BUSY_TIMEOUT_MS}",)
# WAL + synchronous=FULL: a commit the app has confirmed survives a power cut.
# journal_mode cannot be changed inside a transaction, nor on a read-only connection.
WRITER_PRAGMAS = ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL")

# BEGIN IMMEDIATE takes the write lock at the start of a session, waiting up to busy_timeout
# for it: a session's reads and its write are one snapshot (a check-then-write cannot be
# overtaken by another window), and a WAL reader that later writes can never fail at once
# with SQLITE_BUSY_SNAPSHOT, which no timeout can wait out. A read-only connection cannot
# take that lock; its plain BEGIN still gives every session one consistent snapshot.
_BEGIN = {
    Access.READ_WRITE: "BEGIN IMMEDIATE",
    Access.READ_ONLY: "BEGIN",
    Access.IMMUTABLE: "BEGIN",
}
# A session that only reads and may take a while (a complete snapshot, the visit summary's
# sources) sets this execution option (see mapping.read_session): its plain BEGIN still
# gives one consistent snapshot (WAL), without holding the write lock, so a dose logged
# meanwhile on the GUI thread is saved at once instead of waiting for the read to end.
READ_ONLY_OPTION = "isotrack_read_only"


def store_url(database: Path, access: Access = Access.READ_WRITE) -> URL:
    # URL.create, not an f-string: a folder named "a?b" or "50%" must stay one path; in the
    # read-only forms the path goes through as_uri(), which percent-encodes it.
    if access is Access.READ_WRITE:
        return URL.create("sqlite", database=str(database))
    flags = "mode=ro" if access is Access.READ_ONLY else "immutable=1&mode=ro"
    return URL.create(
        "sqlite",
        database=f"{database.absolute().as_uri()}?{flags}",
        query={"uri": "true"},
    )


def create_store_engine(
    database: Path, access: Access = Access.READ_WRITE, *, backups: Path | None = None
) -> Engine:
    """The engine the services use. `backups` lets a "damaged" message name the newest copy."""
    pragmas: tuple[str, ...] = ("PRAGMA foreign_keys = ON", *COMMON_PRAGMAS)
    if access is Access.READ_WRITE:
        pragmas += WRITER_PRAGMAS
    return _engine(database, access, pragmas, backups)


def create_migration_engine(database: Path, *, backups: Path | None = None) -> Engine:
    """The engine Alembic runs on: one transaction for a whole upgrade (or a new schema).

    foreign_keys is OFF, as SQLite's own procedure for altering tables asks
    (https://sqlite.org/lang_altertable.html#otheralter): batch migrations copy and drop
    tables, and with it ON, dropping a parent table would delete or refuse its children.
    It cannot be switched inside a transaction, hence here at connect; the runner checks
    `PRAGMA foreign_key_check` before it commits.
    """
    pragmas = ("PRAGMA foreign_keys = OFF", *COMMON_PRAGMAS, *WRITER_PRAGMAS)
    return _engine(database, Access.READ_WRITE, pragmas, backups)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services copy what they need into dataclasses before the
    # session closes, and must not trigger lazy loads afterwards.
    return sessionmaker(engine, expire_on_commit=False)


def _engine(
    database: Path, access: Access, pragmas: tuple[str, ...], backups: Path | None
) -> Engine:
    engine = create_engine(store_url(database, access))
    event.listen(engine, "connect", partial(_on_connect, pragmas))
    event.listen(engine, "begin", partial(_on_begin, _BEGIN[access]))
    event.listen(engine, "handle_error", partial(_on_error, database, backups))
    return engine


def _on_connect(pragmas: tuple[str, ...], dbapi_connection: sqlite3.Connection, _: Any) -> None:
    # None: the driver emits no BEGIN of its own (see the module docstring); it still
    # sends COMMIT and ROLLBACK when SQLAlchemy asks.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in pragmas:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_begin(statement: str, connection: Connection) -> None:
    if connection.get_execution_options().get(READ_ONLY_OPTION):
        statement = "BEGIN"
    connection.exec_driver_sql(statement)


def _on_error(database: Path, backups: Path | None, context: ExceptionContext) -> None:
    fault = faults.classify(context.original_exception, database=database, backups=backups)
    if fault is not None:
        # Raised in place of SQLAlchemy's error, after its clean-up (rollback, pool). Chained
        # to the driver's error, which has the SQLite message but not the statement's
        # parameters (health data) that SQLAlchemy's own error would print.
        raise fault from context.original_exception
