"""The complete, portable copy of a data folder: every record as plain data (`snapshot`),
written out as files (`write_csv`, `write_json`), checked and shown before an import
(`read_import`) and read back into a data folder (`import_json`).

The snapshot is generic over the schema: it walks `Base.metadata`, so a table or column
added by a later revision is exported without a change here. Renderers (reports/) turn it
into bytes; this module never imports them (the caller passes the renderer in).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import re
import secrets
import sqlite3
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import CheckConstraint, Connection, Table, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tracker.clock import Clock
from tracker.db import backup as db_backup
from tracker.db import migrate
from tracker.db.base import Base
from tracker.db.engine import create_migration_engine
from tracker.domain.acne import FORMATS_TEXT, HEAD_BYTES, MAX_PHOTO_BYTES, megabytes, picture_format
from tracker.domain.progress import ONE_DAY, CourseFacts
from tracker.errors import StoreError, UserInputError
from tracker.paths import fsync_folder, make_private_dir, remove_if_exists
from tracker.services import export_files, mapping
from tracker.services.photos import photos_folder
from tracker.services.records import DayRow
from tracker.services.snapshot import CourseDays, StoreSnapshot, Value

# Tables that hold preferences and the app's own state, not the patient's records: a store
# holding only these is "empty" (a fresh store already has its settings).
NOT_RECORDS = frozenset({"setting", "reminder_state"})


# Inside a zip export: the JSON and the photos.
ZIP_DATA = "data.json"
ZIP_PHOTOS = "photos/"
# Larger than ten years of every record as JSON (~20 MB) by far; a file over it is not one.
MAX_EXPORT_BYTES = 512 * 1024 * 1024

ExportRender = Callable[[StoreSnapshot, dt.datetime], bytes]
FilesRender = Callable[[StoreSnapshot], dict[str, bytes]]
# parse_export (reports/json_import.py): the records of a file, checked, as a snapshot whose
# `photos` name each photo's path relative to the export's photos folder.
ExportParser = Callable[[bytes], StoreSnapshot]


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


def photos_folder_beside(json_file: Path) -> Path:
    """Where a .json export keeps its photos: "NAME-photos" beside "NAME.json"."""
    return json_file.with_name(f"{json_file.stem}-photos")


def record_tables() -> list[Table]:
    """Every table of the schema, parents before children (foreign keys). Alembic's own
    `alembic_version` is not among them (it is not a model): its revision is the
    snapshot's `schema_revision`."""
    return list(Base.metadata.sorted_tables)


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
        """Every record, read in one transaction."""
        with self._sessions() as session:
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
            for row in tables.get("progress_photo", ())
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
                f"give a file name ending in .json or .zip, e.g. {target.with_suffix('.zip')}"
            )
        if not target.parent.is_dir():
            raise UserInputError(
                f"cannot write {target}: the folder {target.parent} does not exist"
            )
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
        with _ExportSource.open(source.expanduser()) as reader:
            snapshot = _checked(reader, parse)
            if expect is not None and snapshot != expect:
                raise UserInputError(
                    f"{source} changed after it was checked; import it again to see what it "
                    "holds now"
                )
            live_records = self._live_records()
            if live_records and not replace:
                raise UserInputError(
                    f"your data folder already holds records ({live_records:,}); add "
                    "--replace to replace them (a backup is taken first)"
                )
            database = self.database
            staged = _stage(database.parent, snapshot)
            added: list[Path] = []  # photo files that were not there before
            try:
                safety = backup() if live_records and backup is not None else None
                make_private_dir(self._photos)
                for name in sorted(snapshot.photos):
                    target = self._photos / name
                    if not target.exists():
                        added.append(target)
                    reader.copy_photo(name, target)
                db_backup.replace_content(database, staged)
            except BaseException:
                for path in added:  # the store kept its data: nothing names them
                    remove_if_exists(path)
                raise
            finally:
                db_backup.discard(staged)
        kept = self._set_aside_photos(_named_photos(snapshot)) if live_records else None
        return ImportOutcome(
            records=count_records(snapshot.tables),
            photos=len(snapshot.photos),
            safety_copy=safety,
            kept_photos=kept,
        )

    def read_import(self, source: Path, parse: ExportParser) -> ImportPreview:
        """Read and check an export file as `import_json` does, rules of the staged store
        included, writing nothing to the store (the staged copy is discarded); what it
        holds. UserInputError naming what is wrong, as import_json's."""
        with _ExportSource.open(source.expanduser()) as reader:
            snapshot = _checked(reader, parse)
            db_backup.discard(_stage(self.database.parent, snapshot))
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

    def _set_aside_photos(self, named: set[str]) -> Path | None:
        """Move the photo files the new data does not name into
        "photos-before-import-STAMP/" beside the photos folder; None if there were none."""
        leftovers = sorted(
            entry
            for entry in self._photos.iterdir()
            if entry.is_file() and not entry.name.startswith(".") and entry.name not in named
        )
        if not leftovers:
            return None
        stamp = f"{db_backup.local_time(self._clock.now_utc()):%Y-%m-%dT%H%M%S}"
        kept = self._photos.with_name(f"photos-before-import-{stamp}")
        counter = 1
        while kept.exists():
            counter += 1
            kept = self._photos.with_name(f"photos-before-import-{stamp}_{counter}")
        make_private_dir(kept)
        for entry in leftovers:
            entry.rename(kept / entry.name)
        fsync_folder(kept)
        fsync_folder(self._photos)
        return kept


