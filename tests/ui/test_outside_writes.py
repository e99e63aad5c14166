"""The window and writes made elsewhere (the command line, a second window): it notices
them, shows them, keeps what the patient is typing, and never replaces a day that changed
since it was shown without asking."""

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from tests.conftest import TODAY
from tracker.db import models
from tracker.db.store import open_store
from tracker.domain.doselog import DoseStatus
from tracker.services.container import Services, build_services
from tracker.services.records import LogRequest
from tracker.ui.controller import CourseController
from tracker.ui.dialogs.log_day import LogDayDialog
from tracker.ui.main_window import MainWindow

ISOTRACK = str(Path(sys.executable).with_name("isotrack"))
YESTERDAY = TODAY - dt.timedelta(days=1)
CLI_ROW = (DoseStatus.TAKEN, 20, None, "from cli")
QUESTION = (
    "Sat 28 Nov 2026 was changed elsewhere since it was shown: now taken, 20 mg, "
    "note “from cli”. Replace it with what you entered (40 mg, with a meal, no note)?"
)


@pytest.fixture
def controller(services, data_paths) -> Iterator[CourseController]:
    """The window's controller as the app makes it: watching the store's file."""
    controller = CourseController(services, database=data_paths.database)
    yield controller
    controller.close()


@pytest.fixture
def elsewhere(data_paths, clock) -> Iterator[Services]:
    """Another writer with its own connections to the same file (a second window)."""
    factory, _ = open_store(data_paths, clock)
    yield build_services(factory, clock)
    factory.kw["bind"].dispose()


