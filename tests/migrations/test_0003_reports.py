"""Revision 0003 (side effects, mood screens, labs, acne progress and photos, other medicines,
questions) upgrades a store of revision 0002 that holds a patient's data: every row of every
older table kept, the new tables empty, usable and guarded by their checks; and a crash at
any of its statements leaves 0002 or 0003 whole, from which the next start carries on."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.migrations.test_0002_appointments import store_at_0001, upgrade_to
from tracker.clock import FixedClock
from tracker.db import migrate
from tracker.db.store import open_store
from tracker.paths import DataPaths

NEW_TABLES = (
    "custom_symptom",
    "side_effect",
    "mood_screen",
    "lab_result",
    "acne_assessment",
    "progress_photo",
    "medicine",
    "question",
)
NOW = "'2026-11-29 10:00:00'"


def store_at_0002(database: Path) -> None:
    """A store as version 0002 of the app left it: a course with dose entries (from 0001),
    then appointments, pregnancy tests, contraception, settings, reminders and the
    profile's pregnancy-prevention fields."""
    store_at_0001(database)
    upgrade_to(database, "0002")
    connection = sqlite3.connect(database)
    with connection:
        connection.executescript(
            f"""
            UPDATE profile SET monthly_test_days = 7, pickup_window_days = 7;
            INSERT INTO dose_entry (course_id, day, status, mg_taken, with_food, taken_at,
                    note, recorded_at)
                VALUES (1, '2026-09-03', 'taken', 40, 0, '09:00:00.000000', 'late <i>',
                    '2026-09-03 09:01:00');
            INSERT INTO appointment (course_id, kind, starts_at, title, place, note, outcome,
                    status, created_at, updated_at)
                VALUES (1, 'visit', '2026-10-01 10:00:00', 'Dermatology', 'Clinic', '',
                    'dose kept', 'done', {NOW}, {NOW}),
                       (1, 'lab', '2026-12-01 08:00:00', '', '', 'fasting', '', 'planned',
                    {NOW}, {NOW});
            INSERT INTO pregnancy_test (course_id, taken_on, kind, setting, result, note,
                    prescriber_response, picked_up_on, created_at, updated_at)
                VALUES (1, '2026-08-25', 'screening', 'clinic', 'negative', '', '',
                    NULL, {NOW}, {NOW}),
                       (1, '2026-09-28', 'monthly', 'home', 'negative', 'urine', 'ok',
                    '2026-09-30', {NOW}, {NOW});
            INSERT INTO contraception (role, method, description, started_on, created_at)
                VALUES ('primary', 'iud-copper', '', '2026-07-01', {NOW});
            INSERT INTO setting (key, value, updated_at)
                VALUES ('reminders.dose_times', '["08:00"]', {NOW});
            INSERT INTO reminder_state (key, dismissed_at, updated_at)
                VALUES ('dose:2026-09-03:0', {NOW}, {NOW});
            """
        )
    connection.close()


def table_names(database: Path) -> set[str]:
    connection = sqlite3.connect(database)
    try:
        return {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        connection.close()


def dump(database: Path, tables: set[str] | tuple[str, ...]) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(database)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in sorted(tables)
        }
    finally:
        connection.close()


def old_tables(database: Path) -> set[str]:
    """The 0002 store's own tables (its revision stamp apart: that one moves on)."""
    return table_names(database) - {"alembic_version"}


