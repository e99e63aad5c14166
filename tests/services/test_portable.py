"""The complete copy on real stores: the snapshot, JSON/zip exports that round-trip byte for
byte, and imports that check everything first and write nothing on a refusal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.db.test_backup import damage_page
from tests.services.test_backups import dump, fill_every_table, write_rows
from tracker.db import migrate
from tracker.db.base import Base
from tracker.db.store import open_store
from tracker.domain.acne import MAX_PHOTO_BYTES
from tracker.domain.doselog import DayState
from tracker.domain.pregnancy import INTERVAL_RANGES
from tracker.errors import StoreError, UserInputError
from tracker.paths import DataPaths
from tracker.reports.json_export import export_bytes
from tracker.reports.json_import import parse_export
from tracker.services.container import build_services
from tracker.services.portable import ExportCounts, ImportOutcome
from tracker.services.portable_import import check_staged
from tracker.services.snapshot import Value

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


@pytest.fixture
def filled(services, start_course, log_day):
    fill_every_table(services, start_course, log_day)
    services.portable.photos_folder.mkdir(exist_ok=True)
    (services.portable.photos_folder / "1.jpg").write_bytes(JPEG)
    return services


@pytest.fixture
def other(tmp_path, clock):
    """A second, new data folder (as `isotrack` makes it)."""
    paths = DataPaths(tmp_path / "other")
    sessions, _ = open_store(paths, clock)
    yield build_services(sessions, clock)
    sessions.kw["bind"].dispose()


def add_medicine(services) -> None:
    write_rows(
        services,
        "INSERT INTO medicine (name, dose, started_on, stopped_on, note, created_at,"
        " updated_at) VALUES ('Zinc', '', NULL, NULL, '', '2026-11-20 09:00:00',"
        " '2026-11-20 09:00:00')",
    )


def listing(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


# -- the snapshot ----------------------------------------------------------------------------


def test_the_snapshot_holds_every_table_as_stored(filled, clock) -> None:
    snapshot = filled.portable.snapshot()
    assert set(snapshot.tables) == set(Base.metadata.tables)
    assert all(snapshot.tables[name] for name in snapshot.tables), "every table has rows"
    assert snapshot.schema_revision == "0003"
    assert snapshot.taken_at == clock.now_utc()
    entry = snapshot.tables["dose_entry"][0]
    assert entry["status"] == "taken" and type(entry["status"]) is str
    assert entry["day"] == dt.date(2026, 10, 1) and entry["note"] == "day 0"
    assert [row["id"] for row in snapshot.tables["dose_entry"]] == list(range(1, 42))
    assert snapshot.photos == {"1.jpg": filled.portable.photos_folder / "1.jpg"}


def test_the_snapshot_leaves_out_a_photo_whose_file_is_gone(filled) -> None:
    (filled.portable.photos_folder / "1.jpg").unlink()
    snapshot = filled.portable.snapshot()
    assert snapshot.photos == {}
    assert len(snapshot.tables["progress_photo"]) == 1


def test_course_days_run_from_the_first_day_to_today(filled, today) -> None:
    [days] = filled.portable.snapshot().course_days
    assert days.course_id == 1
    assert days.rows[0].day == dt.date(2026, 10, 1) and days.rows[0].course_day == 1
    assert days.rows[-1].day == today and days.rows[-1].course_day == 59
    assert days.rows[0].state is DayState.TAKEN and days.rows[0].scheduled_mg == 40
    assert days.rows[-1].state is DayState.UNLOGGED and days.rows[-1].entry is None


def test_an_ended_course_stops_at_its_last_day(services, start_course, log_day) -> None:
    start_course()
    services.course.end_course(dt.date(2026, 10, 10))
    [days] = services.portable.snapshot().course_days
    assert days.rows[-1].day == dt.date(2026, 10, 10) and len(days.rows) == 10


def test_settings_alone_are_not_data(services) -> None:
    assert services.portable.holds_data() is False
    write_rows(
        services,
        "INSERT INTO reminder_state (key, dismissed_at, updated_at)"
        " VALUES ('dose:2026-11-19:0', '2026-11-20 09:00:00', '2026-11-20 09:00:00')",
    )
    assert services.portable.holds_data() is False
    add_medicine(services)
    assert services.portable.holds_data() is True


# -- exports ---------------------------------------------------------------------------------


def test_a_json_export_puts_the_photos_in_a_folder_beside_it(filled, tmp_path) -> None:
    counts = filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    assert counts == ExportCounts(records=64, photos=1, written="file")
    document = json.loads((tmp_path / "copy.json").read_bytes())
    assert document["photos"] == ["1.jpg"]
    assert listing(tmp_path / "copy-photos") == {"1.jpg": JPEG}
    assert (tmp_path / "copy.json").stat().st_mode & 0o777 == 0o600


def test_no_photos_folder_without_photos(services, start_course, tmp_path) -> None:
    start_course()
    counts = services.portable.write_json(tmp_path / "copy.JSON", export_bytes)
    assert counts.photos == 0 and counts.records == 5  # profile, course, period, intake, weight
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.JSON", "data"]


def test_a_zip_export_holds_the_json_and_the_photos(filled, tmp_path) -> None:
    counts = filled.portable.write_json(tmp_path / "copy.zip", export_bytes)
    assert counts == ExportCounts(records=64, photos=1, written="zip")
    with zipfile.ZipFile(tmp_path / "copy.zip") as archive:
        assert sorted(archive.namelist()) == ["data.json", "photos/1.jpg"]
        assert archive.read("photos/1.jpg") == JPEG
        assert archive.read("data.json") == export_bytes(
            filled.portable.snapshot(), filled.clock.now_utc()
        )


@pytest.mark.parametrize("name", ["copy.txt", "copy"])
def test_an_export_name_must_end_in_json_or_zip(services, tmp_path, name) -> None:
    with pytest.raises(UserInputError, match=r"ending in \.json or \.zip"):
        services.portable.write_json(tmp_path / name, export_bytes)
    assert not (tmp_path / name).exists()


def test_an_export_into_a_missing_folder_is_refused(services, tmp_path) -> None:
    with pytest.raises(UserInputError, match=r"the folder .*nowhere does not exist"):
        services.portable.write_json(tmp_path / "nowhere" / "copy.json", export_bytes)


def test_csv_files_go_through_the_renderer(filled, tmp_path) -> None:
    def render(snapshot):
        return {"a.csv": str(len(snapshot.tables["weight"])).encode()}

    counts = filled.portable.write_csv(tmp_path / "csv", render)
    assert counts == ExportCounts(records=64, photos=0, written="folder")
    assert listing(tmp_path / "csv") == {"a.csv": b"3"}


# -- the round trip --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["copy.json", "copy.zip"])
def test_export_import_export_gives_the_same_bytes(filled, other, tmp_path, name) -> None:
    filled.portable.write_json(tmp_path / name, export_bytes)
    outcome = other.portable.import_json(tmp_path / name, parse_export, replace=False, backup=None)
    assert outcome == ImportOutcome(records=64, photos=1, safety_copy=None, kept_photos=None)
    other.portable.write_json(tmp_path / "again.json", export_bytes)
    first = filled.portable.snapshot()
    assert (tmp_path / "again.json").read_bytes() == export_bytes(first, first.taken_at)
    assert listing(other.portable.photos_folder) == {"1.jpg": JPEG}
    assert (other.portable.photos_folder / "1.jpg").stat().st_mode & 0o777 == 0o600
    # The open services see the imported data at once.
    assert other.course.profile().name == "Sam"
    assert [
        p.name for p in other.portable.database.parent.iterdir() if p.name.startswith(".")
    ] == []


def test_exported_at_is_the_only_difference(filled, other, tmp_path, clock) -> None:
    filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    other.portable.import_json(tmp_path / "copy.json", parse_export, replace=False, backup=None)
    later = other.portable.snapshot()
    again = json.loads(export_bytes(later, later.taken_at + dt.timedelta(days=3)))
    first = json.loads((tmp_path / "copy.json").read_bytes())
    assert again.pop("exported_at") != first.pop("exported_at")
    assert again == first


# -- refusals --------------------------------------------------------------------------------


def files(folder: Path) -> dict[str, bytes]:
    """The folder's files, but SQLite's shared-memory index and WAL (reads touch them;
    the rows are compared with `dump`)."""
    return {
        name: data for name, data in listing(folder).items() if not name.endswith(("-shm", "-wal"))
    }


def recording(calls: list[str]) -> Callable[[], str]:
    """A backup that only notes it was asked for."""

    def backup() -> str:
        calls.append("backup")
        return "x"

    return backup


def exactly(message: str) -> str:
    """A `match` for `refused`: the whole message, as written."""
    return "^" + re.escape(message) + "$"


def refused(services, source: Path, match: str, *, replace: bool = False) -> None:
    folder = services.portable.database.parent
    before = files(folder)
    rows = dump(services.portable.database)
    calls: list[str] = []
    with pytest.raises(UserInputError, match=match):
        services.portable.import_json(
            source, parse_export, replace=replace, backup=recording(calls)
        )
    assert files(folder) == before
    assert dump(services.portable.database) == rows
    assert calls == []


def test_a_folder_holding_records_is_not_replaced_without_replace(filled, other, tmp_path) -> None:
    add_medicine(other)
    filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    refused(
        other,
        tmp_path / "copy.json",
        r"^your data folder already holds records \(1\); importing replaces them "
        r"\(a backup is taken first\)$",
    )


def with_record(tmp_path: Path, document: dict, table: str, row: dict) -> Path:
    document["records"].setdefault(table, []).append(row)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document))
    return path


@pytest.fixture
def exported(filled, tmp_path) -> dict:
    filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    (tmp_path / "copy-photos").rename(tmp_path / "edited-photos")
    return json.loads((tmp_path / "copy.json").read_bytes())


def test_a_check_constraint_names_the_record_and_the_rule(exported, other, tmp_path) -> None:
    exported["records"]["side_effect"][0]["severity"] = 9
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    refused(
        other,
        path,
        r"^records\.side_effect\[0\] \(id 1\): the severity must be from 0 \(none\) to 3 "
        r"\(severe\)$",
    )


def test_a_bad_file_with_replace_takes_no_backup_and_writes_nothing(
    exported, other, tmp_path
) -> None:
    add_medicine(other)
    exported["records"]["acne_assessment"][0]["grade"] = 5
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    refused(
        other,
        path,
        r"^records\.acne_assessment\[0\] \(id 1\): the grade must be from 0 \(clear\) to 4 "
        r"\(severe\)$",
        replace=True,
    )


def test_a_unique_rule_names_the_columns(exported, other, tmp_path) -> None:
    copy = dict(exported["records"]["weight"][1], id=99)
    path = with_record(tmp_path, exported, "weight", copy)
    refused(
        other,
        path,
        r"^records\.weight\[3\] \(id 99\): another record in the file has the same measured_on$",
    )


def test_two_active_courses_are_refused(exported, other, tmp_path) -> None:
    second = dict(exported["records"]["course"][0], id=2)
    path = with_record(tmp_path, exported, "course", second)
    refused(other, path, r"^records\.course\[1\] \(id 2\): a second course without an end date")


def test_a_reference_to_a_missing_record_is_refused(exported, other, tmp_path) -> None:
    exported["records"]["dose_entry"][5]["course_id"] = 7
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    refused(
        other,
        path,
        r"^records\.dose_entry\[5\] \(id 6\): its course_id names a course that is not in "
        r"the file$",
    )


def test_a_missing_photo_file_is_refused(exported, other, tmp_path) -> None:
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    (tmp_path / "edited-photos" / "1.jpg").unlink()
    refused(other, path, r"^photos: 1\.jpg is not in .*edited-photos$")


def test_a_photo_that_is_not_a_picture_is_refused(exported, other, tmp_path) -> None:
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    (tmp_path / "edited-photos" / "1.jpg").write_bytes(b"#!/bin/sh\n")
    refused(other, path, r"^photos: 1\.jpg is not a JPEG, PNG, WebP or HEIC picture$")


def test_a_zip_without_data_json_is_refused(other, tmp_path) -> None:
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as archive:
        archive.writestr("other.txt", "hello")
    refused(
        other,
        tmp_path / "x.zip",
        exactly(f"{tmp_path / 'x.zip'} holds no data.json (it is not an isotrack export)"),
    )


def test_a_zip_missing_a_listed_photo_is_refused(filled, other, tmp_path) -> None:
    filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as archive:
        archive.writestr("data.json", (tmp_path / "copy.json").read_bytes())
    refused(
        other,
        tmp_path / "x.zip",
        exactly(f"{tmp_path / 'x.zip'} holds no photos/1.jpg (the file lists it)"),
    )


def test_a_file_that_is_not_a_zip_is_refused(other, tmp_path) -> None:
    (tmp_path / "x.zip").write_bytes(b"not a zip")
    refused(
        other,
        tmp_path / "x.zip",
        exactly(
            f"{tmp_path / 'x.zip'} is not a zip file that can be read (File is not a zip file)"
        ),
    )


def test_a_missing_file_and_a_folder_are_refused(other, tmp_path) -> None:
    refused(
        other,
        tmp_path / "none.json",
        exactly(f"there is no file {tmp_path / 'none.json'}"),
    )
    refused(
        other,
        tmp_path,
        exactly(f"{tmp_path} is a folder; give the export's .json or .zip file"),
    )


def test_bad_json_is_refused_with_nothing_written(other, tmp_path) -> None:
    (tmp_path / "x.json").write_text('{"format": ')
    refused(other, tmp_path / "x.json", r"line 1, column 12")


# -- replacing -------------------------------------------------------------------------------


def test_replace_takes_a_backup_first_and_keeps_the_old_photos(
    filled, other, tmp_path, clock
) -> None:
    filled.portable.write_json(tmp_path / "copy.zip", export_bytes)
    add_medicine(other)
    other.portable.photos_folder.mkdir(exist_ok=True)
    (other.portable.photos_folder / "old.png").write_bytes(b"old")
    calls = []

    def backup() -> str:
        calls.append(dump(other.portable.database)["medicine"][0][1])  # before the swap
        return "isotrack-before-import.sqlite3"

    outcome = other.portable.import_json(
        tmp_path / "copy.zip", parse_export, replace=True, backup=backup
    )

    assert calls == ["Zinc"]
    kept = other.portable.photos_folder.with_name(
        "photos-before-import-" + f"{clock.now_utc().astimezone():%Y-%m-%dT%H%M%S}"
    )
    assert outcome == ImportOutcome(64, 1, "isotrack-before-import.sqlite3", kept)
    assert listing(kept) == {"old.png": b"old"}
    assert listing(other.portable.photos_folder) == {"1.jpg": JPEG}
    assert [row[1] for row in dump(other.portable.database)["medicine"]] == ["Ibuprofen"]


def test_replace_of_an_empty_folder_takes_no_backup(filled, other, tmp_path) -> None:
    filled.portable.write_json(tmp_path / "copy.zip", export_bytes)
    calls: list[str] = []
    outcome = other.portable.import_json(
        tmp_path / "copy.zip", parse_export, replace=True, backup=recording(calls)
    )
    assert calls == [] and outcome.safety_copy is None and outcome.kept_photos is None


def test_the_staged_store_keeps_its_identity_when_the_file_has_none(
    exported, other, tmp_path
) -> None:
    exported["records"]["setting"] = []
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    other.portable.import_json(path, parse_export, replace=False, backup=None)
    with other.sessions() as session:
        keys = session.execute(text("SELECT key FROM setting")).scalars().all()
    assert keys == ["store.identity"]


# -- what only a parser of another kind could hand over -----------------------------------


def parsed_as(exported: dict, table: str, index: int, **changes):
    """A parser that hands over the export with one row changed, unchecked."""

    def parse(data: bytes):
        snapshot = parse_export(json.dumps(exported).encode())
        rows = list(snapshot.tables[table])
        rows[index] = dict(rows[index], **changes)
        return dataclasses.replace(snapshot, tables={**snapshot.tables, table: tuple(rows)})

    return parse


def refused_with(services, source: Path, parse, match: str) -> None:
    rows = dump(services.portable.database)
    with pytest.raises(UserInputError, match=match):
        services.portable.import_json(source, parse, replace=False, backup=None)
    assert dump(services.portable.database) == rows


def test_an_enum_rule_names_its_values(exported, other, tmp_path) -> None:
    path = tmp_path / "edited.json"
    path.write_text("{}")
    refused_with(
        other,
        path,
        parsed_as(exported, "dose_entry", 2, status="eaten", mg_taken=None),
        r"^records\.dose_entry\[2\] \(id 3\): its status must be one of taken, missed, skipped$",
    )


def test_a_missing_value_is_named_in_sqlites_words(exported, other, tmp_path) -> None:
    path = tmp_path / "edited.json"
    path.write_text("{}")
    refused_with(
        other,
        path,
        parsed_as(exported, "weight", 1, kg=None),
        r"^records\.weight\[1\] \(id 2\): NOT NULL constraint failed: weight\.kg$",
    )


def test_a_text_key_is_named(exported, other, tmp_path) -> None:
    exported["records"]["custom_symptom"].append(dict(exported["records"]["custom_symptom"][0]))
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    refused(
        other,
        path,
        r"^records\.custom_symptom\[1\] \(key custom:itchy-scalp\): another record in the file "
        r"has the same key$",
    )


def test_a_photo_at_the_size_limit_is_taken_and_one_byte_more_is_not(
    exported, other, tmp_path
) -> None:
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    photo = tmp_path / "edited-photos" / "1.jpg"
    with photo.open("r+b") as stream:
        stream.truncate(MAX_PHOTO_BYTES + 1)
    refused(other, path, r"^photos: 1\.jpg is too large; it may be up to 30\.0 MB$")
    with photo.open("r+b") as stream:
        stream.truncate(MAX_PHOTO_BYTES)
    outcome = other.portable.import_json(path, parse_export, replace=False, backup=None)
    assert outcome.photos == 1
    assert (other.portable.photos_folder / "1.jpg").stat().st_size == MAX_PHOTO_BYTES


def test_a_zip_photo_over_the_limit_is_refused(filled, other, tmp_path) -> None:
    filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    with zipfile.ZipFile(tmp_path / "x.ZIP", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", (tmp_path / "copy.json").read_bytes())
        archive.writestr("photos/1.jpg", JPEG + bytes(MAX_PHOTO_BYTES + 1 - len(JPEG)))
    refused(other, tmp_path / "x.ZIP", r"^photos/1\.jpg is too large; it may be up to 30\.0 MB$")


@pytest.mark.parametrize(("name", "what"), [("big.json", "big.json"), ("big.zip", "data.json")])
def test_an_export_over_the_size_limit_is_refused(
    exported, other, tmp_path, monkeypatch, name, what
) -> None:
    """The limit (512 MB) made 1 MB here: the file, or the zip's data.json, is named."""
    from tracker.services import portable_import

    monkeypatch.setattr(portable_import, "MAX_EXPORT_BYTES", 1024 * 1024)
    data = json.dumps(exported).encode().ljust(1024 * 1024 + 1)  # JSON may end in spaces
    if name.endswith(".zip"):
        with zipfile.ZipFile(tmp_path / name, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("data.json", data)
    else:
        (tmp_path / name).write_bytes(data)
    refused(other, tmp_path / name, exactly(f"{what} is too large; it may be up to 1.0 MB"))


def test_an_unreadable_file_is_refused(other, tmp_path) -> None:
    path = tmp_path / "locked.json"
    path.write_text("{}")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as a user who reads every file")
    refused(other, path, r"locked\.json cannot be read \(Permission denied\)$")


@pytest.mark.parametrize(
    ("error", "why"),
    [
        (PermissionError(13, "Permission denied"), "Permission denied"),
        (OSError("the disk went away"), "the disk went away"),
    ],
)
def test_a_file_that_cannot_be_opened_is_refused_in_full(
    other, tmp_path, monkeypatch, error, why
) -> None:
    """As root every file reads, so the failure is made by hand: the message names the file
    and the system's own reason (or the error itself when it has none)."""
    path = tmp_path / "locked.json"
    path.write_text("{}")
    real_open = Path.open

    def failing_open(self, *args, **kwargs):
        if self == path:
            raise error
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", failing_open)
    with pytest.raises(UserInputError) as caught:
        other.portable.import_json(path, parse_export, replace=False, backup=None)
    assert str(caught.value) == f"{path} cannot be read ({why})"


def test_old_photos_kept_aside_leave_hidden_files_and_thumbnails(
    filled, other, tmp_path, clock
) -> None:
    filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    add_medicine(other)
    folder = other.portable.photos_folder
    (folder / "thumbnails").mkdir(parents=True)
    (folder / ".incoming-x.part").write_bytes(b"")
    (folder / "old.jpg").write_bytes(b"old")
    stamp = f"{clock.now_utc().astimezone():%Y-%m-%dT%H%M%S}"
    (folder.parent / f"photos-before-import-{stamp}").mkdir()

    outcome = other.portable.import_json(
        tmp_path / "copy.json", parse_export, replace=True, backup=lambda: "b"
    )

    assert outcome.kept_photos == folder.parent / f"photos-before-import-{stamp}_2"
    assert listing(outcome.kept_photos) == {"old.jpg": b"old"}
    assert sorted(p.name for p in folder.iterdir()) == [".incoming-x.part", "1.jpg", "thumbnails"]


def test_replace_with_no_old_photos_keeps_none(filled, other, tmp_path) -> None:
    filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    add_medicine(other)
    outcome = other.portable.import_json(
        tmp_path / "copy.json", parse_export, replace=True, backup=lambda: "b"
    )
    assert outcome.kept_photos is None and outcome.safety_copy == "b"
    assert [p.name for p in other.portable.database.parent.iterdir() if "before" in p.name] == []


def test_a_photo_that_cannot_be_copied_leaves_no_new_photo_behind(filled, other, tmp_path) -> None:
    filled.portable.write_json(tmp_path / "two.zip", export_bytes)
    with zipfile.ZipFile(tmp_path / "two.zip") as archive:
        document = json.loads(archive.read("data.json"))
    second = dict(document["records"]["progress_photo"][0], id=2, file_name="2.jpg")
    document["records"]["progress_photo"].append(second)
    document["photos"].append("2.jpg")
    with zipfile.ZipFile(tmp_path / "two.zip", "w") as archive:
        archive.writestr("data.json", json.dumps(document))
        archive.writestr("photos/1.jpg", JPEG)
        archive.writestr("photos/2.jpg", JPEG)
    # A folder where the second photo should go: its copy fails after the first one's.
    (other.portable.photos_folder / "2.jpg").mkdir(parents=True)
    rows = dump(other.portable.database)

    with pytest.raises(UserInputError, match=r"^cannot write .*2\.jpg: "):
        other.portable.import_json(tmp_path / "two.zip", parse_export, replace=False, backup=None)

    assert dump(other.portable.database) == rows
    assert sorted(p.name for p in other.portable.photos_folder.iterdir()) == ["2.jpg"]
    assert [
        p.name for p in other.portable.database.parent.iterdir() if p.name.startswith(".")
    ] == []


def test_a_photo_row_naming_a_file_elsewhere_exports_no_file(services, tmp_path) -> None:
    write_rows(
        services,
        "INSERT INTO progress_photo (course_id, taken_on, file_name, original_name, note,"
        " created_at) VALUES (NULL, '2026-11-19', '../isotrack.sqlite3', '', '',"
        " '2026-11-20 09:00:00')",
    )
    snapshot = services.portable.snapshot()
    assert snapshot.photos == {}
    assert snapshot.tables["progress_photo"][0]["file_name"] == "../isotrack.sqlite3"


def test_a_damaged_photo_in_a_zip_is_refused(filled, other, tmp_path) -> None:
    filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("data.json", (tmp_path / "copy.json").read_bytes())
        archive.writestr("photos/1.jpg", JPEG + b"PICTURE")
    damaged = path.read_bytes().replace(b"PICTURE", b"PICTURf")
    path.write_bytes(damaged)
    refused(other, path, r"^photos/1\.jpg in .*x\.zip cannot be read \(Bad CRC-32 for file")


# -- checking a file before importing it (read_import, import_json's expect) -------------------


def test_read_import_says_what_the_file_holds_and_writes_nothing(
    filled, other, tmp_path, today
) -> None:
    filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    document = json.loads((tmp_path / "copy.json").read_bytes())
    folder = other.portable.database.parent
    before, rows = files(folder), dump(other.portable.database)
    preview = other.portable.read_import(tmp_path / "copy.json", parse_export)
    assert files(folder) == before, "the staged store is gone, nothing else written"
    assert dump(other.portable.database) == rows
    assert preview.source == tmp_path / "copy.json"
    assert preview.snapshot == parse_export((tmp_path / "copy.json").read_bytes())
    assert preview.courses == len(document["records"]["course"]) == 1
    assert preview.days_logged == len(document["records"]["dose_entry"]) == 41
    assert preview.lab_results == len(document["records"]["lab_result"]) == 1
    assert preview.photos == 1
    assert preview.records == sum(
        len(table)
        for name, table in document["records"].items()
        if name not in ("setting", "reminder_state")
    )
    assert preview.store_records == 0
    assert preview.exported_on == today  # noon UTC: the same day in any zone within 12 h


def test_read_import_counts_the_records_it_would_replace(filled, other, tmp_path) -> None:
    add_medicine(other)
    filled.portable.write_json(tmp_path / "copy.zip", export_bytes)
    preview = other.portable.read_import(tmp_path / "copy.zip", parse_export)
    assert preview.store_records == 1
    assert preview.photos == 1


def test_read_import_refuses_what_import_json_refuses(exported, other, tmp_path) -> None:
    """A rule only the staged store finds, and a photo that is missing."""
    exported["records"]["side_effect"][0]["severity"] = 9
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    folder = other.portable.database.parent
    before = files(folder)
    with pytest.raises(UserInputError, match=r"^records\.side_effect\[0\] \(id 1\): the severity"):
        other.portable.read_import(path, parse_export)
    (tmp_path / "edited-photos" / "1.jpg").unlink()
    exported["records"]["side_effect"][0]["severity"] = 1
    path.write_text(json.dumps(exported))
    with pytest.raises(UserInputError, match=r"^photos: 1\.jpg is not in "):
        other.portable.read_import(path, parse_export)
    assert files(folder) == before


def test_import_json_imports_the_file_that_was_checked(filled, other, tmp_path) -> None:
    filled.portable.write_json(tmp_path / "copy.json", export_bytes)
    preview = other.portable.read_import(tmp_path / "copy.json", parse_export)
    outcome = other.portable.import_json(
        tmp_path / "copy.json", parse_export, replace=False, backup=None, expect=preview.snapshot
    )
    assert (outcome.records, outcome.photos) == (preview.records, 1)
    imported, original = other.portable.snapshot().tables, filled.portable.snapshot().tables
    assert imported["dose_entry"] == original["dose_entry"]
    assert imported["course"] == original["course"]


def test_a_file_changed_after_it_was_checked_is_refused(exported, other, tmp_path) -> None:
    """What the patient was told is what is imported, or nothing is."""
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    preview = other.portable.read_import(path, parse_export)
    exported["records"]["course"][0]["prescriber"] = "Dr Someone Else"
    path.write_text(json.dumps(exported))
    folder = other.portable.database.parent
    before, rows = files(folder), dump(other.portable.database)
    with pytest.raises(
        UserInputError,
        match=rf"^{path} changed after it was checked; import it again to see what it holds now$",
    ):
        other.portable.import_json(
            path, parse_export, replace=False, backup=None, expect=preview.snapshot
        )
    assert files(folder) == before
    assert dump(other.portable.database) == rows


# -- the services' rules, checked on the staged store -----------------------------------------


def edited(tmp_path: Path, document: dict, table: str, index: int, **changes) -> Path:
    document["records"][table][index].update(changes)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document))
    return path


