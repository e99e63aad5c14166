"""File > Export data as CSV…, Export all data…, Import data…: the files written, what the
patient is told, the question before replacing their data, and the pages after an import."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.conftest import COURSE_START, TODAY
from tests.ui.helpers import press
from tracker.clock import FixedClock
from tracker.db.store import open_store
from tracker.domain.doselog import DoseStatus
from tracker.domain.labs import MG_DL, LabResultDraft
from tracker.domain.regimen import daily_period
from tracker.paths import DataPaths
from tracker.reports.json_export import export_bytes
from tracker.services.container import build_services
from tracker.services.records import CourseStart, LogRequest, ProfileInfo
from tracker.ui.summary.actions import REPLACE_ACTION, Contents

JOB_TIMEOUT_MS = 20_000


def wait_for_job(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.summary.runner.busy, timeout=JOB_TIMEOUT_MS)


def message(window) -> str:
    return window.statusBar().currentMessage()


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A home folder with a Documents folder, where the save dialogs start."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    return home / "Documents"


@dataclass(frozen=True)
class Box:
    """What a message box said, read while it was open (it is deleted once answered)."""

    title: str
    text: str
    buttons: frozenset[str]
    default: str


def read_box(answer_dialog, button: str = "OK") -> list[Box]:
    """Answer the next message box with `button`; the list receives what it said."""
    seen: list[Box] = []

    def respond(box: QMessageBox) -> None:
        default = box.defaultButton()
        seen.append(
            Box(
                box.windowTitle(),
                box.text(),
                frozenset(b.text() for b in box.buttons()),
                default.text() if default is not None else "",
            )
        )
        press(button)(box)

    answer_dialog(QMessageBox, respond)
    return seen


def dose_rows(database: Path) -> list[tuple[str, int | None]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT day, mg_taken FROM dose_entry ORDER BY day").fetchall()
    finally:
        connection.close()


# -- CSV ---------------------------------------------------------------------------------


def test_csv_through_the_save_dialog_writes_a_zip_in_documents(
    window, log_day, qtbot, answer_dialog, documents
) -> None:
    log_day(COURSE_START)
    seen: list[tuple[list[str], str, QFileDialog.AcceptMode]] = []

    def save(dialog: QFileDialog) -> None:
        seen.append((dialog.selectedFiles(), dialog.selectedNameFilter(), dialog.acceptMode()))
        dialog.accept()

    handled = answer_dialog(QFileDialog, save)
    window.summary.export_csv_action.trigger()
    assert handled, "no save dialog"
    target = documents / f"isotrack-data-{TODAY.isoformat()}.zip"
    assert seen == [([str(target)], "Zip file (*.zip)", QFileDialog.AcceptMode.AcceptSave)]
    wait_for_job(qtbot, window)
    with zipfile.ZipFile(target) as archive:
        days = list(csv.DictReader(io.StringIO(archive.read("days.csv").decode("utf-8"))))
    assert days[0]["date"] == COURSE_START.isoformat()
    assert days[0]["taken_mg"] == "40"
    assert message(window).startswith("Exported ")
    assert message(window).endswith(f"as CSV files to a zip file: {target}.")


def test_csv_into_a_folder(window, qtbot, tmp_path) -> None:
    folder = tmp_path / "my-csv"
    assert window.summary.export_csv_to(folder)
    wait_for_job(qtbot, window)
    assert (folder / "days.csv").is_file()
    assert (folder / "weights.csv").is_file()
    assert f"as CSV files to a folder: {folder}." in message(window)


def test_a_cancelled_save_dialog_writes_nothing(window, answer_dialog, documents) -> None:
    handled = answer_dialog(QFileDialog, lambda dialog: dialog.reject())
    window.summary.export_csv_action.trigger()
    assert handled
    assert list(documents.iterdir()) == []
    assert not window.summary.runner.busy
    assert message(window) == ""


def test_a_missing_folder_is_said_in_plain_words(window, qtbot, answer_dialog, tmp_path) -> None:
    boxes = read_box(answer_dialog)
    assert window.summary.export_csv_to(tmp_path / "gone" / "data.zip")
    qtbot.waitUntil(lambda: bool(boxes), timeout=JOB_TIMEOUT_MS)
    assert boxes[0].title == "Data not exported"
    assert boxes[0].text.startswith("Your data was not exported: ")
    assert "gone" in boxes[0].text
    assert not (tmp_path / "gone").exists()


# -- the complete copy -----------------------------------------------------------------------


def test_export_all_data_defaults_to_a_zip(window, qtbot, answer_dialog, documents) -> None:
    filters: list[str] = []

    def save(dialog: QFileDialog) -> None:
        filters.append(dialog.selectedNameFilter())
        dialog.accept()

    handled = answer_dialog(QFileDialog, save)
    window.summary.export_all_action.trigger()
    assert handled, "no save dialog"
    assert filters == ["Zip file, photos inside (*.zip)"]
    wait_for_job(qtbot, window)
    target = documents / f"isotrack-export-{TODAY.isoformat()}.zip"
    with zipfile.ZipFile(target) as archive:
        document = json.loads(archive.read("data.json"))
    assert document["format_version"] == 1
    assert len(document["records"]["course"]) == 1
    assert message(window).startswith("Exported all your data (")
    assert message(window).endswith(f", 0 photos) to {target}.")


def test_export_all_data_as_json(window, qtbot, tmp_path) -> None:
    target = tmp_path / "copy.json"
    assert window.summary.export_all_to(target)
    wait_for_job(qtbot, window)
    document = json.loads(target.read_bytes())
    assert document["records"]["course"][0]["started_on"] == COURSE_START.isoformat()
    assert str(target) in message(window)


# -- import ----------------------------------------------------------------------------------


def other_store_export(tmp_path: Path, ended_on: dt.date | None = None) -> Path:
    """An export of another data folder: Alex's course from 1 Sep 2026 at 60 mg, 80 kg,
    with 3 days taken (and ended on `ended_on`)."""
    clock = FixedClock(TODAY)
    factory, _ = open_store(DataPaths(tmp_path / "other"), clock)
    try:
        services = build_services(factory, clock)
        start = dt.date(2026, 9, 1)
        services.course.start_course(
            CourseStart(started_on=start, weight_kg=80.0, first_period=daily_period(start, 60)),
            ProfileInfo(name="Alex Other"),
        )
        for offset in range(3):
            services.dose_log.log_day(
                LogRequest(day=start + dt.timedelta(days=offset), status=DoseStatus.TAKEN)
            )
        if ended_on is not None:
            services.course.end_course(ended_on)
        target = tmp_path / "alex.json"
        services.portable.write_json(target, export_bytes)
    finally:
        factory.kw["bind"].dispose()
    return target


def store_files(folder: Path) -> dict[str, bytes]:
    """Every file of a data folder and its bytes, but SQLite's shared-memory index (a
    reader's bookkeeping, rewritten by any read) and the log."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith(("-shm", ".log"))
    }


