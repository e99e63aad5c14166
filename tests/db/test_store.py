"""The store's guarantees, checked on the real SQLite file."""

import sqlite3
import stat

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tracker.db.store import open_store
from tracker.errors import DamagedStoreError, StoreError


def test_folder_and_file_are_private(data_paths, sessions) -> None:
    assert stat.S_IMODE(data_paths.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(data_paths.database.stat().st_mode) == 0o600


def test_pragmas_protect_every_connection(sessions) -> None:
    with sessions() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO weight (measured_on, kg, recorded_at) VALUES ('2026-01-01', 5, '2026-01-01')",
        "INSERT INTO dose_entry (course_id, day, status, mg_taken, note, recorded_at)"
        " VALUES (1, '2026-10-02', 'taken', -5, '', '2026-01-01')",
        "INSERT INTO dose_entry (course_id, day, status, mg_taken, note, recorded_at)"
        " VALUES (1, '2026-10-02', 'missed', 40, '', '2026-01-01')",
        "INSERT INTO dose_entry (course_id, day, status, note, recorded_at)"
        " VALUES (1, '2026-10-02', 'eaten', '', '2026-01-01')",
        "INSERT INTO dose_entry (course_id, day, status, note, recorded_at)"
        " VALUES (99, '2026-10-02', 'missed', '', '2026-01-01')",
        "INSERT INTO course (profile_id, product, started_on, planned_weeks, target_mg_per_kg,"
        " reference_weight_kg, prescriber, created_at)"
        " VALUES (1, 'X', '2026-11-01', 20, 150, 70, '', '2026-01-01')",
    ],
    ids=[
        "weight-range",
        "negative-mg",
        "missed-with-mg",
        "unknown-status",
        "no-such-course",
        "second-active-course",
    ],
)
def test_the_database_itself_refuses_impossible_rows(sessions, start_course, statement) -> None:
    start_course()
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.execute(text(statement))


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(data_paths, clock) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.database.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DamagedStoreError, match="is not a database file"):
        open_store(data_paths, clock)
    assert data_paths.database.read_bytes() == b"this is not sqlite" * 100


def test_a_foreign_sqlite_database_is_refused(data_paths, clock) -> None:
    data_paths.root.mkdir(parents=True)
    connection = sqlite3.connect(data_paths.database)
    connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="not an isotrack database"):
        open_store(data_paths, clock)


@pytest.mark.parametrize("folder", ["what?now", "100% mine", "notes#1", "ünï cödé"])
def test_awkward_folder_names_keep_the_data_inside_them(tmp_path, clock, folder) -> None:
    from tracker.domain.regimen import daily_period
    from tracker.paths import DataPaths
    from tracker.services.container import build_services
    from tracker.services.preview import preview_status
    from tracker.services.records import CourseStart

    paths = DataPaths(tmp_path / folder)
    sessions, _ = open_store(paths, clock)
    services = build_services(sessions, clock)
    start = clock.today()
    services.course.start_course(CourseStart(start, 70, daily_period(start, 40)))
    sessions.kw["bind"].dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600
    status = preview_status(paths.database, start)
    assert status is not None and status.course.started_on == start