@pytest.mark.parametrize(
    ("table", "index", "changes", "match"),
    [
        (
            "lab_result",
            0,
            {"unit": "furlongs"},
            r"^records\.lab_result\[0\] \(id 1\): Triglycerides are reported in mg/dL or "
            r"mmol/L; furlongs does not fit$",
        ),
        (
            "lab_result",
            0,
            {"unit": "mg/dl"},
            r'^records\.lab_result\[0\] \(id 1\): the unit is stored as "mg/dL", not "mg/dl"$',
        ),
        (
            "lab_result",
            0,
            {"analyte": "TRIGLYCERIDES"},
            r"^records\.lab_result\[0\] \(id 1\): unknown test 'TRIGLYCERIDES'",
        ),
        (
            "dose_entry",
            0,
            {"day": "2026-09-30"},
            r"^records\.dose_entry\[0\] \(id 1\): the day Wed 30 Sep 2026 is before its course "
            r"started \(Thu 1 Oct 2026\)$",
        ),
        (
            "dose_entry",
            0,
            {"day": "2026-11-30"},
            r"^records\.dose_entry\[0\] \(id 1\): the day Mon 30 Nov 2026 is after the day the "
            r"file was made$",
        ),
        (
            "dose_entry",
            0,
            {"mg_taken": None},
            r"^records\.dose_entry\[0\] \(id 1\): a dose logged as taken needs the mg taken",
        ),
        (
            "dose_period",
            0,
            {"starts_on": "2026-09-30"},
            r"^records\.dose_period\[0\] \(id 1\): the dose period starts on Wed 30 Sep 2026, "
            r"before its course started \(Thu 1 Oct 2026\)$",
        ),
        (
            "planned_intake",
            0,
            {"cycle_day": 1},
            r"^records\.dose_period\[0\] \(id 1\): an intake is on cycle day 1, but the cycle is "
            r"1 days \(0 to 0\)$",
        ),
        (
            "planned_intake",
            0,
            {"capsules": "forty"},
            r"^records\.dose_period\[0\] \(id 1\): capsules should look like 40\+20",
        ),
        (
            "course",
            0,
            {"started_on": "2026-11-30"},
            r"^records\.course\[0\] \(id 1\): it starts on Mon 30 Nov 2026 is after",
        ),
        (
            "side_effect",
            0,
            {"symptom": "custom:unheard-of"},
            r"^records\.side_effect\[0\] \(id 1\): unknown symptom 'custom:unheard-of'$",
        ),
        (
            "mood_screen",
            0,
            {"answers": "1,x"},
            r'^records\.mood_screen\[0\] \(id 1\): the answers "1,x" are not numbers',
        ),
        (
            "mood_screen",
            0,
            {"answers": "1,4", "score": 5},
            r"^records\.mood_screen\[0\] \(id 1\): answers are 0 to 3; answer 2 is 4$",
        ),
        (
            "mood_screen",
            0,
            {"score": 2},
            r"^records\.mood_screen\[0\] \(id 1\): the score 2 is not the total of the answers "
            r"\(1\)$",
        ),
        (
            "medicine",
            0,
            {"name": "  "},
            r"^records\.medicine\[0\] \(id 1\): type the medicine's or supplement's name$",
        ),
        (
            "question",
            0,
            {"asked_on": "2026-11-18"},
            r"^records\.question\[0\] \(id 1\): Wed 18 Nov 2026 is before the question was added",
        ),
        (
            "question",
            0,
            {"text": ""},
            r"^records\.question\[0\] \(id 1\): type the question$",
        ),
        (
            "acne_assessment",
            0,
            {"assessed_on": "2026-11-30"},
            r"^records\.acne_assessment\[0\] \(id 1\): ",
        ),
    ],
)
def test_a_record_the_app_would_refuse_is_refused(
    exported, other, tmp_path, table, index, changes, match
) -> None:
    refused(other, edited(tmp_path, exported, table, index, **changes), match)


