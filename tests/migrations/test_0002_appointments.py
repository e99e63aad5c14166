"""Revision 0002 (appointments, pregnancy prevention, reminders) upgrades a store of revision
0001 that holds a course, its log and weights: every row kept, the new tables empty and
guarded by their checks. The checks of 0002 itself upgrade to "0002" explicitly (later
revisions sit after it); a start of the app takes a 0001 store through to today's head."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command

from tracker.clock import FixedClock
from tracker.db import alembic_runner, migrate
from tracker.db.store import open_store
from tracker.paths import DataPaths

OLD_TABLES = ("profile", "course", "dose_period", "planned_intake", "dose_entry", "weight")


def store_at_0001(database: Path) -> None:
    """A store as version 0001 of the app left it, with a patient's data in it."""
    with alembic_runner._config_on(database) as config:
        command.upgrade(config, "0001")
    connection = sqlite3.connect(database)
    with connection:
        connection.executescript(
            """
            INSERT INTO profile (id, name, date_of_birth, can_become_pregnant, created_at)
                VALUES (1, 'Ana <b>x</b>', '1999-04-02', 1, '2026-09-01 08:00:00');
            INSERT INTO course (id, profile_id, product, started_on, planned_weeks,
                    target_mg_per_kg, reference_weight_kg, prescriber, ended_on, created_at)
                VALUES (1, 1, 'Absorica', '2026-09-01', 20, 120, 64.5, 'Dr Tran', NULL,
                    '2026-09-01 08:00:00');
            INSERT INTO dose_period (id, course_id, starts_on, cycle_days, created_at)
                VALUES (1, 1, '2026-09-01', 1, '2026-09-01 08:00:00');
            INSERT INTO planned_intake (period_id, cycle_day, position, label, mg, capsules)
                VALUES (1, 0, 0, '', 40, '40');
            INSERT INTO dose_entry (course_id, day, status, mg_taken, with_food, taken_at,
                    note, recorded_at)
                VALUES (1, '2026-09-01', 'taken', 40, 1, '08:15:00.000000', 'first',
                    '2026-09-01 08:16:00'),
                       (1, '2026-09-02', 'missed', NULL, NULL, NULL, '', '2026-09-02 21:00:00');
            INSERT INTO weight (measured_on, kg, recorded_at)
                VALUES ('2026-09-01', 64.5, '2026-09-01 08:00:00');
            """
        )
    connection.close()


def upgrade_to(database: Path, revision: str) -> None:
    """Upgrade the store to `revision` (not to the head) as the app does: one transaction."""
    with alembic_runner._config_on(database) as config:
        command.upgrade(config, revision)


def migrations_up_to_0002(destination: Path) -> str:
    """A copy of the real migrations folder holding revisions 0001 and 0002 only: the app as
    the release of 0002 shipped it, for the crash test of that revision alone."""
    shutil.copytree(alembic_runner._script_location(), destination)
    versions = destination / "versions"
    shutil.rmtree(versions / "__pycache__", ignore_errors=True)
    for later in versions.glob("*.py"):
        if later.name[:4].isdigit() and later.name[:4] > "0002":
            later.unlink()
    return str(destination)


