"""Start-up as run_gui does it: frame, read-only preview, then the open store."""

import gc

from tests.conftest import TODAY, stamp_revision
from tracker.services.preview import preview_status
from tracker.ui.main_window import MainWindow

# Every page of a patient who cannot become pregnant (the fixtures' profile).
PAGES = [
    "Today",
    "History",
    "Regimen and weight",
    "Appointments",
    "Side effects and mood",
    "Labs",
    "Skin progress",
    "Medicines and questions",
]


def page_titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_preview_then_attach(
    qtbot, settings, controller, data_paths, start_course, log_day, sessions
) -> None:
    course = start_course()
    log_day(course.started_on)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.opening is not None and window.opening.text() == "Opening your data…"

    status = preview_status(data_paths.database, TODAY)
    assert status is not None
    window.show_preview(status)
    today = window.today
    assert "<b>40 mg</b> = <b>0.6 mg/kg</b>" in today.cumulative.text()
    assert today.heading.text() == "Sat 28 Nov 2026: day 59 of ~140"
    assert not today.log_button.isEnabled()
    assert today.feedback.text() == "Opening your data…"
    assert not window.log_action.isEnabled()

    window.attach(controller)
    assert page_titles(window) == PAGES and window.current_page_title() == "Today"
    assert today.log_button.isEnabled() and today.feedback.text() == ""
    today.log_button.click()
    assert "<b>80 mg</b>" in today.cumulative.text()


def test_start_up_refuses_a_newer_store_with_a_message_and_exit_3(
    qtbot, settings, data_paths, clock, start_course, sessions, answer_dialog
) -> None:

    from PySide6.QtWidgets import QMessageBox

    from tracker.app import StartUp

    start_course()
    sessions.kw["bind"].dispose()
    stamp_revision(data_paths.database, "9999_newer")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    exits: list[int] = []
    texts: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    answer_dialog(QMessageBox, read_and_close)
    StartUp(window, data_paths, clock, exits.append).open_store()
    assert texts and "newer version" in texts[0]
    assert exits == [3]


def test_start_up_runs_once_and_ends_with_the_pages(
    qtbot, settings, data_paths, clock, start_course
) -> None:
    from tracker.app import StartUp

    start_course()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    start_up = StartUp(window, data_paths, clock, lambda status: None)
    gc.unfreeze()
    try:
        with qtbot.waitSignal(window.pages_attached, timeout=5000):
            start_up.begin()
            start_up.begin()  # the grace timer firing too changes nothing
        assert page_titles(window) == PAGES
        assert "<b>0 mg</b>" in window.today.cumulative.text()
        # Start-up's objects are out of the garbage collector's full scans (app.py says why).
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()


def test_a_damaged_store_at_start_offers_the_newest_backup(
    qtbot, settings, data_paths, clock, start_course, log_day, sessions, answer_dialog
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tracker.app import StartUp
    from tracker.services.backups import BackupService

    course = start_course()
    log_day(course.started_on, note="in the copy")
    BackupService(data_paths, clock).create()
    sessions.kw["bind"].dispose()
    data_paths.database.write_bytes(b"not a database " * 1000)  # damaged beyond reading
    window = MainWindow(settings)
    qtbot.addWidget(window)
    questions: list[str] = []

    def restore(box: QMessageBox) -> None:
        questions.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == "Restore this copy"]
        button.click()

    answer_dialog(QMessageBox, restore)
    exits: list[int] = []
    start_up = StartUp(window, data_paths, clock, exits.append)
    start_up.open_store()
    assert questions and "Restore the copy of" in questions[0]
    assert exits == [] and start_up.gui is not None
    rows = start_up.gui.services.dose_log.day_rows()
    assert [r.entry.note for r in rows if r.entry is not None] == ["in the copy"]
    # The damaged file is kept beside the restored store.
    assert [p.name for p in data_paths.root.iterdir() if ".damaged-" in p.name]


def test_a_bug_while_opening_shows_the_crash_dialog_with_the_log_and_exits_1(
    qtbot, settings, data_paths, clock, start_course, sessions, answer_dialog, caplog
) -> None:
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from tracker.app import StartUp
    from tracker.ui.crash import FaultReporter
    from tracker.ui.msgbox import OPEN_LOG

    start_course()
    sessions.kw["bind"].dispose()
    # A value the code cannot read (SQLite stores any text in a date column): a bug's
    # symptom, not the patient's doing and not a damaged file.
    connection = sqlite3.connect(data_paths.database)
    connection.execute("UPDATE course SET started_on = 'the first of October'")
    connection.commit()
    connection.close()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    seen: list[tuple[str, str]] = []

    def open_the_log(box: QMessageBox) -> None:
        seen.append((box.text(), box.detailedText()))
        [button] = [b for b in box.buttons() if b.text() == OPEN_LOG]
        button.click()

    answer_dialog(QMessageBox, open_the_log)
    opened: list[object] = []
    exits: list[int] = []
    faults = FaultReporter(window, data_paths.log_file, opened.append)
    StartUp(window, data_paths, clock, exits.append, faults=faults).open_store()

    [(text, details)] = seen
    assert text.startswith("isotrack hit a bug and could not open your data.")
    assert "Traceback (most recent call last)" in details
    assert opened == [data_paths.log_file]
    assert exits == [1]
    assert "Traceback (most recent call last)" in caplog.text
