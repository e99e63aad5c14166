"""The SQLite engine with the pragmas the store relies on."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# foreign_keys: SQLite ignores FOREIGN KEY clauses unless asked.
# WAL + synchronous=FULL: a commit the app has confirmed survives a power cut.
# busy_timeout: a second window or a CLI command waits briefly instead of failing at once.
PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def create_store_engine(database: Path) -> Engine:
    # URL.create, not an f-string: a folder named "a?b" or "50%" must stay one path.
    engine = create_engine(URL.create("sqlite", database=str(database)))
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services copy what they need into dataclasses before the
    # session closes, and must not trigger lazy loads afterwards.
    return sessionmaker(engine, expire_on_commit=False)
