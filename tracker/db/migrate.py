"""Bring the store to the schema this version expects, before the first window or command.

The common case, a store already at head, is answered with one read of `alembic_version`
through the standard library: importing Alembic costs about 0.4 s, which a patient would
pay on every start for nothing. Only a store that needs work imports it.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tracker.db.backup import backup_database
from tracker.errors import NewerSchemaError, StoreError

log = logging.getLogger(__name__)

# The newest revision in migrations/versions; a test checks it against Alembic's own head.
HEAD_REVISION = "0001"


@dataclass(frozen=True)
class StoreCheck:
    revision: str | None  # None: no schema yet
    has_tables: bool


@dataclass(frozen=True)
class UpgradeOutcome:
    from_revision: str | None
    backup: Path | None  # None when there was nothing to back up (a new store)

    @property
    def upgraded(self) -> bool:
        return self.from_revision != HEAD_REVISION


def connect_read_only(database: Path) -> sqlite3.Connection:
    """A read-only stdlib connection; the URI form escapes ?, # and % in the path."""
    return sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True)


def inspect_store(database: Path) -> StoreCheck:
    """Read the stamped revision without SQLAlchemy or Alembic."""
    if not database.exists() or database.stat().st_size == 0:
        return StoreCheck(None, has_tables=False)
    try:
        connection = connect_read_only(database)
        try:
            names = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in names:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{database} cannot be read as a database ({exc}). It may be damaged; "
            "the backups folder beside it holds earlier copies."
        ) from exc
    return StoreCheck(revision, has_tables=bool(names - {"alembic_version"}))


def upgrade_store(database: Path, backup_dir: Path, now: dt.datetime) -> UpgradeOutcome:
    """Upgrade `database` to HEAD_REVISION, backing it up first if it holds anything.

    Raises NewerSchemaError, leaving the file untouched, when it was stamped by a newer
    version, and StoreError when it is not an isotrack database at all.
    """
    check = inspect_store(database)
    if check.revision == HEAD_REVISION:
        return UpgradeOutcome(HEAD_REVISION, None)
    if check.revision is None and check.has_tables:
        raise StoreError(f"{database} is not an isotrack database; it has been left untouched.")

    from tracker.db import alembic_runner  # deferred: see the module docstring

    if check.revision is not None and not alembic_runner.is_known_revision(check.revision):
        raise NewerSchemaError(str(database), check.revision)

    backup = None
    if check.revision is not None:
        # Alembic cannot roll back DDL on SQLite: the copy is the way back.
        backup = backup_database(
            database, backup_dir, reason=f"before-upgrade-from-{check.revision}", now=now
        )
        log.info("backed up %s to %s before upgrading", database, backup)
    alembic_runner.upgrade_to_head(database)
    log.info("upgraded %s from %s to %s", database, check.revision, HEAD_REVISION)
    return UpgradeOutcome(check.revision, backup)
