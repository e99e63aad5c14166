"""The backups service on a real store: what the list shows, a copy taken now, and restores
that bring everything back, refuse what they cannot use, and leave nothing half done."""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import stamp_revision
from tests.db.test_backup import damage_page
from tracker.clock import FixedClock
from tracker.db import backup, migrate
from tracker.db.backup_policy import Retention
from tracker.db.base import Base
from tracker.db.store import open_store
from tracker.domain.doselog import DoseStatus
from tracker.domain.regimen import alternating_period, daily_period
from tracker.errors import (
    DamagedStoreError,
    ReadOnlyStoreError,
    StoreError,
    StoreLockedError,
    UserInputError,
)
from tracker.paths import DataPaths, make_private_file
from tracker.services.backups import BackupService
from tracker.services.container import build_services
from tracker.services.records import CourseEdit, CourseStart, ProfileInfo


@pytest.fixture
def backups(data_paths, clock, sessions) -> BackupService:
    return BackupService(data_paths, clock)


def dump(database: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in tables
        }
    finally:
        connection.close()


def fill_every_table(services, start_course, log_day) -> None:
    course = start_course(prescriber="Dr Tran")
    services.course.save_profile(
        ProfileInfo(name="Sam", date_of_birth=dt.date(2001, 5, 4), can_become_pregnant=False)
    )
    services.course.set_dose_period(daily_period(dt.date(2026, 10, 20), 60, capsules_mg=(40, 20)))
    services.course.set_dose_period(alternating_period(dt.date(2026, 11, 10), [40, 80]))
    for offset in range(40):
        day = course.started_on + dt.timedelta(days=offset)
        log_day(day, note=f"day {offset}", with_food=offset % 2 == 0)
    log_day(dt.date(2026, 11, 12), DoseStatus.MISSED)
    services.weights.record(dt.date(2026, 10, 15), 69.5)
    services.weights.record(dt.date(2026, 11, 15), 68.0)
    fill_later_tables(services)


def write_rows(services, *statements: str) -> None:
    """Rows of the tables of revision 0002 (appointments, tests, reminders), written as
    plain SQL so that this test needs no service of theirs."""
    with services.course._sessions.begin() as session:
        for statement in statements:
            session.execute(text(statement))


def fill_later_tables(services) -> None:
    now = "'2026-11-20 09:00:00'"
    write_rows(
        services,
        "INSERT INTO appointment (course_id, kind, starts_at, title, place, note, outcome,"
        f" status, created_at, updated_at) VALUES (1, 'visit', '2026-12-01 10:00:00',"
        f" 'Dermatology', 'Clinic', '', '', 'planned', {now}, {now})",
        "INSERT INTO pregnancy_test (course_id, taken_on, kind, setting, result, note,"
        " prescriber_response, created_at, updated_at) VALUES (1, '2026-11-18', 'monthly',"
        f" 'clinic', 'negative', '', '', {now}, {now})",
        "INSERT INTO contraception (role, method, description, started_on, created_at)"
        f" VALUES ('primary', 'iud-copper', '', '2026-08-01', {now})",
        "INSERT INTO setting (key, value, updated_at)"
        f" VALUES ('reminders.dose_times', '[\"08:00\"]', {now})",
        "INSERT INTO reminder_state (key, dismissed_at, updated_at)"
        f" VALUES ('dose:2026-11-19:0', {now}, {now})",
    )
    # The tables of revision 0003 (side effects, mood, labs, acne, photos, medicines,
    # questions), as plain SQL too: the test needs none of their services.
    write_rows(
        services,
        "INSERT INTO custom_symptom (key, name, in_check_in, created_at)"
        f" VALUES ('custom:itchy-scalp', 'Itchy scalp', 1, {now})",
        "INSERT INTO side_effect (course_id, reported_on, symptom, severity, note, red_flag,"
        " discussed_on, discussed_note, created_at, updated_at) VALUES (1, '2026-11-19',"
        f" 'dry-lips', 2, 'cracked', 0, NULL, '', {now}, {now})",
        "INSERT INTO mood_screen (course_id, taken_on, instrument, answers, score,"
        " discussed_on, discussed_note, created_at) VALUES (1, '2026-11-19', 'phq2', '1,0',"
        f" 1, NULL, '', {now})",
        "INSERT INTO lab_result (course_id, taken_on, analyte, value, unit, fasting,"
        " range_low, range_high, flag, note, created_at, updated_at) VALUES (1, '2026-11-18',"
        f" 'triglycerides', 150, 'mg/dL', 1, 0, 150, '', '', {now}, {now})",
        "INSERT INTO acne_assessment (course_id, assessed_on, grade, comedones, inflammatory,"
        " nodules, note, created_at, updated_at) VALUES (1, '2026-11-19', 3, 20, 12, 4, '',"
        f" {now}, {now})",
        "INSERT INTO progress_photo (course_id, taken_on, file_name, original_name, note,"
        f" created_at) VALUES (1, '2026-11-19', '1.jpg', 'IMG_0001.JPG', '', {now})",
        "INSERT INTO medicine (name, dose, started_on, stopped_on, note, created_at,"
        f" updated_at) VALUES ('Ibuprofen', '200 mg', '2026-11-01', NULL, '', {now}, {now})",
        "INSERT INTO question (text, added_on, asked_on, answer, answered_on, created_at,"
        f" updated_at) VALUES ('Can I wax?', '2026-11-19', NULL, '', NULL, {now}, {now})",
    )


