"""Bring the store to the schema this version expects, before the first window or command.

The common case, a store already at head, is answered with one read of `alembic_version`
(and SQLite's `quick_check`) through the standard library: importing Alembic costs about
0.4 s, which a patient would pay on every start for nothing. Only a store that needs work
imports it.

Every schema change is all or nothing. An upgrade is one SQLite transaction (see
engine.create_migration_engine); a new store is built in a temporary file beside the real
one and only then linked into place, so a crash leaves either no store or a whole one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tracker.db import faults
from tracker.db.backup import backup_database
from tracker.errors import ForeignDatabaseError, NewerSchemaError, StoreError
from tracker.paths import fsync_file, fsync_folder

log = logging.getLogger(__name__)

# The newest revision in migrations/versions; a test checks it against Alembic's own head.
HEAD_REVISION = "0003"

# A draft of a new store older than this was left by a process that died while building
# it; a younger one may belong to a process building one right now.
STALE_DRAFT_SECONDS = 600


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


def connect_read_only(database: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only stdlib connection; the URI form escapes ?, # and % in the path.

    `immutable`: for a folder where SQLite cannot even create the -shm file (read-only
    media); SQLite then takes no locks and reads the main file only.
    """
    flags = "immutable=1&mode=ro" if immutable else "mode=ro"
    return sqlite3.connect(f"{database.absolute().as_uri()}?{flags}", uri=True)


def inspect_store(
    database: Path,
    *,
    verify: bool = False,
    backups: Path | None = None,
    immutable: bool = False,
) -> StoreCheck:
    """Read the stamped revision without SQLAlchemy or Alembic; never writes.

    A missing file is "no schema yet". An existing empty file is damaged (only a whole store
    is ever put in place), unless a WAL file beside it holds the store's pages. With
    `verify`, `PRAGMA quick_check` must pass too. Raises a StoreError (see faults.classify)
    when the file cannot be read; `backups` lets that message name the newest copy.
    """
    if not database.exists():
        return StoreCheck(None, has_tables=False)
    if database.stat().st_size == 0 and not _has_wal(database):
        raise faults.damaged(database, "is empty (0 bytes)", backups)
    try:
        connection = connect_read_only(database, immutable=immutable)
        try:
            names = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in names:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if verify:
                _quick_check(connection, database, backups)
        finally:
            connection.close()
    except sqlite3.Error as exc:
        fault = faults.classify(exc, database=database, backups=backups)
        if fault is None:
            raise
        raise fault from exc
    return StoreCheck(revision, has_tables=bool(names - {"alembic_version"}))


def _has_wal(database: Path) -> bool:
    wal = database.with_name(database.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _quick_check(connection: sqlite3.Connection, database: Path, backups: Path | None) -> None:
    # quick_check: the page structure and records, without integrity_check's index
    # cross-checks (O(N) rather than O(N log N)); enough to refuse a damaged file at open.
    problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise faults.damaged(database, f"is damaged ({'; '.join(problems)})", backups)


def upgrade_store(
    database: Path, backup_dir: Path, now: dt.datetime, *, check: StoreCheck | None = None
) -> UpgradeOutcome:
    """Upgrade `database` to HEAD_REVISION, backing it up first if it holds anything.

    A missing database is created whole (create_store). Raises NewerSchemaError, leaving
    the file untouched, when it was stamped by a newer version; ForeignDatabaseError when
    it is not an isotrack database; DamagedStoreError when it fails SQLite's quick_check.
    `check`: the result of inspect_store(verify=True) if the caller has it already.
    """
    if check is None:
        check = inspect_store(database, verify=True, backups=backup_dir)
    if check.revision == HEAD_REVISION:
        return UpgradeOutcome(HEAD_REVISION, None)
    if check.revision is None and check.has_tables:
        raise ForeignDatabaseError(str(database))
    if check.revision is None and not database.exists():
        create_store(database)
        log.info("created a new store at %s", database)
        return UpgradeOutcome(None, None)

    from tracker.db import alembic_runner  # deferred: see the module docstring

    if check.revision is not None and not alembic_runner.is_known_revision(check.revision):
        raise NewerSchemaError(str(database), check.revision)

    backup = None
    if check.revision is not None:
        # The upgrade is one transaction, but a migration can be wrong in ways SQLite
        # cannot see: the copy is the way back to the patient's data as it was.
        backup = backup_database(
            database, backup_dir, reason=f"before-upgrade-from-{check.revision}", now=now
        )
        log.info("backed up %s to %s before upgrading", database, backup)
    # A store with no tables at all (an older version died before its first CREATE) is
    # built in place: it holds nothing to lose, and the build is one transaction.
    alembic_runner.upgrade_to_head(database, backups=backup_dir)
    log.info("upgraded %s from %s to %s", database, check.revision, HEAD_REVISION)
    return UpgradeOutcome(check.revision, backup)


def create_store(database: Path) -> bool:
    """Build a new store at `database`, all or nothing; False if another process put one
    there first (theirs is kept).

    The schema is built in a private temporary file in the same folder (mode 0600, like
    every file of the store), synced, and linked to `database` only once complete; a file
    already there is never replaced. A crash at any point leaves no `database`, and the
    next start builds it again.
    """
    from tracker.db import alembic_runner  # deferred: see the module docstring

    folder = database.parent
    _remove_stale_drafts(database)
    fd, name = tempfile.mkstemp(dir=folder, prefix=f".{database.name}.", suffix=".new")
    os.close(fd)
    draft = Path(name)
    try:
        alembic_runner.upgrade_to_head(draft)
        if _has_wal(draft):  # the last connection folds the WAL in; the file must be whole
            raise StoreError(f"could not finish the new store in {folder}; try again")
        fsync_file(draft)
        published = _publish(draft, database)
        fsync_folder(folder)  # the new name must survive a power cut too
        return published
    finally:
        for leftover in _draft_files(draft):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _publish(draft: Path, database: Path) -> bool:
    try:
        os.link(draft, database)  # fails rather than replace: never over a patient's file
    except FileExistsError:
        return False
    except OSError:
        # No hard links (FAT/exFAT media): rename, which replaces, after a fresh look.
        if database.exists():
            return False
        draft.replace(database)
    return True


def _draft_files(draft: Path) -> list[Path]:
    return [draft, *(draft.with_name(draft.name + tail) for tail in ("-wal", "-shm", "-journal"))]


def _remove_stale_drafts(database: Path) -> None:
    cutoff = time.time() - STALE_DRAFT_SECONDS
    for leftover in database.parent.glob(f".{database.name}.*.new*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
