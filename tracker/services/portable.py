"""The complete, portable copy of a data folder: every record as plain data (`snapshot`),
written out as files (`write_csv`, `write_json`), checked and shown before an import
(`read_import`) and read back into a data folder (`import_json`).

The snapshot is generic over the schema: it walks `Base.metadata`, so a table or column
added by a later revision is exported without a change here. Renderers (reports/) turn it
into bytes; this module never imports them (the caller passes the renderer in).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import backup as db_backup
from tracker.errors import UserInputError
from tracker.paths import fsync_folder, make_private_dir, remove_if_exists
from tracker.services import export_files, mapping
from tracker.services.dose_log import course_day_rows
from tracker.services.photos import photos_folder
from tracker.services.portable_import import (
    ZIP_DATA,
    ZIP_PHOTOS,
    ExportParser,
    ExportSource,
    checked,
    photos_folder_beside,
    record_tables,
    stage,
)
from tracker.services.snapshot import CourseDays, StoreSnapshot, Value
from tracker.words import Words

__all__ = [
    "ExportCounts",
    "ExportParser",
    "HoldsRecordsError",
    "ImportOutcome",
    "ImportPreview",
    "PortableService",
    "count_records",
    "photos_folder_beside",
    "record_count",
    "record_tables",
]

# Tables that hold preferences and the app's own state, not the patient's records: a store
# holding only these is "empty" (a fresh store already has its settings).
NOT_RECORDS = frozenset({"setting", "reminder_state"})

ExportRender = Callable[[StoreSnapshot, dt.datetime], bytes]
FilesRender = Callable[[StoreSnapshot], dict[str, bytes]]


class PortableServiceWords(Words):
    pass


class HoldsRecordsError(UserInputError):
    """An import into a data folder that holds records, without being asked to replace
    them. Worded for any caller; the command line adds its flag."""

    def __init__(self, records: int) -> None:
        self.records = records
        super().__init__(
            PortableServiceWords.tr(
                "your data folder already holds records ({records}); importing replaces them "
                "(a backup is taken first)"
            ).format(records=f"{records:,}")
        )


@dataclass(frozen=True)
class ExportCounts:
    records: int
    photos: int
    written: str  # "zip", "folder" or "file"


@dataclass(frozen=True)
class ImportOutcome:
    records: int
    photos: int
    safety_copy: str | None  # the backup taken first (with --replace)
    # Where the photos the imported data does not name were moved (with --replace).
    kept_photos: Path | None = None


@dataclass(frozen=True)
class ImportPreview:
    """An export file read and checked whole, as `import_json` would (the staged store
    included), with nothing written: what the patient is told before an import."""

    source: Path
    snapshot: StoreSnapshot  # what import_json(expect=...) must find in the file again
    records: int
    courses: int
    days_logged: int  # dose entries: a day logged taken, missed or skipped
    lab_results: int
    photos: int
    store_records: int  # what the store holds now: an import replaces them

    @property
    def exported_on(self) -> dt.date:
        """The local day the export was made (its `exported_at` is UTC)."""
        return db_backup.local_time(self.snapshot.taken_at).date()


class PortableService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, folder: Path) -> None:
        self._sessions = sessions
        self._clock = clock
        self._photos = folder

    @classmethod
    def for_store(cls, sessions: sessionmaker[Session], clock: Clock) -> PortableService:
        """Over the store `sessions` opens, with its photos folder beside it."""
        return cls(sessions, clock, photos_folder(Path(sessions.kw["bind"].url.database)))

    @property
    def photos_folder(self) -> Path:
        return self._photos

    @property
    def database(self) -> Path:
        """The store's file."""
        return Path(self._sessions.kw["bind"].url.database)

    def snapshot(self) -> StoreSnapshot:
        """Every record, read in one transaction that does not hold the write lock."""
        with mapping.read_session(self._sessions) as session:
            taken_at = self._clock.now_utc()
            today = self._clock.today()
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            tables = {table.name: tuple(_rows(session, table)) for table in record_tables()}
            days = tuple(
                CourseDays(
                    course.id, tuple(course_day_rows(mapping.load_facts(session, course), today))
                )
                for course in mapping.all_courses(session)
            )
        # Only the copies that are there: a photo file deleted by hand leaves its row,
        # which is still exported (and shows as missing in the app, as it does now).
        # A name that is not a plain file name (a store edited by hand) reaches nothing.
        photos = {
            name: path
            for row in tables["progress_photo"]
            if Path(name := str(row["file_name"])).name == name
            and (path := self._photos / name).is_file()
        }
        return StoreSnapshot(
            schema_revision=str(revision),
            taken_at=taken_at,
            tables=tables,
            course_days=days,
            photos=photos,
        )

    def holds_data(self) -> bool:
        """True if any record table has a row (settings and reminder states do not count)."""
        return self._live_records() > 0

    def _live_records(self) -> int:
        with self._sessions() as session:
            return record_count(session)

    # -- exports -------------------------------------------------------------------------

    def write_csv(self, out: Path, render: FilesRender) -> ExportCounts:
        """The CSV files `render` makes of the snapshot, into the folder `out` or the zip
        `out` (".zip"); photos are not copied (photos.csv lists them)."""
        snapshot = self.snapshot()
        written = export_files.write_out(out, dict(render(snapshot)))
        return ExportCounts(count_records(snapshot.tables), 0, written)

    def write_json(self, out: Path, render: ExportRender) -> ExportCounts:
        """The complete copy: `out` ".zip" holds data.json and photos/…; else `out` is the
        JSON file, with the photos in "NAME-photos/" beside it (only when there are
        photos). Refused (UserInputError, nothing written) for any other name or a
        missing folder."""
        target = out.expanduser()
        suffix = target.suffix.lower()
        if suffix not in (".json", export_files.ZIP_SUFFIX):
            raise UserInputError(
                PortableServiceWords.tr(
                    "give a file name ending in .json or .zip, e.g. {example}"
                ).format(example=target.with_suffix(".zip"))
            )
        export_files.check_parent(target)
        snapshot = self.snapshot()
        data = render(snapshot, snapshot.taken_at)
        counts = count_records(snapshot.tables)
        photos: dict[str, export_files.FileSource] = dict(snapshot.photos)
        if suffix == export_files.ZIP_SUFFIX:
            files = {ZIP_DATA: data, **{ZIP_PHOTOS + name: path for name, path in photos.items()}}
            export_files.write_zip(target, files)
            return ExportCounts(counts, len(photos), "zip")
        if photos:  # first: a JSON file is never left naming photos that are not there
            export_files.write_folder(photos_folder_beside(target), photos)
        export_files.write_file(target, data)
        return ExportCounts(counts, len(photos), "file")

    # -- import --------------------------------------------------------------------------

    def import_json(
        self,
        source: Path,
        parse: ExportParser,
        *,
        replace: bool,
        backup: Callable[[], str] | None,
        expect: StoreSnapshot | None = None,
    ) -> ImportOutcome:
        """Replace the store's records with an export's (.json with its photos folder
        beside it, or .zip).

        Everything is checked before anything is written: the file (`parse`), the photos
        (real pictures, not too large), then every record inside a complete staged store
        (the schema's CHECK, UNIQUE and foreign-key rules, then quick_check). A store that
        holds records is replaced only with `replace`, after `backup()` (its name is
        returned); then the photos are copied into the photos folder and the staged content
        replaces the store's in one SQLite transaction (a running app sees it at its next
        read). Photo files the new data does not name are moved aside on `replace`.

        `expect`: the snapshot of a `read_import` the patient was shown; the file is read
        again here, and refused if its records are no longer those (it changed meanwhile).
        """
        with ExportSource.open(source.expanduser()) as reader:
            snapshot = checked(reader, parse)
            if expect is not None and snapshot != expect:
                raise UserInputError(
                    PortableServiceWords.tr(
                        "{path} changed after it was checked; import it again to see what it "
                        "holds now"
                    ).format(path=source)
                )
            live_records = self._live_records()
            if live_records and not replace:
                raise HoldsRecordsError(live_records)
            database = self.database
            staged = stage(database.parent, snapshot)
            photos = _PhotoSwap(self._photos, self._kept_folder)
            try:
                safety = backup() if live_records and backup is not None else None
                for name in sorted(snapshot.photos):
                    photos.put(name, reader.photo(name))
                db_backup.replace_content(database, staged)
            except BaseException:
                photos.undo()  # the store kept its data: its photos are back as they were
                raise
            finally:
                db_backup.discard(staged)
        if live_records:
            photos.set_aside_all_but(_named_photos(snapshot))
        return ImportOutcome(
            records=count_records(snapshot.tables),
            photos=len(snapshot.photos),
            safety_copy=safety,
            kept_photos=photos.kept,
        )

    def read_import(self, source: Path, parse: ExportParser) -> ImportPreview:
        """Read and check an export file as `import_json` does, rules of the staged store
        included, writing nothing to the store (the staged copy is discarded); what it
        holds. UserInputError naming what is wrong, as import_json's."""
        with ExportSource.open(source.expanduser()) as reader:
            snapshot = checked(reader, parse)
            db_backup.discard(stage(self.database.parent, snapshot))
        tables = snapshot.tables
        return ImportPreview(
            source=source,
            snapshot=snapshot,
            records=count_records(tables),
            courses=len(tables.get("course", ())),
            days_logged=len(tables.get("dose_entry", ())),
            lab_results=len(tables.get("lab_result", ())),
            photos=len(snapshot.photos),
            store_records=self._live_records(),
        )

    def _kept_folder(self) -> Path:
        """A new "photos-before-import-STAMP/" beside the photos folder."""
        stamp = f"{db_backup.local_time(self._clock.now_utc()):%Y-%m-%dT%H%M%S}"
        kept = self._photos.with_name(f"photos-before-import-{stamp}")
        counter = 1
        while kept.exists():
            counter += 1
            kept = self._photos.with_name(f"photos-before-import-{stamp}_{counter}")
        make_private_dir(kept)
        return kept


