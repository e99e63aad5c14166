"""The import side of the complete copy: reading an export file (a .json with its photos
folder beside it, or a .zip), building the staged store that holds exactly its records,
and saying in plain words which record breaks which rule.

Everything here only reads the file and writes the staged store (a hidden file beside the
live one); PortableService.import_json decides what replaces what.
"""

from __future__ import annotations

import contextlib
import enum
import re
import secrets
import sqlite3
import zipfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from sqlalchemy import CheckConstraint, Connection, Table, func, select
from sqlalchemy.exc import IntegrityError

from tracker.db import backup as db_backup
from tracker.db import migrate
from tracker.db.base import Base
from tracker.db.engine import create_migration_engine
from tracker.domain.acne import HEAD_BYTES, MAX_PHOTO_BYTES, formats_text, megabytes, picture_format
from tracker.domain.appointments import AppointmentKind, AppointmentStatus
from tracker.domain.doselog import DoseStatus
from tracker.domain.mood import Instrument
from tracker.domain.pregnancy import (
    INTERVAL_NAMES,
    INTERVAL_RANGES,
    ContraceptionRole,
    RuleSet,
    TestKind,
    TestResult,
    TestSetting,
)
from tracker.errors import StoreError, UserInputError
from tracker.services import export_files
from tracker.services.portable_rules import check_records
from tracker.services.snapshot import StoreSnapshot, Value
from tracker.words import Words

# Inside a zip export: the JSON and the photos.
ZIP_DATA = "data.json"
ZIP_PHOTOS = "photos/"
# Larger than ten years of every record as JSON (~20 MB) by far; a file over it is not one.
MAX_EXPORT_BYTES = 512 * 1024 * 1024

# parse_export (reports/json_import.py): the records of a file, checked, as a snapshot whose
# `photos` name each photo's path relative to the export's photos folder.
ExportParser = Callable[[bytes], StoreSnapshot]


class PortableImportWords(Words):
    pass


def photos_folder_beside(json_file: Path) -> Path:
    """Where a .json export keeps its photos: "NAME-photos" beside "NAME.json"."""
    return json_file.with_name(f"{json_file.stem}-photos")


def record_tables() -> list[Table]:
    """Every table of the schema, parents before children (foreign keys). Alembic's own
    `alembic_version` is not among them (it is not a model): its revision is the
    snapshot's `schema_revision`."""
    return list(Base.metadata.sorted_tables)


def check_source(path: Path) -> None:
    """Refuse, before anything is opened or made, a path that is not a file."""
    if path.is_dir():
        raise UserInputError(
            PortableImportWords.tr(
                "{path} is a folder; give the export's .json or .zip file"
            ).format(path=path)
        )
    if not path.is_file():
        raise UserInputError(PortableImportWords.tr("there is no file {path}").format(path=path))


def checked(reader: ExportSource, parse: ExportParser) -> StoreSnapshot:
    """The file's records (`parse`) and its photos, checked; nothing written."""
    snapshot = parse(reader.data())
    for name in sorted(snapshot.photos):
        reader.check_photo(name)
    return snapshot


# -- reading an export ------------------------------------------------------------------------