def change_every_table(services, log_day) -> None:
    services.course.save_profile(ProfileInfo(name="Someone else"))
    services.course.update_course(CourseEdit(prescriber="Dr Other", planned_weeks=30))
    services.course.remove_dose_period(dt.date(2026, 11, 10))
    services.course.set_dose_period(daily_period(dt.date(2026, 11, 20), 20))
    services.dose_log.clear_day(dt.date(2026, 10, 1))
    log_day(dt.date(2026, 10, 2), DoseStatus.SKIPPED)
    log_day(dt.date(2026, 11, 25), mg_taken=60)
    services.weights.remove(dt.date(2026, 10, 15))
    services.weights.record(dt.date(2026, 11, 27), 66.0)
    write_rows(
        services,
        "UPDATE appointment SET status = 'done', outcome = 'dose raised to 60 mg'",
        # A new row moves sqlite_sequence on (the tables of 0002 never reuse an id).
        "INSERT INTO appointment (course_id, kind, starts_at, title, place, note, outcome,"
        " status, created_at, updated_at) VALUES (1, 'lab', '2026-12-20 08:00:00', '', '', '',"
        " '', 'planned', '2026-11-21 09:00:00', '2026-11-21 09:00:00')",
        "UPDATE pregnancy_test SET picked_up_on = '2026-11-20'",
        "UPDATE contraception SET stopped_on = '2026-11-01'",
        "UPDATE setting SET value = '[\"09:00\"]'",
        "UPDATE reminder_state SET snoozed_until = '2026-11-19 10:00:00'",
        "UPDATE custom_symptom SET in_check_in = 0",
        "UPDATE side_effect SET severity = 0",
        "UPDATE mood_screen SET discussed_on = '2026-11-21'",
        "UPDATE lab_result SET flag = 'H'",
        "UPDATE acne_assessment SET grade = 2",
        "UPDATE progress_photo SET note = 'left cheek'",
        "UPDATE medicine SET stopped_on = '2026-11-20'",
        "UPDATE question SET asked_on = '2026-11-21', answer = 'No', answered_on = '2026-11-21'",
        # New rows move sqlite_sequence on for the tables of 0003 too.
        "INSERT INTO side_effect (course_id, reported_on, symptom, severity, note, red_flag,"
        " discussed_on, discussed_note, created_at, updated_at) VALUES (1, '2026-11-21',"
        " 'nosebleeds', 1, '', 0, NULL, '', '2026-11-21 09:00:00', '2026-11-21 09:00:00')",
        "INSERT INTO mood_screen (course_id, taken_on, instrument, answers, score,"
        " discussed_on, discussed_note, created_at) VALUES (1, '2026-11-21', 'phq9',"
        " '0,0,0,0,0,0,0,0,0', 0, NULL, '', '2026-11-21 09:00:00')",
        "INSERT INTO lab_result (course_id, taken_on, analyte, value, unit, fasting,"
        " range_low, range_high, flag, note, created_at, updated_at) VALUES (1, '2026-11-21',"
        " 'alt', 30, 'U/L', NULL, NULL, NULL, '', '', '2026-11-21 09:00:00',"
        " '2026-11-21 09:00:00')",
        "INSERT INTO acne_assessment (course_id, assessed_on, grade, comedones, inflammatory,"
        " nodules, note, created_at, updated_at) VALUES (1, '2026-11-21', NULL, NULL, NULL, 2,"
        " '', '2026-11-21 09:00:00', '2026-11-21 09:00:00')",
        "INSERT INTO progress_photo (course_id, taken_on, file_name, original_name, note,"
        " created_at) VALUES (1, '2026-11-21', '2.jpg', '', '', '2026-11-21 09:00:00')",
        "INSERT INTO medicine (name, dose, started_on, stopped_on, note, created_at,"
        " updated_at) VALUES ('Vitamin D', '', NULL, NULL, '', '2026-11-21 09:00:00',"
        " '2026-11-21 09:00:00')",
        "INSERT INTO question (text, added_on, asked_on, answer, answered_on, created_at,"
        " updated_at) VALUES ('Sunscreen?', '2026-11-21', NULL, '', NULL,"
        " '2026-11-21 09:00:00', '2026-11-21 09:00:00')",
    )


