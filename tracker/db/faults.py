"""The one place that decides what a failure of the store means to the patient.

`classify()` turns a sqlite3 error (raw, or wrapped by SQLAlchemy) or an OSError met while
using the store into the StoreError that says what happened, what was kept and what to do;
it answers None for anything that is not the environment's fault (a constraint the code
should have checked, a misuse of the API): those are bugs and must stay loud.

It reads the SQLite result code (`sqlite_errorcode`, Python 3.11+), never the message text.
The store's engine calls it for every error (see engine.py), so services raise these
StoreErrors themselves; the CLI and the GUI may call it for errors from elsewhere.
No SQLAlchemy import: the start-up path uses it before SQLAlchemy is imported.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from tracker.db.backup import BackupCopy, list_copies
from tracker.errors import (
    DamagedStoreError,
    DiskFullError,
    ReadOnlyStoreError,
    StoreError,
    StoreLockedError,
    StoreUnavailableError,
)
from tracker.words import Words


class FaultWords(Words):
    """What went wrong with the file, inside the errors' sentences (area "db")."""


# Primary SQLite result codes (https://sqlite.org/rescode.html); extended codes keep these
# in their low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# How long a write waits for another connection's lock (PRAGMA busy_timeout); the
# "locked" message quotes it.
BUSY_TIMEOUT_MS = 5000

# Below this much free space, an I/O error while writing is taken for a full disk: SQLite
# reports ENOSPC as SQLITE_FULL from some writes but as SQLITE_IOERR from others (growing
# the WAL, syncing), and "disk I/O error" would send the patient to look for a broken disk.
NEARLY_FULL_BYTES = 1 << 20


def classify(
    exc: BaseException, *, database: Path | None = None, backups: Path | None = None
) -> StoreError | None:
    """The StoreError that `exc` means for the patient, or None if it is a bug.

    `database` and `backups` (both optional) make the message name the file and, for a
    damaged store, the newest copy in the backups folder (only if one really exists).
    """
    if isinstance(exc, StoreError):
        return exc
    original = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    if isinstance(original, BaseException):
        exc = original
    if isinstance(exc, sqlite3.Error):
        return _classify_sqlite(exc, database, backups)
    if isinstance(exc, OSError):
        return classify_os_error(exc, database)
    return None


def _classify_sqlite(
    exc: sqlite3.Error, database: Path | None, backups: Path | None
) -> StoreError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None  # e.g. "Cannot operate on a closed database": the code's own misuse
    primary = code & 0xFF
    path = str(database) if database is not None else None
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreLockedError(BUSY_TIMEOUT_MS / 1000)
    if primary == SQLITE_FULL:
        return DiskFullError()
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        problem = (
            FaultWords.tr("is not a database file (it is damaged, or it is another kind of file)")
            if primary == SQLITE_NOTADB
            else FaultWords.tr("is damaged ({detail})").format(detail=exc)
        )
        return damaged(database, problem, backups)
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return ReadOnlyStoreError(str(database.parent) if database is not None else None)
    if primary == SQLITE_IOERR:
        if database is not None and _nearly_full(database):
            return DiskFullError()
        return StoreUnavailableError(path, FaultWords.tr("disk I/O error"))
    if primary == SQLITE_CANTOPEN:
        return StoreUnavailableError(path, FaultWords.tr("it cannot be opened"))
    return None


def classify_os_error(exc: OSError, database: Path | None) -> StoreError:
    """What a failed file operation means for the patient: every OSError has an answer
    (a full disk, a folder they may not write, else the file cannot be reached)."""
    path = str(database) if database is not None else exc.filename
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        folder = database.parent if database is not None else None
        return ReadOnlyStoreError(str(folder) if folder is not None else None)
    return StoreUnavailableError(path, exc.strerror or str(exc))


def _nearly_full(database: Path) -> bool:
    try:
        return shutil.disk_usage(database.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def damaged(database: Path | None, problem: str, backups: Path | None) -> DamagedStoreError:
    """A DamagedStoreError naming the newest backup only if `backups` really holds one."""
    newest = newest_backup(backups) if backups is not None else None
    return DamagedStoreError(
        str(database) if database is not None else "",
        problem,
        _describe(newest) if newest is not None else None,
    )


def newest_backup(backups: Path) -> BackupCopy | None:
    """The newest copy the app made in `backups`, if there is one we can see."""
    try:
        copies = list_copies(backups)
    except StoreError:  # a folder we may not list (or a drive not connected): none to offer
        return None
    return copies[0] if copies else None


def _describe(backup: BackupCopy) -> str:
    return f"{backup.path} (from {backup.created:%Y-%m-%d %H:%M})"