def _checked(reader: _ExportSource, parse: ExportParser) -> StoreSnapshot:
    """The file's records (`parse`) and its photos, checked; nothing written."""
    snapshot = parse(reader.data())
    for name in sorted(snapshot.photos):
        reader.check_photo(name)
    return snapshot


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


def course_day_rows(facts: CourseFacts, today: dt.date) -> list[DayRow]:
    """A course's days from its first to its last (the day it ended, else `today`), oldest
    first, each with the state and scheduled mg the history shows (as DoseLogService's
    day_rows computes them, for any course rather than the current one)."""
    last = today if facts.ended_on is None else facts.ended_on
    rows = []
    day = facts.started_on
    while day <= last:
        rows.append(
            DayRow(
                day=day,
                course_day=(day - facts.started_on).days + 1,
                state=facts.state_on(day, today),
                scheduled_mg=facts.regimen.scheduled_mg(day),
                entry=facts.entries.get(day),
            )
        )
        day += ONE_DAY
    return rows


# -- reading an export ------------------------------------------------------------------------


class _ExportSource:
    """An export file being imported: its JSON and its photos, from a .json file with the
    "NAME-photos" folder beside it, or from a .zip. Only read."""

    def __init__(self, path: Path, archive: zipfile.ZipFile | None) -> None:
        self._path = path
        self._archive = archive
        self._folder = photos_folder_beside(path)

    @classmethod
    @contextlib.contextmanager
    def open(cls, path: Path) -> Iterator[_ExportSource]:
        if path.is_dir():
            raise UserInputError(f"{path} is a folder; give the export's .json or .zip file")
        if not path.is_file():
            raise UserInputError(f"there is no file {path}")
        if path.suffix.lower() != export_files.ZIP_SUFFIX:
            yield cls(path, None)
            return
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise UserInputError(f"{path} is not a zip file that can be read ({exc})") from None
        with archive:
            yield cls(path, archive)

    def data(self) -> bytes:
        """The export's JSON."""
        if self._archive is None:
            return self._read_file(self._path, self._path.name, MAX_EXPORT_BYTES)
        return self._read_member(ZIP_DATA, "it is not an isotrack export", MAX_EXPORT_BYTES)

    def check_photo(self, name: str) -> None:
        """Refuse a listed photo that is missing, too large, or not a picture."""
        if picture_format(self.photo(name)[:HEAD_BYTES]) is None:
            raise UserInputError(f"photos: {name} is not a {FORMATS_TEXT} picture")

    def photo(self, name: str) -> bytes:
        if self._archive is None:
            path = self._folder / name
            if not path.is_file():
                raise UserInputError(f"photos: {name} is not in {self._folder}")
            return self._read_file(path, f"photos: {name}", MAX_PHOTO_BYTES)
        return self._read_member(ZIP_PHOTOS + name, "the file lists it", MAX_PHOTO_BYTES)

    def copy_photo(self, name: str, target: Path) -> None:
        export_files.write_file(target, self.photo(name))

    def _read_file(self, path: Path, what: str, limit: int) -> bytes:
        try:
            with path.open("rb") as stream:
                data = stream.read(limit + 1)  # never more than that in memory
        except OSError as exc:
            raise UserInputError(f"{path} cannot be read ({exc.strerror or exc})") from None
        return _within(data, len(data), what, limit)

    def _read_member(self, name: str, why: str, limit: int) -> bytes:
        assert self._archive is not None
        try:
            info = self._archive.getinfo(name)
        except KeyError:
            raise UserInputError(f"{self._path} holds no {name} ({why})") from None
        # The size the zip declares; reading checks it (and the CRC) as it goes.
        _within(b"", info.file_size, name, limit)
        try:
            return self._archive.read(info)
        except (OSError, zipfile.BadZipFile) as exc:
            raise UserInputError(f"{name} in {self._path} cannot be read ({exc})") from None