class _PhotoSwap:
    """The imported photos put into the photos folder before the store is swapped, undone
    if the swap fails: a new name is written; an existing file with other content is first
    moved into the kept folder (made when first needed), and moved back by `undo`."""

    def __init__(self, folder: Path, new_kept_folder: Callable[[], Path]) -> None:
        self._folder = folder
        self._new_kept_folder = new_kept_folder
        self.kept: Path | None = None
        self._added: list[Path] = []
        self._moved: list[tuple[Path, Path]] = []  # (the old file now, where it was)

    def put(self, name: str, data: bytes) -> None:
        make_private_dir(self._folder)
        target = self._folder / name
        if target.is_file():
            if target.read_bytes() == data:
                return  # already there: nothing to write or to undo
            self._aside(target)
        elif not target.exists():
            self._added.append(target)
        export_files.write_file(target, data)

    def _aside(self, target: Path) -> None:
        aside = self._kept() / target.name
        target.rename(aside)
        self._moved.append((aside, target))

    def _kept(self) -> Path:
        if self.kept is None:
            self.kept = self._new_kept_folder()
        return self.kept

    def undo(self) -> None:
        for path in self._added:
            remove_if_exists(path)
        for aside, target in reversed(self._moved):
            aside.replace(target)
        if self.kept is not None:
            self.kept.rmdir()  # empty again: everything in it went back
            self.kept = None
        fsync_folder(self._folder)

    def set_aside_all_but(self, named: set[str]) -> None:
        """Move the photo files the new data does not name into the kept folder."""
        if not self._folder.is_dir():
            return
        leftovers = sorted(
            entry
            for entry in self._folder.iterdir()
            if entry.is_file() and not entry.name.startswith(".") and entry.name not in named
        )
        for entry in leftovers:
            self._aside(entry)
        if self.kept is not None:
            fsync_folder(self.kept)
            fsync_folder(self._folder)


def _named_photos(snapshot: StoreSnapshot) -> set[str]:
    return {str(row["file_name"]) for row in snapshot.tables.get("progress_photo", ())}


def count_records(tables: Mapping[str, tuple[Mapping[str, Value], ...]]) -> int:
    """How many records `tables` holds (settings and reminder states are not records)."""
    return sum(len(rows) for name, rows in tables.items() if name not in NOT_RECORDS)


def record_count(session: Session) -> int:
    """How many records the store holds, over every table but NOT_RECORDS."""
    total = 0
    for table in record_tables():
        if table.name not in NOT_RECORDS:
            total += session.execute(select(func.count()).select_from(table)).scalar_one()
    return total


def _rows(session: Session, table: Table) -> Iterator[Mapping[str, Value]]:
    query = select(*table.columns).order_by(*table.primary_key.columns)
    for row in session.execute(query).mappings():
        yield {name: _plain(value) for name, value in row.items()}


def _plain(value: object) -> Value:
    """An enum as its stored value; everything else as the column's Python type."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    return value  # type: ignore[return-value]