class ExportSource:
    """An export file being imported: its JSON and its photos, from a .json file with the
    "NAME-photos" folder beside it, or from a .zip. Only read."""

    def __init__(self, path: Path, archive: zipfile.ZipFile | None) -> None:
        self._path = path
        self._archive = archive
        self._folder = photos_folder_beside(path)

    @classmethod
    @contextlib.contextmanager
    def open(cls, path: Path) -> Iterator[ExportSource]:
        check_source(path)
        if path.suffix.lower() != export_files.ZIP_SUFFIX:
            yield cls(path, None)
            return
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise UserInputError(
                PortableImportWords.tr(
                    "{path} is not a zip file that can be read ({reason})"
                ).format(path=path, reason=exc)
            ) from None
        with archive:
            yield cls(path, archive)

    def data(self) -> bytes:
        """The export's JSON."""
        if self._archive is None:
            return self._read_file(self._path, self._path.name, MAX_EXPORT_BYTES)
        missing = PortableImportWords.tr("{path} holds no {name} (it is not an isotrack export)")
        return self._read_member(ZIP_DATA, missing, MAX_EXPORT_BYTES)

    def check_photo(self, name: str) -> None:
        """Refuse a listed photo that is missing, too large, or not a picture."""
        if picture_format(self.photo(name)[:HEAD_BYTES]) is None:
            raise UserInputError(
                PortableImportWords.tr("photos: {name} is not a {formats} picture").format(
                    name=name, formats=formats_text()
                )
            )

    def photo(self, name: str) -> bytes:
        if self._archive is None:
            if not self._folder.is_dir():
                raise UserInputError(
                    PortableImportWords.tr(
                        "the photos of {file} are missing: keep the folder {folder} next to the "
                        "file (expected at {path})"
                    ).format(file=self._path.name, folder=self._folder.name, path=self._folder)
                )
            path = self._folder / name
            if not path.is_file():
                raise UserInputError(
                    PortableImportWords.tr("photos: {name} is not in {folder}").format(
                        name=name, folder=self._folder
                    )
                )
            # "photos: NAME": where the file is, as the export names it (not translated).
            return self._read_file(path, f"photos: {name}", MAX_PHOTO_BYTES)
        missing = PortableImportWords.tr("{path} holds no {name} (the file lists it)")
        return self._read_member(ZIP_PHOTOS + name, missing, MAX_PHOTO_BYTES)

    def _read_file(self, path: Path, what: str, limit: int) -> bytes:
        try:
            with path.open("rb") as stream:
                data = stream.read(limit + 1)  # never more than that in memory
        except OSError as exc:
            raise UserInputError(
                PortableImportWords.tr("{path} cannot be read ({reason})").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from None
        return _within(data, len(data), what, limit)

    def _read_member(self, name: str, missing: str, limit: int) -> bytes:
        """The member `name`; `missing` says it is not there ({path}: the zip, {name})."""
        assert self._archive is not None
        try:
            info = self._archive.getinfo(name)
        except KeyError:
            raise UserInputError(missing.format(path=self._path, name=name)) from None
        # The size the zip declares; reading checks it (and the CRC) as it goes.
        _within(b"", info.file_size, name, limit)
        try:
            return self._archive.read(info)
        except (OSError, zipfile.BadZipFile) as exc:
            raise UserInputError(
                PortableImportWords.tr("{name} in {path} cannot be read ({reason})").format(
                    name=name, path=self._path, reason=exc
                )
            ) from None


def _within(data: bytes, size: int, what: str, limit: int) -> bytes:
    if size > limit:
        raise UserInputError(
            PortableImportWords.tr("{what} is too large; it may be up to {limit}").format(
                what=what, limit=megabytes(limit)
            )
        )
    return data


# -- the staged store -----------------------------------------------------------------------


def stage(folder: Path, snapshot: StoreSnapshot) -> Path:
    """A complete new store in `folder` (hidden name) holding exactly `snapshot`'s records,
    checked; UserInputError naming the first record that breaks a rule of the schema or
    of the services (portable_rules)."""
    # A name backup.stage_copy's clean-up knows: one left by a killed import goes later.
    staged = folder / f".{db_backup.PREFIX}-import-{secrets.token_hex(8)}.sqlite3.partial"
    if not migrate.create_store(staged):
        raise StoreError(
            PortableImportWords.tr("could not make a new store in {folder}; try again").format(
                folder=folder
            )
        )
    try:
        engine = create_migration_engine(staged)
        try:
            with engine.begin() as connection:
                for table in record_tables():
                    _insert(connection, table, snapshot.tables.get(table.name, ()))
                _check_foreign_keys(connection, snapshot)
                # What the services refuse on write and the schema cannot tell.
                check_records(snapshot.tables, snapshot.taken_at)
        finally:
            engine.dispose()
        check_staged(staged)
    except BaseException:
        db_backup.discard(staged)
        raise
    return staged  # private: create_store makes its file 0600


def check_staged(staged: Path) -> None:
    """StoreError unless SQLite's quick check finds the new store `staged` sound (a damaged
    page it cannot even read counts as a problem too); then the store is left without a WAL
    beside it, since replace_content reads the file alone (immutable)."""
    with contextlib.closing(sqlite3.connect(staged)) as check:
        try:
            problems = [row[0] for row in check.execute("PRAGMA quick_check(3)")]
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        if problems != ["ok"]:
            raise StoreError(
                PortableImportWords.tr("the new store failed SQLite's check ({problems})").format(
                    problems="; ".join(problems)
                )
            )
        check.execute("PRAGMA journal_mode = DELETE")


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
            raise UserInputError(
                PortableImportWords.tr("{record}: {problem}").format(
                    record=where, problem=_broken_rule(table, exc)
                )
            ) from None


_CHECK_FAILED = re.compile(r"CHECK constraint failed: (?P<name>\S+)")
_UNIQUE_FAILED = re.compile(r"UNIQUE constraint failed: (?P<columns>.+)")


def _broken_rule(table: Table, exc: IntegrityError) -> str:
    """What a record broke, in plain words (CHECK_WORDS); a CHECK without words, in the
    schema's own."""
    message = str(exc.orig)
    check = _CHECK_FAILED.match(message)
    if check:
        if check["name"] in CHECK_WORDS:
            return check_words()[check["name"]]  # in the language in use
        [rule] = [
            constraint.sqltext
            for constraint in table.constraints
            if isinstance(constraint, CheckConstraint) and constraint.name == check["name"]
        ]
        return PortableImportWords.tr("breaks the rule {rule}").format(
            rule=rule.compile(compile_kwargs={"literal_binds": True})
        )
    unique = _UNIQUE_FAILED.match(message)
    if unique:
        columns = [column.split(".")[-1] for column in unique["columns"].split(", ")]
        if columns == ["profile_id"]:  # the partial index uq_course_one_active
            return PortableImportWords.tr(
                "a second course without an end date (only one course can be active)"
            )
        return _same_values(columns)
    return message  # a missing value: SQLite's words ("NOT NULL constraint failed: …")


def _same_values(columns: list[str]) -> str:
    """Another record holds the same values in `columns` (the schema's names); the
    schema's unique rules are on one, two or three columns."""
    if len(columns) == 2:
        return PortableImportWords.tr(
            "another record in the file has the same {first} and {second}"
        ).format(first=columns[0], second=columns[1])
    if len(columns) == 3:
        return PortableImportWords.tr(
            "another record in the file has the same {first} and {second} and {third}"
        ).format(first=columns[0], second=columns[1], third=columns[2])
    return PortableImportWords.tr("another record in the file has the same {column}").format(
        column=" and ".join(columns)
    )


def _one_of(column: str, kind: type[enum.StrEnum]) -> str:
    return PortableImportWords.tr("its {column} must be one of {values}").format(
        column=column, values=", ".join(member.value for member in kind)
    )


def _interval_range(column: str, low: int, high: int) -> str:
    """The range of an interval of the profile, a whole sentence for each (the interval's
    name in it is INTERVAL_NAMES[column])."""
    if column == "confirmation_test_days":
        text = PortableImportWords.tr(
            "the wait before the confirmation test must be from {low} to {high} days"
        )
    elif column == "monthly_test_days":
        text = PortableImportWords.tr(
            "the time between monthly tests must be from {low} to {high} days"
        )
    elif column == "pickup_window_days":
        text = PortableImportWords.tr("the pick-up window must be from {low} to {high} days")
    elif column == "after_course_test_days":
        text = PortableImportWords.tr(
            "the wait before the after-course test must be from {low} to {high} days"
        )
    else:
        return PortableImportWords.tr("{interval} must be from {low} to {high} days").format(
            interval=INTERVAL_NAMES[column], low=low, high=high
        )
    return text.format(low=low, high=high)


def check_words() -> dict[str, str]:
    """Every CHECK of the schema (by its name in SQLite) in plain words, in the language in
    use; a test keeps it complete, so a CHECK added later cannot be forgotten here."""
    return {
        "ck_profile_single_profile": PortableImportWords.tr(
            "the profile's id must be 1 (a data folder holds one patient)"
        ),
        "ck_profile_pregnancy_rules": _one_of("pregnancy_rules", RuleSet),
        **{
            f"ck_profile_{column}_range": _interval_range(column, low, high)
            for column, (low, high) in INTERVAL_RANGES.items()
        },
        "ck_course_planned_weeks_range": PortableImportWords.tr(
            "a course is planned for 1 to 104 weeks"
        ),
        "ck_course_target_range": PortableImportWords.tr(
            "the target must be above 0 and at most 500 mg/kg"
        ),
        "ck_course_reference_weight_range": PortableImportWords.tr(
            "the reference weight must be from 20 to 300 kg"
        ),
        "ck_course_ends_after_start": PortableImportWords.tr(
            "a course cannot end before it started"
        ),
        "ck_dose_period_cycle_days_range": PortableImportWords.tr(
            "a dose pattern repeats over 1 to 7 days"
        ),
        "ck_planned_intake_mg_range": PortableImportWords.tr("an intake must be from 1 to 300 mg"),
        "ck_planned_intake_cycle_day_range": PortableImportWords.tr(
            "an intake's cycle day must be from 0 to 6"
        ),
        "ck_dose_entry_mg_matches_status": PortableImportWords.tr(
            "a taken day needs an amount from 1 to 300 mg; a missed or skipped day has none"
        ),
        "ck_dose_entry_dose_status": _one_of("status", DoseStatus),
        "ck_weight_kg_range": PortableImportWords.tr("a weight must be from 20 to 300 kg"),
        "ck_appointment_appointment_kind": _one_of("kind", AppointmentKind),
        "ck_appointment_appointment_status": _one_of("status", AppointmentStatus),
        "ck_pregnancy_test_test_kind": _one_of("kind", TestKind),
        "ck_pregnancy_test_test_setting": _one_of("setting", TestSetting),
        "ck_pregnancy_test_test_result": _one_of("result", TestResult),
        "ck_contraception_contraception_role": _one_of("role", ContraceptionRole),
        "ck_contraception_stops_after_start": PortableImportWords.tr(
            "a method cannot stop before it started"
        ),
        "ck_side_effect_severity_range": PortableImportWords.tr(
            "the severity must be from 0 (none) to 3 (severe)"
        ),
        "ck_mood_screen_instrument": _one_of("instrument", Instrument),
        "ck_mood_screen_answers_fit_instrument": PortableImportWords.tr(
            "a PHQ-2 has 2 answers and a score from 0 to 6, a PHQ-9 has 9 answers and a score "
            "from 0 to 27"
        ),
        "ck_lab_result_value_not_negative": PortableImportWords.tr(
            "a lab value cannot be negative"
        ),
        "ck_lab_result_flag_values": PortableImportWords.tr(
            "the flag must be H (high), L (low) or empty"
        ),
        "ck_lab_result_range_ordered": PortableImportWords.tr(
            "the range's low end is above its high end"
        ),
        "ck_acne_assessment_grade_range": PortableImportWords.tr(
            "the grade must be from 0 (clear) to 4 (severe)"
        ),
        "ck_acne_assessment_counts_range": PortableImportWords.tr(
            "each lesion count must be from 0 to 1000"
        ),
        "ck_acne_assessment_something_assessed": PortableImportWords.tr(
            "an assessment needs the grade or at least one lesion count"
        ),
        "ck_medicine_stops_after_start": PortableImportWords.tr(
            "a medicine cannot stop before it started"
        ),
        "ck_question_asked_before_answered": PortableImportWords.tr(
            "a question marked answered must be marked asked too"
        ),
    }


# The same words in English, read at import (before a language is installed): the names a
# CHECK has words for (tests read and change it).
CHECK_WORDS: dict[str, str] = check_words()


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
        PortableImportWords.tr(
            "records.{table}[{index}] (id {id}): its {column} names a {parent} that is not in "
            "the file"
        ).format(table=table, index=ids.index(rowid), id=rowid, column=column, parent=parent)
    )