def _within(data: bytes, size: int, what: str, limit: int) -> bytes:
    if size > limit:
        raise UserInputError(f"{what} is too large; it may be up to {megabytes(limit)}")
    return data


# -- the staged store -----------------------------------------------------------------------


def _stage(folder: Path, snapshot: StoreSnapshot) -> Path:
    """A complete new store in `folder` (hidden name) holding exactly `snapshot`'s records,
    checked; UserInputError naming the first record that breaks a rule of the schema."""
    # A name backup.stage_copy's clean-up knows: one left by a killed import goes later.
    staged = folder / f".{db_backup.PREFIX}-import-{secrets.token_hex(8)}.sqlite3.partial"
    if not migrate.create_store(staged):
        raise StoreError(f"could not make a new store in {folder}; try again")
    try:
        engine = create_migration_engine(staged)
        try:
            with engine.begin() as connection:
                for table in record_tables():
                    _insert(connection, table, snapshot.tables.get(table.name, ()))
                _check_foreign_keys(connection, snapshot)
        finally:
            engine.dispose()
        with contextlib.closing(sqlite3.connect(staged)) as check:
            problems = [row[0] for row in check.execute("PRAGMA quick_check(3)")]
            if problems != ["ok"]:
                raise StoreError(f"the new store failed SQLite's check ({'; '.join(problems)})")
            # replace_content reads the file alone (immutable): no WAL beside it.
            check.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        db_backup.discard(staged)
        raise
    return staged  # private: create_store makes its file 0600


def _insert(connection: Connection, table: Table, rows: tuple[Mapping[str, Value], ...]) -> None:
    if not rows:
        return
    [key] = table.primary_key.columns
    if connection.execute(select(func.count()).select_from(table)).scalar_one():
        # A new store has rows of its own (its identity setting): the file's win.
        connection.execute(table.delete().where(key.in_([row[key.name] for row in rows])))
    statement = table.insert()
    for index, row in enumerate(rows):
        try:
            connection.execute(statement, dict(row))
        except IntegrityError as exc:
            where = f"records.{table.name}[{index}] ({key.name} {row[key.name]})"
            raise UserInputError(f"{where}: {_broken_rule(table, exc)}") from None


_CHECK_FAILED = re.compile(r"CHECK constraint failed: (?P<name>\S+)")
_UNIQUE_FAILED = re.compile(r"UNIQUE constraint failed: (?P<columns>.+)")


def _broken_rule(table: Table, exc: IntegrityError) -> str:
    """What a record broke, in the schema's own words."""
    message = str(exc.orig)
    check = _CHECK_FAILED.match(message)
    if check:
        [rule] = [
            constraint.sqltext
            for constraint in table.constraints
            if isinstance(constraint, CheckConstraint) and constraint.name == check["name"]
        ]
        return f"breaks the rule {rule.compile(compile_kwargs={'literal_binds': True})}"
    unique = _UNIQUE_FAILED.match(message)
    if unique:
        columns = [column.split(".")[-1] for column in unique["columns"].split(", ")]
        if columns == ["profile_id"]:  # the partial index uq_course_one_active
            return "a second course without an end date (only one course can be active)"
        return f"another record in the file has the same {' and '.join(columns)}"
    return message  # a missing value: SQLite's words ("NOT NULL constraint failed: …")


def _check_foreign_keys(connection: Connection, snapshot: StoreSnapshot) -> None:
    """Every course_id, period_id, profile_id names a record the file holds."""
    problem = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    if problem is None:
        return
    table, rowid, parent, fk_id = problem
    column = next(
        row[3]
        for row in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")')
        if row[0] == fk_id
    )
    ids = [row["id"] for row in snapshot.tables[table]]
    raise UserInputError(
        f"records.{table}[{ids.index(rowid)}] (id {rowid}): its {column} names a {parent} "
        "that is not in the file"
    )
