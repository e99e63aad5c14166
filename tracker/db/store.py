"""Opening the store: the data folder, the file's checks and schema, then an engine.

The CLI and the GUI both come through `open_store`. What it promises:
- a missing folder is created private (0700, parents too); an existing folder or file keeps
  its mode;
- a missing store is created whole (never half a schema); an existing one is never replaced,
  and is refused untouched when empty, damaged (SQLite's quick_check), foreign or newer;
- a store the app may not write (read-only folder, file or medium) opens read-only: reading
  works, and a write raises ReadOnlyStoreError;
- every failure is a StoreError with a message for the patient.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import faults, migrate
from tracker.db.backup import backup_location, routine_backup
from tracker.db.engine import Access, create_store_engine, make_session_factory
from tracker.db.migrate import UpgradeOutcome, inspect_store, upgrade_store
from tracker.errors import DiskFullError, ForeignDatabaseError, StoreError
from tracker.paths import DataPaths, make_private_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreInfo:
    """What opening the store did, and how the app may use it."""

    from_revision: str | None  # None: the store was created now
    backup: Path | None  # the copy taken before an upgrade, if there was one
    read_only: bool = False  # True: reads work; every write raises ReadOnlyStoreError

    @property
    def upgraded(self) -> bool:
        return self.from_revision != migrate.HEAD_REVISION


def open_store(paths: DataPaths, clock: Clock) -> tuple[sessionmaker[Session], StoreInfo]:
    """Make the data folder and database ready and return a session factory.

    Environment failures (a folder we cannot create, a damaged file, a newer schema, a full
    disk) come out as StoreError with a message for the patient.
    """
    database = paths.database
    try:
        make_private_dir(paths.root)
    except OSError as exc:
        if isinstance(fault := faults.classify(exc), DiskFullError):
            raise fault from exc
        raise StoreError(
            f"the data folder {paths.root} cannot be created ({exc.strerror}); "
            "nothing was saved. Choose a folder you can write to (--data-dir)."
        ) from exc
    backups = backup_location(paths)  # where a "damaged" message looks for the newest copy
    access = choose_access(database)
    if access is Access.READ_WRITE:
        outcome = _upgrade(paths, backups, clock)
    else:
        outcome = _check_read_only(paths, backups, access)
    engine = create_store_engine(database, access, backups=backups)
    info = StoreInfo(
        outcome.from_revision, outcome.backup, read_only=access is not Access.READ_WRITE
    )
    if not info.read_only and info.from_revision is not None:
        _daily_backup(paths, clock)
    return make_session_factory(engine), info


def _daily_backup(paths: DataPaths, clock: Clock) -> None:
    """The first open of each day, by the GUI or a command, copies the store. A copy that
    fails is logged and the app carries on: the data itself is unaffected."""
    try:
        routine_backup(paths, clock.now_utc())
    except StoreError as exc:
        log.warning("the daily backup was not made: %s", exc)


def choose_access(database: Path) -> Access:
    """READ_WRITE where the app may write the folder and the file, else the way to read.

    os.access answers for this process (root included) and for the medium: a read-only
    mount says no even to root. Reading from a folder we may not write needs SQLite's
    -wal and -shm files already there, or, when they are not (a clean shutdown removes
    them), the immutable mode.
    """
    folder = database.parent
    folder_writable = os.access(folder, os.W_OK | os.X_OK)
    if folder_writable and (not database.exists() or os.access(database, os.W_OK)):
        return Access.READ_WRITE
    if folder_writable:
        return Access.READ_ONLY  # only the file is read-only: SQLite can still make -shm
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # The newest saves are in the WAL, which the immutable mode would ignore: only a
        # mode that reads it will do (if SQLite cannot, that is reported as it is).
        return Access.READ_ONLY
    return Access.IMMUTABLE


def _upgrade(paths: DataPaths, backups: Path, clock: Clock) -> UpgradeOutcome:
    try:
        return upgrade_store(paths.database, backups, clock.now_utc())
    except OSError as exc:  # creating the new store's file, or the backup before an upgrade
        fault = faults.classify(exc, database=paths.database)
        raise (fault or StoreError(str(exc))) from exc


def _check_read_only(paths: DataPaths, backups: Path, access: Access) -> UpgradeOutcome:
    database = paths.database
    no_data = StoreError(
        f"there is no isotrack data in {paths.root}, and the folder is read-only, so "
        "none can be created there. Choose a folder you can write to (--data-dir)."
    )
    if not database.exists():
        raise no_data
    check = inspect_store(
        database, verify=True, backups=backups, immutable=access is Access.IMMUTABLE
    )
    if check.revision is None:
        raise ForeignDatabaseError(str(database)) if check.has_tables else no_data
    if check.revision != migrate.HEAD_REVISION:
        # Converting the schema means writing; a newer schema cannot be read at all.
        raise StoreError(
            f"the data in {database} was written by another version of isotrack "
            f"(schema {check.revision}) and would need converting, but its folder is "
            "read-only; it has been left untouched. Open it from a folder you can write to."
        )
    return UpgradeOutcome(migrate.HEAD_REVISION, None)