# -- the list ------------------------------------------------------------------------------


def test_the_list_shows_date_size_reason_and_counts(
    backups, services, start_course, log_day
) -> None:
    course = start_course()
    for offset in range(5):
        log_day(course.started_on + dt.timedelta(days=offset))
    services.weights.record(dt.date(2026, 11, 1), 69.0)

    made = backups.create()
    [listed] = backups.list()

    assert listed == made
    assert listed.reason == "manual"
    assert listed.created == backup.local_time(services.clock.now_utc())
    assert listed.size_bytes == (backups.folder() / listed.id).stat().st_size > 0
    assert (listed.dose_entries, listed.weights, listed.courses) == (5, 2, 1)
    assert listed.revision == migrate.HEAD_REVISION


def test_an_unreadable_copy_is_listed_without_counts(backups, start_course) -> None:
    start_course()
    made = backups.create()
    (backups.folder() / made.id).write_bytes(b"not a database" * 100)
    [listed] = backups.list()
    assert listed.dose_entries is None and not listed.readable


# -- restore -------------------------------------------------------------------------------


def test_a_restore_round_trip_brings_back_every_table_and_the_settings(
    data_paths, backups, services, start_course, log_day, tmp_path
) -> None:
    fill_every_table(services, start_course, log_day)
    backups.move(tmp_path / "synced")  # the backup-location setting, kept beside the store
    before = dump(data_paths.database)
    assert set(Base.metadata.tables) | {"alembic_version", "sqlite_sequence"} == set(before)
    assert [table for table in before if not before[table]] == [], "every table holds rows"
    copy = backups.create()
    change_every_table(services, log_day)
    changed = dump(data_paths.database)
    unchanged = [t for t in before if t != "alembic_version" and changed[t] == before[t]]
    assert unchanged == [], "every table changed"

    outcome = backups.restore(copy.id)

    assert dump(data_paths.database) == before
    assert backups.folder() == tmp_path / "synced"
    assert outcome.safety_copy is not None
    assert dump(tmp_path / "synced" / outcome.safety_copy) == changed
    # The app's open engine sees the restored data at once.
    assert services.course.profile() == ProfileInfo("Sam", dt.date(2001, 5, 4), False)
    assert [w.kg for w in services.weights.history()] == [70.0, 69.5, 68.0]


def test_a_restore_keeps_the_store_private_and_in_wal_mode(
    data_paths, backups, services, start_course
) -> None:
    start_course()
    copy = backups.create()
    backups.restore(copy.id)
    assert data_paths.database.stat().st_mode & 0o777 == 0o600
    connection = sqlite3.connect(data_paths.database)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()


