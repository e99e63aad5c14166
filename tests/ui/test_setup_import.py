"""The first-run setup's "Import data from a file…": a patient moving to a new computer
opens the app on the data they exported on the old one, without starting a course first."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from tests.ui.test_summary_data import other_store_export, store_files
from tracker.app import build_gui, ensure_course
from tracker.services.records import ProfileInfo
from tracker.ui.dialogs.setup import SetupDialog
from tracker.ui.summary.actions import DataImport

JOB_TIMEOUT_MS = 20_000


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A home folder with a Documents folder, where the file dialog starts."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home / "Documents"


@pytest.fixture
def setup_dialog(qtbot, services, clock) -> SetupDialog:
    """The first-run setup over an empty store, as ensure_course makes it."""

    def submit(profile, start):
        services.course.start_course(start, profile)

    dialog = SetupDialog(
        clock.today(), submit, importer=lambda parent: DataImport(parent, services)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def wait_idle(qtbot, dialog: SetupDialog) -> None:
    assert dialog.importer is not None
    qtbot.waitUntil(lambda: not dialog.importer.runner.busy, timeout=JOB_TIMEOUT_MS)


def dose_days(database: Path) -> list[tuple[str, int | None]]:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT day, mg_taken FROM dose_entry ORDER BY day").fetchall()


def test_the_first_run_opens_on_the_imported_course(
    qtbot, data_paths, clock, answer_dialog, tmp_path
) -> None:
    """Through the real start-up path: build_gui -> attach_course -> ensure_course."""
    source = other_store_export(tmp_path)
    asked: list[str] = []

    def note(box: QMessageBox) -> None:
        asked.append(box.text())
        box.reject()

    # Any message box here would be a question the empty store must not ask.
    answer_dialog(QMessageBox, note)

    def import_file(dialog: SetupDialog) -> None:
        assert dialog.import_from(source)

    handled = answer_dialog(SetupDialog, import_file)
    gui = build_gui(data_paths, clock)
    assert handled, "the first run shows the setup dialog"
    assert gui is not None, "the import must open the app, not end it"
    qtbot.addWidget(gui.window)
    gui.window.show()
    assert asked == []
    # Today shows Alex's course: 3 days of 60 mg at 80 kg, from 1 Sep 2026.
    today = gui.window.today
    assert "80 kg" in today.cumulative.text()
    assert "180 mg" in today.cumulative.text()
    assert today.heading.text().startswith("Sat 28 Nov 2026: day 89 ")
    profile = gui.services.course.profile()
    assert profile is not None and profile.name == "Alex Other"
    assert dose_days(data_paths.database) == [
        ("2026-09-01", 60),
        ("2026-09-02", 60),
        ("2026-09-03", 60),
    ]
    status = gui.window.statusBar().currentMessage()
    assert status.startswith("Imported ") and status.endswith(f" and 0 photos from {source}.")
    # Nothing was replaced: no backup was needed, none was said.
    assert "backup" not in status
    assert not gui.controller.undo_stack.canUndo()


def test_an_ended_course_opens_too(qtbot, services, clock, answer_dialog, tmp_path) -> None:
    source = other_store_export(tmp_path, ended_on=dt.date(2026, 9, 3))
    answer_dialog(SetupDialog, lambda dialog: dialog.import_from(source))
    assert ensure_course(services, clock) is True
    course = services.course.current_course()
    assert course is not None and course.ended_on == dt.date(2026, 9, 3)


def test_the_button_opens_the_import_file_dialog(
    qtbot, setup_dialog, services, answer_dialog, tmp_path, documents
) -> None:
    """The same dialog as File > Import data…, reached by the keyboard (Alt+I)."""
    source = other_store_export(tmp_path)
    seen: list[tuple[str, str, QFileDialog.AcceptMode, QFileDialog.FileMode]] = []

    def choose(dialog: QFileDialog) -> None:
        seen.append(
            (
                dialog.windowTitle(),
                dialog.directory().path(),
                dialog.acceptMode(),
                dialog.fileMode(),
            )
        )
        # As a patient would: the file's path typed into the name field.
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(source))
        dialog.accept()

    handled = answer_dialog(QFileDialog, choose)
    button = setup_dialog.import_button
    assert button is not None
    assert button.accessibleName() == "Import data from a file"
    assert button.text() == "&Import data from a file…"
    assert not button.autoDefault() and setup_dialog.start_button.isDefault()
    qtbot.keyClick(setup_dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(handled), timeout=JOB_TIMEOUT_MS)
    assert seen == [
        (
            "Import data",
            str(documents),
            QFileDialog.AcceptMode.AcceptOpen,
            QFileDialog.FileMode.ExistingFile,
        )
    ]
    wait_idle(qtbot, setup_dialog)
    assert setup_dialog.error.text() == ""
    assert setup_dialog.result() == SetupDialog.DialogCode.Accepted.value
    assert services.course.current_course() is not None


def test_a_cancelled_file_dialog_leaves_the_setup_as_it_was(
    qtbot, setup_dialog, services, answer_dialog, documents
) -> None:
    handled = answer_dialog(QFileDialog, lambda dialog: dialog.reject())
    setup_dialog.import_button.click()
    assert handled
    assert setup_dialog.isVisible() and not setup_dialog.importer.runner.busy
    assert setup_dialog.error.text() == ""
    assert not services.portable.holds_data()


def test_a_refused_file_keeps_the_setup_open_with_the_reason(
    qtbot, setup_dialog, services, data_paths, tmp_path
) -> None:
    setup_dialog.name.setText("Sam")  # what the patient typed stays
    before = store_files(data_paths.root)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "isotrack-export", "format_version": 99}', encoding="utf-8")
    assert setup_dialog.import_from(broken)
    # While the file is read the form cannot start a course, nor be closed.
    assert not setup_dialog.start_button.isEnabled()
    assert not setup_dialog.import_button.isEnabled()
    setup_dialog.reject()
    assert setup_dialog.isVisible()
    wait_idle(qtbot, setup_dialog)
    assert setup_dialog.error.text().startswith("Nothing was imported: ")
    assert "version" in setup_dialog.error.text()
    assert setup_dialog.isVisible() and setup_dialog.result() == 0
    assert setup_dialog.start_button.isEnabled() and setup_dialog.import_button.isEnabled()
    assert setup_dialog.name.text() == "Sam"
    assert store_files(data_paths.root) == before
    assert services.course.current_course() is None
    # The setup still works as before.
    setup_dialog.weight.setValue(70)
    setup_dialog.dose.setValue(40)
    setup_dialog.start_button.click()
    assert services.course.active_course() is not None


def test_a_file_without_a_course_keeps_the_setup_open(
    qtbot, setup_dialog, services, tmp_path
) -> None:
    source = other_store_export(tmp_path)
    document = json.loads(source.read_bytes())
    for table in ("course", "dose_period", "planned_intake", "dose_entry", "weight"):
        document["records"][table] = []
    source.write_text(json.dumps(document), encoding="utf-8")
    assert setup_dialog.import_from(source)
    wait_idle(qtbot, setup_dialog)
    assert setup_dialog.isVisible() and setup_dialog.result() == 0
    assert "the file holds no course: start one here" in setup_dialog.error.text()
    assert services.course.profile().name == "Alex Other"


def test_a_store_with_records_asks_before_replacing(
    qtbot, setup_dialog, services, answer_dialog, tmp_path
) -> None:
    """A profile saved before any course (`isotrack profile`): the setup's import asks."""
    services.course.save_profile(ProfileInfo(name="Sam"))
    source = other_store_export(tmp_path)
    asked: list[str] = []

    def no(box: QMessageBox) -> None:
        asked.append(box.text())
        box.reject()

    answer_dialog(QMessageBox, no)
    assert setup_dialog.import_from(source)
    qtbot.waitUntil(lambda: bool(asked), timeout=JOB_TIMEOUT_MS)
    wait_idle(qtbot, setup_dialog)
    assert "Replace your data (1 record) with the file's (1 course, 3 days logged" in asked[0]
    assert services.course.profile().name == "Sam"
    assert setup_dialog.isVisible()


def test_without_an_importer_there_is_no_import(qtbot, controller, start_course) -> None:
    """File > Start a new course… reuses the form: importing there would replace the
    course on record, which File > Import data… does, after asking."""
    from tracker.ui.dialogs.new_course import NewCourseDialog

    start_course()
    dialog = NewCourseDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.import_button is None
    assert not [b for b in dialog.findChildren(QPushButton) if "Import" in b.text()]
    assert "Moving from another computer" not in " ".join(
        label.text() for label in dialog.findChildren(QLabel)
    )