def test_the_refusal_also_comes_before_an_import_is_shown(exported, other, tmp_path) -> None:
    path = edited(tmp_path, exported, "lab_result", 0, unit="furlongs")
    with pytest.raises(UserInputError, match="furlongs does not fit"):
        other.portable.read_import(path, parse_export)


def test_a_dose_after_its_course_ended_is_refused(exported, other, tmp_path) -> None:
    exported["records"]["course"][0]["ended_on"] = "2026-11-15"
    refused(
        other,
        edited(tmp_path, exported, "dose_entry", 0, day="2026-11-16"),
        r"^records\.dose_entry\[0\] \(id 1\): the day Mon 16 Nov 2026 is after its course "
        r"ended \(Sun 15 Nov 2026\)$",
    )
    # Its last day is still in the course.
    path = edited(tmp_path, exported, "dose_entry", 0, day="2026-11-15")
    other.portable.import_json(path, parse_export, replace=False, backup=None)


def test_records_up_to_the_last_day_anywhere_at_the_export_are_taken(
    exported, other, tmp_path, clock
) -> None:
    # Made at 12:00 UTC on 28 Nov: already 29 Nov east of UTC+12, never 30 Nov.
    assert clock.now_utc() == dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
    exported["exported_at"] = "2026-11-28T09:59:59Z"
    path = edited(tmp_path, exported, "dose_entry", 0, day="2026-11-28")
    other.portable.import_json(path, parse_export, replace=False, backup=None)
    exported["exported_at"] = "2026-11-28T10:00:00Z"  # 29 Nov 00:00 at UTC+14
    path = edited(tmp_path, exported, "dose_entry", 1, day="2026-11-29")
    outcome = other.portable.import_json(path, parse_export, replace=True, backup=lambda: "b")
    assert outcome.records == 64
    exported["exported_at"] = "2026-11-28T09:59:59Z"
    path.write_text(json.dumps(exported))
    refused(
        other,
        path,
        r"^records\.dose_entry\[1\] \(id 2\): the day Sun 29 Nov 2026 is after",
        replace=True,
    )