def test_replacing_asks_first_naming_what_the_file_holds_and_no_leaves_everything(
    window, services, qtbot, log_day, answer_dialog, tmp_path, data_paths
) -> None:
    log_day(COURSE_START)
    source = other_store_export(tmp_path)
    before = store_files(data_paths.root)
    asked = read_box(answer_dialog, "Cancel")
    assert window.summary.import_from(source)
    qtbot.waitUntil(lambda: bool(asked), timeout=JOB_TIMEOUT_MS)
    assert asked[0].title == "Import data"
    assert asked[0].text == (
        "Replace your data (1 course, 1 day logged, 0 lab results, 0 photos) with the file's "
        "(1 course, 3 days logged, 0 lab results, 0 photos, exported on Sat 28 Nov 2026)? "
        "Your current data is backed up first."
    )
    # The destructive button is not the default: Enter keeps the data.
    assert asked[0].default == "Cancel"
    assert asked[0].buttons == {REPLACE_ACTION, "Cancel"}
    wait_for_job(qtbot, window)
    assert store_files(data_paths.root) == before, "a No must leave the folder as it was"
    assert services.course.profile() is None or services.course.profile().name != "Alex Other"
    assert message(window) == ""


def test_the_question_counts_your_data_as_it_counts_the_file(
    window, services, qtbot, log_day, answer_dialog, tmp_path
) -> None:
    """An export of this very store, read back after one more day is logged: both sides
    name the same courses, lab results and photos, and the days differ by the one."""
    log_day(COURSE_START)
    log_day(COURSE_START + dt.timedelta(days=1))
    services.labs.add(
        LabResultDraft(taken_on=TODAY, analyte="triglycerides", value=150.0, unit=MG_DL)
    )
    picture = tmp_path / "face.png"
    assert QImage(40, 30, QImage.Format.Format_RGB32).save(str(picture))
    services.photos.add(picture, TODAY)
    source = tmp_path / "mine.json"
    services.portable.write_json(source, export_bytes)
    log_day(COURSE_START + dt.timedelta(days=2))
    asked = read_box(answer_dialog, "Cancel")
    assert window.summary.import_from(source)
    qtbot.waitUntil(lambda: bool(asked), timeout=JOB_TIMEOUT_MS)
    assert asked[0].text == (
        "Replace your data (1 course, 3 days logged, 1 lab result, 1 photo) with the file's "
        "(1 course, 2 days logged, 1 lab result, 1 photo, exported on Sat 28 Nov 2026)? "
        "Your current data is backed up first."
    )
    wait_for_job(qtbot, window)