@pytest.fixture
def store_0002(tmp_path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    store_at_0002(paths.database)
    return paths


def test_the_0002_store_used_here_holds_data_in_every_table(store_0002) -> None:
    before = dump(store_0002.database, old_tables(store_0002.database))
    assert migrate.inspect_store(store_0002.database).revision == "0002"
    assert not set(NEW_TABLES) & set(before)
    assert [table for table, found in before.items() if not found] == []


def test_a_0002_store_with_data_upgrades_and_keeps_every_row(store_0002) -> None:
    database = store_0002.database
    tables = old_tables(database)
    before = dump(database, tables)

    sessions, info = open_store(store_0002, FixedClock(dt.date(2026, 11, 29)))
    sessions.kw["bind"].dispose()

    assert info.from_revision == "0002" and info.backup is not None
    assert migrate.inspect_store(database).revision == migrate.HEAD_REVISION == "0003"
    assert dump(database, tables) == before
    assert set(NEW_TABLES) <= table_names(database)
    assert dump(database, NEW_TABLES) == {table: [] for table in NEW_TABLES}
    # The backup taken before the upgrade is the 0002 file, unchanged.
    assert migrate.inspect_store(info.backup).revision == "0002"
    assert dump(info.backup, tables) == before


# One good row per new table: the upgraded store takes them (and their ids start at 1).
GOOD_ROWS = {
    "custom_symptom": "INSERT INTO custom_symptom (key, name, in_check_in, created_at)"
    f" VALUES ('custom:itchy-scalp', 'Itchy scalp', 1, {NOW})",
    "side_effect": "INSERT INTO side_effect (course_id, reported_on, symptom, severity, note,"
    " red_flag, discussed_on, discussed_note, created_at, updated_at) VALUES (1,"
    f" '2026-11-28', 'dry-lips', 3, '', 0, NULL, '', {NOW}, {NOW})",
    "mood_screen": "INSERT INTO mood_screen (course_id, taken_on, instrument, answers, score,"
    f" discussed_on, discussed_note, created_at) VALUES (1, '2026-11-28', 'phq2', '3,3', 6,"
    f" NULL, '', {NOW})",
    "lab_result": "INSERT INTO lab_result (course_id, taken_on, analyte, value, unit, fasting,"
    " range_low, range_high, flag, note, created_at, updated_at) VALUES (1, '2026-11-28',"
    f" 'triglycerides', 180, 'mg/dL', 1, 0, 150, 'H', '', {NOW}, {NOW})",
    "acne_assessment": "INSERT INTO acne_assessment (course_id, assessed_on, grade, comedones,"
    " inflammatory, nodules, note, created_at, updated_at) VALUES (1, '2026-11-28', NULL,"
    f" NULL, NULL, 0, '', {NOW}, {NOW})",
    "progress_photo": "INSERT INTO progress_photo (course_id, taken_on, file_name,"
    f" original_name, note, created_at) VALUES (1, '2026-11-28', '1.jpg', 'a.jpg', '', {NOW})",
    "medicine": "INSERT INTO medicine (name, dose, started_on, stopped_on, note, created_at,"
    f" updated_at) VALUES ('Doxycycline', '', '2026-11-01', '2026-11-01', '', {NOW}, {NOW})",
    "question": "INSERT INTO question (text, added_on, asked_on, answer, answered_on,"
    f" created_at, updated_at) VALUES ('Can I wax?', '2026-11-28', '2026-11-29', 'No',"
    f" '2026-11-29', {NOW}, {NOW})",
}


def upgraded(paths: DataPaths) -> sqlite3.Connection:
    sessions, _ = open_store(paths, FixedClock(dt.date(2026, 11, 29)))
    sessions.kw["bind"].dispose()
    return sqlite3.connect(paths.database)


def test_every_new_table_takes_a_row(store_0002) -> None:
    connection = upgraded(store_0002)
    try:
        with connection:
            for statement in GOOD_ROWS.values():
                connection.execute(statement)
        for table in NEW_TABLES:
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (1,), table
        # AUTOINCREMENT ids (an undo re-inserting a removed record never takes a newer id):
        # every new table but custom_symptom (keyed by its text) counts in sqlite_sequence.
        sequences = dict(connection.execute("SELECT name, seq FROM sqlite_sequence"))
        assert {table: sequences.get(table) for table in NEW_TABLES} == {
            table: None if table == "custom_symptom" else 1 for table in NEW_TABLES
        }
    finally:
        connection.close()


def test_a_course_removed_later_leaves_its_reports_with_no_course(store_0002) -> None:
    connection = upgraded(store_0002)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        with connection:
            for statement in GOOD_ROWS.values():
                connection.execute(statement)
            connection.execute("DELETE FROM course")
        for table in ("side_effect", "mood_screen", "lab_result", "acne_assessment"):
            assert connection.execute(f"SELECT course_id FROM {table}").fetchall() == [(None,)]
        assert connection.execute("SELECT course_id FROM progress_photo").fetchall() == [(None,)]
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("table", "replace", "by"),
    [
        ("side_effect", "'dry-lips', 3,", "'dry-lips', 4,"),
        ("side_effect", "'dry-lips', 3,", "'dry-lips', -1,"),
        ("mood_screen", "'3,3', 6,", "'3,3,3', 9,"),  # PHQ-2 with three answers
        ("mood_screen", "'3,3', 6,", "'3,3', 7,"),  # a PHQ-2 total above 6
        ("mood_screen", "'phq2', '3,3', 6,", "'phq9', '3,3', 6,"),  # PHQ-9 with two answers
        ("mood_screen", "'phq2'", "'gad7'"),
        ("lab_result", "'H'", "'X'"),
        ("lab_result", "180,", "-1,"),
        ("lab_result", "0, 150,", "151, 150,"),  # a range upside down
        ("acne_assessment", "NULL, NULL, NULL, 0,", "NULL, NULL, NULL, NULL,"),  # nothing
        ("acne_assessment", "NULL, NULL, NULL, 0,", "5, NULL, NULL, NULL,"),
        ("acne_assessment", "NULL, NULL, NULL, 0,", "NULL, 1001, NULL, NULL,"),
        ("medicine", "'2026-11-01', '2026-11-01'", "'2026-11-01', '2026-10-31'"),
        ("question", "'2026-11-28', '2026-11-29', 'No'", "'2026-11-28', NULL, 'No'"),
    ],
)
def test_the_new_tables_refuse_values_out_of_range(store_0002, table, replace, by) -> None:
    statement = GOOD_ROWS[table]
    assert statement.count(replace) == 1
    connection = upgraded(store_0002)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            connection.execute(statement.replace(replace, by))
        assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("table", "second"),
    [
        (
            "side_effect",
            "INSERT INTO side_effect (course_id, reported_on, symptom, severity,"
            f" note, red_flag, discussed_note, created_at, updated_at) VALUES (NULL, '2026-11-28',"
            f" 'dry-lips', 1, '', 0, '', {NOW}, {NOW})",
        ),
        (
            "mood_screen",
            "INSERT INTO mood_screen (taken_on, instrument, answers, score,"
            f" discussed_note, created_at) VALUES ('2026-11-28', 'phq2', '0,0', 0, '', {NOW})",
        ),
        (
            "acne_assessment",
            "INSERT INTO acne_assessment (assessed_on, grade, note, created_at,"
            f" updated_at) VALUES ('2026-11-28', 1, '', {NOW}, {NOW})",
        ),
        (
            "progress_photo",
            "INSERT INTO progress_photo (taken_on, file_name, original_name,"
            f" note, created_at) VALUES ('2026-11-29', '1.jpg', '', '', {NOW})",
        ),
        (
            "custom_symptom",
            "INSERT INTO custom_symptom (key, name, in_check_in, created_at)"
            f" VALUES ('custom:itchy-scalp', 'Other', 1, {NOW})",
        ),
    ],
)
def test_the_new_tables_refuse_a_second_record_of_the_same_day_or_name(
    store_0002, table, second
) -> None:
    connection = upgraded(store_0002)
    try:
        with connection:
            connection.execute(GOOD_ROWS[table])
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed"):
            connection.execute(second)
    finally:
        connection.close()