def log_from_cli(data_paths) -> None:
    """`isotrack log --date 2026-11-28 --taken --mg 20 --note "from cli"`, the installed
    command in its own process, as the patient would type it in a terminal."""
    env = {**os.environ, "ISOTRACK_TODAY": TODAY.isoformat()}
    env.pop("ISOTRACK_DATA_DIR", None)
    result = subprocess.run(
        [
            *(ISOTRACK, "--data-dir", str(data_paths.root)),
            *("log", "--date", TODAY.isoformat(), "--taken", "--mg", "20", "--note", "from cli"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def stored(sessions) -> dict[dt.date, tuple[object, ...]]:
    with sessions() as session:
        return {
            row.day: (row.status, row.mg_taken, row.with_food, row.note)
            for row in session.scalars(select(models.DoseEntry))
        }


def press(answer: str):
    """A response for `answer_dialog` that checks nothing and presses the named button."""

    def respond(box: QMessageBox) -> None:
        next(button for button in box.buttons() if button.text() == answer).click()

    return respond


def ctrl_l(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_a_dose_logged_from_the_command_line_shows_in_the_open_window(
    qtbot, window, controller, data_paths
) -> None:
    today = window.today
    assert today.entry_state.text() == "Not logged yet."
    log_from_cli(data_paths)
    # Nobody calls poll(): the watcher's own timer (1 s while the app is active) notices.
    with qtbot.waitSignal(controller.store_changed_elsewhere, timeout=3000):
        pass
    assert today.entry_state.text() == (
        "Logged: <b>taken, 20 mg, meal not recorded</b>. You can change it below."
    )
    assert (today.mg.value(), today.note.text()) == (20, "from cli")
    assert "1 partial" in today.day_counts.text()
    window.show_page("History")  # a hidden page caught up when shown
    assert "Note: from cli" in window.history.detail.text()


def test_ctrl_l_on_a_window_that_has_not_noticed_asks_and_cancel_keeps_the_cli_entry(
    qtbot, window, controller, data_paths, sessions, answer_dialog
) -> None:
    controller.close()  # the window has not looked yet (its next poll is up to 1 s away)
    today = window.today
    today.with_food.set_answer(True)
    log_from_cli(data_paths)
    asked = answer_dialog(QMessageBox, press("Cancel"))
    ctrl_l(qtbot, window)
    assert [box.text() for box in asked] == [QUESTION]
    assert stored(sessions) == {TODAY: CLI_ROW}
    # Nothing was written, and the form now shows what the day holds.
    assert (today.mg.value(), today.note.text()) == (20, "from cli")
    assert today.feedback.text() == (
        "Not saved: Sat 28 Nov 2026 keeps what was saved elsewhere (taken, 20 mg, note “from cli”)."
    )


def test_replace_writes_the_window_entry_and_undo_brings_the_cli_entry_back(
    qtbot, window, controller, data_paths, sessions, answer_dialog
) -> None:
    controller.close()
    today = window.today
    today.with_food.set_answer(True)
    log_from_cli(data_paths)
    asked = answer_dialog(QMessageBox, press("Replace it"))
    ctrl_l(qtbot, window)
    assert [box.text() for box in asked] == [QUESTION]
    assert stored(sessions) == {TODAY: (DoseStatus.TAKEN, 40, True, "")}
    assert today.feedback.text() == "Saved: today logged as taken (40 mg)."
    today.feedback.undo_link.click()
    assert stored(sessions) == {TODAY: CLI_ROW}


def test_what_the_patient_is_typing_survives_an_outside_change(
    qtbot, window, controller, elsewhere, sessions, answer_dialog
) -> None:
    today = window.today
    today.mg.setValue(30)
    today.note.setText("typing this")
    elsewhere.dose_log.log_day(LogRequest(TODAY, DoseStatus.TAKEN, mg_taken=20, note="from cli"))
    with qtbot.waitSignal(controller.store_changed_elsewhere, timeout=1000):
        assert controller.watcher is not None and controller.watcher.poll()
    assert (today.mg.value(), today.note.text()) == (30, "typing this")
    assert "Logged: <b>taken, 20 mg" in today.entry_state.text()
    assert today.feedback.text() == (
        "This day was changed elsewhere: now taken, 20 mg, note “from cli”. Your changes "
        "are still in the form; saving them replaces it once you confirm."
    )
    asked = answer_dialog(QMessageBox, press("Replace it"))
    ctrl_l(qtbot, window)
    assert len(asked) == 1 and asked[0].text().endswith(
        "Replace it with what you entered (30 mg, note “typing this”)?"
    )
    assert stored(sessions) == {TODAY: (DoseStatus.TAKEN, 30, None, "typing this")}


def test_the_window_own_writes_are_not_taken_for_outside_ones(
    qtbot, window, controller, sessions
) -> None:
    noticed: list[None] = []
    controller.store_changed_elsewhere.connect(lambda: noticed.append(None))
    ctrl_l(qtbot, window)
    window.today.feedback.undo_link.click()
    assert stored(sessions) == {}
    assert controller.watcher is not None and not controller.watcher.poll()
    assert noticed == []


def test_two_windows_never_overwrite_each_other_silently(
    qtbot, tmp_path, window, controller, elsewhere, sessions, answer_dialog
) -> None:
    second_controller = CourseController(elsewhere)  # not watching: it has not noticed
    second = MainWindow(QSettings(str(tmp_path / "second.ini"), QSettings.Format.IniFormat))
    second.attach(second_controller)
    qtbot.addWidget(second)
    second.show()

    window.today.log_button.click()  # the first window logs 40 mg
    second.today.mg.setValue(30)
    asked = answer_dialog(QMessageBox, press("Replace it"))
    second.today.log_button.click()  # the second still shows "not logged"
    assert len(asked) == 1 and "now taken, 40 mg. Replace it" in asked[0].text()
    assert stored(sessions) == {TODAY: (DoseStatus.TAKEN, 30, None, "")}

    # Undo in the first window would put "not logged" back over the second's 30 mg.
    window.today.feedback.undo_link.click()
    said = (
        "Logging Sat 28 Nov could not be undone: Sat 28 Nov 2026 was changed elsewhere "
        "since it was shown: now taken, 30 mg."
    )
    # Where the change was reported, and in the status bar; never as "Undone".
    assert window.today.feedback.text() == said
    assert window.statusBar().currentMessage() == said
    assert stored(sessions) == {TODAY: (DoseStatus.TAKEN, 30, None, "")}
    assert not controller.undo_stack.canUndo()  # the refused step is gone, not retried


def test_history_asks_before_replacing_a_day_changed_elsewhere(
    window, controller, elsewhere, sessions, answer_dialog
) -> None:
    controller.close()
    window.show_page("History")
    history = window.history
    elsewhere.dose_log.log_day(LogRequest(YESTERDAY, DoseStatus.MISSED, note="forgot"))

    def fill(dialog: LogDayDialog) -> None:
        dialog.mg.setValue(30)
        dialog.accept()

    edited = answer_dialog(LogDayDialog, fill)
    asked = answer_dialog(QMessageBox, press("Cancel"))
    history.edit_day(YESTERDAY)  # the page still shows the day as not logged
    assert edited and [box.text() for box in asked] == [
        "Fri 27 Nov 2026 was changed elsewhere since it was shown: now missed, note "
        "“forgot”. Replace it with what you entered (30 mg, no note)?"
    ]
    assert stored(sessions) == {YESTERDAY: (DoseStatus.MISSED, None, None, "forgot")}
    assert history.feedback.text() == (
        "Not saved: Fri 27 Nov 2026 keeps what was saved elsewhere (missed, note “forgot”)."
    )
    assert "Note: forgot" in history.detail.text()  # every page re-read the store


def test_the_watcher_polls_less_while_the_app_is_inactive_and_catches_up_at_once(
    qtbot, window, controller, elsewhere
) -> None:
    watcher = controller.watcher
    assert watcher is not None and watcher.interval_ms == 1000
    application = QGuiApplication.instance()
    assert isinstance(application, QGuiApplication)
    application.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    try:
        assert watcher.interval_ms == 5000
        elsewhere.dose_log.log_day(LogRequest(TODAY, DoseStatus.SKIPPED))
        with qtbot.waitSignal(controller.store_changed_elsewhere, timeout=500):
            application.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    finally:
        application.applicationStateChanged.emit(QGuiApplication.applicationState())
    assert watcher.interval_ms == 1000
    assert window.today.entry_state.text() == "Logged: <b>skipped</b>. You can change it below."


def test_a_refresh_that_does_not_touch_the_day_keeps_the_typing_without_a_word(
    qtbot, window, controller, elsewhere
) -> None:
    today = window.today
    today.note.setText("half typed")
    elsewhere.weights.record(TODAY, 71.0)
    with qtbot.waitSignal(controller.store_changed_elsewhere, timeout=1000):
        assert controller.watcher is not None and controller.watcher.poll()
    assert "71 kg" in today.cumulative.text()  # the figures moved
    assert today.note.text() == "half typed"
    assert today.feedback.text() == ""