def test_a_custom_symptom_in_the_file_is_known(exported, other, tmp_path) -> None:
    path = edited(tmp_path, exported, "side_effect", 0, symptom="custom:itchy-scalp")
    other.portable.import_json(path, parse_export, replace=False, backup=None)
    assert dump(other.portable.database)["side_effect"][0][3] == "custom:itchy-scalp"


def test_the_rules_read_a_table_left_out_as_empty() -> None:
    """check_records is pure (plain rows in, UserInputError out): tables the mapping leaves
    out, custom symptoms among them, have no rows, so a symptom nobody defined is refused in
    plain words rather than by a crash."""
    from tracker.services.portable_rules import check_records

    row: dict[str, Value] = {
        "id": 1,
        "reported_on": dt.date(2026, 11, 1),
        "symptom": "custom:itchy-scalp",
    }
    exported_at = dt.datetime(2026, 11, 2, 12, 0, tzinfo=dt.UTC)
    with pytest.raises(UserInputError) as caught:
        check_records({"side_effect": (row,)}, exported_at)
    assert str(caught.value) == (
        "records.side_effect[0] (id 1): unknown symptom 'custom:itchy-scalp'"
    )
    # The same record passes once the file defines the symptom.
    defined: tuple[dict[str, Value], ...] = ({"key": "custom:itchy-scalp", "name": "Itchy scalp"},)
    check_records({"side_effect": (row,), "custom_symptom": defined}, exported_at)


