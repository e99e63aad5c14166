"""Backups as the patient sees them: list, take one now, restore one, move the folder.

No Qt and no SQLAlchemy: the copies are read with `sqlite3` (read-only), and a restore works
even when the live store cannot be opened (damaged, or missing), which is when it is needed
most. The GUI dialog and `isotrack backup ...` both come through here.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tracker.clock import Clock
from tracker.db import backup, migrate
from tracker.db.backup import BackupCopy
from tracker.db.backup_policy import DEFAULT_RETENTION, Retention
from tracker.errors import DamagedStoreError, ForeignDatabaseError, StoreError, UserInputError
from tracker.paths import DataPaths, make_private_dir
from tracker.words import Words

log = logging.getLogger(__name__)

# The tables counted for the list; a copy from an older schema may lack one (count None).
# Queries on a copy, kept out of mutation testing (which would only change the case of SQL
# keywords: SQLite ignores it).
TABLE_NAMES = "SELECT name FROM sqlite_master WHERE type='table'"
COUNT_ROWS = "SELECT count(*) FROM {table}"
SCHEMA_REVISION = "SELECT version_num FROM alembic_version"
_COUNTED = {"dose_entries": "dose_entry", "weights": "weight", "courses": "course"}
# The command that lists the copies, named in a refusal: the command line's, not translated.
LIST_COMMAND = "isotrack backup list"


class BackupServiceWords(Words):
    pass


@dataclass(frozen=True)
class BackupInfo:
    """One copy, as listed. `id` is its file name; `created` its local date and time."""

    id: str
    created: dt.datetime
    size_bytes: int
    reason: str
    revision: str | None  # the schema it was written with; None if unreadable
    dose_entries: int | None
    weights: int | None
    courses: int | None

    @property
    def readable(self) -> bool:
        return self.revision is not None


@dataclass(frozen=True)
class RestoreOutcome:
    restored: BackupInfo
    # The copy of the data as it was just before (None: there was no healthy store to copy).
    safety_copy: str | None
    # Where a damaged store was kept, renamed, when the copy replaced it.
    damaged_kept: Path | None = None
    # The copy's older schema, brought up to date as it was restored.
    upgraded_from: str | None = None


class BackupService:
    """The backup copies of one data folder. Every method is one user action."""

    def __init__(
        self, paths: DataPaths, clock: Clock, retention: Retention = DEFAULT_RETENTION
    ) -> None:
        self._paths = paths
        self._clock = clock
        self._retention = retention

    def folder(self) -> Path:
        """Where the copies are kept now."""
        return backup.backup_location(self._paths)

    def list(self) -> builtins.list[BackupInfo]:
        """Every copy, newest first, with what it holds (counts of records)."""
        return [_describe(copy) for copy in backup.list_copies(self.folder())]

    def get(self, backup_id: str) -> BackupInfo:
        return _describe(self._find(backup_id))

    def create(self, reason: str = "manual") -> BackupInfo:
        """Take a verified copy now (e.g. "manual", "before-import"), then rotate."""
        path = backup.take_backup(
            self._paths, reason=reason, now=self._clock.now_utc(), retention=self._retention
        )
        return _describe(_copy_at(path))

    def routine(self) -> BackupInfo | None:
        """The day's automatic copy if it is not taken yet (see backup.routine_backup)."""
        path = backup.routine_backup(self._paths, self._clock.now_utc(), self._retention)
        return None if path is None else _describe(_copy_at(path))

    def move(self, destination: Path) -> int:
        """Keep the copies in `destination` from now on, moving the existing ones there
        (each verified); returns how many were moved. On failure nothing changes."""
        return backup.move_backups(self._paths, destination)

    def restore(self, backup_id: str) -> RestoreOutcome:
        """Replace the store's content with the copy `backup_id`.

        In order, stopping with nothing changed at the first refusal: the copy must pass
        `integrity_check` and be an isotrack store of this version's schema or an older one
        (an older one is upgraded in a scratch copy first, so the live store only ever holds
        the current schema); then the data as it is now is backed up ("before-restore");
        then the copy's content replaces the store's in one SQLite transaction (the app's
        open connections see it at their next read). A damaged store is not overwritten but
        renamed aside (`isotrack.sqlite3.damaged-…`) and the copy put in its place.
        """
        copy = self._find(backup_id)
        problems = backup.copy_problems(copy.path)
        if problems:
            raise StoreError(
                BackupServiceWords.tr(
                    "the backup {backup} is damaged ({problems}); your data was left as it "
                    "is. Choose another copy."
                ).format(backup=copy.id, problems="; ".join(problems))
            )
        revision = _revision_of(copy)
        live = self._paths.database
        live_damaged = self._live_is_damaged()
        staged: Path | None = None
        safety: Path | None = None
        damaged_kept: Path | None = None
        now = self._clock.now_utc()
        try:
            if revision != migrate.HEAD_REVISION or live_damaged or not live.exists():
                make_private_dir(self._paths.root)
                staged = backup.stage_copy(copy.path, self._paths.root)
                if revision != migrate.HEAD_REVISION:
                    _upgrade(staged)
            if live.exists() and not live_damaged:
                safety = backup.backup_database(
                    live, self.folder(), reason="before-restore", now=now
                )
                backup.replace_content(live, staged or copy.path)
            else:
                assert staged is not None
                if live.exists():
                    damaged_kept = backup.set_aside(live, now)
                    log.warning("kept the damaged store as %s", damaged_kept.name)
                backup.publish(staged, live)
        except OSError as exc:
            from tracker.db import faults

            raise faults.classify_os_error(exc, database=live) from exc
        finally:
            if staged is not None:
                backup.discard(staged)
        migrate.inspect_store(live, verify=True, backups=self.folder())  # opens cleanly
        backup.rotate(self.folder(), backup.local_time(now), self._retention, protect=safety)
        log.info("restored the store from %s", copy.id)
        return RestoreOutcome(
            restored=_describe(copy),
            safety_copy=None if safety is None else safety.name,
            damaged_kept=damaged_kept,
            upgraded_from=None if revision == migrate.HEAD_REVISION else revision,
        )

    def _find(self, backup_id: str) -> BackupCopy:
        # Only a name the folder's listing holds: an id is never a path of the caller's.
        folder = self.folder()
        for copy in backup.list_copies(folder):
            if copy.id == backup_id:
                return copy
        raise UserInputError(
            BackupServiceWords.tr(
                "there is no backup named {backup} in {folder}; `{command}` shows the copies "
                "there are"
            ).format(backup=repr(backup_id), folder=folder, command=LIST_COMMAND)
        )

    def _live_is_damaged(self) -> bool:
        """True if the store is there but fails its checks (then it is set aside, not
        overwritten). A store in use by another program or a foreign file refuses here."""
        database = self._paths.database
        if not database.exists():
            return False
        try:
            check = migrate.inspect_store(database, verify=True)
        except DamagedStoreError:
            return True
        if check.revision is None and check.has_tables:
            raise ForeignDatabaseError(str(database))
        return False


