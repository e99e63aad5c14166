"""Every message box goes through here, so tests can look at or replace them in one place."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from tracker import __version__

DISCLAIMER = (
    "This app does not replace medical advice. Follow your prescriber's instructions and your "
    "medicine's Medication Guide. Recording a test here does not submit it to iPLEDGE. "
    "Data entered by the patient; not verified."
)


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def crash(parent: QWidget | None, text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong", text, parent=parent)
    box.setDetailedText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        "About isotrack",
        f"<h3>isotrack {__version__}</h3>"
        "<p>Keeps your isotretinoin course in one place, on this computer only: no account, "
        "no network, no telemetry.</p>"
        f"<p><b>{DISCLAIMER}</b></p>",
    )