def test_the_last_day_is_read_from_the_instant_in_utc_whatever_the_local_zone(
    monkeypatch,
) -> None:
    """An export's instant is the same wherever it is read: the machine's own zone (here New
    York, five hours behind) never moves the last day its records may have."""
    import time

    from tracker.services.portable_rules import latest_day

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        # 12:00 UTC on 1 Jan is 02:00 on 2 Jan at UTC+14 (07:00 +14 h in New York: still 1 Jan).
        assert latest_day(dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)) == dt.date(2026, 1, 2)
        assert latest_day(dt.datetime(2026, 1, 1, 9, 59, tzinfo=dt.UTC)) == dt.date(2026, 1, 1)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_course_ending_after_the_file_was_made_is_refused() -> None:
    from tracker.services.portable_rules import check_records

    exported_at = dt.datetime(2026, 11, 2, 12, 0, tzinfo=dt.UTC)  # last day: 3 Nov
    course: dict[str, Value] = {
        "id": 1,
        "started_on": dt.date(2026, 10, 1),
        "ended_on": dt.date(2026, 11, 4),
    }
    with pytest.raises(UserInputError) as caught:
        check_records({"course": (course,)}, exported_at)
    assert str(caught.value) == (
        "records.course[0] (id 1): it ends on Wed 4 Nov 2026 is after the day the file was made"
    )
    # Its last possible day is taken.
    check_records({"course": ({**course, "ended_on": dt.date(2026, 11, 3)},)}, exported_at)


def test_a_dose_entrys_note_is_checked_as_the_app_checks_it() -> None:
    from tracker.domain.doselog import MAX_NOTE_LENGTH
    from tracker.services.portable_rules import check_records

    exported_at = dt.datetime(2026, 11, 2, 12, 0, tzinfo=dt.UTC)
    course: dict[str, Value] = {
        "id": 1,
        "started_on": dt.date(2026, 10, 1),
        "ended_on": None,
    }
    entry: dict[str, Value] = {
        "id": 3,
        "course_id": 1,
        "day": dt.date(2026, 10, 2),
        "status": "taken",
        "mg_taken": 20,
        "with_food": True,
        "taken_at": dt.time(8, 0),
        "note": "x" * (MAX_NOTE_LENGTH + 1),
    }
    with pytest.raises(UserInputError) as caught:
        check_records({"course": (course,), "dose_entry": (entry,)}, exported_at)
    assert str(caught.value) == (
        f"records.dose_entry[0] (id 3): the note is {MAX_NOTE_LENGTH + 1} characters; "
        f"keep it under {MAX_NOTE_LENGTH}"
    )
    entry["note"] = "x" * MAX_NOTE_LENGTH
    check_records({"course": (course,), "dose_entry": (entry,)}, exported_at)


# -- the schema's rules in plain words -----------------------------------------------------


def test_every_check_of_the_schema_has_plain_words() -> None:
    from sqlalchemy import CheckConstraint

    from tracker.services.portable_import import CHECK_WORDS

    names = {
        constraint.name
        for table in Base.metadata.sorted_tables
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint)
    }
    assert names == set(CHECK_WORDS)