@pytest.mark.parametrize("backup_id", ["nope.sqlite3", "../isotrack.sqlite3", "/etc/passwd"])
def test_an_unknown_copy_is_refused(data_paths, backups, start_course, backup_id) -> None:
    start_course()
    before = dump(data_paths.database)
    with pytest.raises(UserInputError, match="there is no backup named"):
        backups.restore(backup_id)
    assert dump(data_paths.database) == before
    assert backups.list() == []


def test_a_copy_from_a_newer_version_is_refused_and_nothing_is_written(
    data_paths, backups, start_course, log_day
) -> None:
    start_course()
    copy = backups.create()
    stamp_revision(backups.folder() / copy.id, "9999")
    log_day(dt.date(2026, 11, 1))
    before = dump(data_paths.database)

    with pytest.raises(UserInputError) as refused:
        backups.restore(copy.id)

    assert "newer version of isotrack (schema 9999)" in str(refused.value)
    assert "Your data was left as it is" in str(refused.value)
    assert dump(data_paths.database) == before
    assert [info.reason for info in backups.list()] == ["manual"]  # no before-restore copy


def test_a_damaged_copy_is_refused_and_nothing_is_written(
    data_paths, backups, start_course, log_day
) -> None:
    start_course()
    copy = backups.create()
    damage_page(backups.folder() / copy.id, "dose_period")
    log_day(dt.date(2026, 11, 1))
    before = dump(data_paths.database)

    with pytest.raises(StoreError, match=f"the backup {copy.id} is damaged"):
        backups.restore(copy.id)

    assert dump(data_paths.database) == before
    assert len(backups.list()) == 1


