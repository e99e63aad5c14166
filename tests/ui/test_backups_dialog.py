"""The backups dialog, driven as a patient would on the real widget over a real store."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import press
from tracker.domain.doselog import DoseStatus
from tracker.paths import DataPaths
from tracker.services.backups import BackupService
from tracker.ui.dialogs.backups import BackupsDialog


@pytest.fixture
def backups(data_paths, clock, services, start_course, log_day) -> BackupService:
    course = start_course()
    for offset in range(3):
        log_day(course.started_on + dt.timedelta(days=offset))
    return BackupService(data_paths, clock)


@pytest.fixture
def dialog(qtbot, backups) -> BackupsDialog:
    widget = BackupsDialog(backups)
    qtbot.addWidget(widget)
    return widget


def row_texts(dialog: BackupsDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def logged_days(services) -> list[dt.date]:
    return [row.day for row in services.dose_log.day_rows() if row.entry is not None]


def test_the_table_lists_each_copy_with_date_reason_size_and_counts(
    qtbot, qtmodeltester, backups
) -> None:
    copy = backups.create()
    widget = BackupsDialog(backups)
    qtbot.addWidget(widget)

    qtmodeltester.check(widget.model)
    assert [widget.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Date",
        "Reason",
        "Size",
        "Dose entries",
        "Weights",
    ]
    [row] = row_texts(widget)
    assert row[0] == copy.created.strftime("%a %d %b %Y %H:%M")
    assert row[1] == "On demand"
    assert row[2].endswith(" KB") and row[3:] == ["3", "1"]
    assert widget.folder_label.text() == f"Copies are kept in {backups.folder()}."
    assert not widget.restore_button.isEnabled()  # nothing selected yet


def test_back_up_now_adds_a_row_and_selects_it(dialog, backups) -> None:
    assert row_texts(dialog) == []
    assert dialog.folder_label.text() == f"No copies yet in {backups.folder()}."

    dialog.back_up_button.click()

    assert len(row_texts(dialog)) == 1
    [copy] = backups.list()
    assert dialog.selected() == copy
    assert dialog.feedback.text().startswith("Backed up your data (")
    assert dialog.restore_button.isEnabled()


def test_restore_brings_back_a_cleared_day(qtbot, dialog, backups, services, answer_dialog) -> None:
    dialog.back_up_button.click()
    services.dose_log.clear_day(dt.date(2026, 10, 2))
    assert dt.date(2026, 10, 2) not in logged_days(services)
    chosen = dialog.selected()
    assert chosen is not None
    asked = answer_dialog(QMessageBox, press("Restore"))

    with qtbot.waitSignal(dialog.data_replaced, timeout=5000) as replaced:
        dialog.restore_button.click()

    assert asked[0].text() == (
        f"Restore the copy of {chosen.created:%a %d %b %Y %H:%M}? "
        "Your data as it is now is backed up first."
    )
    assert replaced.args == [chosen.id]
    assert dt.date(2026, 10, 2) in logged_days(services)  # in the database, via the services
    assert dialog.restored == chosen.id
    assert sorted(info.reason for info in backups.list()) == ["before-restore", "manual"]
    assert len(row_texts(dialog)) == 2
    assert dialog.feedback.text().startswith(f"Restored the copy of {chosen.created:%a %d %b}")


def test_cancel_writes_nothing(qtbot, dialog, backups, services, log_day, answer_dialog) -> None:
    dialog.back_up_button.click()
    log_day(dt.date(2026, 11, 1), DoseStatus.MISSED)
    before = services.dose_log.day_rows()
    asked = answer_dialog(QMessageBox, press("Cancel"))

    with qtbot.assertNotEmitted(dialog.data_replaced):
        dialog.restore_button.click()

    assert asked
    assert services.dose_log.day_rows() == before
    assert [info.reason for info in backups.list()] == ["manual"]  # no before-restore copy
    assert dialog.restored is None


def test_move_folder_moves_the_copies(dialog, backups, tmp_path) -> None:
    dialog.back_up_button.click()
    destination = tmp_path / "synced"

    dialog.move_to(destination)

    assert backups.folder() == destination
    assert dialog.folder_label.text() == f"Copies are kept in {destination}."
    assert dialog.feedback.text() == "Moved 1 copy; new copies will be kept there too."
    assert len(row_texts(dialog)) == 1


def test_a_refusal_is_said_in_the_dialog(dialog, backups) -> None:
    dialog.back_up_button.click()
    dialog.move_to(backups.folder())
    assert (
        dialog.feedback.text() == f"Not moved: the backups are already kept in {backups.folder()}"
    )


def test_text_from_disk_is_shown_literally(qtbot, tmp_path, clock) -> None:
    paths = DataPaths(tmp_path / "<b>data</b>")
    widget = BackupsDialog(BackupService(paths, clock))
    qtbot.addWidget(widget)
    assert widget.folder_label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>data</b>" in widget.folder_label.text()
    assert widget.feedback.textFormat() == Qt.TextFormat.PlainText