@pytest.mark.parametrize(
    ("table", "index", "changes", "words"),
    [
        (
            "dose_entry",
            4,
            {"mg_taken": 301},
            "a taken day needs an amount from 1 to 300 mg; a missed or skipped day has none",
        ),
        ("weight", 0, {"kg": 301}, "a weight must be from 20 to 300 kg"),
        ("course", 0, {"planned_weeks": 105}, "a course is planned for 1 to 104 weeks"),
        (
            "profile",
            0,
            {"monthly_test_days": 6},
            "the time between monthly tests must be from 7 to 90 days",
        ),
        ("lab_result", 0, {"flag": "X"}, "the flag must be H (high), L (low) or empty"),
        ("lab_result", 0, {"range_low": 200}, "the range's low end is above its high end"),
    ],
)
def test_a_check_is_named_in_plain_words(exported, other, tmp_path, table, index, changes, words):
    path = edited(tmp_path, exported, table, index, **changes)
    row = exported["records"][table][index]
    with pytest.raises(UserInputError) as refusal:
        other.portable.import_json(path, parse_export, replace=False, backup=None)
    assert str(refusal.value) == f"records.{table}[{index}] (id {row['id']}): {words}"


def test_a_check_without_words_keeps_the_schemas_text(exported, other, tmp_path, monkeypatch):
    from tracker.services import portable_import

    monkeypatch.delitem(portable_import.CHECK_WORDS, "ck_weight_kg_range")
    refused(
        other,
        edited(tmp_path, exported, "weight", 0, kg=301),
        r"^records\.weight\[0\] \(id 1\): breaks the rule kg BETWEEN 20 AND 300$",
    )


# -- photos on import --------------------------------------------------------------------------


def test_a_photo_of_the_same_name_is_kept_aside_and_restored_if_the_import_fails(
    filled, other, tmp_path
) -> None:
    filled.portable.write_json(tmp_path / "two.zip", export_bytes)
    with zipfile.ZipFile(tmp_path / "two.zip") as archive:
        document = json.loads(archive.read("data.json"))
    second = dict(document["records"]["progress_photo"][0], id=2, file_name="2.jpg")
    document["records"]["progress_photo"].append(second)
    document["photos"].append("2.jpg")
    with zipfile.ZipFile(tmp_path / "two.zip", "w") as archive:
        archive.writestr("data.json", json.dumps(document))
        archive.writestr("photos/1.jpg", JPEG)
        archive.writestr("photos/2.jpg", JPEG)
    folder = other.portable.photos_folder
    folder.mkdir()
    (folder / "1.jpg").write_bytes(b"the old photo 1")
    (folder / "2.jpg").mkdir()  # the second copy fails, after 1.jpg was replaced

    with pytest.raises(UserInputError, match=r"^cannot write .*2\.jpg: "):
        other.portable.import_json(tmp_path / "two.zip", parse_export, replace=False, backup=None)

    assert listing(folder) == {"1.jpg": b"the old photo 1"}
    assert [p.name for p in folder.parent.iterdir() if "before-import" in p.name] == []


def test_a_photo_of_the_same_name_is_kept_aside_when_the_import_succeeds(
    filled, other, tmp_path, clock
) -> None:
    filled.portable.write_json(tmp_path / "copy.zip", export_bytes)
    folder = other.portable.photos_folder
    folder.mkdir()
    (folder / "1.jpg").write_bytes(b"the old photo 1")
    outcome = other.portable.import_json(
        tmp_path / "copy.zip", parse_export, replace=False, backup=None
    )
    stamp = f"{clock.now_utc().astimezone():%Y-%m-%dT%H%M%S}"
    assert outcome.kept_photos == folder.with_name(f"photos-before-import-{stamp}")
    assert listing(outcome.kept_photos) == {"1.jpg": b"the old photo 1"}
    assert listing(folder) == {"1.jpg": JPEG}


def test_the_same_photo_already_there_is_left_as_it_is(filled, other, tmp_path) -> None:
    filled.portable.write_json(tmp_path / "copy.zip", export_bytes)
    folder = other.portable.photos_folder
    folder.mkdir()
    (folder / "1.jpg").write_bytes(JPEG)
    outcome = other.portable.import_json(
        tmp_path / "copy.zip", parse_export, replace=False, backup=None
    )
    assert outcome.kept_photos is None and listing(folder) == {"1.jpg": JPEG}


def test_a_missing_photos_folder_says_where_it_was_expected(exported, other, tmp_path) -> None:
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    (tmp_path / "edited-photos" / "1.jpg").unlink()
    (tmp_path / "edited-photos").rmdir()
    refused(
        other,
        path,
        r"^the photos of edited\.json are missing: keep the folder edited-photos next to the "
        r"file \(expected at .*edited-photos\)$",
    )


def test_the_snapshot_does_not_hold_the_write_lock(filled, data_paths) -> None:
    import sqlite3

    from tracker.services import mapping

    other = sqlite3.connect(data_paths.database, timeout=0, isolation_level=None)
    try:
        with mapping.read_session(filled.portable._sessions):
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        assert filled.portable.snapshot().tables["weight"]
    finally:
        other.close()


# -- every field the services check, read from the record ------------------------------------


def refusal(services, path: Path) -> str:
    """The whole message of an import that is refused (nothing is written: see `refused`)."""
    rows = dump(services.portable.database)
    with pytest.raises(UserInputError) as refused_import:
        services.portable.import_json(path, parse_export, replace=False, backup=None)
    assert dump(services.portable.database) == rows
    return str(refused_import.value)


@pytest.mark.parametrize(
    ("table", "changes", "message"),
    [
        (
            "lab_result",
            {"range_low": -1},
            "the range's low end cannot be negative (got -1 mg/dL)",
        ),
        (
            "lab_result",
            {"range_high": 1_000_000},
            "the range's high end of 1e+06 mg/dL is over 100,000 mg/dL, more than any lab "
            "reports; check the number you typed",
        ),
        (
            "lab_result",
            {"analyte": "custom:  Vitamin  D", "unit": "ng/mL"},
            'the test is stored as "custom:Vitamin D", not "custom:  Vitamin  D"',
        ),
        (
            "medicine",
            {"started_on": "1899-12-31"},
            "1899-12-31 is before 1900-01-01; check the year you typed",
        ),
        (
            "medicine",
            {"stopped_on": "2028-11-27"},
            "2028-11-27 is more than 104 weeks after today (2026-11-29); check the year you typed",
        ),
        (
            "question",
            {"added_on": "2026-11-30"},
            "it was added on Mon 30 Nov 2026 is after the day the file was made",
        ),
        (
            "question",
            {"asked_on": "2026-11-20", "answered_on": "2026-11-19", "answer": "Yes"},
            "Thu 19 Nov 2026 is before the question was asked (Fri 20 Nov 2026)",
        ),
        (
            "question",
            {"asked_on": "2026-11-20", "answered_on": "2026-11-30", "answer": "Yes"},
            "Mon 30 Nov 2026 is a later day than today; a question is marked answered once "
            "it has been",
        ),
    ],
)
def test_each_checked_field_is_read_from_the_record(
    exported, other, tmp_path, table, changes, message
) -> None:
    path = edited(tmp_path, exported, table, 0, **changes)
    assert refusal(other, path) == f"records.{table}[0] (id 1): {message}"


@pytest.mark.parametrize(
    ("table", "changes", "message"),
    [
        (
            "lab_result",
            {"note": "bad\u0007note"},
            "the note holds a control character (U+0007) at position 4",
        ),
        (
            "acne_assessment",
            {"note": "bad\u0007note"},
            "the note holds a control character (U+0007) at position 4",
        ),
        (
            "medicine",
            {"dose": "200\nmg"},
            "the dose holds a control character (U+000A) at position 4",
        ),
        (
            "medicine",
            {"note": "bad\u0007note"},
            "the note holds a control character (U+0007) at position 4",
        ),
    ],
)
def test_a_text_another_parser_lets_through_is_refused(
    exported, other, tmp_path, table, changes, message
) -> None:
    """parse_export refuses such text itself; the services' rules do not rely on it."""
    path = tmp_path / "edited.json"
    path.write_text("{}")
    rows = dump(other.portable.database)
    with pytest.raises(UserInputError) as refused_import:
        other.portable.import_json(
            path, parsed_as(exported, table, 0, **changes), replace=False, backup=None
        )
    assert str(refused_import.value) == f"records.{table}[0] (id 1): {message}"
    assert dump(other.portable.database) == rows