def rows(database: Path, table: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        connection.close()


def test_a_0001_store_with_data_upgrades_and_keeps_every_row(tmp_path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    store_at_0001(paths.database)
    before = {table: rows(paths.database, table) for table in OLD_TABLES}

    upgrade_to(paths.database, "0002")

    assert migrate.inspect_store(paths.database).revision == "0002"
    for table in OLD_TABLES:
        after = rows(paths.database, table)
        if table == "profile":  # gained the rule set (US by default) and four intervals
            assert [row[:5] for row in after] == before[table]
            assert [row[5:] for row in after] == [("us", None, None, None, None)]
        else:
            assert after == before[table], table
    for table in ("appointment", "pregnancy_test", "contraception", "reminder_state"):
        assert rows(paths.database, table) == []
    # The one setting the revision writes: the store's own lasting name (calendar UIDs).
    [(key, value, _)] = rows(paths.database, "setting")
    assert key == "store.identity" and uuid.UUID(json.loads(str(value)))


def test_a_start_takes_a_0001_store_to_the_head_after_a_backup_of_the_old_file(
    tmp_path,
) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    store_at_0001(paths.database)
    before = {table: rows(paths.database, table) for table in OLD_TABLES}

    sessions, info = open_store(paths, FixedClock(dt.date(2026, 11, 29)))
    sessions.kw["bind"].dispose()

    assert info.from_revision == "0001" and info.backup is not None
    assert migrate.inspect_store(paths.database).revision == migrate.HEAD_REVISION
    for table in OLD_TABLES:
        kept = rows(paths.database, table)
        if table == "profile":  # 0002 added columns after the five of 0001
            kept = [row[:5] for row in kept]
        assert kept == before[table], table
    [(key, _, _)] = rows(paths.database, "setting")
    assert key == "store.identity"
    # The backup taken before the upgrade is the old file, unchanged.
    assert migrate.inspect_store(info.backup).revision == "0001"
    assert rows(info.backup, "dose_entry") == before["dose_entry"]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE profile SET monthly_test_days = 3",
        "UPDATE profile SET pickup_window_days = 0",
        "UPDATE profile SET pregnancy_rules = 'fr'",
        "INSERT INTO appointment (kind, starts_at, title, place, note, outcome, status,"
        " created_at, updated_at) VALUES ('dentist', '2026-12-01 10:00:00', '', '', '', '',"
        " 'planned', '2026-11-29 10:00:00', '2026-11-29 10:00:00')",
        "INSERT INTO pregnancy_test (taken_on, kind, setting, result, note,"
        " prescriber_response, created_at, updated_at) VALUES ('2026-11-20', 'monthly',"
        " 'clinic', 'maybe', '', '', '2026-11-29 10:00:00', '2026-11-29 10:00:00')",
        "INSERT INTO contraception (role, method, description, started_on, stopped_on,"
        " created_at) VALUES ('primary', 'pill', '', '2026-11-20', '2026-11-01',"
        " '2026-11-29 10:00:00')",
    ],
)
def test_the_upgraded_store_refuses_values_out_of_range(tmp_path, statement) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    store_at_0001(paths.database)
    upgrade_to(paths.database, "0002")
    connection = sqlite3.connect(paths.database)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            connection.execute(statement)
    finally:
        connection.close()


@pytest.mark.slow
def test_the_upgrade_to_0002_killed_at_any_statement_leaves_0001_or_0002_with_the_data(
    tmp_path,
) -> None:
    """The real revision, not a test-only one, run by the app as the release of 0002 shipped
    it (migrations 0001 and 0002 only, head "0002"): a crash at any of its statements leaves
    the store at 0001 with every row (and none of 0002's tables), or at 0002 with every row;
    the next start of today's app carries on from either to today's head."""
    from tests.migrations.test_atomic import kill_at_every_statement

    source = tmp_path / "data"
    source.mkdir()
    store_at_0001(source / "isotrack.sqlite3")
    before = {table: rows(source / "isotrack.sqlite3", table) for table in OLD_TABLES}
    migrations = migrations_up_to_0002(tmp_path / "migrations-0002")

    folders = kill_at_every_statement(source, tmp_path / "runs", migrations, "0002")

    seen = set()
    for n, folder in enumerate(folders, 1):
        database = DataPaths(folder).database
        revision = migrate.inspect_store(database, verify=True).revision
        seen.add(revision)
        assert revision in ("0001", "0002"), f"killed at statement {n}: left at {revision}"
        for table in OLD_TABLES:
            kept = rows(database, table)
            if table == "profile" and revision == "0002":
                kept = [row[:5] for row in kept]
            assert kept == before[table], f"statement {n}: {table}"
        if revision == "0001":
            connection = sqlite3.connect(database)
            names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            connection.close()
            assert "appointment" not in names, f"statement {n}"
        # The next start (today's app) upgrades it to the head, from either revision.
        sessions, info = open_store(DataPaths(folder), FixedClock(dt.date(2026, 11, 29)))
        sessions.kw["bind"].dispose()
        assert info.from_revision == revision, f"statement {n}"
        assert migrate.inspect_store(database).revision == migrate.HEAD_REVISION
        assert rows(database, "dose_entry") == before["dose_entry"], f"statement {n}"
    assert "0001" in seen  # the kills inside the upgrade left the old revision
