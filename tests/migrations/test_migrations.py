"""Migrations: agree with the models, upgrade real files, back up first, refuse the future."""

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import stamp_revision
from tests.migrations.revisions import ADD_COLUMN, copy_migrations
from tracker.db import alembic_runner, migrate
from tracker.db.store import open_store
from tracker.errors import NewerSchemaError


def table_rows(database, table):
    connection = sqlite3.connect(database)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        connection.close()


def test_head_constant_matches_alembic() -> None:
    assert alembic_runner.head_revision() == migrate.HEAD_REVISION


def test_empty_store_upgrades_to_head_and_models_match(tmp_path) -> None:
    database = tmp_path / "fresh.sqlite3"
    alembic_runner.upgrade_to_head(database)
    assert migrate.inspect_store(database).revision == migrate.HEAD_REVISION
    alembic_runner.check_models_match(database)  # `alembic check`: raises on any drift


def test_alembic_cli_upgrade_and_check(tmp_path) -> None:
    """The developer's path: the alembic command with the repository's alembic.ini."""
    root = Path(__file__).resolve().parents[2]
    database = tmp_path / "cli.sqlite3"

    def alembic(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "alembic",
                "-c",
                str(root / "alembic.ini"),
                "-x",
                f"db={database}",
                *args,
            ],
            capture_output=True,
            text=True,
            check=False,
        )

    assert alembic("upgrade", "head").returncode == 0
    assert migrate.inspect_store(database).revision == migrate.HEAD_REVISION
    checked = alembic("check")
    assert checked.returncode == 0, checked.stderr
    assert "No new upgrade operations detected" in checked.stdout + checked.stderr


def test_a_store_at_head_opens_without_importing_alembic(tmp_path) -> None:
    database = tmp_path / "data" / "isotrack.sqlite3"
    database.parent.mkdir()
    alembic_runner.upgrade_to_head(database)
    code = textwrap.dedent(f"""
        import sys
        from tracker.clock import SystemClock
        from tracker.db.store import open_store
        from tracker.paths import DataPaths
        open_store(DataPaths(__import__('pathlib').Path({str(database.parent)!r})), SystemClock())
        print('alembic' in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_newer_schema_is_refused_and_the_file_left_untouched(
    data_paths, clock, sessions, start_course
) -> None:
    start_course()
    sessions.kw["bind"].dispose()
    stamp_revision(data_paths.database, "zz99_from_the_future")
    before = data_paths.database.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_store(data_paths, clock)
    assert data_paths.database.read_bytes() == before
    assert not data_paths.backups.exists()


# The revision a store is created at today, before a test-only revision is appended.
HEAD = migrate.HEAD_REVISION


@pytest.fixture
def migrations_with_a_second_revision(tmp_path, monkeypatch):
    """A copy of the real migrations plus one later revision, as the next release will have."""
    copy = copy_migrations(tmp_path / "migrations", ADD_COLUMN)
    monkeypatch.setattr(alembic_runner, "_script_location", lambda: str(copy))
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9001")


def test_upgrade_keeps_data_and_backs_up_the_previous_file_first(
    data_paths, clock, sessions, start_course, log_day, migrations_with_a_second_revision
) -> None:
    course = start_course()
    log_day(course.started_on, mg_taken=40, with_food=True, note="first capsule")
    sessions.kw["bind"].dispose()
    weights_before = table_rows(data_paths.database, "weight")
    entries_before = table_rows(data_paths.database, "dose_entry")

    _, outcome = open_store(data_paths, clock)

    assert outcome.from_revision == HEAD and outcome.backup is not None
    # The backup is the old schema with the old data, and can itself be opened.
    assert migrate.inspect_store(outcome.backup).revision == HEAD
    assert table_rows(outcome.backup, "dose_entry") == entries_before
    # The upgraded store kept every row and gained the column with its default.
    assert migrate.inspect_store(data_paths.database).revision == "9001"
    assert table_rows(data_paths.database, "dose_entry") == entries_before
    upgraded = table_rows(data_paths.database, "weight")
    assert [row[:-1] for row in upgraded] == weights_before
    assert all(row[-1] == "scale" for row in upgraded)