@pytest.mark.parametrize("kept", ["grade", "comedones", "inflammatory", "nodules"])
def test_an_assessment_of_one_thing_alone_is_taken(exported, other, tmp_path, kept) -> None:
    assessment = exported["records"]["acne_assessment"][0]
    values: dict[str, int | None] = dict.fromkeys(("grade", "comedones", "inflammatory", "nodules"))
    values[kept] = assessment[kept]
    path = edited(tmp_path, exported, "acne_assessment", 0, **values)
    other.portable.import_json(path, parse_export, replace=False, backup=None)
    [row] = other.portable.snapshot().tables["acne_assessment"]
    assert {name: row[name] for name in values} == values
    assert values[kept] == {"grade": 3, "comedones": 20, "inflammatory": 12, "nodules": 4}[kept]


def test_an_answered_question_is_taken_from_its_asked_day_to_the_files_last(
    exported, other, tmp_path
) -> None:
    path = edited(
        tmp_path,
        exported,
        "question",
        0,
        asked_on="2026-11-20",
        answered_on="2026-11-20",
        answer="Not during the course",
    )
    other.portable.import_json(path, parse_export, replace=True, backup=None)
    path = edited(tmp_path, exported, "question", 0, answered_on="2026-11-29")
    other.portable.import_json(path, parse_export, replace=True, backup=lambda: "b")
    [question] = other.portable.snapshot().tables["question"]
    assert question["added_on"] == dt.date(2026, 11, 19)
    assert question["asked_on"] == dt.date(2026, 11, 20)
    assert question["answered_on"] == dt.date(2026, 11, 29)
    assert question["answer"] == "Not during the course"


def test_a_unique_rule_of_several_columns_names_them_all(exported, other, tmp_path) -> None:
    copy = dict(exported["records"]["dose_entry"][1], id=99)
    path = with_record(tmp_path, exported, "dose_entry", copy)
    assert refusal(other, path) == (
        "records.dose_entry[41] (id 99): another record in the file has the same course_id and day"
    )


def test_a_check_without_words_is_found_among_its_tables_checks(
    exported, other, tmp_path, monkeypatch
) -> None:
    from tracker.services import portable_import

    monkeypatch.delitem(portable_import.CHECK_WORDS, "ck_lab_result_flag_values")
    path = edited(tmp_path, exported, "lab_result", 0, flag="X")
    assert refusal(other, path) == (
        "records.lab_result[0] (id 1): breaks the rule flag IN ('', 'H', 'L')"
    )


def test_an_enum_check_without_words_lists_its_values_as_the_schema_writes_them(
    exported, other, tmp_path, monkeypatch
) -> None:
    """An enum's CHECK holds its values as bound parameters: they are written in, not left
    as placeholders."""
    from tracker.services import portable_import

    monkeypatch.delitem(portable_import.CHECK_WORDS, "ck_dose_entry_dose_status")
    path = tmp_path / "edited.json"
    path.write_text("{}")
    refused_with(
        other,
        path,
        parsed_as(exported, "dose_entry", 2, status="eaten", mg_taken=None),
        exactly(
            "records.dose_entry[2] (id 3): breaks the rule "
            "dose_entry.status IN ('taken', 'missed', 'skipped')"
        ),
    )


def test_an_enums_values_are_listed_in_plain_words() -> None:
    from tracker.domain.doselog import DoseStatus
    from tracker.services.portable_import import _one_of

    assert _one_of("status", DoseStatus) == "its status must be one of taken, missed, skipped"


def test_tables_another_parser_leaves_out_are_empty(exported, other, tmp_path) -> None:
    """Only parse_export lists every table; a record of a table left out is not needed."""

    def parse(data: bytes):
        snapshot = parse_export(json.dumps(exported).encode())
        tables = {
            name: rows
            for name, rows in snapshot.tables.items()
            if name not in ("planned_intake", "progress_photo")
        }
        return dataclasses.replace(snapshot, tables=tables, photos={})

    add_medicine(other)
    path = tmp_path / "edited.json"
    path.write_text("{}")
    outcome = other.portable.import_json(path, parse, replace=True, backup=lambda: "b")
    assert outcome == ImportOutcome(records=59, photos=0, safety_copy="b", kept_photos=None)
    tables = other.portable.snapshot().tables
    assert tables["planned_intake"] == () and tables["progress_photo"] == ()
    assert len(tables["dose_period"]) == 3


# -- the staged store failing its own checks ---------------------------------------------------


def test_a_staged_store_that_cannot_be_made_is_refused_in_full(
    exported, other, tmp_path, monkeypatch
) -> None:
    """create_store says False when another process put a store under that name first."""
    from tracker.db import migrate
    from tracker.errors import StoreError

    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported))
    folder = other.portable.database.parent
    before, rows = files(folder), dump(other.portable.database)
    monkeypatch.setattr(migrate, "create_store", lambda database: False)
    with pytest.raises(StoreError) as caught:
        other.portable.import_json(path, parse_export, replace=False, backup=None)
    assert str(caught.value) == f"could not make a new store in {folder}; try again"
    assert files(folder) == before
    assert dump(other.portable.database) == rows


# -- the refusals' words, in English and in the language in use --------------------------------

# What a refusal says after "records.TABLE[INDEX] (id ID): " for each CHECK of the schema.
CHECKS_IN_ENGLISH = {
    "ck_profile_single_profile": "the profile's id must be 1 (a data folder holds one patient)",
    "ck_profile_pregnancy_rules": "its pregnancy_rules must be one of us, uk-eu, custom",
    "ck_profile_confirmation_test_days_range": (
        "the wait before the confirmation test must be from 0 to 90 days"
    ),
    "ck_profile_monthly_test_days_range": (
        "the time between monthly tests must be from 7 to 90 days"
    ),
    "ck_profile_pickup_window_days_range": "the pick-up window must be from 1 to 30 days",
    "ck_profile_after_course_test_days_range": (
        "the wait before the after-course test must be from 0 to 120 days"
    ),
    "ck_course_planned_weeks_range": "a course is planned for 1 to 104 weeks",
    "ck_course_target_range": "the target must be above 0 and at most 500 mg/kg",
    "ck_course_reference_weight_range": "the reference weight must be from 20 to 300 kg",
    "ck_course_ends_after_start": "a course cannot end before it started",
    "ck_dose_period_cycle_days_range": "a dose pattern repeats over 1 to 7 days",
    "ck_planned_intake_mg_range": "an intake must be from 1 to 300 mg",
    "ck_planned_intake_cycle_day_range": "an intake's cycle day must be from 0 to 6",
    "ck_dose_entry_mg_matches_status": (
        "a taken day needs an amount from 1 to 300 mg; a missed or skipped day has none"
    ),
    "ck_dose_entry_dose_status": "its status must be one of taken, missed, skipped",
    "ck_weight_kg_range": "a weight must be from 20 to 300 kg",
    "ck_appointment_appointment_kind": (
        "its kind must be one of visit, lab, pregnancy-test, pickup, other"
    ),
    "ck_appointment_appointment_status": (
        "its status must be one of tentative, planned, done, cancelled"
    ),
    "ck_pregnancy_test_test_kind": (
        "its kind must be one of screening, confirmation, monthly, end-of-course, after-course"
    ),
    "ck_pregnancy_test_test_setting": "its setting must be one of clinic, home",
    "ck_pregnancy_test_test_result": "its result must be one of negative, positive, pending",
    "ck_contraception_contraception_role": "its role must be one of primary, secondary",
    "ck_contraception_stops_after_start": "a method cannot stop before it started",
    "ck_side_effect_severity_range": "the severity must be from 0 (none) to 3 (severe)",
    "ck_mood_screen_instrument": "its instrument must be one of phq2, phq9",
    "ck_mood_screen_answers_fit_instrument": (
        "a PHQ-2 has 2 answers and a score from 0 to 6, a PHQ-9 has 9 answers and a score "
        "from 0 to 27"
    ),
    "ck_lab_result_value_not_negative": "a lab value cannot be negative",
    "ck_lab_result_flag_values": "the flag must be H (high), L (low) or empty",
    "ck_lab_result_range_ordered": "the range's low end is above its high end",
    "ck_acne_assessment_grade_range": "the grade must be from 0 (clear) to 4 (severe)",
    "ck_acne_assessment_counts_range": "each lesion count must be from 0 to 1000",
    "ck_acne_assessment_something_assessed": (
        "an assessment needs the grade or at least one lesion count"
    ),
    "ck_medicine_stops_after_start": "a medicine cannot stop before it started",
    "ck_question_asked_before_answered": "a question marked answered must be marked asked too",
}