def test_a_locked_store_is_left_as_it_was(
    data_paths, backups, start_course, log_day, monkeypatch
) -> None:
    start_course()
    copy = backups.create()
    log_day(dt.date(2026, 11, 1))
    before = dump(data_paths.database)
    monkeypatch.setattr(backup, "BUSY_TIMEOUT_S", 0.2)  # not the patient's 5 s wait
    other = sqlite3.connect(data_paths.database, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        with pytest.raises(StoreLockedError):
            backups.restore(copy.id)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert dump(data_paths.database) == before


def test_a_damaged_store_is_kept_aside_and_the_copy_put_in_its_place(
    data_paths, clock, sessions, start_course, log_day, caplog
) -> None:
    start_course()
    log_day(dt.date(2026, 11, 1))
    service = BackupService(data_paths, clock)
    copy = service.create()
    expected = dump(data_paths.database)
    sessions.kw["bind"].dispose()  # the app could not open it: nothing holds it open
    damage_page(data_paths.database, "dose_entry")
    damaged_bytes = data_paths.database.read_bytes()
    with pytest.raises(DamagedStoreError):
        open_store(data_paths, clock)

    with caplog.at_level("WARNING", logger="tracker.services.backups"):
        outcome = service.restore(copy.id)

    assert outcome.safety_copy is None
    assert outcome.damaged_kept is not None
    # The log names the file kept aside, for whoever helps the patient later.
    assert f"kept the damaged store as {outcome.damaged_kept.name}" in caplog.messages
    assert outcome.damaged_kept.read_bytes() == damaged_bytes
    assert outcome.damaged_kept.parent == data_paths.root
    assert dump(data_paths.database) == expected
    reopened, _ = open_store(data_paths, clock)
    try:
        assert len(build_services(reopened, clock).weights.history()) == 1
    finally:
        reopened.kw["bind"].dispose()


def test_a_copy_can_be_restored_where_there_is_no_store(data_paths, clock, tmp_path) -> None:
    # A new computer: the data folder is empty, the copies are on a synced folder.
    paths = data_paths
    sessions, _ = open_store(paths, clock)
    build_services(sessions, clock).course.start_course(
        CourseStart(
            started_on=dt.date(2026, 10, 1),
            weight_kg=70,
            first_period=daily_period(dt.date(2026, 10, 1), 40),
        )
    )
    sessions.kw["bind"].dispose()
    service = BackupService(paths, clock)
    copy = service.create()
    expected = dump(paths.database)
    for name in ("isotrack.sqlite3", "isotrack.sqlite3-wal", "isotrack.sqlite3-shm"):
        (paths.root / name).unlink(missing_ok=True)

    outcome = service.restore(copy.id)

    assert outcome.safety_copy is None and outcome.damaged_kept is None
    assert dump(paths.database) == expected
    assert paths.database.stat().st_mode & 0o777 == 0o600
    assert not [p for p in paths.root.iterdir() if p.name.endswith(".partial")]


def test_restoring_rotates_but_keeps_the_copy_taken_before_it(
    backups, start_course, data_paths
) -> None:
    start_course()
    copy = backups.create()
    outcome = backups.restore(copy.id)
    reasons = sorted(info.reason for info in backups.list())
    assert reasons == ["before-restore", "manual"]
    assert outcome.safety_copy in {info.id for info in backups.list()}


# -- a restore killed at any moment --------------------------------------------------------

RESTORE_CHILD = """
import datetime as dt, sys
from pathlib import Path
from tracker.clock import FixedClock
from tracker.paths import DataPaths
from tracker.services.backups import BackupService
service = BackupService(DataPaths(Path(sys.argv[1])), FixedClock(dt.date(2026, 11, 28)))
print("ready", flush=True)
sys.stdin.readline()
service.restore(sys.argv[2])
print("done", flush=True)
"""


def grow(database: Path, note: str) -> None:
    """Thousands of entries with long notes, so that a restore takes long enough to be
    killed in the middle of it."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute("DELETE FROM dose_entry")
            connection.executemany(
                "INSERT INTO dose_entry (course_id, day, status, mg_taken, note, recorded_at)"
                " VALUES (1, ?, 'taken', 40, ?, '2026-11-28 12:00:00')",
                [
                    ((dt.date(2000, 1, 1) + dt.timedelta(days=n)).isoformat(), note * 180)
                    for n in range(6000)
                ],
            )
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


@pytest.mark.slow
def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_new_data(
    data_paths, clock, sessions, start_course, tmp_path
) -> None:
    start_course()
    sessions.kw["bind"].dispose()
    grow(data_paths.database, "old ")
    service = BackupService(data_paths, clock)
    copy = service.create()
    old = dump(data_paths.database)
    grow(data_paths.database, "new ")
    new = dump(data_paths.database)
    # How long a whole restore takes here, to spread the kills over it.
    rehearsal = tmp_path / "rehearsal"
    shutil.copytree(data_paths.root, rehearsal)
    started = time.perf_counter()
    BackupService(DataPaths(rehearsal), clock).restore(copy.id)
    duration = time.perf_counter() - started

    seen = []
    for step in range(8):
        folder = tmp_path / f"run-{step}"
        shutil.copytree(data_paths.root, folder)
        with subprocess.Popen(
            [sys.executable, "-c", RESTORE_CHILD, str(folder), copy.id],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            try:
                assert child.stdout is not None and child.stdin is not None
                assert child.stdout.readline() == "ready\n"
                child.stdin.write("go\n")
                child.stdin.flush()
                time.sleep(duration * step / 6)
            finally:
                child.send_signal(signal.SIGKILL)
                child.wait(timeout=30)
        state = dump(folder / "isotrack.sqlite3")  # recovers the journal as the app would
        assert state in (old, new), f"killed after {step}/6 of a restore: neither old nor new"
        connection = sqlite3.connect(folder / "isotrack.sqlite3")
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()
        seen.append("restored" if state == old else "as before")
    assert seen[0] == "as before"  # killed at once: the store was never touched


# -- the day's copy, one copy by name, and an older schema ----------------------------------


def test_the_days_copy_is_taken_once_a_day(backups, start_course) -> None:
    start_course()
    daily = backups.routine()
    assert daily is not None and daily.reason == "daily"
    assert (daily.courses, daily.weights, daily.dose_entries) == (1, 1, 0)
    assert backups.routine() is None
    assert [c.id for c in backups.list()] == [daily.id]
    assert backups.get(daily.id) == daily
    with pytest.raises(UserInputError) as refused:
        backups.get("nope")
    assert str(refused.value) == (
        f"there is no backup named 'nope' in {backups.folder()}; `isotrack backup list` shows "
        "the copies there are"
    )


def test_no_days_copy_without_a_store(tmp_path, clock) -> None:
    assert BackupService(DataPaths(tmp_path / "empty"), clock).routine() is None


def test_a_plain_restore_upgrades_nothing_and_says_so_in_the_log(
    backups, start_course, caplog
) -> None:
    start_course()
    copy = backups.create()
    with caplog.at_level("INFO", logger="tracker.services.backups"):
        outcome = backups.restore(copy.id)
    assert (outcome.upgraded_from, outcome.damaged_kept) == (None, None)
    assert outcome.restored == copy
    assert f"restored the store from {copy.id}" in caplog.messages


def test_refusals_of_a_copy_say_exactly_why(data_paths, backups, start_course) -> None:
    start_course()
    newer = backups.create()
    stamp_revision(backups.folder() / newer.id, "9999")
    with pytest.raises(UserInputError) as refused:
        backups.restore(newer.id)
    assert str(refused.value) == (
        f"the backup {newer.id} was written by a newer version of isotrack (schema 9999); this "
        "version cannot restore it. Your data was left as it is; install the newer version to "
        "restore that copy."
    )
    versionless = backups.create("before-import")
    with sqlite3.connect(backups.folder() / versionless.id) as connection:
        connection.execute("DROP TABLE alembic_version")
    connection.close()
    with pytest.raises(UserInputError) as refused:
        backups.restore(versionless.id)
    assert str(refused.value) == (
        f"{versionless.id} is not an isotrack backup (it has no schema version); your data was "
        "left as it is"
    )


def test_a_damaged_copy_is_named_with_what_is_wrong(backups, start_course) -> None:
    start_course()
    copy = backups.create()
    damage_page(backups.folder() / copy.id, "dose_period")
    with pytest.raises(StoreError) as refused:
        backups.restore(copy.id)
    message = str(refused.value)
    assert message.startswith(f"the backup {copy.id} is damaged (")
    assert message.endswith("); your data was left as it is. Choose another copy.")
    assert "XX" not in message


def test_a_copy_with_an_empty_version_table_is_listed_as_unreadable(backups, start_course) -> None:
    start_course()
    copy = backups.create()
    with sqlite3.connect(backups.folder() / copy.id) as connection:
        connection.execute("DELETE FROM alembic_version")
    connection.close()
    [listed] = backups.list()
    assert listed.revision is None and not listed.readable
    assert listed.courses == 1


def test_an_unreadable_copy_is_named_in_the_log(backups, start_course, caplog) -> None:
    start_course()
    made = backups.create()
    (backups.folder() / made.id).write_bytes(b"not a database" * 100)
    with caplog.at_level("WARNING", logger="tracker.services.backups"):
        backups.list()
    assert any(
        message.startswith(f"could not read the backup {made.id}: ") and "database" in message
        for message in caplog.messages
    ), caplog.messages


def test_a_restore_over_another_programs_database_is_refused(
    data_paths, backups, start_course, sessions
) -> None:
    from tracker.errors import ForeignDatabaseError

    start_course()
    copy = backups.create()
    sessions.kw["bind"].dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{data_paths.database}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("CREATE TABLE notes (text)")
    connection.close()
    with pytest.raises(ForeignDatabaseError) as refused:
        backups.restore(copy.id)
    assert str(refused.value).startswith(f"{data_paths.database} is not an isotrack database")


# -- retention: the rules the service was given, with a clock that moves across days --------

# Two calendar days of copies, nothing weekly or monthly, no grace for copies taken on purpose:
# far stricter than the default (7 days, 4 weeks, 6 months, 30 days), so a rotation that
# fell back on the default would keep copies these rules delete.
STRICT = Retention(daily=2, weekly=0, monthly=0, explicit_days=0)


def listed(service: BackupService) -> list[tuple[str, dt.date]]:
    return [(info.reason, info.created.date()) for info in service.list()]


def test_copies_taken_on_demand_are_rotated_by_the_services_rules(
    data_paths, clock, start_course
) -> None:
    start_course()
    service = BackupService(data_paths, clock, STRICT)
    days = [dt.date(2026, 11, 23) + dt.timedelta(days=n) for n in range(5)]
    for day in days:
        clock.move_to(day)
        service.create()
    # Two days of copies: the one just taken (today's) and the day before it that has one.
    assert listed(service) == [("manual", days[4]), ("manual", days[3])]


def test_the_days_copies_are_rotated_by_the_services_rules(data_paths, clock, start_course) -> None:
    start_course()
    service = BackupService(data_paths, clock, STRICT)
    days = [dt.date(2026, 11, 23) + dt.timedelta(days=n) for n in range(5)]
    for day in days:
        clock.move_to(day)
        assert service.routine() is not None
    # Two days of copies: the one just taken (today's) and the day before it that has one.
    assert listed(service) == [("daily", days[4]), ("daily", days[3])]


class SubSecondClock(FixedClock):
    """A stopped clock that, like the computer's, is half a second past the full second."""

    def now_utc(self) -> dt.datetime:
        return super().now_utc().replace(microsecond=500_000)


def test_the_rotation_after_a_restore_follows_the_rules_and_keeps_the_copy_taken_before_it(
    data_paths, sessions, start_course
) -> None:
    start_course()
    clock = SubSecondClock(dt.date(2026, 11, 27))
    taken_with_defaults = BackupService(data_paths, clock)
    chosen = taken_with_defaults.create()
    # A copy dated tomorrow (the computer's clock was ahead then): the newest copy, and the
    # only one the strict rules keep for a day.
    clock.move_to(dt.date(2026, 11, 29))
    assert taken_with_defaults.routine() is not None
    clock.move_to(dt.date(2026, 11, 28))
    assert len(taken_with_defaults.list()) == 2
    # One day of copies, and no grace for copies taken on purpose.
    strict_now = BackupService(
        data_paths, clock, Retention(daily=1, weekly=0, monthly=0, explicit_days=0)
    )

    outcome = strict_now.restore(chosen.id)

    # The chosen copy goes (the rules keep no copy of the 27th); the copy of the data as it
    # was just before the restore stays, though no rule keeps it: it is the way back.
    assert listed(strict_now) == [
        ("daily", dt.date(2026, 11, 29)),
        ("before-restore", dt.date(2026, 11, 28)),
    ]
    assert outcome.safety_copy == strict_now.list()[1].id


# -- a restore that fails part-way, or whose result is damaged -------------------------------


def damage_an_index(copy: Path) -> None:
    """An index that does not match its table (a common form of damage): every entry of
    `dose_entry` is missing from it, each a problem of its own for `integrity_check`."""
    connection = sqlite3.connect(copy)
    try:
        connection.execute("CREATE INDEX damaged_index ON dose_entry (note)")
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX damaged_index ON dose_entry (day)'"
            " WHERE name = 'damaged_index'"
        )
        connection.commit()
    finally:
        connection.close()


