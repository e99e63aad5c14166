"""File > Export calendar…: the save dialog, the file written, and what the patient is told."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tracker.db import models
from tracker.domain.appointments import AppointmentDraft, AppointmentKind
from tracker.services.calendar_export import MISSING_IDENTITY


def file_menu_texts(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()[0].menu().actions()]


def test_the_menu_entry(window) -> None:
    assert "E&xport calendar…" in file_menu_texts(window)
    assert window.export_calendar_action.isEnabled()


def test_export_through_the_save_dialog(
    window, services, answer_dialog, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    services.appointments.add(
        AppointmentDraft(AppointmentKind.VISIT, dt.datetime(2026, 12, 3, 10, 0), place="Clinic")
    )
    seen: list[list[str]] = []

    def save(dialog: QFileDialog) -> None:
        seen.append(dialog.selectedFiles())
        dialog.accept()

    handled = answer_dialog(QFileDialog, save)
    window.export_calendar_action.trigger()
    assert handled, "no save dialog"
    target = tmp_path / "isotrack-appointments.ics"
    assert seen == [[str(target)]]
    assert handled[0].acceptMode() == QFileDialog.AcceptMode.AcceptSave
    [event] = Calendar.from_ical(target.read_bytes()).events
    assert str(event["SUMMARY"]) == "Dermatology visit"
    assert str(event["LOCATION"]) == "Clinic"
    assert window.statusBar().currentMessage() == (
        f"Exported 1 event to {target}; open that file with your calendar program."
    )


def test_cancelling_writes_nothing(window, answer_dialog, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    handled = answer_dialog(QFileDialog, lambda dialog: dialog.reject())
    window.export_calendar_action.trigger()
    assert handled
    assert not (tmp_path / "isotrack-appointments.ics").exists()
    assert window.statusBar().currentMessage() == ""


def test_counts_every_event(window, services, tmp_path) -> None:
    for day in (3, 4):
        services.appointments.add(
            AppointmentDraft(AppointmentKind.LAB, dt.datetime(2026, 12, day, 8, 0))
        )
    target = tmp_path / "mine.ics"
    assert window.export_calendar_to(target) == 2
    assert window.statusBar().currentMessage().startswith(f"Exported 2 events to {target};")


def test_a_missing_folder_is_explained(window, answer_dialog, tmp_path) -> None:
    texts: list[str] = []

    def read(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    handled = answer_dialog(QMessageBox, read)
    target = tmp_path / "gone" / "out.ics"
    assert window.export_calendar_to(target) is None
    assert handled
    assert texts == [
        f"The calendar was not exported: cannot write {target}: the folder "
        f"{Path(tmp_path / 'gone')} does not exist."
    ]
    assert handled[0].windowTitle() == "Calendar not exported"
    assert not (tmp_path / "gone").exists()
    assert window.statusBar().currentMessage() == ""


def test_a_store_without_its_identity_is_explained(
    window, services, sessions, answer_dialog, tmp_path
) -> None:
    with sessions.begin() as session:
        session.delete(session.get(models.Setting, "store.identity"))
    texts: list[str] = []

    def read(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    handled = answer_dialog(QMessageBox, read)
    target = tmp_path / "out.ics"
    assert window.export_calendar_to(target) is None
    assert handled
    assert texts == [f"The calendar was not exported: {MISSING_IDENTITY}."]
    assert not target.exists()
    assert window.statusBar().currentMessage() == ""
