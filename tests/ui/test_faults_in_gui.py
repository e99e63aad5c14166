"""A store fault during an action is "Not saved" in the store's own words, never "a bug"; a
real bug is logged with its traceback (and no health values) and shown in the crash dialog,
which offers the log; either way the store holds no half-written action."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event, select

from tests.conftest import COURSE_START, TODAY
from tracker.db import models
from tracker.domain.doselog import MAX_NOTE_LENGTH, DoseStatus
from tracker.errors import DiskFullError
from tracker.services.records import LogRequest
from tracker.ui.crash import FaultReporter, safe_traceback
from tracker.ui.msgbox import OPEN_LOG
from tracker.ui.widgets.course_calendar import to_qdate

NOTE = "private note 7f3a about my skin"
# A busy timeout of 0.2 s instead of 5 s keeps the lock test fast; the wait is SQLite's own.
SHORT_BUSY_MS = 200


@contextmanager
def reporting_faults(window, log_file: Path) -> Iterator[list[Path]]:
    """The app's excepthook over `window`, as run_gui installs it, for the test's body only
    (pytest-qt restores its own hook after the test; a fixture's hook would be replaced).
    Yields the files the crash dialog asked the desktop to open."""
    opened: list[Path] = []
    previous = FaultReporter(window, log_file, opened.append).install()
    try:
        yield opened
    finally:
        sys.excepthook = previous


def dose_rows(database: Path) -> list[tuple[str, int | None, str]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(
            "SELECT day, mg_taken, note FROM dose_entry ORDER BY day"
        ).fetchall()
    finally:
        connection.close()


@pytest.fixture
def read_box(answer_dialog):
    """Answer the next message box by reading it and pressing `button` (or closing it)."""

    def read(button: str | None = None) -> list[QMessageBox]:
        def respond(box: QMessageBox) -> None:
            if button is None:
                box.accept()
                return
            [wanted] = [b for b in box.buttons() if b.text() == button]
            wanted.click()

        return answer_dialog(QMessageBox, respond)

    return read


def reconnect_with(engine, setup) -> None:
    """New connections of the store's engine run `setup` after the app's own pragmas."""
    engine.dispose()
    event.listen(engine, "connect", lambda dbapi_connection, _record: setup(dbapi_connection))


# -- store faults: "Not saved" ---------------------------------------------------------------


def test_a_lock_held_by_another_program_is_not_saved_not_a_bug(
    window, sessions, data_paths, read_box, caplog
) -> None:
    reconnect_with(
        sessions.kw["bind"],
        lambda connection: connection.execute(f"PRAGMA busy_timeout = {SHORT_BUSY_MS}"),
    )
    other = sqlite3.connect(data_paths.database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing, for longer than we wait
    shown = read_box()
    today = window.today
    today.note.setText(NOTE)
    try:
        with reporting_faults(window, data_paths.log_file):
            today.log_button.click()
    finally:
        other.execute("ROLLBACK")
        other.close()

    [box] = shown
    assert box.windowTitle() == "Not saved"
    assert box.text().startswith("Another program is using your data (locked")
    assert "nothing was saved" in box.text()
    assert "bug" not in box.text().lower()
    assert box.detailedText() == ""  # no traceback for the patient to puzzle over
    assert dose_rows(data_paths.database) == []
    assert "<b>0 mg</b>" in today.cumulative.text()
    [record] = [r for r in caplog.records if r.name == "tracker.ui.crash"]
    assert record.levelno == logging.WARNING
    assert "locked" in record.getMessage() and "Traceback" not in caplog.text
    assert NOTE not in caplog.text


def test_a_full_disk_is_not_saved_not_a_bug(
    window, sessions, services, data_paths, read_box, caplog
) -> None:
    def no_more_pages(connection: sqlite3.Connection) -> None:
        # SQLite's own limit on the file's size gives the same SQLITE_FULL as a full disk.
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    reconnect_with(sessions.kw["bind"], no_more_pages)
    long_note = NOTE + " " + "x" * (MAX_NOTE_LENGTH - len(NOTE) - 1)
    # Earlier days with long notes, until the file cannot grow to hold one more.
    with pytest.raises(DiskFullError):
        for offset in range(50):
            day = COURSE_START + dt.timedelta(days=offset)
            services.dose_log.log_day(LogRequest(day, DoseStatus.TAKEN, note=long_note))
    before = dose_rows(data_paths.database)
    shown = read_box()
    today = window.today
    today.note.setText(long_note)
    with reporting_faults(window, data_paths.log_file):
        today.log_button.click()

    [box] = shown
    assert box.windowTitle() == "Not saved"
    assert box.text().startswith("The disk holding your data is full; nothing was saved")
    assert "Free some space" in box.text()
    assert "bug" not in box.text().lower()
    assert dose_rows(data_paths.database) == before
    assert TODAY.isoformat() not in [day for day, _mg, _note in before]
    assert [r.levelno for r in caplog.records if r.name == "tracker.ui.crash"] == [logging.WARNING]
    assert NOTE not in caplog.text


# -- bugs: the crash dialog --------------------------------------------------------------------


def add_failing_trigger(database: Path, after_rows: int) -> None:
    """A real constraint the code does not expect (as a bug would meet one): inserting a
    dose entry fails once the table holds `after_rows` rows, in the middle of an action."""
    connection = sqlite3.connect(database)
    try:
        connection.execute(
            "CREATE TRIGGER injected_fault BEFORE INSERT ON dose_entry "
            f"WHEN (SELECT count(*) FROM dose_entry) >= {after_rows} "
            "BEGIN SELECT RAISE(ABORT, 'injected fault'); END"
        )
        connection.commit()
    finally:
        connection.close()


def test_a_bug_shows_the_crash_dialog_logs_the_traceback_and_no_health_values(
    window, data_paths, read_box, caplog
) -> None:
    add_failing_trigger(data_paths.database, after_rows=0)
    shown = read_box(OPEN_LOG)
    today = window.today
    today.note.setText(NOTE)
    with reporting_faults(window, data_paths.log_file) as opened:
        today.log_button.click()

    [box] = shown
    assert box.windowTitle() == "Something went wrong"
    assert box.text().startswith("isotrack hit a bug.")
    assert "What you had saved before is safe" in box.text()
    # "Open the log" asked the desktop to open the log file (here: recorded, not opened).
    assert opened == [data_paths.log_file]
    [record] = [r for r in caplog.records if r.name == "tracker.ui.crash"]
    assert record.levelno == logging.ERROR
    logged = record.getMessage()
    assert "Traceback (most recent call last)" in logged
    assert "IntegrityError: injected fault" in logged
    assert "[SQL: INSERT INTO dose_entry" in logged  # the statement, without its values
    for text in (logged, box.detailedText()):
        assert NOTE not in text
        assert TODAY.isoformat() not in text
    assert dose_rows(data_paths.database) == []


def test_a_bug_in_the_middle_of_a_backlog_leaves_none_of_it_written(
    window, sessions, data_paths, read_box
) -> None:
    inserts: list[str] = []

    @event.listens_for(sessions.kw["bind"], "before_cursor_execute")
    def count(_conn, _cursor, statement, _params, _context, _many) -> None:
        if statement.startswith("INSERT INTO dose_entry"):
            inserts.append(statement)

    window.show_page("History")
    box = window.history.backlog
    box.first.setDate(to_qdate(dt.date(2026, 11, 18)))
    box.last.setDate(to_qdate(dt.date(2026, 11, 27)))
    add_failing_trigger(data_paths.database, after_rows=3)  # the 4th of 10 days fails
    shown = read_box()
    with reporting_faults(window, data_paths.log_file):
        box.fill.click()

    [dialog] = shown
    assert dialog.text().startswith("isotrack hit a bug.")
    assert [b.text() for b in dialog.buttons() if b.text() == OPEN_LOG] == [OPEN_LOG]
    # One transaction: the three days inserted before the failure were rolled back with it.
    assert len(inserts) == 4
    assert dose_rows(data_paths.database) == []
    window.history.refresh()
    assert "Filled in" not in window.history.feedback.text()


def test_a_second_failure_while_a_box_is_open_is_only_logged(
    window, data_paths, answer_dialog, caplog
) -> None:
    reporter = FaultReporter(window, data_paths.log_file, lambda path: None)
    boxes: list[QMessageBox] = []

    def fail_again(box: QMessageBox) -> None:
        boxes.append(box)
        reporter(RuntimeError, RuntimeError("second"), None)  # e.g. a timer failing again
        box.accept()

    answer_dialog(QMessageBox, fail_again)
    reporter(RuntimeError, RuntimeError("first"), None)

    assert len(boxes) == 1
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 2
    assert "RuntimeError: first" in errors[0] and "RuntimeError: second" in errors[1]


def test_the_safe_traceback_keeps_the_chain_and_drops_statement_values(sessions) -> None:
    engine = sessions.kw["bind"]
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as failed, engine.begin() as connection:
        connection.execute(
            text("INSERT INTO dose_entry (course_id, day, status) VALUES (:c, :d, :s)"),
            {"c": 999, "d": "1999-12-31", "s": "taken"},
        )
    details = safe_traceback(failed.value)
    assert "1999-12-31" not in details and "parameters left out" in details
    assert details.index("sqlite3.IntegrityError") < details.index("direct cause")
    assert details.rstrip().splitlines()[-1].startswith("[SQL: INSERT INTO dose_entry")
    # Without the rewriting, SQLAlchemy's own message would carry the values.
    assert "1999-12-31" in str(failed.value)
    with sessions() as session:
        assert session.scalars(select(models.DoseEntry)).all() == []