@pytest.mark.slow
def test_the_upgrade_to_0003_killed_at_any_statement_leaves_0002_or_0003_with_the_data(
    tmp_path,
) -> None:
    """The real revision: a crash at any of its statements leaves the store at 0002 with
    every row (and none of 0003's tables), or at 0003 with every row; the next start
    carries on from either."""
    from tests.migrations.test_atomic import kill_at_every_statement

    source = tmp_path / "data"
    source.mkdir()
    store_at_0002(source / "isotrack.sqlite3")
    tables = old_tables(source / "isotrack.sqlite3")
    before = dump(source / "isotrack.sqlite3", tables)

    folders = kill_at_every_statement(source, tmp_path / "runs")

    seen = set()
    for n, folder in enumerate(folders, 1):
        database = DataPaths(folder).database
        revision = migrate.inspect_store(database, verify=True).revision
        seen.add(revision)
        assert revision in ("0002", "0003"), f"killed at statement {n}: left at {revision}"
        assert dump(database, tables) == before, f"statement {n}"
        names = table_names(database)
        if revision == "0002":
            assert not set(NEW_TABLES) & names, f"statement {n}: half of 0003"
        else:
            assert set(NEW_TABLES) <= names, f"statement {n}"
        # The next start upgrades it (again, if the kill came before the commit).
        sessions, info = open_store(DataPaths(folder), FixedClock(dt.date(2026, 11, 29)))
        sessions.kw["bind"].dispose()
        assert info.from_revision == revision, f"statement {n}"
        assert migrate.inspect_store(database).revision == "0003"
        assert dump(database, tables) == before, f"statement {n}"
        assert dump(database, NEW_TABLES) == {t: [] for t in NEW_TABLES}, f"statement {n}"
    assert "0002" in seen  # the kills inside the upgrade left the old revision
