"""Backup copies of the store: taking, verifying, rotating, finding and moving them.

What is promised:
- a copy is taken with SQLite's online backup API (consistent while the app writes, WAL
  included), written under a hidden temporary name, checked with `PRAGMA integrity_check`,
  synced, and only then given its real name: a copy under a backup name is always whole and
  verified. A copy that fails its check is deleted and BackupFailedError raised; nothing is
  rotated away then;
- a copy is a self-contained file (rollback-journal mode, no -wal beside it), mode 0600, in
  a folder the app creates 0700;
- names carry the local date and time and the reason, and sort by time:
  `isotrack-2026-11-29T101530-daily.sqlite3` (`_2`, `_3` … if that second is taken);
- only files named that way (or by earlier versions, `isotrack-20261128T101500Z-….sqlite3`)
  are ever listed, rotated or moved; anything else in the folder is left alone;
- where the copies live is a setting in the data folder (`backup-location.txt`), read here
  before the store opens; without it they live in `backups/` beside the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tracker.db import backup_policy
from tracker.db.backup_policy import DEFAULT_RETENTION, Retention
from tracker.errors import StoreError, UserInputError
from tracker.paths import (
    DataPaths,
    fsync_file,
    fsync_folder,
    make_private_dir,
    make_private_file,
    remove_if_exists,
)

log = logging.getLogger(__name__)

PREFIX = "isotrack"
SUFFIX = ".sqlite3"
LOCATION_FILE = "backup-location.txt"
DEFAULT_FOLDER = "backups"
# How long taking a copy waits for another connection's write lock (as the store does).
BUSY_TIMEOUT_S = 5.0
# A hidden draft older than this was left by a process that died while writing it.
STALE_PARTIAL_SECONDS = 600

_REASON = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NAME = re.compile(
    rf"{PREFIX}-(?P<date>\d{{4}}-\d{{2}}-\d{{2}})T(?P<time>\d{{6}})"
    rf"-(?P<reason>{_REASON.pattern})(?:_(?P<counter>\d+))?{re.escape(SUFFIX)}"
)
# The names of earlier versions: UTC time, `-2` for a second copy in the same second.
_LEGACY_NAME = re.compile(
    rf"{PREFIX}-(?P<stamp>\d{{8}}T\d{{6}})Z-(?P<reason>[a-z0-9-]+){re.escape(SUFFIX)}"
)


class BackupFailedError(StoreError):
    """A copy could not be taken, verified or moved; the store and earlier copies are as
    they were."""


@dataclass(frozen=True)
class BackupCopy:
    """One copy in the backup folder. `created` is local wall-clock time (from the name)."""

    path: Path
    created: dt.datetime
    reason: str

    @property
    def id(self) -> str:
        return self.path.name


# -- names ---------------------------------------------------------------------------------


def parse_name(path: Path) -> BackupCopy | None:
    """The copy a file name stands for, or None if the app did not name it."""
    match = _NAME.fullmatch(path.name)
    if match is not None:
        try:
            created = dt.datetime.strptime(f"{match['date']}T{match['time']}", "%Y-%m-%dT%H%M%S")
        except ValueError:  # 2026-13-45: looks like ours, is not
            return None
        return BackupCopy(path, created, match["reason"])
    legacy = _LEGACY_NAME.fullmatch(path.name)
    if legacy is not None:
        try:
            utc = dt.datetime.strptime(legacy["stamp"], "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC)
        except ValueError:
            return None
        return BackupCopy(path, utc.astimezone().replace(tzinfo=None), legacy["reason"])
    return None


def local_time(now: dt.datetime) -> dt.datetime:
    """`now` as naive local wall-clock time (an aware instant is converted; a naive one is
    taken as local already)."""
    return now.astimezone().replace(tzinfo=None) if now.tzinfo is not None else now


def _free_name(folder: Path, created: dt.datetime, reason: str) -> Path:
    stem = f"{PREFIX}-{created:%Y-%m-%dT%H%M%S}-{reason}"
    target = folder / f"{stem}{SUFFIX}"
    counter = 1
    while target.exists() or _partial(target).exists():
        counter += 1
        target = folder / f"{stem}_{counter}{SUFFIX}"
    return target


def _partial(target: Path) -> Path:
    # Hidden, and not ending in .sqlite3: never listed, never offered as a backup.
    return target.with_name(f".{target.name}.partial")


# -- where the copies live -----------------------------------------------------------------


def location_file(paths: DataPaths) -> Path:
    return paths.root / LOCATION_FILE


def backup_location(paths: DataPaths) -> Path:
    """The folder holding the copies: the one named in `backup-location.txt`, else
    `backups/` in the data folder. A relative path in the file is taken from the data
    folder. Reads one small file; needs no store."""
    try:
        text = os.fsdecode(location_file(paths).read_bytes())
    except FileNotFoundError:
        return paths.backups
    except OSError as exc:
        raise StoreError(
            f"the backup location setting {location_file(paths)} cannot be read "
            f"({exc.strerror}); move or delete it to use the default folder."
        ) from exc
    folder = text.strip("\r\n")
    if not folder.strip():
        return paths.backups
    return (paths.root / Path(folder).expanduser()).absolute()


def set_backup_location(paths: DataPaths, folder: Path) -> None:
    """Record `folder` as the backup folder (0600 file, replaced atomically). The default
    folder is recorded by removing the setting."""
    setting = location_file(paths)
    if folder.absolute() == paths.backups.absolute():
        remove_if_exists(setting)
        return
    draft = setting.with_name(f".{setting.name}.new")
    remove_if_exists(draft)
    make_private_file(draft)
    with draft.open("wb") as handle:
        handle.write(os.fsencode(str(folder.absolute())) + b"\n")
        handle.flush()
        os.fsync(handle.fileno())
    draft.replace(setting)


# -- taking a copy -------------------------------------------------------------------------


def backup_database(database: Path, backup_dir: Path, *, reason: str, now: dt.datetime) -> Path:
    """Copy `database` into `backup_dir` with SQLite's online backup and verify the copy.

    Returns the new copy's path, named by `now`'s local time and `reason` (lower-case
    words joined by hyphens, e.g. "before-upgrade-from-0001"). Raises BackupFailedError
    (a StoreError) when no verified copy could be made; nothing is left behind then.
    Does not rotate (see `take_backup`).
    """
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lower-case words and hyphens, not {reason!r}")
    if not database.is_file():
        raise UserInputError(f"there is no isotrack data in {database.parent} to back up yet")
    if not backup_dir.is_dir() and not backup_dir.parent.is_dir():
        # A folder on a drive that is not connected: making its parents would put the
        # copies at the empty mount point, on the wrong disk, where nobody looks for them.
        raise _failure(FileNotFoundError(errno.ENOENT, "not there", str(backup_dir)), backup_dir)
    try:
        make_private_dir(backup_dir)
        target = _free_name(backup_dir, local_time(now), reason)
        draft = _partial(target)
        make_private_file(draft)
    except OSError as exc:
        raise _failure(exc, backup_dir) from exc
    try:
        with (
            _closing(_connect_read_only(database, immutable=False)) as source,
            _closing(sqlite3.connect(draft)) as destination,
        ):
            _copy_pages(source, destination)
            # The copy stands alone: no -wal/-shm files beside it in a synced folder,
            # and it opens read-only anywhere.
            destination.execute("PRAGMA journal_mode = DELETE")
        problems = copy_problems(draft)
        if problems:
            # The copy is as the store is: the store itself is likely damaged.
            raise BackupFailedError(
                f"no backup was made: the new copy failed SQLite's integrity check "
                f"({'; '.join(problems)}), so your data file may be damaged. The earlier "
                f"copies in {backup_dir} are unchanged."
            )
        fsync_file(draft)
        draft.replace(target)
        fsync_folder(backup_dir)
    except BaseException as exc:
        for leftover in (draft, *_journal_files(draft)):
            remove_if_exists(leftover)
        if isinstance(exc, BackupFailedError):
            raise
        if isinstance(exc, sqlite3.Error | OSError):
            raise _failure(exc, backup_dir) from exc
        raise
    log.info("backed up the store to %s", target)
    return target


def take_backup(
    paths: DataPaths,
    *,
    reason: str,
    now: dt.datetime,
    retention: Retention = DEFAULT_RETENTION,
) -> Path:
    """A verified copy in the configured backup folder, then rotation of the older ones.

    Rotation runs only after the new copy was verified, and never deletes it."""
    folder = backup_location(paths)
    copy = backup_database(paths.database, folder, reason=reason, now=now)
    rotate(folder, local_time(now), retention, protect=copy)
    return copy


def routine_backup(
    paths: DataPaths, now: dt.datetime, retention: Retention = DEFAULT_RETENTION
) -> Path | None:
    """The day's automatic copy, on the first start of each (local) day, GUI or CLI.

    Returns None without writing when there is no store yet or today's daily copy exists.
    Raises BackupFailedError when the copy fails: the caller logs it and carries on (the
    patient's data is unaffected; earlier copies are kept).
    """
    if not paths.database.is_file():
        return None
    today = local_time(now).date()
    folder = backup_location(paths)
    if any(c.reason == "daily" and c.created.date() == today for c in list_copies(folder)):
        return None
    return take_backup(paths, reason="daily", now=now, retention=retention)


def copy_problems(path: Path) -> list[str]:
    """What `PRAGMA integrity_check` finds wrong with `path` (at most 5); [] if nothing."""
    try:
        with _closing(_connect_read_only(path, immutable=True)) as connection:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
    except sqlite3.Error as exc:
        return [str(exc)]
    return [] if problems == ["ok"] else problems


def check_copy(path: Path) -> None:
    """Raise BackupFailedError unless `path` passes `PRAGMA integrity_check`."""
    problems = copy_problems(path)
    if problems:
        raise BackupFailedError(
            f"the copy {path.name} failed SQLite's integrity check ({'; '.join(problems)}); "
            "it cannot be used."
        )


# -- the copies in a folder ----------------------------------------------------------------


def list_copies(folder: Path) -> list[BackupCopy]:
    """The copies the app made in `folder`, newest first; none if it is not there."""
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(
            f"the backup folder {folder} cannot be read ({exc.strerror}). If it is on a drive, "
            "connect it; or choose another folder."
        ) from exc
    copies = [copy for entry in entries if (copy := parse_name(entry)) and entry.is_file()]
    # Within one second (names alone cannot tell), the file written last is the newer.
    return sorted(copies, key=lambda copy: (copy.created, _mtime(copy.path)), reverse=True)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def rotate(
    folder: Path,
    now: dt.datetime,
    retention: Retention = DEFAULT_RETENTION,
    *,
    protect: Path | None = None,
) -> list[Path]:
    """Delete the copies the rotation does not keep (see backup_policy); returns them.

    `now` is local wall-clock time. `protect` (the copy just taken) counts as one of the
    copies the rules keep, so "7 daily" means seven days, and it is never deleted even where
    the rules would (a copy dated later, by a clock that was ahead, is the newest of its day).
    A copy that cannot be deleted is logged and kept."""
    _remove_stale_partials(folder)
    deleted = []
    for copy in backup_policy.copies_to_delete(list_copies(folder), now, retention):
        if copy.path == protect:
            continue
        try:
            copy.path.unlink()
        except OSError as exc:
            log.warning("could not delete the old backup %s: %s", copy.path.name, exc.strerror)
            continue
        deleted.append(copy.path)
    if deleted:
        log.info("rotation removed %d old backups from %s", len(deleted), folder)
    return deleted


# -- moving the folder ---------------------------------------------------------------------


def move_backups(paths: DataPaths, destination: Path) -> int:
    """Make `destination` the backup folder and move every copy there; returns how many.

    Each copy is written under a temporary name, synced and verified before it takes its
    name; only when all are there is the setting changed and are the old copies deleted.
    On any failure the copies made so far are removed and everything stays as it was. A
    missing `destination` is created 0700 (an existing folder keeps its mode).
    """
    source = backup_location(paths)
    destination = destination.expanduser().absolute()
    if _same_folder(source, destination):
        raise UserInputError(f"the backups are already kept in {destination}")
    if destination.exists() and not destination.is_dir():
        raise UserInputError(f"{destination} is not a folder")
    copies = list_copies(source)
    try:
        make_private_dir(destination)
    except OSError as exc:
        raise _failure(exc, destination) from exc
    made: list[Path] = []
    try:
        for copy in copies:
            target = destination / copy.id
            if target.exists():
                if target.stat().st_size == copy.path.stat().st_size:
                    check_copy(target)  # the same copy moved there before: use it
                    continue
                raise UserInputError(
                    f"{destination} already holds a different file named {copy.id}; "
                    "nothing was moved. Choose another folder."
                )
            _copy_file(copy.path, target)
            made.append(target)
        fsync_folder(destination)
        set_backup_location(paths, destination)
    except BaseException as exc:
        for target in made:
            remove_if_exists(target)
        if isinstance(exc, OSError):
            raise _failure(exc, destination) from exc
        raise
    for copy in copies:
        with contextlib.suppress(OSError):
            copy.path.unlink()
    with contextlib.suppress(OSError):
        source.rmdir()  # only if empty: a folder holding anything else is the patient's
    return len(copies)


def _copy_file(source: Path, target: Path) -> None:
    draft = _partial(target)
    remove_if_exists(draft)
    make_private_file(draft)
    try:
        with source.open("rb") as reader, draft.open("wb") as writer:
            shutil.copyfileobj(reader, writer)
            writer.flush()
            os.fsync(writer.fileno())
        check_copy(draft)
        draft.replace(target)
    except BaseException:
        remove_if_exists(draft)
        raise


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


# -- restoring -----------------------------------------------------------------------------


def replace_content(database: Path, source: Path) -> None:
    """Replace everything in the live `database` with `source`'s content, as ONE SQLite
    transaction through the backup API: connections already open (the app's engine) see
    the new content at their next transaction, WAL mode is kept, and a failure or crash
    leaves the store as it was. Raises a StoreError (locked, disk full …) on failure."""
    from tracker.db import faults  # deferred: faults is only needed when this runs

    try:
        with (
            _closing(_connect_read_only(source, immutable=True)) as reader,
            _closing(sqlite3.connect(database, timeout=BUSY_TIMEOUT_S)) as writer,
        ):
            _copy_pages(reader, writer)
    except sqlite3.Error as exc:
        fault = faults.classify(exc, database=database)
        if fault is None:
            raise
        raise fault from exc


def stage_copy(source: Path, folder: Path) -> Path:
    """A private scratch copy of `source` in `folder` (hidden name), e.g. to upgrade an
    older copy's schema before it replaces the store; the caller deletes it."""
    _remove_stale_partials(folder)
    draft = folder / f".{PREFIX}-restore-{os.getpid()}.sqlite3.partial"
    for leftover in (draft, *_journal_files(draft)):
        remove_if_exists(leftover)
    make_private_file(draft)
    with (
        _closing(_connect_read_only(source, immutable=True)) as reader,
        _closing(sqlite3.connect(draft)) as writer,
    ):
        _copy_pages(reader, writer)
        writer.execute("PRAGMA journal_mode = DELETE")
    return draft


def discard(path: Path) -> None:
    """Delete a scratch file and any journal files SQLite left beside it."""
    for leftover in (path, *_journal_files(path)):
        remove_if_exists(leftover)


def publish(draft: Path, database: Path) -> None:
    """Put a whole, synced `draft` in place as `database`, which must not exist."""
    fsync_file(draft)
    os.link(draft, database)
    fsync_folder(database.parent)


def set_aside(database: Path, now: dt.datetime) -> Path:
    """Rename a damaged store (and its -wal) to `NAME.damaged-STAMP`, kept in the data
    folder for a later rescue; returns the new name."""
    stamp = f"{local_time(now):%Y-%m-%dT%H%M%S}"
    kept = database.with_name(f"{database.name}.damaged-{stamp}")
    counter = 1
    while kept.exists():
        counter += 1
        kept = database.with_name(f"{database.name}.damaged-{stamp}_{counter}")
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        wal.rename(kept.with_name(kept.name + "-wal"))
    database.rename(kept)
    remove_if_exists(database.with_name(database.name + "-shm"))
    fsync_folder(database.parent)
    return kept


# -- SQLite and file helpers ---------------------------------------------------------------


def connect_copy(path: Path) -> sqlite3.Connection:
    """A read-only connection to a finished copy. Immutable: it takes no locks and leaves
    no -shm file in a synced or read-only folder; a copy never changes once named."""
    return _connect_read_only(path, immutable=True)


def _connect_read_only(database: Path, *, immutable: bool) -> sqlite3.Connection:
    # The URI form escapes ?, # and % in the path; mode=ro never creates the file.
    flags = "immutable=1&mode=ro" if immutable else "mode=ro"
    return sqlite3.connect(
        f"{database.absolute().as_uri()}?{flags}", uri=True, timeout=BUSY_TIMEOUT_S
    )


@contextlib.contextmanager
def _closing(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    # sqlite3.Connection's own context manager commits; it does not close.
    try:
        yield connection
    finally:
        connection.close()


def _copy_pages(source: sqlite3.Connection, destination: sqlite3.Connection) -> None:
    """All pages in one step (one transaction on the destination).

    Python retries a locked step for ever; after the connection's busy timeout has been
    waited out once, give up with SQLITE_BUSY instead of hanging the app."""

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            error = sqlite3.OperationalError("database is locked")
            error.sqlite_errorcode = status
            raise error

    source.backup(destination, pages=-1, progress=progress)


def _remove_stale_partials(folder: Path) -> None:
    """Delete the hidden drafts a killed process left (older than STALE_PARTIAL_SECONDS;
    a younger one may belong to a process writing it now)."""
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for leftover in folder.glob(f".{PREFIX}-*.partial*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _journal_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + tail) for tail in ("-wal", "-shm", "-journal")]


def _failure(exc: BaseException, folder: Path) -> BackupFailedError:
    """A plain message for a copy that could not be made in `folder`."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            why = "the disk is full"
        elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            why = "the folder cannot be written to"
        elif exc.errno == errno.ENOENT:
            why = "the folder is not there; if it is on a drive, connect it"
        else:
            why = exc.strerror or str(exc)
    else:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        why = {
            sqlite3.SQLITE_BUSY: "another program kept the data locked",
            sqlite3.SQLITE_LOCKED: "another program kept the data locked",
            sqlite3.SQLITE_FULL: "the disk is full",
            sqlite3.SQLITE_READONLY: "the folder cannot be written to",
            sqlite3.SQLITE_CANTOPEN: "a file could not be opened",
        }.get(code, str(exc))
    return BackupFailedError(
        f"no backup was made in {folder}: {why}. Your data and the earlier copies are unchanged."
    )