def test_every_check_is_said_in_plain_english() -> None:
    from tracker.services.portable_import import CHECK_WORDS, check_words

    assert check_words() == CHECKS_IN_ENGLISH
    assert CHECK_WORDS == CHECKS_IN_ENGLISH


def test_an_interval_added_later_is_still_said_with_its_name_and_range(monkeypatch) -> None:
    """An interval of the profile that has no sentence of its own yet: its name (from the
    domain) in the general sentence."""
    from tracker.domain import pregnancy
    from tracker.services.portable_import import check_words

    monkeypatch.setitem(pregnancy.INTERVAL_RANGES, "reminder_days", (2, 9))
    monkeypatch.setitem(pregnancy.INTERVAL_NAMES, "reminder_days", "the reminder's lead")
    assert check_words()["ck_profile_reminder_days_range"] == (
        "the reminder's lead must be from 2 to 9 days"
    )


# The Spanish catalog's words for the sentences below (translations/es/services.ts).
SPANISH: dict[str, dict[str, str | list[str]]] = {
    "PortableImportWords": {
        "the wait before the confirmation test must be from {low} to {high} days": (
            "la espera antes de la prueba de confirmación debe ser de {low} a {high} días"
        ),
        "the time between monthly tests must be from {low} to {high} days": (
            "el tiempo entre las pruebas mensuales debe ser de {low} a {high} días"
        ),
        "the pick-up window must be from {low} to {high} days": (
            "el plazo de recogida debe ser de {low} a {high} días"
        ),
        "the wait before the after-course test must be from {low} to {high} days": (
            "la espera antes de la prueba posterior al tratamiento debe ser de {low} a {high} días"
        ),
        "{interval} must be from {low} to {high} days": (
            "{interval} debe ser de {low} a {high} días"
        ),
        "another record in the file has the same {first} and {second}": (
            "otro registro del archivo tiene los mismos {first} y {second}"
        ),
        "another record in the file has the same {first} and {second} and {third}": (
            "otro registro del archivo tiene los mismos {first}, {second} y {third}"
        ),
        "another record in the file has the same {column}": (
            "otro registro del archivo tiene el mismo {column}"
        ),
    }
}


@pytest.fixture
def spanish() -> Iterator[None]:
    from tracker import words

    words.install(words.from_table(SPANISH))
    yield
    words.reset()


def test_each_interval_is_said_in_a_whole_sentence_of_the_language_in_use(spanish) -> None:
    """Each interval has a sentence of its own, so a language can put the name where its
    grammar wants it (the general sentence would leave the English name in it)."""
    from tracker.services.portable_import import check_words

    said = check_words()
    assert [said[f"ck_profile_{column}_range"] for column in INTERVAL_RANGES] == [
        "la espera antes de la prueba de confirmación debe ser de 0 a 90 días",
        "el tiempo entre las pruebas mensuales debe ser de 7 a 90 días",
        "el plazo de recogida debe ser de 1 a 30 días",
        "la espera antes de la prueba posterior al tratamiento debe ser de 0 a 120 días",
    ]


def twice(exported: dict, table: str, index: int) -> dict:
    """A copy of the record under a new id: the same values in every unique rule."""
    return dict(exported["records"][table][index], id=99)


@pytest.mark.parametrize(
    ("table", "english", "in_spanish"),
    [
        (
            "weight",
            "another record in the file has the same measured_on",
            "otro registro del archivo tiene el mismo measured_on",
        ),
        (
            "dose_entry",
            "another record in the file has the same course_id and day",
            "otro registro del archivo tiene los mismos course_id y day",
        ),
        (
            "planned_intake",
            "another record in the file has the same period_id and cycle_day and position",
            "otro registro del archivo tiene los mismos period_id, cycle_day y position",
        ),
    ],
)
def test_a_unique_rule_names_its_one_two_or_three_columns_in_the_language_in_use(
    exported, other, tmp_path, request, table, english, in_spanish
) -> None:
    path = with_record(tmp_path, exported, table, twice(exported, table, 1))
    where = f"records.{table}[{len(exported['records'][table]) - 1}] (id 99): "
    assert refusal(other, path) == where + english
    request.getfixturevalue("spanish")
    assert refusal(other, path) == where + in_spanish


def test_the_schemas_unique_rules_are_on_one_two_or_three_columns() -> None:
    """_same_values has a sentence for each; a rule on more columns needs one too."""
    from sqlalchemy import UniqueConstraint

    tables = Base.metadata.sorted_tables
    sizes = {
        len(rule.columns)
        for table in tables
        for rule in table.constraints
        if isinstance(rule, UniqueConstraint)
    } | {len(index.columns) for table in tables for index in table.indexes if index.unique}
    assert sizes == {1, 2, 3}


# -- the new store's last check --------------------------------------------------------------
# An import fills a new store and refuses it unless SQLite's quick check passes. A store the
# import has just filled is sound, so these tests damage one the way a disk fault or another
# program would, and check it as `stage` does.


@pytest.fixture
def new_store(tmp_path) -> Path:
    path = tmp_path / "new.sqlite3"
    assert migrate.create_store(path)
    return path


def refusal_of(store: Path) -> str:
    with pytest.raises(StoreError) as refused:
        check_staged(store)
    return str(refused.value)


def test_a_sound_new_store_passes_and_is_left_without_a_wal(new_store) -> None:
    check_staged(new_store)

    connection = sqlite3.connect(new_store)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        connection.close()


def test_rows_that_break_the_schemas_checks_are_named_three_at_most(new_store) -> None:
    connection = sqlite3.connect(new_store)
    connection.execute("PRAGMA ignore_check_constraints = ON")  # as another program might
    for day in range(1, 5):
        connection.execute(
            "INSERT INTO weight (measured_on, kg, recorded_at)"
            f" VALUES ('2026-11-0{day}', 5, '2026-11-0{day} 08:00:00')"
        )
    connection.commit()
    connection.close()

    assert refusal_of(new_store) == (
        "the new store failed SQLite's check (CHECK constraint failed in weight; "
        "CHECK constraint failed in weight; CHECK constraint failed in weight)"
    )


def test_a_damaged_index_page_is_named(new_store) -> None:
    damage_page(new_store, "ix_appointment_starts_at")

    assert re.fullmatch(
        r"the new store failed SQLite's check \(\*\*\* in database main \*\*\*\n"
        r"Page \d+: btreeInitPage\(\) returns error code 11\)",
        refusal_of(new_store),
    )


def test_a_table_page_sqlite_cannot_read_is_a_refusal_not_a_crash(new_store) -> None:
    damage_page(new_store, "dose_entry")

    assert refusal_of(new_store) == (
        "the new store failed SQLite's check (database disk image is malformed)"
    )