def test_contents_in_words() -> None:
    assert Contents(1, 1, 1, 1, records=9).text() == "1 course, 1 day logged, 1 lab result, 1 photo"
    assert Contents(2, 1_200, 3, 0, records=9).text() == (
        "2 courses, 1,200 days logged, 3 lab results, 0 photos"
    )
    # Data with none of the four (a profile and medicines, say) is not "0 courses…".
    assert Contents(0, 0, 0, 0, records=5).text() == "5 records"
    assert Contents(0, 0, 0, 0, records=1).text() == "1 record"
    assert (
        Contents(0, 0, 0, 1, records=1).text() == "0 courses, 0 days logged, 0 lab results, 1 photo"
    )


def refused_before_asking(window, qtbot, answer_dialog, source: Path) -> Box:
    """Import `source`; the one box shown, which must be the refusal, not the question."""
    boxes = read_box(answer_dialog)
    assert window.summary.import_from(source)
    qtbot.waitUntil(lambda: bool(boxes), timeout=JOB_TIMEOUT_MS)
    wait_for_job(qtbot, window)
    assert boxes[0].title == "Nothing imported", f"asked before refusing: {boxes[0].text}"
    assert boxes[0].text.startswith("Nothing was imported: ")
    assert "Traceback" not in boxes[0].text
    return boxes[0]


def test_a_broken_file_is_refused_before_the_question(
    window, qtbot, log_day, answer_dialog, tmp_path, data_paths
) -> None:
    log_day(COURSE_START)
    before = store_files(data_paths.root)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    refused = refused_before_asking(window, qtbot, answer_dialog, broken)
    assert "not valid JSON" in refused.text and "line 1, column 2" in refused.text
    assert store_files(data_paths.root) == before
    assert not (data_paths.backups.exists() and any(data_paths.backups.glob("*before-import*")))


def test_a_file_breaking_a_rule_of_the_store_is_refused_before_the_question(
    window, qtbot, log_day, answer_dialog, tmp_path, data_paths
) -> None:
    """Found only when the records are put into a staged store: still before asking."""
    log_day(COURSE_START)
    source = other_store_export(tmp_path)
    document = json.loads(source.read_bytes())
    document["records"]["course"][0]["planned_weeks"] = 0
    source.write_text(json.dumps(document), encoding="utf-8")
    before = store_files(data_paths.root)
    refused = refused_before_asking(window, qtbot, answer_dialog, source)
    # Named as the file has it, the rule in plain words (not the schema's column).
    assert "records.course[0]" in refused.text and "1 to 104 weeks" in refused.text
    assert store_files(data_paths.root) == before


def test_an_import_replaces_the_pages_figures_and_the_undo_history(
    window, controller, qtbot, answer_dialog, tmp_path, data_paths
) -> None:
    source = other_store_export(tmp_path)
    window.today.log_taken()  # something on the undo stack
    assert controller.undo_stack.canUndo()
    assert "70 kg" in window.today.cumulative.text()
    read_box(answer_dialog, REPLACE_ACTION)
    assert window.summary.import_from(source)
    wait_for_job(qtbot, window)
    assert message(window).startswith("Imported ")
    assert f" records and 0 photos from {source}." in message(window)
    assert "Your earlier data is kept in the backup " in message(window)
    # Today shows the imported course: 3 days of 60 mg, at 80 kg.
    qtbot.waitUntil(lambda: "80 kg" in window.today.cumulative.text())
    assert "180 mg" in window.today.cumulative.text()
    assert dose_rows(data_paths.database) == [
        ("2026-09-01", 60),
        ("2026-09-02", 60),
        ("2026-09-03", 60),
    ]
    # Undoing the log made before the import must not write into the imported data.
    assert not controller.undo_stack.canUndo()
    assert any(data_paths.backups.iterdir())


def test_choosing_folder_in_the_save_dialog_writes_a_folder(
    window, qtbot, answer_dialog, documents
) -> None:
    from PySide6.QtWidgets import QComboBox

    names: list[list[str]] = []

    def as_folder(dialog: QFileDialog) -> None:
        # As a patient would: the file type list, "Folder".
        types = dialog.findChild(QComboBox, "fileTypeCombo")
        assert types is not None
        assert [types.itemText(i) for i in range(types.count())] == ["Zip file", "Folder"]
        qtbot.keyClick(types, Qt.Key.Key_Down)
        names.append(dialog.selectedFiles())
        dialog.accept()

    handled = answer_dialog(QFileDialog, as_folder)
    window.summary.export_csv_action.trigger()
    assert handled
    folder = documents / f"isotrack-data-{TODAY.isoformat()}"
    assert names == [[str(folder)]]
    wait_for_job(qtbot, window)
    assert (folder / "days.csv").is_file()
    assert f"as CSV files to a folder: {folder}." in message(window)