def _copy_at(path: Path) -> BackupCopy:
    copy = backup.parse_name(path)
    assert copy is not None, "the app names every copy it takes"
    return copy


def _describe(copy: BackupCopy) -> BackupInfo:
    """The copy's size and counts, read read-only; an unreadable copy is listed with None."""
    try:
        size = copy.path.stat().st_size
    except OSError:
        size = 0
    revision: str | None = None
    counts: dict[str, int | None] = dict.fromkeys(_COUNTED)
    try:
        with contextlib.closing(backup.connect_copy(copy.path)) as connection:
            tables = {row[0] for row in connection.execute(TABLE_NAMES)}
            for field, table in _COUNTED.items():
                if table in tables:
                    # The table name comes from _COUNTED, never from the copy.
                    query = COUNT_ROWS.format(table=table)
                    counts[field] = connection.execute(query).fetchone()[0]
            if "alembic_version" in tables:
                row = connection.execute(SCHEMA_REVISION).fetchone()
                revision = row[0] if row else None
    except sqlite3.Error as exc:
        log.warning("could not read the backup %s: %s", copy.id, exc)
    return BackupInfo(
        id=copy.id,
        created=copy.created,
        size_bytes=size,
        reason=copy.reason,
        revision=revision,
        dose_entries=counts["dose_entries"],
        weights=counts["weights"],
        courses=counts["courses"],
    )


def _revision_of(copy: BackupCopy) -> str:
    """The copy's schema revision; refuses a copy that is not an isotrack store or was
    written by a newer version."""
    revision = _describe(copy).revision
    if revision is None:
        raise UserInputError(
            BackupServiceWords.tr(
                "{backup} is not an isotrack backup (it has no schema version); your data was "
                "left as it is"
            ).format(backup=copy.id)
        )
    if revision == migrate.HEAD_REVISION:
        return revision
    from tracker.db import alembic_runner  # deferred: Alembic costs ~0.4 s to import

    if not alembic_runner.is_known_revision(revision):
        raise UserInputError(
            BackupServiceWords.tr(
                "the backup {backup} was written by a newer version of isotrack (schema "
                "{revision}); this version cannot restore it. Your data was left as it is; "
                "install the newer version to restore that copy."
            ).format(backup=copy.id, revision=revision)
        )
    return revision


def _upgrade(staged: Path) -> None:
    """Bring a scratch copy to the current schema, then fold its WAL back into the file
    (the copy is later read with `immutable`, which ignores a WAL)."""
    from tracker.db import alembic_runner  # deferred: see _revision_of

    alembic_runner.upgrade_to_head(staged)
    with contextlib.closing(sqlite3.connect(staged)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