def test_a_copy_with_several_problems_names_each_of_them(
    data_paths, backups, start_course, log_day
) -> None:
    start_course()
    for day in (dt.date(2026, 11, 1), dt.date(2026, 11, 2)):
        log_day(day)
    copy = backups.create()
    damage_an_index(backups.folder() / copy.id)
    before = dump(data_paths.database)

    with pytest.raises(StoreError) as refused:
        backups.restore(copy.id)

    assert str(refused.value) == (
        f"the backup {copy.id} is damaged (row 1 missing from index damaged_index; "
        "row 2 missing from index damaged_index); your data was left as it is. "
        "Choose another copy."
    )
    assert dump(data_paths.database) == before


def test_a_read_only_data_folder_is_named_and_nothing_is_left_behind(
    data_paths, backups, sessions, start_course, monkeypatch
) -> None:
    # A new computer whose data folder is on read-only media: the copy cannot be put there.
    start_course()
    copy = backups.create()
    sessions.kw["bind"].dispose()
    for name in ("isotrack.sqlite3", "isotrack.sqlite3-wal", "isotrack.sqlite3-shm"):
        (data_paths.root / name).unlink(missing_ok=True)

    def read_only_media(path: Path) -> bool:
        if path.parent == data_paths.root:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return make_private_file(path)

    monkeypatch.setattr(backup, "make_private_file", read_only_media)

    with pytest.raises(StoreError) as refused:
        backups.restore(copy.id)

    assert type(refused.value) is ReadOnlyStoreError
    assert str(refused.value) == (
        f"your data folder {data_paths.root} is read-only: you can look at your data but "
        "changes cannot be saved; nothing was saved, and what you saved before is unchanged. "
        "To make changes, make the folder writable or copy it somewhere you can write to "
        "(--data-dir)."
    )
    assert sorted(p.name for p in data_paths.root.iterdir()) == ["backups"]
    assert [info.id for info in backups.list()] == [copy.id]


