"""A crash at any statement of a schema change leaves the old store or the new one, whole.

Each case runs the app's own open_store in a child process that SIGKILLs itself right after
its Nth SQL statement (tests/migrations/kill_child.py), for every N the change has; then the
file is read as it was left, and a normal start must carry on from it.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.migrations.revisions import ADD_COLUMN, REBUILD_PARENT, copy_migrations
from tracker.db import alembic_runner, migrate
from tracker.db.base import Base
from tracker.db.store import open_store
from tracker.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]
CHILD_TIMEOUT_S = 120
Rows = dict[str, list[tuple[object, ...]]]
TABLES = ("profile", "course", "dose_period", "dose_entry", "weight")
# The revision a store is created at today, before the test-only revisions are appended.
HEAD = migrate.HEAD_REVISION


def kill_at_every_statement(source: Path, work: Path, *migrations: str) -> list[Path]:
    """Count the statements of a clean run from `source`, then kill a fresh copy at each
    one; the data folders as the kills left them, in order."""
    run = subprocess.run(
        [sys.executable, "-m", "tests.migrations.kill_child", str(source), str(work), *migrations],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    total = report["total"]
    assert total > 3
    assert report["killed"] == list(range(1, total + 1)), run.stderr
    return [work / f"kill-{n}" for n in range(1, total + 1)]


def rows(database: Path) -> Rows:
    connection = sqlite3.connect(database)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in TABLES
        }
    finally:
        connection.close()


def columns(database: Path, table: str) -> list[str]:
    connection = sqlite3.connect(database)
    try:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    finally:
        connection.close()


def without_source(
    data: dict[str, list[tuple[object, ...]]],
) -> dict[str, list[tuple[object, ...]]]:
    """The new revisions' rows as the old schema had them (minus weight.source)."""
    assert all(row[-1] == "scale" for row in data["weight"])
    return {**data, "weight": [row[:-1] for row in data["weight"]]}


@pytest.mark.slow
def test_an_upgrade_killed_at_any_statement_is_at_the_old_or_the_new_revision(
    tmp_path, data_paths, clock, sessions, start_course, log_day, services, monkeypatch
) -> None:
    course = start_course()
    log_day(course.started_on, mg_taken=40, with_food=True, note="first capsule")
    services.weights.record(course.started_on.replace(day=15), 71.5)
    sessions.kw["bind"].dispose()
    before = rows(data_paths.database)
    assert before["dose_entry"] and len(before["weight"]) == 2

    # Two revisions after today's head: one adds a column, one rebuilds a parent table.
    migrations = str(copy_migrations(tmp_path / "migrations", ADD_COLUMN, REBUILD_PARENT))

    folders = kill_at_every_statement(data_paths.root, tmp_path / "runs", migrations, "9002")

    monkeypatch.setattr(alembic_runner, "_script_location", lambda: migrations)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9002")
    seen = set()
    for n, folder in enumerate(folders, 1):
        paths = DataPaths(folder)
        revision = migrate.inspect_store(paths.database, verify=True).revision
        seen.add(revision)
        assert revision in (HEAD, "9002"), f"killed at statement {n}: left at {revision}"
        if revision == HEAD:
            assert "source" not in columns(paths.database, "weight"), f"statement {n}"
            assert rows(paths.database) == before, f"statement {n}"
        else:
            assert without_source(rows(paths.database)) == before, f"statement {n}"
        # The next start upgrades it (again, if the kill was before the commit).
        engine_sessions, info = open_store(paths, clock)
        engine_sessions.kw["bind"].dispose()
        assert migrate.inspect_store(paths.database).revision == "9002"
        assert without_source(rows(paths.database)) == before, f"statement {n}"
        assert info.from_revision == revision
    assert seen == {HEAD}  # every kill came before the commit: none may show half of it


@pytest.mark.slow
def test_a_new_store_killed_at_any_statement_is_created_cleanly_at_the_next_start(
    tmp_path, clock
) -> None:
    folders = kill_at_every_statement(tmp_path / "none", tmp_path / "runs")

    for n, folder in enumerate(folders, 1):
        paths = DataPaths(folder)
        # The next start creates the store (or finds it whole): never "not an isotrack
        # database", never an empty file taken for a damaged one.
        sessions, _ = open_store(paths, clock)
        sessions.kw["bind"].dispose()
        assert migrate.inspect_store(paths.database, verify=True).revision == HEAD
        connection = sqlite3.connect(paths.database)
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        connection.close()
        assert set(Base.metadata.tables) | {"alembic_version"} <= names, f"statement {n}"