def test_a_restore_whose_result_fails_its_check_says_the_store_is_damaged(
    data_paths, backups, sessions, start_course, log_day, monkeypatch
) -> None:
    # A disk that corrupts what is written: the copy was whole, the store as restored is not.
    start_course()
    log_day(dt.date(2026, 11, 1))
    copy = backups.create()
    sessions.kw["bind"].dispose()
    real_replace_content = backup.replace_content

    def replace_then_corrupt(database: Path, source: Path) -> None:
        real_replace_content(database, source)
        damage_page(database, "dose_entry")

    monkeypatch.setattr(backup, "replace_content", replace_then_corrupt)

    with pytest.raises(DamagedStoreError) as refused:
        backups.restore(copy.id)

    message = str(refused.value)
    assert message.startswith(f"your data file {data_paths.database} is damaged ("), message
    # The copy of the data as it was before the restore is there to go back to, and the
    # message names it rather than saying there is no backup.
    assert sorted(info.reason for info in backups.list()) == ["before-restore", "manual"]
    [safety] = [info.id for info in backups.list() if info.reason == "before-restore"]
    assert f"The newest backup is {backups.folder() / safety} " in message, message


# -- a copy that vanishes while the list is read ---------------------------------------------


def test_a_copy_deleted_while_the_list_is_read_is_listed_as_empty_and_unreadable(
    backups, clock, start_course, monkeypatch
) -> None:
    start_course()
    kept = backups.create()
    clock.move_to(dt.date(2026, 11, 29))
    vanishing = backups.create()
    real_list_copies = backup.list_copies

    def list_then_lose_one(folder: Path) -> list[backup.BackupCopy]:
        copies = real_list_copies(folder)
        (folder / vanishing.id).unlink()  # e.g. another isotrack window rotated it away
        return copies

    monkeypatch.setattr(backup, "list_copies", list_then_lose_one)

    [gone, still_there] = backups.list()

    assert still_there == kept
    assert (gone.id, gone.size_bytes, gone.revision, gone.readable) == (
        vanishing.id,
        0,
        None,
        False,
    )
    assert (gone.dose_entries, gone.weights, gone.courses) == (None, None, None)


def test_a_copy_of_the_older_schema_is_upgraded_as_it_is_restored(
    data_paths, backups, services, start_course, log_day, tmp_path
) -> None:
    """A copy made by the previous version (revision 0001) comes back at today's schema: its
    rows whole, the columns and tables of 0002 added, the live store never at the old one."""
    from tests.migrations.test_0002_appointments import store_at_0001

    course = start_course()
    log_day(course.started_on, note="today's data")
    backups.create()  # makes the folder, like any day's first start
    older = backups.folder() / "isotrack-2026-09-03T080000-manual.sqlite3"
    store_at_0001(older)
    [listed] = [c for c in backups.list() if c.id == older.name]
    assert listed.revision == "0001"

    outcome = backups.restore(older.name)

    assert outcome.upgraded_from == "0001" and outcome.safety_copy is not None
    assert migrate.inspect_store(data_paths.database).revision == migrate.HEAD_REVISION
    restored = dump(data_paths.database)
    assert [(row[2], row[3], row[6]) for row in restored["dose_entry"]] == [
        ("2026-09-01", "taken", "08:15:00.000000"),
        ("2026-09-02", "missed", None),
    ]
    assert [row[1] for row in restored["profile"]] == ["Ana <b>x</b>"]
    assert [row[5] for row in restored["profile"]] == ["us"]  # the rule set 0002 added
    assert [row[0] for row in restored["setting"]] == ["store.identity"]
    # The copy in the folder is left as it was made: still the old schema.
    assert migrate.inspect_store(older).revision == "0001"
    # What the app shows is the copy's course.
    assert services.course.current_course().product == "Absorica"
